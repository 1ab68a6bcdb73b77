using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.En16931.UblModelFunctions;
using static Encaisse.EInvoicing.Validation.Rules.En16931.UblModelRules;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The Codesmodel pattern of the CEN EN 16931 UBL Schematron 1.3.16: code list checks (BR-CL-*), in the Schematron's
/// order. A value passes when, space-normalized, it is one of the list's codes (see <see cref="CodeListsUbl"/>).
/// </summary>
public sealed partial class En16931Ubl
{
    static partial void DefineCodes(PatternBuilder pattern) => UblCodeRules.Define(pattern);

    static partial void AddCodesTexts(Dictionary<string, RuleText> texts)
    {
        foreach (var (id, english, french) in UblCodeRules.Texts)
        {
            texts[id] = new RuleText(english, french);
        }
    }
}

/// <summary>The rules of the Codesmodel pattern, kept out of the partial rule-set class (see <see cref="UblModelRules"/>).</summary>
internal static class UblCodeRules
{
    private static readonly XName[] AmountNames =
    [
        Cbc + "Amount", Cbc + "BaseAmount", Cbc + "PriceAmount", Cbc + "TaxAmount", Cbc + "TaxableAmount", Cbc + "LineExtensionAmount",
        Cbc + "TaxExclusiveAmount", Cbc + "TaxInclusiveAmount", Cbc + "AllowanceTotalAmount", Cbc + "ChargeTotalAmount",
        Cbc + "PrepaidAmount", Cbc + "PayableRoundingAmount", Cbc + "PayableAmount",
    ];

    private static readonly XName[] QuantityNames = [Cbc + "InvoicedQuantity", Cbc + "BaseQuantity", Cbc + "CreditedQuantity"];
    private static readonly XName DocumentTypeCode = Cbc + "DocumentTypeCode";
    private static readonly XName DocumentReference = Cac + "DocumentReference";
    private static readonly XName OriginCountry = Cac + "OriginCountry";
    private static readonly XName EmbeddedDocumentBinaryObject = Cbc + "EmbeddedDocumentBinaryObject";
    private static readonly XName MimeCode = "mimeCode";

    // BR-CL-24: the MIME types a supporting document may have (exact attribute value).
    private static readonly HashSet<string> MimeCodes = new(StringComparer.Ordinal)
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    };

    internal static void Define(PatternBuilder pattern)
    {
        pattern
            .Rule("cbc:InvoiceTypeCode | cbc:CreditNoteTypeCode", [InvoiceTypeCode, CreditNoteTypeCode], static _ => true, static (e, r) =>
                r.Assert("BR-CL-01", RuleFlag.Fatal, Xp.InList(e.Name == InvoiceTypeCode ? CodeListsUbl.InvoiceTypeCodes : CodeListsUbl.CreditNoteTypeCodes, e.Value)))
            .Rule("cbc:Amount | cbc:BaseAmount | ... | cbc:PayableAmount", AmountNames, static _ => true, static (e, r) =>
                r.Assert("BR-CL-03", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Currencies, Xp.Str(e.Attribute(CurrencyId)))))
            .Rule("cbc:DocumentCurrencyCode", DocumentCurrencyCode, static (e, r) =>
                r.Assert("BR-CL-04", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Currencies, e.Value)))
            .Rule("cbc:TaxCurrencyCode", TaxCurrencyCode, static (e, r) =>
                r.Assert("BR-CL-05", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Currencies, e.Value)))
            .Rule("cac:InvoicePeriod/cbc:DescriptionCode", DescriptionCode, static e => e.Parent?.Name == InvoicePeriod, static (e, r) =>
                r.Assert("BR-CL-06", RuleFlag.Fatal, Xp.InList(CodeListsUbl.VatDateCodes, e.Value)))
            .Rule("cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID[@schemeID] | cac:DocumentReference[...]/cbc:ID[@schemeID]", CbcId, static e => e.Attribute(SchemeId) is not null && e.Parent is { } p && (p.Name == AdditionalDocumentReference || p.Name == DocumentReference) && p.Elements(DocumentTypeCode).Any(static c => c.Value == "130"), static (e, r) =>
                r.Assert("BR-CL-07", RuleFlag.Fatal, Xp.InList(CodeListsUbl.ObjectIdentifierSchemes, Xp.Str(e.Attribute(SchemeId)))))
            .Rule("cac:PartyIdentification/cbc:ID[@schemeID]", CbcId, static e => e.Attribute(SchemeId) is not null && e.Parent?.Name == PartyIdentification, static (e, r) =>
            {
                var scheme = Xp.Str(e.Attribute(SchemeId));
                r.Assert("BR-CL-10", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Iso6523Icds, scheme) || (Xp.NormalizeSpace(scheme) == "SEPA" && e.Ancestors().Any(static a => a.Name == AccountingSupplierParty || a.Name == PayeeParty)));
            })
            .Rule("cac:PartyLegalEntity/cbc:CompanyID[@schemeID]", CompanyId, static e => e.Attribute(SchemeId) is not null && e.Parent?.Name == PartyLegalEntity, static (e, r) =>
                r.Assert("BR-CL-11", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Iso6523Icds, Xp.Str(e.Attribute(SchemeId)))))
            .Rule("cac:CommodityClassification/cbc:ItemClassificationCode[@listID]", ItemClassificationCode, static e => e.Attribute(ListId) is not null && e.Parent?.Name == CommodityClassification, static (e, r) =>
                r.Assert("BR-CL-13", RuleFlag.Fatal, Xp.InList(CodeListsUbl.ItemClassificationSchemes, Xp.Str(e.Attribute(ListId)))))
            .Rule("cac:Country/cbc:IdentificationCode", IdentificationCode, static e => e.Parent?.Name == Country, static (e, r) =>
                r.Assert("BR-CL-14", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Countries, e.Value)))
            .Rule("cac:OriginCountry/cbc:IdentificationCode", IdentificationCode, static e => e.Parent?.Name == OriginCountry, static (e, r) =>
                r.Assert("BR-CL-15", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Countries, e.Value)))
            .Rule("cac:PaymentMeans/cbc:PaymentMeansCode", PaymentMeansCode, static e => e.Parent?.Name == PaymentMeans, static (e, r) =>
                r.Assert("BR-CL-16", RuleFlag.Fatal, Xp.InList(CodeListsUbl.PaymentMeansCodes, e.Value)))
            .Rule("cac:TaxCategory/cbc:ID", CbcId, static e => e.Parent?.Name == TaxCategory, static (e, r) =>
                r.Assert("BR-CL-17", RuleFlag.Fatal, Xp.InList(CodeListsUbl.VatCategories, e.Value)))
            .Rule("cac:ClassifiedTaxCategory/cbc:ID", CbcId, static e => e.Parent?.Name == ClassifiedTaxCategory, static (e, r) =>
                r.Assert("BR-CL-18", RuleFlag.Fatal, Xp.InList(CodeListsUbl.VatCategories, e.Value)))
            .Rule("cac:AllowanceCharge[cbc:ChargeIndicator = false()]/cbc:AllowanceChargeReasonCode", AllowanceChargeReasonCode, static e => e.Parent is { } p && p.Name == AllowanceCharge && ChargeIndicatorIs(p, false), static (e, r) =>
                r.Assert("BR-CL-19", RuleFlag.Fatal, Xp.InList(CodeListsUbl.AllowanceReasonCodes, e.Value)))
            .Rule("cac:AllowanceCharge[cbc:ChargeIndicator = true()]/cbc:AllowanceChargeReasonCode", AllowanceChargeReasonCode, static e => e.Parent is { } p && p.Name == AllowanceCharge && ChargeIndicatorIs(p, true), static (e, r) =>
                r.Assert("BR-CL-20", RuleFlag.Fatal, Xp.InList(CodeListsUbl.ChargeReasonCodes, e.Value)))
            .Rule("cac:StandardItemIdentification/cbc:ID[@schemeID]", CbcId, static e => e.Attribute(SchemeId) is not null && e.Parent?.Name == StandardItemIdentification, static (e, r) =>
                r.Assert("BR-CL-21", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Iso6523Icds, Xp.Str(e.Attribute(SchemeId)))))
            .Rule("cbc:TaxExemptionReasonCode", TaxExemptionReasonCode, static (e, r) =>
                r.Assert("BR-CL-22", RuleFlag.Fatal, ExemptionCodeIsKnown(e.Value)))
            .Rule("cbc:InvoicedQuantity[@unitCode] | cbc:BaseQuantity[@unitCode] | cbc:CreditedQuantity[@unitCode]", QuantityNames, static e => e.Attribute(UnitCode) is not null, static (e, r) =>
                r.Assert("BR-CL-23", RuleFlag.Fatal, Xp.InList(CodeListsUbl.UnitCodes, Xp.Str(e.Attribute(UnitCode)))))
            .Rule("cbc:EmbeddedDocumentBinaryObject[@mimeCode]", EmbeddedDocumentBinaryObject, static e => e.Attribute(MimeCode) is not null, static (e, r) =>
                r.Assert("BR-CL-24", RuleFlag.Fatal, MimeCodes.Contains(Xp.Str(e.Attribute(MimeCode)))))
            .Rule("cbc:EndpointID[@schemeID]", EndpointId, static e => e.Attribute(SchemeId) is not null, static (e, r) =>
                r.Assert("BR-CL-25", RuleFlag.Fatal, Xp.InList(CodeListsUbl.ElectronicAddressSchemes, Xp.Str(e.Attribute(SchemeId)))))
            .Rule("cac:DeliveryLocation/cbc:ID[@schemeID]", CbcId, static e => e.Attribute(SchemeId) is not null && e.Parent?.Name == DeliveryLocation, static (e, r) =>
                r.Assert("BR-CL-26", RuleFlag.Fatal, Xp.InList(CodeListsUbl.Iso6523Icds, Xp.Str(e.Attribute(SchemeId)))));
    }

    // BR-CL-22: the space check is on the value as written, the lookup on its upper-cased form.
    private static bool ExemptionCodeIsKnown(string value)
    {
        var normalized = Xp.NormalizeSpace(value);
        return !normalized.Contains(' ', StringComparison.Ordinal) && CodeListsUbl.VatExemptionReasonCodes.Contains(Xp.NormalizeSpace(value.ToUpperInvariant()));
    }


    internal static readonly (string Id, string English, string French)[] Texts =
    [
        ("BR-CL-01", "The invoice type code is not a UNTDID 1001 code allowed for an invoice or credit note (BT-3).", "Le code de type de facture n'est pas un code UNTDID 1001 permis pour une facture ou un avoir (BT-3)."),
        ("BR-CL-03", "An amount has a currency (currencyID) that is not an ISO 4217 code.", "Un montant a une devise (currencyID) qui n'est pas un code ISO 4217."),
        ("BR-CL-04", "The invoice currency code is not an ISO 4217 code (BT-5).", "Le code devise de la facture n'est pas un code ISO 4217 (BT-5)."),
        ("BR-CL-05", "The VAT accounting currency code is not an ISO 4217 code (BT-6).", "Le code devise de comptabilisation de la TVA n'est pas un code ISO 4217 (BT-6)."),
        ("BR-CL-06", "The VAT point date code must be 3, 35 or 432 (UNTDID 2005) (BT-8).", "Le code de date d'exigibilité de la TVA doit être 3, 35 ou 432 (UNTDID 2005) (BT-8)."),
        ("BR-CL-07", "The scheme of the invoiced object identifier is not a UNTDID 1153 code (BT-18).", "Le schéma de l'identifiant d'objet facturé n'est pas un code UNTDID 1153 (BT-18)."),
        ("BR-CL-10", "A party identifier scheme is not an ISO 6523 ICD code (SEPA is allowed only for the seller or payee) (BT-29, BT-46, BT-60).", "Le schéma d'un identifiant de partie n'est pas un code ICD ISO 6523 (SEPA n'est permis que pour le vendeur ou le bénéficiaire) (BT-29, BT-46, BT-60)."),
        ("BR-CL-11", "A legal registration identifier scheme is not an ISO 6523 ICD code (BT-30, BT-47).", "Le schéma d'un numéro d'immatriculation légale n'est pas un code ICD ISO 6523 (BT-30, BT-47)."),
        ("BR-CL-13", "An item classification scheme is not a UNTDID 7143 code (BT-158).", "Le schéma d'une classification d'article n'est pas un code UNTDID 7143 (BT-158)."),
        ("BR-CL-14", "A country code is not an ISO 3166-1 alpha-2 code (BT-40, BT-55, BT-69, BT-80).", "Un code pays n'est pas un code ISO 3166-1 alpha-2 (BT-40, BT-55, BT-69, BT-80)."),
        ("BR-CL-15", "The item country of origin is not an ISO 3166-1 alpha-2 code (BT-159).", "Le pays d'origine de l'article n'est pas un code ISO 3166-1 alpha-2 (BT-159)."),
        ("BR-CL-16", "The payment means code is not a UNCL 4461 code (BT-81).", "Le code de moyen de paiement n'est pas un code UNCL 4461 (BT-81)."),
        ("BR-CL-17", "A VAT category code is not one of AE, L, M, E, S, Z, G, O, K, B (UNCL 5305) (BT-95, BT-102, BT-118).", "Un code de catégorie de TVA n'est pas l'un de AE, L, M, E, S, Z, G, O, K, B (UNCL 5305) (BT-95, BT-102, BT-118)."),
        ("BR-CL-18", "An invoiced item VAT category code is not one of AE, L, M, E, S, Z, G, O, K, B (UNCL 5305) (BT-151).", "Un code de catégorie de TVA d'article n'est pas l'un de AE, L, M, E, S, Z, G, O, K, B (UNCL 5305) (BT-151)."),
        ("BR-CL-19", "An allowance reason code is not a UNCL 5189 code (BT-98, BT-140).", "Un code motif de remise n'est pas un code UNCL 5189 (BT-98, BT-140)."),
        ("BR-CL-20", "A charge reason code is not a UNCL 7161 code (BT-105, BT-145).", "Un code motif de frais n'est pas un code UNCL 7161 (BT-105, BT-145)."),
        ("BR-CL-21", "An item standard identifier scheme is not an ISO 6523 ICD code (BT-157).", "Le schéma d'un identifiant standard d'article n'est pas un code ICD ISO 6523 (BT-157)."),
        ("BR-CL-22", "A VAT exemption reason code is not a VATEX code (BT-121).", "Un code de motif d'exonération de TVA n'est pas un code VATEX (BT-121)."),
        ("BR-CL-23", "A unit of measure is not a UN/ECE Recommendation 20 or 21 code (BT-130, BT-150).", "Une unité de mesure n'est pas un code des recommandations 20 ou 21 de la CEE-ONU (BT-130, BT-150)."),
        ("BR-CL-24", "An attached document has a MIME type that is not allowed: PDF, PNG, JPEG, CSV, XLSX or ODS (BT-125).", "Une pièce jointe a un type MIME non permis : PDF, PNG, JPEG, CSV, XLSX ou ODS (BT-125)."),
        ("BR-CL-25", "An electronic address scheme is not a CEF EAS code (BT-34, BT-49).", "Le schéma d'une adresse électronique n'est pas un code CEF EAS (BT-34, BT-49)."),
        ("BR-CL-26", "The deliver-to location identifier scheme is not an ISO 6523 ICD code (BT-71).", "Le schéma de l'identifiant du lieu de livraison n'est pas un code ICD ISO 6523 (BT-71)."),
    ];
}
