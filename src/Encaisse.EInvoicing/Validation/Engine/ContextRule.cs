using System.Xml.Linq;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>The checks a rule runs on one context element; report findings through <see cref="RuleScope"/>.</summary>
public delegate void RuleBody(XElement context, RuleScope scope);

/// <summary>
/// A Schematron <c>rule</c>: a context (which elements it applies to) and the assertions checked on each of them.
/// <see cref="Names"/> lists the element names the context can match (the last step of its XPath) so the engine
/// only tries the rule on those elements; null means any element (e.g. <c>//*[ends-with(name(), 'Amount')]</c>).
/// </summary>
public sealed class ContextRule
{
    public ContextRule(string context, IReadOnlyCollection<XName>? names, Func<XElement, bool> matches, RuleBody body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(body);
        Context = context;
        Names = names;
        Matches = matches;
        Body = body;
    }

    /// <summary>The context as the normative Schematron writes it, for documentation and debugging.</summary>
    public string Context { get; }

    /// <summary>Element names this rule can match; null for any element.</summary>
    public IReadOnlyCollection<XName>? Names { get; }

    /// <summary>Whether an element (already known to have one of <see cref="Names"/>) is a context of this rule.</summary>
    public Func<XElement, bool> Matches { get; }

    /// <summary>The assertions.</summary>
    public RuleBody Body { get; }
}
