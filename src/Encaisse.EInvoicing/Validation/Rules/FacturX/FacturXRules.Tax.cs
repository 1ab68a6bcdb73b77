using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using F = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXFunctions;
using N = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXNames;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>VAT rules: the header VAT breakdown (BG-23), allowances and charges, and the per-category rules.</summary>
internal static partial class FacturXRules
{
    private enum SellerVat
    {
        // Seller VAT id (VA or FC) or tax representative VAT id, absolute paths (S, Z, E, AF, AG).
        SellerOrRepresentative,

        // The same, plus a buyer VAT id or legal registration id, // paths (AE).
        ReverseCharge,

        // Seller or representative VAT id (VA only), // paths (G).
        Export,

        // Seller or representative VAT id and a buyer VAT id (K).
        IntraCommunity,

        // No seller, representative or buyer VAT id (O).
        NotSubject,
    }

    private static void AddTaxRules(List<FacturXContext> contexts)
    {
        contexts.Add(C("//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", N.ApplicableTradeTax,
            static e => e.Parent?.Name == N.ApplicableHeaderTradeSettlement,
            A("BR-45", W | B | E | X, static e => F.Has(e, N.BasisAmount)),
            A("BR-46", W | B | E | X, static e => F.Has(e, N.CalculatedAmount)),
            A("BR-47", W | B | E | X, static e => F.Has(e, N.CategoryCode)),
            A("BR-48", W | B | E | X, static e => F.Has(e, N.RateApplicablePercent) || F.AnyEquals(e.Elements(N.CategoryCode), "O")),
            A("BR-CO-03", W | B | E | X, static e => !(F.Has(e, N.TaxPointDate) && F.Has(e, N.DueDateTypeCode))),
            A("BR-CO-17", W | B | E, static e => VatAmountMatchesRate(e)),
            A("BR-DEC-19", W | B | E | X, static e => F.TwoDecimals(e.Element(N.BasisAmount))),
            A("BR-DEC-20", W | B | E | X, static e => F.TwoDecimals(e.Element(N.CalculatedAmount)))));

        contexts.Add(CategoryCodeContext("//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = 'Z']", "Z", withTransaction: false,
            A("BR-Z-09", W | B | E | X, static e => ParentAmountIsZero(e)),
            A("BR-Z-10", W | B | E, static e => !HasExemption(e.Parent!)),
            A("BR-Z-08", B | E, static e => BasisWithinOne(e, "Z"))));

        contexts.Add(CategoryCodeContext("//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[.='S']", "S", withTransaction: false,
            A("BR-S-09", W | B | E, static e => StandardVatAmountMatches(e.Parent!)),
            A("BR-S-10", W | B | E, static e => !HasExemption(e.Parent!)),
            A("BR-S-08", B | E, static e => BasisPerRateMatches(e, "S"))));

        contexts.Add(C("//ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod", N.BillingSpecifiedPeriod,
            static e => e.Parent?.Name == N.ApplicableHeaderTradeSettlement,
            A("BR-29", W | B | E | X, static e => PeriodOrdered(e)),
            A("BR-CO-19", W | B | E | X, static e => F.Has(e, N.StartDateTime) || F.Has(e, N.EndDateTime))));

        contexts.Add(C("//ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator='false']", N.ChargeIndicator,
            static e => HeaderIndicator(e, "false"),
            A("BR-31", W | B | E | X, static e => F.Has(e.Parent, N.ActualAmount)),
            A("BR-32", W | B | E | X, static e => VatCategoryOf(e.Parent!)),
            A("BR-33", W | B | E | X, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode)),
            A("BR-CO-05", W | B | E | X, static _ => true),
            A("BR-CO-21", W | B | E | X, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode)),
            A("BR-DEC-01", W | B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.ActualAmount))),
            A("BR-DEC-02", W | B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.BasisAmount)))));

        contexts.Add(C("//ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator='true']", N.ChargeIndicator,
            static e => HeaderIndicator(e, "true"),
            A("BR-36", W | B | E | X, static e => F.Has(e.Parent, N.ActualAmount)),
            A("BR-37", W | B | E | X, static e => VatCategoryOf(e.Parent!)),
            A("BR-38", W | B | E, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode)),
            A("BR-CO-06", W | B | E, static _ => true),
            A("BR-CO-22", W | B | E, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode)),
            A("BR-DEC-05", W | B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.ActualAmount))),
            A("BR-DEC-06", W | B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.BasisAmount))),
            A("BR-FXEXT-BR-38", X, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode))));

        contexts.Add(C("//ram:SpecifiedTradeAllowanceCharge", N.SpecifiedTradeAllowanceCharge,
            A("CII-SR-472", W | B | E | X, static e => F.Count(e.Elements(N.RateApplicablePercent)) <= 1),
            A("CII-SR-471", W | B | E | X, static e => F.Count(e.Elements(N.CategoryTradeTax)) <= 1),
            A("CII-SR-473", W | B | E | X, static e => F.Count(e.Elements(N.ActualAmount)) <= 1),
            A("CII-SR-463", W | B | E | X, static e => F.Has(e, N.ChargeIndicator))));

        // Document-level allowances (…-03, …-06) and charges (…-04, …-07) per VAT category.
        foreach (var (allowance, suffixVat, suffixRate) in new[] { ("false", "03", "06"), ("true", "04", "07") })
        {
            var isAllowance = allowance == "false";
            contexts.Add(AllowanceChargeTax(isAllowance, "AE",
                A($"BR-AE-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.ReverseCharge)),
                A($"BR-AE-{suffixRate}", W | B | E | X, static e => RateEquals(e, 0))));
            contexts.Add(AllowanceChargeTax(isAllowance, "E",
                A($"BR-E-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
                A($"BR-E-{suffixRate}", W | B | E | X, static e => RateEquals(e, 0))));
            contexts.Add(AllowanceChargeTax(isAllowance, "G",
                A($"BR-G-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.Export)),
                A($"BR-G-{suffixRate}", W | B | E | X, static e => RateEquals(e, 0))));
            contexts.Add(AllowanceChargeTax(isAllowance, "K",
                A($"BR-IC-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.IntraCommunity)),
                A($"BR-IC-{suffixRate}", W | B | E | X, static e => RateEquals(e, 0))));
            contexts.Add(AllowanceChargeTax(isAllowance, "L",
                A($"BR-AF-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
                A($"BR-AF-{suffixRate}", W | B | E | X, static e => F.AnyCompare(e.Elements(N.RateApplicablePercent), static r => r > 0))));
            contexts.Add(AllowanceChargeTax(isAllowance, "M",
                A($"BR-AG-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
                A($"BR-AG-{suffixRate}", W | B | E | X, static e => F.AnyCompare(e.Elements(N.RateApplicablePercent), static r => r >= 0))));
            contexts.Add(AllowanceChargeTax(isAllowance, "O",
                A($"BR-O-{suffixVat}", W | B | E, static e => SellerVatGiven(e, SellerVat.NotSubject)),
                A($"BR-O-{suffixRate}", W | B | E | X, static e => !F.Has(e, N.RateApplicablePercent))));
            contexts.Add(AllowanceChargeTax(isAllowance, "S",
                A($"BR-S-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
                A($"BR-S-{suffixRate}", W | B | E | X, static e => F.AnyCompare(e.Elements(N.RateApplicablePercent), static r => r > 0))));
            contexts.Add(AllowanceChargeTax(isAllowance, "Z",
                A($"BR-Z-{suffixVat}", W | B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
                A($"BR-Z-{suffixRate}", W | B | E | X, static e => RateEquals(e, 0))));
        }

        contexts.Add(C("//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID = BT-5]", N.TaxTotalAmount,
            static e => e.Parent?.Name == N.SpecifiedTradeSettlementHeaderMonetarySummation && e.Attribute(N.CurrencyIdAttribute) is { } currency
                && F.HeaderSettlements(e).Elements(N.InvoiceCurrencyCode).Any(c => c.Value == currency.Value),
            // BT-110 = Σ BT-117.
            A("BR-CO-14", W | B | E | X, static e =>
                Xp.Double(e) == F.Round2(Xp.SumDouble(F.HeaderSettlements(e).Elements(N.ApplicableTradeTax).Elements(N.CalculatedAmount))))));

        contexts.Add(C("//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement", N.ApplicableHeaderTradeSettlement,
            static e => e.Parent?.Name == N.SupplyChainTradeTransaction,
            A("BR-CO-18", W | B | E | X, static e => F.Has(e, N.ApplicableTradeTax))));

        contexts.Add(CategoryCodeContext("//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = 'AE']", "AE", withTransaction: true,
            A("BR-AE-09", W | B | E | X, static e => ParentAmountIsZero(e)),
            A("BR-AE-10", W | B | E | X, static e => HasExemption(e.Parent!)),
            A("BR-AE-08", B | E, static e => BasisWithinOne(e, "AE"))));
        contexts.Add(CategoryCodeContext("//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = 'E']", "E", withTransaction: true,
            A("BR-E-09", W | B | E | X, static e => ParentAmountIsZero(e)),
            A("BR-E-10", W | B | E | X, static e => HasExemption(e.Parent!)),
            A("BR-E-08", B | E, static e => BasisWithinOne(e, "E"))));
        contexts.Add(CategoryCodeContext("//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = 'G']", "G", withTransaction: true,
            A("BR-G-09", W | B | E | X, static e => ParentAmountIsZero(e)),
            A("BR-G-10", W | B | E | X, static e => HasExemption(e.Parent!)),
            A("BR-G-08", B | E, static e => BasisWithinOne(e, "G"))));
        contexts.Add(CategoryCodeContext("//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[.= 'K']", "K", withTransaction: true,
            A("BR-IC-09", W | B | E | X, static e => ParentAmountIsZero(e)),
            A("BR-IC-10", W | B | E | X, static e => HasExemption(e.Parent!)),
            // BT-72 actual delivery date or an invoicing period (BG-14).
            A("BR-IC-11", W | B | E | X, static e =>
                F.Root(e) is { } root && root.Elements(N.SupplyChainTradeTransaction).Elements(N.ApplicableHeaderTradeDelivery).Elements(N.ActualDeliverySupplyChainEvent)
                    .Elements(N.OccurrenceDateTime).Elements(N.DateTimeString).Any()
                || F.Has(e.Parent!.Parent, N.BillingSpecifiedPeriod, N.StartDateTime) || F.Has(e.Parent!.Parent, N.BillingSpecifiedPeriod, N.EndDateTime)),
            // BT-80 deliver-to country.
            A("BR-IC-12", W | B | E | X, static e =>
                F.Root(e) is { } root && root.Elements(N.SupplyChainTradeTransaction).Elements(N.ApplicableHeaderTradeDelivery).Elements(N.ShipToTradeParty)
                    .Elements(N.PostalTradeAddress).Elements(N.CountryId).Any()),
            A("BR-IC-08", B | E, static e => BasisWithinOne(e, "K"))));

        contexts.Add(HeaderTaxContext("L",
            A("BR-AF-09", W | B | E | X, static _ => true),
            A("BR-AF-10", W | B | E, static e => !HasExemption(e)),
            A("BR-AF-08", B | E, static e => BasisPerRateMatches(e, "L"))));
        contexts.Add(HeaderTaxContext("M",
            A("BR-AG-09", W | B | E | X, static _ => true),
            A("BR-AG-10", W | B | E, static e => !HasExemption(e)),
            A("BR-AG-08", B | E, static e => BasisPerRateMatches(e, "M"))));
        contexts.Add(HeaderTaxContext("O",
            A("BR-O-09", W | B | E | X, static e => F.AnyEqualsNumber(e.Elements(N.CalculatedAmount), 0)),
            A("BR-O-10", W | B | E | X, static e => HasExemption(e)),
            A("BR-O-11", W | B | E, static e => !F.All(e, N.ApplicableTradeTax).Any(static t => F.AnyDiffers(t.Elements(N.CategoryCode), "O"))),
            A("BR-O-13", W | B | E, static e => !F.All(e, N.CategoryTradeTax).Any(static t => F.AnyDiffers(t.Elements(N.CategoryCode), "O"))),
            A("BR-O-14", W | B | E, static e => !F.All(e, N.CategoryTradeTax).Any(static t => F.AnyDiffers(t.Elements(N.CategoryCode), "O"))),
            A("BR-O-08", B | E, static e => NotSubjectBasisMatches(e)),
            A("BR-O-12", B | E, static e => !F.All(e, N.ApplicableTradeTax).Any(static t => F.AnyDiffers(t.Elements(N.CategoryCode), "O")))));
    }

    // //[rsm:SupplyChainTradeTransaction/]ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = code]
    private static FacturXContext CategoryCodeContext(string context, string code, bool withTransaction, params FacturXAssertion[] assertions) =>
        C(context, N.CategoryCode, e => e.Value == code && e.Parent is { } tax && tax.Name == N.ApplicableTradeTax
            && tax.Parent is { } settlement && settlement.Name == N.ApplicableHeaderTradeSettlement
            && (!withTransaction || settlement.Parent?.Name == N.SupplyChainTradeTransaction), assertions);

    // //rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = code]
    private static FacturXContext HeaderTaxContext(string code, params FacturXAssertion[] assertions) =>
        C($"//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = '{code}']", N.ApplicableTradeTax,
            e => F.AnyEquals(e.Elements(N.CategoryCode), code) && e.Parent is { } settlement && settlement.Name == N.ApplicableHeaderTradeSettlement
                && settlement.Parent?.Name == N.SupplyChainTradeTransaction, assertions);

    // //ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator='false|true']/ram:CategoryTradeTax[ram:CategoryCode = code]
    private static FacturXContext AllowanceChargeTax(bool allowance, string code, params FacturXAssertion[] assertions)
    {
        var indicator = allowance ? "false" : "true";
        return C($"//ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator='{indicator}']/ram:CategoryTradeTax[ram:CategoryCode = '{code}']", N.CategoryTradeTax,
            e => F.AnyEquals(e.Elements(N.CategoryCode), code) && e.Parent is { } ac && ac.Name == N.SpecifiedTradeAllowanceCharge && F.IndicatorIsText(ac, indicator),
            assertions);
    }

    private static bool HeaderIndicator(XElement indicator, string value) =>
        F.AnyEquals(indicator.Elements(N.Indicator), value) && indicator.Parent is { } ac && ac.Name == N.SpecifiedTradeAllowanceCharge
        && ac.Parent?.Name == N.ApplicableHeaderTradeSettlement;

    // ram:CategoryTradeTax[upper-case(ram:TypeCode) = 'VAT']/ram:CategoryCode
    private static bool VatCategoryOf(XElement allowanceCharge) =>
        allowanceCharge.Elements(N.CategoryTradeTax).Any(static t => F.IsVat(t) && t.Element(N.CategoryCode) is not null);

    private static bool ParentAmountIsZero(XElement categoryCode) => F.AnyEqualsNumber(categoryCode.Parent!.Elements(N.CalculatedAmount), 0);

    private static bool HasExemption(XElement tax) => F.Has(tax, N.ExemptionReason) || F.Has(tax, N.ExemptionReasonCode);

    private static bool RateEquals(XElement tax, double rate) => F.AnyEqualsNumber(tax.Elements(N.RateApplicablePercent), rate);

    private static bool SellerVatGiven(XElement e, SellerVat kind)
    {
        var sellers = F.HeaderParties(e, N.SellerTradeParty);
        var representatives = F.HeaderParties(e, N.SellerTaxRepresentativeTradeParty);
        return kind switch
        {
            SellerVat.SellerOrRepresentative => F.HasTaxId(sellers, "VA", "FC") || F.HasTaxId(representatives, "VA"),
            SellerVat.ReverseCharge => (F.HasTaxId(F.All(e, N.SellerTradeParty), "VA", "FC") || F.HasTaxId(F.All(e, N.SellerTaxRepresentativeTradeParty), "VA"))
                && (F.HasTaxId(F.All(e, N.BuyerTradeParty), "VA") || F.All(e, N.BuyerTradeParty).Elements(N.SpecifiedLegalOrganization).Elements(N.Id).Any()),
            SellerVat.Export => F.HasTaxId(F.All(e, N.SellerTradeParty), "VA") || F.HasTaxId(F.All(e, N.SellerTaxRepresentativeTradeParty), "VA"),
            SellerVat.IntraCommunity => (F.HasTaxId(F.All(e, N.SellerTradeParty), "VA") || F.HasTaxId(F.All(e, N.SellerTaxRepresentativeTradeParty), "VA"))
                && F.HasTaxId(F.All(e, N.BuyerTradeParty), "VA"),
            _ => !F.HasTaxId(sellers, "VA") && !F.HasTaxId(representatives, "VA") && !F.HasTaxId(F.All(e, N.BuyerTradeParty), "VA"),
        };
    }

    // BR-29/BR-30: end date (format 102) >= start date, compared as strings (untyped values).
    private static bool PeriodOrdered(XElement period)
    {
        if (!F.Has(period, N.EndDateTime) || !F.Has(period, N.StartDateTime))
        {
            return true;
        }

        var ends = Dates102(period, N.EndDateTime);
        var starts = Dates102(period, N.StartDateTime);
        return ends.Any(end => starts.Any(start => string.CompareOrdinal(end, start) >= 0));
    }

    private static List<string> Dates102(XElement period, XName which) =>
        [.. period.Elements(which).Elements(N.DateTimeString).Where(static d => d.Attribute(N.FormatAttribute)?.Value == "102").Select(static d => d.Value)];

    // BR-CO-17: BT-117 = BT-116 × BT-119 / 100, rounded, within one unit.
    private static bool VatAmountMatchesRate(XElement tax)
    {
        var vat = Xp.NormalizeSpace(F.Upper(tax.Element(N.TypeCode)?.Value ?? string.Empty)) == "VAT";
        var rate = vat ? F.Dec(tax.Element(N.RateApplicablePercent)) : null;
        var calculated = F.Dec(tax.Element(N.CalculatedAmount));
        var basis = F.Dec(tax.Element(N.BasisAmount));
        if (rate is { } r && calculated is { } c)
        {
            if (Xp.Round(r) == 0)
            {
                return Xp.Round(c) == 0;
            }

            if (basis is { } b)
            {
                var expected = Xp.Round(Math.Abs(b) * (r / 100) * 10 * 10) / 100;
                return Math.Abs(c) - 1 <= expected && Math.Abs(c) + 1 >= expected;
            }

            return false;
        }

        return rate is null && calculated is { } c2 && Xp.Round(c2) == 0;
    }

    // BR-S-09: BT-117 = BT-116 × BT-119 / 100 within one unit (double arithmetic on the untyped rate).
    private static bool StandardVatAmountMatches(XElement tax)
    {
        var calculated = F.Dec(tax.Element(N.CalculatedAmount));
        var basis = F.Dec(tax.Element(N.BasisAmount));
        if (calculated is not { } c || basis is not { } b)
        {
            return false;
        }

        foreach (var rateNode in tax.Elements(N.RateApplicablePercent))
        {
            var expected = Xp.Round((double)Math.Abs(b) * Xp.Double(rateNode)) / 100;
            if ((double)(Math.Abs(c) - 1) < expected && (double)(Math.Abs(c) + 1) > expected)
            {
                return true;
            }
        }

        return false;
    }

    // Sum of BT-131 over lines whose VAT category is code (and rate, when given), rounded to 2 decimals.
    private static decimal? LineSum(XElement e, string code, decimal? rate, bool detailOnly = false)
    {
        var total = 0m;
        foreach (var line in F.Lines(e))
        {
            if (detailOnly && !F.IsDetailLine(line))
            {
                continue;
            }

            foreach (var settlement in line.Elements(N.SpecifiedLineTradeSettlement))
            {
                var taxes = settlement.Elements(N.ApplicableTradeTax);
                if (!F.AnyEquals(taxes.Elements(N.CategoryCode), code) || (rate is { } r && !taxes.Any(t => F.Dec(t.Element(N.RateApplicablePercent)) == r)))
                {
                    continue;
                }

                foreach (var amount in settlement.Elements(N.SpecifiedTradeSettlementLineMonetarySummation).Elements(N.LineTotalAmount))
                {
                    if (F.Dec(amount) is not { } d)
                    {
                        return null;
                    }

                    total += d;
                }
            }
        }

        return F.Round2(total);
    }

    // Sum of BT-92 (allowance) or BT-99 (charge) with VAT category code (and rate), rounded to 2 decimals; the first
    // ActualAmount of each (the rules write ram:ActualAmount[1] or a cast that allows only one).
    private static decimal? AllowanceChargeSum(XElement e, bool charge, string code, decimal? rate)
    {
        var total = 0m;
        foreach (var ac in F.HeaderSettlements(e).Elements(N.SpecifiedTradeAllowanceCharge))
        {
            var taxes = ac.Elements(N.CategoryTradeTax);
            if (!F.IndicatorIsBoolean(ac, charge) || !F.AnyEquals(taxes.Elements(N.CategoryCode), code)
                || (rate is { } r && !taxes.Any(t => F.Dec(t.Element(N.RateApplicablePercent)) == r)))
            {
                continue;
            }

            var amount = ac.Element(N.ActualAmount);
            if (amount is null)
            {
                continue;
            }

            if (F.Dec(amount) is not { } d)
            {
                return null;
            }

            total += d;
        }

        return F.Round2(total);
    }

    // BR-x-08 (Z, E, AE, K, G): BT-116 within one unit of Σ lines + Σ charges - Σ allowances of the category.
    private static bool BasisWithinOne(XElement categoryCode, string code)
    {
        var expected = LineSum(categoryCode, code, null) + AllowanceChargeSum(categoryCode, true, code, null) - AllowanceChargeSum(categoryCode, false, code, null);
        if (expected is not { } x)
        {
            return false;
        }

        var target = (double)x;
        return F.AnyCompare(categoryCode.Parent!.Elements(N.BasisAmount), b => b - 1 <= target)
            && F.AnyCompare(categoryCode.Parent!.Elements(N.BasisAmount), b => b + 1 > target);
    }

    // BR-O-08: BT-116 = Σ lines + Σ charges - Σ allowances of category O.
    private static bool NotSubjectBasisMatches(XElement tax)
    {
        var expected = LineSum(tax, "O", null) + AllowanceChargeSum(tax, true, "O", null) - AllowanceChargeSum(tax, false, "O", null);
        return expected is { } x && F.AnyEqualsNumber(tax.Elements(N.BasisAmount), (double)x);
    }

    // BR-S-08, BR-AF-08, BR-AG-08: for every rate of ../ram:RateApplicablePercent, BT-116 = the sums for that rate.
    // For AF and AG the context is the breakdown itself, so ../ is the settlement, which has no rate: always true.
    private static bool BasisPerRateMatches(XElement context, string code)
    {
        var holder = context.Parent!;
        foreach (var rateNode in holder.Elements(N.RateApplicablePercent))
        {
            if (F.Dec(rateNode) is not { } rate)
            {
                return false;
            }

            var expected = LineSum(context, code, rate) + AllowanceChargeSum(context, true, code, rate) - AllowanceChargeSum(context, false, code, rate);
            if (expected is not { } x || !F.AnyEqualsNumber(holder.Elements(N.BasisAmount), (double)x))
            {
                return false;
            }
        }

        return true;
    }

    // BR-O-01 … (CEN form): at most/exactly one header breakdown for a category used on lines or allowances.
    private static bool CategoryHasOneHeaderBreakdown(XElement root, string code)
    {
        var header = CountHeaderTaxes(root, code);
        var lines = F.All(root, N.SpecifiedLineTradeSettlement, N.ApplicableTradeTax).Count(t => F.AnyEquals(t.Elements(N.CategoryCode), code));
        var allowances = F.All(root, N.CategoryTradeTax).Count(t => F.AnyEquals(t.Elements(N.CategoryCode), code));
        return (header == 0 && lines == 0 && allowances == 0) || (header == 1 && (lines > 0 || allowances > 0));
    }

    private static bool OutOfScopeHasOneHeaderBreakdown(XElement root)
    {
        var header = CountHeaderTaxes(root, "O");
        var lines = F.All(root, N.SpecifiedLineTradeSettlement, N.ApplicableTradeTax).Any(t => F.AnyEquals(t.Elements(N.CategoryCode), "O"));
        var allowances = F.All(root, N.CategoryTradeTax).Any(t => F.AnyEquals(t.Elements(N.CategoryCode), "O"));
        return header == 0 || (header == 1 && (lines || allowances));
    }

    private static bool CategoryNeedsHeaderBreakdownAtLeastTwo(XElement root, string code)
    {
        var header = CountHeaderTaxes(root, code);
        var lines = F.All(root, N.SpecifiedLineTradeSettlement, N.ApplicableTradeTax).Count(t => F.AnyEquals(t.Elements(N.CategoryCode), code));
        var allowances = F.All(root, N.CategoryTradeTax).Count(t => F.AnyEquals(t.Elements(N.CategoryCode), code));
        return (lines + header >= 2 || lines == 0) && (allowances + header >= 2 || allowances == 0);
    }

    private static int CountHeaderTaxes(XElement root, string code) =>
        F.All(root, N.ApplicableHeaderTradeSettlement, N.ApplicableTradeTax).Count(t => F.AnyEquals(t.Elements(N.CategoryCode), code));

    // BR-FXEXT-x-01: a header breakdown for a category used on detail lines, allowances/charges or logistics charges.
    private static bool ExtendedCategoryHasHeaderBreakdown(XElement root, string code)
    {
        var header = CountHeaderTaxes(root, code);
        var lines = F.All(root, N.SpecifiedLineTradeSettlement).Where(F.IsDetailLine).Elements(N.ApplicableTradeTax).Any(t => F.AnyEquals(t.Elements(N.CategoryCode), code));
        var allowances = F.All(root, N.CategoryTradeTax).Any(t => F.AnyEquals(t.Elements(N.CategoryCode), code));
        var logistics = F.All(root, N.AppliedTradeTax).Any(t => F.AnyEquals(t.Elements(N.CategoryCode), code));
        return (header == 0 && !lines && !allowances && !logistics) || (header >= 1 && (lines || allowances || logistics));
    }
}
