using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Validation.Rules.En16931;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.En16931CiiSyntax;

/// <summary>
/// Every table line of the EN16931-CII-Syntax pattern, checked one by one: on a minimal invoice holding the rule's
/// context, the line's rule fires when the document breaks it and not otherwise; ids and flags equal the list the
/// reference validator can fire.
/// </summary>
public sealed class CiiSyntaxTableTests
{
    private static readonly XNamespace Rsm = Namespaces.Rsm;
    private static readonly XNamespace Ram = Namespaces.Ram;
    private static readonly XNamespace Udt = Namespaces.Udt;

    private static RulePattern SyntaxPattern => En16931Cii.Instance.Patterns.Single(p => p.Id == "EN16931-CII-Syntax");

    public static TheoryData<int, int> TableLines()
    {
        var data = new TheoryData<int, int>();
        var rules = SyntaxPattern.Rules;
        for (var r = 0; r < rules.Count; r++)
        {
            if (rules[r].Body.Target is CiiSyntaxTable table)
            {
                for (var c = 0; c < table.Checks.Count; c++)
                {
                    if (table.Checks[c].Kind != CiiSyntaxCheckKind.Custom)
                    {
                        data.Add(r, c);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableLines))]
    public void A_table_line_fires_exactly_when_broken(int ruleIndex, int checkIndex)
    {
        var rule = SyntaxPattern.Rules[ruleIndex];
        var check = ((CiiSyntaxTable)rule.Body.Target!).Checks[checkIndex];
        if (rule.Context == "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode")
        {
            // Every ram:TypeCode is taken by the earlier //ram:TypeCode rule: this rule never applies (as in the reference).
            var (dead, deadContext) = Document(rule.Context);
            AddPath(deadContext, check.Path, 1);
            Assert.DoesNotContain(check.Id, Fired(dead));
            return;
        }

        var (clean, _) = Document(rule.Context);
        var brokenOnClean = check.Kind is CiiSyntaxCheckKind.ExactlyOne or CiiSyntaxCheckKind.Present;
        Assert.Equal(brokenOnClean, Fired(clean).Contains(check.Id));

        var (document, context) = Document(rule.Context);
        var copies = check.Kind switch
        {
            CiiSyntaxCheckKind.AtMostOne => 2,
            CiiSyntaxCheckKind.ExactlyOne => 1,
            CiiSyntaxCheckKind.Present => 1,
            _ => 1,
        };
        AddPath(context, check.Path, copies);
        var fired = FiredWithFlags(document);
        if (check.Kind is CiiSyntaxCheckKind.ExactlyOne or CiiSyntaxCheckKind.Present)
        {
            Assert.DoesNotContain(check.Id, fired.Keys);
            AddPath(context, check.Path, 1);
            fired = FiredWithFlags(document);
            if (check.Kind == CiiSyntaxCheckKind.Present)
            {
                Assert.DoesNotContain(check.Id, fired.Keys);
                return;
            }
        }

        Assert.True(fired.TryGetValue(check.Id, out var flag), $"{check.Id} did not fire on {document}");
        Assert.Equal(check.Flag, flag);
    }

    [Fact]
    public void Ids_and_flags_equal_the_reference_list()
    {
        var expected = File.ReadLines(Path.Combine(SharedFolder.Einvoice, "..", "tools", "einvoice-oracle", "artefacts", "rule-flags.tsv"))
            .Select(l => l.Split('\t'))
            .Where(c => c.Length == 4 && c[0] == "en16931" && c[1] == "cii" && (c[2].StartsWith("CII-SR-", StringComparison.Ordinal) || c[2].StartsWith("CII-DT-", StringComparison.Ordinal)))
            .ToDictionary(c => c[2], c => c[3], StringComparer.Ordinal);
        var actual = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in En16931Cii.SyntaxTables.All)
        {
            foreach (var check in table.Checks)
            {
                actual.Add(check.Id, check.Flag.Name());
            }
        }

        // The root rule is written out (document-wide checks from one walk).
        foreach (var (id, flag) in new[] { ("CII-DT-013", "fatal"), ("CII-DT-014", "fatal"), ("CII-SR-438", "warning"), ("CII-SR-467", "fatal"), ("CII-SR-468", "fatal"), ("CII-SR-469", "fatal") })
        {
            actual.Add(id, flag);
        }

        Assert.Equal(583, expected.Count);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        foreach (var id in expected.Keys)
        {
            Assert.True(En16931Cii.Instance.Catalog.HasText(id), $"{id} has no text");
            var text = En16931Cii.Instance.Catalog.Text(id);
            Assert.DoesNotContain("{", text.English, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(text.French));
        }
    }

    internal static HashSet<string> Fired(XDocument document) => [.. FiredWithFlags(document).Keys];

    internal static Dictionary<string, RuleFlag> FiredWithFlags(XDocument document)
    {
        var findings = new List<ValidationFinding>();
        RuleRunner.Run(document, [En16931Cii.Instance], findings);
        var result = new Dictionary<string, RuleFlag>(StringComparer.Ordinal);
        foreach (var finding in findings.Where(f => f.RuleId.StartsWith("CII-", StringComparison.Ordinal)))
        {
            result.TryAdd(finding.RuleId, finding.Flag);
        }

        return result;
    }

    // A minimal invoice holding one element that the context matches (the first alternative of a union).
    private static (XDocument Document, XElement Context) Document(string context)
    {
        var root = new XElement(Rsm + "CrossIndustryInvoice");
        var document = new XDocument(root);
        var path = context.Split('|')[0].Trim();
        if (path.StartsWith("/rsm:", StringComparison.Ordinal))
        {
            var current = root;
            foreach (var step in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                var child = new XElement(Name(step));
                current.Add(child);
                current = child;
            }

            return (document, current);
        }

        var suffix = Regex.Match(path, @"ends-with\(name\(\), '(\w+)'\)");
        XElement element;
        if (suffix.Success)
        {
            // An element of the family that no earlier rule takes.
            element = new XElement(Ram + ("Example" + suffix.Groups[1].Value));
        }
        else
        {
            var steps = path.TrimStart('/').Split('[')[0].Split('/');
            element = new XElement(Name(steps[^1]));
            if (path.Contains("@format = '102'", StringComparison.Ordinal))
            {
                element.SetAttributeValue("format", "102");
                element.Value = "20240131";
            }

            for (var i = steps.Length - 2; i >= 0; i--)
            {
                element = new XElement(Name(steps[i]), element);
            }
        }

        root.Add(element);
        var contextElement = element;
        while (contextElement.HasElements)
        {
            contextElement = contextElement.Elements().First();
        }

        return (document, contextElement);
    }

    private static void AddPath(XElement context, string path, int copies)
    {
        for (var copy = 0; copy < copies; copy++)
        {
            var current = context;
            foreach (var step in path.Split('/'))
            {
                if (step.StartsWith('@'))
                {
                    current.SetAttributeValue(step[1..], "1");
                    break;
                }

                var child = new XElement(step.StartsWith("udt:", StringComparison.Ordinal) ? Udt + step[4..] : Ram + step, "1");
                current.Add(child);
                current = child;
            }
        }
    }

    private static XName Name(string qualified)
    {
        var parts = qualified.Split(':');
        return parts[0] switch
        {
            "rsm" => Rsm + parts[1],
            "udt" => Udt + parts[1],
            _ => Ram + parts[1],
        };
    }
}
