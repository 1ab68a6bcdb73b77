using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using F = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXFunctions;
using N = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXNames;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>Document-level rules: parties, totals, the root element, payment means, references.</summary>
internal static partial class FacturXRules
{
    // ISO 3166-1 alpha-2 codes plus EL (Greece) and XI (Northern Ireland) and 1A (Kosovo): VAT identifier prefixes (BR-CO-09).
    private static readonly HashSet<string> VatPrefixes = Xp.CodeList(
        "1A AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BL BJ BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM " +
        "US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW");

    private static void AddDocumentRules(List<FacturXContext> contexts)
    {
        contexts.Add(C("//ram:SellerTradeParty", N.SellerTradeParty,
            // BT-29, BT-30 or BT-31 identifies the seller.
            A("BR-CO-26", All, static e => F.Has(e, N.Id) || F.Has(e, N.GlobalId) || F.Has(e, N.SpecifiedLegalOrganization, N.Id)
                || F.HasTaxId([e], "VA"))));

        contexts.Add(C("//ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']", N.Id,
            static e => e.Parent?.Name == N.SpecifiedTaxRegistration && e.Attribute(N.SchemeIdAttribute)?.Value == "VA",
            // The first two characters of a VAT identifier are a country prefix.
            A("BR-CO-09", All, static e => FirstTwo(e.Value) is { } prefix && VatPrefixes.Contains(prefix))));

        contexts.Add(C("//ram:SpecifiedTradeSettlementHeaderMonetarySummation", N.SpecifiedTradeSettlementHeaderMonetarySummation,
            A("BR-13", All, static e => F.Has(e, N.TaxBasisTotalAmount)),
            A("BR-14", All, static e => F.Has(e, N.GrandTotalAmount)),
            A("BR-15", All, static e => F.Has(e, N.DuePayableAmount)),
            A("BR-DEC-12", All, static e => F.TwoDecimals(e.Element(N.TaxBasisTotalAmount))),
            A("BR-DEC-13", All, static e => TaxTotalRounded(e, N.InvoiceCurrencyCode)),
            A("BR-DEC-14", All, static e => F.TwoDecimals(e.Element(N.GrandTotalAmount))),
            A("BR-DEC-18", All, static e => F.TwoDecimals(e.Element(N.DuePayableAmount))),
            A("BR-12", W | B | E | X, static e => F.Has(e, N.LineTotalAmount)),
            A("BR-CO-11", W | B | E, static e => AllowanceTotalMatches(e)),
            A("BR-CO-12", W | B | E, static e => ChargeTotalMatches(e)),
            A("BR-CO-13", W | B | E, static e => TaxBasisTotalMatches(e)),
            A("BR-CO-15", W | B | E, static e => GrandTotalMatches(e)),
            A("BR-CO-16", W | B | E, static e => DuePayableMatches(e)),
            A("BR-DEC-09", W | B | E | X, static e => F.TwoDecimals(e.Element(N.LineTotalAmount))),
            A("BR-DEC-10", W | B | E | X, static e => F.TwoDecimals(e.Element(N.AllowanceTotalAmount))),
            A("BR-DEC-11", W | B | E | X, static e => F.TwoDecimals(e.Element(N.ChargeTotalAmount))),
            A("BR-DEC-15", W | B | E | X, static e => TaxTotalRounded(e, N.TaxCurrencyCode)),
            A("BR-DEC-16", W | B | E | X, static e => F.TwoDecimals(e.Element(N.TotalPrepaidAmount))),
            A("BR-DEC-17", W | B | E | X, static e => F.TwoDecimals(e.Element(N.RoundingAmount))),
            A("BR-53", W | B | E | X, static e => TaxCurrencyTotalGiven(e)),
            A("BR-CO-10", B | E, static e => LineTotalMatches(e)),
            A("BR-FXEXT-CO-10", X, static e => ExtendedLineTotalMatches(e)),
            A("BR-FXEXT-CO-11", X, static e => ExtendedAllowanceTotalMatches(e)),
            A("BR-FXEXT-CO-12", X, static e => ExtendedChargeTotalMatches(e)),
            A("BR-FXEXT-CO-13", X, static e => ExtendedTaxBasisTotalMatches(e)),
            A("BR-FXEXT-CO-15", X, static e => ExtendedGrandTotalMatches(e)),
            A("BR-FXEXT-CO-16", X, static e => ExtendedDuePayableMatches(e))));

        contexts.Add(C("/rsm:CrossIndustryInvoice", N.CrossIndustryInvoice, Xp.IsRoot, RootAssertions()));

        contexts.Add(C("//ram:PayeeTradeParty", N.PayeeTradeParty,
            // BT-59 present and the payee is not the seller (name, BT-60, BT-61 differ).
            A("BR-17", W | B | E | X, static e => F.Has(e, N.Name)
                && !SameValue(e.Elements(N.Name), SiblingSeller(e).Elements(N.Name))
                && !SameValue(e.Elements(N.Id), SiblingSeller(e).Elements(N.Id))
                && !SameValue(e.Elements(N.SpecifiedLegalOrganization).Elements(N.Id), SiblingSeller(e).Elements(N.SpecifiedLegalOrganization).Elements(N.Id)))));

        contexts.Add(C("//ram:SellerTaxRepresentativeTradeParty", N.SellerTaxRepresentativeTradeParty,
            A("BR-18", W | B | E | X, static e => Xp.Norm(e.Element(N.Name)).Length != 0),
            A("BR-19", W | B | E | X, static e => F.Has(e, N.PostalTradeAddress)),
            A("BR-20", W | B | E | X, static e => Xp.Norm(Xp.First(e, N.PostalTradeAddress, N.CountryId)).Length != 0),
            A("BR-56", W | B | E | X, static e => F.AnyNotEmpty(VaIds(e)))));

        contexts.Add(C("//ram:SpecifiedTradeSettlementPaymentMeans", N.SpecifiedTradeSettlementPaymentMeans,
            A("BR-49", W | B | E | X, static e => F.Has(e, N.TypeCode)),
            // Always true as written: either one of the institutions is there, or neither is.
            A("CII-SR-464", W | B | E | X, static e => F.Has(e, N.PayeeSpecifiedCreditorFinancialInstitution) || F.Has(e, N.PayerSpecifiedDebtorFinancialInstitution)
                || (!F.Has(e, N.PayeeSpecifiedCreditorFinancialInstitution) && !F.Has(e, N.PayerSpecifiedDebtorFinancialInstitution)))));

        contexts.Add(C("//ram:SpecifiedTradeSettlementPaymentMeans[ram:TypeCode='30' or ram:TypeCode='58']/ram:PayeePartyCreditorFinancialAccount",
            N.PayeePartyCreditorFinancialAccount,
            static e => e.Parent is { } means && means.Name == N.SpecifiedTradeSettlementPaymentMeans
                && (F.AnyEquals(means.Elements(N.TypeCode), "30") || F.AnyEquals(means.Elements(N.TypeCode), "58")),
            A("BR-50", W | B | E | X, static e => Xp.Norm(e.Element(N.IbanId)).Length != 0 || Xp.Norm(e.Element(N.ProprietaryId)).Length != 0),
            A("BR-61", W | B | E | X, static e => F.Has(e, N.IbanId) || F.Has(e, N.ProprietaryId))));

        contexts.Add(C("//ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) in (30, 58)]", N.SpecifiedTradeSettlementPaymentMeans,
            static e => e.Elements(N.TypeCode).Any(static c => Xp.Norm(c) is "30" or "58"),
            // Exactly one of IBAN and proprietary id (BT-84) for credit transfers.
            A("CII-SR-470", W | B | E, static e =>
            {
                var hasIban = F.Has(e, N.PayeePartyCreditorFinancialAccount, N.IbanId);
                var hasProprietary = F.Has(e, N.PayeePartyCreditorFinancialAccount, N.ProprietaryId);
                return (hasIban || hasProprietary) && !(hasIban && hasProprietary);
            })));

        contexts.Add(C("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement", N.ApplicableHeaderTradeAgreement,
            static e => Xp.HasPath(e, N.CrossIndustryInvoice, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeAgreement) && e.Parent!.Parent!.Parent is null,
            A("CII-SR-465", W | B | E | X, static e => !(F.Has(e, N.SellerTradeParty, N.DefinedTradeContact, N.PersonName) && F.Has(e, N.SellerTradeParty, N.DefinedTradeContact, N.DepartmentName))),
            A("CII-SR-466", W | B | E | X, static e => !(F.Has(e, N.BuyerTradeParty, N.DefinedTradeContact, N.PersonName) && F.Has(e, N.BuyerTradeParty, N.DefinedTradeContact, N.DepartmentName))),
            A("FX-SCH-A-000027", W | B | E | X, static e => F.Count(e.Elements(N.SellerTradeParty)) == 1),
            A("FX-SCH-A-000028", W | B | E | X, static e => F.Count(e.Elements(N.BuyerTradeParty)) == 1),
            A("CII-SR-475", E | X, RuleFlag.Warning, static e => F.Count(AttachmentDocuments(e).Elements(N.Name)) <= 1),
            A("CII-SR-476", E | X, RuleFlag.Warning, static e => F.Count(AttachmentDocuments(e).Elements(N.AttachmentBinaryObject)) <= 1)));

        contexts.Add(C("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery", N.ApplicableHeaderTradeDelivery,
            static e => Xp.HasPath(e, N.CrossIndustryInvoice, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeDelivery) && e.Parent!.Parent!.Parent is null,
            // A deliver-to address (BG-15) has a country code (BT-80).
            A("BR-57", W | B | E | X, static e =>
                (F.Has(e, N.ShipToTradeParty, N.PostalTradeAddress) && F.AnyNotEmpty(Xp.Path(e, N.ShipToTradeParty, N.PostalTradeAddress, N.CountryId)))
                || !F.Has(e, N.ShipToTradeParty, N.PostalTradeAddress))));

        contexts.Add(C("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument", N.InvoiceReferencedDocument,
            static e => Xp.HasPath(e, N.CrossIndustryInvoice, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeSettlement, N.InvoiceReferencedDocument) && e.Parent!.Parent!.Parent!.Parent is null,
            A("BR-55", W | B | E | X, static e => F.AnyNotEmpty(e.Elements(N.IssuerAssignedId))),
            A("FX-SCH-A-000415", W | B | E | X, static e => F.Count(e.Elements(N.IssuerAssignedId)) == 1)));

        contexts.Add(new FacturXContext("//*[not(*) and not(normalize-space())]", null,
            static e => !e.HasElements && Xp.NormalizeSpace(e.Value).Length == 0,
            // The test names a child element "false", which never exists: every empty leaf element is reported.
            [A("PEPPOL-EN16931-R008", B | E | X, RuleFlag.Warning, static _ => false)]));

        contexts.Add(C("//ram:AdditionalReferencedDocument", N.AdditionalReferencedDocument,
            A("BR-52", E | X, static e => F.AnyNotEmpty(e.Elements(N.IssuerAssignedId)))));

        contexts.Add(C("//ram:ApplicableTradeSettlementFinancialCard", N.ApplicableTradeSettlementFinancialCard,
            A("BR-51", E | X, static e => Xp.StringLength(Xp.Norm(e.Element(N.Id))) <= 10)));
    }

    private static FacturXAssertion[] RootAssertions() =>
    [
        A("BR-01", All, static e => F.AnyDiffers(Xp.Path(e, N.ExchangedDocumentContext, N.GuidelineSpecifiedDocumentContextParameter, N.Id), string.Empty)),
        A("BR-02", All, static e => F.AnyDiffers(Xp.Path(e, N.ExchangedDocument, N.Id), string.Empty)),
        A("BR-03", All, static e => F.AnyDiffers(
            Xp.Path(e, N.ExchangedDocument, N.IssueDateTime, N.DateTimeString).Where(static d => d.Attribute(N.FormatAttribute)?.Value == "102"), string.Empty)),
        A("BR-04", All, static e => F.AnyDiffers(Xp.Path(e, N.ExchangedDocument, N.TypeCode), string.Empty)),
        A("BR-05", All, static e => F.AnyDiffers(Xp.Path(e, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeSettlement, N.InvoiceCurrencyCode), string.Empty)),
        A("BR-06", All, static e => F.AnyDiffers(Xp.Path(e, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeAgreement, N.SellerTradeParty, N.Name), string.Empty)),
        A("BR-07", All, static e => F.AnyDiffers(Xp.Path(e, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeAgreement, N.BuyerTradeParty, N.Name), string.Empty)),
        A("BR-08", All, static e => F.All(e, N.SellerTradeParty, N.PostalTradeAddress).Any()),
        A("BR-09", All, static e => F.AnyDiffers(F.All(e, N.SellerTradeParty, N.PostalTradeAddress).Elements(N.CountryId), string.Empty)),
        A("BR-10", W | B | E | X, static e => F.All(e, N.BuyerTradeParty, N.PostalTradeAddress).Any()),
        A("BR-11", W | B | E | X, static e => F.AnyDiffers(F.All(e, N.BuyerTradeParty, N.PostalTradeAddress).Elements(N.CountryId), string.Empty)),
        A("BR-62", W | B | E | X, static e => ElectronicAddressHasScheme(e, N.SellerTradeParty)),
        A("BR-63", W | B | E | X, static e => ElectronicAddressHasScheme(e, N.BuyerTradeParty)),
        A("CII-SR-467", W | B | E | X, static e => AllSameNormalized(F.All(e, N.SpecifiedTradeSettlementPaymentMeans, N.TypeCode))),
        A("CII-SR-468", W | B | E | X, static e => AllSameNormalized(F.All(e, N.SpecifiedTradeSettlementPaymentMeans, N.Information))),
        A("CII-SR-469", W | B | E | X, static e => F.Count(F.All(e, N.ApplicableHeaderTradeSettlement, N.PaymentReference)) <= 1),
        A("BR-16", B | E | X, static e => F.All(e, N.IncludedSupplyChainTradeLineItem).Any()),
        A("BR-S-01", B | E, static e => CategoryNeedsHeaderBreakdownAtLeastTwo(e, "S")),
        A("BR-Z-01", B | E, static e => CategoryHasOneHeaderBreakdown(e, "Z")),
        A("BR-E-01", B | E, static e => CategoryHasOneHeaderBreakdown(e, "E")),
        A("BR-AE-01", B | E, static e => CategoryHasOneHeaderBreakdown(e, "AE")),
        A("BR-IC-01", B | E, static e => CategoryHasOneHeaderBreakdown(e, "K")),
        A("BR-G-01", B | E, static e => CategoryHasOneHeaderBreakdown(e, "G")),
        A("BR-O-01", B | E, static e => OutOfScopeHasOneHeaderBreakdown(e)),
        A("BR-AF-01", B | E, static e => CategoryNeedsHeaderBreakdownAtLeastTwo(e, "L")),
        A("BR-AG-01", B | E, static e => CategoryNeedsHeaderBreakdownAtLeastTwo(e, "M")),
        // Category B (split payment) only for Italian parties, and never together with S.
        A("BR-B-01", B | E | X, static e => (!F.AnyDiffers(F.All(e, N.CountryId), "IT") && F.AnyEquals(F.All(e, N.CategoryCode), "B"))
            || !F.AnyEquals(F.All(e, N.CategoryCode), "B")),
        A("BR-B-02", B | E | X, static e => (F.AnyEquals(F.All(e, N.CategoryCode), "B") && !F.AnyEquals(F.All(e, N.CategoryCode), "S"))
            || !F.AnyEquals(F.All(e, N.CategoryCode), "B")),
        A("BR-CO-25", X, static e =>
        {
            // number() of the first amount due (BT-115); NaN compares false.
            var due = Xp.Number(F.All(e, N.DuePayableAmount).FirstOrDefault()?.Value);
            var terms = F.All(e, N.SpecifiedTradePaymentTerms);
            return (due > 0 && (terms.Elements(N.DueDateDateTime).Any() || terms.Elements(N.Description).Any())) || !(due > 0);
        }),
        A("BR-FXEXT-S-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "S")),
        A("BR-FXEXT-Z-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "Z")),
        A("BR-FXEXT-E-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "E")),
        A("BR-FXEXT-AE-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "AE")),
        A("BR-FXEXT-IC-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "K")),
        A("BR-FXEXT-G-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "G")),
        A("BR-FXEXT-O-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "O")),
        A("BR-FXEXT-AF-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "L")),
        A("BR-FXEXT-AG-01", X, static e => ExtendedCategoryHasHeaderBreakdown(e, "M")),
    ];

    // substring(., 1, 2) when it has two characters (a shorter string can never be in the prefix list).
    private static string? FirstTwo(string value)
    {
        if (value.Length < 2)
        {
            return null;
        }

        var length = char.IsHighSurrogate(value[0]) ? 3 : 2;
        if (length < value.Length && char.IsHighSurrogate(value[length - 1]))
        {
            length++;
        }

        return value[..Math.Min(length, value.Length)];
    }

    private static IEnumerable<XElement> SiblingSeller(XElement e) => e.Parent?.Elements(N.SellerTradeParty) ?? [];

    // General comparison a = b of untyped nodes: some pair has equal string values.
    private static bool SameValue(IEnumerable<XElement> a, IEnumerable<XElement> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.Value == y.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<XElement> VaIds(XElement party) =>
        party.Elements(N.SpecifiedTaxRegistration).Elements(N.Id).Where(static id => id.Attribute(N.SchemeIdAttribute)?.Value == "VA");

    private static IEnumerable<XElement> AttachmentDocuments(XElement agreement) =>
        agreement.Elements(N.AdditionalReferencedDocument).Where(static d => d.Elements(N.TypeCode).Any(static t => Xp.Norm(t) == "916"));

    // BT-34/BT-49: the first electronic address has a scheme, or there is none.
    private static bool ElectronicAddressHasScheme(XElement root, XName party)
    {
        var communications = Xp.Path(root, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeAgreement, party, N.UriUniversalCommunication).ToList();
        if (communications.Count == 0)
        {
            return true;
        }

        // URIUniversalCommunication[1] is the first child of each party: take every party's first.
        foreach (var first in Xp.Path(root, N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeAgreement, party)
                     .Select(static p => p.Element(N.UriUniversalCommunication)).OfType<XElement>())
        {
            var scheme = first.Elements(N.UriId).Attributes(N.SchemeIdAttribute).FirstOrDefault();
            if (Xp.Norm(scheme).Length != 0)
            {
                return true;
            }
        }

        return false;
    }

    // count(nodes[normalize-space(.) != normalize-space(nodes[1])]) = 0.
    private static bool AllSameNormalized(IEnumerable<XElement> nodes)
    {
        string? first = null;
        foreach (var node in nodes)
        {
            var value = Xp.Norm(node);
            first ??= value;
            if (value != first)
            {
                return false;
            }
        }

        return true;
    }

    // BT-110 rounded to 2 decimals when in the invoice (or tax) currency.
    private static bool TaxTotalRounded(XElement summation, XName currencyCode)
    {
        var totals = summation.Elements(N.TaxTotalAmount).ToList();
        if (totals.Count == 0)
        {
            return true;
        }

        var codes = F.HeaderSettlements(summation).Elements(currencyCode).ToList();
        foreach (var total in totals)
        {
            var currency = total.Attribute(N.CurrencyIdAttribute);
            var inCurrency = currency is not null && codes.Exists(c => c.Value == currency.Value);
            var value = Xp.Double(total);
            var rounded = value == Xp.Round(value * 100) / 100;
            if (currencyCode == N.InvoiceCurrencyCode ? (inCurrency && rounded) || !inCurrency : (inCurrency && rounded) || codes.Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<XElement> HeaderAllowanceCharges(XElement e, string indicator) =>
        F.HeaderSettlements(e).Elements(N.SpecifiedTradeAllowanceCharge).Where(ac => F.IndicatorIsText(ac, indicator));

    // BR-CO-11: BT-107 = Σ BT-92.
    private static bool AllowanceTotalMatches(XElement summation)
    {
        var allowances = HeaderAllowanceCharges(summation, "false").ToList();
        if (allowances.Count == 0 && !F.Has(summation, N.AllowanceTotalAmount))
        {
            return true;
        }

        return F.AnyEqualsNumber(summation.Elements(N.AllowanceTotalAmount), F.Round2(Xp.SumDouble(allowances.Elements(N.ActualAmount))));
    }

    // BR-CO-12: BT-108 = Σ BT-99 (+ logistics charges).
    private static bool ChargeTotalMatches(XElement summation)
    {
        var charges = HeaderAllowanceCharges(summation, "true").ToList();
        if (charges.Count == 0 && !F.Has(summation, N.ChargeTotalAmount))
        {
            return true;
        }

        var stated = F.HeaderSettlements(summation).Elements(N.SpecifiedTradeSettlementHeaderMonetarySummation).Elements(N.ChargeTotalAmount).FirstOrDefault();
        var logistics = F.HeaderSettlements(summation).Elements(N.SpecifiedLogisticsServiceCharge).Elements(N.AppliedAmount);
        var expected = Xp.Round((F.Round2(Xp.SumDouble(charges.Elements(N.ActualAmount))) + F.Round2(Xp.SumDouble(logistics))) * 10 * 10) / 100;
        return stated is not null && F.Round2(Xp.Double(stated)) == expected;
    }

    // BR-CO-13: BT-109 = BT-106 - BT-107 + BT-108.
    private static bool TaxBasisTotalMatches(XElement s)
    {
        var basis = F.Dec(s.Element(N.TaxBasisTotalAmount));
        var lines = F.Dec(s.Element(N.LineTotalAmount));
        var allowances = F.Dec(s.Element(N.AllowanceTotalAmount));
        var charges = F.Dec(s.Element(N.ChargeTotalAmount));
        var hasAllowances = F.Has(s, N.AllowanceTotalAmount);
        var hasCharges = F.Has(s, N.ChargeTotalAmount);
        return Eq(basis, Round2(lines - allowances + charges))
            || (Eq(basis, Round2(lines - allowances)) && !hasCharges)
            || (Eq(basis, Round2(lines + charges)) && !hasAllowances)
            || (Eq(basis, Round2(lines)) && !hasCharges && !hasAllowances);
    }

    // BR-CO-15: BT-112 = BT-109 + BT-110, for each invoice currency code.
    private static bool GrandTotalMatches(XElement s)
    {
        var summations = F.HeaderSettlements(s).Elements(N.SpecifiedTradeSettlementHeaderMonetarySummation).ToList();
        var grand = F.Dec(summations.Elements(N.GrandTotalAmount).FirstOrDefault());
        var basis = F.Dec(summations.Elements(N.TaxBasisTotalAmount).FirstOrDefault());
        foreach (var currency in F.HeaderSettlements(s).Elements(N.InvoiceCurrencyCode))
        {
            var taxTotals = summations.Elements(N.TaxTotalAmount).Where(t => t.Attribute(N.CurrencyIdAttribute)?.Value == currency.Value).ToList();
            var tax = F.Dec(taxTotals.FirstOrDefault());
            var ok = (taxTotals.Count == 1 && Eq(grand, RoundHundred(basis + tax))) || Eq(grand, basis);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // BR-CO-16: BT-115 = BT-112 - BT-113 + BT-114.
    private static bool DuePayableMatches(XElement s)
    {
        var due = F.Dec(s.Element(N.DuePayableAmount));
        var grand = F.Dec(s.Element(N.GrandTotalAmount));
        var prepaid = F.Dec(s.Element(N.TotalPrepaidAmount));
        var rounding = F.Dec(s.Element(N.RoundingAmount));
        var hasPrepaid = F.Has(s, N.TotalPrepaidAmount);
        var hasRounding = F.Has(s, N.RoundingAmount);
        return Eq(due, grand - prepaid + rounding)
            || (Eq(due, grand + rounding) && !hasPrepaid)
            || (Eq(due, grand - prepaid) && !hasRounding)
            || (Eq(due, grand) && !hasPrepaid && !hasRounding);
    }

    // BR-53: a VAT total in accounting currency (BT-111) when BT-6 is given and differs from BT-5.
    private static bool TaxCurrencyTotalGiven(XElement s)
    {
        var taxCurrencies = F.HeaderSettlements(s).Elements(N.TaxCurrencyCode).ToList();
        if (taxCurrencies.Count == 0)
        {
            return true;
        }

        var invoiceCurrencies = F.HeaderSettlements(s).Elements(N.InvoiceCurrencyCode).ToList();
        var totalInTaxCurrency = s.Elements(N.TaxTotalAmount).Attributes(N.CurrencyIdAttribute).Any(a => taxCurrencies.Exists(t => t.Value == a.Value));
        var sameCurrency = taxCurrencies.Exists(t => invoiceCurrencies.Exists(i => i.Value == t.Value));
        return totalInTaxCurrency && !sameCurrency;
    }

    // BR-CO-10: BT-106 = Σ BT-131.
    private static bool LineTotalMatches(XElement s)
    {
        var lines = s.Parent?.Parent?.Elements(N.IncludedSupplyChainTradeLineItem) ?? [];
        var sum = F.DecimalOf(Xp.SumDouble(lines.Elements(N.SpecifiedLineTradeSettlement).Elements(N.SpecifiedTradeSettlementLineMonetarySummation).Elements(N.LineTotalAmount)));
        return Eq(F.Dec(s.Element(N.LineTotalAmount)), sum is null ? null : Xp.Round(sum.Value * 100m) / 100m);
    }

    private static bool Eq(decimal? a, decimal? b) => a.HasValue && b.HasValue && a.Value == b.Value;

    private static decimal? RoundHundred(decimal? x) => x is null ? null : Xp.Round(x.Value * 100) / 100;

    private static decimal? Round2(decimal? x) => x is null ? null : F.Round2(x.Value);
}
