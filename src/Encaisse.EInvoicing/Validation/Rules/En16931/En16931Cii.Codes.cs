using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.En16931.CiiModelFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>The EN16931-Codes pattern for CII (BR-CL-*): code-list checks, first matching rule per element.</summary>
public sealed partial class En16931Cii
{
    static partial void AddCodesTexts(Dictionary<string, RuleText> texts) => CiiModelTexts.AddCodes(texts);

    static partial void DefineCodes(PatternBuilder pattern)
    {
        pattern.Rule("rsm:ExchangedDocument/ram:TypeCode", CiiN.TypeCode, static e => e.Parent?.Name == CiiN.ExchangedDocument, static (e, r) =>
            r.Assert("BR-CL-01", Fatal, Xp.InList(CodeListsCii.DocumentTypes, e.Value)));

        pattern.Rule("ram:TaxTotalAmount[@currencyID]", CiiN.TaxTotalAmount, static e => e.Attribute(CiiN.CurrencyIdAttr) is not null, static (e, r) =>
            r.Assert("BR-CL-03", Fatal, Xp.InList(CodeListsCii.Currencies, e.Attribute(CiiN.CurrencyIdAttr)!.Value)));

        pattern.Rule("ram:InvoiceCurrencyCode", CiiN.InvoiceCurrencyCode, static (e, r) =>
            r.Assert("BR-CL-04", Fatal, Xp.InList(CodeListsCii.Currencies, e.Value)));

        pattern.Rule("ram:TaxCurrencyCode", CiiN.TaxCurrencyCode, static (e, r) =>
            r.Assert("BR-CL-05", Fatal, Xp.InList(CodeListsCii.Currencies, e.Value)));

        pattern.Rule("ram:DueDateTypeCode", CiiN.DueDateTypeCode, static (e, r) =>
            r.Assert("BR-CL-06", Fatal, Xp.InList(CodeListsCii.VatDateCodes, e.Value)));

        pattern.Rule("ram:ReferenceTypeCode", CiiN.ReferenceTypeCode, static (e, r) =>
            r.Assert("BR-CL-07", Fatal, Xp.InList(CodeListsCii.ReferenceQualifiers, e.Value)));

        pattern.Rule("ram:SubjectCode", CiiN.SubjectCode, static (e, r) =>
            r.Assert("BR-CL-08", Fatal, Xp.InList(CodeListsCii.TextSubjects, e.Value)));

        pattern.Rule(
            "//ram:GlobalID[@schemeID][not(ancestor::ram:SpecifiedTradeProduct) and not(ancestor::ram:ShipToTradeParty)]",
            CiiN.GlobalID,
            static e => e.Attribute(CiiN.SchemeIdAttr) is not null && !CodesHasAncestor(e, CiiN.SpecifiedTradeProduct) && !CodesHasAncestor(e, CiiN.ShipToTradeParty),
            static (e, r) => r.Assert("BR-CL-10", Fatal, CodesSchemeIn(e, CodeListsCii.Icd)));

        pattern.Rule(
            "ram:ID[@schemeID][not(ancestor::ram:SpecifiedTaxRegistration)]",
            CiiN.ID,
            static e => e.Attribute(CiiN.SchemeIdAttr) is not null && !CodesHasAncestor(e, CiiN.SpecifiedTaxRegistration),
            static (e, r) => r.Assert("BR-CL-11", Fatal, CodesSchemeIn(e, CodeListsCii.Icd)));

        pattern.Rule("ram:ClassCode[@listID]", CiiN.ClassCode, static e => e.Attribute(CiiN.ListIdAttr) is not null, static (e, r) =>
            r.Assert("BR-CL-13", Fatal, Xp.InList(CodeListsCii.ItemClassifications, e.Attribute(CiiN.ListIdAttr)!.Value)));

        pattern.Rule("ram:CountryID", CiiN.CountryID, static (e, r) =>
            r.Assert("BR-CL-14", Fatal, Xp.InList(CodeListsCii.Countries, e.Value)));

        pattern.Rule("ram:OriginTradeCountry/ram:ID", CiiN.ID, static e => e.Parent?.Name == CiiN.OriginTradeCountry, static (e, r) =>
            r.Assert("BR-CL-15", Fatal, Xp.InList(CodeListsCii.Countries, e.Value)));

        pattern.Rule(
            "ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode",
            CiiN.TypeCode,
            static e => e.Parent?.Name == CiiN.SpecifiedTradeSettlementPaymentMeans,
            static (e, r) => r.Assert("BR-CL-16", Fatal, Xp.InList(CodeListsCii.PaymentMeans, e.Value)));

        pattern.Rule("ram:CategoryTradeTax/ram:CategoryCode", CiiN.CategoryCode, static e => e.Parent?.Name == CiiN.CategoryTradeTax, static (e, r) =>
            r.Assert("BR-CL-17", Fatal, Xp.InList(CodeListsCii.VatCategories, e.Value)));

        pattern.Rule("ram:ApplicableTradeTax/ram:CategoryCode", CiiN.CategoryCode, static e => e.Parent?.Name == CiiN.ApplicableTradeTax, static (e, r) =>
            r.Assert("BR-CL-18", Fatal, Xp.InList(CodeListsCii.VatCategories, e.Value)));

        pattern.Rule(
            "ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator = false()]/ram:ReasonCode",
            CiiN.ReasonCode,
            static e => e.Parent is { } ac && ac.Name == CiiN.SpecifiedTradeAllowanceCharge && IndicatorIs(ac, false),
            static (e, r) => r.Assert("BR-CL-19", Fatal, Xp.InList(CodeListsCii.AllowanceReasons, e.Value)));

        pattern.Rule(
            "ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator = true()]/ram:ReasonCode",
            CiiN.ReasonCode,
            static e => e.Parent is { } ac && ac.Name == CiiN.SpecifiedTradeAllowanceCharge && IndicatorIs(ac, true),
            static (e, r) => r.Assert("BR-CL-20", Fatal, Xp.InList(CodeListsCii.ChargeReasons, e.Value)));

        pattern.Rule(
            "ram:SpecifiedTradeProduct/ram:GlobalID[@schemeID]",
            CiiN.GlobalID,
            static e => e.Parent?.Name == CiiN.SpecifiedTradeProduct && e.Attribute(CiiN.SchemeIdAttr) is not null,
            static (e, r) => r.Assert("BR-CL-21", Fatal, CodesSchemeIn(e, CodeListsCii.Icd)));

        // BR-CL-22 compares normalize-space(upper-case(.)): the code is matched case-insensitively.
        pattern.Rule("ram:ExemptionReasonCode", CiiN.ExemptionReasonCode, static (e, r) =>
            r.Assert("BR-CL-22", Fatal, Xp.InList(CodeListsCii.VatExemptionReasons, e.Value.ToUpperInvariant())));

        pattern.Rule(
            "ram:BasisQuantity[@unitCode] | ram:BilledQuantity[@unitCode]",
            [CiiN.BasisQuantity, CiiN.BilledQuantity],
            static e => e.Attribute(CiiN.UnitCodeAttr) is not null,
            static (e, r) => r.Assert("BR-CL-23", Fatal, Xp.InList(CodeListsCii.Units, e.Attribute(CiiN.UnitCodeAttr)!.Value)));

        pattern.Rule("ram:AttachmentBinaryObject[@mimeCode]", CiiN.AttachmentBinaryObject, static e => e.Attribute(CiiN.MimeCodeAttr) is not null, static (e, r) =>
            r.Assert("BR-CL-24", Fatal, CodeListsCii.MimeCodes.Contains(e.Attribute(CiiN.MimeCodeAttr)!.Value)));

        pattern.Rule(
            "ram:URIUniversalCommunication/ram:URIID[@schemeID]",
            CiiN.URIID,
            static e => e.Parent?.Name == CiiN.URIUniversalCommunication && e.Attribute(CiiN.SchemeIdAttr) is not null,
            static (e, r) => r.Assert("BR-CL-25", Fatal, CodesSchemeIn(e, CodeListsCii.ElectronicAddressSchemes)));

        pattern.Rule(
            "ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID[@schemeID]",
            CiiN.GlobalID,
            static e => Xp.HasPath(e, CiiN.ApplicableHeaderTradeDelivery, CiiN.ShipToTradeParty, CiiN.GlobalID) && e.Attribute(CiiN.SchemeIdAttr) is not null,
            static (e, r) => r.Assert("BR-CL-26", Fatal, CodesSchemeIn(e, CodeListsCii.Icd)));
    }

    private static bool CodesSchemeIn(XElement e, HashSet<string> codes) => Xp.InList(codes, e.Attribute(CiiN.SchemeIdAttr)?.Value);

    private static bool CodesHasAncestor(XElement e, XName name)
    {
        for (var a = e.Parent; a is not null; a = a.Parent)
        {
            if (a.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
