using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation;

/// <summary>Every rule set Encaisse implements, by id and syntax.</summary>
public static class RuleSetRegistry
{
    // One line per implemented rule set and syntax.
    private static readonly RuleSetDefinition[] All =
    [
        Rules.En16931.En16931Ubl.Instance,
        Rules.En16931.En16931Cii.Instance,
        Rules.Peppol.PeppolUbl.Instance,
        Rules.FacturX.FacturXMinimum.Instance,
        Rules.FacturX.FacturXBasicWl.Instance,
        Rules.FacturX.FacturXBasic.Instance,
        Rules.FacturX.FacturXEn16931.Instance,
        Rules.FacturX.FacturXExtended.Instance,
        Rules.XRechnung.XRechnungUbl.Instance,
        Rules.XRechnung.XRechnungCii.Instance,
        Rules.French.FrenchUbl.Instance,
        Rules.French.FrenchCii.Instance,
        Rules.French.FrenchUbl.WarningInstance,
        Rules.French.FrenchCii.WarningInstance,
    ];

    /// <summary>The implemented rule sets.</summary>
    public static IReadOnlyList<RuleSetDefinition> Implemented => All;

    /// <summary>The rule set with this id for this syntax, or null when Encaisse does not implement it (yet).</summary>
    public static RuleSetDefinition? Find(string id, DocumentSyntax syntax) =>
        Array.Find(All, r => r.Id == id && r.Syntax == syntax);
}
