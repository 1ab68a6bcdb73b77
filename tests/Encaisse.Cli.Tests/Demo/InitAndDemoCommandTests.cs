using Encaisse.Billing.Tenancy;
using Encaisse.Cli.Tests.Infrastructure;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Cli.Tests.Demo;

/// <summary>`encaisse init` and `encaisse demo` run as child processes, each test on its own new database, on a pinned day.</summary>
public sealed class InitAndDemoCommandTests
{
    private const string Company = "--company";

    private static readonly Dictionary<string, string> PinnedDay = new() { ["ENCAISSE_TODAY"] = "2026-11-23" };

    private static Task<CliResult> RunAsync(params string[] args) => EncaisseCli.RunAsync(args, PinnedDay);

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task Init_creates_the_database_and_the_tenant_and_can_run_again(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var db = database.Argument;

        var first = await RunAsync("--db", db, "init");
        var second = await RunAsync("--db", db, "init");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("schema version", first.Stdout, StringComparison.Ordinal);
        Assert.Contains(kind == DatabaseKind.Sqlite ? db : "PostgreSQL", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("tenant: default (", first.Stdout, StringComparison.Ordinal);
        Assert.Contains(", created", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("company: none yet", first.Stdout, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("already there", second.Stdout, StringComparison.Ordinal);

        await using var opened = await database.OpenAsync();
        var tenants = await opened.Tenants.ListAsync(PageRequest.First(10), CancellationToken.None);
        Assert.Equal("default", Assert.Single(tenants.Items).Name);
    }

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task Init_sets_up_the_company_once_and_updates_its_details(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var db = database.Argument;
        string[] company =
        [
            "--db", db, "--tenant", "martin", "init", Company, "Boulangerie Martin", "--siren", "732 829 320", "--vat", "FR44732829320",
            "--address", "4 rue Paul Bert", "--postcode", "69003", "--city", "Lyon", "--legal-form", "SARL", "--capital", "10000", "--rcs", "Lyon",
        ];

        var first = await RunAsync(company);
        var again = await RunAsync([.. company, "--iban", "FR76 3000 6000 0112 3456 7890 189", "--bic", "BNPAFRPPXXX"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("company: Boulangerie Martin, SARL, SIREN 732 829 320", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("series F next F-000001", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("series AV next AV-000001", first.Stdout, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("IBAN: FR76 3000 6000 0112 3456 7890 189", again.Stdout, StringComparison.Ordinal);

        await using var opened = await database.OpenAsync();
        var tenant = (await new TenantDirectory(opened).FindAsync("martin", CancellationToken.None))!;
        var entities = await opened.Tenants.ListLegalEntitiesAsync(tenant.TenantId, PageRequest.First(10), CancellationToken.None);
        var entity = Assert.Single(entities.Items);
        Assert.Equal(tenant.DefaultLegalEntityId, entity.LegalEntityId);
        var stored = await new TenantDirectory(opened).GetLegalEntityAsync(tenant.TenantId, entity.LegalEntityId, CancellationToken.None);
        Assert.Equal("FR7630006000011234567890189", stored.BankAccount!.Iban.Value);
        Assert.Contains("Boulangerie Martin, SARL au capital de 10 000 €", stored.FrenchLegalMentions());
    }

    [Theory]
    [InlineData("--siren", "732829321", "--siren: '732829321' is not a valid SIREN")]
    [InlineData("--vat", "FR03552081317", "is the one of SIREN 552 081 317, not of SIREN 732 829 320")]
    [InlineData("--iban", "FR7630006000011234567890188", "--iban: 'FR7630006000011234567890188' is not a valid IBAN")]
    [InlineData("--bic", "BNPA", "--bic: A BIC has 8 or 11 characters")]
    [InlineData("--country", "ZZ", "Registered office address:")]
    public async Task Init_refuses_a_company_the_domain_refuses_in_one_line_and_writes_nothing(string option, string value, string expected)
    {
        await using var database = await CliDatabase.CreateAsync(DatabaseKind.Sqlite);
        var db = database.Argument;
        var args = new List<string> { "--db", db, "init", Company, "Boulangerie Martin", "--siren", "732829320", "--iban", "FR7630006000011234567890189", "--address", "4 rue Paul Bert", "--postcode", "69003", "--city", "Lyon" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = await RunAsync([.. args]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("encaisse: ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db), "A typing error must not create the database.");
    }

    [Fact]
    public async Task Init_refuses_company_details_without_a_company_or_a_SIREN()
    {
        await using var database = await CliDatabase.CreateAsync(DatabaseKind.Sqlite);
        var db = database.Argument;

        var withoutName = await RunAsync("--db", db, "init", "--siren", "732829320");
        var withoutSiren = await RunAsync("--db", db, "init", Company, "Boulangerie Martin");

        Assert.Equal(2, withoutName.ExitCode);
        Assert.Contains("--siren describes the company: give its name with --company too", withoutName.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, withoutSiren.ExitCode);
        Assert.Contains("--siren is required with --company", withoutSiren.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_refuses_to_give_a_tenants_numbering_to_another_SIREN()
    {
        await using var database = await CliDatabase.CreateAsync(DatabaseKind.Sqlite);
        var db = database.Argument;
        string[] address = ["--address", "4 rue Paul Bert", "--postcode", "69003", "--city", "Lyon"];
        var first = await RunAsync(["--db", db, "init", Company, "Boulangerie Martin", "--siren", "732829320", .. address]);

        var other = await RunAsync(["--db", db, "init", Company, "Danone", "--siren", "552032534", .. address]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("already issues invoices as Boulangerie Martin (SIREN 732 829 320)", other.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [Sqlite]
    [Postgres]
    public async Task Demo_loads_a_verifiable_year_once(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var db = database.Argument;

        var demo = await RunAsync("--db", db, "demo", "--customers", "30");
        var verify = await RunAsync("--db", db, "verify");
        var again = await RunAsync("--db", db, "demo", "--customers", "30");

        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains("Atelier Numérique Lyonnais", demo.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"customers\s+30\s", demo.Stdout);
        Assert.Matches(@"contracts\s+50\s", demo.Stdout);
        Assert.Matches(@"credit notes\s+[1-9]", demo.Stdout);
        Assert.Contains("demo loaded into tenant 'default'", demo.Stdout, StringComparison.Ordinal);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("hash chain intact", verify.Stdout, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("demo data already loaded", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(Table(demo.Stdout), Table(again.Stdout));
    }

    [Fact]
    public async Task Demo_gives_the_same_invoices_for_the_same_seed_and_day()
    {
        await using var databaseOne = await CliDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var databaseTwo = await CliDatabase.CreateAsync(DatabaseKind.Sqlite);
        var one = databaseOne.Argument;
        var two = databaseTwo.Argument;
        Assert.Equal(0, (await RunAsync("--db", one, "demo", "--customers", "15", "--seed", "3")).ExitCode);
        Assert.Equal(0, (await RunAsync("--db", two, "demo", "--customers", "15", "--seed", "3")).ExitCode);

        var first = await RunAsync("--db", one, "invoices", "list", "--format", "tsv", "--limit", "1000");
        var second = await RunAsync("--db", two, "invoices", "list", "--format", "tsv", "--limit", "1000");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(WithoutDocumentIds(first.Stdout), WithoutDocumentIds(second.Stdout));
        Assert.True(WithoutDocumentIds(first.Stdout).Count > 5);
    }

    [Fact]
    public async Task Demo_refuses_a_tenant_of_another_company_and_bad_sizes()
    {
        await using var database = await CliDatabase.CreateAsync(DatabaseKind.Sqlite);
        var db = database.Argument;
        Assert.Equal(0, (await RunAsync("--db", db, "init", Company, "Boulangerie Martin", "--siren", "732829320",
            "--address", "4 rue Paul Bert", "--postcode", "69003", "--city", "Lyon")).ExitCode);

        var taken = await RunAsync("--db", db, "demo");
        var none = await RunAsync("--db", db, "--tenant", "demo", "demo", "--customers", "0");

        Assert.Equal(2, taken.ExitCode);
        Assert.Contains("tenant 'default' already belongs to Boulangerie Martin", taken.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--customers must be between 1 and", none.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The summary table, without the last line (which differs between a load and a re-run).</summary>
    private static string Table(string stdout) =>
        string.Join('\n', stdout.TrimEnd().Split('\n')[..^1]);

    /// <summary>The rows of `invoices list --format tsv` without their last column, the random document id.</summary>
    private static List<string> WithoutDocumentIds(string tsv) =>
        tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.LastIndexOf('\t')]).Order(StringComparer.Ordinal).ToList();
}
