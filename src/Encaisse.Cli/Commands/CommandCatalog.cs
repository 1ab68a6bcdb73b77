using System.CommandLine;

namespace Encaisse.Cli.Commands;

/// <summary>Every top-level command, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return InitCommand.Create();
        yield return DemoCommand.Create();
        yield return CustomersCommand.Create();
        yield return InvoicesCommand.Create();
        yield return VerifyCommand.Create();
        yield return BillRunCommand.Create();
        yield return ValidateCommand.Create();
        yield return ConvertCommand.Create();
        yield return ConformanceCommand.Create();
        yield return BenchCommand.Create();
        yield return PdfCommand.Create();
    }
}
