using System.Collections.Concurrent;
using System.Xml.Linq;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>
/// A Schematron <c>pattern</c>: an ordered list of rules where each element is checked by the FIRST rule whose
/// context matches it (later rules never see an element an earlier rule took), as compiled Schematron does.
/// </summary>
public sealed class RulePattern
{
    private readonly ContextRule[] _rules;
    private readonly ConcurrentDictionary<XName, ContextRule[]> _byName = new();

    public RulePattern(string id, IEnumerable<ContextRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Id = id;
        _rules = [.. rules];
    }

    /// <summary>The pattern id (e.g. UBL-model, UBL-syntax, Codesmodel).</summary>
    public string Id { get; }

    /// <summary>The rules in priority order.</summary>
    public IReadOnlyList<ContextRule> Rules => _rules;

    /// <summary>The first rule whose context matches the element, or null.</summary>
    public ContextRule? FirstMatch(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var rule in Candidates(element.Name))
        {
            if (rule.Matches(element))
            {
                return rule;
            }
        }

        return null;
    }

    // Rules that can match an element of this name, in the pattern's order (named and wildcard rules merged).
    private ContextRule[] Candidates(XName name) =>
        _byName.GetOrAdd(name, n => [.. _rules.Where(r => r.Names is null || r.Names.Contains(n))]);
}
