namespace Encaisse.Domain.Identifiers;

/// <summary>
/// ISO 6523 ICD and EAS codes the typed identifiers convert to (the scheme identifier of BT-29/BT-30/BT-46/BT-47
/// and of the electronic addresses BT-34/BT-49).
/// </summary>
public static class IdentifierSchemes
{
    /// <summary>0002 SIRENE: the 9-digit SIREN of a French company.</summary>
    public const string Siren = "0002";

    /// <summary>0009 SIRET-CODE: the 14-digit SIRET of a French establishment.</summary>
    public const string Siret = "0009";

    /// <summary>0088 EAN Location Code: the GS1 Global Location Number.</summary>
    public const string Gln = "0088";

    /// <summary>0225 FRCTC electronic address: the French e-invoicing address, starting with the SIREN.</summary>
    public const string FrenchElectronicAddress = "0225";

    /// <summary>9957 French VAT number, as an electronic address scheme.</summary>
    public const string FrenchVatNumber = "9957";
}
