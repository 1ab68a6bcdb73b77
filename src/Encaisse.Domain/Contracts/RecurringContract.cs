using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Contracts;

/// <summary>
/// A recurring contract (subscription): what a customer is billed, how often, and on which terms. Bill runs
/// turn its due periods (<see cref="BillingSchedule"/>) into invoice lines (<see cref="ContractCharges"/>).
/// </summary>
public sealed record RecurringContract
{
    public required ContractId Id { get; init; }

    /// <summary>The customer billed (the buyer of BG-7), from the party register.</summary>
    public required Guid CustomerId { get; init; }

    /// <summary>The company issuing the invoices (the seller of BG-4), which owns the numbering series.</summary>
    public required Guid LegalEntityId { get; init; }

    /// <summary>The numbering series the invoices of this contract are numbered in.</summary>
    public required string SeriesCode { get; init; }

    /// <summary>BT-5 Invoice currency code.</summary>
    public required CurrencyCode Currency { get; init; }

    /// <summary>First day of service.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day of service (inclusive); null for an open-ended contract.</summary>
    public DateOnly? EndDate { get; init; }

    public required BillingFrequency Frequency { get; init; }

    /// <summary>
    /// Day of the month periods start on (1–31, clamped to the month's last day: 31 bills on 28/29 February);
    /// null means the day of <see cref="StartDate"/>. Month-based frequencies only.
    /// </summary>
    public int? AnchorDay { get; init; }

    /// <summary>
    /// Month (1–12) a period starts in, to align quarters or years on the calendar (1 with quarterly billing
    /// gives January, April, July, October). Null means periods follow the first anchor day after the start.
    /// Only for frequencies of 1, 2, 3, 4, 6 or 12 months, which repeat the same months every year.
    /// </summary>
    public int? AnchorMonth { get; init; }

    public required BillingTiming Timing { get; init; }

    public required PaymentTerms PaymentTerms { get; init; }

    /// <summary>BT-10 Buyer reference (the customer's internal routing reference, "service exécutant" for public buyers).</summary>
    public string? BuyerReference { get; init; }

    /// <summary>BT-13 Purchase order reference.</summary>
    public string? PurchaseOrderReference { get; init; }

    public required IReadOnlyList<ContractLine> Lines { get; init; }

    /// <summary>The day after the last day of service; null for an open-ended contract.</summary>
    public DateOnly? EndExclusive => EndDate?.AddDays(1);

    /// <summary>What is wrong with this contract, in a clerk's words; empty when it can be billed.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Id.Value == Guid.Empty)
        {
            problems.Add("The contract id is missing.");
        }

        if (CustomerId == Guid.Empty)
        {
            problems.Add("The customer is missing.");
        }

        if (LegalEntityId == Guid.Empty)
        {
            problems.Add("The issuing company is missing.");
        }

        if (string.IsNullOrWhiteSpace(SeriesCode))
        {
            problems.Add("The numbering series is missing.");
        }

        if (EndDate < StartDate)
        {
            problems.Add($"The contract ends on {EndDate:yyyy-MM-dd}, before it starts on {StartDate:yyyy-MM-dd}.");
        }

        if (!Frequency.IsSet)
        {
            problems.Add("The billing frequency is missing.");
        }

        if (AnchorDay is not null && Frequency.Unit != BillingUnit.Month)
        {
            problems.Add("An anchor day applies to month-based frequencies only; day-based periods follow the start date.");
        }

        if (AnchorDay is < 1 or > 31)
        {
            problems.Add($"The anchor day {AnchorDay} is not a day of the month (1 to 31).");
        }

        if (AnchorMonth is < 1 or > 12)
        {
            problems.Add($"The anchor month {AnchorMonth} is not a month (1 to 12).");
        }
        else if (AnchorMonth is not null && (Frequency.Unit != BillingUnit.Month || !Frequency.IsSet || 12 % Frequency.Count != 0))
        {
            problems.Add($"An anchor month needs a frequency of 1, 2, 3, 4, 6 or 12 months, not {Frequency}.");
        }

        if (!Enum.IsDefined(Timing))
        {
            problems.Add("The billing timing is unknown.");
        }

        if (PaymentTerms is null)
        {
            problems.Add("The payment terms are missing.");
        }

        if (Lines is null || Lines.Count == 0)
        {
            problems.Add("The contract has no line to bill.");
            return problems;
        }

        foreach (var line in Lines)
        {
            if (line is null)
            {
                problems.Add("The contract has an empty line.");
                continue;
            }

            problems.AddRange(line.Validate(StartDate));
        }

        if (Lines.Where(l => l is not null).GroupBy(l => l.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add($"Two lines share the id {twice.Key:D}.");
        }

        return problems;
    }

    internal void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Contract {Id} cannot be billed: {string.Join(" ", problems)}");
        }
    }
}
