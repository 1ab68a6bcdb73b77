using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Terms;

namespace Encaisse.Billing.Demo;

/// <summary>What to generate: how many customers (contracts and one-off sales follow) and the seed of every choice.</summary>
public sealed record DemoOptions
{
    public const int DefaultCustomers = 150;

    public const int DefaultSeed = 2026;

    /// <summary>Most customers a demo makes: the identifier space and the load time stay comfortable.</summary>
    public const int MaxCustomers = 20_000;

    public int Customers { get; init; } = DefaultCustomers;

    public int Seed { get; init; } = DefaultSeed;
}

/// <summary>
/// A recurring contract of the demo, with where billing resumes when the year of history starts: contracts signed
/// before that year were billed by "the previous tool", so the first bill run does not invoice years of back periods.
/// Null means nothing is left to bill.
/// </summary>
public sealed record DemoContract(RecurringContract Contract, DateOnly? NextPeriodStart);

/// <summary>One line of a one-off sale: a catalogue item (by code) and a quantity, at the catalogue price.</summary>
public sealed record DemoSaleLine(string ItemCode, decimal Quantity);

/// <summary>A one-off invoice (consulting, training, hardware, books) issued on <see cref="IssueDate"/>.</summary>
/// <param name="Key">The sale's place in the plan (1, 2, …); credit notes refer to it.</param>
/// <param name="Terms">Payment terms; null for the tenant's default.</param>
public sealed record DemoSale(int Key, DateOnly IssueDate, PartyId CustomerId, IReadOnlyList<DemoSaleLine> Lines, PaymentTerms? Terms);

/// <summary>
/// A credit note for a one-off sale: in full, or for an amount without VAT taken from its first line (one
/// training day out of three, two screens sent back out of five), at that line's VAT rate.
/// </summary>
/// <param name="SaleKey">The <see cref="DemoSale.Key"/> of the invoice credited.</param>
/// <param name="AmountWithoutVat">The amount credited without VAT; null for the whole invoice.</param>
public sealed record DemoCreditNote(DateOnly IssueDate, int SaleKey, decimal? AmountWithoutVat, string Reason)
{
    public bool IsFull => AmountWithoutVat is null;
}

/// <summary>
/// A complete demo tenant, built in memory from a seed and a day: the company, its customers, catalogue and
/// contracts, and the year of history to replay: a bill run on the first of each month, one-off sales and
/// credit notes in between, every date on or before <see cref="Today"/>.
/// </summary>
public sealed record DemoData(
    DateOnly Today,
    BillingPolicy Policy,
    LegalEntity Company,
    IReadOnlyList<Party> Customers,
    IReadOnlyList<CatalogueItem> Catalogue,
    IReadOnlyList<DemoContract> Contracts,
    IReadOnlyList<DateOnly> BillRunDates,
    IReadOnlyList<DemoSale> Sales,
    IReadOnlyList<DemoCreditNote> CreditNotes)
{
    /// <summary>The first day of the history (the first bill run).</summary>
    public DateOnly HistoryStart => BillRunDates[0];
}
