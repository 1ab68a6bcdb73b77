using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.En16931.CiiModelFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The EN16931-CII-Model pattern (CEN validation artefacts 1.3.16), rule by rule in the Schematron's order: each
/// element is checked by the first rule whose context matches it. Where the Schematron's XPath reads something
/// surprising (a path relative to the wrong element, a string comparison) the C# does the same on purpose.
/// </summary>
public sealed partial class En16931Cii
{
    static partial void AddModelTexts(Dictionary<string, RuleText> texts) => CiiModelTexts.AddModel(texts);

    static partial void DefineModel(PatternBuilder pattern)
    {
        pattern.Rule("//ram:DesignatedProductClassification", CiiN.DesignatedProductClassification, static (e, r) =>
        {
            // BR-65 Item classification identifier (BT-158) scheme
            r.Assert("BR-65", Fatal, NotBlank(FirstAttribute(e.Elements(CiiN.ClassCode), CiiN.ListIdAttr)) || e.Element(CiiN.ClassCode) is null);
        });

        pattern.Rule("//ram:AdditionalReferencedDocument", CiiN.AdditionalReferencedDocument, static (e, r) =>
            r.Assert("BR-52", Fatal, NotBlank(e.Element(CiiN.IssuerAssignedID))));

        pattern.Rule("//ram:ApplicableTradeSettlementFinancialCard", CiiN.ApplicableTradeSettlementFinancialCard, static (e, r) =>
            r.Assert("BR-51", Fatal, Xp.StringLength(Xp.Norm(e.Element(CiiN.ID))) <= 10));

        pattern.Rule(
            "//ram:SpecifiedTradeSettlementPaymentMeans[ram:TypeCode='30' or ram:TypeCode='58']/ram:PayeePartyCreditorFinancialAccount",
            CiiN.PayeePartyCreditorFinancialAccount,
            static e => e.Parent is { } p && p.Name == CiiN.SpecifiedTradeSettlementPaymentMeans
                && (ChildEquals(p, CiiN.TypeCode, "30") || ChildEquals(p, CiiN.TypeCode, "58")),
            static (e, r) =>
            {
                r.Assert("BR-50", Fatal, NotBlank(e.Element(CiiN.IBANID)) || NotBlank(e.Element(CiiN.ProprietaryID)));
                r.Assert("BR-61", Fatal, e.Element(CiiN.IBANID) is not null || e.Element(CiiN.ProprietaryID) is not null);
            });

        pattern.Rule(
            "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery",
            CiiN.ApplicableHeaderTradeDelivery,
            static e => Xp.HasPath(e, CiiN.CrossIndustryInvoice, CiiN.SupplyChainTradeTransaction, CiiN.ApplicableHeaderTradeDelivery) && e.Parent!.Parent!.Parent is null,
            static (e, r) =>
            {
                // BR-57 Deliver to country code (BT-80)
                var address = C(e, CiiN.ShipToTradeParty, CiiN.PostalTradeAddress);
                r.Assert("BR-57", Fatal, address is null || NotBlank(C(e, CiiN.ShipToTradeParty, CiiN.PostalTradeAddress, CiiN.CountryID)));
            });

        pattern.Rule(
            "//ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator='false']",
            CiiN.ChargeIndicator,
            static e => Xp.HasPath(e, CiiN.ApplicableHeaderTradeSettlement, CiiN.SpecifiedTradeAllowanceCharge, CiiN.ChargeIndicator) && ChildEquals(e, CiiN.Indicator, "false"),
            static (e, r) =>
            {
                // BG-20 Document level allowance
                var ac = e.Parent!;
                r.Assert("BR-31", Fatal, ac.Element(CiiN.ActualAmount) is not null);
                r.Assert("BR-32", Fatal, HasVatCategoryCode(ac, CiiN.CategoryTradeTax));
                var reason = ac.Element(CiiN.Reason) is not null || ac.Element(CiiN.ReasonCode) is not null;
                r.Assert("BR-33", Fatal, reason);
                r.Assert("BR-CO-05", Fatal, true); // reason code and text agree: not machine-checkable, always holds
                r.Assert("BR-CO-21", Fatal, reason);
                r.Assert("BR-DEC-01", Fatal, AtMostTwoDecimals(ac.Element(CiiN.ActualAmount)));
                r.Assert("BR-DEC-02", Fatal, AtMostTwoDecimals(ac.Element(CiiN.BasisAmount)));
            });

        pattern.Rule(
            "//ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator='true']",
            CiiN.ChargeIndicator,
            static e => Xp.HasPath(e, CiiN.ApplicableHeaderTradeSettlement, CiiN.SpecifiedTradeAllowanceCharge, CiiN.ChargeIndicator) && ChildEquals(e, CiiN.Indicator, "true"),
            static (e, r) =>
            {
                // BG-21 Document level charge
                var ac = e.Parent!;
                r.Assert("BR-36", Fatal, ac.Element(CiiN.ActualAmount) is not null);
                r.Assert("BR-37", Fatal, HasVatCategoryCode(ac, CiiN.CategoryTradeTax));
                var reason = ac.Element(CiiN.Reason) is not null || ac.Element(CiiN.ReasonCode) is not null;
                r.Assert("BR-38", Fatal, reason);
                r.Assert("BR-CO-06", Fatal, true);
                r.Assert("BR-CO-22", Fatal, reason);
                r.Assert("BR-DEC-05", Fatal, AtMostTwoDecimals(ac.Element(CiiN.ActualAmount)));
                r.Assert("BR-DEC-06", Fatal, AtMostTwoDecimals(ac.Element(CiiN.BasisAmount)));
            });

        pattern.Rule("//ram:SpecifiedTradeSettlementHeaderMonetarySummation", CiiN.SpecifiedTradeSettlementHeaderMonetarySummation, CheckHeaderSummation);

        pattern.Rule("/rsm:CrossIndustryInvoice", CiiN.CrossIndustryInvoice, static e => e.Parent is null, CheckInvoice);

        pattern.Rule("//ram:IncludedSupplyChainTradeLineItem", CiiN.IncludedSupplyChainTradeLineItem, CheckLine);

        pattern.Rule(
            "//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'false']",
            CiiN.ChargeIndicator,
            static e => Xp.HasPath(e, CiiN.SpecifiedLineTradeSettlement, CiiN.SpecifiedTradeAllowanceCharge, CiiN.ChargeIndicator) && ChildEquals(e, CiiN.Indicator, "false"),
            static (e, r) =>
            {
                // BG-27 Invoice line allowance
                var ac = e.Parent!;
                r.Assert("BR-41", Fatal, ac.Element(CiiN.ActualAmount) is not null);
                var reason = ac.Element(CiiN.Reason) is not null || ac.Element(CiiN.ReasonCode) is not null;
                r.Assert("BR-42", Fatal, reason);
                r.Assert("BR-CO-07", Fatal, true);
                r.Assert("BR-CO-23", Fatal, reason);
                r.Assert("BR-DEC-24", Fatal, AtMostTwoDecimals(ac.Element(CiiN.ActualAmount)));
                r.Assert("BR-DEC-25", Fatal, AtMostTwoDecimals(ac.Element(CiiN.BasisAmount)));
            });

        pattern.Rule(
            "//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'true']",
            CiiN.ChargeIndicator,
            static e => Xp.HasPath(e, CiiN.SpecifiedLineTradeSettlement, CiiN.SpecifiedTradeAllowanceCharge, CiiN.ChargeIndicator) && ChildEquals(e, CiiN.Indicator, "true"),
            static (e, r) =>
            {
                // BG-28 Invoice line charge
                var ac = e.Parent!;
                r.Assert("BR-43", Fatal, ac.Element(CiiN.ActualAmount) is not null);
                var reason = ac.Element(CiiN.Reason) is not null || ac.Element(CiiN.ReasonCode) is not null;
                r.Assert("BR-44", Fatal, reason);
                r.Assert("BR-CO-08", Fatal, true);
                r.Assert("BR-CO-24", Fatal, reason);
                r.Assert("BR-DEC-27", Fatal, AtMostTwoDecimals(ac.Element(CiiN.ActualAmount)));
                r.Assert("BR-DEC-28", Fatal, AtMostTwoDecimals(ac.Element(CiiN.BasisAmount)));
            });

        pattern.Rule(
            "//ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod",
            CiiN.BillingSpecifiedPeriod,
            static e => e.Parent?.Name == CiiN.SpecifiedLineTradeSettlement,
            static (e, r) =>
            {
                // BG-26 Invoice line period
                r.Assert("BR-30", Fatal, PeriodInOrder(e));
                r.Assert("BR-CO-20", Fatal, e.Element(CiiN.StartDateTime) is not null || e.Element(CiiN.EndDateTime) is not null);
            });

        pattern.Rule(
            "//ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod",
            CiiN.BillingSpecifiedPeriod,
            static e => e.Parent?.Name == CiiN.ApplicableHeaderTradeSettlement,
            static (e, r) =>
            {
                // BG-14 Invoicing period
                r.Assert("BR-29", Fatal, PeriodInOrder(e));
                r.Assert("BR-CO-19", Fatal, e.Element(CiiN.StartDateTime) is not null || e.Element(CiiN.EndDateTime) is not null);
            });

        pattern.Rule("//ram:ApplicableProductCharacteristic", CiiN.ApplicableProductCharacteristic, static (e, r) =>
            r.Assert("BR-54", Fatal, e.Element(CiiN.Description) is not null && e.Element(CiiN.Value) is not null));

        pattern.Rule("//ram:PayeeTradeParty", CiiN.PayeeTradeParty, static (e, r) =>
        {
            // BR-17: the payee (BG-10) has a name and differs from the seller (string comparisons, as written).
            var sellers = e.Parent?.Parent?.Elements(CiiN.ApplicableHeaderTradeAgreement).Elements(CiiN.SellerTradeParty) ?? [];
            var sameName = AnyPairEquals(e.Elements(CiiN.Name), sellers.Elements(CiiN.Name));
            var sameId = AnyPairEquals(e.Elements(CiiN.ID), sellers.Elements(CiiN.ID));
            var sameLegal = AnyPairEquals(
                e.Elements(CiiN.SpecifiedLegalOrganization).Elements(CiiN.ID),
                sellers.Elements(CiiN.SpecifiedLegalOrganization).Elements(CiiN.ID));
            r.Assert("BR-17", Fatal, e.Element(CiiN.Name) is not null && !sameName && !sameId && !sameLegal);
        });

        pattern.Rule("//ram:SpecifiedTradeSettlementPaymentMeans", CiiN.SpecifiedTradeSettlementPaymentMeans, static (e, r) =>
            r.Assert("BR-49", Fatal, e.Element(CiiN.TypeCode) is not null));

        pattern.Rule(
            "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument",
            CiiN.InvoiceReferencedDocument,
            static e => Xp.HasPath(e, CiiN.CrossIndustryInvoice, CiiN.SupplyChainTradeTransaction, CiiN.ApplicableHeaderTradeSettlement, CiiN.InvoiceReferencedDocument)
                && e.Parent!.Parent!.Parent!.Parent is null,
            static (e, r) => r.Assert("BR-55", Fatal, NotBlank(e.Element(CiiN.IssuerAssignedID))));

        pattern.Rule("//ram:SellerTradeParty", CiiN.SellerTradeParty, static (e, r) =>
        {
            // BR-CO-26 Seller identifier (BT-29), legal registration (BT-30) or VAT identifier (BT-31)
            var vat = false;
            foreach (var id in e.Elements(CiiN.SpecifiedTaxRegistration).Elements(CiiN.ID))
            {
                vat |= id.Attribute(CiiN.SchemeIdAttr)?.Value == "VA";
            }

            r.Assert("BR-CO-26", Fatal, e.Element(CiiN.ID) is not null || e.Element(CiiN.GlobalID) is not null
                || Has(e, CiiN.SpecifiedLegalOrganization, CiiN.ID) || vat);
        });

        pattern.Rule("//ram:SellerTaxRepresentativeTradeParty", CiiN.SellerTaxRepresentativeTradeParty, static (e, r) =>
        {
            // BG-11 Seller tax representative party
            r.Assert("BR-18", Fatal, NotBlank(e.Element(CiiN.Name)));
            r.Assert("BR-19", Fatal, e.Element(CiiN.PostalTradeAddress) is not null);
            r.Assert("BR-20", Fatal, NotBlank(C(e, CiiN.PostalTradeAddress, CiiN.CountryID)));
            XElement? vat = null;
            foreach (var id in e.Elements(CiiN.SpecifiedTaxRegistration).Elements(CiiN.ID))
            {
                if (id.Attribute(CiiN.SchemeIdAttr)?.Value == "VA")
                {
                    vat = id;
                    break;
                }
            }

            r.Assert("BR-56", Fatal, NotBlank(vat));
        });

        pattern.Rule(
            "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode]",
            CiiN.TaxTotalAmount,
            static e => e.Parent?.Name == CiiN.SpecifiedTradeSettlementHeaderMonetarySummation
                && AttrEqualsAny(e.Attribute(CiiN.CurrencyIdAttr), AbsHeaderSettlements(e).Elements(CiiN.InvoiceCurrencyCode)),
            static (e, r) =>
            {
                // BR-CO-14 Invoice total VAT amount (BT-110) = Σ VAT category tax amounts (BT-117), in xs:double
                var expected = RoundedSumDouble(AbsHeaderSettlements(e).Elements(CiiN.ApplicableTradeTax).Elements(CiiN.CalculatedAmount));
                r.Assert("BR-CO-14", Fatal, Xp.TryDouble(e.Value, out var v) && UntypedCompare(v, CompareOp.Eq, expected));
            });

        pattern.Rule(
            "//ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']",
            CiiN.ID,
            static e => e.Parent?.Name == CiiN.SpecifiedTaxRegistration && e.Attribute(CiiN.SchemeIdAttr)?.Value == "VA",
            static (e, r) => r.Assert("BR-CO-09", Fatal, CodeListsCii.VatPrefixOk(e.Value)));

        DefineVatCategoryRules(pattern);

        pattern.Rule(
            "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax",
            CiiN.ApplicableTradeTax,
            static e => e.Parent?.Name == CiiN.ApplicableHeaderTradeSettlement,
            CheckVatBreakdown);
    }

    // ram:X[upper-case(ram:TypeCode) = 'VAT']/ram:CategoryCode on the children X of an element.
    private static bool HasVatCategoryCode(XElement owner, XName taxName)
    {
        foreach (var tax in owner.Elements(taxName))
        {
            if (IsVat(tax) && tax.Element(CiiN.CategoryCode) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // (ram:EndDateTime/udt:DateTimeString[@format = '102']) >= (ram:StartDateTime/udt:DateTimeString[@format = '102'])
    // or not(ram:EndDateTime) or not(ram:StartDateTime): untyped against untyped compares as strings.
    private static bool PeriodInOrder(XElement period)
    {
        if (period.Element(CiiN.EndDateTime) is null || period.Element(CiiN.StartDateTime) is null)
        {
            return true;
        }

        foreach (var end in Format102(period.Elements(CiiN.EndDateTime)))
        {
            foreach (var start in Format102(period.Elements(CiiN.StartDateTime)))
            {
                if (string.CompareOrdinal(end.Value, start.Value) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<XElement> Format102(IEnumerable<XElement> dateTimes)
    {
        foreach (var dt in dateTimes)
        {
            foreach (var s in dt.Elements(CiiN.DateTimeString))
            {
                if (s.Attribute(CiiN.FormatAttr)?.Value == "102")
                {
                    yield return s;
                }
            }
        }
    }

    // The rule on ram:SpecifiedTradeSettlementHeaderMonetarySummation (BG-22 Document totals).
    private static void CheckHeaderSummation(XElement e, RuleScope r)
    {
        var lineTotal = e.Element(CiiN.LineTotalAmount);
        var allowanceTotal = e.Element(CiiN.AllowanceTotalAmount);
        var chargeTotal = e.Element(CiiN.ChargeTotalAmount);
        var taxBasis = e.Element(CiiN.TaxBasisTotalAmount);
        var grandTotal = e.Element(CiiN.GrandTotalAmount);
        var prepaid = e.Element(CiiN.TotalPrepaidAmount);
        var rounding = e.Element(CiiN.RoundingAmount);
        var duePayable = e.Element(CiiN.DuePayableAmount);

        r.Assert("BR-12", Fatal, lineTotal is not null);
        r.Assert("BR-13", Fatal, taxBasis is not null);
        r.Assert("BR-14", Fatal, grandTotal is not null);
        r.Assert("BR-15", Fatal, duePayable is not null);

        // BR-53 VAT accounting currency (BT-6) → total VAT in accounting currency (BT-111)
        var headers = AbsHeaderSettlements(e);
        var taxCurrencies = headers.Elements(CiiN.TaxCurrencyCode);
        var hasTaxCurrency = taxCurrencies.Any();
        r.Assert("BR-53", Fatal, !hasTaxCurrency
            || (AnyAttrEqualsAny(e.Elements(CiiN.TaxTotalAmount), CiiN.CurrencyIdAttr, taxCurrencies)
                && !AnyPairEquals(taxCurrencies, headers.Elements(CiiN.InvoiceCurrencyCode))));

        // BR-CO-10 Sum of line net amounts (BT-106) = Σ BT-131: the sum is xs:double, cast exactly to decimal.
        var lineAmounts = e.Parent?.Parent?.Elements(CiiN.IncludedSupplyChainTradeLineItem).Elements(CiiN.SpecifiedLineTradeSettlement)
            .Elements(CiiN.SpecifiedTradeSettlementLineMonetarySummation).Elements(CiiN.LineTotalAmount) ?? [];
        var co10 = false;
        if (Dec(lineTotal) is { } lt && TrySumDouble(lineAmounts, out var lineSum) && ExactDecimal(lineSum) is { } lineSumDec)
        {
            co10 = lt == RoundM(lineSumDec * 100m) / 100m;
        }

        r.Assert("BR-CO-10", Fatal, co10);

        // BR-CO-11 / BR-CO-12 Sum of allowances (BT-107) / charges (BT-108) on document level, in xs:double
        var allowances = new List<XElement>();
        var charges = new List<XElement>();
        var anyAllowance = false;
        var anyCharge = false;
        foreach (var ac in headers.Elements(CiiN.SpecifiedTradeAllowanceCharge))
        {
            if (IndicatorIs(ac, false))
            {
                anyAllowance = true;
                if (ac.Element(CiiN.ActualAmount) is { } a)
                {
                    allowances.Add(a);
                }
            }

            if (IndicatorIs(ac, true))
            {
                anyCharge = true;
                if (ac.Element(CiiN.ActualAmount) is { } a)
                {
                    charges.Add(a);
                }
            }
        }

        var allowanceSum = RoundedSumDouble(allowances);
        r.Assert("BR-CO-11", Fatal, (!anyAllowance && allowanceTotal is null)
            || AnyUntyped(e.Elements(CiiN.AllowanceTotalAmount), CompareOp.Eq, allowanceSum));
        var chargeSum = RoundedSumDouble(charges);
        r.Assert("BR-CO-12", Fatal, (!anyCharge && chargeTotal is null)
            || AnyUntyped(e.Elements(CiiN.ChargeTotalAmount), CompareOp.Eq, chargeSum));

        // BR-CO-13 Total without VAT (BT-109) = BT-106 - BT-107 + BT-108, in decimal
        var tb = Dec(taxBasis);
        var lt1 = Dec(lineTotal);
        var at = Dec(allowanceTotal);
        var ct = Dec(chargeTotal);
        var co13 = (tb is not null && lt1 is not null && at is not null && ct is not null && tb == RoundM((lt1.Value - at.Value + ct.Value) * 10 * 10) / 100)
            || (tb is not null && lt1 is not null && at is not null && tb == RoundM((lt1.Value - at.Value) * 10 * 10) / 100 && chargeTotal is null)
            || (tb is not null && lt1 is not null && ct is not null && tb == RoundM((lt1.Value + ct.Value) * 10 * 10) / 100 && allowanceTotal is null)
            || (tb is not null && lt1 is not null && tb == RoundM(lt1.Value * 10 * 10) / 100 && chargeTotal is null && allowanceTotal is null);
        r.Assert("BR-CO-13", Fatal, co13);

        // BR-CO-16 Amount due (BT-115) = BT-112 - BT-113 + BT-114, in decimal
        var dp = Dec(duePayable);
        var gt = Dec(grandTotal);
        var tp = Dec(prepaid);
        var ra = Dec(rounding);
        var co16 = (dp is not null && gt is not null && tp is not null && ra is not null && dp == gt - tp + ra)
            || (dp is not null && gt is not null && ra is not null && dp == gt + ra && prepaid is null)
            || (dp is not null && gt is not null && tp is not null && dp == gt - tp && rounding is null)
            || (dp is not null && gt is not null && dp == gt && prepaid is null && rounding is null);
        r.Assert("BR-CO-16", Fatal, co16);

        r.Assert("BR-DEC-09", Fatal, AtMostTwoDecimals(lineTotal));
        r.Assert("BR-DEC-10", Fatal, AtMostTwoDecimals(allowanceTotal));
        r.Assert("BR-DEC-11", Fatal, AtMostTwoDecimals(chargeTotal));
        r.Assert("BR-DEC-12", Fatal, AtMostTwoDecimals(taxBasis));
        r.Assert("BR-DEC-14", Fatal, AtMostTwoDecimals(grandTotal));

        // BR-DEC-13 / BR-DEC-15 total VAT (BT-110 / BT-111) has at most two decimals: . = round(. * 100) div 100 in xs:double
        var invoiceCurrencies = headers.Elements(CiiN.InvoiceCurrencyCode);
        var dec13 = e.Element(CiiN.TaxTotalAmount) is null;
        var dec15 = dec13;
        foreach (var tax in e.Elements(CiiN.TaxTotalAmount))
        {
            var currency = tax.Attribute(CiiN.CurrencyIdAttr);
            var twoDecimals = Xp.TryDouble(tax.Value, out var v) && UntypedCompare(v, CompareOp.Eq, RoundD(v * 100) / 100);
            var inInvoiceCurrency = AttrEqualsAny(currency, invoiceCurrencies);
            dec13 |= (inInvoiceCurrency && twoDecimals) || !inInvoiceCurrency;
            dec15 |= (AttrEqualsAny(currency, taxCurrencies) && twoDecimals) || !hasTaxCurrency;
        }

        r.Assert("BR-DEC-13", Fatal, dec13);
        r.Assert("BR-DEC-15", Fatal, dec15);
        r.Assert("BR-DEC-16", Fatal, AtMostTwoDecimals(prepaid));
        r.Assert("BR-DEC-17", Fatal, AtMostTwoDecimals(rounding));
        r.Assert("BR-DEC-18", Fatal, AtMostTwoDecimals(duePayable));
    }

    // The rule on the document element /rsm:CrossIndustryInvoice.
    private static void CheckInvoice(XElement e, RuleScope r)
    {
        var facts = Refresh(e);
        var transaction = e.Element(CiiN.SupplyChainTradeTransaction);
        var agreement = transaction?.Element(CiiN.ApplicableHeaderTradeAgreement);
        var settlement = transaction?.Element(CiiN.ApplicableHeaderTradeSettlement);
        var seller = agreement?.Element(CiiN.SellerTradeParty);
        var buyer = agreement?.Element(CiiN.BuyerTradeParty);
        var document = e.Element(CiiN.ExchangedDocument);

        r.Assert("BR-01", Fatal, NotBlank(C(e, CiiN.ExchangedDocumentContext, CiiN.GuidelineSpecifiedDocumentContextParameter, CiiN.ID)));
        r.Assert("BR-02", Fatal, NotBlank(document?.Element(CiiN.ID)));
        r.Assert("BR-03", Fatal, NotBlank(IssueDate102(e)));
        r.Assert("BR-04", Fatal, NotBlank(document?.Element(CiiN.TypeCode)));
        r.Assert("BR-05", Fatal, NotBlank(settlement?.Element(CiiN.InvoiceCurrencyCode)));
        r.Assert("BR-06", Fatal, NotBlank(seller?.Element(CiiN.Name)));
        r.Assert("BR-07", Fatal, NotBlank(buyer?.Element(CiiN.Name)));
        r.Assert("BR-08", Fatal, seller?.Element(CiiN.PostalTradeAddress) is not null);
        r.Assert("BR-09", Fatal, NotBlank(C(seller, CiiN.PostalTradeAddress, CiiN.CountryID)));
        r.Assert("BR-10", Fatal, buyer?.Element(CiiN.PostalTradeAddress) is not null);
        r.Assert("BR-11", Fatal, NotBlank(C(buyer, CiiN.PostalTradeAddress, CiiN.CountryID)));
        r.Assert("BR-16", Fatal, facts.AnyLine);
        r.Assert("BR-62", Fatal, ElectronicAddressHasScheme(seller));
        r.Assert("BR-63", Fatal, ElectronicAddressHasScheme(buyer));
        r.Assert("BR-CO-15", Fatal, GrandTotalHolds(e));

        // BR-S-01: at least one "S" breakdown (counted together with the lines, then with the allowances/charges).
        r.Assert("BR-S-01", Fatal, AtLeastOneBreakdown(facts, "S"));

        // BR-Z-01, BR-E-01, BR-AE-01, BR-IC-01, BR-G-01: exactly one breakdown of the category.
        foreach (var (id, category) in ExactlyOneBreakdown)
        {
            var h = facts.Header(category);
            var l = facts.Line(category);
            var c = facts.AllowanceCharge(category);
            r.Assert(id, Fatal, (h == 0 && l == 0 && c == 0) || (h == 1 && (l > 0 || c > 0)));
        }

        var o = facts.Header("O");
        r.Assert("BR-O-01", Fatal, o == 0 || (o == 1 && (facts.Line("O") > 0 || facts.AllowanceCharge("O") > 0)));
        r.Assert("BR-AF-01", Fatal, AtLeastOneBreakdown(facts, "L"));
        r.Assert("BR-AG-01", Fatal, AtLeastOneBreakdown(facts, "M"));

        // BR-B-01 / BR-B-02 Split payment
        r.Assert("BR-B-01", Fatal, (!facts.AnyCountryNotIt && facts.AnyCategoryB) || !facts.AnyCategoryB);
        r.Assert("BR-B-02", Fatal, (facts.AnyCategoryB && !facts.AnyCategoryS) || !facts.AnyCategoryB);
    }

    // (count(lines[c]) + count(breakdowns[c]) >= 2 or not(lines[c])) and (count(allowances/charges[c]) + count(breakdowns[c]) >= 2 or not(allowances/charges[c]))
    private static bool AtLeastOneBreakdown(CiiFacts facts, string category)
    {
        var h = facts.Header(category);
        var l = facts.Line(category);
        var c = facts.AllowanceCharge(category);
        return (l + h >= 2 || l == 0) && (c + h >= 2 || c == 0);
    }

    private static readonly (string Id, string Category)[] ExactlyOneBreakdown =
        [("BR-Z-01", "Z"), ("BR-E-01", "E"), ("BR-AE-01", "AE"), ("BR-IC-01", "K"), ("BR-G-01", "G")];

    // rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString[@format='102'] (the first one).
    private static XElement? IssueDate102(XElement root)
    {
        foreach (var s in root.Elements(CiiN.ExchangedDocument).Elements(CiiN.IssueDateTime).Elements(CiiN.DateTimeString))
        {
            if (s.Attribute(CiiN.FormatAttr)?.Value == "102")
            {
                return s;
            }
        }

        return null;
    }

    // BR-62 / BR-63: normalize-space(P/ram:URIUniversalCommunication[1]/ram:URIID/@schemeID) != '' or not(P/ram:URIUniversalCommunication)
    private static bool ElectronicAddressHasScheme(XElement? party)
    {
        var first = party?.Element(CiiN.URIUniversalCommunication);
        return first is null || NotBlank(FirstAttribute(first.Elements(CiiN.URIID), CiiN.SchemeIdAttr));
    }

    // BR-CO-15 Invoice total with VAT (BT-112) = total without VAT (BT-109) + total VAT (BT-110), for each invoice currency.
    private static bool GrandTotalHolds(XElement root)
    {
        var headers = root.Elements(CiiN.SupplyChainTradeTransaction).Elements(CiiN.ApplicableHeaderTradeSettlement);
        var summations = headers.Elements(CiiN.SpecifiedTradeSettlementHeaderMonetarySummation);
        var grand = Dec(summations.Elements(CiiN.GrandTotalAmount).FirstOrDefault());
        var basis = Dec(summations.Elements(CiiN.TaxBasisTotalAmount).FirstOrDefault());
        foreach (var currency in headers.Elements(CiiN.InvoiceCurrencyCode))
        {
            var count = 0;
            XElement? firstTax = null;
            foreach (var tax in summations.Elements(CiiN.TaxTotalAmount))
            {
                if (tax.Attribute(CiiN.CurrencyIdAttr) is { } c && string.Equals(c.Value, currency.Value, StringComparison.Ordinal))
                {
                    count++;
                    firstTax ??= tax;
                }
            }

            var vat = Dec(firstTax);
            var withTax = count == 1 && grand is not null && basis is not null && vat is not null
                && grand == RoundM((basis.Value + vat.Value) * 100) / 100;
            var noTax = grand is not null && basis is not null && grand == basis;
            if (!withTax && !noTax)
            {
                return false;
            }
        }

        return true;
    }

    // The rule on //ram:IncludedSupplyChainTradeLineItem (BG-25 Invoice line).
    private static void CheckLine(XElement e, RuleScope r)
    {
        var facts = Facts(e);
        var lineTotal = C(e, CiiN.SpecifiedLineTradeSettlement, CiiN.SpecifiedTradeSettlementLineMonetarySummation, CiiN.LineTotalAmount);

        r.Assert("BR-21", Fatal, NotBlank(C(e, CiiN.AssociatedDocumentLineDocument, CiiN.LineID)));
        r.Assert("BR-22", Fatal, C(e, CiiN.SpecifiedLineTradeDelivery, CiiN.BilledQuantity) is not null);
        r.Assert("BR-23", Fatal, BilledQuantityHasUnit(e));
        r.Assert("BR-24", Fatal, lineTotal is not null);
        r.Assert("BR-25", Fatal, NotBlank(C(e, CiiN.SpecifiedTradeProduct, CiiN.Name)));
        var netPrices = e.Elements(CiiN.SpecifiedLineTradeAgreement).Elements(CiiN.NetPriceProductTradePrice).Elements(CiiN.ChargeAmount);
        r.Assert("BR-26", Fatal, netPrices.Any());
        r.Assert("BR-27", Fatal, AnyUntyped(netPrices, CompareOp.Ge, 0d));
        var grossPrices = e.Elements(CiiN.SpecifiedLineTradeAgreement).Elements(CiiN.GrossPriceProductTradePrice).Elements(CiiN.ChargeAmount);
        r.Assert("BR-28", Fatal, AnyUntyped(grossPrices, CompareOp.Ge, 0d) || !grossPrices.Any());
        var globalIds = e.Elements(CiiN.SpecifiedTradeProduct).Elements(CiiN.GlobalID);
        r.Assert("BR-64", Fatal, NotBlank(FirstAttribute(globalIds, CiiN.SchemeIdAttr)) || !globalIds.Any());
        r.Assert("BR-CO-04", Fatal, e.Elements(CiiN.SpecifiedLineTradeSettlement).Any(s => HasVatCategoryCode(s, CiiN.ApplicableTradeTax)));
        r.Assert("BR-CO-18", Fatal, facts.AnyHeaderTaxInTransaction);
        r.Assert("BR-DEC-23", Fatal, AtMostTwoDecimals(lineTotal));
    }

    // ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode
    private static bool BilledQuantityHasUnit(XElement line)
    {
        foreach (var q in line.Elements(CiiN.SpecifiedLineTradeDelivery).Elements(CiiN.BilledQuantity))
        {
            if (q.Attribute(CiiN.UnitCodeAttr) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The last rule: //ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax (BG-23 VAT breakdown) — only for
    // breakdowns no VAT-category rule above took (the L, M and O rules have this same element as context).
    private static void CheckVatBreakdown(XElement e, RuleScope r)
    {
        var facts = Facts(e);
        var isVat = IsVat(e);
        var basis = e.Element(CiiN.BasisAmount);
        var calculated = e.Element(CiiN.CalculatedAmount);
        r.Assert("BR-45", Fatal, basis is not null);
        r.Assert("BR-46", Fatal, calculated is not null);
        r.Assert("BR-47", Fatal, isVat && e.Element(CiiN.CategoryCode) is not null);
        r.Assert("BR-48", Fatal, isVat && (e.Element(CiiN.RateApplicablePercent) is not null || ChildEquals(e, CiiN.CategoryCode, "O")));
        r.Assert("BR-CO-03", Fatal, !(facts.AnyTaxPointDate && facts.AnyDueDateTypeCode));
        r.Assert("BR-CO-17", Fatal, TaxAmountMatchesRate(e));
        r.Assert("BR-DEC-19", Fatal, AtMostTwoDecimals(basis));
        r.Assert("BR-DEC-20", Fatal, AtMostTwoDecimals(calculated));
    }

    // BR-CO-17 VAT category tax amount (BT-117) = taxable amount (BT-116) × rate (BT-119) / 100, ±1, in decimal.
    private static bool TaxAmountMatchesRate(XElement e)
    {
        // .[normalize-space(upper-case(ram:TypeCode)) = 'VAT']/xs:decimal(ram:RateApplicablePercent)
        decimal? rate = null;
        if (IsVatNormalized(e) && e.Element(CiiN.RateApplicablePercent) is { } rateElement)
        {
            if (!Xp.TryDecimal(rateElement.Value, out var rv))
            {
                return false;
            }

            rate = rv;
        }

        var ca = Dec(e.Element(CiiN.CalculatedAmount));
        var ba = Dec(e.Element(CiiN.BasisAmount));
        if (rate is { } rt)
        {
            if (RoundM(rt) == 0)
            {
                return ca is { } c0 && RoundM(c0) == 0;
            }

            if (ca is not { } c || ba is not { } b)
            {
                return false;
            }

            var expected = RoundM(Math.Abs(b) * (rt / 100) * 10 * 10) / 100;
            return Math.Abs(c) - 1 <= expected && Math.Abs(c) + 1 >= expected;
        }

        return ca is { } c1 && RoundM(c1) == 0;
    }

    // The VAT-category rules (BR-AE, BR-AF, BR-AG, BR-E, BR-G, BR-IC, BR-O, BR-S, BR-Z), in the Schematron's order.
    private static void DefineVatCategoryRules(PatternBuilder pattern)
    {
        // AE Reverse charge
        HeaderCategoryCode(pattern, "AE", scttAndVat: true, static (e, r) =>
        {
            var tax = e.Parent!;
            r.Assert("BR-AE-08", Fatal, BasisWithinOne(tax, CategoryBasis(e, "AE", castIndicator: false)));
            r.Assert("BR-AE-09", Fatal, AnyChildEqualsZero(tax, CiiN.CalculatedAmount));
            r.Assert("BR-AE-10", Fatal, HasExemptionReason(tax));
        });
        AllowanceCharge(pattern, "AE", charge: false, static (e, r) =>
        {
            r.Assert("BR-AE-03", Fatal, ReverseChargeParties(e));
            r.Assert("BR-AE-06", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "AE", charge: true, static (e, r) =>
        {
            r.Assert("BR-AE-04", Fatal, ReverseChargeParties(e));
            r.Assert("BR-AE-07", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        LineTax(pattern, "AE", static (e, r) =>
        {
            r.Assert("BR-AE-02", Fatal, ReverseChargeParties(e));
            r.Assert("BR-AE-05", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });

        // L IGIC (Canary Islands): the per-rate check reads ../ram:RateApplicablePercent from the breakdown's
        // parent, where there is none, so it holds (as the reference computes it).
        HeaderTax(pattern, "L", static (e, r) =>
        {
            r.Assert("BR-AF-08", Fatal, PerRateBasisHolds(e.Parent!, "L"));
            r.Assert("BR-AF-09", Fatal, true); // written as true() in the Schematron
            r.Assert("BR-AF-10", Fatal, !HasExemptionReason(e));
        });
        LineTax(pattern, "L", static (e, r) =>
        {
            r.Assert("BR-AF-02", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-AF-05", Fatal, AnyChildPositive(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "L", charge: false, static (e, r) =>
        {
            r.Assert("BR-AF-03", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-AF-06", Fatal, AnyChildPositive(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "L", charge: true, static (e, r) =>
        {
            r.Assert("BR-AF-04", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-AF-07", Fatal, AnyChildPositive(e, CiiN.RateApplicablePercent));
        });

        // M IPSI (Ceuta and Melilla), same reading of ../ as for IGIC.
        HeaderTax(pattern, "M", static (e, r) =>
        {
            r.Assert("BR-AG-08", Fatal, PerRateBasisHolds(e.Parent!, "M"));
            r.Assert("BR-AG-09", Fatal, true); // written as true() in the Schematron
            r.Assert("BR-AG-10", Fatal, !HasExemptionReason(e));
        });
        LineTax(pattern, "M", static (e, r) =>
        {
            r.Assert("BR-AG-02", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-AG-05", Fatal, AnyChildNonNegative(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "M", charge: false, static (e, r) =>
        {
            r.Assert("BR-AG-03", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-AG-06", Fatal, AnyChildNonNegative(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "M", charge: true, static (e, r) =>
        {
            r.Assert("BR-AG-04", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-AG-07", Fatal, AnyChildNonNegative(e, CiiN.RateApplicablePercent));
        });

        // E Exempt from VAT
        HeaderCategoryCode(pattern, "E", scttAndVat: true, static (e, r) =>
        {
            var tax = e.Parent!;
            r.Assert("BR-E-08", Fatal, BasisWithinOne(tax, CategoryBasis(e, "E", castIndicator: false)));
            r.Assert("BR-E-09", Fatal, AnyChildEqualsZero(tax, CiiN.CalculatedAmount));
            r.Assert("BR-E-10", Fatal, HasExemptionReason(tax));
        });
        AllowanceCharge(pattern, "E", charge: false, static (e, r) =>
        {
            r.Assert("BR-E-03", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-E-06", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "E", charge: true, static (e, r) =>
        {
            r.Assert("BR-E-04", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-E-07", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        LineTax(pattern, "E", static (e, r) =>
        {
            r.Assert("BR-E-02", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-E-05", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });

        // G Export outside the EU
        HeaderCategoryCode(pattern, "G", scttAndVat: true, static (e, r) =>
        {
            var tax = e.Parent!;
            r.Assert("BR-G-08", Fatal, BasisWithinOne(tax, CategoryBasis(e, "G", castIndicator: false)));
            r.Assert("BR-G-09", Fatal, AnyChildEqualsZero(tax, CiiN.CalculatedAmount));
            r.Assert("BR-G-10", Fatal, HasExemptionReason(tax));
        });
        AllowanceCharge(pattern, "G", charge: false, static (e, r) =>
        {
            r.Assert("BR-G-03", Fatal, SellerOrRepresentativeVat(e));
            r.Assert("BR-G-06", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "G", charge: true, static (e, r) =>
        {
            r.Assert("BR-G-04", Fatal, SellerOrRepresentativeVat(e));
            r.Assert("BR-G-07", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        LineTax(pattern, "G", static (e, r) =>
        {
            r.Assert("BR-G-02", Fatal, SellerOrRepresentativeVat(e));
            r.Assert("BR-G-05", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });

        // K Intra-community supply
        HeaderCategoryCode(pattern, "K", scttAndVat: true, static (e, r) =>
        {
            var tax = e.Parent!;
            r.Assert("BR-IC-08", Fatal, BasisWithinOne(tax, CategoryBasis(e, "K", castIndicator: false)));
            r.Assert("BR-IC-09", Fatal, AnyChildEqualsZero(tax, CiiN.CalculatedAmount));
            r.Assert("BR-IC-10", Fatal, HasExemptionReason(tax));

            // BR-IC-11 Actual delivery date (BT-72) or invoicing period (BG-14, read from the breakdown's settlement)
            var root = CiiRoot(e);
            var delivered = root is not null && Xp.First(
                root,
                CiiN.SupplyChainTradeTransaction,
                CiiN.ApplicableHeaderTradeDelivery,
                CiiN.ActualDeliverySupplyChainEvent,
                CiiN.OccurrenceDateTime,
                CiiN.DateTimeString) is not null;
            var settlement = tax.Parent;
            r.Assert("BR-IC-11", Fatal, delivered
                || Xp.First(settlement, CiiN.BillingSpecifiedPeriod, CiiN.StartDateTime) is not null
                || Xp.First(settlement, CiiN.BillingSpecifiedPeriod, CiiN.EndDateTime) is not null);

            // BR-IC-12 Deliver to country code (BT-80)
            r.Assert("BR-IC-12", Fatal, root is not null && Xp.First(
                root,
                CiiN.SupplyChainTradeTransaction,
                CiiN.ApplicableHeaderTradeDelivery,
                CiiN.ShipToTradeParty,
                CiiN.PostalTradeAddress,
                CiiN.CountryID) is not null);
        });
        AllowanceCharge(pattern, "K", charge: false, static (e, r) =>
        {
            r.Assert("BR-IC-03", Fatal, IntraCommunityParties(e));
            r.Assert("BR-IC-06", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "K", charge: true, static (e, r) =>
        {
            r.Assert("BR-IC-04", Fatal, IntraCommunityParties(e));
            r.Assert("BR-IC-07", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        LineTax(pattern, "K", static (e, r) =>
        {
            r.Assert("BR-IC-02", Fatal, IntraCommunityParties(e));
            r.Assert("BR-IC-05", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });

        // O Not subject to VAT
        HeaderTax(pattern, "O", static (e, r) =>
        {
            var facts = Facts(e);
            var expected = CategoryBasis(e, "O", castIndicator: true);
            r.Assert("BR-O-08", Fatal, expected is { } x && AnyUntyped(e.Elements(CiiN.BasisAmount), CompareOp.Eq, ToDouble(x)));
            r.Assert("BR-O-09", Fatal, AnyChildEqualsZero(e, CiiN.CalculatedAmount));
            r.Assert("BR-O-10", Fatal, HasExemptionReason(e));
            r.Assert("BR-O-11", Fatal, !facts.AnyTaxNotO);
            r.Assert("BR-O-12", Fatal, !facts.AnyTaxNotO);
            r.Assert("BR-O-13", Fatal, !facts.AnyCategoryTaxNotO);
            r.Assert("BR-O-14", Fatal, !facts.AnyCategoryTaxNotO);
        });
        AllowanceCharge(pattern, "O", charge: false, static (e, r) =>
        {
            r.Assert("BR-O-03", Fatal, NoVatIdentifiers(e));
            r.Assert("BR-O-06", Fatal, e.Element(CiiN.RateApplicablePercent) is null);
        });
        AllowanceCharge(pattern, "O", charge: true, static (e, r) =>
        {
            r.Assert("BR-O-04", Fatal, NoVatIdentifiers(e));
            r.Assert("BR-O-07", Fatal, e.Element(CiiN.RateApplicablePercent) is null);
        });
        LineTax(pattern, "O", static (e, r) =>
        {
            r.Assert("BR-O-02", Fatal, NoVatIdentifiers(e));
            r.Assert("BR-O-05", Fatal, e.Element(CiiN.RateApplicablePercent) is null);
        });

        // S Standard rated (the breakdown rule checks neither the type code nor the transaction).
        HeaderCategoryCode(pattern, "S", scttAndVat: false, static (e, r) =>
        {
            var tax = e.Parent!;
            r.Assert("BR-S-08", Fatal, PerRateBasisHolds(tax, "S"));
            r.Assert("BR-S-09", Fatal, StandardTaxAmountHolds(tax));
            r.Assert("BR-S-10", Fatal, !HasExemptionReason(tax));
        });
        LineTax(pattern, "S", static (e, r) =>
        {
            r.Assert("BR-S-02", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-S-05", Fatal, AnyChildPositive(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "S", charge: false, static (e, r) =>
        {
            r.Assert("BR-S-03", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-S-06", Fatal, AnyChildPositive(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "S", charge: true, static (e, r) =>
        {
            r.Assert("BR-S-04", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-S-07", Fatal, AnyChildPositive(e, CiiN.RateApplicablePercent));
        });

        // Z Zero rated (the breakdown rule checks neither the type code nor the transaction; it casts the indicators).
        HeaderCategoryCode(pattern, "Z", scttAndVat: false, static (e, r) =>
        {
            var tax = e.Parent!;
            r.Assert("BR-Z-08", Fatal, BasisWithinOne(tax, CategoryBasis(e, "Z", castIndicator: true)));
            r.Assert("BR-Z-09", Fatal, AnyChildEqualsZero(tax, CiiN.CalculatedAmount));
            r.Assert("BR-Z-10", Fatal, !HasExemptionReason(tax));
        });
        AllowanceCharge(pattern, "Z", charge: false, static (e, r) =>
        {
            r.Assert("BR-Z-03", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-Z-06", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        AllowanceCharge(pattern, "Z", charge: true, static (e, r) =>
        {
            r.Assert("BR-Z-04", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-Z-07", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
        LineTax(pattern, "Z", static (e, r) =>
        {
            r.Assert("BR-Z-02", Fatal, AbsSellerVatOrTaxId(e));
            r.Assert("BR-Z-05", Fatal, AnyChildEqualsZero(e, CiiN.RateApplicablePercent));
        });
    }

    // Context ram:CategoryCode[. = 'c'] of a header breakdown: with scttAndVat, the Schematron's
    // //rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = 'c'][upper-case(../ram:TypeCode) = 'VAT'];
    // without, //ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = 'c'].
    private static void HeaderCategoryCode(PatternBuilder pattern, string category, bool scttAndVat, RuleBody body)
    {
        if (scttAndVat)
        {
            pattern.Rule(
                $"//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = '{category}'][upper-case(../ram:TypeCode) = 'VAT']",
                CiiN.CategoryCode,
                e => e.Value == category
                    && Xp.HasPath(e, CiiN.SupplyChainTradeTransaction, CiiN.ApplicableHeaderTradeSettlement, CiiN.ApplicableTradeTax, CiiN.CategoryCode)
                    && IsVat(e.Parent),
                body);
        }
        else
        {
            pattern.Rule(
                $"//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = '{category}']",
                CiiN.CategoryCode,
                e => e.Value == category && Xp.HasPath(e, CiiN.ApplicableHeaderTradeSettlement, CiiN.ApplicableTradeTax, CiiN.CategoryCode),
                body);
        }
    }

    // Context //rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = 'c'][upper-case(ram:TypeCode) = 'VAT'].
    private static void HeaderTax(PatternBuilder pattern, string category, RuleBody body) =>
        pattern.Rule(
            $"//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = '{category}'][upper-case(ram:TypeCode) = 'VAT']",
            CiiN.ApplicableTradeTax,
            e => Xp.HasPath(e, CiiN.SupplyChainTradeTransaction, CiiN.ApplicableHeaderTradeSettlement, CiiN.ApplicableTradeTax)
                && ChildEquals(e, CiiN.CategoryCode, category) && IsVat(e),
            body);

    // Context //rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = 'c'][upper-case(ram:TypeCode) = 'VAT'].
    private static void LineTax(PatternBuilder pattern, string category, RuleBody body) =>
        pattern.Rule(
            $"//rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = '{category}'][upper-case(ram:TypeCode) = 'VAT']",
            CiiN.ApplicableTradeTax,
            e => Xp.HasPath(e, CiiN.SupplyChainTradeTransaction, CiiN.IncludedSupplyChainTradeLineItem, CiiN.SpecifiedLineTradeSettlement, CiiN.ApplicableTradeTax)
                && ChildEquals(e, CiiN.CategoryCode, category) && IsVat(e),
            body);

    // Context //ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator=false()|true()]/ram:CategoryTradeTax[ram:CategoryCode = 'c'][upper-case(ram:TypeCode) = 'VAT']
    // (document or line level alike).
    private static void AllowanceCharge(PatternBuilder pattern, string category, bool charge, RuleBody body) =>
        pattern.Rule(
            $"//ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator={(charge ? "true" : "false")}()]/ram:CategoryTradeTax[ram:CategoryCode = '{category}'][upper-case(ram:TypeCode) = 'VAT']",
            CiiN.CategoryTradeTax,
            e => e.Parent is { } ac && ac.Name == CiiN.SpecifiedTradeAllowanceCharge && IndicatorIs(ac, charge)
                && ChildEquals(e, CiiN.CategoryCode, category) && IsVat(e),
            body);

    private static bool HasExemptionReason(XElement tax) =>
        tax.Element(CiiN.ExemptionReason) is not null || tax.Element(CiiN.ExemptionReasonCode) is not null;

    // BR-AE-02..04: (seller VAT/tax id or tax representative VAT id) and (buyer VAT id or buyer legal id), anywhere.
    private static bool ReverseChargeParties(XElement any)
    {
        var f = Facts(any);
        return (f.SellerVatOrTaxId || f.TaxRepresentativeVat) && (f.BuyerVat || f.BuyerLegalId);
    }

    // BR-G-02..04: seller VAT id or tax representative VAT id, anywhere.
    private static bool SellerOrRepresentativeVat(XElement any)
    {
        var f = Facts(any);
        return f.SellerVat || f.TaxRepresentativeVat;
    }

    // BR-IC-02..04: (seller or tax representative VAT id) and buyer VAT id, anywhere.
    private static bool IntraCommunityParties(XElement any)
    {
        var f = Facts(any);
        return (f.SellerVat || f.TaxRepresentativeVat) && f.BuyerVat;
    }

    // BR-O-02..04: no seller / tax representative VAT id (absolute paths) and no buyer VAT id (anywhere).
    private static bool NoVatIdentifiers(XElement any) => !AbsSellerOrRepVat(any) && !Facts(any).BuyerVat;

    // BR-S-09: |BT-117| within one unit of round(|BT-116| × BT-119) / 100; the rate is untyped, so the product is xs:double.
    private static bool StandardTaxAmountHolds(XElement tax)
    {
        var ca = Dec(tax.Element(CiiN.CalculatedAmount));
        var ba = Dec(tax.Element(CiiN.BasisAmount));
        var rateElement = tax.Element(CiiN.RateApplicablePercent);
        if (ca is not { } c || ba is not { } b || rateElement is null || !Xp.TryDouble(rateElement.Value, out var rate))
        {
            return false;
        }

        var expected = RoundD(ToDouble(Math.Abs(b)) * rate) / 100;
        return ToDouble(Math.Abs(c) - 1) < expected && ToDouble(Math.Abs(c) + 1) > expected;
    }
}
