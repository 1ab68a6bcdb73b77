using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;
using N = Encaisse.EInvoicing.Validation.Rules.En16931.UblSyntaxNames;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>How a root assertion of the UBL-syntax pattern is decided.</summary>
internal enum UblRootAssertKind
{
    /// <summary><c>not(path)</c>: fires when the path selects anything (the UBL-CR "should not be present" warnings).</summary>
    Absent,

    /// <summary><c>count(path) &lt;= 1</c>: fires when the path selects two nodes or more (UBL-SR cardinalities).</summary>
    AtMostOne,

    /// <summary>Any other test, written as a function of the root and the scan.</summary>
    Custom,
}

/// <summary>
/// One assertion of the rule <c>/ubl:Invoice | /cn:CreditNote</c>. <see cref="Path"/> is the XPath as the normative
/// Schematron writes it, limited to child steps (<c>cac:A/cbc:B</c>), a leading union step
/// (<c>(cac:InvoiceLine|cac:CreditNoteLine)/...</c>), a leading <c>//</c> and a final attribute step (<c>/@schemeID</c>).
/// </summary>
internal sealed record UblRootAssert(string Id, RuleFlag Flag, UblRootAssertKind Kind, string? Path, Func<XElement, UblSyntaxScan, bool>? Holds);

/// <summary>What one pass over the document found for the root assertions.</summary>
internal sealed class UblSyntaxScan(int asserts)
{
    /// <summary>Per assertion (table index): how many nodes its path selected.</summary>
    public int[] Counts { get; } = new int[asserts];

    /// <summary><c>count(//cac:PartyIdentification/cbc:ID[upper-case(@schemeID) = 'SEPA'])</c>.</summary>
    public int SepaIdentifiers { get; set; }

    /// <summary>Whether the values of <c>//cbc:PaymentID</c> are not all equal (more than one distinct value).</summary>
    public DistinctValues PaymentIds { get; } = new();

    /// <summary>Whether the values of <c>//cbc:PaymentMeansCode</c> are not all equal.</summary>
    public DistinctValues PaymentMeansCodes { get; } = new();

    /// <summary><c>//cac:AdditionalDocumentReference[cbc:DocumentTypeCode != '130' or not(cbc:DocumentTypeCode)]/cbc:ID/@schemeID</c> exists.</summary>
    public bool NonInvoicedObjectSchemeId { get; set; }

    /// <summary><c>//cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cac:Attachment</c> exists.</summary>
    public bool InvoicedObjectAttachment { get; set; }

    /// <summary><c>//cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cbc:DocumentDescription</c> exists.</summary>
    public bool InvoicedObjectDescription { get; set; }

    /// <summary><c>count(//@name) - count(//cbc:PaymentMeansCode/@name) &gt; 0</c>.</summary>
    public bool NameAttributeOutsidePaymentMeansCode { get; set; }

    /// <summary>
    /// <c>count(//X[not(preceding::X/. = .)])</c> &gt; 1, i.e. more than one distinct string value (the elements never
    /// nest, so <c>preceding::</c> is every earlier one).
    /// </summary>
    internal sealed class DistinctValues
    {
        private string? _first;

        public bool Differ { get; private set; }

        public void Add(string value)
        {
            if (_first is null)
            {
                _first = value;
            }
            else if (!string.Equals(_first, value, StringComparison.Ordinal))
            {
                Differ = true;
            }
        }
    }
}

/// <summary>
/// The rule <c>/ubl:Invoice | /cn:CreditNote</c> of the UBL-syntax pattern (over 700 assertions, mostly "should not be
/// present"): the paths of the table are compiled into a tree of element names, and one walk over the document counts
/// what each path selects, so the cost is one visit per element whatever the number of assertions.
/// </summary>
internal static class UblSyntaxRoot
{
    private static readonly Compiled Table = Compile(UblSyntaxRootTable.Build());

    /// <summary>The assertions, in the Schematron's order.</summary>
    public static IReadOnlyList<UblRootAssert> Asserts => Table.Asserts;

    /// <summary>Checks every assertion on the document element.</summary>
    public static void Check(XElement root, RuleScope scope)
    {
        var scan = new UblSyntaxScan(Table.Asserts.Length);
        Visit(root, Table.FromRoot, scan);
        var asserts = Table.Asserts;
        var kinds = Table.Kinds;
        var counts = scan.Counts;
        for (var i = 0; i < kinds.Length; i++)
        {
            // Most counts are zero: look at the assertion itself only when it may fire or needs its own test.
            var kind = kinds[i];
            if (kind == UblRootAssertKind.Custom)
            {
                var a = asserts[i];
                scope.Assert(a.Id, a.Flag, a.Holds!(root, scan));
            }
            else if (counts[i] > (kind == UblRootAssertKind.Absent ? 0 : 1))
            {
                scope.Assert(asserts[i].Id, asserts[i].Flag, holds: false);
            }
        }
    }

    /// <summary>Runs only the walk (for tests and measurements): the scan the assertions are decided from.</summary>
    internal static UblSyntaxScan Scan(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var scan = new UblSyntaxScan(Table.Asserts.Length);
        Visit(root, Table.FromRoot, scan);
        return scan;
    }

    // One visit per element: relative is the tree node of the element's path from the root (null once off the tree).
    private static void Visit(XElement element, TrieNode? relative, UblSyntaxScan scan)
    {
        var name = element.Name;
        if (Table.Anywhere.TryGetValue(name, out var start))
        {
            Reach(element, start, scan);
            Follow(element, start, scan);
        }

        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            var attributeName = attribute.Name;
            if (Table.AnyAttribute.TryGetValue(attributeName, out var index))
            {
                scan.Counts[index]++;
            }

            if (attributeName == N.NameAttribute && name != N.PaymentMeansCode)
            {
                scan.NameAttributeOutsidePaymentMeansCode = true;
            }
        }

        if (name == N.PartyIdentification)
        {
            scan.SepaIdentifiers += UblSyntaxFunctions.SepaIdentifierCount(element);
        }
        else if (name == N.PaymentId)
        {
            scan.PaymentIds.Add(element.Value);
        }
        else if (name == N.PaymentMeansCode)
        {
            scan.PaymentMeansCodes.Add(element.Value);
        }
        else if (name == N.AdditionalDocumentReference)
        {
            CheckDocumentReference(element, scan);
        }

        var children = relative?.Children;
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is not XElement child)
            {
                continue;
            }

            TrieNode? next = null;
            if (children is not null && children.TryGetValue(child.Name, out next))
            {
                Reach(child, next, scan);
            }

            Visit(child, next, scan);
        }
    }

    // The paths that start with // continue below the element where they start.
    private static void Follow(XElement element, TrieNode at, UblSyntaxScan scan)
    {
        if (at.Children is not { } children)
        {
            return;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child && children.TryGetValue(child.Name, out var next))
            {
                Reach(child, next, scan);
                Follow(child, next, scan);
            }
        }
    }

    private static void Reach(XElement element, TrieNode at, UblSyntaxScan scan)
    {
        foreach (var index in at.Counters)
        {
            scan.Counts[index]++;
        }

        foreach (var (attribute, index) in at.AttributeCounters)
        {
            if (element.Attribute(attribute) is not null)
            {
                scan.Counts[index]++;
            }
        }
    }

    // UBL-CR-665, UBL-CR-666, UBL-CR-673: the scheme identifier, attachment and description of an invoiced object (code 130).
    private static void CheckDocumentReference(XElement reference, UblSyntaxScan scan)
    {
        var invoicedObject = UblSyntaxFunctions.AnyChildEquals(reference, N.DocumentTypeCode, "130");
        var otherDocument = UblSyntaxFunctions.AnyChildDiffers(reference, N.DocumentTypeCode, "130") || reference.Element(N.DocumentTypeCode) is null;
        if (otherDocument && !scan.NonInvoicedObjectSchemeId)
        {
            foreach (var id in reference.Elements(N.Id))
            {
                if (id.Attribute(N.SchemeIdAttribute) is not null)
                {
                    scan.NonInvoicedObjectSchemeId = true;
                    break;
                }
            }
        }

        if (invoicedObject)
        {
            scan.InvoicedObjectAttachment |= reference.Element(N.Attachment) is not null;
            scan.InvoicedObjectDescription |= reference.Element(N.DocumentDescription) is not null;
        }
    }

    /// <summary>A readable form of a table path for rule texts, with whether it concerns lines, attributes or the whole document.</summary>
    internal static (string Elements, string? Attribute, bool Anywhere, bool Lines) Describe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var anywhere = path.StartsWith("//", StringComparison.Ordinal);
        var steps = (anywhere ? path[2..] : path).Split('/');
        string? attribute = null;
        if (steps[^1].StartsWith('@'))
        {
            attribute = steps[^1][1..];
            steps = steps[..^1];
        }

        var lines = steps.Length > 0 && steps[0].StartsWith('(');
        var names = new List<string>();
        for (var i = lines ? 1 : 0; i < steps.Length; i++)
        {
            var colon = steps[i].IndexOf(':', StringComparison.Ordinal);
            names.Add(colon < 0 ? steps[i] : steps[i][(colon + 1)..]);
        }

        return (string.Join(" / ", names), attribute, anywhere, lines);
    }

    private static Compiled Compile(UblRootAssert[] asserts)
    {
        var fromRoot = new TrieNode();
        var anywhere = new TrieNode { Children = [] };
        var anyAttribute = new Dictionary<XName, int>();
        for (var index = 0; index < asserts.Length; index++)
        {
            if (asserts[index].Path is not { } path)
            {
                continue;
            }

            var isAnywhere = path.StartsWith("//", StringComparison.Ordinal);
            var steps = (isAnywhere ? path[2..] : path).Split('/');
            XName? attribute = null;
            if (steps[^1].StartsWith('@'))
            {
                attribute = XName.Get(steps[^1][1..]);
                steps = steps[..^1];
            }

            if (steps.Length == 0)
            {
                // //@x: the attribute anywhere in the document.
                anyAttribute.Add(attribute!, index);
                continue;
            }

            List<TrieNode> current = [isAnywhere ? anywhere : fromRoot];
            foreach (var step in steps)
            {
                var alternatives = step.StartsWith('(') ? step.Trim('(', ')').Split('|') : [step];
                var next = new List<TrieNode>();
                foreach (var node in current)
                {
                    foreach (var alternative in alternatives)
                    {
                        next.Add(node.Child(QualifiedName(alternative)));
                    }
                }

                current = next;
            }

            foreach (var node in current)
            {
                if (attribute is null)
                {
                    node.Counters = [.. node.Counters, index];
                }
                else
                {
                    node.AttributeCounters = [.. node.AttributeCounters, (attribute, index)];
                }
            }
        }

        return new Compiled(asserts, [.. asserts.Select(a => a.Kind)], fromRoot, anywhere.Children, anyAttribute);
    }

    private static XName QualifiedName(string prefixed)
    {
        var colon = prefixed.IndexOf(':', StringComparison.Ordinal);
        var ns = prefixed[..colon] switch
        {
            "cac" => Namespaces.Cac,
            "cbc" => Namespaces.Cbc,
            "ext" => Namespaces.Ext,
            var other => throw new InvalidOperationException($"Unknown prefix {other} in a UBL-syntax path."),
        };
        return ns + prefixed[(colon + 1)..];
    }

    // Anywhere: the first step of the paths that start with //, matched against every element.
    private sealed record Compiled(UblRootAssert[] Asserts, UblRootAssertKind[] Kinds, TrieNode FromRoot, Dictionary<XName, TrieNode> Anywhere, Dictionary<XName, int> AnyAttribute);

    // A step of the compiled paths: the assertions counting the elements (or one of their attributes) that reach it.
    private sealed class TrieNode
    {
        public Dictionary<XName, TrieNode>? Children { get; set; }

        public int[] Counters { get; set; } = [];

        public (XName Attribute, int Index)[] AttributeCounters { get; set; } = [];

        public TrieNode Child(XName name)
        {
            Children ??= [];
            if (!Children.TryGetValue(name, out var child))
            {
                child = new TrieNode();
                Children.Add(name, child);
            }

            return child;
        }
    }
}
