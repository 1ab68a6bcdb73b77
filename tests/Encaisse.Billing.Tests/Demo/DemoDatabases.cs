using System.Reflection;
using Encaisse.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Sdk;

namespace Encaisse.Billing.Tests.Demo;

/// <summary>Runs the theory on SQLite (a temp file): always available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Sqlite]];
}

/// <summary>
/// Runs the theory on PostgreSQL (ENCAISSE_TEST_PG). Skipped when that is not set, unless ENCAISSE_REQUIRE_PG=1:
/// then the case runs and fails for want of a server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (DemoDatabases.PostgresServer is null && !DemoDatabases.PostgresRequired)
        {
            Skip = "Set ENCAISSE_TEST_PG to a PostgreSQL connection string (scripts/pg.sh start) to run the PostgreSQL cases.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.PostgreSql]];
}

/// <summary>A fresh database per test: a new SQLite file, or a new PostgreSQL database; <see cref="DropAllAsync"/> removes them.</summary>
public sealed class DemoDatabases
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "encaisse-demo-tests", Guid.NewGuid().ToString("N"));
    private readonly List<string> postgresDatabases = [];

    public static string? PostgresServer => Environment.GetEnvironmentVariable("ENCAISSE_TEST_PG") is { Length: > 0 } value ? value : null;

    public static bool PostgresRequired => Environment.GetEnvironmentVariable("ENCAISSE_REQUIRE_PG") == "1";

    /// <summary>What EncaisseDatabase.OpenAsync (or --db) takes for a new, empty database.</summary>
    public async Task<string> NewAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            return Path.Combine(folder, Guid.NewGuid().ToString("N"), "encaisse.db");
        }

        var server = PostgresServer ?? throw new InvalidOperationException(
            "ENCAISSE_REQUIRE_PG=1 but ENCAISSE_TEST_PG is not set: start a server with scripts/pg.sh start and export its connection string.");
        var name = "encaisse_demo_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        postgresDatabases.Add(name);
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public async Task<EncaisseDatabase> OpenNewAsync(DatabaseKind kind, TimeProvider clock) =>
        await EncaisseDatabase.OpenAsync(await NewAsync(kind), clock, CancellationToken.None);

    public async Task DropAllAsync()
    {
        if (postgresDatabases.Count > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            foreach (var name in postgresDatabases)
            {
                await using var drop = admin.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                await drop.ExecuteNonQueryAsync();
            }
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
