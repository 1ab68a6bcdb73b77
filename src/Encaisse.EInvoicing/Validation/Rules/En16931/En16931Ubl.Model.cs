using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.En16931.UblModelFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The UBL-model pattern of the CEN EN 16931 UBL Schematron 1.3.16: the business rules (BR-01..BR-65), the conditions
/// (BR-CO-*), the decimals (BR-DEC-*) and the VAT category rules (BR-S/Z/E/AE/K(IC)/G/O/L(AF)/M(AG)/B-*), translated rule
/// by rule in the Schematron's order (each element is checked by the first rule whose context matches it).
/// </summary>
public sealed partial class En16931Ubl
{
    static partial void DefineModel(PatternBuilder pattern) => UblModelRules.Define(pattern);

    static partial void AddModelTexts(Dictionary<string, RuleText> texts)
    {
        foreach (var (id, english, french) in UblModelRules.Texts)
        {
            texts[id] = new RuleText(english, french);
        }
    }
}

/// <summary>
/// The rules of the UBL-model pattern, kept out of the partial rule-set class so that its members cannot collide with
/// those of the other patterns' files.
/// </summary>
internal static class UblModelRules
{
    internal static readonly XName AdditionalDocumentReference = Cac + "AdditionalDocumentReference";
    internal static readonly XName EndpointId = Cbc + "EndpointID";
    internal static readonly XName PostalAddress = Cac + "PostalAddress";
    internal static readonly XName Country = Cac + "Country";
    internal static readonly XName PrimaryAccountNumberId = Cbc + "PrimaryAccountNumberID";
    internal static readonly XName CardAccount = Cac + "CardAccount";
    internal static readonly XName PaymentMeans = Cac + "PaymentMeans";
    internal static readonly XName PaymentMeansCode = Cbc + "PaymentMeansCode";
    internal static readonly XName PayeeFinancialAccount = Cac + "PayeeFinancialAccount";
    internal static readonly XName Address = Cac + "Address";
    internal static readonly XName DeliveryLocation = Cac + "DeliveryLocation";
    internal static readonly XName Delivery = Cac + "Delivery";
    internal static readonly XName ActualDeliveryDate = Cbc + "ActualDeliveryDate";
    internal static readonly XName BaseAmount = Cbc + "BaseAmount";
    internal static readonly XName AllowanceChargeReason = Cbc + "AllowanceChargeReason";
    internal static readonly XName AllowanceChargeReasonCode = Cbc + "AllowanceChargeReasonCode";
    internal static readonly XName LegalMonetaryTotal = Cac + "LegalMonetaryTotal";
    internal static readonly XName TaxExclusiveAmount = Cbc + "TaxExclusiveAmount";
    internal static readonly XName TaxInclusiveAmount = Cbc + "TaxInclusiveAmount";
    internal static readonly XName AllowanceTotalAmount = Cbc + "AllowanceTotalAmount";
    internal static readonly XName ChargeTotalAmount = Cbc + "ChargeTotalAmount";
    internal static readonly XName PrepaidAmount = Cbc + "PrepaidAmount";
    internal static readonly XName PayableRoundingAmount = Cbc + "PayableRoundingAmount";
    internal static readonly XName PayableAmount = Cbc + "PayableAmount";
    internal static readonly XName CustomizationId = Cbc + "CustomizationID";
    internal static readonly XName IssueDate = Cbc + "IssueDate";
    internal static readonly XName InvoiceTypeCode = Cbc + "InvoiceTypeCode";
    internal static readonly XName CreditNoteTypeCode = Cbc + "CreditNoteTypeCode";
    internal static readonly XName DocumentCurrencyCode = Cbc + "DocumentCurrencyCode";
    internal static readonly XName TaxCurrencyCode = Cbc + "TaxCurrencyCode";
    internal static readonly XName RegistrationName = Cbc + "RegistrationName";
    internal static readonly XName TaxPointDate = Cbc + "TaxPointDate";
    internal static readonly XName InvoicePeriod = Cac + "InvoicePeriod";
    internal static readonly XName DescriptionCode = Cbc + "DescriptionCode";
    internal static readonly XName StartDate = Cbc + "StartDate";
    internal static readonly XName EndDate = Cbc + "EndDate";
    internal static readonly XName InvoicedQuantity = Cbc + "InvoicedQuantity";
    internal static readonly XName CreditedQuantity = Cbc + "CreditedQuantity";
    internal static readonly XName Name = Cbc + "Name";
    internal static readonly XName Value = Cbc + "Value";
    internal static readonly XName Price = Cac + "Price";
    internal static readonly XName PriceAmount = Cbc + "PriceAmount";
    internal static readonly XName AdditionalItemProperty = Cac + "AdditionalItemProperty";
    internal static readonly XName CommodityClassification = Cac + "CommodityClassification";
    internal static readonly XName ItemClassificationCode = Cbc + "ItemClassificationCode";
    internal static readonly XName StandardItemIdentification = Cac + "StandardItemIdentification";
    internal static readonly XName Note = Cbc + "Note";
    internal static readonly XName PayeeParty = Cac + "PayeeParty";
    internal static readonly XName PartyName = Cac + "PartyName";
    internal static readonly XName PartyIdentification = Cac + "PartyIdentification";
    internal static readonly XName BillingReference = Cac + "BillingReference";
    internal static readonly XName InvoiceDocumentReference = Cac + "InvoiceDocumentReference";
    internal static readonly XName TaxExemptionReason = Cbc + "TaxExemptionReason";
    internal static readonly XName TaxExemptionReasonCode = Cbc + "TaxExemptionReasonCode";
    internal static readonly XName ListId = "listID";
    internal static readonly XName SchemeId = "schemeID";
    internal static readonly XName UnitCode = "unitCode";
    internal static readonly XName CurrencyId = "currencyID";

    internal static void Define(PatternBuilder pattern)
    {
        pattern
            .Rule("cac:AdditionalDocumentReference", AdditionalDocumentReference, static (e, r) =>
                r.Assert("BR-52", RuleFlag.Fatal, NormChild(e, CbcId).Length != 0))
            .Rule("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", EndpointId, static e => PathEndsWith(e, AccountingCustomerParty, Party, EndpointId), static (e, r) =>
                r.Assert("BR-63", RuleFlag.Fatal, e.Attribute(SchemeId) is not null))
            .Rule("cac:AccountingCustomerParty/cac:Party/cac:PostalAddress", PostalAddress, static e => PathEndsWith(e, AccountingCustomerParty, Party, PostalAddress), static (e, r) =>
                r.Assert("BR-11", RuleFlag.Fatal, Xp.Norm(FirstAt(e, Country, IdentificationCode)).Length != 0))
            .Rule("cac:PaymentMeans/cac:CardAccount/cbc:PrimaryAccountNumberID", PrimaryAccountNumberId, static e => PathEndsWith(e, PaymentMeans, CardAccount, PrimaryAccountNumberId), static (e, r) =>
                r.Assert("BR-51", RuleFlag.Warning, Xp.StringLength(Xp.Norm(e)) <= 10))
            .Rule("cac:Delivery/cac:DeliveryLocation/cac:Address", Address, static e => PathEndsWith(e, Delivery, DeliveryLocation, Address), static (e, r) =>
                r.Assert("BR-57", RuleFlag.Fatal, FirstAt(e, Country, IdentificationCode) is not null))
            .Rule("/ubl:Invoice/cac:AllowanceCharge[cbc:ChargeIndicator = false()] | /cn:CreditNote/cac:AllowanceCharge[cbc:ChargeIndicator = false()]", AllowanceCharge, static e => IsUblRoot(e.Parent) && ChargeIndicatorIs(e, false), CheckDocumentAllowance)
            .Rule("/ubl:Invoice/cac:AllowanceCharge[cbc:ChargeIndicator = true()] | /cn:CreditNote/cac:AllowanceCharge[cbc:ChargeIndicator = true()]", AllowanceCharge, static e => IsUblRoot(e.Parent) && ChargeIndicatorIs(e, true), CheckDocumentCharge)
            .Rule("cac:LegalMonetaryTotal", LegalMonetaryTotal, CheckTotals)
            .Rule("/ubl:Invoice | /cn:CreditNote", [UblInvoice, CnCreditNote], static e => e.Parent is null, CheckDocument)
            .Rule("cac:InvoiceLine | cac:CreditNoteLine", [InvoiceLine, CreditNoteLine], static _ => true, CheckLine)
            .Rule("//cac:InvoiceLine/cac:AllowanceCharge[cbc:ChargeIndicator = false()] | //cac:CreditNoteLine/cac:AllowanceCharge[cbc:ChargeIndicator = false()]", AllowanceCharge, static e => IsLine(e.Parent) && ChargeIndicatorIs(e, false), CheckLineAllowance)
            .Rule("//cac:InvoiceLine/cac:AllowanceCharge[cbc:ChargeIndicator = true()] | //cac:CreditNoteLine/cac:AllowanceCharge[cbc:ChargeIndicator = true()]", AllowanceCharge, static e => IsLine(e.Parent) && ChargeIndicatorIs(e, true), CheckLineCharge)
            .Rule("cac:InvoiceLine/cac:InvoicePeriod | cac:CreditNoteLine/cac:InvoicePeriod", InvoicePeriod, static e => IsLine(e.Parent), static (e, r) =>
            {
                r.Assert("BR-30", RuleFlag.Fatal, PeriodEndNotBeforeStart(e, StartDate, EndDate));
                r.Assert("BR-CO-20", RuleFlag.Fatal, Has(e, StartDate) || Has(e, EndDate));
            })
            .Rule("cac:InvoicePeriod", InvoicePeriod, static (e, r) =>
            {
                r.Assert("BR-29", RuleFlag.Fatal, PeriodEndNotBeforeStart(e, StartDate, EndDate));
                r.Assert("BR-CO-19", RuleFlag.Fatal, Has(e, StartDate) || Has(e, EndDate) || Has(e, DescriptionCode));
            })
            .Rule("//cac:AdditionalItemProperty", AdditionalItemProperty, static (e, r) =>
                r.Assert("BR-54", RuleFlag.Fatal, Has(e, Name) && Has(e, Value)))
            .Rule("cac:InvoiceLine/cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode | cac:CreditNoteLine/...", ItemClassificationCode, static e => IsLine(e.Parent?.Parent?.Parent) && PathEndsWith(e, Item, CommodityClassification, ItemClassificationCode), static (e, r) =>
                r.Assert("BR-65", RuleFlag.Fatal, e.Attribute(ListId) is not null))
            .Rule("cac:InvoiceLine/cac:Item/cac:StandardItemIdentification/cbc:ID | cac:CreditNoteLine/...", CbcId, static e => IsLine(e.Parent?.Parent?.Parent) && PathEndsWith(e, Item, StandardItemIdentification, CbcId), static (e, r) =>
                r.Assert("BR-64", RuleFlag.Fatal, e.Attribute(SchemeId) is not null))
            .Rule("/ubl:Invoice/cbc:Note | /cn:CreditNote/cbc:Note", Note, static e => IsUblRoot(e.Parent), static (e, r) =>
                r.Assert("BR-CL-08", RuleFlag.Fatal, NoteSubjectCodeIsKnown(e.Value)))
            .Rule("cac:PayeeParty", PayeeParty, CheckPayee)
            .Rule("cac:PaymentMeans[cbc:PaymentMeansCode='30' or cbc:PaymentMeansCode='58']/cac:PayeeFinancialAccount", PayeeFinancialAccount, static e => e.Parent is { } p && p.Name == PaymentMeans && IsCreditTransfer(p), static (e, r) =>
                r.Assert("BR-50", RuleFlag.Fatal, NormChild(e, CbcId).Length != 0))
            .Rule("cac:PaymentMeans", PaymentMeans, static (e, r) =>
            {
                r.Assert("BR-49", RuleFlag.Fatal, Has(e, PaymentMeansCode));
                var code = NormChild(e, PaymentMeansCode);
                r.Assert("BR-61", RuleFlag.Fatal, (FirstAt(e, PayeeFinancialAccount, CbcId) is not null && code is "30" or "58") || code is not ("30" or "58"));
            })
            .Rule("cac:BillingReference", BillingReference, static (e, r) =>
                r.Assert("BR-55", RuleFlag.Fatal, FirstAt(e, InvoiceDocumentReference, CbcId) is not null))
            .Rule("cac:AccountingSupplierParty", AccountingSupplierParty, static (e, r) =>
                r.Assert("BR-CO-26", RuleFlag.Fatal, SellerIsIdentified(e)))
            .Rule("cac:AccountingSupplierParty/cac:Party/cbc:EndpointID", EndpointId, static e => PathEndsWith(e, AccountingSupplierParty, Party, EndpointId), static (e, r) =>
                r.Assert("BR-62", RuleFlag.Fatal, e.Attribute(SchemeId) is not null))
            .Rule("cac:AccountingSupplierParty/cac:Party/cac:PostalAddress", PostalAddress, static e => PathEndsWith(e, AccountingSupplierParty, Party, PostalAddress), static (e, r) =>
                r.Assert("BR-09", RuleFlag.Fatal, Xp.Norm(FirstAt(e, Country, IdentificationCode)).Length != 0))
            .Rule("cac:TaxRepresentativeParty", TaxRepresentativeParty, static (e, r) =>
            {
                r.Assert("BR-18", RuleFlag.Fatal, Xp.Norm(FirstAt(e, PartyName, Name)).Length != 0);
                r.Assert("BR-19", RuleFlag.Fatal, Has(e, PostalAddress));
                r.Assert("BR-56", RuleFlag.Fatal, HasVatCompanyId(e));
            })
            .Rule("cac:TaxRepresentativeParty/cac:PostalAddress", PostalAddress, static e => PathEndsWith(e, TaxRepresentativeParty, PostalAddress), static (e, r) =>
                r.Assert("BR-20", RuleFlag.Fatal, Xp.Norm(FirstAt(e, Country, IdentificationCode)).Length != 0))
            .Rule("/ubl:Invoice/cac:TaxTotal | /cn:CreditNote/cac:TaxTotal", TaxTotal, static e => IsUblRoot(e.Parent), CheckTaxTotal)
            .Rule("cac:TaxTotal/cac:TaxSubtotal", TaxSubtotal, static e => e.Parent?.Name == TaxTotal, CheckTaxSubtotal)
            .Rule("//cac:PartyTaxScheme[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']", PartyTaxScheme, IsVat, static (e, r) =>
                r.Assert("BR-CO-09", RuleFlag.Fatal, CodeListsUbl.VatPrefixesText.Contains(FirstTwoCharacters(Xp.Str(e.Element(CompanyId))), StringComparison.Ordinal)));

        // The VAT category rules, category by category as the Schematron orders them.
        ExemptCategory(pattern, "AE", "BR-AE");
        ExemptCategory(pattern, "E", "BR-E");
        ExemptCategory(pattern, "G", "BR-G");
        ExemptCategory(pattern, "K", "BR-IC");
        RatedCategory(pattern, "L", "BR-AF");
        RatedCategory(pattern, "M", "BR-AG");
        NotSubjectCategory(pattern);
        RatedCategory(pattern, "S", "BR-S");
        ExemptCategory(pattern, "Z", "BR-Z");
    }

    private static bool IsLine(XElement? e) => e is not null && (e.Name == InvoiceLine || e.Name == CreditNoteLine);

    // cac:PaymentMeans[cbc:PaymentMeansCode='30' or cbc:PaymentMeansCode='58']: exact string comparison, any code child.
    private static bool IsCreditTransfer(XElement paymentMeans)
    {
        foreach (var code in paymentMeans.Elements(PaymentMeansCode))
        {
            if (code.Value is "30" or "58")
            {
                return true;
            }
        }

        return false;
    }

    // exists(cac:PartyTaxScheme[cac:TaxScheme/(normalize-space(upper-case(cbc:ID)) = 'VAT')]/cbc:CompanyID)
    private static bool HasVatCompanyId(XElement party)
    {
        foreach (var scheme in party.Elements(PartyTaxScheme))
        {
            if (Has(scheme, CompanyId) && IsVat(scheme))
            {
                return true;
            }
        }

        return false;
    }

    // BR-CO-26: BT-29 (identifier not SEPA), BT-30 or BT-31.
    private static bool SellerIsIdentified(XElement supplier)
    {
        foreach (var party in supplier.Elements(Party))
        {
            if (HasVatCompanyId(party) || FirstAt(party, PartyLegalEntity, CompanyId) is not null)
            {
                return true;
            }

            foreach (var identification in party.Elements(PartyIdentification))
            {
                foreach (var id in identification.Elements(CbcId))
                {
                    if (id.Attribute(SchemeId)?.Value != "SEPA")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // BR-CL-08: a subject code written between the first two '#' must, when it has 3 characters, occur in the UNCL 4451 list text.
    private static bool NoteSubjectCodeIsKnown(string note)
    {
        var first = note.IndexOf('#', StringComparison.Ordinal);
        if (first < 0)
        {
            return true;
        }

        var rest = note[(first + 1)..];
        var second = rest.IndexOf('#', StringComparison.Ordinal);
        var code = second < 0 ? string.Empty : rest[..second];
        return Xp.StringLength(code) != 3 || CodeListsUbl.NoteSubjectCodesText.Contains(code, StringComparison.Ordinal);
    }

    // BG-20 Document level allowance.
    private static void CheckDocumentAllowance(XElement e, RuleScope r)
    {
        r.Assert("BR-31", RuleFlag.Fatal, Has(e, Amount));
        r.Assert("BR-32", RuleFlag.Fatal, HasVatCategoryId(e));
        var reason = Has(e, AllowanceChargeReason) || Has(e, AllowanceChargeReasonCode);
        r.Assert("BR-33", RuleFlag.Fatal, reason);
        r.Assert("BR-CO-21", RuleFlag.Fatal, reason);
        r.Assert("BR-DEC-01", RuleFlag.Fatal, AtMostTwoDecimals(e, Amount));
        r.Assert("BR-DEC-02", RuleFlag.Fatal, AtMostTwoDecimals(e, BaseAmount));
    }

    // BG-21 Document level charge.
    private static void CheckDocumentCharge(XElement e, RuleScope r)
    {
        r.Assert("BR-36", RuleFlag.Fatal, Has(e, Amount));
        r.Assert("BR-37", RuleFlag.Fatal, HasVatCategoryId(e));
        var reason = Has(e, AllowanceChargeReason) || Has(e, AllowanceChargeReasonCode);
        r.Assert("BR-38", RuleFlag.Fatal, reason);
        r.Assert("BR-CO-22", RuleFlag.Fatal, reason);
        r.Assert("BR-DEC-05", RuleFlag.Fatal, AtMostTwoDecimals(e, Amount));
        r.Assert("BR-DEC-06", RuleFlag.Fatal, AtMostTwoDecimals(e, BaseAmount));
    }

    // exists(cac:TaxCategory[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']/cbc:ID)
    private static bool HasVatCategoryId(XElement holder)
    {
        foreach (var category in holder.Elements(TaxCategory))
        {
            if (Has(category, CbcId) && IsVat(category))
            {
                return true;
            }
        }

        return false;
    }

    // BG-27 Invoice line allowance.
    private static void CheckLineAllowance(XElement e, RuleScope r)
    {
        r.Assert("BR-41", RuleFlag.Fatal, Has(e, Amount));
        var reason = Has(e, AllowanceChargeReason) || Has(e, AllowanceChargeReasonCode);
        r.Assert("BR-42", RuleFlag.Fatal, reason);
        r.Assert("BR-CO-23", RuleFlag.Fatal, reason);
        r.Assert("BR-DEC-24", RuleFlag.Fatal, AtMostTwoDecimals(e, Amount));
        r.Assert("BR-DEC-25", RuleFlag.Fatal, AtMostTwoDecimals(e, BaseAmount));
    }

    // BG-28 Invoice line charge.
    private static void CheckLineCharge(XElement e, RuleScope r)
    {
        r.Assert("BR-43", RuleFlag.Fatal, Has(e, Amount));
        var reason = Has(e, AllowanceChargeReason) || Has(e, AllowanceChargeReasonCode);
        r.Assert("BR-44", RuleFlag.Fatal, reason);
        r.Assert("BR-CO-24", RuleFlag.Fatal, reason);
        r.Assert("BR-DEC-27", RuleFlag.Fatal, AtMostTwoDecimals(e, Amount));
        r.Assert("BR-DEC-28", RuleFlag.Fatal, AtMostTwoDecimals(e, BaseAmount));
    }

    // BG-22 Document totals.
    private static void CheckTotals(XElement e, RuleScope r)
    {
        r.Assert("BR-12", RuleFlag.Fatal, Has(e, LineExtensionAmount));
        r.Assert("BR-13", RuleFlag.Fatal, Has(e, TaxExclusiveAmount));
        r.Assert("BR-14", RuleFlag.Fatal, Has(e, TaxInclusiveAmount));
        r.Assert("BR-15", RuleFlag.Fatal, Has(e, PayableAmount));

        var lineTotal = Dec(e, LineExtensionAmount);
        var allowanceTotal = Dec(e, AllowanceTotalAmount);
        var chargeTotal = Dec(e, ChargeTotalAmount);
        var taxExclusive = Dec(e, TaxExclusiveAmount);
        var taxInclusive = Dec(e, TaxInclusiveAmount);
        var prepaid = Dec(e, PrepaidAmount);
        var rounding = Dec(e, PayableRoundingAmount);
        var payable = Dec(e, PayableAmount);
        var hasAllowanceTotal = Has(e, AllowanceTotalAmount);
        var hasChargeTotal = Has(e, ChargeTotalAmount);
        var hasPrepaid = Has(e, PrepaidAmount);
        var hasRounding = Has(e, PayableRoundingAmount);

        // BR-CO-10: BT-106 = round(Σ BT-131 over every line of the document, 2).
        var lines = SumDec(Index(e).Lines, LineExtensionAmount);
        r.Assert("BR-CO-10", RuleFlag.Fatal, lineTotal is { } lt && lines is { } ls && Checked(() => lt == Round2(ls)));

        // BR-CO-11 / BR-CO-12: BT-107 / BT-108 = Σ document level allowances / charges (siblings of the totals).
        var (allowanceCount, allowanceSum) = DocumentLevelSum(e.Parent, charge: false);
        var (chargeCount, chargeSum) = DocumentLevelSum(e.Parent, charge: true);
        r.Assert("BR-CO-11", RuleFlag.Fatal, (allowanceTotal is { } at && allowanceSum is { } asum && Checked(() => at == Round2(asum))) || (!hasAllowanceTotal && allowanceCount == 0));
        r.Assert("BR-CO-12", RuleFlag.Fatal, (chargeTotal is { } ct && chargeSum is { } csum && Checked(() => ct == Round2(csum))) || (!hasChargeTotal && chargeCount == 0));

        // BR-CO-13: BT-109 = BT-106 - BT-107 + BT-108.
        r.Assert("BR-CO-13", RuleFlag.Fatal, Checked(() =>
            (hasChargeTotal && hasAllowanceTotal && taxExclusive is { } a1 && lineTotal is { } l1 && chargeTotal is { } c1 && allowanceTotal is { } d1 && a1 == Round2(l1 + c1 - d1))
            || (!hasChargeTotal && hasAllowanceTotal && taxExclusive is { } a2 && lineTotal is { } l2 && allowanceTotal is { } d2 && a2 == Round2(l2 - d2))
            || (hasChargeTotal && !hasAllowanceTotal && taxExclusive is { } a3 && lineTotal is { } l3 && chargeTotal is { } c3 && a3 == Round2(l3 + c3))
            || (!hasChargeTotal && !hasAllowanceTotal && taxExclusive is { } a4 && lineTotal is { } l4 && a4 == l4)));

        // BR-CO-16: BT-115 = BT-112 - BT-113 + BT-114.
        r.Assert("BR-CO-16", RuleFlag.Fatal, Checked(() =>
            (hasPrepaid && !hasRounding && payable is { } p1 && taxInclusive is { } t1 && prepaid is { } q1 && p1 == Round2(t1 - q1))
            || (!hasPrepaid && !hasRounding && payable is { } p2 && taxInclusive is { } t2 && p2 == t2)
            || (hasPrepaid && hasRounding && payable is { } p3 && rounding is { } r3 && taxInclusive is { } t3 && prepaid is { } q3 && Round2(p3 - r3) == Round2(t3 - q3))
            || (!hasPrepaid && hasRounding && payable is { } p4 && rounding is { } r4 && taxInclusive is { } t4 && Round2(p4 - r4) == t4)));

        r.Assert("BR-DEC-09", RuleFlag.Fatal, AtMostTwoDecimals(e, LineExtensionAmount));
        r.Assert("BR-DEC-10", RuleFlag.Fatal, AtMostTwoDecimals(e, AllowanceTotalAmount));
        r.Assert("BR-DEC-11", RuleFlag.Fatal, AtMostTwoDecimals(e, ChargeTotalAmount));
        r.Assert("BR-DEC-12", RuleFlag.Fatal, AtMostTwoDecimals(e, TaxExclusiveAmount));
        r.Assert("BR-DEC-14", RuleFlag.Fatal, AtMostTwoDecimals(e, TaxInclusiveAmount));
        r.Assert("BR-DEC-16", RuleFlag.Fatal, AtMostTwoDecimals(e, PrepaidAmount));
        r.Assert("BR-DEC-17", RuleFlag.Fatal, AtMostTwoDecimals(e, PayableRoundingAmount));
        r.Assert("BR-DEC-18", RuleFlag.Fatal, AtMostTwoDecimals(e, PayableAmount));
    }

    // ../cac:AllowanceCharge[cbc:ChargeIndicator = charge]: how many, and Σ xs:decimal(cbc:Amount) (null: a value is not a decimal).
    private static (int Count, decimal? Sum) DocumentLevelSum(XElement? holder, bool charge)
    {
        if (holder is null)
        {
            return (0, 0m);
        }

        var count = 0;
        decimal? sum = 0m;
        foreach (var ac in holder.Elements(AllowanceCharge))
        {
            if (!ChargeIndicatorIs(ac, charge))
            {
                continue;
            }

            count++;
            if (sum is { } s && ac.Element(Amount) is { } amount)
            {
                sum = Xp.TryDecimal(amount.Value, out var value) ? AddOrNull(s, value) : null;
            }
        }

        return (count, sum);
    }

    private static decimal? AddOrNull(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // Decimal arithmetic that overflows C# decimal (XPath decimals are unbounded): the comparison is taken as false.
    private static bool Checked(Func<bool> comparison)
    {
        try
        {
            return comparison();
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // The document element: BR-01..BR-16, BR-53, the "exactly one breakdown per category" and party rules of each VAT category.
    private static void CheckDocument(XElement e, RuleScope r)
    {
        // Rebuilt on every run: the root is the first element the runner visits.
        var ix = UblDocumentIndex.Attach(e);

        r.Assert("BR-01", RuleFlag.Fatal, NormChild(e, CustomizationId).Length != 0);
        r.Assert("BR-02", RuleFlag.Fatal, NormChild(e, CbcId).Length != 0);
        r.Assert("BR-03", RuleFlag.Fatal, NormChild(e, IssueDate).Length != 0);
        r.Assert("BR-04", RuleFlag.Fatal, NormChild(e, InvoiceTypeCode).Length != 0 || NormChild(e, CreditNoteTypeCode).Length != 0);
        r.Assert("BR-05", RuleFlag.Fatal, NormChild(e, DocumentCurrencyCode).Length != 0);
        r.Assert("BR-06", RuleFlag.Fatal, Xp.Norm(FirstAt(e, AccountingSupplierParty, Party, PartyLegalEntity, RegistrationName)).Length != 0);
        r.Assert("BR-07", RuleFlag.Fatal, Xp.Norm(FirstAt(e, AccountingCustomerParty, Party, PartyLegalEntity, RegistrationName)).Length != 0);
        r.Assert("BR-08", RuleFlag.Fatal, FirstAt(e, AccountingSupplierParty, Party, PostalAddress) is not null);
        r.Assert("BR-10", RuleFlag.Fatal, FirstAt(e, AccountingCustomerParty, Party, PostalAddress) is not null);
        r.Assert("BR-16", RuleFlag.Fatal, Has(e, InvoiceLine) || Has(e, CreditNoteLine));
        r.Assert("BR-53", RuleFlag.Fatal, TaxCurrencyTotalsPresent(e, ix));

        var supplierVatAny = ix.SupplierHasTaxCompanyId(vat: false);
        var supplierVat = ix.SupplierHasTaxCompanyId(vat: true);
        var representativeVat = ix.TaxRepresentativeHasVatId();
        var customerVat = ix.CustomerHasVatId();
        var customerLegal = ix.CustomerHasLegalCompanyId();

        // Reverse charge (AE): seller and buyer identified.
        var sellerForAe = supplierVatAny || representativeVat;
        var buyerForAe = customerVat || customerLegal;
        r.Assert("BR-AE-01", RuleFlag.Fatal, OneBreakdownPerUsedCategory(ix, "AE"));
        r.Assert("BR-AE-02", RuleFlag.Fatal, ix.CountClassified("AE", vat: true) == 0 || (sellerForAe && buyerForAe));
        r.Assert("BR-AE-03", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(false, "AE", vat: true) == 0 || (sellerForAe && buyerForAe));
        r.Assert("BR-AE-04", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(true, "AE", vat: true) == 0 || (sellerForAe && buyerForAe));

        // BR-CO-03: BT-7 and BT-8 are mutually exclusive.
        r.Assert("BR-CO-03", RuleFlag.Fatal, !(Has(e, TaxPointDate) && FirstAt(e, InvoicePeriod, DescriptionCode) is not null));
        r.Assert("BR-CO-15", RuleFlag.Fatal, TotalWithVatAddsUp(e));
        r.Assert("BR-CO-18", RuleFlag.Fatal, FirstAt(e, TaxTotal, TaxSubtotal) is not null);
        r.Assert("BR-DEC-13", RuleFlag.Fatal, TaxAmountDecimalsQuirk(ix, DocumentCurrencyCode));
        r.Assert("BR-DEC-15", RuleFlag.Fatal, TaxAmountDecimalsQuirk(ix, TaxCurrencyCode));

        // Exempt (E): seller identified for VAT (BT-31 without a scheme check, or BT-63).
        var sellerAny = supplierVatAny || representativeVat;
        r.Assert("BR-E-01", RuleFlag.Fatal, OneBreakdownPerUsedCategory(ix, "E"));
        r.Assert("BR-E-02", RuleFlag.Fatal, ix.CountClassified("E", vat: true) == 0 || sellerAny);
        r.Assert("BR-E-03", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(false, "E", vat: true) == 0 || sellerAny);
        r.Assert("BR-E-04", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(true, "E", vat: true) == 0 || sellerAny);

        // Export (G): seller VAT identifier with a VAT scheme. BR-G-03/04 test the category without the scheme when it is used.
        var sellerVat = supplierVat || representativeVat;
        r.Assert("BR-G-01", RuleFlag.Fatal, OneBreakdownPerUsedCategory(ix, "G"));
        r.Assert("BR-G-02", RuleFlag.Fatal, ix.CountClassified("G", vat: true) == 0 || sellerVat);
        r.Assert("BR-G-03", RuleFlag.Fatal, (ix.CountAllowanceChargeCategories(false, "G", vat: false) > 0 && sellerVat) || ix.CountAllowanceChargeCategories(false, "G", vat: true) == 0);
        r.Assert("BR-G-04", RuleFlag.Fatal, (ix.CountAllowanceChargeCategories(true, "G", vat: false) > 0 && sellerVat) || ix.CountAllowanceChargeCategories(true, "G", vat: true) == 0);

        // Intra-community supply (K): seller and buyer VAT identifiers, delivery date or period, delivery country.
        r.Assert("BR-IC-01", RuleFlag.Fatal, OneBreakdownPerUsedCategory(ix, "K"));
        r.Assert("BR-IC-02", RuleFlag.Fatal, ix.CountClassified("K", vat: true) == 0 || (sellerVat && customerVat));
        r.Assert("BR-IC-03", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(false, "K", vat: true) == 0 || (sellerVat && customerVat));
        r.Assert("BR-IC-04", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(true, "K", vat: true) == 0 || (sellerVat && customerVat));
        var hasK = CountBreakdownIds(ix, "K") > 0;
        r.Assert("BR-IC-11", RuleFlag.Fatal, !hasK || Xp.StringLength(Xp.Str(FirstAt(e, Delivery, ActualDeliveryDate))) > 1 || e.Elements(InvoicePeriod).Any(static p => p.HasElements));
        r.Assert("BR-IC-12", RuleFlag.Fatal, !hasK || Xp.StringLength(Xp.Str(FirstAt(e, Delivery, DeliveryLocation, Address, Country, IdentificationCode))) > 1);

        // IGIC (L).
        var usedL = ix.CountAllowanceChargeCategories(null, "L", vat: true) + ix.CountClassified("L", vat: true);
        r.Assert("BR-AF-01", RuleFlag.Fatal, (usedL > 0 && CountBreakdownCategories(ix, "L", exactId: true, vat: false) > 0) || (usedL == 0 && CountBreakdownCategories(ix, "L", exactId: false, vat: true) == 0));
        r.Assert("BR-AF-02", RuleFlag.Fatal, ix.CountClassified("L", vat: true) == 0 || sellerAny);
        r.Assert("BR-AF-03", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(false, "L", vat: true) == 0 || sellerAny);
        r.Assert("BR-AF-04", RuleFlag.Fatal, (ix.CountAllowanceChargeCategories(true, "L", vat: true) > 0 && sellerAny) || ix.CountAllowanceChargeCategories(true, "L", vat: true, exactId: true) == 0);

        // IPSI (M).
        var usedM = ix.CountAllowanceChargeCategories(null, "M", vat: true) + ix.CountClassified("M", vat: true);
        r.Assert("BR-AG-01", RuleFlag.Fatal, (usedM > 0 && CountBreakdownCategories(ix, "M", exactId: true, vat: true) > 0) || (usedM == 0 && CountBreakdownCategories(ix, "M", exactId: false, vat: true) == 0));
        r.Assert("BR-AG-02", RuleFlag.Fatal, ix.CountClassified("M", vat: true) == 0 || sellerAny);
        r.Assert("BR-AG-03", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(false, "M", vat: true) == 0 || sellerAny);
        r.Assert("BR-AG-04", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(true, "M", vat: true) == 0 || sellerAny);

        // Not subject to VAT (O): no VAT identifiers at all, and no other category anywhere.
        var noVatIds = !supplierVat && !representativeVat && !customerVat;
        r.Assert("BR-O-01", RuleFlag.Fatal, OneBreakdownPerUsedCategory(ix, "O"));
        r.Assert("BR-O-02", RuleFlag.Fatal, ix.CountClassified("O", vat: true) == 0 || noVatIds);
        r.Assert("BR-O-03", RuleFlag.Fatal, !RootAllowanceChargeHasVatCategory(e, false, "O") || noVatIds);
        r.Assert("BR-O-04", RuleFlag.Fatal, !RootAllowanceChargeHasVatCategory(e, true, "O") || noVatIds);
        var hasO = CountBreakdownIds(ix, "O") > 0;
        r.Assert("BR-O-11", RuleFlag.Fatal, !hasO || CountBreakdownCategoriesOtherThan(ix, "O") == 0);
        r.Assert("BR-O-12", RuleFlag.Fatal, !hasO || ix.CountClassifiedOtherThan("O") == 0);
        r.Assert("BR-O-13", RuleFlag.Fatal, !hasO || ix.CountAllowanceChargeCategoriesOtherThan(false, "O") == 0);
        r.Assert("BR-O-14", RuleFlag.Fatal, !hasO || ix.CountAllowanceChargeCategoriesOtherThan(true, "O") == 0);

        // Standard rated (S): BR-S-01 ignores the tax scheme.
        var usedS = ix.CountAllowanceChargeCategories(null, "S", vat: false) + ix.CountClassified("S", vat: false);
        var breakdownS = CountBreakdownCategories(ix, "S", exactId: false, vat: false);
        r.Assert("BR-S-01", RuleFlag.Fatal, (usedS > 0 && breakdownS > 0) || (usedS == 0 && breakdownS == 0));
        r.Assert("BR-S-02", RuleFlag.Fatal, (ix.CountClassified("S", vat: true) > 0 && sellerAny) || ix.CountClassified("S", vat: false) == 0);
        r.Assert("BR-S-03", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(false, "S", vat: true) == 0 || sellerAny);
        r.Assert("BR-S-04", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(true, "S", vat: true) == 0 || sellerAny);

        // Zero rated (Z).
        r.Assert("BR-Z-01", RuleFlag.Fatal, OneBreakdownPerUsedCategory(ix, "Z"));
        r.Assert("BR-Z-02", RuleFlag.Fatal, ix.CountClassified("Z", vat: true) == 0 || sellerAny);
        r.Assert("BR-Z-03", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(false, "Z", vat: true) == 0 || sellerAny);
        r.Assert("BR-Z-04", RuleFlag.Fatal, ix.CountAllowanceChargeCategories(true, "Z", vat: true) == 0 || sellerAny);

        // Split payment (B): only in domestic Italian invoices (every country code IT), never together with S.
        var usesB = ix.AnyCategoryIdExactly("B");
        r.Assert("BR-B-01", RuleFlag.Fatal, !usesB || !ix.IdentificationCodes.Exists(static c => c.Value != "IT"));
        r.Assert("BR-B-02", RuleFlag.Fatal, !RootUsesCategory(e, ix, "B") || !RootUsesCategory(e, ix, "S"));
    }

    // BR-53: every $c in cbc:TaxCurrencyCode satisfies exists(//cac:TaxTotal/cbc:TaxAmount[@currencyID = $c]).
    private static bool TaxCurrencyTotalsPresent(XElement root, UblDocumentIndex ix)
    {
        foreach (var currency in root.Elements(TaxCurrencyCode))
        {
            var code = currency.Value;
            var found = false;
            foreach (var total in ix.TaxTotals)
            {
                foreach (var amount in total.Elements(TaxAmount))
                {
                    if (amount.Attribute(CurrencyId)?.Value == code)
                    {
                        found = true;
                        break;
                    }
                }

                if (found)
                {
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // BR-CO-15: for the document currency, exactly one TaxTotal has a TaxAmount in it, and BT-112 = round(BT-109 + BT-110, 2).
    private static bool TotalWithVatAddsUp(XElement root)
    {
        foreach (var currency in root.Elements(DocumentCurrencyCode))
        {
            var code = currency.Value;
            var count = 0;
            decimal? taxTotal = null;
            foreach (var total in root.Elements(TaxTotal))
            {
                var amount = total.Elements(TaxAmount).FirstOrDefault(a => a.Attribute(CurrencyId)?.Value == code);
                if (amount is not null)
                {
                    count++;
                    taxTotal = Xp.Decimal(amount);
                }
            }

            var totals = root.Element(LegalMonetaryTotal);
            var holds = count == 1
                && taxTotal is { } vat
                && Dec(totals, TaxInclusiveAmount) is { } withVat
                && Dec(totals, TaxExclusiveAmount) is { } withoutVat
                && Checked(() => withVat == Round2(withoutVat + vat));
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    // BR-DEC-13/15 as written: the predicate [@currencyID = cbc:DocumentCurrencyCode] looks for a child of the TaxAmount,
    // so in a UBL document it selects nothing and the rule holds; it is translated literally all the same.
    private static bool TaxAmountDecimalsQuirk(UblDocumentIndex ix, XName currencyChild)
    {
        foreach (var total in ix.TaxTotals)
        {
            foreach (var amount in total.Elements(TaxAmount))
            {
                var currency = amount.Attribute(CurrencyId)?.Value;
                if (currency is not null && amount.Elements(currencyChild).Any(c => c.Value == currency))
                {
                    return AtMostTwoDecimalsOf(amount.Value);
                }
            }
        }

        return true;
    }

    private static bool AtMostTwoDecimalsOf(string value)
    {
        var point = value.IndexOf('.', StringComparison.Ordinal);
        return point < 0 || Xp.StringLength(value[(point + 1)..]) <= 2;
    }

    // BR-xx-01: a category used anywhere (//cac:TaxCategory or //cac:ClassifiedTaxCategory with the VAT scheme) has exactly
    // one cbc:ID in the VAT breakdown.
    private static bool OneBreakdownPerUsedCategory(UblDocumentIndex ix, string code)
    {
        var used = ix.AnyVatIdNormalized(classified: false, code) || ix.AnyVatIdNormalized(classified: true, code);
        return !used || CountBreakdownIds(ix, code) == 1;
    }

    // count(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[VAT]/cbc:ID[normalize-space(.) = code]) from the root.
    private static int CountBreakdownIds(UblDocumentIndex ix, string code)
    {
        var count = 0;
        foreach (var category in ix.BreakdownCategories)
        {
            if (category.Vat)
            {
                count += category.CountIdsNormalized(code);
            }
        }

        return count;
    }

    // count(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[cbc:ID = code or normalize-space(cbc:ID) = code][VAT?]).
    private static int CountBreakdownCategories(UblDocumentIndex ix, string code, bool exactId, bool vat)
    {
        var count = 0;
        foreach (var category in ix.BreakdownCategories)
        {
            var idMatches = exactId ? category.HasIdExactly(code) : category.Id == code;
            if (idMatches && (!vat || category.Vat))
            {
                count++;
            }
        }

        return count;
    }

    // count(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[normalize-space(cbc:ID) != code][VAT]): a category without ID counts.
    private static int CountBreakdownCategoriesOtherThan(UblDocumentIndex ix, string code)
    {
        var count = 0;
        foreach (var category in ix.BreakdownCategories)
        {
            if (category.Id != code && category.Vat)
            {
                count++;
            }
        }

        return count;
    }

    // exists((/ubl:Invoice|/cn:CreditNote)/cac:AllowanceCharge[cbc:ChargeIndicator = charge]/cac:TaxCategory[normalize-space(cbc:ID) = code][VAT]).
    private static bool RootAllowanceChargeHasVatCategory(XElement root, bool charge, string code)
    {
        foreach (var ac in root.Elements(AllowanceCharge))
        {
            if (!ChargeIndicatorIs(ac, charge))
            {
                continue;
            }

            foreach (var category in ac.Elements(TaxCategory))
            {
                if (CategoryIdIs(category, code) && IsVat(category))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // BR-B-02: cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID = code or cac:AllowanceCharge/cac:TaxCategory/cbc:ID = code
    // or //cac:ClassifiedTaxCategory/cbc:ID = code (exact string comparisons).
    private static bool RootUsesCategory(XElement root, UblDocumentIndex ix, string code)
    {
        foreach (var category in ix.BreakdownCategories)
        {
            if (category.HasIdExactly(code))
            {
                return true;
            }
        }

        foreach (var ac in root.Elements(AllowanceCharge))
        {
            foreach (var category in ac.Elements(TaxCategory))
            {
                if (AnyIdEquals(category, code))
                {
                    return true;
                }
            }
        }

        return ix.AnyClassifiedIdExactly(code);
    }

    // BG-25 Invoice line.
    private static void CheckLine(XElement e, RuleScope r)
    {
        r.Assert("BR-21", RuleFlag.Fatal, NormChild(e, CbcId).Length != 0);
        r.Assert("BR-22", RuleFlag.Fatal, Has(e, InvoicedQuantity) || Has(e, CreditedQuantity));
        r.Assert("BR-23", RuleFlag.Fatal, AnyWithAttribute(e, InvoicedQuantity, UnitCode) || AnyWithAttribute(e, CreditedQuantity, UnitCode));
        r.Assert("BR-24", RuleFlag.Fatal, Has(e, LineExtensionAmount));
        r.Assert("BR-25", RuleFlag.Fatal, Xp.Norm(FirstAt(e, Item, Name)).Length != 0);

        // BR-26..28: untyped values compared with 0 as xs:double, any of them.
        var hasPrice = false;
        var priceNotNegative = false;
        var hasGross = false;
        var grossNotNegative = false;
        foreach (var price in e.Elements(Price))
        {
            foreach (var amount in price.Elements(PriceAmount))
            {
                hasPrice = true;
                priceNotNegative |= Xp.TryDouble(amount.Value, out var d) && d >= 0;
            }

            foreach (var ac in price.Elements(AllowanceCharge))
            {
                foreach (var gross in ac.Elements(BaseAmount))
                {
                    hasGross = true;
                    grossNotNegative |= Xp.TryDouble(gross.Value, out var d) && d >= 0;
                }
            }
        }

        r.Assert("BR-26", RuleFlag.Fatal, hasPrice);
        r.Assert("BR-27", RuleFlag.Fatal, priceNotNegative);
        r.Assert("BR-28", RuleFlag.Fatal, !hasGross || grossNotNegative);
        var vatCategorized = false;
        foreach (var item in e.Elements(Item))
        {
            vatCategorized |= HasVatClassifiedId(item);
        }

        r.Assert("BR-CO-04", RuleFlag.Fatal, vatCategorized);
        r.Assert("BR-DEC-23", RuleFlag.Fatal, AtMostTwoDecimals(e, LineExtensionAmount));
    }

    private static bool AnyWithAttribute(XElement e, XName child, XName attribute)
    {
        foreach (var c in e.Elements(child))
        {
            if (c.Attribute(attribute) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVatClassifiedId(XElement item)
    {
        foreach (var category in item.Elements(ClassifiedTaxCategory))
        {
            if (Has(category, CbcId) && IsVat(category))
            {
                return true;
            }
        }

        return false;
    }

    // BR-17: a payee different from the seller has a name.
    private static void CheckPayee(XElement e, RuleScope r)
    {
        var seller = e.Parent is { } parent ? Xp.Path(parent, AccountingSupplierParty, Party).ToList() : [];
        var sellerNames = seller.SelectMany(static p => Xp.Path(p, PartyName, Name)).Select(static n => n.Value).ToHashSet(StringComparer.Ordinal);
        var sellerIds = seller.SelectMany(static p => Xp.Path(p, PartyIdentification, CbcId)).Select(static n => n.Value).ToHashSet(StringComparer.Ordinal);
        var names = Xp.Path(e, PartyName, Name).ToList();
        r.Assert(
            "BR-17",
            RuleFlag.Fatal,
            names.Count > 0 && !names.Exists(n => sellerNames.Contains(n.Value)) && !Xp.Path(e, PartyIdentification, CbcId).Any(i => sellerIds.Contains(i.Value)));
    }

    // BR-CO-14: BT-110 = round(Σ BT-117, 2).
    private static void CheckTaxTotal(XElement e, RuleScope r)
    {
        var hasSubtotals = Has(e, TaxSubtotal);
        r.Assert("BR-CO-14", RuleFlag.Fatal, !hasSubtotals || (Dec(e, TaxAmount) is { } total && SumDec(e.Elements(TaxSubtotal), TaxAmount) is { } sum && Checked(() => total == Round2(sum))));
    }

    // BG-23 VAT breakdown.
    private static void CheckTaxSubtotal(XElement e, RuleScope r)
    {
        r.Assert("BR-45", RuleFlag.Fatal, Has(e, TaxableAmount));
        r.Assert("BR-46", RuleFlag.Fatal, Has(e, TaxAmount));
        XElement? firstVat = null;
        var hasVatId = false;
        var hasVatPercent = false;
        var isO = false;
        decimal? rate = null;
        var hasRate = false;
        foreach (var category in e.Elements(TaxCategory))
        {
            if (!IsVat(category))
            {
                continue;
            }

            firstVat ??= category;
            hasVatId |= Has(category, CbcId);
            hasVatPercent |= Has(category, Percent);
            isO |= NormChild(category, CbcId) == "O";
            if (!hasRate && category.Element(Percent) is { } percent)
            {
                hasRate = true;
                rate = Xp.Decimal(percent);
            }
        }

        r.Assert("BR-47", RuleFlag.Fatal, hasVatId);
        r.Assert("BR-48", RuleFlag.Fatal, hasVatPercent || isO);

        // BR-CO-17: BT-117 = BT-116 × BT-119 / 100 within ±1, or 0 when the rate rounds to 0 or is missing.
        var taxAmount = Dec(e, TaxAmount);
        var taxable = Dec(e, TaxableAmount);
        r.Assert("BR-CO-17", RuleFlag.Fatal, Checked(() =>
            (rate is { } p1 && Xp.Round(p1) == 0 && taxAmount is { } t1 && Xp.Round(t1) == 0)
            || (rate is { } p2 && Xp.Round(p2) != 0 && taxAmount is { } t2 && taxable is { } b2 && WithinOne(Math.Abs(t2), Round2(Math.Abs(b2) * (p2 / 100m))))
            || (!hasRate && taxAmount is { } t3 && Xp.Round(t3) == 0)));
        r.Assert("BR-DEC-19", RuleFlag.Fatal, AtMostTwoDecimals(e, TaxableAmount));
        r.Assert("BR-DEC-20", RuleFlag.Fatal, AtMostTwoDecimals(e, TaxAmount));
    }

    // abs(tax) - 1 < computed and abs(tax) + 1 > computed.
    private static bool WithinOne(decimal tax, decimal computed) => tax - 1 < computed && tax + 1 > computed;

    // Context /*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[normalize-space(cbc:ID) = code][VAT].
    private static bool IsBreakdownCategory(XElement e, string code) =>
        e.Parent is { } subtotal && subtotal.Name == TaxSubtotal
        && subtotal.Parent is { } total && total.Name == TaxTotal
        && total.Parent is { } root && root.Parent is null
        && IsVatCategory(e, code);

    // Context cac:AllowanceCharge[cbc:ChargeIndicator = charge]/cac:TaxCategory[normalize-space(cbc:ID) = code][VAT].
    private static bool IsAllowanceChargeCategory(XElement e, bool charge, string code) =>
        e.Parent is { } ac && ac.Name == AllowanceCharge && ChargeIndicatorIs(ac, charge) && IsVatCategory(e, code);

    // Context cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory[...] | cac:CreditNoteLine/cac:Item/cac:ClassifiedTaxCategory[...].
    private static bool IsLineCategory(XElement e, string code) =>
        e.Parent is { } item && item.Name == Item && IsLine(item.Parent) && IsVatCategory(e, code);

    // The four rules of a category whose rate is 0 and whose breakdown needs a matching taxable amount exactly
    // (AE, E, G, K, Z): -08 taxable amount, -09 zero tax, -10 exemption reason (Z: none), -05/-06/-07 zero rates.
    private static void ExemptCategory(PatternBuilder pattern, string code, string prefix)
    {
        var id08 = prefix + "-08";
        var id09 = prefix + "-09";
        var id10 = prefix + "-10";
        var id05 = prefix + "-05";
        var id06 = prefix + "-06";
        var id07 = prefix + "-07";
        var zero = code == "Z";
        pattern
            .Rule($"/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[normalize-space(cbc:ID) = '{code}'][VAT]", TaxCategory, e => IsBreakdownCategory(e, code), (e, r) =>
            {
                r.Assert(id08, RuleFlag.Fatal, TaxableAmountMatchesExactly(e, code));
                r.Assert(id09, RuleFlag.Fatal, DecIsZero(e.Parent!, TaxAmount));
                var hasReason = Has(e, TaxExemptionReason) || Has(e, TaxExemptionReasonCode);
                r.Assert(id10, RuleFlag.Fatal, zero ? !hasReason : hasReason);
            })
            .Rule($"cac:AllowanceCharge[cbc:ChargeIndicator=false()]/cac:TaxCategory[normalize-space(cbc:ID)='{code}'][VAT]", TaxCategory, e => IsAllowanceChargeCategory(e, false, code), (e, r) =>
                r.Assert(id06, RuleFlag.Fatal, DecIsZero(e, Percent)))
            .Rule($"cac:AllowanceCharge[cbc:ChargeIndicator=true()]/cac:TaxCategory[normalize-space(cbc:ID)='{code}'][VAT]", TaxCategory, e => IsAllowanceChargeCategory(e, true, code), (e, r) =>
                r.Assert(id07, RuleFlag.Fatal, DecIsZero(e, Percent)))
            .Rule($"cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory[normalize-space(cbc:ID) = '{code}'][VAT] | cac:CreditNoteLine/...", ClassifiedTaxCategory, e => IsLineCategory(e, code), (e, r) =>
                r.Assert(id05, RuleFlag.Fatal, DecIsZero(e, Percent)));
    }

    // Not subject to VAT (O): like the exempt categories, but the rates must be absent.
    private static void NotSubjectCategory(PatternBuilder pattern)
    {
        pattern
            .Rule("/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[normalize-space(cbc:ID) = 'O'][VAT]", TaxCategory, static e => IsBreakdownCategory(e, "O"), static (e, r) =>
            {
                r.Assert("BR-O-08", RuleFlag.Fatal, TaxableAmountMatchesExactly(e, "O"));
                r.Assert("BR-O-09", RuleFlag.Fatal, DecIsZero(e.Parent!, TaxAmount));
                r.Assert("BR-O-10", RuleFlag.Fatal, Has(e, TaxExemptionReason) || Has(e, TaxExemptionReasonCode));
            })
            .Rule("cac:AllowanceCharge[cbc:ChargeIndicator=false()]/cac:TaxCategory[normalize-space(cbc:ID)='O'][VAT]", TaxCategory, static e => IsAllowanceChargeCategory(e, false, "O"), static (e, r) =>
                r.Assert("BR-O-06", RuleFlag.Fatal, !Has(e, Percent)))
            .Rule("cac:AllowanceCharge[cbc:ChargeIndicator=true()]/cac:TaxCategory[normalize-space(cbc:ID)='O'][VAT]", TaxCategory, static e => IsAllowanceChargeCategory(e, true, "O"), static (e, r) =>
                r.Assert("BR-O-07", RuleFlag.Fatal, !Has(e, Percent)))
            .Rule("cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory[normalize-space(cbc:ID) = 'O'][VAT] | cac:CreditNoteLine/...", ClassifiedTaxCategory, static e => IsLineCategory(e, "O"), static (e, r) =>
                r.Assert("BR-O-05", RuleFlag.Fatal, !Has(e, Percent)));
    }

    // The categories with a rate (S > 0; L and M >= 0): -08 taxable amount per rate within ±1, -09 tax amount, -10 no
    // exemption reason, -05/-06/-07 rates.
    private static void RatedCategory(PatternBuilder pattern, string code, string prefix)
    {
        var id08 = prefix + "-08";
        var id09 = prefix + "-09";
        var id10 = prefix + "-10";
        var id05 = prefix + "-05";
        var id06 = prefix + "-06";
        var id07 = prefix + "-07";
        var standard = code == "S";
        Func<double, bool> rateOk = standard ? static d => d > 0 : static d => d >= 0;
        pattern
            .Rule($"/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[normalize-space(cbc:ID) = '{code}'][VAT]", TaxCategory, e => IsBreakdownCategory(e, code), (e, r) =>
            {
                r.Assert(id08, RuleFlag.Fatal, standard ? StandardTaxableAmountMatches(e) : RatedTaxableAmountMatches(e, code));
                r.Assert(id09, RuleFlag.Fatal, Checked(() =>
                    Dec(e.Parent, TaxAmount) is { } tax && Dec(e.Parent, TaxableAmount) is { } taxable && Dec(e, Percent) is { } percent
                    && WithinOne(Math.Abs(tax), Round2(Math.Abs(taxable) * (percent / 100m)))));
                r.Assert(id10, RuleFlag.Fatal, !Has(e, TaxExemptionReason) && !Has(e, TaxExemptionReasonCode));
            })
            .Rule($"cac:AllowanceCharge[cbc:ChargeIndicator=false()]/cac:TaxCategory[normalize-space(cbc:ID)='{code}'][VAT]", TaxCategory, e => IsAllowanceChargeCategory(e, false, code), (e, r) =>
                r.Assert(id06, RuleFlag.Fatal, AnyDouble(e, Percent, rateOk)))
            .Rule($"cac:AllowanceCharge[cbc:ChargeIndicator=true()]/cac:TaxCategory[normalize-space(cbc:ID)='{code}'][VAT]", TaxCategory, e => IsAllowanceChargeCategory(e, true, code), (e, r) =>
                r.Assert(id07, RuleFlag.Fatal, AnyDouble(e, Percent, rateOk)))
            .Rule($"cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory[normalize-space(cbc:ID) = '{code}'][VAT] | cac:CreditNoteLine/...", ClassifiedTaxCategory, e => IsLineCategory(e, code), (e, r) =>
                r.Assert(id05, RuleFlag.Fatal, AnyDouble(e, Percent, rateOk)));
    }

    // BR-xx-08 (AE, E, G, K, O, Z): BT-116 = Σ line net amounts + Σ charges - Σ allowances of the category, exactly, for invoice
    // lines when there are any, else for credit note lines.
    private static bool TaxableAmountMatchesExactly(XElement category, string code)
    {
        var subtotal = category.Parent!;
        var root = subtotal.Parent!.Parent!;
        var ix = Index(category);
        var taxable = Dec(subtotal, TaxableAmount);
        if (taxable is null)
        {
            return false;
        }

        return (ix.InvoiceLines.Count > 0 && CategoryBase(root, InvoiceLine, code, null) == taxable)
            || (ix.CreditNoteLines.Count > 0 && CategoryBase(root, CreditNoteLine, code, null) == taxable);
    }

    // BR-S-08: for the breakdown's rate, the lines and allowances/charges of S at that rate add up to BT-116 within ±1
    // (BT-116 ∓ 1 computed in xs:double, then cast to xs:decimal exactly).
    private static bool StandardTaxableAmountMatches(XElement category)
    {
        if (category.Element(Percent) is not { } percentElement)
        {
            return true;
        }

        if (Xp.Decimal(percentElement) is not { } rate)
        {
            return true;
        }

        var subtotal = category.Parent!;
        var root = subtotal.Parent!.Parent!;
        var ix = Index(category);
        var allowanceOrCharge = AnyInCategory(ix.AllowanceCharges, isLine: false, rate);
        return ((AnyInCategory(ix.InvoiceLines, isLine: true, rate) || allowanceOrCharge) && WithinOneOfTaxable(subtotal, CategoryBase(root, InvoiceLine, "S", rate)))
            || ((AnyInCategory(ix.CreditNoteLines, isLine: true, rate) || allowanceOrCharge) && WithinOneOfTaxable(subtotal, CategoryBase(root, CreditNoteLine, "S", rate)));
    }

    // exists(//cac:InvoiceLine[...S at $rate...]) / exists(//cac:AllowanceCharge[...S at $rate...]).
    private static bool AnyInCategory(List<XElement> elements, bool isLine, decimal rate)
    {
        foreach (var element in elements)
        {
            if (isLine ? LineInCategory(element, "S", rate) : AllowanceChargeInCategory(element, "S", rate))
            {
                return true;
            }
        }

        return false;
    }

    // BR-AF-08 / BR-AG-08: like BR-S-08, guarded only by the presence of invoice (or credit note) lines.
    private static bool RatedTaxableAmountMatches(XElement category, string code)
    {
        if (category.Element(Percent) is not { } percentElement)
        {
            return true;
        }

        if (Xp.Decimal(percentElement) is not { } rate)
        {
            return true;
        }

        var subtotal = category.Parent!;
        var root = subtotal.Parent!.Parent!;
        var ix = Index(category);
        return (ix.InvoiceLines.Count > 0 && WithinOneOfTaxable(subtotal, CategoryBase(root, InvoiceLine, code, rate)))
            || (ix.CreditNoteLines.Count > 0 && WithinOneOfTaxable(subtotal, CategoryBase(root, CreditNoteLine, code, rate)));
    }

    // xs:decimal(cbc:TaxableAmount - 1) < base and xs:decimal(cbc:TaxableAmount + 1) > base, the ±1 in xs:double.
    private static bool WithinOneOfTaxable(XElement subtotal, decimal? categoryBase)
    {
        if (categoryBase is not { } sum || subtotal.Element(TaxableAmount) is not { } taxableElement || !Xp.TryDouble(taxableElement.Value, out var taxable))
        {
            return false;
        }

        return CompareExact(taxable - 1, sum) < 0 && CompareExact(taxable + 1, sum) > 0;
    }

    // Σ xs:decimal(LineExtensionAmount) of the root's lines in the category (and rate) + Σ charges - Σ allowances of the
    // root's allowances/charges in the category (and rate); null when a value is not a decimal.
    private static decimal? CategoryBase(XElement root, XName lineName, string code, decimal? rate)
    {
        var total = 0m;
        foreach (var child in root.Elements())
        {
            XName amountName;
            var sign = 1m;
            if (child.Name == lineName)
            {
                if (!LineInCategory(child, code, rate))
                {
                    continue;
                }

                amountName = LineExtensionAmount;
            }
            else if (child.Name == AllowanceCharge)
            {
                var charge = ChargeIndicatorIs(child, true);
                var allowance = ChargeIndicatorIs(child, false);
                if (!(charge || allowance) || !AllowanceChargeInCategory(child, code, rate))
                {
                    continue;
                }

                // An indicator both true and false (two indicators) counts on both sides, as the two sums do.
                sign = charge && allowance ? 0m : charge ? 1m : -1m;
                amountName = Amount;
            }
            else
            {
                continue;
            }

            if (child.Element(amountName) is { } amount)
            {
                if (!Xp.TryDecimal(amount.Value, out var value))
                {
                    return null;
                }

                try
                {
                    total += sign * value;
                }
                catch (OverflowException)
                {
                    return null;
                }
            }
        }

        return total;
    }

    // [cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = code][cac:Item/cac:ClassifiedTaxCategory/xs:decimal(cbc:Percent) = $rate]:
    // two independent existential tests.
    private static bool LineInCategory(XElement line, string code, decimal? rate)
    {
        var codeMatches = false;
        var rateMatches = rate is null;
        foreach (var item in line.Elements(Item))
        {
            foreach (var category in item.Elements(ClassifiedTaxCategory))
            {
                codeMatches |= NormChild(category, CbcId) == code;
                if (rate is { } r && !rateMatches)
                {
                    rateMatches = Dec(category, Percent) == r;
                }
            }
        }

        return codeMatches && rateMatches;
    }

    // [cac:TaxCategory/normalize-space(cbc:ID) = code][cac:TaxCategory/xs:decimal(cbc:Percent) = $rate].
    private static bool AllowanceChargeInCategory(XElement ac, string code, decimal? rate)
    {
        var codeMatches = false;
        var rateMatches = rate is null;
        foreach (var category in ac.Elements(TaxCategory))
        {
            codeMatches |= NormChild(category, CbcId) == code;
            if (rate is { } r && !rateMatches)
            {
                rateMatches = Dec(category, Percent) == r;
            }
        }

        return codeMatches && rateMatches;
    }


    // The text of each rule of the pattern, for the person who fixes the invoice.
    internal static readonly (string Id, string English, string French)[] Texts =
    [
        ("BR-01", "The invoice has no specification identifier (BT-24).", "La facture n'a pas d'identifiant de spécification (BT-24)."),
        ("BR-02", "The invoice has no number (BT-1).", "La facture n'a pas de numéro (BT-1)."),
        ("BR-03", "The invoice has no issue date (BT-2).", "La facture n'a pas de date d'émission (BT-2)."),
        ("BR-04", "The invoice has no type code (BT-3).", "La facture n'a pas de code de type (BT-3)."),
        ("BR-05", "The invoice has no currency code (BT-5).", "La facture n'a pas de code devise (BT-5)."),
        ("BR-06", "The seller's name is missing (BT-27).", "Le nom du vendeur est absent (BT-27)."),
        ("BR-07", "The buyer's name is missing (BT-44).", "Le nom de l'acheteur est absent (BT-44)."),
        ("BR-08", "The seller's postal address is missing (BG-5).", "L'adresse postale du vendeur est absente (BG-5)."),
        ("BR-09", "The seller's postal address has no country code (BT-40).", "L'adresse postale du vendeur n'a pas de code pays (BT-40)."),
        ("BR-10", "The buyer's postal address is missing (BG-8).", "L'adresse postale de l'acheteur est absente (BG-8)."),
        ("BR-11", "The buyer's postal address has no country code (BT-55).", "L'adresse postale de l'acheteur n'a pas de code pays (BT-55)."),
        ("BR-12", "The sum of the line net amounts is missing (BT-106).", "La somme des montants nets des lignes est absente (BT-106)."),
        ("BR-13", "The total amount without VAT is missing (BT-109).", "Le montant total hors TVA est absent (BT-109)."),
        ("BR-14", "The total amount with VAT is missing (BT-112).", "Le montant total TTC est absent (BT-112)."),
        ("BR-15", "The amount due for payment is missing (BT-115).", "Le montant à payer est absent (BT-115)."),
        ("BR-16", "The invoice has no line (BG-25).", "La facture n'a aucune ligne (BG-25)."),
        ("BR-17", "The payee differs from the seller but has no name (BT-59).", "Le bénéficiaire du paiement est différent du vendeur mais n'a pas de nom (BT-59)."),
        ("BR-18", "The seller's tax representative has no name (BT-62).", "Le représentant fiscal du vendeur n'a pas de nom (BT-62)."),
        ("BR-19", "The seller's tax representative has no postal address (BG-12).", "Le représentant fiscal du vendeur n'a pas d'adresse postale (BG-12)."),
        ("BR-20", "The tax representative's postal address has no country code (BT-69).", "L'adresse postale du représentant fiscal n'a pas de code pays (BT-69)."),
        ("BR-21", "An invoice line has no line identifier (BT-126).", "Une ligne de facture n'a pas d'identifiant de ligne (BT-126)."),
        ("BR-22", "An invoice line has no invoiced quantity (BT-129).", "Une ligne de facture n'a pas de quantité facturée (BT-129)."),
        ("BR-23", "An invoice line quantity has no unit of measure (BT-130).", "La quantité d'une ligne de facture n'a pas d'unité de mesure (BT-130)."),
        ("BR-24", "An invoice line has no net amount (BT-131).", "Une ligne de facture n'a pas de montant net (BT-131)."),
        ("BR-25", "An invoice line has no item name (BT-153).", "Une ligne de facture n'a pas de nom d'article (BT-153)."),
        ("BR-26", "An invoice line has no item net price (BT-146).", "Une ligne de facture n'a pas de prix net d'article (BT-146)."),
        ("BR-27", "An item net price is negative (BT-146).", "Un prix net d'article est négatif (BT-146)."),
        ("BR-28", "An item gross price is negative (BT-148).", "Un prix brut d'article est négatif (BT-148)."),
        ("BR-29", "The invoicing period ends before it starts (BT-73, BT-74).", "La période de facturation se termine avant de commencer (BT-73, BT-74)."),
        ("BR-30", "An invoice line period ends before it starts (BT-134, BT-135).", "La période d'une ligne de facture se termine avant de commencer (BT-134, BT-135)."),
        ("BR-31", "A document level allowance has no amount (BT-92).", "Une remise au niveau du document n'a pas de montant (BT-92)."),
        ("BR-32", "A document level allowance has no VAT category code (BT-95).", "Une remise au niveau du document n'a pas de code de catégorie de TVA (BT-95)."),
        ("BR-33", "A document level allowance has neither a reason nor a reason code (BT-97, BT-98).", "Une remise au niveau du document n'a ni motif ni code motif (BT-97, BT-98)."),
        ("BR-36", "A document level charge has no amount (BT-99).", "Des frais au niveau du document n'ont pas de montant (BT-99)."),
        ("BR-37", "A document level charge has no VAT category code (BT-102).", "Des frais au niveau du document n'ont pas de code de catégorie de TVA (BT-102)."),
        ("BR-38", "A document level charge has neither a reason nor a reason code (BT-104, BT-105).", "Des frais au niveau du document n'ont ni motif ni code motif (BT-104, BT-105)."),
        ("BR-41", "An invoice line allowance has no amount (BT-136).", "Une remise de ligne n'a pas de montant (BT-136)."),
        ("BR-42", "An invoice line allowance has neither a reason nor a reason code (BT-139, BT-140).", "Une remise de ligne n'a ni motif ni code motif (BT-139, BT-140)."),
        ("BR-43", "An invoice line charge has no amount (BT-141).", "Des frais de ligne n'ont pas de montant (BT-141)."),
        ("BR-44", "An invoice line charge has neither a reason nor a reason code (BT-144, BT-145).", "Des frais de ligne n'ont ni motif ni code motif (BT-144, BT-145)."),
        ("BR-45", "A VAT breakdown has no taxable amount (BT-116).", "Une ventilation de TVA n'a pas de base imposable (BT-116)."),
        ("BR-46", "A VAT breakdown has no VAT amount (BT-117).", "Une ventilation de TVA n'a pas de montant de TVA (BT-117)."),
        ("BR-47", "A VAT breakdown has no VAT category code (BT-118).", "Une ventilation de TVA n'a pas de code de catégorie de TVA (BT-118)."),
        ("BR-48", "A VAT breakdown has no VAT rate (BT-119), although its category is not \"not subject to VAT\".", "Une ventilation de TVA n'a pas de taux de TVA (BT-119) alors que sa catégorie n'est pas « non soumis à la TVA »."),
        ("BR-49", "A payment instruction has no payment means code (BT-81).", "Une instruction de paiement n'a pas de code de moyen de paiement (BT-81)."),
        ("BR-50", "A credit transfer has no payment account identifier (BT-84).", "Un virement n'a pas d'identifiant de compte de paiement (BT-84)."),
        ("BR-51", "The card number should not be given in full: at most the first 6 and last 4 digits (BT-87).", "Le numéro de carte ne doit pas figurer en entier : au plus les 6 premiers et les 4 derniers chiffres (BT-87)."),
        ("BR-52", "A supporting document has no reference (BT-122).", "Un justificatif n'a pas de référence (BT-122)."),
        ("BR-53", "A VAT accounting currency is given (BT-6) but the total VAT amount in that currency is missing (BT-111).", "Une devise de comptabilisation de la TVA est indiquée (BT-6) mais le montant total de TVA dans cette devise est absent (BT-111)."),
        ("BR-54", "An item attribute lacks its name or its value (BT-160, BT-161).", "Un attribut d'article n'a pas de nom ou pas de valeur (BT-160, BT-161)."),
        ("BR-55", "A preceding invoice reference has no invoice number (BT-25).", "Une référence à une facture antérieure n'a pas de numéro de facture (BT-25)."),
        ("BR-56", "The seller's tax representative has no VAT identifier (BT-63).", "Le représentant fiscal du vendeur n'a pas de numéro de TVA (BT-63)."),
        ("BR-57", "The deliver-to address has no country code (BT-80).", "L'adresse de livraison n'a pas de code pays (BT-80)."),
        ("BR-61", "A credit transfer payment (code 30 or 58) has no payment account identifier (BT-84).", "Un paiement par virement (code 30 ou 58) n'a pas d'identifiant de compte de paiement (BT-84)."),
        ("BR-62", "The seller's electronic address has no scheme identifier (BT-34).", "L'adresse électronique du vendeur n'a pas d'identifiant de schéma (BT-34)."),
        ("BR-63", "The buyer's electronic address has no scheme identifier (BT-49).", "L'adresse électronique de l'acheteur n'a pas d'identifiant de schéma (BT-49)."),
        ("BR-64", "An item standard identifier has no scheme identifier (BT-157).", "Un identifiant standard d'article n'a pas d'identifiant de schéma (BT-157)."),
        ("BR-65", "An item classification identifier has no scheme identifier (BT-158).", "Un code de classification d'article n'a pas d'identifiant de schéma (BT-158)."),
        ("BR-CL-08", "An invoice note subject code is not a UNCL 4451 code (BT-21).", "Le code sujet d'une note de facture n'est pas un code UNCL 4451 (BT-21)."),
        ("BR-CO-03", "The VAT point date and the VAT point date code are both given; only one is allowed (BT-7, BT-8).", "La date d'exigibilité de la TVA et son code sont tous deux indiqués ; un seul est permis (BT-7, BT-8)."),
        ("BR-CO-04", "An invoice line has no VAT category code (BT-151).", "Une ligne de facture n'a pas de code de catégorie de TVA (BT-151)."),
        ("BR-CO-05", "A document level allowance reason and its code disagree (BT-97, BT-98).", "Le motif et le code motif d'une remise au niveau du document ne concordent pas (BT-97, BT-98)."),
        ("BR-CO-06", "A document level charge reason and its code disagree (BT-104, BT-105).", "Le motif et le code motif de frais au niveau du document ne concordent pas (BT-104, BT-105)."),
        ("BR-CO-07", "An invoice line allowance reason and its code disagree (BT-139, BT-140).", "Le motif et le code motif d'une remise de ligne ne concordent pas (BT-139, BT-140)."),
        ("BR-CO-08", "An invoice line charge reason and its code disagree (BT-144, BT-145).", "Le motif et le code motif de frais de ligne ne concordent pas (BT-144, BT-145)."),
        ("BR-CO-09", "A VAT identifier does not start with a valid country prefix (BT-31, BT-48, BT-63).", "Un numéro de TVA ne commence pas par un préfixe pays valide (BT-31, BT-48, BT-63)."),
        ("BR-CO-10", "The sum of line net amounts (BT-106) does not equal the total of the invoice line net amounts (BT-131).", "La somme des montants nets des lignes (BT-106) ne correspond pas au total des montants nets des lignes (BT-131)."),
        ("BR-CO-11", "The sum of allowances (BT-107) does not equal the total of the document level allowances (BT-92).", "La somme des remises (BT-107) ne correspond pas au total des remises au niveau du document (BT-92)."),
        ("BR-CO-12", "The sum of charges (BT-108) does not equal the total of the document level charges (BT-99).", "La somme des frais (BT-108) ne correspond pas au total des frais au niveau du document (BT-99)."),
        ("BR-CO-13", "The total without VAT (BT-109) is not line total minus allowances plus charges (BT-106 - BT-107 + BT-108).", "Le total hors TVA (BT-109) n'est pas égal au total des lignes moins les remises plus les frais (BT-106 - BT-107 + BT-108)."),
        ("BR-CO-14", "The total VAT amount (BT-110) does not equal the sum of the VAT breakdown amounts (BT-117).", "Le montant total de TVA (BT-110) ne correspond pas à la somme des montants de TVA ventilés (BT-117)."),
        ("BR-CO-15", "The total with VAT (BT-112) is not the total without VAT plus the VAT amount (BT-109 + BT-110).", "Le total TTC (BT-112) n'est pas égal au total hors TVA plus la TVA (BT-109 + BT-110)."),
        ("BR-CO-16", "The amount due (BT-115) is not the total with VAT minus the paid amount plus rounding (BT-112 - BT-113 + BT-114).", "Le montant à payer (BT-115) n'est pas égal au total TTC moins l'acompte plus l'arrondi (BT-112 - BT-113 + BT-114)."),
        ("BR-CO-17", "A VAT breakdown amount (BT-117) is not its taxable amount times its rate (BT-116 × BT-119 / 100).", "Un montant de TVA ventilé (BT-117) n'est pas égal à sa base multipliée par son taux (BT-116 × BT-119 / 100)."),
        ("BR-CO-18", "The invoice has no VAT breakdown (BG-23).", "La facture n'a pas de ventilation de TVA (BG-23)."),
        ("BR-CO-19", "The invoicing period has neither a start date nor an end date (BT-73, BT-74).", "La période de facturation n'a ni date de début ni date de fin (BT-73, BT-74)."),
        ("BR-CO-20", "An invoice line period has neither a start date nor an end date (BT-134, BT-135).", "La période d'une ligne de facture n'a ni date de début ni date de fin (BT-134, BT-135)."),
        ("BR-CO-21", "A document level allowance has neither a reason nor a reason code (BT-97, BT-98).", "Une remise au niveau du document n'a ni motif ni code motif (BT-97, BT-98)."),
        ("BR-CO-22", "A document level charge has neither a reason nor a reason code (BT-104, BT-105).", "Des frais au niveau du document n'ont ni motif ni code motif (BT-104, BT-105)."),
        ("BR-CO-23", "An invoice line allowance has neither a reason nor a reason code (BT-139, BT-140).", "Une remise de ligne n'a ni motif ni code motif (BT-139, BT-140)."),
        ("BR-CO-24", "An invoice line charge has neither a reason nor a reason code (BT-144, BT-145).", "Des frais de ligne n'ont ni motif ni code motif (BT-144, BT-145)."),
        ("BR-CO-26", "The seller has no identifier, legal registration identifier or VAT identifier (BT-29, BT-30, BT-31).", "Le vendeur n'a ni identifiant, ni numéro d'immatriculation légale, ni numéro de TVA (BT-29, BT-30, BT-31)."),
        ("BR-DEC-01", "A document level allowance amount has more than 2 decimals (BT-92).", "Le montant d'une remise au niveau du document a plus de 2 décimales (BT-92)."),
        ("BR-DEC-02", "A document level allowance base amount has more than 2 decimals (BT-93).", "La base d'une remise au niveau du document a plus de 2 décimales (BT-93)."),
        ("BR-DEC-05", "A document level charge amount has more than 2 decimals (BT-99).", "Le montant de frais au niveau du document a plus de 2 décimales (BT-99)."),
        ("BR-DEC-06", "A document level charge base amount has more than 2 decimals (BT-100).", "La base de frais au niveau du document a plus de 2 décimales (BT-100)."),
        ("BR-DEC-09", "The sum of line net amounts has more than 2 decimals (BT-106).", "La somme des montants nets des lignes a plus de 2 décimales (BT-106)."),
        ("BR-DEC-10", "The sum of allowances has more than 2 decimals (BT-107).", "La somme des remises a plus de 2 décimales (BT-107)."),
        ("BR-DEC-11", "The sum of charges has more than 2 decimals (BT-108).", "La somme des frais a plus de 2 décimales (BT-108)."),
        ("BR-DEC-12", "The total without VAT has more than 2 decimals (BT-109).", "Le total hors TVA a plus de 2 décimales (BT-109)."),
        ("BR-DEC-13", "The total VAT amount has more than 2 decimals (BT-110).", "Le montant total de TVA a plus de 2 décimales (BT-110)."),
        ("BR-DEC-14", "The total with VAT has more than 2 decimals (BT-112).", "Le total TTC a plus de 2 décimales (BT-112)."),
        ("BR-DEC-15", "The total VAT amount in accounting currency has more than 2 decimals (BT-111).", "Le montant total de TVA en devise de comptabilisation a plus de 2 décimales (BT-111)."),
        ("BR-DEC-16", "The paid amount has more than 2 decimals (BT-113).", "Le montant déjà payé a plus de 2 décimales (BT-113)."),
        ("BR-DEC-17", "The rounding amount has more than 2 decimals (BT-114).", "Le montant d'arrondi a plus de 2 décimales (BT-114)."),
        ("BR-DEC-18", "The amount due has more than 2 decimals (BT-115).", "Le montant à payer a plus de 2 décimales (BT-115)."),
        ("BR-DEC-19", "A VAT breakdown taxable amount has more than 2 decimals (BT-116).", "Une base imposable ventilée a plus de 2 décimales (BT-116)."),
        ("BR-DEC-20", "A VAT breakdown VAT amount has more than 2 decimals (BT-117).", "Un montant de TVA ventilé a plus de 2 décimales (BT-117)."),
        ("BR-DEC-23", "An invoice line net amount has more than 2 decimals (BT-131).", "Le montant net d'une ligne a plus de 2 décimales (BT-131)."),
        ("BR-DEC-24", "An invoice line allowance amount has more than 2 decimals (BT-136).", "Le montant d'une remise de ligne a plus de 2 décimales (BT-136)."),
        ("BR-DEC-25", "An invoice line allowance base amount has more than 2 decimals (BT-137).", "La base d'une remise de ligne a plus de 2 décimales (BT-137)."),
        ("BR-DEC-27", "An invoice line charge amount has more than 2 decimals (BT-141).", "Le montant de frais de ligne a plus de 2 décimales (BT-141)."),
        ("BR-DEC-28", "An invoice line charge base amount has more than 2 decimals (BT-142).", "La base de frais de ligne a plus de 2 décimales (BT-142)."),
        ("BR-B-01", "Split payment (category B) is only allowed in a domestic Italian invoice: every country code must be IT.", "L'autoliquidation fractionnée (catégorie B) n'est permise que dans une facture domestique italienne : tous les codes pays doivent être IT."),
        ("BR-B-02", "Split payment (category B) and standard rate (category S) cannot be used in the same invoice.", "La catégorie B (split payment) et la catégorie S (taux normal) ne peuvent pas figurer dans la même facture."),
        ("BR-AE-01", "Category \"reverse charge\" (AE) is used, so the VAT breakdown must contain exactly one AE entry (BG-23).", "La catégorie « autoliquidation » (AE) est utilisée : la ventilation de TVA doit contenir exactement une entrée AE (BG-23)."),
        ("BR-AE-02", "An invoice line has category \"reverse charge\" (AE): the seller (BT-31, BT-32 or BT-63) and the buyer (BT-48 or BT-47) must be identified.", "Une ligne de facture a la catégorie « autoliquidation » (AE) : le vendeur (BT-31, BT-32 ou BT-63) et l'acheteur (BT-48 ou BT-47) doivent être identifiés."),
        ("BR-AE-03", "A document level allowance has category \"reverse charge\" (AE): the seller (BT-31, BT-32 or BT-63) and the buyer (BT-48 or BT-47) must be identified.", "Une remise au niveau du document a la catégorie « autoliquidation » (AE) : le vendeur (BT-31, BT-32 ou BT-63) et l'acheteur (BT-48 ou BT-47) doivent être identifiés."),
        ("BR-AE-04", "A document level charge has category \"reverse charge\" (AE): the seller (BT-31, BT-32 or BT-63) and the buyer (BT-48 or BT-47) must be identified.", "Des frais au niveau du document ont la catégorie « autoliquidation » (AE) : le vendeur (BT-31, BT-32 ou BT-63) et l'acheteur (BT-48 ou BT-47) doivent être identifiés."),
        ("BR-AE-05", "An invoice line with category \"reverse charge\" (AE) must have a VAT rate of 0 (BT-152).", "Une ligne de catégorie « autoliquidation » (AE) doit avoir un taux de TVA de 0 (BT-152)."),
        ("BR-AE-06", "A document level allowance with category \"reverse charge\" (AE) must have a VAT rate of 0 (BT-96).", "Une remise au niveau du document de catégorie « autoliquidation » (AE) doit avoir un taux de TVA de 0 (BT-96)."),
        ("BR-AE-07", "A document level charge with category \"reverse charge\" (AE) must have a VAT rate of 0 (BT-103).", "Des frais au niveau du document de catégorie « autoliquidation » (AE) doivent avoir un taux de TVA de 0 (BT-103)."),
        ("BR-AE-08", "The taxable amount of the \"reverse charge\" (AE) VAT breakdown does not equal its lines plus charges minus allowances (BT-116).", "La base imposable de la ventilation « autoliquidation » (AE) n'est pas égale à ses lignes plus frais moins remises (BT-116)."),
        ("BR-AE-09", "The VAT amount of the \"reverse charge\" (AE) VAT breakdown must be 0 (BT-117).", "Le montant de TVA de la ventilation « autoliquidation » (AE) doit être 0 (BT-117)."),
        ("BR-AE-10", "A VAT breakdown with category \"reverse charge\" (AE) needs an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « autoliquidation » (AE) doit avoir un motif ou un code d'exonération (BT-120, BT-121)."),
        ("BR-E-01", "Category \"exempt from VAT\" (E) is used, so the VAT breakdown must contain exactly one E entry (BG-23).", "La catégorie « exonéré de TVA » (E) est utilisée : la ventilation de TVA doit contenir exactement une entrée E (BG-23)."),
        ("BR-E-02", "An invoice line has category \"exempt from VAT\" (E): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une ligne de facture a la catégorie « exonéré de TVA » (E) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-E-03", "A document level allowance has category \"exempt from VAT\" (E): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une remise au niveau du document a la catégorie « exonéré de TVA » (E) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-E-04", "A document level charge has category \"exempt from VAT\" (E): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Des frais au niveau du document ont la catégorie « exonéré de TVA » (E) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-E-05", "An invoice line with category \"exempt from VAT\" (E) must have a VAT rate of 0 (BT-152).", "Une ligne de catégorie « exonéré de TVA » (E) doit avoir un taux de TVA de 0 (BT-152)."),
        ("BR-E-06", "A document level allowance with category \"exempt from VAT\" (E) must have a VAT rate of 0 (BT-96).", "Une remise au niveau du document de catégorie « exonéré de TVA » (E) doit avoir un taux de TVA de 0 (BT-96)."),
        ("BR-E-07", "A document level charge with category \"exempt from VAT\" (E) must have a VAT rate of 0 (BT-103).", "Des frais au niveau du document de catégorie « exonéré de TVA » (E) doivent avoir un taux de TVA de 0 (BT-103)."),
        ("BR-E-08", "The taxable amount of the \"exempt from VAT\" (E) VAT breakdown does not equal its lines plus charges minus allowances (BT-116).", "La base imposable de la ventilation « exonéré de TVA » (E) n'est pas égale à ses lignes plus frais moins remises (BT-116)."),
        ("BR-E-09", "The VAT amount of the \"exempt from VAT\" (E) VAT breakdown must be 0 (BT-117).", "Le montant de TVA de la ventilation « exonéré de TVA » (E) doit être 0 (BT-117)."),
        ("BR-E-10", "A VAT breakdown with category \"exempt from VAT\" (E) needs an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « exonéré de TVA » (E) doit avoir un motif ou un code d'exonération (BT-120, BT-121)."),
        ("BR-G-01", "Category \"export outside the EU\" (G) is used, so the VAT breakdown must contain exactly one G entry (BG-23).", "La catégorie « exportation hors UE » (G) est utilisée : la ventilation de TVA doit contenir exactement une entrée G (BG-23)."),
        ("BR-G-02", "An invoice line has category \"export outside the EU\" (G): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une ligne de facture a la catégorie « exportation hors UE » (G) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-G-03", "A document level allowance has category \"export outside the EU\" (G): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une remise au niveau du document a la catégorie « exportation hors UE » (G) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-G-04", "A document level charge has category \"export outside the EU\" (G): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Des frais au niveau du document ont la catégorie « exportation hors UE » (G) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-G-05", "An invoice line with category \"export outside the EU\" (G) must have a VAT rate of 0 (BT-152).", "Une ligne de catégorie « exportation hors UE » (G) doit avoir un taux de TVA de 0 (BT-152)."),
        ("BR-G-06", "A document level allowance with category \"export outside the EU\" (G) must have a VAT rate of 0 (BT-96).", "Une remise au niveau du document de catégorie « exportation hors UE » (G) doit avoir un taux de TVA de 0 (BT-96)."),
        ("BR-G-07", "A document level charge with category \"export outside the EU\" (G) must have a VAT rate of 0 (BT-103).", "Des frais au niveau du document de catégorie « exportation hors UE » (G) doivent avoir un taux de TVA de 0 (BT-103)."),
        ("BR-G-08", "The taxable amount of the \"export outside the EU\" (G) VAT breakdown does not equal its lines plus charges minus allowances (BT-116).", "La base imposable de la ventilation « exportation hors UE » (G) n'est pas égale à ses lignes plus frais moins remises (BT-116)."),
        ("BR-G-09", "The VAT amount of the \"export outside the EU\" (G) VAT breakdown must be 0 (BT-117).", "Le montant de TVA de la ventilation « exportation hors UE » (G) doit être 0 (BT-117)."),
        ("BR-G-10", "A VAT breakdown with category \"export outside the EU\" (G) needs an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « exportation hors UE » (G) doit avoir un motif ou un code d'exonération (BT-120, BT-121)."),
        ("BR-IC-01", "Category \"intra-community supply\" (K) is used, so the VAT breakdown must contain exactly one K entry (BG-23).", "La catégorie « livraison intracommunautaire » (K) est utilisée : la ventilation de TVA doit contenir exactement une entrée K (BG-23)."),
        ("BR-IC-02", "An invoice line has category \"intra-community supply\" (K): the seller VAT identifier (BT-31 or BT-63) and the buyer VAT identifier (BT-48) are required.", "Une ligne de facture a la catégorie « livraison intracommunautaire » (K) : le numéro de TVA du vendeur (BT-31 ou BT-63) et celui de l'acheteur (BT-48) sont obligatoires."),
        ("BR-IC-03", "A document level allowance has category \"intra-community supply\" (K): the seller VAT identifier (BT-31 or BT-63) and the buyer VAT identifier (BT-48) are required.", "Une remise au niveau du document a la catégorie « livraison intracommunautaire » (K) : le numéro de TVA du vendeur (BT-31 ou BT-63) et celui de l'acheteur (BT-48) sont obligatoires."),
        ("BR-IC-04", "A document level charge has category \"intra-community supply\" (K): the seller VAT identifier (BT-31 or BT-63) and the buyer VAT identifier (BT-48) are required.", "Des frais au niveau du document ont la catégorie « livraison intracommunautaire » (K) : le numéro de TVA du vendeur (BT-31 ou BT-63) et celui de l'acheteur (BT-48) sont obligatoires."),
        ("BR-IC-05", "An invoice line with category \"intra-community supply\" (K) must have a VAT rate of 0 (BT-152).", "Une ligne de catégorie « livraison intracommunautaire » (K) doit avoir un taux de TVA de 0 (BT-152)."),
        ("BR-IC-06", "A document level allowance with category \"intra-community supply\" (K) must have a VAT rate of 0 (BT-96).", "Une remise au niveau du document de catégorie « livraison intracommunautaire » (K) doit avoir un taux de TVA de 0 (BT-96)."),
        ("BR-IC-07", "A document level charge with category \"intra-community supply\" (K) must have a VAT rate of 0 (BT-103).", "Des frais au niveau du document de catégorie « livraison intracommunautaire » (K) doivent avoir un taux de TVA de 0 (BT-103)."),
        ("BR-IC-08", "The taxable amount of the \"intra-community supply\" (K) VAT breakdown does not equal its lines plus charges minus allowances (BT-116).", "La base imposable de la ventilation « livraison intracommunautaire » (K) n'est pas égale à ses lignes plus frais moins remises (BT-116)."),
        ("BR-IC-09", "The VAT amount of the \"intra-community supply\" (K) VAT breakdown must be 0 (BT-117).", "Le montant de TVA de la ventilation « livraison intracommunautaire » (K) doit être 0 (BT-117)."),
        ("BR-IC-10", "A VAT breakdown with category \"intra-community supply\" (K) needs an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « livraison intracommunautaire » (K) doit avoir un motif ou un code d'exonération (BT-120, BT-121)."),
        ("BR-IC-11", "An intra-community supply needs the actual delivery date or the invoicing period (BT-72, BG-14).", "Une livraison intracommunautaire exige la date de livraison effective ou la période de facturation (BT-72, BG-14)."),
        ("BR-IC-12", "An intra-community supply needs the deliver-to country code (BT-80).", "Une livraison intracommunautaire exige le code pays de livraison (BT-80)."),
        ("BR-O-01", "Category \"not subject to VAT\" (O) is used, so the VAT breakdown must contain exactly one O entry (BG-23).", "La catégorie « non soumis à la TVA » (O) est utilisée : la ventilation de TVA doit contenir exactement une entrée O (BG-23)."),
        ("BR-O-02", "An invoice line has category \"not subject to VAT\" (O): the invoice must not contain a seller, tax representative or buyer VAT identifier (BT-31, BT-63, BT-48).", "Une ligne de facture a la catégorie « non soumis à la TVA » (O) : la facture ne doit contenir aucun numéro de TVA du vendeur, du représentant fiscal ou de l'acheteur (BT-31, BT-63, BT-48)."),
        ("BR-O-03", "A document level allowance has category \"not subject to VAT\" (O): the invoice must not contain a seller, tax representative or buyer VAT identifier (BT-31, BT-63, BT-48).", "Une remise au niveau du document a la catégorie « non soumis à la TVA » (O) : la facture ne doit contenir aucun numéro de TVA du vendeur, du représentant fiscal ou de l'acheteur (BT-31, BT-63, BT-48)."),
        ("BR-O-04", "A document level charge has category \"not subject to VAT\" (O): the invoice must not contain a seller, tax representative or buyer VAT identifier (BT-31, BT-63, BT-48).", "Des frais au niveau du document ont la catégorie « non soumis à la TVA » (O) : la facture ne doit contenir aucun numéro de TVA du vendeur, du représentant fiscal ou de l'acheteur (BT-31, BT-63, BT-48)."),
        ("BR-O-05", "An invoice line with category \"not subject to VAT\" (O) must not have a VAT rate (BT-152).", "Une ligne de catégorie « non soumis à la TVA » (O) ne doit pas avoir de taux de TVA (BT-152)."),
        ("BR-O-06", "A document level allowance with category \"not subject to VAT\" (O) must not have a VAT rate (BT-96).", "Une remise au niveau du document de catégorie « non soumis à la TVA » (O) ne doit pas avoir de taux de TVA (BT-96)."),
        ("BR-O-07", "A document level charge with category \"not subject to VAT\" (O) must not have a VAT rate (BT-103).", "Des frais au niveau du document de catégorie « non soumis à la TVA » (O) ne doivent pas avoir de taux de TVA (BT-103)."),
        ("BR-O-08", "The taxable amount of the \"not subject to VAT\" (O) VAT breakdown does not equal its lines plus charges minus allowances (BT-116).", "La base imposable de la ventilation « non soumis à la TVA » (O) n'est pas égale à ses lignes plus frais moins remises (BT-116)."),
        ("BR-O-09", "The VAT amount of the \"not subject to VAT\" (O) VAT breakdown must be 0 (BT-117).", "Le montant de TVA de la ventilation « non soumis à la TVA » (O) doit être 0 (BT-117)."),
        ("BR-O-10", "A VAT breakdown with category \"not subject to VAT\" (O) needs an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « non soumis à la TVA » (O) doit avoir un motif ou un code d'exonération (BT-120, BT-121)."),
        ("BR-O-11", "An invoice with a \"not subject to VAT\" (O) breakdown must not have other VAT breakdowns (BG-23).", "Une facture avec une ventilation « non soumis à la TVA » (O) ne doit pas avoir d'autre ventilation de TVA (BG-23)."),
        ("BR-O-12", "An invoice with a \"not subject to VAT\" (O) breakdown must not have lines of another VAT category (BT-151).", "Une facture avec une ventilation « non soumis à la TVA » (O) ne doit pas avoir de ligne d'une autre catégorie de TVA (BT-151)."),
        ("BR-O-13", "An invoice with a \"not subject to VAT\" (O) breakdown must not have allowances of another VAT category (BT-95).", "Une facture avec une ventilation « non soumis à la TVA » (O) ne doit pas avoir de remise d'une autre catégorie de TVA (BT-95)."),
        ("BR-O-14", "An invoice with a \"not subject to VAT\" (O) breakdown must not have charges of another VAT category (BT-102).", "Une facture avec une ventilation « non soumis à la TVA » (O) ne doit pas avoir de frais d'une autre catégorie de TVA (BT-102)."),
        ("BR-S-01", "Category \"standard rated\" (S) is used in lines, allowances or charges but not in the VAT breakdown, or the other way round (BG-23).", "La catégorie « taux normal » (S) figure dans les lignes, remises ou frais mais pas dans la ventilation de TVA, ou l'inverse (BG-23)."),
        ("BR-S-02", "An invoice line has category \"standard rated\" (S): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une ligne de facture a la catégorie « taux normal » (S) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-S-03", "A document level allowance has category \"standard rated\" (S): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une remise au niveau du document a la catégorie « taux normal » (S) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-S-04", "A document level charge has category \"standard rated\" (S): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Des frais au niveau du document ont la catégorie « taux normal » (S) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-S-05", "An invoice line with category \"standard rated\" (S) must have a VAT rate above zero (BT-152).", "Une ligne de catégorie « taux normal » (S) doit avoir un taux de TVA supérieur à zéro (BT-152)."),
        ("BR-S-06", "A document level allowance with category \"standard rated\" (S) must have a VAT rate above zero (BT-96).", "Une remise au niveau du document de catégorie « taux normal » (S) doit avoir un taux de TVA supérieur à zéro (BT-96)."),
        ("BR-S-07", "A document level charge with category \"standard rated\" (S) must have a VAT rate above zero (BT-103).", "Des frais au niveau du document de catégorie « taux normal » (S) doivent avoir un taux de TVA supérieur à zéro (BT-103)."),
        ("BR-S-08", "The taxable amount of the \"standard rated\" (S) VAT breakdown for this rate does not match its lines, allowances and charges at that rate (BT-116).", "La base imposable de la ventilation « taux normal » (S) pour ce taux ne correspond pas à ses lignes, remises et frais à ce taux (BT-116)."),
        ("BR-S-09", "The VAT amount of the \"standard rated\" (S) VAT breakdown is not its taxable amount times its rate (BT-117 = BT-116 × BT-119 / 100).", "Le montant de TVA de la ventilation « taux normal » (S) n'est pas égal à sa base multipliée par son taux (BT-117 = BT-116 × BT-119 / 100)."),
        ("BR-S-10", "A VAT breakdown with category \"standard rated\" (S) must not have an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « taux normal » (S) ne doit pas avoir de motif ni de code d'exonération (BT-120, BT-121)."),
        ("BR-Z-01", "Category \"zero rated\" (Z) is used, so the VAT breakdown must contain exactly one Z entry (BG-23).", "La catégorie « taux zéro » (Z) est utilisée : la ventilation de TVA doit contenir exactement une entrée Z (BG-23)."),
        ("BR-Z-02", "An invoice line has category \"zero rated\" (Z): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une ligne de facture a la catégorie « taux zéro » (Z) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-Z-03", "A document level allowance has category \"zero rated\" (Z): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une remise au niveau du document a la catégorie « taux zéro » (Z) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-Z-04", "A document level charge has category \"zero rated\" (Z): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Des frais au niveau du document ont la catégorie « taux zéro » (Z) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-Z-05", "An invoice line with category \"zero rated\" (Z) must have a VAT rate of 0 (BT-152).", "Une ligne de catégorie « taux zéro » (Z) doit avoir un taux de TVA de 0 (BT-152)."),
        ("BR-Z-06", "A document level allowance with category \"zero rated\" (Z) must have a VAT rate of 0 (BT-96).", "Une remise au niveau du document de catégorie « taux zéro » (Z) doit avoir un taux de TVA de 0 (BT-96)."),
        ("BR-Z-07", "A document level charge with category \"zero rated\" (Z) must have a VAT rate of 0 (BT-103).", "Des frais au niveau du document de catégorie « taux zéro » (Z) doivent avoir un taux de TVA de 0 (BT-103)."),
        ("BR-Z-08", "The taxable amount of the \"zero rated\" (Z) VAT breakdown does not equal its lines plus charges minus allowances (BT-116).", "La base imposable de la ventilation « taux zéro » (Z) n'est pas égale à ses lignes plus frais moins remises (BT-116)."),
        ("BR-Z-09", "The VAT amount of the \"zero rated\" (Z) VAT breakdown must be 0 (BT-117).", "Le montant de TVA de la ventilation « taux zéro » (Z) doit être 0 (BT-117)."),
        ("BR-Z-10", "A VAT breakdown with category \"zero rated\" (Z) must not have an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « taux zéro » (Z) ne doit pas avoir de motif ni de code d'exonération (BT-120, BT-121)."),
        ("BR-AF-01", "Category \"IGIC (Canary Islands)\" (L) is used in lines, allowances or charges but not in the VAT breakdown, or the other way round (BG-23).", "La catégorie « IGIC (îles Canaries) » (L) figure dans les lignes, remises ou frais mais pas dans la ventilation de TVA, ou l'inverse (BG-23)."),
        ("BR-AF-02", "An invoice line has category \"IGIC (Canary Islands)\" (L): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une ligne de facture a la catégorie « IGIC (îles Canaries) » (L) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-AF-03", "A document level allowance has category \"IGIC (Canary Islands)\" (L): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une remise au niveau du document a la catégorie « IGIC (îles Canaries) » (L) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-AF-04", "A document level charge has category \"IGIC (Canary Islands)\" (L): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Des frais au niveau du document ont la catégorie « IGIC (îles Canaries) » (L) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-AF-05", "An invoice line with category \"IGIC (Canary Islands)\" (L) must have a VAT rate of zero or more (BT-152).", "Une ligne de catégorie « IGIC (îles Canaries) » (L) doit avoir un taux de TVA nul ou positif (BT-152)."),
        ("BR-AF-06", "A document level allowance with category \"IGIC (Canary Islands)\" (L) must have a VAT rate of zero or more (BT-96).", "Une remise au niveau du document de catégorie « IGIC (îles Canaries) » (L) doit avoir un taux de TVA nul ou positif (BT-96)."),
        ("BR-AF-07", "A document level charge with category \"IGIC (Canary Islands)\" (L) must have a VAT rate of zero or more (BT-103).", "Des frais au niveau du document de catégorie « IGIC (îles Canaries) » (L) doivent avoir un taux de TVA nul ou positif (BT-103)."),
        ("BR-AF-08", "The taxable amount of the \"IGIC (Canary Islands)\" (L) VAT breakdown for this rate does not match its lines, allowances and charges at that rate (BT-116).", "La base imposable de la ventilation « IGIC (îles Canaries) » (L) pour ce taux ne correspond pas à ses lignes, remises et frais à ce taux (BT-116)."),
        ("BR-AF-09", "The VAT amount of the \"IGIC (Canary Islands)\" (L) VAT breakdown is not its taxable amount times its rate (BT-117 = BT-116 × BT-119 / 100).", "Le montant de TVA de la ventilation « IGIC (îles Canaries) » (L) n'est pas égal à sa base multipliée par son taux (BT-117 = BT-116 × BT-119 / 100)."),
        ("BR-AF-10", "A VAT breakdown with category \"IGIC (Canary Islands)\" (L) must not have an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « IGIC (îles Canaries) » (L) ne doit pas avoir de motif ni de code d'exonération (BT-120, BT-121)."),
        ("BR-AG-01", "Category \"IPSI (Ceuta and Melilla)\" (M) is used in lines, allowances or charges but not in the VAT breakdown, or the other way round (BG-23).", "La catégorie « IPSI (Ceuta et Melilla) » (M) figure dans les lignes, remises ou frais mais pas dans la ventilation de TVA, ou l'inverse (BG-23)."),
        ("BR-AG-02", "An invoice line has category \"IPSI (Ceuta and Melilla)\" (M): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une ligne de facture a la catégorie « IPSI (Ceuta et Melilla) » (M) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-AG-03", "A document level allowance has category \"IPSI (Ceuta and Melilla)\" (M): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Une remise au niveau du document a la catégorie « IPSI (Ceuta et Melilla) » (M) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-AG-04", "A document level charge has category \"IPSI (Ceuta and Melilla)\" (M): the seller VAT identifier is required (BT-31, BT-32 or BT-63).", "Des frais au niveau du document ont la catégorie « IPSI (Ceuta et Melilla) » (M) : le numéro de TVA du vendeur est obligatoire (BT-31, BT-32 ou BT-63)."),
        ("BR-AG-05", "An invoice line with category \"IPSI (Ceuta and Melilla)\" (M) must have a VAT rate of zero or more (BT-152).", "Une ligne de catégorie « IPSI (Ceuta et Melilla) » (M) doit avoir un taux de TVA nul ou positif (BT-152)."),
        ("BR-AG-06", "A document level allowance with category \"IPSI (Ceuta and Melilla)\" (M) must have a VAT rate of zero or more (BT-96).", "Une remise au niveau du document de catégorie « IPSI (Ceuta et Melilla) » (M) doit avoir un taux de TVA nul ou positif (BT-96)."),
        ("BR-AG-07", "A document level charge with category \"IPSI (Ceuta and Melilla)\" (M) must have a VAT rate of zero or more (BT-103).", "Des frais au niveau du document de catégorie « IPSI (Ceuta et Melilla) » (M) doivent avoir un taux de TVA nul ou positif (BT-103)."),
        ("BR-AG-08", "The taxable amount of the \"IPSI (Ceuta and Melilla)\" (M) VAT breakdown for this rate does not match its lines, allowances and charges at that rate (BT-116).", "La base imposable de la ventilation « IPSI (Ceuta et Melilla) » (M) pour ce taux ne correspond pas à ses lignes, remises et frais à ce taux (BT-116)."),
        ("BR-AG-09", "The VAT amount of the \"IPSI (Ceuta and Melilla)\" (M) VAT breakdown is not its taxable amount times its rate (BT-117 = BT-116 × BT-119 / 100).", "Le montant de TVA de la ventilation « IPSI (Ceuta et Melilla) » (M) n'est pas égal à sa base multipliée par son taux (BT-117 = BT-116 × BT-119 / 100)."),
        ("BR-AG-10", "A VAT breakdown with category \"IPSI (Ceuta and Melilla)\" (M) must not have an exemption reason or reason code (BT-120, BT-121).", "Une ventilation de TVA de catégorie « IPSI (Ceuta et Melilla) » (M) ne doit pas avoir de motif ni de code d'exonération (BT-120, BT-121)."),
    ];
}
