using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>What one line of a <see cref="CiiSyntaxTable"/> checks about its path.</summary>
internal enum CiiSyntaxCheckKind
{
    /// <summary><c>not(path)</c>: fires when the path exists.</summary>
    Absent,

    /// <summary><c>count(path) &lt;= 1</c>.</summary>
    AtMostOne,

    /// <summary><c>count(path) = 1</c>.</summary>
    ExactlyOne,

    /// <summary><c>(path)</c>: fires when the path does not exist.</summary>
    Present,

    /// <summary>Any other test, written as a C# function.</summary>
    Custom,
}

/// <summary>One assertion of a table-driven rule.</summary>
internal sealed class CiiSyntaxCheck(string id, RuleFlag flag, CiiSyntaxCheckKind kind, string path, Func<XElement, bool>? holds)
{
    /// <summary>The full rule id (CII-SR-001).</summary>
    public string Id { get; } = id;

    public RuleFlag Flag { get; } = flag;

    public CiiSyntaxCheckKind Kind { get; } = kind;

    /// <summary>The relative path as written in the table (ram: prefix left out); for a custom check, its guard path or empty.</summary>
    public string Path { get; } = path;

    /// <summary>The test of a custom check (true when the assertion holds).</summary>
    public Func<XElement, bool>? Holds { get; } = holds;
}

/// <summary>
/// The assertions of one Schematron rule of the EN16931-CII-Syntax pattern, most of which are
/// <c>not(ram:A/ram:B)</c> or <c>count(ram:A) &lt;= 1</c> on child paths of the context. They are compiled into a
/// trie of child names so a context element is checked in one walk over the relevant part of its subtree, however
/// many assertions the rule has (up to ~100): each child is looked up once, and only children on a listed path are
/// descended into.
/// <para>
/// Table syntax, one assertion per line: <c>SR-001 W !SpecifiedTransactionID</c> = id (without the CII- prefix),
/// flag (F fatal, W warning), then <c>!path</c> (absent), <c>&lt;path</c> (at most one), <c>=path</c> (exactly one),
/// <c>+path</c> (present) or <c>*</c> (custom function, given by id). Path steps are separated by '/', are in the
/// ram namespace unless prefixed <c>udt:</c>, and the last one may be an attribute <c>@name</c>. A custom test of
/// the form <c>not(path) or ...</c> is written <c>*path</c>: the walk counts the path and the function only runs
/// when the path exists (it still implements the whole test).
/// </para>
/// <para>
/// Cost: one walk over the context's children (and grandchildren on listed paths only), one dictionary lookup per
/// child; then only the count and custom checks are evaluated unless an absent-check was hit, because an
/// assertion that holds reports nothing.
/// </para>
/// </summary>
internal sealed class CiiSyntaxTable
{
    private readonly CiiSyntaxCheck[] _checks;
    private readonly bool[] _absent;
    private readonly int[] _evaluated;
    private readonly Node _root;

    public CiiSyntaxTable(string placeEnglish, string placeFrench, string table, params (string Id, Func<XElement, bool> Holds)[] custom)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(custom);
        PlaceEnglish = placeEnglish;
        PlaceFrench = placeFrench;
        var customById = custom.ToDictionary(c => c.Id, c => c.Holds, StringComparer.Ordinal);
        var checks = new List<CiiSyntaxCheck>();
        var root = new NodeBuilder();
        foreach (var raw in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || parts[1] is not ("F" or "W"))
            {
                throw new InvalidOperationException($"CII syntax table: bad line '{raw}'");
            }

            var id = "CII-" + parts[0];
            var flag = parts[1] == "F" ? RuleFlag.Fatal : RuleFlag.Warning;
            var spec = parts[2];
            var index = checks.Count;
            if (spec[0] == '*')
            {
                if (!customById.Remove(parts[0], out var holds))
                {
                    throw new InvalidOperationException($"CII syntax table: no function for {id}");
                }

                var guard = spec[1..];
                if (guard.Length > 0)
                {
                    root.Add(guard.Split('/'), 0, index);
                }

                checks.Add(new CiiSyntaxCheck(id, flag, CiiSyntaxCheckKind.Custom, guard, holds));
                continue;
            }

            var kind = spec[0] switch
            {
                '!' => CiiSyntaxCheckKind.Absent,
                '<' => CiiSyntaxCheckKind.AtMostOne,
                '=' => CiiSyntaxCheckKind.ExactlyOne,
                '+' => CiiSyntaxCheckKind.Present,
                _ => throw new InvalidOperationException($"CII syntax table: bad check '{raw}'"),
            };
            var path = spec[1..];
            root.Add(path.Split('/'), 0, index);
            checks.Add(new CiiSyntaxCheck(id, flag, kind, path, null));
        }

        if (customById.Count > 0)
        {
            throw new InvalidOperationException($"CII syntax table: unused functions {string.Join(", ", customById.Keys)}");
        }

        _checks = [.. checks];
        _absent = [.. checks.Select(c => c.Kind == CiiSyntaxCheckKind.Absent)];
        _evaluated = [.. Enumerable.Range(0, _checks.Length).Where(i => !_absent[i])];
        _root = root.Build();
    }

    /// <summary>Where the context is, for the rule texts ("in the document header").</summary>
    public string PlaceEnglish { get; }

    /// <summary>The same, in French.</summary>
    public string PlaceFrench { get; }

    /// <summary>The assertions in Schematron order.</summary>
    public IReadOnlyList<CiiSyntaxCheck> Checks => _checks;

    /// <summary>The rule body: counts every path in one walk, then asserts in Schematron order.</summary>
    public void Check(XElement context, RuleScope scope)
    {
        Span<int> counts = stackalloc int[_checks.Length];
        var absentHits = Count(context, _root, counts, _absent);
        if (absentHits == 0)
        {
            // Every absent-check holds and would report nothing: evaluate the others only.
            foreach (var i in _evaluated)
            {
                Evaluate(i, context, counts, scope);
            }
        }
        else
        {
            for (var i = 0; i < _checks.Length; i++)
            {
                Evaluate(i, context, counts, scope);
            }
        }
    }

    private void Evaluate(int i, XElement context, Span<int> counts, RuleScope scope)
    {
        var check = _checks[i];
        var holds = check.Kind switch
        {
            CiiSyntaxCheckKind.Absent => counts[i] == 0,
            CiiSyntaxCheckKind.AtMostOne => counts[i] <= 1,
            CiiSyntaxCheckKind.ExactlyOne => counts[i] == 1,
            CiiSyntaxCheckKind.Present => counts[i] > 0,

            // A guarded custom test holds when its path is absent (not(path) or ...).
            _ => (check.Path.Length > 0 && counts[i] == 0) || check.Holds!(context),
        };
        scope.Assert(check.Id, check.Flag, holds);
    }

    // Counts, for every check, the nodes its path selects below `element` (`node` is where `element` is in the trie).
    // In a tree each element is reached by one parent chain only, so the count equals XPath count(path).
    // Returns how many absent-checks were hit.
    private static int Count(XElement element, Node node, Span<int> counts, bool[] absent)
    {
        var hits = 0;
        if (node.Attributes.Length > 0 && element.HasAttributes)
        {
            foreach (var (attribute, index) in node.Attributes)
            {
                if (element.Attribute(attribute) is not null)
                {
                    counts[index]++;
                    hits += absent[index] ? 1 : 0;
                }
            }
        }

        if (node.Children is not { } children || !element.HasElements)
        {
            return hits;
        }

        for (var n = element.FirstNode; n is not null; n = n.NextNode)
        {
            if (n is XElement child && children.TryGetValue(child.Name, out var next))
            {
                foreach (var index in next.Ends)
                {
                    counts[index]++;
                    hits += absent[index] ? 1 : 0;
                }

                hits += Count(child, next, counts, absent);
            }
        }

        return hits;
    }

    private sealed class Node(NameMap? children, int[] ends, (XName Attribute, int Index)[] attributes)
    {
        /// <summary>The child steps, or null for a leaf.</summary>
        public NameMap? Children { get; } = children;

        /// <summary>The checks whose path ends at this element.</summary>
        public int[] Ends { get; } = ends;

        /// <summary>The checks whose path ends with an attribute of this element.</summary>
        public (XName Attribute, int Index)[] Attributes { get; } = attributes;
    }

    private sealed class NodeBuilder
    {
        private readonly Dictionary<XName, NodeBuilder> _children = [];
        private readonly List<int> _ends = [];
        private readonly List<(XName, int)> _attributes = [];

        public void Add(string[] steps, int at, int index)
        {
            var step = steps[at];
            if (step.StartsWith('@'))
            {
                if (at != steps.Length - 1)
                {
                    throw new InvalidOperationException($"CII syntax table: attribute not last in {string.Join('/', steps)}");
                }

                _attributes.Add((XName.Get(step[1..]), index));
                return;
            }

            var name = step.StartsWith("udt:", StringComparison.Ordinal) ? Namespaces.Udt + step[4..] : Namespaces.Ram + step;
            if (!_children.TryGetValue(name, out var child))
            {
                child = new NodeBuilder();
                _children.Add(name, child);
            }

            if (at == steps.Length - 1)
            {
                child._ends.Add(index);
            }
            else
            {
                child.Add(steps, at + 1, index);
            }
        }

        public Node Build() => new(
            _children.Count == 0 ? null : new NameMap(_children.ToDictionary(c => c.Key, c => c.Value.Build())),
            [.. _ends],
            [.. _attributes]);
    }

    // An open-addressing table keyed by XName identity (names are atomized, and cache their hash code): a lookup is
    // one masked index and, almost always, one reference comparison.
    private sealed class NameMap
    {
        private readonly XName?[] _keys;
        private readonly Node[] _values;
        private readonly int _mask;

        public NameMap(Dictionary<XName, Node> entries)
        {
            var size = 4;
            while (size < entries.Count * 4)
            {
                size *= 2;
            }

            _keys = new XName?[size];
            _values = new Node[size];
            _mask = size - 1;
            foreach (var (name, node) in entries)
            {
                var i = name.GetHashCode() & _mask;
                while (_keys[i] is not null)
                {
                    i = (i + 1) & _mask;
                }

                _keys[i] = name;
                _values[i] = node;
            }
        }

        public bool TryGetValue(XName name, out Node node)
        {
            var i = name.GetHashCode() & _mask;
            while (_keys[i] is { } key)
            {
                if (ReferenceEquals(key, name))
                {
                    node = _values[i];
                    return true;
                }

                i = (i + 1) & _mask;
            }

            node = null!;
            return false;
        }
    }
}
