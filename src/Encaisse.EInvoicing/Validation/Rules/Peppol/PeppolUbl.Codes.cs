using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.Peppol.PeppolFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>Restricted code lists and formats (PEPPOL-EN16931-CL*, -P01*, -F001).</summary>
public sealed partial class PeppolUbl
{
    private static readonly XName[] AllAmounts =
    [
        Cbc.Amount, Cbc.BaseAmount, Cbc.PriceAmount, Cbc.TaxAmount, Cbc.TaxableAmount, Cbc.LineExtensionAmount, Cbc.TaxExclusiveAmount,
        Cbc.TaxInclusiveAmount, Cbc.AllowanceTotalAmount, Cbc.ChargeTotalAmount, Cbc.PrepaidAmount, Cbc.PayableRoundingAmount, Cbc.PayableAmount,
    ];

    private static readonly XName[] Dates = [Cbc.IssueDate, Cbc.DueDate, Cbc.TaxPointDate, Cbc.StartDate, Cbc.EndDate, Cbc.ActualDeliveryDate];

    private static void DefineCodes(PatternBuilder p)
    {
        p.Rule("cbc:EmbeddedDocumentBinaryObject[@mimeCode]", Cbc.EmbeddedDocumentBinaryObject, static e => e.Attribute(Attr.MimeCode) is not null, static (e, r) =>
            r.Assert("PEPPOL-EN16931-CL001", RuleFlag.Fatal, PeppolCodeLists.MimeCodes.Contains(e.Attribute(Attr.MimeCode)!.Value)));
        p.Rule(
            "cac:AllowanceCharge[cbc:ChargeIndicator = 'false']/cbc:AllowanceChargeReasonCode",
            Cbc.AllowanceChargeReasonCode,
            static e => e.Parent is { } charge && charge.Name == Cac.AllowanceCharge && AnyChildEquals(charge, Cbc.ChargeIndicator, "false"),
            static (e, r) => r.Assert("PEPPOL-EN16931-CL002", RuleFlag.Fatal, PeppolCodeLists.Uncl5189.Contains(Xp.NormalizeSpace(Text(e)))));
        p.Rule(
            "cac:AllowanceCharge[cbc:ChargeIndicator = 'true']/cbc:AllowanceChargeReasonCode",
            Cbc.AllowanceChargeReasonCode,
            static e => e.Parent is { } charge && charge.Name == Cac.AllowanceCharge && AnyChildEquals(charge, Cbc.ChargeIndicator, "true"),
            static (e, r) => r.Assert("PEPPOL-EN16931-CL003", RuleFlag.Fatal, PeppolCodeLists.Uncl7161.Contains(Xp.NormalizeSpace(Text(e)))));
        p.Rule("cac:InvoicePeriod/cbc:DescriptionCode", Cbc.DescriptionCode, static e => Under(e, Cac.InvoicePeriod), static (e, r) =>
            r.Assert("PEPPOL-EN16931-CL006", RuleFlag.Fatal, PeppolCodeLists.Uncl2005.Contains(Xp.NormalizeSpace(Text(e)))));
        p.Rule("cbc:Amount | ... | cbc:PayableAmount", AllAmounts, static _ => true, static (e, r) =>
            r.Assert("PEPPOL-EN16931-CL007", RuleFlag.Fatal, e.Attribute(Attr.CurrencyId) is { } currency && PeppolCodeLists.Currencies.Contains(currency.Value)));

        p.Rule("cbc:InvoiceTypeCode", Cbc.InvoiceTypeCode, static _ => true, static (e, r) =>
        {
            var doc = Doc(e);
            r.Assert(
                "PEPPOL-EN16931-P0100",
                RuleFlag.Fatal,
                doc.Profile is not ("01" or "02") || PeppolCodeLists.InvoiceTypeCodes.Contains(Xp.NormalizeSpace(Text(e))));
            var code = Xp.Norm(e);
            r.Assert("PEPPOL-EN16931-P0112", RuleFlag.Fatal, code is not ("326" or "384") || doc.BothGerman);
        });
        p.Rule("cbc:CreditNoteTypeCode", Cbc.CreditNoteTypeCode, static _ => true, static (e, r) =>
            r.Assert(
                "PEPPOL-EN16931-P0101",
                RuleFlag.Fatal,
                Doc(e).Profile is not ("01" or "02") || PeppolCodeLists.CreditNoteTypeCodes.Contains(Xp.NormalizeSpace(Text(e)))));

        // string-length(text()) = 10 and (string(.) castable as xs:date).
        p.Rule("cbc:IssueDate | cbc:DueDate | cbc:TaxPointDate | cbc:StartDate | cbc:EndDate | cbc:ActualDeliveryDate", Dates, static _ => true, static (e, r) =>
            r.Assert("PEPPOL-EN16931-F001", RuleFlag.Fatal, Text(e).Length == 10 && TryDate(e.Value, out _)));

        p.Rule("cbc:EndpointID[@schemeID]", Cbc.EndpointID, static e => e.Attribute(Attr.SchemeId) is not null, static (e, r) =>
            r.Assert("PEPPOL-EN16931-CL008", RuleFlag.Fatal, PeppolCodeLists.ElectronicAddressSchemes.Contains(e.Attribute(Attr.SchemeId)!.Value)));

        // Exemption reason codes (BT-121) and the VAT category they imply.
        ExemptionCategory(p, "VATEX-EU-G", "PEPPOL-EN16931-P0104", "G");
        ExemptionCategory(p, "VATEX-EU-O", "PEPPOL-EN16931-P0105", "O");
        ExemptionCategory(p, "VATEX-EU-IC", "PEPPOL-EN16931-P0106", "K");
        ExemptionCategory(p, "VATEX-EU-AE", "PEPPOL-EN16931-P0107", "AE");
        ExemptionCategory(p, "VATEX-EU-D", "PEPPOL-EN16931-P0108", "E");
        ExemptionCategory(p, "VATEX-EU-F", "PEPPOL-EN16931-P0109", "E");
        ExemptionCategory(p, "VATEX-EU-I", "PEPPOL-EN16931-P0110", "E");
        ExemptionCategory(p, "VATEX-EU-J", "PEPPOL-EN16931-P0111", "E");
    }

    // cac:TaxCategory[upper-case(cbc:TaxExemptionReasonCode) = CODE]: normalize-space(cbc:ID) = CATEGORY.
    private static void ExemptionCategory(PatternBuilder p, string code, string ruleId, string category) =>
        p.Rule(
            $"cac:TaxCategory[upper-case(cbc:TaxExemptionReasonCode)='{code}']",
            Cac.TaxCategory,
            e => TrySingle(e, Cbc.TaxExemptionReasonCode, out var reason) && string.Equals(reason, code, StringComparison.OrdinalIgnoreCase),
            (e, r) => r.Assert(ruleId, RuleFlag.Fatal, Xp.Norm(e.Element(Cbc.ID)) == category));
}
