using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Encaisse.Billing.Invoicing;
using Encaisse.Billing.Ledger;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Terms;
using Encaisse.Storage;
using Spectre.Console;

namespace Encaisse.Cli.Commands;

/// <summary>`encaisse invoices list|show|draft|issue|credit`.</summary>
internal static class InvoicesCommand
{
    private static readonly CultureInfo Fr = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("invoices", "List, show, draft, issue, credit and export invoices");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Draft());
        command.Subcommands.Add(Issue());
        command.Subcommands.Add(Credit());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "draft or issued" };
        status.AcceptOnlyFromAmong("draft", "issued");
        var from = new Option<DateOnly?>("--from") { Description = "Issued on or after this date (YYYY-MM-DD)" };
        var to = new Option<DateOnly?>("--to") { Description = "Issued on or before this date (YYYY-MM-DD)" };
        var customer = new Option<string?>("--customer") { Description = "A customer id, SIREN or name" };
        var limit = new Option<int>("--limit") { Description = "At most this many rows (1-1000)", DefaultValueFactory = _ => 50 };
        var format = FormatOption("table", "tsv");
        var command = new Command("list", "List documents, newest first in each page") { status, from, to, customer, limit, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, ct);
            var tenant = await CliRuntime.RequireTenantAsync(db, parse, ct);
            var count = parse.GetValue(limit);
            if (count is < 1 or > PageRequest.MaxLimit)
            {
                throw new CliException($"--limit must be between 1 and {PageRequest.MaxLimit}");
            }

            var filter = new DocumentFilter
            {
                Status = parse.GetValue(status) switch { "draft" => DocumentStatus.Draft, "issued" => DocumentStatus.Issued, _ => null },
                IssuedFrom = parse.GetValue(from),
                IssuedTo = parse.GetValue(to),
                CustomerId = parse.GetValue(customer) is { } who ? await CustomerResolver.ResolveAsync(db, tenant, who, ct) : null,
            };
            var page = await db.Documents.ListAsync(tenant.TenantId, filter, PageRequest.First(count), ct);
            var total = await db.Documents.CountAsync(tenant.TenantId, filter, ct);
            if (parse.GetValue(format) == "tsv")
            {
                Console.WriteLine("number\tstatus\ttype\tissue_date\tdue_date\tcurrency\ttotal_without_vat\ttotal_vat\ttotal_with_vat\tamount_due\tdocument_id");
                foreach (var d in page.Items)
                {
                    Console.WriteLine(string.Join('\t', d.Number ?? "", Status(d), d.TypeCode, Date(d.IssueDate), Date(d.DueDate), d.Currency,
                        Amount(d.TotalWithoutVat), Amount(d.TotalVat), Amount(d.TotalWithVat), Amount(d.AmountDue), d.DocumentId));
                }

                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("number", "status", "type", "issued", "due")
                .AddColumn(new TableColumn("without VAT").RightAligned()).AddColumn(new TableColumn("with VAT").RightAligned());
            foreach (var d in page.Items)
            {
                // Drafts have no number yet: show their id, which `invoices issue` takes.
                table.AddRow(Markup.Escape(d.Number ?? d.DocumentId.ToString()), Status(d), d.TypeCode, Date(d.IssueDate), Date(d.DueDate),
                    $"{Amount(d.TotalWithoutVat)} {d.Currency}", $"{Amount(d.TotalWithVat)} {d.Currency}");
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{page.Items.Count} of {total:N0} documents");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var number = new Argument<string>("NUMBER") { Description = "The invoice number (BT-1), or a document id for a draft" };
        var format = FormatOption("text", "json");
        var command = new Command("show", "Show one document: parties, lines, VAT breakdown, totals, notes") { number, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, ct);
            var tenant = await CliRuntime.RequireTenantAsync(db, parse, ct);
            var key = parse.GetValue(number)!;
            var stored = await FindAsync(db, tenant, key, ct);
            if (stored.Header.Status == DocumentStatus.Draft)
            {
                var envelope = DraftEnvelope.FromBytes(stored.Body);
                if (parse.GetValue(format) == "json")
                {
                    Console.WriteLine(System.Text.Encoding.UTF8.GetString(InvoiceJson.SerializeDraft(envelope.Draft)));
                    return ExitCodes.Ok;
                }

                var preview = envelope.Draft.Issue(InvoiceNumber.Parse("DRAFT").Value, CliRuntime.Today).Invoice;
                AnsiConsole.MarkupLine($"[yellow]Draft {stored.Header.DocumentId}[/] (not numbered yet; amounts as they would be issued today)");
                if (preview is not null)
                {
                    InvoiceView.Write(preview);
                }

                return ExitCodes.Ok;
            }

            if (parse.GetValue(format) == "json")
            {
                // The stored bytes exactly as the hash chain covers them.
                using var json = JsonDocument.Parse(stored.Body);
                Console.WriteLine(JsonSerializer.Serialize(json.RootElement, Indented));
                return ExitCodes.Ok;
            }

            InvoiceView.Write(DocumentMapping.ReadInvoice(stored));
            AnsiConsole.MarkupLine($"[grey]document {stored.Header.DocumentId} · series {Markup.Escape(stored.Header.Series ?? "")} #{stored.Header.Seq} · hash {Convert.ToHexStringLower(stored.Header.Hash ?? [])[..16]}…[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Draft()
    {
        var customer = new Option<string>("--customer") { Description = "The customer: id, SIREN or name", Required = true };
        var lines = new Option<string[]>("--line")
        {
            Description = "ITEM-CODE:QUANTITY[:UNIT-PRICE], repeatable (catalogue price unless given)",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var terms = new Option<string?>("--terms") { Description = "Payment terms code: NET30, 45EOM, EOM+45, RECEIPT… (default: the tenant's)" };
        var issue = new Option<bool>("--issue") { Description = "Issue it right away (takes the next number)" };
        var command = new Command("draft", "Create a draft invoice from catalogue items") { customer, lines, terms, issue };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, ct);
            var tenant = await CliRuntime.RequireTenantAsync(db, parse, ct);
            var customerId = await CustomerResolver.ResolveAsync(db, tenant, parse.GetValue(customer)!, ct);
            var catalogueLines = parse.GetValue(lines)!.Select(ParseLine).ToList();
            PaymentTerms? paymentTerms = null;
            if (parse.GetValue(terms) is { } code)
            {
                var parsed = PaymentTerms.Parse(code);
                paymentTerms = parsed.Success ? parsed.Value : throw new CliException($"--terms: {parsed.Error}");
            }

            var service = new InvoicingService(db, CliRuntime.Clock);
            var draftId = await Refusals(() => service.CreateDraftAsync(tenant, customerId, catalogueLines, paymentTerms, ct));
            if (!parse.GetValue(issue))
            {
                AnsiConsole.MarkupLine($"draft [bold]{draftId}[/] saved; issue it with: encaisse invoices issue {draftId}");
                return ExitCodes.Ok;
            }

            var issued = await Refusals(() => service.IssueDraftAsync(tenant, draftId, null, ct));
            ReportIssued(issued);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Issue()
    {
        var draft = new Argument<Guid>("DRAFT-ID") { Description = "The id of the draft to issue" };
        var date = new Option<DateOnly?>("--date") { Description = "Issue date (default today); numbers follow dates" };
        var command = new Command("issue", "Issue a draft: it takes the next number of its series and can never change again") { draft, date };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, ct);
            var tenant = await CliRuntime.RequireTenantAsync(db, parse, ct);
            var service = new InvoicingService(db, CliRuntime.Clock);
            var issued = await Refusals(() => service.IssueDraftAsync(tenant, parse.GetValue(draft), parse.GetValue(date), ct));
            ReportIssued(issued);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Credit()
    {
        var number = new Argument<string>("NUMBER") { Description = "The number of the issued invoice to credit" };
        var amount = new Option<decimal?>("--amount") { Description = "Credit this amount without VAT (partial); default: the whole invoice" };
        var reason = new Option<string?>("--reason") { Description = "Why (printed on the credit note)" };
        var date = new Option<DateOnly?>("--date") { Description = "Issue date (default today)" };
        var command = new Command("credit", "Issue a credit note (381) referencing an issued invoice, full or partial") { number, amount, reason, date };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, ct);
            var tenant = await CliRuntime.RequireTenantAsync(db, parse, ct);
            if (parse.GetValue(amount) is <= 0m)
            {
                throw new CliException("--amount must be positive: it is the amount credited, without VAT");
            }

            var service = new InvoicingService(db, CliRuntime.Clock);
            var issued = await Refusals(() => service.CreditAsync(
                tenant, parse.GetValue(number)!, new CreditRequest(parse.GetValue(amount), parse.GetValue(reason)), parse.GetValue(date), ct));
            ReportIssued(issued);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export()
    {
        var number = new Argument<string>("NUMBER") { Description = "The number of the issued invoice or credit note" };
        var format = new Option<string>("--format") { Description = "facturx (PDF/A-3 with the CII), ubl, cii, or pdf (the readable PDF alone)", Required = true };
        var profile = new Option<string?>("--profile") { Description = $"The profile of the XML: {EInvoiceFiles.ProfileNames}. Default: EN 16931 (Factur-X EN 16931)" };
        var output = new Option<string>("--output", "-o") { Description = "The file to write (replaced atomically)", Required = true };
        var command = new Command("export", "Write an issued invoice as a Factur-X PDF, UBL, CII or a plain PDF, validated") { number, format, profile, output };
        command.SetAction(async (parse, ct) =>
        {
            var target = EInvoiceFiles.ParseTarget(parse.GetValue(format)!, allowPdf: true);
            var chosen = EInvoiceFiles.ResolveProfile(parse.GetValue(profile), target, null);
            await using var db = await CliRuntime.OpenDatabaseAsync(parse, ct);
            var tenant = await CliRuntime.RequireTenantAsync(db, parse, ct);
            var stored = await FindAsync(db, tenant, parse.GetValue(number)!, ct);
            if (stored.Header.Status != DocumentStatus.Issued)
            {
                throw new CliException($"{parse.GetValue(number)} is a draft: issue it first (encaisse invoices issue {stored.Header.DocumentId})");
            }

            // The invoice as issued: the seller (BG-4) is the legal entity data stored with it, not today's master data.
            var invoice = DocumentMapping.ReadInvoice(stored);
            var language = Encaisse.Pdf.Rendering.InvoiceTemplate.ParseLanguage(tenant.Policy.Language);
            var template = Encaisse.Pdf.Rendering.InvoiceTemplate.Default with
            {
                Language = language.Success ? language.Value : Encaisse.Pdf.Rendering.InvoiceLanguage.French,
            };
            var produced = EInvoiceFiles.Produce(invoice, target, chosen, template, ct);
            var report = EInvoiceFiles.Validate(produced);
            var outPath = parse.GetValue(output)!;
            await EInvoiceFiles.WriteAtomicallyAsync(outPath, produced.Bytes, ct);
            Console.WriteLine($"export: {invoice.Number} -> {outPath} ({target.ToString().ToLowerInvariant()}{(chosen is null ? "" : ", " + chosen.Name)}, {produced.Bytes.Length} bytes)");
            if (report is not null)
            {
                EInvoiceFiles.PrintVerdict(outPath, report);
            }

            return EInvoiceFiles.ExitFor("invoices export", outPath, report);
        });
        return command;
    }

    private static async Task<StoredDocument> FindAsync(EncaisseDatabase db, TenantProfile tenant, string key, CancellationToken ct)
    {
        if (Guid.TryParse(key, out var id))
        {
            return await db.Documents.GetAsync(tenant.TenantId, id, ct)
                ?? throw new CliException($"no document with id {id}");
        }

        var legalEntityId = CliRuntime.RequireLegalEntity(tenant);
        return await db.Documents.GetByNumberAsync(tenant.TenantId, legalEntityId, key.Trim(), ct)
            ?? throw new CliException($"no issued document numbered '{key}'");
    }

    private static CatalogueLine ParseLine(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0
            || !decimal.TryParse(parts[1], NumberStyles.Number, Fr, out var quantity))
        {
            throw new CliException($"--line '{text}': expected ITEM-CODE:QUANTITY[:UNIT-PRICE], e.g. SUPPORT-H:3 or SUPPORT-H:3:95.00");
        }

        decimal? price = null;
        if (parts.Length == 3)
        {
            price = decimal.TryParse(parts[2], NumberStyles.Number, Fr, out var p)
                ? p
                : throw new CliException($"--line '{text}': '{parts[2]}' is not a price");
        }

        return new CatalogueLine(parts[0], quantity, price);
    }

    private static async Task<T> Refusals<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (InvoicingException ex)
        {
            foreach (var finding in ex.Findings.Where(f => f.Severity == FindingSeverity.Fatal))
            {
                await Console.Error.WriteLineAsync($"  {finding.RuleId} {finding.Path}: {finding.Message}");
            }

            throw new CliException(ex.Message, ExitCodes.Findings);
        }
    }

    private static void ReportIssued(IssuedInvoice issued)
    {
        var totals = issued.Invoice.Totals;
        AnsiConsole.MarkupLine($"issued [bold]{Markup.Escape(issued.Number)}[/] ({issued.Invoice.TypeCode.Code}) dated {issued.Invoice.IssueDate:yyyy-MM-dd}: "
            + $"{Amount(totals.TotalWithVat)} {issued.Invoice.Currency} incl. VAT, due {Date(issued.Invoice.DueDate)}");
        foreach (var warning in issued.Warnings)
        {
            AnsiConsole.MarkupLine($"[yellow]warning {Markup.Escape(warning.RuleId)}[/]: {Markup.Escape(warning.Message)}");
        }
    }

    private static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)}", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static string Status(DocumentHeader d) => d.Status == DocumentStatus.Issued ? "issued" : "draft";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", Fr) ?? "";

    private static string Amount(decimal amount) => amount.ToString("0.00", Fr);
}
