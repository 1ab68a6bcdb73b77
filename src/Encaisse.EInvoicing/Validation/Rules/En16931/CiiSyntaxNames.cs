using System.Xml.Linq;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>The element names the EN16931-CII-Syntax contexts and functions use, built once.</summary>
internal static class CiiSyntaxNames
{
    private static readonly XNamespace Ram = Namespaces.Ram;
    private static readonly XNamespace Rsm = Namespaces.Rsm;
    private static readonly XNamespace Udt = Namespaces.Udt;

    internal static readonly XName CrossIndustryInvoice = Rsm + "CrossIndustryInvoice";
    internal static readonly XName ExchangedDocumentContext = Rsm + "ExchangedDocumentContext";
    internal static readonly XName ExchangedDocument = Rsm + "ExchangedDocument";
    internal static readonly XName SupplyChainTradeTransaction = Rsm + "SupplyChainTradeTransaction";
    internal static readonly XName IncludedSupplyChainTradeLineItem = Ram + "IncludedSupplyChainTradeLineItem";
    internal static readonly XName AssociatedDocumentLineDocument = Ram + "AssociatedDocumentLineDocument";
    internal static readonly XName SpecifiedTradeProduct = Ram + "SpecifiedTradeProduct";
    internal static readonly XName ApplicableProductCharacteristic = Ram + "ApplicableProductCharacteristic";
    internal static readonly XName SpecifiedLineTradeAgreement = Ram + "SpecifiedLineTradeAgreement";
    internal static readonly XName SpecifiedLineTradeDelivery = Ram + "SpecifiedLineTradeDelivery";
    internal static readonly XName SpecifiedLineTradeSettlement = Ram + "SpecifiedLineTradeSettlement";
    internal static readonly XName ApplicableHeaderTradeAgreement = Ram + "ApplicableHeaderTradeAgreement";
    internal static readonly XName ApplicableHeaderTradeDelivery = Ram + "ApplicableHeaderTradeDelivery";
    internal static readonly XName ApplicableHeaderTradeSettlement = Ram + "ApplicableHeaderTradeSettlement";
    internal static readonly XName SpecifiedTradeSettlementHeaderMonetarySummation = Ram + "SpecifiedTradeSettlementHeaderMonetarySummation";
    internal static readonly XName SpecifiedTradeSettlementPaymentMeans = Ram + "SpecifiedTradeSettlementPaymentMeans";
    internal static readonly XName SpecifiedTradeAllowanceCharge = Ram + "SpecifiedTradeAllowanceCharge";
    internal static readonly XName GrossPriceProductTradePrice = Ram + "GrossPriceProductTradePrice";
    internal static readonly XName AppliedTradeAllowanceCharge = Ram + "AppliedTradeAllowanceCharge";
    internal static readonly XName IncludedNote = Ram + "IncludedNote";
    internal static readonly XName GuidelineSpecifiedDocumentContextParameter = Ram + "GuidelineSpecifiedDocumentContextParameter";
    internal static readonly XName Id = Ram + "ID";
    internal static readonly XName GlobalId = Ram + "GlobalID";
    internal static readonly XName LineId = Ram + "LineID";
    internal static readonly XName SellerAssignedId = Ram + "SellerAssignedID";
    internal static readonly XName TypeCode = Ram + "TypeCode";
    internal static readonly XName ApplicableTradeTax = Ram + "ApplicableTradeTax";
    internal static readonly XName CategoryCode = Ram + "CategoryCode";
    internal static readonly XName TaxTotalAmount = Ram + "TaxTotalAmount";
    internal static readonly XName BillingSpecifiedPeriod = Ram + "BillingSpecifiedPeriod";
    internal static readonly XName PostalTradeAddress = Ram + "PostalTradeAddress";
    internal static readonly XName DateTimeString = Udt + "DateTimeString";
    internal static readonly XName AdditionalReferencedDocument = Ram + "AdditionalReferencedDocument";
    internal static readonly XName InvoiceReferencedDocument = Ram + "InvoiceReferencedDocument";
}
