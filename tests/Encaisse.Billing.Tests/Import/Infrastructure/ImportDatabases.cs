using System.Reflection;
using Encaisse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xunit.Sdk;

namespace Encaisse.Billing.Tests.Import.Infrastructure;

/// <summary>
/// Databases for one test class, as in the storage tests: a fresh SQLite file per test, and one fresh PostgreSQL
/// database per class (random name, dropped at the end) in which each test works in its own tenant.
/// </summary>
public sealed class ImportDatabaseFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "encaisse-import-tests", Guid.NewGuid().ToString("N"));
    private readonly Lazy<Task<NpgsqlConnectionStringBuilder>> postgresDatabase = new(CreatePostgresDatabaseAsync);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The database argument: a new SQLite file path, or this class's PostgreSQL connection string.</summary>
    public async Task<string> ArgumentAsync(DatabaseKind kind) =>
        kind == DatabaseKind.Sqlite
            ? Path.Combine(folder, Guid.NewGuid().ToString("N"), "encaisse.db")
            : (await postgresDatabase.Value).ConnectionString;

    /// <summary>An open database with a new tenant in it.</summary>
    public async Task<(EncaisseDatabase Db, Guid TenantId)> OpenWithTenantAsync(DatabaseKind kind)
    {
        var db = await EncaisseDatabase.OpenAsync(await ArgumentAsync(kind), new FakeTimeProvider(Start), CancellationToken.None);
        var tenantId = Guid.NewGuid();
        await db.Tenants.UpsertAsync(new TenantRecord(tenantId, "Tenant " + tenantId.ToString("N")[..8], "{}"u8.ToArray()), CancellationToken.None);
        return (db, tenantId);
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
        var name = "encaisse_import_test_" + Guid.NewGuid().ToString("N");
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
