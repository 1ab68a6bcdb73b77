using System.Xml.Linq;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

// The UBL names the Peppol rules read, built once: rule bodies never convert strings to XName.

/// <summary>UBL document elements.</summary>
internal static class Ubl
{
    public static readonly XName Invoice = Namespaces.UblInvoice + "Invoice";
    public static readonly XName CreditNote = Namespaces.UblCreditNote + "CreditNote";
}

/// <summary>Attributes (no namespace).</summary>
internal static class Attr
{
    public static readonly XName SchemeId = "schemeID";
    public static readonly XName CurrencyId = "currencyID";
    public static readonly XName UnitCode = "unitCode";
    public static readonly XName ListId = "listID";
    public static readonly XName ListVersionId = "listVersionID";
    public static readonly XName MimeCode = "mimeCode";
    public static readonly XName Filename = "filename";
}

/// <summary>UBL basic components (cbc).</summary>
internal static class Cbc
{
    public static readonly XName ProfileID = Namespaces.Cbc + "ProfileID";
    public static readonly XName CustomizationID = Namespaces.Cbc + "CustomizationID";
    public static readonly XName Note = Namespaces.Cbc + "Note";
    public static readonly XName BuyerReference = Namespaces.Cbc + "BuyerReference";
    public static readonly XName ID = Namespaces.Cbc + "ID";
    public static readonly XName TaxCurrencyCode = Namespaces.Cbc + "TaxCurrencyCode";
    public static readonly XName DocumentCurrencyCode = Namespaces.Cbc + "DocumentCurrencyCode";
    public static readonly XName EndpointID = Namespaces.Cbc + "EndpointID";
    public static readonly XName MultiplierFactorNumeric = Namespaces.Cbc + "MultiplierFactorNumeric";
    public static readonly XName BaseAmount = Namespaces.Cbc + "BaseAmount";
    public static readonly XName Amount = Namespaces.Cbc + "Amount";
    public static readonly XName ChargeIndicator = Namespaces.Cbc + "ChargeIndicator";
    public static readonly XName PaymentMeansCode = Namespaces.Cbc + "PaymentMeansCode";
    public static readonly XName PriceAmount = Namespaces.Cbc + "PriceAmount";
    public static readonly XName TaxAmount = Namespaces.Cbc + "TaxAmount";
    public static readonly XName TaxableAmount = Namespaces.Cbc + "TaxableAmount";
    public static readonly XName LineExtensionAmount = Namespaces.Cbc + "LineExtensionAmount";
    public static readonly XName TaxExclusiveAmount = Namespaces.Cbc + "TaxExclusiveAmount";
    public static readonly XName TaxInclusiveAmount = Namespaces.Cbc + "TaxInclusiveAmount";
    public static readonly XName AllowanceTotalAmount = Namespaces.Cbc + "AllowanceTotalAmount";
    public static readonly XName ChargeTotalAmount = Namespaces.Cbc + "ChargeTotalAmount";
    public static readonly XName PrepaidAmount = Namespaces.Cbc + "PrepaidAmount";
    public static readonly XName PayableRoundingAmount = Namespaces.Cbc + "PayableRoundingAmount";
    public static readonly XName PayableAmount = Namespaces.Cbc + "PayableAmount";
    public static readonly XName StartDate = Namespaces.Cbc + "StartDate";
    public static readonly XName EndDate = Namespaces.Cbc + "EndDate";
    public static readonly XName InvoicedQuantity = Namespaces.Cbc + "InvoicedQuantity";
    public static readonly XName CreditedQuantity = Namespaces.Cbc + "CreditedQuantity";
    public static readonly XName BaseQuantity = Namespaces.Cbc + "BaseQuantity";
    public static readonly XName DocumentTypeCode = Namespaces.Cbc + "DocumentTypeCode";
    public static readonly XName CompanyID = Namespaces.Cbc + "CompanyID";
    public static readonly XName IdentificationCode = Namespaces.Cbc + "IdentificationCode";
    public static readonly XName PaymentID = Namespaces.Cbc + "PaymentID";
    public static readonly XName ItemClassificationCode = Namespaces.Cbc + "ItemClassificationCode";
    public static readonly XName AllowanceChargeReasonCode = Namespaces.Cbc + "AllowanceChargeReasonCode";
    public static readonly XName AllowanceChargeReason = Namespaces.Cbc + "AllowanceChargeReason";
    public static readonly XName StreetName = Namespaces.Cbc + "StreetName";
    public static readonly XName CityName = Namespaces.Cbc + "CityName";
    public static readonly XName PostalZone = Namespaces.Cbc + "PostalZone";
    public static readonly XName Percent = Namespaces.Cbc + "Percent";
    public static readonly XName Name = Namespaces.Cbc + "Name";
    public static readonly XName DocumentDescription = Namespaces.Cbc + "DocumentDescription";
    public static readonly XName URI = Namespaces.Cbc + "URI";
    public static readonly XName InvoiceTypeCode = Namespaces.Cbc + "InvoiceTypeCode";
    public static readonly XName CreditNoteTypeCode = Namespaces.Cbc + "CreditNoteTypeCode";
    public static readonly XName DueDate = Namespaces.Cbc + "DueDate";
    public static readonly XName IssueDate = Namespaces.Cbc + "IssueDate";
    public static readonly XName TaxPointDate = Namespaces.Cbc + "TaxPointDate";
    public static readonly XName ActualDeliveryDate = Namespaces.Cbc + "ActualDeliveryDate";
    public static readonly XName LineID = Namespaces.Cbc + "LineID";
    public static readonly XName Telephone = Namespaces.Cbc + "Telephone";
    public static readonly XName ElectronicMail = Namespaces.Cbc + "ElectronicMail";
    public static readonly XName EmbeddedDocumentBinaryObject = Namespaces.Cbc + "EmbeddedDocumentBinaryObject";
    public static readonly XName DescriptionCode = Namespaces.Cbc + "DescriptionCode";
    public static readonly XName TaxExemptionReasonCode = Namespaces.Cbc + "TaxExemptionReasonCode";
}

/// <summary>UBL aggregate components (cac).</summary>
internal static class Cac
{
    public static readonly XName AdditionalDocumentReference = Namespaces.Cac + "AdditionalDocumentReference";
    public static readonly XName OrderReference = Namespaces.Cac + "OrderReference";
    public static readonly XName TaxTotal = Namespaces.Cac + "TaxTotal";
    public static readonly XName TaxSubtotal = Namespaces.Cac + "TaxSubtotal";
    public static readonly XName AccountingCustomerParty = Namespaces.Cac + "AccountingCustomerParty";
    public static readonly XName AccountingSupplierParty = Namespaces.Cac + "AccountingSupplierParty";
    public static readonly XName Party = Namespaces.Cac + "Party";
    public static readonly XName AllowanceCharge = Namespaces.Cac + "AllowanceCharge";
    public static readonly XName InvoiceLine = Namespaces.Cac + "InvoiceLine";
    public static readonly XName CreditNoteLine = Namespaces.Cac + "CreditNoteLine";
    public static readonly XName PaymentMeans = Namespaces.Cac + "PaymentMeans";
    public static readonly XName PaymentMandate = Namespaces.Cac + "PaymentMandate";
    public static readonly XName InvoicePeriod = Namespaces.Cac + "InvoicePeriod";
    public static readonly XName Price = Namespaces.Cac + "Price";
    public static readonly XName DocumentReference = Namespaces.Cac + "DocumentReference";
    public static readonly XName PartyIdentification = Namespaces.Cac + "PartyIdentification";
    public static readonly XName PartyTaxScheme = Namespaces.Cac + "PartyTaxScheme";
    public static readonly XName TaxScheme = Namespaces.Cac + "TaxScheme";
    public static readonly XName TaxRepresentativeParty = Namespaces.Cac + "TaxRepresentativeParty";
    public static readonly XName PostalAddress = Namespaces.Cac + "PostalAddress";
    public static readonly XName Country = Namespaces.Cac + "Country";
    public static readonly XName PartyLegalEntity = Namespaces.Cac + "PartyLegalEntity";
    public static readonly XName PayeeFinancialAccount = Namespaces.Cac + "PayeeFinancialAccount";
    public static readonly XName FinancialInstitutionBranch = Namespaces.Cac + "FinancialInstitutionBranch";
    public static readonly XName PayerFinancialAccount = Namespaces.Cac + "PayerFinancialAccount";
    public static readonly XName Item = Namespaces.Cac + "Item";
    public static readonly XName CommodityClassification = Namespaces.Cac + "CommodityClassification";
    public static readonly XName TaxCategory = Namespaces.Cac + "TaxCategory";
    public static readonly XName ClassifiedTaxCategory = Namespaces.Cac + "ClassifiedTaxCategory";
    public static readonly XName PartyName = Namespaces.Cac + "PartyName";
    public static readonly XName Attachment = Namespaces.Cac + "Attachment";
    public static readonly XName ExternalReference = Namespaces.Cac + "ExternalReference";
    public static readonly XName BillingReference = Namespaces.Cac + "BillingReference";
    public static readonly XName InvoiceDocumentReference = Namespaces.Cac + "InvoiceDocumentReference";
    public static readonly XName LegalMonetaryTotal = Namespaces.Cac + "LegalMonetaryTotal";
    public static readonly XName OrderLineReference = Namespaces.Cac + "OrderLineReference";
    public static readonly XName Contact = Namespaces.Cac + "Contact";
    public static readonly XName Delivery = Namespaces.Cac + "Delivery";
    public static readonly XName DeliveryLocation = Namespaces.Cac + "DeliveryLocation";
    public static readonly XName Address = Namespaces.Cac + "Address";
    public static readonly XName CardAccount = Namespaces.Cac + "CardAccount";
    public static readonly XName PayeeParty = Namespaces.Cac + "PayeeParty";
    public static readonly XName PaymentTerms = Namespaces.Cac + "PaymentTerms";
}
