using Encaisse.Domain.Identifiers;

namespace Encaisse.Domain.Parties;

/// <summary>
/// A bank account: where the tenant is paid (BT-84 payment account identifier, BT-86 payment service provider
/// identifier), where a supplier wants to be paid, or which account a SEPA direct debit mandate draws on.
/// </summary>
public sealed record BankAccount(Iban Iban, Bic? Bic = null, string? AccountHolder = null);
