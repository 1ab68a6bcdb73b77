using System.CommandLine;
using System.Text.Json;
using Encaisse.Billing.Import;
using Encaisse.Storage;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Encaisse.Cli.Commands;

/// <summary>`encaisse customers import FILE [--apply]` and `encaisse customers list`.</summary>
internal static class CustomersCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Read by people and scripts, never embedded in HTML: keep accents and apostrophes as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var command = new Command("customers", "Customers: import them from a CSV file, list them");
        command.Subcommands.Add(CreateImport());
        command.Subcommands.Add(CreateList());
        return command;
    }

    private static Option<string> FormatOption() => new Option<string>("--format")
    {
        Description = "Output as a text report or as JSON",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    private static Command CreateImport()
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "A CSV file exported from a spreadsheet (UTF-8 or Windows-1252; separated by ; , or tab; first line names the columns)",
        };
        var apply = new Option<bool>("--apply")
        {
            Description = "Write the clean rows (valid and not a probable duplicate); without it nothing is written",
        };
        var format = FormatOption();
        var command = new Command("import",
            "Check a customer file and report errors and probable duplicates; with --apply, write the clean rows in one transaction")
        {
            file,
            apply,
            format,
        };
        command.SetAction((parse, cancellationToken) =>
            ImportAsync(parse, parse.GetValue(file)!, parse.GetValue(apply), parse.GetValue(format) == "json", cancellationToken));
        return command;
    }

    private static Command CreateList()
    {
        var limit = new Option<int>("--limit")
        {
            Description = "Most customers to show",
            DefaultValueFactory = _ => 100,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be at least 1.");
            }
        });
        var format = FormatOption();
        var command = new Command("list", "List the tenant's customers, oldest first") { limit, format };
        command.SetAction((parse, cancellationToken) =>
            ListAsync(parse, parse.GetValue(limit), parse.GetValue(format) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> ImportAsync(ParseResult parse, FileInfo file, bool apply, bool json, CancellationToken cancellationToken)
    {
        // The file is checked before the database is opened, so a typo in the path creates nothing.
        if (!file.Exists)
        {
            throw new CliException($"cannot read '{file.FullName}': the file does not exist", ExitCodes.Usage);
        }

        await using var db = await CliRuntime.OpenDatabaseAsync(parse, cancellationToken);
        var tenant = await CliRuntime.RequireTenantAsync(db, parse, cancellationToken);
        var import = new CustomerImport(CliRuntime.Clock);
        ImportPlan plan;
        try
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            plan = await import.PlanAsync(db, tenant.TenantId, stream, cancellationToken);
        }
        catch (ImportFileException ex)
        {
            throw new CliException($"cannot import '{file.Name}': {ex.Message}", ExitCodes.Usage);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{file.FullName}': {ex.Message}", ExitCodes.Usage);
        }

        var result = apply ? await CustomerImport.ApplyAsync(db, tenant.TenantId, plan, cancellationToken) : null;
        if (json)
        {
            await WriteJsonAsync(ImportJson.Of(file.Name, plan, result), cancellationToken);
        }
        else
        {
            WriteImportReport(file.Name, tenant.Name, plan, result);
        }

        var leftOut = result?.LeftOut ?? plan.TotalRows - plan.CleanRows;
        return leftOut == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    // Sentences go to standard output as plain lines (no wrapping, easy to grep); tables through Spectre.Console.
    private static void WriteImportReport(string fileName, string tenantName, ImportPlan plan, ImportResult? result)
    {
        var console = AnsiConsole.Console;
        var separator = plan.Delimiter == '\t' ? "tab" : plan.Delimiter.ToString();
        Console.Out.WriteLine($"Customer import of {fileName} for tenant {tenantName} ({plan.EncodingName}, separated by '{separator}')");

        var summary = new Table().Border(TableBorder.Rounded).AddColumn("Rows").AddColumn(new TableColumn("Count").RightAligned());
        summary.AddRow(Cells("in the file", plan.TotalRows.ToString()));
        summary.AddRow(Cells("clean", plan.CleanRows.ToString()));
        summary.AddRow(Cells("invalid", plan.InvalidRows.ToString()));
        summary.AddRow(Cells("probable duplicates", plan.DuplicateRows.ToString()));
        console.Write(summary);

        foreach (var warning in plan.Warnings)
        {
            Console.Out.WriteLine("Warning: " + warning);
        }

        if (plan.InvalidRows > 0)
        {
            var invalid = new Table().Border(TableBorder.Rounded).Title("Invalid rows")
                .AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Column").AddColumn("Problem");
            foreach (var problem in plan.Problems)
            {
                invalid.AddRow(Cells(problem.Line.ToString(), problem.Column, problem.Message));
            }

            console.Write(invalid);
        }

        if (plan.DuplicateRows > 0)
        {
            var duplicates = new Table().Border(TableBorder.Rounded).Title("Probable duplicates")
                .AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Customer").AddColumn("Same customer as").AddColumn("Because");
            foreach (var duplicate in plan.Duplicates)
            {
                duplicates.AddRow(Cells(duplicate.Line.ToString(), duplicate.Name, duplicate.Target, duplicate.Reasons));
            }

            console.Write(duplicates);
        }

        string outcome;
        if (result is not null)
        {
            outcome = $"Written: {result.Written} customer(s). Left out: {result.LeftOut} "
                + $"({result.LeftOutInvalid} invalid, {result.LeftOutDuplicates} probable duplicate(s)"
                + (result.LeftOutSincePlanned > 0 ? $", {result.LeftOutSincePlanned} already present" : string.Empty) + ").";
        }
        else if (plan.TotalRows == 0)
        {
            outcome = "The file has no customer rows. Nothing was written.";
        }
        else
        {
            var others = plan.TotalRows - plan.CleanRows;
            outcome = "Dry run: nothing was written. "
                + (others == 0
                    ? $"Run again with --apply to write the {plan.CleanRows} customer(s)."
                    : $"Correct the file and check it again, or run again with --apply to write the {plan.CleanRows} clean row(s) and leave out the {others} other(s).");
        }

        Console.Out.WriteLine(outcome);
    }

    private static async Task<int> ListAsync(ParseResult parse, int limit, bool json, CancellationToken cancellationToken)
    {
        await using var db = await CliRuntime.OpenDatabaseAsync(parse, cancellationToken);
        var tenant = await CliRuntime.RequireTenantAsync(db, parse, cancellationToken);
        var customers = new List<PartyRecord>();
        var more = false;
        var page = PageRequest.First(Math.Min(limit, PageRequest.MaxLimit));
        while (true)
        {
            var found = await db.Parties.ListAsync(tenant.TenantId, page, cancellationToken);
            foreach (var party in found.Items.Where(party => party.Roles.HasFlag(PartyRoles.Customer)))
            {
                if (customers.Count == limit)
                {
                    more = true;
                    break;
                }

                customers.Add(party);
            }

            if (more || found.Next is not { } next)
            {
                break;
            }

            page = new PageRequest(next, PageRequest.MaxLimit);
        }

        if (json)
        {
            var items = customers.Select(party => new CustomerJson(party.PartyId, party.Name, party.Siren, party.Siret, party.VatNumber, party.Email));
            await WriteJsonAsync(new CustomerListJson(tenant.Name, items.ToArray(), more), cancellationToken);
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Name").AddColumn("SIREN").AddColumn("SIRET").AddColumn("VAT number").AddColumn("Email").AddColumn("Id");
        foreach (var party in customers)
        {
            table.AddRow(Cells(party.Name, party.Siren ?? string.Empty, party.Siret ?? string.Empty, party.VatNumber ?? string.Empty,
                party.Email ?? string.Empty, party.PartyId.ToString()));
        }

        AnsiConsole.Console.Write(table);
        await Console.Out.WriteLineAsync(more
            ? $"The first {customers.Count} customers of tenant {tenant.Name}; there are more (use --limit)."
            : $"{customers.Count} customer(s) of tenant {tenant.Name}.");
        return ExitCodes.Ok;
    }

    // Streamed: the report of a 200,000-row file is tens of megabytes.
    private static async Task WriteJsonAsync<T>(T value, CancellationToken cancellationToken)
    {
        await using var output = Console.OpenStandardOutput();
        await JsonSerializer.SerializeAsync(output, value, Json, cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    // Values from files and the database are shown as plain text: "[" in a customer name is not markup.
    private static IRenderable[] Cells(params string[] values) => values.Select(value => (IRenderable)new Text(value)).ToArray();

    private sealed record CustomerListJson(string Tenant, IReadOnlyList<CustomerJson> Customers, bool More);

    private sealed record CustomerJson(Guid Id, string Name, string? Siren, string? Siret, string? VatNumber, string? Email);

    private sealed record ImportJson(
        string File,
        string Encoding,
        string Separator,
        bool Applied,
        ImportCounts Counts,
        IReadOnlyList<string> Warnings,
        IReadOnlyList<ImportProblem> Problems,
        IReadOnlyList<DuplicateJson> Duplicates,
        ImportResultJson? Result)
    {
        public static ImportJson Of(string file, ImportPlan plan, ImportResult? result) => new(
            file,
            plan.EncodingName,
            plan.Delimiter.ToString(),
            result is not null,
            new ImportCounts(plan.TotalRows, plan.CleanRows, plan.InvalidRows, plan.DuplicateRows),
            plan.Warnings,
            plan.Problems.ToArray(),
            plan.Duplicates.Select(d => new DuplicateJson(d.Line, d.Name, d.OtherLine, d.Existing?.PartyId, d.Existing?.Name, d.SameKeys)).ToArray(),
            result is null ? null : new ImportResultJson(result.Written, result.LeftOut, result.LeftOutInvalid, result.LeftOutDuplicates, result.LeftOutSincePlanned));
    }

    private sealed record ImportCounts(int Rows, int Clean, int Invalid, int Duplicates);

    private sealed record DuplicateJson(int Line, string Name, int? OtherLine, Guid? ExistingPartyId, string? ExistingName, IReadOnlyList<DuplicateKey> SameKeys);

    private sealed record ImportResultJson(int Written, int LeftOut, int LeftOutInvalid, int LeftOutDuplicates, int AlreadyPresent);
}
