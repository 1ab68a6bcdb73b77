using System.Data.Common;
using Encaisse.Storage;
using Encaisse.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Encaisse.Cli.Tests.Infrastructure;

/// <summary>
/// A database of its own for one CLI test: a new SQLite file in a new folder, or a new PostgreSQL database on the
/// ENCAISSE_TEST_PG server (random name, dropped with FORCE at the end). <see cref="Args"/> points a command at it;
/// <see cref="OpenAsync"/> opens it in the test process to seed or inspect what the CLI did.
/// </summary>
public sealed class CliDatabase : IAsyncDisposable
{
    private readonly string? folder;
    private readonly string? postgresName;

    private CliDatabase(DatabaseKind kind, string argument, string? folder, string? postgresName)
    {
        Kind = kind;
        Argument = argument;
        this.folder = folder;
        this.postgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    /// <summary>What --db takes: the SQLite file path or the PostgreSQL connection string.</summary>
    public string Argument { get; }

    public static async Task<CliDatabase> CreateAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "encaisse-cli-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new CliDatabase(kind, Path.Combine(folder, "encaisse.db"), folder, null);
        }

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

        return new CliDatabase(kind, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, null, name);
    }

    /// <summary>`--db {this database} --tenant {tenant}` followed by the command's own arguments.</summary>
    public IReadOnlyList<string> Args(string tenant, params string[] command) => ["--db", Argument, "--tenant", tenant, .. command];

    /// <summary>The database as the application sees it (migrated on open), with the given clock.</summary>
    public Task<EncaisseDatabase> OpenAsync(TimeProvider? time = null) =>
        EncaisseDatabase.OpenAsync(Argument, time ?? TimeProvider.System, CancellationToken.None);

    /// <summary>Reads rows with raw SQL (no application code in between), mapping each with <paramref name="map"/>.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test SQL, written by the tests themselves.
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Runs raw SQL (to tamper with what the application wrote, bypassing it).</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test SQL, written by the tests themselves.
        command.CommandText = sql;
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql) =>
        (await QueryAsync(sql, r => Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture))).Single();

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task<DbConnection> OpenRawAsync()
    {
        DbConnection connection = Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Argument, Pooling = false }.ToString())
            : new NpgsqlConnection(Argument);
        await connection.OpenAsync();
        return connection;
    }
}
