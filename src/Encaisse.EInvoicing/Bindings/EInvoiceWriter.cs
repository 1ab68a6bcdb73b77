using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings.Cii;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Bindings.Ubl;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Bindings;

/// <summary>
/// Writes an invoice as an e-invoice: UBL 2.1 (Invoice, or CreditNote for credit note type codes) or CII, in a
/// profile. The profile decides which terms are written (<see cref="ProfileProjection"/>), the syntax how; the
/// output is UTF-8 without BOM, not indented, and the same invoice always gives the same bytes. The writer does not
/// validate business rules: an invoice that breaks EN 16931 is written as it is (validate it first).
/// </summary>
public static class EInvoiceWriter
{
    /// <summary>The document, as UTF-8 bytes.</summary>
    public static byte[] Write(Invoice invoice, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(format);
        var projected = ProfileProjection.Project(invoice, format);
        return format.Syntax == DocumentSyntax.Ubl ? UblWriter.Write(projected) : CiiWriter.Write(projected, format.Version);
    }

    /// <summary>The invoice as the given profile carries it (what <see cref="Write"/> writes), for previews and tests.</summary>
    public static Invoice Project(Invoice invoice, OutputFormat format) => ProfileProjection.Project(invoice, format).Invoice;
}
