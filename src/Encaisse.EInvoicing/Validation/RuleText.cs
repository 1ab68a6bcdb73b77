namespace Encaisse.EInvoicing.Validation;

/// <summary>What a rule means, in English and French, written for the person who has to fix the invoice.</summary>
public readonly record struct RuleText(string English, string French)
{
    /// <summary>The fallback when a rule has no text of its own.</summary>
    public static RuleText Generic(string ruleId) =>
        new($"The document breaks rule {ruleId}.", $"Le document enfreint la règle {ruleId}.");
}
