using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using F = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXFunctions;
using N = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXNames;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>Rules of the EXTENDED profile only (BR-FXEXT-*, CII-DT-097): line groups, VAT breakdown tolerances, dates.</summary>
internal static partial class FacturXRules
{
    // UNTDID 6313 measured attributes and the Factur-X characteristic names allowed as BT-X-11 type codes (BR-FXEXT-04).
    private static readonly HashSet<string> CharacteristicTypeCodes = Xp.CodeList(
        "A AAA AAB AAC AAD AAF AAG AAH AAI AAJ AAK AAM AAN AAO AAP AAQ AAR AAS AAT AAU AAV AAW AAX AAY AAZ ABA ABB ABC " +
        "ABD ABE ABF ABG ABH ABI ABJ ABK ABL ABM ABN ABO ABP ABS ABT ABX ABY ABZ ACA ACE ACG ACN ACP ACS ACV ACW ACX " +
        "ADR ADS ADT ADU ADV ADW ADX ADY ADZ AEA AEB AEC AED AEE AEF AEG AEH AEI AEJ AEK AEL AEM AEN AEO AEP AEQ AER " +
        "AES AET AEU AEV AEW AEX AEY AEZ AF AFA AFB AFC AFD AFE AFF AFG AFH AFI AFJ AFK AFL AFM AFN AFO AFP AFQ AFR " +
        "AFS AFT AFU AFV AFW AFX B BL BMY BMZ BNA BNB BNC BND BNE BNF BNG BNH BNI BNJ BNK BNL BNM BNN BNO BNP BNQ BNR " +
        "BNS BNT BNU BNV BNW BNX BNY BNZ BR BRA BRB BRC BRD BRE BRF BRG BRH BRI BRJ BRK BRL BRM BRN BRO BRP BRQ BRR " +
        "BRS BRT BRU BRV BS BSW BSX BSY BSZ BTA BTB BTC BTD BTE BTF BTG BTH BTI BTJ BTK BTL BTM BW CHN CHO CM CT CV CZ " +
        "D DI DL DN DP DR DS DW E EA F FI FL FN FV GG GW HF HM HT IB ID L LM LN LND M MO MW N OD PRS PTN RA RF RJ RMW " +
        "RP RUN RY SQ T TC TH TN TT VGM VH VW WA WD WM WU XH XQ XZ YS ZAL ZAS ZB ZBI ZC ZCA ZCB ZCE ZCL ZCO ZCR ZCU " +
        "ZFE ZFS ZGE ZH ZK ZMG ZMN ZMO ZN ZNA ZNB ZNI ZO ZP ZPB ZS ZSB ZSE ZSI ZSL ZSN ZTA ZTE ZTI ZV ZW ZWA ZZN ZZR " +
        "ZZZ BEST_BEFORE_DATE COLOR_TEXT COMMISSION DEPOSIT_SYSTEM DEPOSIT_TYPE ENERGY_CLASS EXPIRATION_DATE FEE " +
        "KIND_OF_ARTICLE MATERIAL METER_LOCATION METER_NUMBER ORGANIC_CONTROL_BODY PACKAGING_MATERIAL PACKAGING_TYPE " +
        "PROMOTIONAL_VARIANT SEAL_NUMBER SIZE_CODE SIZE_TEXT TRADING_UNIT WASTE_CODE WASTE_FRACTION WEEE_NUMBER");
    // XPath \s is space, tab, CR, LF; $ is the end of the string (\z here).
    private static readonly Regex Date102 = new(@"^[ \t\n\r]*(\d{4})(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])[ \t\n\r]*\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex DateTime205 = new(@"^[ \t\n\r]*(\d{4})(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])([01][0-9]|2[0-3])[0-5][0-9][ \t\n\r]*\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private enum BreakdownCheck
    {
        // Within tolerance of the sums per rate and exemption reason, or of the sums per rate only.
        Either,

        // Within tolerance of the sums per rate only ("ini").
        RateOnly,

        // Within tolerance of the sums per rate and exemption reason ("rev").
        RateAndReason,
    }

    private static void AddExtendedRules(List<FacturXContext> contexts)
    {
        foreach (var (code, name) in new[] { ("AE", "AE"), ("E", "E"), ("G", "G"), ("K", "IC"), ("L", "AF"), ("M", "AG"), ("O", "O") })
        {
            contexts.Add(VatBreakdownContext(code,
                A($"BR-FXEXT-{name}-08b", X, e => BreakdownWithinTolerance(e, code, BreakdownCheck.Either)),
                A($"BR-FXEXT-{name}-08ini", X, RuleFlag.Warning, e => BreakdownWithinTolerance(e, code, BreakdownCheck.RateOnly)),
                A($"BR-FXEXT-{name}-08rev", X, RuleFlag.Warning, e => BreakdownWithinTolerance(e, code, BreakdownCheck.RateAndReason))));
        }

        contexts.Add(C("//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode='S']", N.ApplicableTradeTax,
            static e => e.Parent?.Name == N.ApplicableHeaderTradeSettlement && F.AnyEquals(e.Elements(N.CategoryCode), "S"),
            A("BR-FXEXT-S-09b", X, static e => StandardVatWithinTolerance(e))));

        contexts.Add(VatBreakdownContext("S",
            A("BR-FXEXT-S08b", X, static e => BreakdownWithinTolerance(e, "S", BreakdownCheck.Either)),
            A("BR-FXEXT-S-08ini", X, RuleFlag.Warning, static e => BreakdownWithinTolerance(e, "S", BreakdownCheck.RateOnly)),
            A("BR-FXEXT-S-08rev", X, RuleFlag.Warning, static e => BreakdownWithinTolerance(e, "S", BreakdownCheck.RateAndReason))));
        contexts.Add(VatBreakdownContext("Z",
            A("BR-FXEXT-Z-08b", X, static e => BreakdownWithinTolerance(e, "Z", BreakdownCheck.Either)),
            A("BR-FXEXT-Z-08ini", X, RuleFlag.Warning, static e => BreakdownWithinTolerance(e, "Z", BreakdownCheck.RateOnly)),
            A("BR-FXEXT-Z-08rev", X, RuleFlag.Warning, static e => BreakdownWithinTolerance(e, "Z", BreakdownCheck.RateAndReason))));

        contexts.Add(C("//ram:ApplicableProductCharacteristic/ram:TypeCode", N.TypeCode,
            static e => e.Parent?.Name == N.ApplicableProductCharacteristic,
            A("BR-FXEXT-04", X, RuleFlag.Warning, static e =>
            {
                var value = Xp.Norm(e);
                return !value.Contains(' ', StringComparison.Ordinal) && CharacteristicTypeCodes.Contains(value);
            })));

        contexts.Add(C("//ram:AssociatedDocumentLineDocument/ram:IncludedNote[ram:SubjectCode]", N.IncludedNote,
            static e => e.Parent?.Name == N.AssociatedDocumentLineDocument && F.Has(e, N.SubjectCode),
            A("BR-FXEXT-02", X, static e => F.Has(e, N.ContentCode) || F.Has(e, N.Content))));

        contexts.Add(C("//ram:IncludedSupplyChainTradeLineItem[normalize-space(ram:AssociatedDocumentLineDocument/ram:ParentLineID) != '']", N.IncludedSupplyChainTradeLineItem,
            static e => Xp.Norm(Xp.First(e, N.AssociatedDocumentLineDocument, N.ParentLineId)).Length != 0,
            // The parent line (BT-X-304) exists.
            A("BR-FXEXT-11", X, static e =>
            {
                var parent = Xp.Norm(Xp.First(e, N.AssociatedDocumentLineDocument, N.ParentLineId));
                return F.All(e, N.IncludedSupplyChainTradeLineItem).Elements(N.AssociatedDocumentLineDocument).Elements(N.LineId).Any(id => Xp.Norm(id) == parent);
            })));

        contexts.Add(C("//ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument[not(ram:LineStatusReasonCode) or ram:LineStatusReasonCode = 'DETAIL']",
            N.AssociatedDocumentLineDocument,
            static e => e.Parent?.Name == N.IncludedSupplyChainTradeLineItem && (!F.Has(e, N.LineStatusReasonCode) || F.AnyEquals(e.Elements(N.LineStatusReasonCode), "DETAIL")),
            A("BR-FXEXT-BR-22", X, static e => F.Has(e.Parent, N.SpecifiedLineTradeDelivery, N.BilledQuantity)),
            A("BR-FXEXT-BR-23", X, static e => Xp.Path(e.Parent, N.SpecifiedLineTradeDelivery, N.BilledQuantity).Any(static q => q.Attribute(N.UnitCodeAttribute) is not null)),
            A("BR-FXEXT-BR-24", X, static e => F.Has(e.Parent, N.SpecifiedLineTradeSettlement, N.SpecifiedTradeSettlementLineMonetarySummation, N.LineTotalAmount)),
            A("BR-FXEXT-BR-26", X, static e => F.Has(e.Parent, N.SpecifiedLineTradeAgreement, N.NetPriceProductTradePrice, N.ChargeAmount)),
            A("BR-FXEXT-CO-04", X, static e =>
            {
                var taxes = Xp.Path(e.Parent, N.SpecifiedLineTradeSettlement, N.ApplicableTradeTax).ToList();
                return F.AnyEquals(taxes.Elements(N.TypeCode), "VAT") && taxes.Exists(static t => F.IsVat(t) && t.Element(N.CategoryCode) is not null);
            })));

        contexts.Add(C("//ram:IncludedSupplyChainTradeLineItem[GROUP line with a net amount]", N.IncludedSupplyChainTradeLineItem,
            static e => F.AnyEquals(Xp.Path(e, N.AssociatedDocumentLineDocument, N.LineStatusReasonCode), "GROUP")
                && F.Has(e, N.SpecifiedLineTradeSettlement, N.SpecifiedTradeSettlementLineMonetarySummation, N.LineTotalAmount),
            // Every GROUP sub-line of a group with an amount has an amount too.
            A("BR-FXEXT-12", X, static e =>
            {
                var lineId = Xp.First(e, N.AssociatedDocumentLineDocument, N.LineId);
                if (lineId is null)
                {
                    return false;
                }

                var groups = F.Lines(e).Where(l => F.AnyEquals(Xp.Path(l, N.AssociatedDocumentLineDocument, N.ParentLineId), lineId.Value)
                    && F.AnyEquals(Xp.Path(l, N.AssociatedDocumentLineDocument, N.LineStatusReasonCode), "GROUP")).ToList();
                var withAmount = groups.Sum(static l => F.Count(Xp.Path(l, N.SpecifiedLineTradeSettlement, N.SpecifiedTradeSettlementLineMonetarySummation, N.LineTotalAmount)));
                return groups.Count == withAmount;
            })));

        contexts.Add(C("//ram:SpecifiedTaxRegistration/ram:ID[not(ancestor::ram:SellerTradeParty)]", N.Id,
            static e => e.Parent?.Name == N.SpecifiedTaxRegistration && !e.Ancestors(N.SellerTradeParty).Any(),
            A("BR-FXEXT-03", X, static e => e.Attribute(N.SchemeIdAttribute)?.Value == "VA")));

        contexts.Add(C("//udt:DateTimeString[@format = '102']", N.DateTimeString,
            static e => e.Attribute(N.FormatAttribute)?.Value == "102",
            A("CII-DT-097", X, static e => Date102.IsMatch(e.Value))));

        contexts.Add(C("//udt:DateTimeString[@format = '205']", N.DateTimeString,
            static e => e.Attribute(N.FormatAttribute)?.Value == "205",
            A("BR-FXEXT-CII-DT-097a", X, static e => DateTime205.IsMatch(e.Value))));

        contexts.Add(C("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode]", N.IncludedNote,
            static e => Xp.HasPath(e, N.CrossIndustryInvoice, N.ExchangedDocument, N.IncludedNote) && e.Parent!.Parent!.Parent is null && F.Has(e, N.SubjectCode),
            A("BR-FXEXT-01", X, static e => F.Has(e, N.ContentCode) || F.Has(e, N.Content))));
    }

    // //ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=code][upper-case(ram:TypeCode) = 'VAT']
    private static FacturXContext VatBreakdownContext(string code, params FacturXAssertion[] assertions) =>
        C($"//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode='{code}'][upper-case(ram:TypeCode) = 'VAT']", N.ApplicableTradeTax,
            e => e.Parent?.Name == N.ApplicableHeaderTradeSettlement && F.AnyEquals(e.Elements(N.CategoryCode), code) && IsVatFirstCode(e),
            assertions);

    // upper-case(ram:TypeCode) = 'VAT' on the (single) type code.
    private static bool IsVatFirstCode(XElement tax) => tax.Element(N.TypeCode) is { } code && F.Upper(code.Value) == "VAT";

    /// <summary>The VAT details a breakdown (BG-23) is matched on: its rate (none for category O) and exemption reason.</summary>
    private readonly record struct BreakdownKey(string Code, decimal? Rate, bool UseRate, string ReasonCode, string ReasonText)
    {
        public bool Matches(XElement? tax, bool withReason)
        {
            if (tax is null || !F.AnyEquals(tax.Elements(N.CategoryCode), Code))
            {
                return false;
            }

            if (UseRate && F.Dec(tax.Element(N.RateApplicablePercent)) != Rate)
            {
                return false;
            }

            return !withReason
                || (Xp.Norm(tax.Element(N.ExemptionReasonCode)) == ReasonCode && Xp.Norm(tax.Element(N.ExemptionReason)) == ReasonText);
        }
    }

    /// <summary>The sums and counts of the lines, allowances/charges and logistics charges that share a breakdown's VAT details.</summary>
    private readonly record struct BreakdownSums(decimal Lines, decimal Allowances, decimal Charges, decimal Logistics, int Count);

    private static BreakdownSums SumsFor(XElement e, BreakdownKey key, bool withReason)
    {
        decimal lines = 0m, allowances = 0m, charges = 0m, logistics = 0m;
        var count = 0;
        foreach (var line in F.Lines(e))
        {
            if (!F.IsDetailLine(line))
            {
                continue;
            }

            var counted = false;
            foreach (var settlement in line.Elements(N.SpecifiedLineTradeSettlement))
            {
                if (!key.Matches(settlement.Element(N.ApplicableTradeTax), withReason))
                {
                    continue;
                }

                counted = true;
                lines += F.SumDec(settlement.Elements(N.SpecifiedTradeSettlementLineMonetarySummation).Elements(N.LineTotalAmount)) ?? 0m;
            }

            if (counted)
            {
                count++;
            }
        }

        foreach (var ac in F.HeaderSettlements(e).Elements(N.SpecifiedTradeAllowanceCharge))
        {
            if (!key.Matches(ac.Element(N.CategoryTradeTax), withReason))
            {
                continue;
            }

            count++;
            var amount = F.Dec(ac.Element(N.ActualAmount)) ?? 0m;
            if (F.IndicatorIsBoolean(ac, false))
            {
                allowances += amount;
            }
            else if (F.IndicatorIsBoolean(ac, true))
            {
                charges += amount;
            }
        }

        foreach (var service in F.HeaderSettlements(e).Elements(N.SpecifiedLogisticsServiceCharge))
        {
            if (key.Matches(service.Element(N.AppliedTradeTax), withReason))
            {
                count++;
                logistics += F.Dec(service.Element(N.AppliedAmount)) ?? 0m;
            }
        }

        return new BreakdownSums(F.Round2(lines), F.Round2(allowances), F.Round2(charges), F.Round2(logistics), count);
    }

    private static BreakdownKey? KeyOf(XElement tax, string code)
    {
        var useRate = code != "O";
        var rate = F.Dec(tax.Element(N.RateApplicablePercent));
        if (useRate && rate is null)
        {
            // for $rate in xs:decimal(()) yields nothing: the assertion fails.
            return null;
        }

        return new BreakdownKey(code, rate, useRate, Xp.Norm(tax.Element(N.ExemptionReasonCode)), Xp.Norm(tax.Element(N.ExemptionReason)));
    }

    private static bool WithinTolerance(decimal basis, BreakdownSums sums) =>
        Math.Abs(basis - sums.Lines + sums.Allowances - sums.Charges - sums.Logistics) <= 0.01m * sums.Count;

    // BR-FXEXT-x-08b/ini/rev: BT-116 = Σ BT-131 - Σ BT-92 + Σ BT-99 (+ logistics) of the same VAT details, within 0.01 per item.
    private static bool BreakdownWithinTolerance(XElement tax, string code, BreakdownCheck check)
    {
        if (KeyOf(tax, code) is not { } key || F.Dec(tax.Element(N.BasisAmount)) is not { } basis)
        {
            return false;
        }

        return check switch
        {
            BreakdownCheck.RateOnly => WithinTolerance(basis, SumsFor(tax, key, withReason: false)),
            BreakdownCheck.RateAndReason => WithinTolerance(basis, SumsFor(tax, key, withReason: true)),
            _ => WithinTolerance(basis, SumsFor(tax, key, withReason: true)) || WithinTolerance(basis, SumsFor(tax, key, withReason: false)),
        };
    }

    // BR-FXEXT-S-09b: BT-117 = BT-116 × BT-119 / 100 within 0.01 per item of the breakdown.
    private static bool StandardVatWithinTolerance(XElement tax)
    {
        if (KeyOf(tax, "S") is not { } key || F.Dec(tax.Element(N.BasisAmount)) is not { } basis || F.Dec(tax.Element(N.CalculatedAmount)) is not { } vat)
        {
            return false;
        }

        var expected = Xp.Round(basis * key.Rate!.Value / 100 * 100) / 100;
        var difference = Math.Abs(vat - expected);
        return difference <= 0.01m * SumsFor(tax, key, withReason: true).Count || difference <= 0.01m * SumsFor(tax, key, withReason: false).Count;
    }
}
