using Npgsql;
using NpgsqlTypes;

namespace Encaisse.Storage.Internal;

/// <summary>
/// Loads many new rows in one go, all or nothing: binary COPY on PostgreSQL (followed by ANALYZE), one prepared
/// INSERT reused row after row in one transaction on SQLite. Rows are written as they are enumerated, so a million
/// rows never sit in memory.
/// </summary>
internal static class BulkInsert
{
    /// <summary>One table's load: its column list, how to check a row, and how to write it on each database.</summary>
    public sealed record Table<T>(
        string Name,
        string Columns,
        string Parameters,
        Action<T> Check,
        Action<Sql, T, DateTimeOffset> Bind,
        Func<NpgsqlBinaryImporter, T, DateTimeOffset, CancellationToken, Task> Write);

    public static async Task<long> RunAsync<T>(Backend backend, Table<T> table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var now = backend.Now();
        long count = 0;
        await using var connection = await backend.OpenAsync(cancellationToken);
        try
        {
            if (connection is NpgsqlConnection postgres)
            {
                // COPY is one statement: an exception before CompleteAsync abandons it and nothing is written.
                await using (var importer = await postgres.BeginBinaryImportAsync(
                    $"COPY {table.Name} ({table.Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
                {
                    foreach (var row in rows)
                    {
                        table.Check(row);
                        await importer.StartRowAsync(cancellationToken);
                        await table.Write(importer, row, now, cancellationToken);
                        count++;
                    }

                    await importer.CompleteAsync(cancellationToken);
                }

                // Fresh statistics: until autovacuum gets to it, the planner would take a table that just grew by a
                // million rows for an empty one (a bill run's keyset pages then sort the whole tenant each time).
                await using var analyze = backend.Command(connection, null, $"ANALYZE {table.Name}");
                await analyze.ExecuteAsync(cancellationToken);
                return count;
            }

            await using var transaction = await backend.BeginWriteAsync(connection, cancellationToken);
            await using var insert = backend.Command(connection, transaction,
                $"INSERT INTO {table.Name} ({table.Columns}) VALUES ({table.Parameters})");
            foreach (var row in rows)
            {
                table.Check(row);
                table.Bind(insert, row, now);
                if (count == 0)
                {
                    await insert.PrepareAsync(cancellationToken);
                }

                await insert.ExecuteAsync(cancellationToken);
                count++;
            }

            await transaction.CommitAsync(CancellationToken.None);
            return count;
        }
        catch (Exception exception) when (Query.Translate(exception) is { } refusal)
        {
            throw refusal;
        }
    }

    public static Task WriteTextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    public static Task WriteDateAsync(NpgsqlBinaryImporter importer, DateOnly? value, CancellationToken cancellationToken) =>
        value is { } date ? importer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
