using System.Reflection;
using Encaisse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit.Sdk;

namespace Encaisse.Billing.Tests.BillRuns.Infrastructure;

/// <summary>
/// Databases for one test class: a fresh SQLite file per test, and one fresh PostgreSQL database per class (random
/// name, dropped at the end) in which each test works in its own tenant.
/// </summary>
public sealed class BillRunDatabases : IAsyncLifetime
{
    /// <summary>The clock of the tests: the morning of 2 March 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "encaisse-billrun-tests", Guid.NewGuid().ToString("N"));
    private readonly Lazy<Task<string>> postgresDatabase = new(CreatePostgresDatabaseAsync);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task<EncaisseDatabase> OpenAsync(DatabaseKind kind, TimeProvider? time = null)
    {
        var argument = kind == DatabaseKind.Sqlite
            ? Path.Combine(folder, Guid.NewGuid().ToString("N"), "encaisse.db")
            : await postgresDatabase.Value;
        return await EncaisseDatabase.OpenAsync(argument, time ?? new FakeTimeProvider(Now), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (postgresDatabase.IsValueCreated && postgresDatabase.Value.IsCompletedSuccessfully)
        {
            var name = new NpgsqlConnectionStringBuilder(await postgresDatabase.Value).Database;
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

    private static async Task<string> CreatePostgresDatabaseAsync()
    {
        var server = TestEnvironment.PostgresConnectionString
            ?? throw new InvalidOperationException(
                $"{TestEnvironment.RequireVariable}=1 but {TestEnvironment.PostgresVariable} is not set: "
                + "start a server with scripts/pg.sh start and export its connection string.");
        var name = "encaisse_billrun_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
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
