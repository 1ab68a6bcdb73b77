using System.Text.Json;
using System.Text.RegularExpressions;
using Encaisse.Billing.BillRuns;
using Encaisse.Billing.Serialization;
using Encaisse.Cli.Tests.Infrastructure;
using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Tax;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Cli.Tests.Invoices;

/// <summary>`invoices draft|issue|list|show|credit` and `verify`, run as a user would, on both databases.</summary>
public sealed partial class InvoicesCommandTests
{
    private const string Tenant = "atelier";

    [Theory, Sqlite, Postgres]
    public async Task A_draft_is_issued_listed_shown_credited_and_verified(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var customerSiren = await SeedAsync(database);

        var drafted = (await Run(database, "invoices", "draft", "--customer", customerSiren, "--line", "SUPPORT-H:2", "--line", "SUPPORT-H:1.5:80")).Expect(ExitCodes.Ok);
        var draftId = DraftId().Match(drafted.Stdout).Groups[1].Value;
        Assert.True(Guid.TryParse(draftId, out _), drafted.Stdout);

        var drafts = (await Run(database, "invoices", "list", "--status", "draft", "--format", "tsv")).Expect(ExitCodes.Ok);
        Assert.Contains(draftId, drafts.Stdout, StringComparison.Ordinal);

        var issued = (await Run(database, "invoices", "issue", draftId, "--date", "2026-03-02")).Expect(ExitCodes.Ok);
        Assert.Contains("issued F-000001", issued.Stdout, StringComparison.Ordinal);
        // 2 × 95.00 + 1.5 × 80.00 = 310.00 without VAT, 372.00 with 20 % VAT.
        Assert.Contains("372.00 EUR", issued.Stdout, StringComparison.Ordinal);

        var shown = (await Run(database, "invoices", "show", "F-000001")).Expect(ExitCodes.Ok);
        Assert.Contains("Invoice F-000001", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("PMT", shown.Stdout, StringComparison.Ordinal);
        var json = (await Run(database, "invoices", "show", "F-000001", "--format", "json")).Expect(ExitCodes.Ok);
        using (var document = JsonDocument.Parse(json.Stdout))
        {
            Assert.Equal("F-000001", document.RootElement.GetProperty("number").GetString());
        }

        var credited = (await Run(database, "invoices", "credit", "F-000001", "--amount", "50", "--reason", "Geste commercial", "--date", "2026-03-03")).Expect(ExitCodes.Ok);
        Assert.Contains("issued AV-000001 (381)", credited.Stdout, StringComparison.Ordinal);
        Assert.Contains("60.00 EUR", credited.Stdout, StringComparison.Ordinal);

        var listed = (await Run(database, "invoices", "list", "--status", "issued", "--format", "tsv")).Expect(ExitCodes.Ok);
        Assert.Equal(3, listed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 2 documents

        var verified = (await Run(database, "verify")).Expect(ExitCodes.Ok);
        Assert.Contains("2 documents in 2 series", verified.Stdout, StringComparison.Ordinal);
    }

    [Theory, Sqlite, Postgres]
    public async Task Verify_names_the_first_broken_link_when_an_issued_amount_was_changed_behind_the_ledgers_back(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var customerSiren = await SeedAsync(database);
        for (var i = 0; i < 3; i++)
        {
            (await Run(database, "invoices", "draft", "--customer", customerSiren, "--line", "SUPPORT-H:1", "--issue")).Expect(ExitCodes.Ok);
        }

        // Someone with database access bypasses the immutability trigger and lowers what the customer owes.
        if (kind == DatabaseKind.Sqlite)
        {
            await database.ExecuteAsync("DROP TRIGGER documents_issued_no_update");
            await database.ExecuteAsync("UPDATE documents SET amount_due = 100 WHERE number = 'F-000002'");
        }
        else
        {
            await database.ExecuteAsync("ALTER TABLE documents DISABLE TRIGGER documents_issued_immutable");
            await database.ExecuteAsync("UPDATE documents SET amount_due = 1.00 WHERE number = 'F-000002'");
        }

        var verified = (await Run(database, "verify")).Expect(ExitCodes.Findings);
        var line = Assert.Single(verified.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("F-000002", line, StringComparison.Ordinal);
        Assert.Contains("HashMismatch", line, StringComparison.Ordinal);
    }

    [Theory, Sqlite]
    public async Task Mistakes_get_one_line_and_the_documented_exit_code(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var customerSiren = await SeedAsync(database);

        AssertOneLine((await Run(database, "invoices", "show", "F-999999")).Expect(ExitCodes.Usage), "no issued document numbered 'F-999999'");
        AssertOneLine((await Run(database, "invoices", "issue", Guid.NewGuid().ToString())).Expect(ExitCodes.Usage), "does not exist");
        AssertOneLine((await Run(database, "invoices", "draft", "--customer", customerSiren, "--line", "NOPE:1")).Expect(ExitCodes.Usage), "No catalogue item with code 'NOPE'");
        AssertOneLine((await Run(database, "invoices", "draft", "--customer", customerSiren, "--line", "SUPPORT-H")).Expect(ExitCodes.Usage), "expected ITEM-CODE:QUANTITY");
        AssertOneLine((await Run(database, "invoices", "credit", "F-000001", "--amount", "-5")).Expect(ExitCodes.Usage), "--amount must be positive");
        AssertOneLine((await EncaisseCli.RunAsync(database.Args("nobody", "invoices", "list"))).Expect(ExitCodes.Usage), "tenant 'nobody' does not exist");
        AssertOneLine((await EncaisseCli.RunAsync(["--db", "Host=127.0.0.1;Port=1;Username=x;Timeout=2", "invoices", "list"])).Expect(ExitCodes.Database), "cannot open the database");
    }

    private static Task<CliResult> Run(CliDatabase database, params string[] command) => EncaisseCli.RunAsync(database.Args(Tenant, command));

    private static void AssertOneLine(CliResult result, string expected)
    {
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("encaisse: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    /// <summary>A tenant with its company, three customers (SIRENs from the synthetic data) and a support-hour item.</summary>
    private static async Task<string> SeedAsync(CliDatabase database)
    {
        await using var db = await database.OpenAsync();
        var seed = await SyntheticTenant.CreateAsync(db, Tenant, Guid.NewGuid(), 3, new DateOnly(2026, 1, 1), null, CancellationToken.None);
        var item = CatalogueItem.Create(ItemId.New(Guid.CreateVersion7()), new CatalogueItemDraft
        {
            Sku = "SUPPORT-H",
            Name = "Support technique",
            Unit = UnitCode.Of("HUR"),
            UnitPrice = 95m,
            VatCategory = VatCategory.StandardRate,
            VatRate = 20m,
        }).Value;
        await db.Catalogue.UpsertAsync(new CatalogueItemRecord(seed.Tenant.TenantId, item.Id.Value, "SUPPORT-H", item.Name, MasterDataJson.Serialize(item)), CancellationToken.None);
        var first = (await db.Parties.ListAsync(seed.Tenant.TenantId, PageRequest.First(1), CancellationToken.None)).Items[0];
        return first.Siren!;
    }

    [GeneratedRegex(@"draft ([0-9a-f\-]{36}) saved")]
    private static partial Regex DraftId();
}
