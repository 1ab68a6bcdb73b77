using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using F = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXFunctions;
using N = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXNames;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>
/// The EXTENDED document totals (BR-FXEXT-CO-10 … 16): like BR-CO-10 … 16 but over DETAIL lines only, with a tolerance
/// of 0.01 per line, allowance or charge. The sums of untyped amounts are xs:double, rounded, then cast to xs:decimal.
/// </summary>
internal static partial class FacturXRules
{
    private static List<XElement> DetailLines(XElement summation) =>
        [.. (summation.Parent?.Parent?.Elements(N.IncludedSupplyChainTradeLineItem) ?? []).Where(F.IsDetailLine)];

    private static IEnumerable<XElement> LineNetAmounts(IEnumerable<XElement> lines) =>
        lines.Elements(N.SpecifiedLineTradeSettlement).Elements(N.SpecifiedTradeSettlementLineMonetarySummation).Elements(N.LineTotalAmount);

    // round(sum(...) * 100) div 100 (double), as xs:decimal.
    private static decimal? RoundedSum100(IEnumerable<XElement> amounts) => F.DecimalOf(Xp.Round(Xp.SumDouble(amounts) * 100) / 100);

    // round(sum(...) * 10 * 10) div 100 (double), as xs:decimal.
    private static decimal? RoundedSum10x10(IEnumerable<XElement> amounts) => F.DecimalOf(F.Round2(Xp.SumDouble(amounts)));

    private static int SiblingAllowanceCharges(XElement summation, string indicator) =>
        F.Count((summation.Parent?.Elements(N.SpecifiedTradeAllowanceCharge) ?? []).Where(ac => F.IndicatorIsText(ac, indicator)));

    // Σ BT-99 + Σ logistics charges, each rounded (BT-108 as computed).
    private static decimal? ChargesTotal(XElement e) =>
        RoundedSum100(HeaderAllowanceCharges(e, "true").Elements(N.ActualAmount))
        + RoundedSum10x10(F.HeaderSettlements(e).Elements(N.SpecifiedLogisticsServiceCharge).Elements(N.AppliedAmount));

    private static bool Within(decimal? value, decimal? expected, int items) =>
        value is { } v && expected is { } x && Math.Abs(v - x) <= items * 0.01m;

    private static bool ExtendedLineTotalMatches(XElement s)
    {
        var calculated = RoundedSum100(LineNetAmounts(DetailLines(s)));
        var allLines = F.Count(s.Parent?.Parent?.Elements(N.IncludedSupplyChainTradeLineItem) ?? []);
        return Within(F.Dec(s.Element(N.LineTotalAmount)), calculated, allLines);
    }

    private static bool ExtendedAllowanceTotalMatches(XElement s)
    {
        var allowances = HeaderAllowanceCharges(s, "false").ToList();
        if (allowances.Count == 0 && !F.Has(s, N.AllowanceTotalAmount))
        {
            return true;
        }

        return Within(F.Dec(s.Element(N.AllowanceTotalAmount)), RoundedSum10x10(allowances.Elements(N.ActualAmount)), SiblingAllowanceCharges(s, "false"));
    }

    private static bool ExtendedChargeTotalMatches(XElement s)
    {
        if (!HeaderAllowanceCharges(s, "true").Any() && !F.Has(s, N.ChargeTotalAmount))
        {
            return true;
        }

        var items = SiblingAllowanceCharges(s, "true") + F.Count(s.Parent?.Elements(N.SpecifiedLogisticsServiceCharge) ?? []);
        return Within(F.Dec(s.Element(N.ChargeTotalAmount)), ChargesTotal(s), items);
    }

    private static int ToleranceItems(XElement s) =>
        DetailLines(s).Count + SiblingAllowanceCharges(s, "false") + SiblingAllowanceCharges(s, "true") + F.Count(s.Parent?.Elements(N.SpecifiedLogisticsServiceCharge) ?? []);

    private static bool ExtendedTaxBasisTotalMatches(XElement s)
    {
        var basis = F.Dec(s.Element(N.TaxBasisTotalAmount));
        var lines = RoundedSum100(LineNetAmounts(DetailLines(s)));
        var allowances = RoundedSum10x10(HeaderAllowanceCharges(s, "false").Elements(N.ActualAmount));
        var charges = ChargesTotal(s);
        var difference = basis - lines + allowances - charges;
        return difference is { } d && Math.Abs(d) <= 0.01m * ToleranceItems(s);
    }

    private static bool ExtendedGrandTotalMatches(XElement s)
    {
        // for $Currency in ../ram:InvoiceCurrencyCode, $BT110 in xs:decimal(ram:TaxTotalAmount[@currencyID=$Currency]): no value, no result.
        var currency = s.Parent?.Element(N.InvoiceCurrencyCode);
        var basis = F.Dec(s.Element(N.TaxBasisTotalAmount));
        var grand = F.Dec(s.Element(N.GrandTotalAmount));
        if (currency is null || basis is null || grand is null)
        {
            return false;
        }

        var taxTotals = s.Elements(N.TaxTotalAmount).Where(t => t.Attribute(N.CurrencyIdAttribute)?.Value == currency.Value).ToList();
        if (taxTotals.Count == 0 || F.Dec(taxTotals[0]) is not { } tax)
        {
            return false;
        }

        var difference = Math.Abs(grand.Value - tax - basis.Value);
        return (difference <= 0.01m * ToleranceItems(s) && taxTotals.Count == 1) || (basis == grand && taxTotals.Count != 1);
    }

    private static bool ExtendedDuePayableMatches(XElement s)
    {
        var due = F.Dec(s.Element(N.DuePayableAmount));
        var expected = F.SumDec(s.Elements(N.GrandTotalAmount)) - F.SumDec(s.Elements(N.TotalPrepaidAmount)) + F.SumDec(s.Elements(N.RoundingAmount))
            + F.SumDec((s.Parent?.Elements(N.SpecifiedFinancialAdjustment) ?? []).Elements(N.ActualAmount));
        return Eq(due, expected);
    }
}
