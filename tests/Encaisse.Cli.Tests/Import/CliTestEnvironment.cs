using System.Diagnostics;
using System.Reflection;
using Encaisse.Billing.Tenancy;
using Encaisse.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Sdk;

namespace Encaisse.Cli.Tests.Import;

/// <summary>What one run of the `encaisse` program printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the real `encaisse` program (built next to the tests) against a database of this test class: a fresh
/// SQLite file per test, or one fresh PostgreSQL database per class in which each test has its own tenant.
/// </summary>
public sealed class CliDatabaseFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "encaisse-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly Lazy<Task<NpgsqlConnectionStringBuilder>> postgresDatabase = new(CreatePostgresDatabaseAsync);

    public string Folder => folder;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.CompletedTask;
    }

    /// <summary>A --db argument with a new tenant of the given name in it.</summary>
    public async Task<string> DatabaseWithTenantAsync(DatabaseKind kind, string tenant)
    {
        var argument = kind == DatabaseKind.Sqlite
            ? Path.Combine(folder, Guid.NewGuid().ToString("N"), "encaisse.db")
            : (await postgresDatabase.Value).ConnectionString;
        await using var db = await EncaisseDatabase.OpenAsync(argument, TimeProvider.System, CancellationToken.None);
        // An empty body is a tenant with the default policy. (TenantDirectory.EnsureAsync writes a body it cannot
        // read back while the tenant has no legal entity: reported to the lead.)
        await db.Tenants.UpsertAsync(new TenantRecord(Guid.CreateVersion7(), tenant, []), CancellationToken.None);
        return argument;
    }

    public static async Task<IReadOnlyList<PartyRecord>> PartiesAsync(string argument, string tenant)
    {
        await using var db = await EncaisseDatabase.OpenAsync(argument, TimeProvider.System, CancellationToken.None);
        var profile = await new TenantDirectory(db).FindAsync(tenant, CancellationToken.None)
            ?? throw new InvalidOperationException($"No tenant {tenant}.");
        return (await db.Parties.ListAsync(profile.TenantId, PageRequest.First(PageRequest.MaxLimit), CancellationToken.None)).Items;
    }

    public string WriteFile(byte[] content)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, content);
        return path;
    }

    public static async Task<CliRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "encaisse.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ENCAISSE_DB");
        start.Environment.Remove("ENCAISSE_TODAY");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("encaisse did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    public async Task DisposeAsync()
    {
        if (postgresDatabase.IsValueCreated && postgresDatabase.Value.IsCompletedSuccessfully)
        {
            var name = (await postgresDatabase.Value).Database;
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<NpgsqlConnectionStringBuilder> CreatePostgresDatabaseAsync()
    {
        var server = TestEnvironment.PostgresConnectionString
            ?? throw new InvalidOperationException(
                $"{TestEnvironment.RequireVariable}=1 but {TestEnvironment.PostgresVariable} is not set: "
                + "start a server with scripts/pg.sh start and export its connection string.");
        var name = "encaisse_cli_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name };
    }
}

/// <summary>Runs the theory on SQLite (a temp file): always available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Sqlite]];
}

/// <summary>
/// Runs the theory on PostgreSQL (ENCAISSE_TEST_PG). Skipped when that is not set, unless ENCAISSE_REQUIRE_PG=1:
/// then the case runs and fails for want of a server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresAttribute : DataAttribute
{
    public PostgresAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null && !TestEnvironment.PostgresRequired)
        {
            Skip = $"Set {TestEnvironment.PostgresVariable} to a PostgreSQL connection string (scripts/pg.sh start) to run the PostgreSQL cases.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.PostgreSql]];
}

public static class TestEnvironment
{
    public const string PostgresVariable = "ENCAISSE_TEST_PG";
    public const string RequireVariable = "ENCAISSE_REQUIRE_PG";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool PostgresRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
