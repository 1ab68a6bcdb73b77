using System.Xml.Linq;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>The UBL element and attribute names the UBL-syntax pattern tests, resolved once.</summary>
internal static class UblSyntaxNames
{
    public static readonly XName Invoice = Namespaces.UblInvoice + "Invoice";
    public static readonly XName CreditNote = Namespaces.UblCreditNote + "CreditNote";

    public static readonly XName AccountingCustomerParty = Namespaces.Cac + "AccountingCustomerParty";
    public static readonly XName AccountingSupplierParty = Namespaces.Cac + "AccountingSupplierParty";
    public static readonly XName AdditionalDocumentReference = Namespaces.Cac + "AdditionalDocumentReference";
    public static readonly XName Address = Namespaces.Cac + "Address";
    public static readonly XName AddressLine = Namespaces.Cac + "AddressLine";
    public static readonly XName AllowanceCharge = Namespaces.Cac + "AllowanceCharge";
    public static readonly XName Attachment = Namespaces.Cac + "Attachment";
    public static readonly XName BillingReference = Namespaces.Cac + "BillingReference";
    public static readonly XName ClassifiedTaxCategory = Namespaces.Cac + "ClassifiedTaxCategory";
    public static readonly XName CreditNoteLine = Namespaces.Cac + "CreditNoteLine";
    public static readonly XName Delivery = Namespaces.Cac + "Delivery";
    public static readonly XName DeliveryParty = Namespaces.Cac + "DeliveryParty";
    public static readonly XName DocumentReference = Namespaces.Cac + "DocumentReference";
    public static readonly XName InvoiceDocumentReference = Namespaces.Cac + "InvoiceDocumentReference";
    public static readonly XName InvoiceLine = Namespaces.Cac + "InvoiceLine";
    public static readonly XName InvoicePeriod = Namespaces.Cac + "InvoicePeriod";
    public static readonly XName Item = Namespaces.Cac + "Item";
    public static readonly XName OrderLineReference = Namespaces.Cac + "OrderLineReference";
    public static readonly XName Party = Namespaces.Cac + "Party";
    public static readonly XName PartyIdentification = Namespaces.Cac + "PartyIdentification";
    public static readonly XName PartyLegalEntity = Namespaces.Cac + "PartyLegalEntity";
    public static readonly XName PartyName = Namespaces.Cac + "PartyName";
    public static readonly XName PartyTaxScheme = Namespaces.Cac + "PartyTaxScheme";
    public static readonly XName PayeeParty = Namespaces.Cac + "PayeeParty";
    public static readonly XName PaymentMandate = Namespaces.Cac + "PaymentMandate";
    public static readonly XName PaymentMeans = Namespaces.Cac + "PaymentMeans";
    public static readonly XName PostalAddress = Namespaces.Cac + "PostalAddress";
    public static readonly XName Price = Namespaces.Cac + "Price";
    public static readonly XName TaxCategory = Namespaces.Cac + "TaxCategory";
    public static readonly XName TaxRepresentativeParty = Namespaces.Cac + "TaxRepresentativeParty";
    public static readonly XName TaxScheme = Namespaces.Cac + "TaxScheme";
    public static readonly XName TaxSubtotal = Namespaces.Cac + "TaxSubtotal";

    public static readonly XName AllowanceChargeReason = Namespaces.Cbc + "AllowanceChargeReason";
    public static readonly XName Amount = Namespaces.Cbc + "Amount";
    public static readonly XName ChargeIndicator = Namespaces.Cbc + "ChargeIndicator";
    public static readonly XName CompanyId = Namespaces.Cbc + "CompanyID";
    public static readonly XName Description = Namespaces.Cbc + "Description";
    public static readonly XName DocumentDescription = Namespaces.Cbc + "DocumentDescription";
    public static readonly XName DocumentTypeCode = Namespaces.Cbc + "DocumentTypeCode";
    public static readonly XName Id = Namespaces.Cbc + "ID";
    public static readonly XName LineId = Namespaces.Cbc + "LineID";
    public static readonly XName Name = Namespaces.Cbc + "Name";
    public static readonly XName Note = Namespaces.Cbc + "Note";
    public static readonly XName PaymentDueDate = Namespaces.Cbc + "PaymentDueDate";
    public static readonly XName PaymentId = Namespaces.Cbc + "PaymentID";
    public static readonly XName PaymentMeansCode = Namespaces.Cbc + "PaymentMeansCode";
    public static readonly XName RegistrationName = Namespaces.Cbc + "RegistrationName";
    public static readonly XName TaxExemptionReason = Namespaces.Cbc + "TaxExemptionReason";
    public static readonly XName UblVersionId = Namespaces.Cbc + "UBLVersionID";

    public static readonly XName FilenameAttribute = "filename";
    public static readonly XName MimeCodeAttribute = "mimeCode";
    public static readonly XName NameAttribute = "name";
    public static readonly XName SchemeIdAttribute = "schemeID";
}
