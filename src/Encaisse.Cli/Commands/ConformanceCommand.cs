using System.CommandLine;
using Encaisse.EInvoicing.Conformance;

namespace Encaisse.Cli.Commands;

/// <summary>
/// `encaisse conformance DIR`: measures the native validator over a folder laid out like ../shared/einvoice and
/// prints one "N passed, N failed" line per set.
/// </summary>
internal static class ConformanceCommand
{
    private static readonly Argument<DirectoryInfo> Folder = new("DIR") { Description = "A folder laid out like ../shared/einvoice (unit/, examples/, xrechnung/, zugferd/, expected/)" };

    private static readonly Option<DirectoryInfo?> French = new("--fr")
    {
        Description = "A folder laid out like ../shared/testdata/fr-cius (examples/, expected-oracle.tsv); default: DIR/../testdata/fr-cius when it exists",
    };

    private static readonly Option<int> ShowDifferences = new("--show") { Description = "Print up to N differences per set", DefaultValueFactory = _ => 0 };

    public static Command Create()
    {
        var command = new Command("conformance", "Compare Encaisse's validation with the reference results of an e-invoice test folder") { Folder, French, ShowDifferences };
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var folder = parse.GetValue(Folder)!;
        if (!folder.Exists)
        {
            throw new CliException($"conformance: {folder.FullName}: no such folder", ExitCodes.Usage);
        }

        var show = parse.GetValue(ShowDifferences);
        var allPass = true;
        var lines = ConformanceRunner.RunAll(folder.FullName, PdfInvoices.ExtractBounded).ToList();
        var french = parse.GetValue(French) ?? new DirectoryInfo(Path.Combine(folder.FullName, "..", "testdata", "fr-cius"));
        if (french.Exists)
        {
            lines.Add(FrenchConformance.Examples(french.FullName));
        }

        foreach (var line in lines)
        {
            Console.WriteLine(line.ToString());
            foreach (var difference in line.Differences.Take(show))
            {
                Console.WriteLine($"    {difference}");
            }

            allPass &= line.Failed == 0;
        }

        return allPass ? ExitCodes.Ok : ExitCodes.Findings;
    }
}
