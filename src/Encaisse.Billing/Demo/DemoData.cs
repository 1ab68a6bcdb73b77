using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Parties;

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

/// <summary>One line of a one-off sale: a catalogue item and a quantity, at the catalogue price.</summary>
public sealed record DemoSaleLine(ItemId ItemId, decimal Quantity);

/// <summary>A one-off invoice (consulting, training, hardware, books) issued on <see cref="IssueDate"/>.</summary>
/// <param name="Key">The sale's place in the plan; credit notes refer to it.</param>
public sealed record DemoSale(int Key, DateOnly IssueDate, PartyId CustomerId, IReadOnlyList<DemoSaleLine> Lines, string? PurchaseOrderReference);

/// <summary>
/// A credit note for a one-off sale: in full (<see cref="CreditedLines"/> empty), or for part of some lines
/// (one training day out of three, two screens out of five).
/// </summary>
/// <param name="SaleKey">The <see cref="DemoSale.Key"/> of the invoice credited.</param>
/// <param name="CreditedLines">The lines (by BT-126 line id) and quantities credited; empty for a full credit.</param>
public sealed record DemoCreditNote(DateOnly IssueDate, int SaleKey, IReadOnlyList<CreditedLine> CreditedLines, string Reason)
{
    public bool IsFull => CreditedLines.Count == 0;
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
