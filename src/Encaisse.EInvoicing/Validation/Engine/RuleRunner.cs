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

        var dispatch = new RuleDispatch[ruleSets.Count];
        var scopes = new RuleScope[ruleSets.Count];
        for (var i = 0; i < ruleSets.Count; i++)
        {
            dispatch[i] = ruleSets[i].Dispatch;
            scopes[i] = new RuleScope(findings, ruleSets[i].Catalog);
        }

        // Document order without an enumerator: first child, else next sibling, else the next sibling of the
        // nearest ancestor that has one.
        XElement? element = document.Root;
        while (element is not null)
        {
            for (var i = 0; i < dispatch.Length; i++)
            {
                foreach (var slot in dispatch[i].For(element.Name))
                {
                    foreach (var rule in slot.Rules)
                    {
                        if (rule.Matches(element))
                        {
                            scopes[i].Enter(element);
                            rule.Body(element, scopes[i]);
                            break;
                        }
                    }
                }
            }

            element = Next(element);
        }
    }

    private static XElement? Next(XElement element)
    {
        if (FirstChildElement(element.FirstNode) is { } child)
        {
            return child;
        }

        for (var e = element; e is not null; e = e.Parent)
        {
            if (FirstChildElement(e.NextNode) is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    // The first element at or after this node among its siblings.
    private static XElement? FirstChildElement(XNode? node)
    {
        for (var n = node; n is not null; n = n.NextNode)
        {
            if (n is XElement e)
            {
                return e;
            }
        }

        return null;
    }
}
