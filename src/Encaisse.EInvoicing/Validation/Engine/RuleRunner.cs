using System.Xml.Linq;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>
/// Runs rule sets over a document in one pass: every element, in document order, is offered to every pattern of
/// every rule set, and the first matching rule of each pattern checks it.
/// </summary>
public static class RuleRunner
{
    /// <summary>Appends the findings of <paramref name="ruleSets"/> on <paramref name="document"/> to <paramref name="findings"/>.</summary>
    public static void Run(XDocument document, IReadOnlyList<RuleSetDefinition> ruleSets, List<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(ruleSets);
        ArgumentNullException.ThrowIfNull(findings);
        if (document.Root is null || ruleSets.Count == 0)
        {
            return;
        }

        var scopes = new RuleScope[ruleSets.Count];
        for (var i = 0; i < ruleSets.Count; i++)
        {
            scopes[i] = new RuleScope(findings, ruleSets[i].Catalog);
        }

        foreach (var element in document.Root.DescendantsAndSelf())
        {
            for (var i = 0; i < ruleSets.Count; i++)
            {
                foreach (var pattern in ruleSets[i].Patterns)
                {
                    var rule = pattern.FirstMatch(element);
                    if (rule is null)
                    {
                        continue;
                    }

                    scopes[i].Enter(element);
                    rule.Body(element, scopes[i]);
                }
            }
        }
    }
}
