using Encaisse.Storage;
using Xunit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Encaisse.Testing;

/// <summary>
/// Databases for one test class: a fresh SQLite file per test, and one fresh PostgreSQL database per class
/// (created on first use with a random name, dropped at the end), in which each test works in its own tenant.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "encaisse-tests", Guid.NewGuid().ToString("N"));
    private readonly Lazy<Task<NpgsqlConnectionStringBuilder>> postgresDatabase = new(CreatePostgresDatabaseAsync);

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The argument EncaisseDatabase.OpenAsync takes: a new SQLite file, or this class's PostgreSQL database.</summary>
    public async Task<string> ArgumentAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            return Path.Combine(folder, Guid.NewGuid().ToString("N"), "encaisse.db");
        }

        return (await postgresDatabase.Value).ConnectionString;
    }

    public async Task<TestDatabase> OpenAsync(DatabaseKind kind, TimeProvider? time = null)
    {
        var argument = await ArgumentAsync(kind);
        var database = await EncaisseDatabase.OpenAsync(argument, time ?? new FakeTimeProvider(Start), CancellationToken.None);
        return new TestDatabase(database, kind, argument);
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
        var name = "encaisse_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 40 };
    }
}
