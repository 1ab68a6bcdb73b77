using Encaisse.Billing.Tenancy;
using Encaisse.Cli.Tests.Infrastructure;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Cli.Tests.Import;

/// <summary>What one run of the `encaisse` program printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs the real `encaisse` program (built next to the tests) on databases of the shared fixture.</summary>
internal static class Cli
{
    /// <summary>A --db argument (a new SQLite file, or the class's PostgreSQL database) holding a new tenant of that name.</summary>
    public static async Task<string> DatabaseWithTenantAsync(DatabaseFixture fixture, DatabaseKind kind, string tenant)
    {
        await using var test = await fixture.OpenAsync(kind);
        // An empty body is a tenant with the default policy. (TenantDirectory.EnsureAsync writes a body it cannot
        // read back while the tenant has no legal entity: reported to the lead.)
        await test.Db.Tenants.UpsertAsync(new TenantRecord(Guid.CreateVersion7(), tenant, []), CancellationToken.None);
        return test.Argument;
    }

    public static async Task<IReadOnlyList<PartyRecord>> PartiesAsync(string argument, string tenant)
    {
        await using var db = await EncaisseDatabase.OpenAsync(argument, TimeProvider.System, CancellationToken.None);
        var profile = await new TenantDirectory(db).FindAsync(tenant, CancellationToken.None)
            ?? throw new InvalidOperationException($"No tenant {tenant}.");
        return (await db.Parties.ListAsync(profile.TenantId, PageRequest.First(PageRequest.MaxLimit), CancellationToken.None)).Items;
    }

    /// <summary>Runs `encaisse` through the shared harness (a child process, as a user would).</summary>
    public static async Task<CliRun> RunAsync(params string[] arguments)
    {
        var result = await EncaisseCli.RunAsync(arguments);
        return new CliRun(result.ExitCode, result.Stdout, result.Stderr);
    }
}
