using System.Text.RegularExpressions;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Contracts;

/// <summary>How a contract line is charged each period.</summary>
public enum LineKind
{
    /// <summary>A flat amount per period: the unit price, quantity 1.</summary>
    FixedPrice,

    /// <summary>An agreed quantity × unit price per period (12 seats × 15 EUR).</summary>
    Quantity,

    /// <summary>The quantity consumed in the period, supplied at billing time (API calls, kWh).</summary>
    Usage,
}

/// <summary>A new unit price and quantity for a line, from <see cref="EffectiveDate"/> on (inclusive).</summary>
/// <param name="Quantity">The new quantity; must stay 1 on fixed-price lines, ignored on usage lines.</param>
public sealed record ContractLineChange(DateOnly EffectiveDate, decimal UnitPrice, decimal Quantity);

/// <summary>One thing a contract bills every period.</summary>
public sealed partial record ContractLine
{
    public required Guid Id { get; init; }

    /// <summary>The catalogue item, when the line comes from one (BT-155 seller's item id is taken from it).</summary>
    public Guid? ItemId { get; init; }

    /// <summary>BT-153 Item name as the invoice shows it; the service period is appended when billed.</summary>
    public required string Description { get; init; }

    /// <summary>BT-130 Unit of measure, UN/ECE Recommendation 20 code: C62 (one), MON (month), HUR (hour), DAY…</summary>
    public required string UnitCode { get; init; }

    public required LineKind Kind { get; init; }

    /// <summary>BT-146 Item net price, excluding VAT, in the contract currency.</summary>
    public required decimal UnitPrice { get; init; }

    /// <summary>Quantity per full period; 1 for fixed-price lines, ignored for usage lines.</summary>
    public decimal Quantity { get; init; } = 1m;

    /// <summary>BT-151 Invoiced item VAT category code.</summary>
    public required VatCategory VatCategory { get; init; }

    /// <summary>BT-152 Invoiced item VAT rate in percent; null for category O (outside scope).</summary>
    public decimal? VatRate { get; init; }

    /// <summary>First day billed; null means the contract start.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last day billed (inclusive); null means until the contract ends.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Price and quantity changes, each from its effective date on.</summary>
    public IReadOnlyList<ContractLineChange> Changes { get; init; } = [];

    /// <summary>The unit price and quantity in force on <paramref name="date"/>.</summary>
    public (decimal UnitPrice, decimal Quantity) TermsOn(DateOnly date)
    {
        var result = (UnitPrice, Quantity);
        var latest = DateOnly.MinValue;
        foreach (var change in Changes)
        {
            if (change.EffectiveDate <= date && change.EffectiveDate >= latest)
            {
                latest = change.EffectiveDate;
                result = (change.UnitPrice, change.Quantity);
            }
        }

        return result;
    }

    /// <summary>What is wrong with this line, in a clerk's words; empty when it can be billed.</summary>
    public IReadOnlyList<string> Validate(DateOnly contractStart)
    {
        var problems = new List<string>();
        var name = string.IsNullOrWhiteSpace(Description) ? Id.ToString("D") : Description;
        void Problem(string message) => problems.Add($"Line '{name}': {message}");

        if (Id == Guid.Empty)
        {
            Problem("the line id is missing.");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            Problem("the description is missing.");
        }

        if (UnitCode is null || !UnitCodePattern().IsMatch(UnitCode))
        {
            Problem($"'{UnitCode}' is not a UN/ECE Recommendation 20 unit code (such as C62, MON, HUR).");
        }

        if (!Enum.IsDefined(Kind))
        {
            Problem("the line kind is unknown.");
        }

        CheckValues(UnitPrice, Quantity, "", Problem);
        foreach (var change in Changes)
        {
            CheckValues(change.UnitPrice, change.Quantity, $"the change of {change.EffectiveDate:yyyy-MM-dd}: ", Problem);
        }

        if (Changes.GroupBy(c => c.EffectiveDate).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            Problem($"two changes take effect on {twice.Key:yyyy-MM-dd}.");
        }

        if (StartDate < contractStart)
        {
            Problem($"it starts on {StartDate:yyyy-MM-dd}, before the contract ({contractStart:yyyy-MM-dd}).");
        }

        if (EndDate < (StartDate ?? contractStart))
        {
            Problem($"it ends on {EndDate:yyyy-MM-dd}, before it starts.");
        }

        if (VatCategory.RequiresZeroRate() && VatRate is not (null or 0m))
        {
            Problem($"VAT category {VatCategory.ToCode()} has a zero rate, not {VatRate} %.");
        }

        if (VatCategory == VatCategory.StandardRate && VatRate is not > 0m)
        {
            Problem("a standard-rated line needs a VAT rate above 0.");
        }

        if (VatRate is { } rate && decimal.Round(rate, 2) != rate)
        {
            Problem($"the VAT rate {rate} has more than two decimals.");
        }

        return problems;
    }

    private void CheckValues(decimal unitPrice, decimal quantity, string where, Action<string> problem)
    {
        // BR-27: the item net price is not negative; French rules: ≤ 6 decimals for prices, ≤ 4 for quantities.
        if (unitPrice < 0m)
        {
            problem($"{where}the unit price cannot be negative (record a discount as a negative quantity).");
        }

        if (decimal.Round(unitPrice, 6) != unitPrice)
        {
            problem($"{where}the unit price {unitPrice} has more than 6 decimals.");
        }

        if (Kind == LineKind.FixedPrice && quantity != 1m)
        {
            problem($"{where}a fixed-price line has quantity 1, not {quantity}; use a quantity line instead.");
        }

        if (Kind == LineKind.Quantity && decimal.Round(quantity, ContractCharges.QuantityDecimals) != quantity)
        {
            problem($"{where}the quantity {quantity} has more than {ContractCharges.QuantityDecimals} decimals.");
        }
    }

    [GeneratedRegex("^[A-Z0-9]{2,3}$")]
    private static partial Regex UnitCodePattern();
}
