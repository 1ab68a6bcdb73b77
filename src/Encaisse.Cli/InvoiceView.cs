using System.Globalization;
using Encaisse.Domain.Invoicing;
using Spectre.Console;

namespace Encaisse.Cli;

/// <summary>An invoice on the terminal, laid out like the paper one: parties, lines, VAT breakdown, totals, mentions.</summary>
internal static class InvoiceView
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(Invoice invoice)
    {
        var title = invoice.TypeCode.IsCreditNote ? "Credit note" : "Invoice";
        AnsiConsole.MarkupLine($"[bold]{title} {Markup.Escape(invoice.Number)}[/] ({invoice.TypeCode.Code}) · issued {invoice.IssueDate:yyyy-MM-dd}"
            + (invoice.DueDate is { } due ? $" · due {due:yyyy-MM-dd}" : "") + $" · {invoice.Currency}");
        foreach (var preceding in invoice.PrecedingInvoices)
        {
            AnsiConsole.MarkupLine($"corrects {Markup.Escape(preceding.Number)}" + (preceding.IssueDate is { } d ? $" of {d:yyyy-MM-dd}" : ""));
        }

        var parties = new Table().Border(TableBorder.None).AddColumns("[grey]seller[/]", "[grey]buyer[/]");
        parties.AddRow(Party(invoice.Seller.Name, invoice.Seller.Siren, invoice.Seller.VatId, invoice.Seller.Address),
            Party(invoice.Buyer.Name, invoice.Buyer.Siren, invoice.Buyer.VatId, invoice.Buyer.Address));
        AnsiConsole.Write(parties);

        var lines = new Table().Border(TableBorder.Simple).AddColumns("#", "item")
            .AddColumn(new TableColumn("qty").RightAligned()).AddColumn("unit").AddColumn(new TableColumn("unit price").RightAligned())
            .AddColumn(new TableColumn("VAT").RightAligned()).AddColumn(new TableColumn("net").RightAligned());
        foreach (var line in invoice.Lines)
        {
            // Contract lines already name their service period in the description; others get it appended.
            var period = line.Period is { Start: { } s, End: { } e } ? $"{s:dd/MM/yyyy}" : null;
            var name = period is null || line.Item.Name.Contains(period, StringComparison.Ordinal)
                ? line.Item.Name
                : $"{line.Item.Name} ({period}–{line.Period!.End:dd/MM/yyyy})";
            lines.AddRow(Markup.Escape(line.Id), Markup.Escape(name), Num(line.Quantity), Markup.Escape(line.UnitCode),
                Num(line.Price.NetPrice), Markup.Escape(line.Vat.ToString()), Money(line.NetAmount));
        }

        AnsiConsole.Write(lines);

        var vat = new Table().Border(TableBorder.Simple).AddColumns("VAT").AddColumn(new TableColumn("taxable").RightAligned()).AddColumn(new TableColumn("VAT amount").RightAligned());
        foreach (var entry in invoice.VatBreakdown)
        {
            vat.AddRow(Markup.Escape(entry.Vat.ToString()), Money(entry.TaxableAmount), Money(entry.TaxAmount));
        }

        AnsiConsole.Write(vat);
        var t = invoice.Totals;
        AnsiConsole.MarkupLine($"total without VAT {Money(t.TotalWithoutVat)} · VAT {Money(t.TotalVat)} · [bold]total {Money(t.TotalWithVat)}[/] · amount due {Money(t.AmountDueForPayment)}");
        if (invoice.PaymentTerms is { } terms)
        {
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(terms)}[/]");
        }

        foreach (var note in invoice.Notes)
        {
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(note.SubjectCode ?? "")} {Markup.Escape(note.Text)}[/]");
        }
    }

    private static string Party(string name, string? siren, string? vat, Domain.Common.PostalAddress? address) =>
        Markup.Escape(string.Join('\n', new[]
        {
            name,
            address is null ? null : string.Join(", ", new[] { address.Line1, address.PostCode, address.City, address.CountryCode }.Where(x => !string.IsNullOrEmpty(x))),
            siren is null ? null : $"SIREN {siren}",
            vat is null ? null : $"TVA {vat}",
        }.Where(x => x is not null)));

    private static string Num(decimal value) => value.ToString("0.######", Invariant);

    private static string Money(decimal value) => value.ToString("N2", Invariant);
}
