using System.CommandLine;
using Spectre.Console;

namespace Encaisse.Cli.Commands;

/// <summary>`encaisse verify`: numbering continuity and the hash chain of every series of the tenant.</summary>
internal static class VerifyCommand
{
    private static readonly Option<bool> AllTenants = new("--all-tenants") { Description = "Verify every tenant of the database, not only --tenant" };

    public static Command Create()
    {
        var command = new Command("verify", "Check numbering continuity and the hash chain of every series; names the first broken link") { AllTenants };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await using var db = await CliRuntime.OpenDatabaseAsync(parse, cancellationToken);
        Guid? tenantId = parse.GetValue(AllTenants) ? null : (await CliRuntime.RequireTenantAsync(db, parse, cancellationToken)).TenantId;
        var result = await db.Documents.VerifyAsync(tenantId, cancellationToken);

        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("series", "legal entity").AddColumn(new TableColumn("documents").RightAligned()).AddColumn("result");
        foreach (var series in result.Series)
        {
            table.AddRow(
                Markup.Escape(series.Series),
                series.LegalEntityId.ToString(),
                series.DocumentsChecked.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                series.IsIntact ? "[green]intact[/]" : $"[red]{Markup.Escape(series.FirstBreak!.Message)}[/]");
        }

        AnsiConsole.Write(table);
        var total = result.Series.Sum(s => s.DocumentsChecked);
        if (result.IsIntact)
        {
            AnsiConsole.MarkupLine($"verify: {total:N0} documents in {result.Series.Count} series, numbering continuous, hash chain intact");
            return ExitCodes.Ok;
        }

        var first = result.Broken.First();
        var link = first.FirstBreak!;
        await Console.Error.WriteLineAsync(
            $"encaisse: verify: series {first.Series}: {link.Kind} at seq {link.Seq}{(link.Number is null ? "" : $" ({link.Number})")}: {link.Message}");
        return ExitCodes.Findings;
    }
}
