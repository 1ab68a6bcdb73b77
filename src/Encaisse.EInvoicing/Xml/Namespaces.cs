using System.Xml.Linq;

namespace Encaisse.EInvoicing.Xml;

/// <summary>The XML namespaces of the e-invoice syntaxes Encaisse reads and writes.</summary>
public static class Namespaces
{
    /// <summary>UBL 2.1 Invoice root.</summary>
    public static readonly XNamespace UblInvoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    /// <summary>UBL 2.1 CreditNote root.</summary>
    public static readonly XNamespace UblCreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /// <summary>UBL common aggregate components (cac).</summary>
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /// <summary>UBL common basic components (cbc).</summary>
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /// <summary>UBL extension components (ext).</summary>
    public static readonly XNamespace Ext = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";

    /// <summary>CII root (rsm), D16B and later.</summary>
    public static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

    /// <summary>CII reusable aggregate business information entities (ram).</summary>
    public static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    /// <summary>CII unqualified data types (udt).</summary>
    public static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    /// <summary>CII qualified data types (qdt).</summary>
    public static readonly XNamespace Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    /// <summary>ZUGFeRD 1.0 root (CrossIndustryDocument), recognised only to say it is not supported.</summary>
    public static readonly XNamespace Zugferd1 = "urn:ferd:CrossIndustryDocument:invoice:1p0";

    /// <summary>The prefix conventionally used for a namespace, for readable XPath locations.</summary>
    public static string PrefixOf(XNamespace ns)
    {
        ArgumentNullException.ThrowIfNull(ns);
        return ns.NamespaceName switch
        {
            "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" => "ubl",
            "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" => "cn",
            "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" => "cac",
            "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" => "cbc",
            "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" => "ext",
            "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" => "rsm",
            "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" => "ram",
            "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100" => "udt",
            "urn:un:unece:uncefact:data:standard:QualifiedDataType:100" => "qdt",
            "" => string.Empty,
            _ => "ns",
        };
    }
}
