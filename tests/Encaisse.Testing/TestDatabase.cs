using System.Data.Common;
using Encaisse.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Encaisse.Testing;

/// <summary>An open EncaisseDatabase plus raw SQL access to the same database, to check and to tamper.</summary>
public sealed class TestDatabase(EncaisseDatabase database, DatabaseKind kind, string argument) : IAsyncDisposable
{
    public EncaisseDatabase Db { get; } = database;

    public DatabaseKind Kind { get; } = kind;

    public string Argument { get; } = argument;

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string?> TextAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs SQL with the immutability triggers out of the way, as an attacker with database access would:
    /// SQLite drops them (this file belongs to one test); PostgreSQL disables triggers for this session only.
    /// </summary>
    public async Task<int> TamperAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Kind == DatabaseKind.Sqlite
            ? "DROP TRIGGER IF EXISTS documents_issued_no_update; DROP TRIGGER IF EXISTS documents_issued_no_delete; "
                + "DROP TRIGGER IF EXISTS number_series_forward; DROP TRIGGER IF EXISTS number_series_no_delete;"
            : "SET session_replication_role = replica";
        await command.ExecuteNonQueryAsync();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private async Task<DbConnection> OpenRawAsync()
    {
        DbConnection connection = Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Argument, Pooling = false }.ToString())
            : new NpgsqlConnection(Argument);
        await connection.OpenAsync();
        return connection;
    }
}
