using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Encaisse.Billing.Demo;
using Spectre.Console;

namespace Encaisse.Cli.Commands;

/// <summary>
/// `encaisse demo`: loads a French demo company with customers, catalogue, contracts and a year of invoices into
/// --db / --tenant. Set ENCAISSE_TODAY=YYYY-MM-DD for the same data on every run.
/// </summary>
internal static class DemoCommand
{
    private static readonly Option<int> Customers = new("--customers")
    {
        Description = $"How many customers (1-{DemoOptions.MaxCustomers}); contracts and sales follow",
        DefaultValueFactory = _ => DemoOptions.DefaultCustomers,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "Seed of every random choice: the same seed and day give the same data",
        DefaultValueFactory = _ => DemoOptions.DefaultSeed,
    };

    public static Command Create()
    {
        var command = new Command("demo", "Load a French demo company: customers with valid SIREN, VAT and IBAN, catalogue, contracts, a year of invoices")
        {
            Customers, Seed,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var customers = parse.GetValue(Customers);
        if (customers is < 1 or > DemoOptions.MaxCustomers)
        {
            throw new CliException($"--customers must be between 1 and {DemoOptions.MaxCustomers}, not {customers}");
        }

        var options = new DemoOptions { Customers = customers, Seed = parse.GetValue(Seed) };
        await using var db = await CliRuntime.OpenDatabaseAsync(parse, cancellationToken);
        var tenantName = parse.GetValue(GlobalOptions.Tenant) ?? GlobalOptions.DefaultTenant;
        var watch = Stopwatch.StartNew();
        DemoLoadResult result;
        try
        {
            result = await DemoTenant.LoadAsync(db, tenantName, options, CliRuntime.Clock, cancellationToken);
        }
        catch (DemoException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Usage);
        }

        var summary = result.Summary;
        var table = new Table().Border(TableBorder.Simple).AddColumn("demo tenant").AddColumn(new TableColumn(Markup.Escape(summary.TenantName)).RightAligned());
        table.AddRow("company", Markup.Escape(summary.Company));
        table.AddRow("customers", Count(summary.Customers));
        table.AddRow("catalogue items", Count(summary.CatalogueItems));
        table.AddRow("contracts", Count(summary.Contracts));
        table.AddRow("invoices", Count(summary.Invoices));
        table.AddRow($"  from contracts ({Count(summary.BillRuns)} bill runs)", Count(summary.InvoicesFromContracts));
        table.AddRow("  one-off sales", Count(summary.Invoices - summary.InvoicesFromContracts));
        table.AddRow("credit notes", Count(summary.CreditNotes));
        table.AddRow("invoiced without VAT", Euros(summary.InvoicedWithoutVat));
        table.AddRow("invoiced with VAT", Euros(summary.InvoicedWithVat));
        table.AddRow("credited without VAT", Euros(summary.CreditedWithoutVat));
        table.AddRow("issued from", summary.FirstIssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        table.AddRow("issued to", summary.LastIssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
        AnsiConsole.Write(table);
        // Plain lines, not wrapped to the console width: scripts look for them.
        Console.WriteLine(result.AlreadyLoaded
            ? $"demo data already loaded: nothing added to tenant '{summary.TenantName}' of {db.Target}"
            : $"demo loaded into tenant '{summary.TenantName}' of {db.Target} in {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; try: encaisse invoices list, encaisse verify");
        return ExitCodes.Ok;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Euros(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture) + " EUR";
}
