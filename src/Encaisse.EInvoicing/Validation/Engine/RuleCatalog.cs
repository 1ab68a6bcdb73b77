namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>The texts of a rule set's rules, by rule id.</summary>
public sealed class RuleCatalog(string ruleSet, IReadOnlyDictionary<string, RuleText> texts)
{
    /// <summary>The rule set these texts belong to (en16931, peppol, xrechnung, facturx-basic, fr, ...).</summary>
    public string RuleSet { get; } = ruleSet;

    /// <summary>The text of a rule, or a generic one when the rule has none.</summary>
    public RuleText Text(string ruleId) => texts.TryGetValue(ruleId, out var text) ? text : RuleText.Generic(ruleId);

    /// <summary>Whether a rule has its own text.</summary>
    public bool HasText(string ruleId) => texts.ContainsKey(ruleId);
}
