using System.CommandLine;
using System.Data.Common;
using Encaisse.Cli;
using Encaisse.Cli.Commands;
using Encaisse.Storage;

var root = new RootCommand("Encaisse: billing, e-invoicing and receivables (Apache-2.0). Exit codes: 0 done, 1 problems found, 2 bad input, 3 database, 4 bug.");
root.Options.Add(GlobalOptions.Db);
root.Options.Add(GlobalOptions.Tenant);
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"encaisse: {error.Message}");
    }

    Console.Error.WriteLine("Run 'encaisse --help' for usage.");
    return ExitCodes.Usage;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("encaisse: interrupted");
    return ExitCodes.Cancelled;
}
catch (CliException ex)
{
    Console.Error.WriteLine($"encaisse: {ex.Message}");
    return ex.ExitCode;
}
catch (StorageException ex)
{
    Console.Error.WriteLine($"encaisse: {ex.Message.ReplaceLineEndings(" ")}");
    return ex.Error == StorageError.NotFound ? ExitCodes.Usage : ExitCodes.Findings;
}
catch (DbException ex)
{
    Console.Error.WriteLine($"encaisse: database error: {ex.Message.ReplaceLineEndings(" ")}");
    return ExitCodes.Database;
}
#pragma warning disable CA1031 // The last line of defence: one line and an exit code, never a stack dump.
catch (Exception ex)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"encaisse: unexpected error ({ex.GetType().Name}): {ex.Message.ReplaceLineEndings(" ")}");
    if (Environment.GetEnvironmentVariable("ENCAISSE_DEBUG") == "1")
    {
        Console.Error.WriteLine(ex);
    }

    return ExitCodes.Internal;
}
