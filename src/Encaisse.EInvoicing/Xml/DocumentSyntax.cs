using System.Xml.Linq;

namespace Encaisse.EInvoicing.Xml;

/// <summary>The syntax of an e-invoice, told from its root element.</summary>
public enum DocumentSyntax
{
    /// <summary>Not an e-invoice syntax Encaisse knows (including ZUGFeRD 1.0's CrossIndustryDocument).</summary>
    Unknown,

    /// <summary>UBL 2.1 Invoice or CreditNote.</summary>
    Ubl,

    /// <summary>UN/CEFACT Cross Industry Invoice (D16B and later, Factur-X, ZUGFeRD 2.x, XRechnung CII).</summary>
    Cii,
}

/// <summary>Reads the syntax and the specification identifier (BT-24) of a document.</summary>
public static class SyntaxDetector
{
    /// <summary>The syntax named by the root element.</summary>
    public static DocumentSyntax Detect(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root;
        if (root is null)
        {
            return DocumentSyntax.Unknown;
        }

        if ((root.Name == Namespaces.UblInvoice + "Invoice") || (root.Name == Namespaces.UblCreditNote + "CreditNote"))
        {
            return DocumentSyntax.Ubl;
        }

        return root.Name == Namespaces.Rsm + "CrossIndustryInvoice" ? DocumentSyntax.Cii : DocumentSyntax.Unknown;
    }

    /// <summary>BT-24 Specification identifier as written (trimmed), or null when absent.</summary>
    public static string? SpecificationIdentifier(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root;
        if (root is null)
        {
            return null;
        }

        return Detect(document) switch
        {
            DocumentSyntax.Ubl => root.Element(Namespaces.Cbc + "CustomizationID")?.Value.Trim(),
            DocumentSyntax.Cii => root.Element(Namespaces.Rsm + "ExchangedDocumentContext")
                ?.Elements(Namespaces.Ram + "GuidelineSpecifiedDocumentContextParameter")
                .Select(p => p.Element(Namespaces.Ram + "ID")?.Value.Trim())
                .FirstOrDefault(v => v is not null),
            _ => null,
        };
    }
}
