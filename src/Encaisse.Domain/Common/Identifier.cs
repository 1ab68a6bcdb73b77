namespace Encaisse.Domain.Common;

/// <summary>
/// An identifier as EN 16931 carries it: a value and an optional scheme (ISO 6523 ICD such as 0002 SIREN,
/// 0009 SIRET, 0088 GLN, 0225 French e-invoicing address; or an EAS code for electronic addresses).
/// Invoices read from outside may carry anything, so this type does not validate; the checked types in
/// <c>Encaisse.Domain.Identifiers</c> convert to it.
/// </summary>
public sealed record Identifier(string Value, string? SchemeId = null)
{
    public override string ToString() => SchemeId is null ? Value : $"{SchemeId}:{Value}";
}
