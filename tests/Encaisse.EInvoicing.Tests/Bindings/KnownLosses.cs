using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>
/// The terms one syntax cannot express, as listed in docs/einvoice-bindings.md ("Known losses"): applied to both
/// sides of a UBL ↔ CII comparison, so everything else must survive the conversion.
/// </summary>
internal static class KnownLosses
{
    public static Invoice Apply(Invoice invoice, OutputFormat target) => target.Syntax switch
    {
        DocumentSyntax.Ubl => ToUbl(invoice),
        _ when target.Version == SyntaxVersion.CiiD16B => ToCii(invoice) with { PrecedingInvoices = [.. invoice.PrecedingInvoices.Take(1)] },
        _ => ToCii(invoice),
    };

    private static Invoice ToUbl(Invoice invoice) => invoice with
    {
        // The payment schedule is a CII EXTENDED structure; UBL carries only BT-9.
        PaymentSchedule = [],
        // UBL's price allowance amount is mandatory, so a zero BT-147 is how UBL says "gross price only".
        Lines = [.. invoice.Lines.Select(l => l.Price.Discount == 0m ? l with { Price = l.Price with { Discount = null } } : l)],
    };

    private static Invoice ToCii(Invoice invoice) => invoice with
    {
        // CII writes BT-29 without a scheme as ram:ID before every ram:GlobalID.
        Seller = invoice.Seller with
        {
            Identifiers = [.. invoice.Seller.Identifiers.Where(i => i.SchemeId is null), .. invoice.Seller.Identifiers.Where(i => i.SchemeId is not null)],
        },
        // CII carries BT-147 only inside the gross price (BT-148).
        Lines = [.. invoice.Lines.Select(l => l.Price is { Discount: not null, GrossPrice: null } ? l with { Price = l.Price with { Discount = null } } : l)],
    };
}
