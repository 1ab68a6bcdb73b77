using System.Text;
using System.Text.Json;
using Encaisse.Domain.Identifiers;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Cli.Tests.Import;

public sealed class CustomersCommandTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("encaisse-cli-import-").FullName;

    private static readonly Siren SirenA = Siren.FromFirstEightDigits(55208131);
    private static readonly Siren SirenB = Siren.FromFirstEightDigits(40123456);

    private static byte[] DirtyLatin1File()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var siret = Siret.Create(SirenA, 1).Value;
        var lines = new[]
        {
            "Raison sociale;SIRET;Courriel;Code postal;Code client",
            $"Boulangerie Dupont SARL;{siret};compta@dupont.fr;75001;C1",
            $"Façonnage Bérénice;{Siret.Create(SirenB, 2)};contact@faconnage.fr;69001;C2",
            $"Mauvais Siret;{siret[..13]}{(siret[13] == '9' ? '0' : (char)(siret[13] + 1))};a@b.fr;;C3",
            "BOULANGERIE [DUPONT];;boulangerie@dupont.fr;75001;C4",
            "\"=1+2\";;c@d.fr;;C5",
            "Garçon [et] Cie;;garcon@cie.fr;13001;C6",
        };
        return Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string WriteFile(byte[] content)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static void AssertExit(int expected, CliRun run) =>
        Assert.True(run.ExitCode == expected, $"exit code {run.ExitCode}, expected {expected}; stderr: {run.Error}");

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.Error.Length == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    [Theory, Sqlite, Postgres]
    public async Task A_dry_run_reports_problems_and_duplicates_writes_nothing_and_exits_1(DatabaseKind kind)
    {
        var tenant = "dry-" + Guid.NewGuid().ToString("N")[..8];
        var db = await Cli.DatabaseWithTenantAsync(fixture, kind, tenant);
        var file = WriteFile(DirtyLatin1File());

        var text = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", file);
        AssertExit(1, text);
        Assert.Contains("(Windows-1252, separated by ';')", text.Output, StringComparison.Ordinal);
        Assert.Contains("Invalid rows", text.Output, StringComparison.Ordinal);
        Assert.Contains("Probable duplicates", text.Output, StringComparison.Ordinal);
        // Names are shown as written, brackets included (they are not console markup).
        Assert.Contains("BOULANGERIE [DUPONT]", text.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was written", text.Output, StringComparison.Ordinal);
        Assert.Contains("'Code client'", text.Output, StringComparison.Ordinal);

        var json = Json(await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", file, "--format", "json"));
        Assert.False(json.GetProperty("applied").GetBoolean());
        var counts = json.GetProperty("counts");
        Assert.Equal((6, 2, 2, 2), (counts.GetProperty("rows").GetInt32(), counts.GetProperty("clean").GetInt32(),
            counts.GetProperty("invalid").GetInt32(), counts.GetProperty("duplicates").GetInt32()));
        Assert.Equal([(4, "SIRET"), (6, "Raison sociale")],
            json.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetString())));
        Assert.Equal([(2, 5), (5, 2)],
            json.GetProperty("duplicates").EnumerateArray().Select(d => (d.GetProperty("line").GetInt32(), d.GetProperty("otherLine").GetInt32())));
        Assert.Equal("name", json.GetProperty("duplicates")[0].GetProperty("sameKeys")[0].GetString());

        Assert.Empty(await Cli.PartiesAsync(db, tenant));
    }

    [Theory, Sqlite, Postgres]
    public async Task Apply_writes_the_clean_rows_only_and_a_second_import_finds_them_all_duplicates(DatabaseKind kind)
    {
        var tenant = "apply-" + Guid.NewGuid().ToString("N")[..8];
        var db = await Cli.DatabaseWithTenantAsync(fixture, kind, tenant);
        var file = WriteFile(DirtyLatin1File());

        var applied = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", file, "--apply");
        AssertExit(1, applied);
        Assert.Contains("Written: 2 customer(s). Left out: 4 (2 invalid, 2 probable duplicate(s)).", applied.Output, StringComparison.Ordinal);
        Assert.Equal(["Façonnage Bérénice", "Garçon [et] Cie"], (await Cli.PartiesAsync(db, tenant)).Select(p => p.Name).Order(StringComparer.Ordinal));

        var list = Json(await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "list", "--format", "json"));
        Assert.Equal(["Façonnage Bérénice", "Garçon [et] Cie"],
            list.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var listText = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "list");
        AssertExit(0, listText);
        Assert.Contains("2 customer(s) of tenant " + tenant, listText.Output, StringComparison.Ordinal);

        var again = Json(await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", file, "--apply", "--format", "json"));
        Assert.Equal(0, again.GetProperty("result").GetProperty("written").GetInt32());
        Assert.Equal(0, again.GetProperty("counts").GetProperty("clean").GetInt32());
        Assert.Equal(4, again.GetProperty("counts").GetProperty("duplicates").GetInt32());
        Assert.Equal(2, (await Cli.PartiesAsync(db, tenant)).Count);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_clean_file_exits_0_in_dry_run_and_on_apply(DatabaseKind kind)
    {
        var tenant = "clean-" + Guid.NewGuid().ToString("N")[..8];
        var db = await Cli.DatabaseWithTenantAsync(fixture, kind, tenant);
        var file = WriteFile(Encoding.UTF8.GetBytes($"name,siren,email\nAcme,{SirenA},billing@acme.example\n"));

        var dry = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", file);
        AssertExit(0, dry);
        Assert.Contains("Run again with --apply to write the 1 customer(s).", dry.Output, StringComparison.Ordinal);
        Assert.Empty(await Cli.PartiesAsync(db, tenant));

        var applied = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", file, "--apply");
        AssertExit(0, applied);
        Assert.Contains("Written: 1 customer(s). Left out: 0", applied.Output, StringComparison.Ordinal);
        Assert.Equal(SirenA.Value, Assert.Single(await Cli.PartiesAsync(db, tenant)).Siren);
    }

    [Theory, Sqlite]
    public async Task An_unreadable_file_exits_2_with_one_line_naming_the_line(DatabaseKind kind)
    {
        var tenant = "bad-" + Guid.NewGuid().ToString("N")[..8];
        var db = await Cli.DatabaseWithTenantAsync(fixture, kind, tenant);
        var file = WriteFile("nom;email\nA;a@b.fr\n\"Dupont;x@y.fr\n"u8.ToArray());

        var run = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", file, "--apply");
        AssertExit(2, run);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("Line 3:", run.Error, StringComparison.Ordinal);
        Assert.Empty(await Cli.PartiesAsync(db, tenant));

        var missing = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "import", Path.Combine(folder, "nope.csv"));
        AssertExit(2, missing);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
    }

    [Theory, Sqlite]
    public async Task An_unknown_format_is_a_usage_error(DatabaseKind kind)
    {
        var tenant = "fmt-" + Guid.NewGuid().ToString("N")[..8];
        var db = await Cli.DatabaseWithTenantAsync(fixture, kind, tenant);
        var run = await Cli.RunAsync("--db", db, "--tenant", tenant, "customers", "list", "--format", "xml");
        AssertExit(2, run);
    }
}
