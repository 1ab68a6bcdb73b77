using Encaisse.Cli.Tests.Infrastructure;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Cli.Tests.EInvoices;

/// <summary>`encaisse invoices export` on a demo ledger, each output checked with `encaisse validate`, on both databases.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> PinnedDay = new() { ["ENCAISSE_TODAY"] = "2026-11-23" };

    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Theory, Sqlite, Postgres]
    public async Task A_demo_invoice_and_credit_note_export_in_every_format_and_validate(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        (await Run(database, "demo", "--customers", "5")).Expect(ExitCodes.Ok);
        var listed = (await Run(database, "invoices", "list", "--status", "issued", "--format", "tsv", "--limit", "1000")).Expect(ExitCodes.Ok);
        var rows = listed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split('\t')).ToList();
        var invoice = rows.First(r => r[2] == "380")[0];
        var creditNote = rows.First(r => r[2] == "381")[0];

        foreach (var number in new[] { invoice, creditNote })
        {
            foreach (var format in new[] { "facturx", "ubl", "cii" })
            {
                var output = scratch.File($"{number}.{format}");
                var exported = (await Run(database, "invoices", "export", number, "--format", format, "-o", output)).Expect(ExitCodes.Ok);
                Assert.Contains($"{output}: valid (", exported.Stdout, StringComparison.Ordinal);

                var validated = (await EncaisseCli.RunAsync(["validate", output, "--format", "tsv"])).Expect(ExitCodes.Ok);
                var row = validated.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Split('\t');
                Assert.Equal(format == "ubl" ? "ubl" : "cii", row[1]);
            }

            // The document read back from the Factur-X PDF is the one exported as CII (same profile, same terms).
            var extracted = scratch.File($"{number}.extracted.xml");
            (await EncaisseCli.RunAsync(["pdf", "extract", scratch.File($"{number}.facturx"), "-o", extracted])).Expect(ExitCodes.Ok);
            var cii = await File.ReadAllTextAsync(scratch.File($"{number}.cii"));
            Assert.Equal(cii, await File.ReadAllTextAsync(extracted));
            Assert.Contains($"<ram:ID>{number}</ram:ID>", cii, StringComparison.Ordinal);

            // pdf: the readable PDF alone, with no XML inside.
            var pdf = scratch.File($"{number}.pdf");
            (await Run(database, "invoices", "export", number, "--format", "pdf", "-o", pdf)).Expect(ExitCodes.Ok);
            Assert.True((await File.ReadAllBytesAsync(pdf)).AsSpan().StartsWith("%PDF-"u8));
            (await EncaisseCli.RunAsync(["pdf", "extract", pdf, "-o", scratch.File("none.xml")])).Expect(ExitCodes.Findings);
        }

        // Profiles: the French CIUS in UBL, Factur-X BASIC; a profile that does not exist in the syntax is refused.
        (await Run(database, "invoices", "export", invoice, "--format", "ubl", "--profile", "fr-en16931", "-o", scratch.File("fr.xml"))).Expect(ExitCodes.Ok);
        (await Run(database, "invoices", "export", invoice, "--format", "facturx", "--profile", "basic", "-o", scratch.File("basic.pdf"))).Expect(ExitCodes.Ok);
        (await EncaisseCli.RunAsync(["validate", scratch.File("basic.pdf")])).Expect(ExitCodes.Ok);
        var refused = (await Run(database, "invoices", "export", invoice, "--format", "ubl", "--profile", "minimum", "-o", scratch.File("refused.xml"))).Expect(ExitCodes.Usage);
        Assert.Contains("does not exist in UBL", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch.File("refused.xml")));
        var unknown = (await Run(database, "invoices", "export", "F-999999", "--format", "cii", "-o", scratch.File("unknown.xml"))).Expect(ExitCodes.Usage);
        Assert.Contains("no issued document numbered 'F-999999'", unknown.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch.File("unknown.xml")));
    }

    private static Task<CliResult> Run(CliDatabase database, params string[] command) =>
        EncaisseCli.RunAsync(database.Args("default", command), PinnedDay);
}
