using System.Xml.Linq;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings.Cii;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Bindings.Ubl;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Bindings;

/// <summary>An e-invoice read into the model.</summary>
/// <param name="Invoice">The invoice, as stated (amounts are the document's, see <see cref="InvoiceCalculator.FindDiscrepancies"/>).</param>
/// <param name="Syntax">UBL or CII.</param>
/// <param name="SpecificationIdentifier">BT-24 as written; null when the document has none.</param>
/// <param name="Profile">The profile BT-24 names (a known one, or one that writes the same BT-24 back).</param>
public sealed record ReadInvoice(Invoice Invoice, DocumentSyntax Syntax, string? SpecificationIdentifier, EInvoiceProfile Profile)
{
    /// <summary>The format to write this invoice back in the same syntax and profile.</summary>
    public OutputFormat SameFormat => OutputFormat.Of(Syntax, Profile);
}

/// <summary>
/// Reads any UBL 2.1 Invoice or CreditNote and any CII CrossIndustryInvoice (D16B to D22B: EN 16931, Factur-X and
/// ZUGFeRD 2.x of every profile, XRechnung) into the model, through <see cref="SafeXml"/>. Lenient about what the
/// model can hold (unknown elements are ignored), strict about what it needs: a missing mandatory term or an
/// unparseable value fails with a one-line message. Business rules are not checked here.
/// </summary>
public static class EInvoiceReader
{
    /// <summary>Reads a document from its bytes.</summary>
    public static ParseResult<ReadInvoice> Read(byte[] document, XmlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Without indentation: the readers take values from leaves only, and the tree is cheaper to navigate.
        var loaded = SafeXml.LoadWithoutIndentation(document, limits);
        return loaded.TryGetValue(out var xml) ? Read(xml) : ParseResult<ReadInvoice>.Fail(loaded.Error!);
    }

    /// <summary>Reads a document already loaded through <see cref="SafeXml"/>.</summary>
    public static ParseResult<ReadInvoice> Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root;
        var syntax = SyntaxDetector.Detect(document);
        if (root is null || syntax == DocumentSyntax.Unknown)
        {
            return ParseResult<ReadInvoice>.Fail(root?.Name.Namespace == Namespaces.Zugferd1
                ? "This is a ZUGFeRD 1.0 invoice (CrossIndustryDocument), which Encaisse does not read; ZUGFeRD 2.x and Factur-X are read."
                : $"The root element {root?.Name.LocalName ?? "(none)"} is not a UBL Invoice or CreditNote nor a CII CrossIndustryInvoice.");
        }

        try
        {
            var invoice = syntax == DocumentSyntax.Ubl ? UblReader.Read(root) : CiiReader.Read(root);
            var specification = SyntaxDetector.SpecificationIdentifier(document);
            return ParseResult<ReadInvoice>.Ok(new ReadInvoice(invoice, syntax, specification,
                EInvoiceProfile.ForSpecificationIdentifier(specification, syntax)));
        }
        catch (EInvoiceReadException ex)
        {
            return ParseResult<ReadInvoice>.Fail(ex.Message);
        }
    }
}
