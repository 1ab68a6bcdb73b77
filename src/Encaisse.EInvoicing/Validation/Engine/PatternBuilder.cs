using System.Xml.Linq;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>Builds a <see cref="RulePattern"/> rule by rule, in priority order.</summary>
public sealed class PatternBuilder(string id)
{
    private readonly List<ContextRule> _rules = [];

    /// <summary>A rule whose context is every element named <paramref name="name"/>.</summary>
    public PatternBuilder Rule(string context, XName name, RuleBody body) =>
        Rule(context, [name], static _ => true, body);

    /// <summary>A rule whose context is the elements named <paramref name="name"/> that satisfy <paramref name="matches"/>.</summary>
    public PatternBuilder Rule(string context, XName name, Func<XElement, bool> matches, RuleBody body) =>
        Rule(context, [name], matches, body);

    /// <summary>A rule whose context is the elements with one of <paramref name="names"/> (null: any element) that satisfy <paramref name="matches"/>.</summary>
    public PatternBuilder Rule(string context, XName[]? names, Func<XElement, bool> matches, RuleBody body)
    {
        _rules.Add(new ContextRule(context, names, matches, body));
        return this;
    }

    /// <summary>The pattern.</summary>
    public RulePattern Build() => new(id, _rules);
}
