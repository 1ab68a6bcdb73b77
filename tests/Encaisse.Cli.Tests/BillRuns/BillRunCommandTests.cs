using System.Globalization;
using System.Text.RegularExpressions;
using Encaisse.Billing.BillRuns;
using Encaisse.Cli.Tests.Infrastructure;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Tax;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Cli.Tests.BillRuns;

public sealed partial class BillRunCommandTests
{
    private const string Tenant = "acme";
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    [Theory, Sqlite, Postgres]
    public async Task Missing_usage_exits_1_with_the_failures_then_a_run_with_the_usage_invoices_the_rest(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        var seed = Guid.NewGuid();
        var usageLines = new Dictionary<Guid, Guid>();
        await using (var db = await database.OpenAsync())
        {
            // Every third contract also bills API calls, whose usage comes with the run.
            await SyntheticTenant.CreateAsync(db, Tenant, seed, 30, AsOf, (i, contract) =>
            {
                if (i % 3 != 0)
                {
                    return contract;
                }

                var line = new ContractLine
                {
                    Id = Guid.NewGuid(),
                    Description = "Appels API",
                    UnitCode = "C62",
                    Kind = LineKind.Usage,
                    UnitPrice = 0.002m,
                    VatCategory = VatCategory.StandardRate,
                    VatRate = 20m,
                };
                usageLines[contract.Id.Value] = line.Id;
                return contract with { Lines = [.. contract.Lines, line] };
            }, CancellationToken.None);
        }

        var usage = Path.Combine(Path.GetTempPath(), $"usage-{Guid.NewGuid():N}.csv");
        try
        {
            var supplied = usageLines.Take(4).ToList();
            await File.WriteAllLinesAsync(usage, ["contract_id,line_id,period_start,quantity", .. supplied.Select(u => $"{u.Key},{u.Value},2026-03-01,1000")]);

            var first = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--usage", usage))).Expect(ExitCodes.Findings);

            Assert.Equal("24", Figure(first.Stdout, "invoices created"));
            Assert.Equal("6", Figure(first.Stdout, "failed"));
            Assert.Contains("6 contract periods could not be invoiced; they stay due for the next run:", first.Stdout);
            foreach (var missing in usageLines.Keys.Except(supplied.Select(s => s.Key)))
            {
                Assert.Contains($"contract {missing} period 2026-03-01: Line 'Appels API': usage for 01/03/2026 – 31/03/2026 is missing.", first.Stdout);
            }

            await File.WriteAllLinesAsync(usage, ["contract_id,line_id,period_start,quantity", .. usageLines.Select(u => $"{u.Key},{u.Value},2026-03-01,1000")]);
            var second = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--usage", usage))).Expect(ExitCodes.Ok);

            Assert.Equal(("6", "0"), (Figure(second.Stdout, "invoices created"), Figure(second.Stdout, "failed")));
            var again = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01"))).Expect(ExitCodes.Ok);
            Assert.Equal(("0", "0"), (Figure(again.Stdout, "contracts read"), Figure(again.Stdout, "invoices created")));
            (await EncaisseCli.RunAsync(database.Args(Tenant, "verify"))).Expect(ExitCodes.Ok);
        }
        finally
        {
            File.Delete(usage);
        }
    }

    [Theory, Sqlite, Postgres]
    public async Task Ctrl_C_stops_the_run_cleanly_and_the_next_run_resumes_it(DatabaseKind kind)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT cannot be sent to another process there.
        }

        await using var database = await CliDatabase.CreateAsync(kind);
        await using (var db = await database.OpenAsync())
        {
            await SyntheticTenant.CreateAsync(db, Tenant, Guid.NewGuid(), 3_000, AsOf, null, CancellationToken.None);
        }

        // The pause hook keeps the run going for at least 60 × 20 ms, so the interrupt lands mid-run even on a fast machine.
        using (var run = CliProcess.Start(
                   database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--batch-size", "50"),
                   new Dictionary<string, string> { ["ENCAISSE_BILL_RUN_PAUSE_MS"] = "20" }))
        {
            Assert.True(await run.WaitForLineAsync(line => line.Contains("invoices created", StringComparison.Ordinal), TimeSpan.FromSeconds(60)));
            await run.InterruptAsync();
            var interrupted = (await run.WaitForExitAsync(TimeSpan.FromSeconds(60))).Expect(130);
            Assert.Equal("encaisse: interrupted", interrupted.Stderr.Trim());
        }

        await using (var db = await database.OpenAsync())
        {
            var tenant = (await db.Tenants.ListAsync(PageRequest.First(10), CancellationToken.None)).Items.Single();
            var run = Assert.Single((await db.BillRuns.ListAsync(tenant.TenantId, PageRequest.First(10), CancellationToken.None)).Items);
            Assert.Equal(BillRunStatus.Failed, run.Status);
            Assert.InRange(run.Created, 1, 2_999);
        }

        var resumed = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01"))).Expect(ExitCodes.Ok);
        Assert.Contains("(resumed)", resumed.Stdout);
        Assert.Equal("3000", Figure(resumed.Stdout, "invoices created by the whole run"));
        (await EncaisseCli.RunAsync(database.Args(Tenant, "verify"))).Expect(ExitCodes.Ok);
    }

    [Theory, Sqlite]
    public async Task Bad_arguments_and_bad_usage_files_exit_2_with_one_line(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);
        await using (var db = await database.OpenAsync())
        {
            await SyntheticTenant.CreateAsync(db, Tenant, Guid.NewGuid(), 1, AsOf, null, CancellationToken.None);
        }

        var usage = Path.Combine(Path.GetTempPath(), $"usage-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(usage, "contract_id,line_id,period_start,quantity\nC-1,L-1,2026-03-01,1\n");
        try
        {
            var unknownTenant = (await EncaisseCli.RunAsync(database.Args("nobody", "bill-run", "--as-of", "2026-03-01"))).Expect(ExitCodes.Usage);
            Assert.StartsWith("encaisse: tenant 'nobody' does not exist", unknownTenant.Stderr);
            var noDate = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run"))).Expect(ExitCodes.Usage);
            Assert.Contains("--as-of", noDate.Stderr);
            var badSize = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--batch-size", "0"))).Expect(ExitCodes.Usage);
            Assert.Equal("encaisse: --batch-size must be between 1 and 10000, not 0", badSize.Stderr.Trim());
            var badUsage = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--usage", usage))).Expect(ExitCodes.Usage);
            Assert.Equal($"encaisse: usage file {Path.GetFileName(usage)}: Line 2: 'C-1' is not a contract id.", badUsage.Stderr.Trim());
            var noFile = (await EncaisseCli.RunAsync(database.Args(Tenant, "bill-run", "--as-of", "2026-03-01", "--usage", usage + ".missing"))).Expect(ExitCodes.Usage);
            Assert.EndsWith(".missing does not exist", noFile.Stderr.Trim());
            await using var db = await database.OpenAsync();
            var tenant = (await db.Tenants.ListAsync(PageRequest.First(10), CancellationToken.None)).Items.Single();
            Assert.Equal(0, await db.Documents.CountAsync(tenant.TenantId, DocumentFilter.All, CancellationToken.None));
        }
        finally
        {
            File.Delete(usage);
        }
    }

    [Theory, Sqlite, Postgres]
    public async Task The_benchmark_seeds_a_tenant_invoices_it_and_prints_its_figures(DatabaseKind kind)
    {
        await using var database = await CliDatabase.CreateAsync(kind);

        var bench = (await EncaisseCli.RunAsync(["--db", database.Argument, "bench", "bill-run", "--contracts", "300", "--batch-size", "120"])).Expect(ExitCodes.Ok);

        Assert.Equal(("300", "300", "120"), (Figure(bench.Stdout, "contracts"), Figure(bench.Stdout, "invoices created"), Figure(bench.Stdout, "batch size")));
        Assert.Matches(@"invoices/s end to end\s+[\d,]+", bench.Stdout);
        Assert.Matches(@"peak working set \(bill run\)\s+\d+ MB", bench.Stdout);
        Assert.Matches(@"GC heap peak \(sampled\)\s+\d+ MB", bench.Stdout);
        var tenant = TenantName().Match(bench.Stdout).Groups[1].Value;
        (await EncaisseCli.RunAsync(database.Args(tenant, "verify"))).Expect(ExitCodes.Ok);
    }

    /// <summary>The value on a summary table row (the first row with that label).</summary>
    private static string Figure(string stdout, string label)
    {
        var match = Regex.Match(stdout, $@"^\s*{Regex.Escape(label)}\s+([\d,]+)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no '{label}' figure in:\n{stdout}");
        return match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tenant (bench-[\d-]+):")]
    private static partial Regex TenantName();
}
