using System.Collections.Frozen;
using System.Xml.Linq;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>
/// A rule set's patterns folded into one table: element name → the patterns that have a rule for it, each with its
/// candidate rules in priority order (rules for that name and wildcard rules, merged as the pattern declares them).
/// One lookup per element per rule set, nothing allocated per element; built once per rule set and read-only, so
/// shared across threads.
/// </summary>
internal sealed class RuleDispatch
{
    private readonly FrozenDictionary<XName, Slot[]> _byName;

    // Names no rule names: only the wildcard rules (contexts such as //*[...]) can match them.
    private readonly Slot[] _wildcards;

    public RuleDispatch(IReadOnlyList<RulePattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var names = new HashSet<XName>();
        foreach (var pattern in patterns)
        {
            foreach (var rule in pattern.Rules)
            {
                if (rule.Names is not null)
                {
                    names.UnionWith(rule.Names);
                }
            }
        }

        _wildcards = SlotsFor(patterns, null);
        _byName = names.ToFrozenDictionary(n => n, n => SlotsFor(patterns, n));
    }

    /// <summary>The patterns (in declaration order) with candidate rules for an element of this name.</summary>
    public Slot[] For(XName name) => _byName.TryGetValue(name, out var slots) ? slots : _wildcards;

    private static Slot[] SlotsFor(IReadOnlyList<RulePattern> patterns, XName? name)
    {
        var slots = new List<Slot>();
        foreach (var pattern in patterns)
        {
            var rules = pattern.Rules.Where(r => r.Names is null || (name is not null && r.Names.Contains(name))).ToArray();
            if (rules.Length > 0)
            {
                slots.Add(new Slot(rules));
            }
        }

        return [.. slots];
    }

    /// <summary>One pattern's candidate rules for one name; the first whose context matches checks the element.</summary>
    internal readonly record struct Slot(ContextRule[] Rules);
}
