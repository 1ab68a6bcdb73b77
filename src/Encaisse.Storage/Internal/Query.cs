using Microsoft.Data.Sqlite;
using Npgsql;

namespace Encaisse.Storage.Internal;

/// <summary>One-connection helpers shared by the stores.</summary>
internal static class Query
{
    /// <summary>
    /// Keyset page: <paramref name="selectWhere"/> ends in a WHERE clause; rows come ordered by
    /// <paramref name="keyColumn"/> after the cursor. One extra row is read to know whether a next page exists.
    /// </summary>
    public static async Task<Page<T>> PageAsync<T>(
        Backend backend,
        string selectWhere,
        string keyColumn,
        PageRequest page,
        Action<Sql> bind,
        Func<SqlReader, T> map,
        Func<T, Guid> keyOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = selectWhere
            + (page.After is null ? string.Empty : $" AND {keyColumn} > @after")
            + $" ORDER BY {keyColumn} LIMIT @limit";
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var command = backend.Command(connection, null, text).Int32("@limit", page.Limit + 1);
        if (page.After is { } after)
        {
            command.Guid("@after", after);
        }

        bind(command);
        var items = await command.ListAsync(map, cancellationToken);
        if (items.Count <= page.Limit)
        {
            return new Page<T>(items, null);
        }

        items.RemoveAt(items.Count - 1);
        return new Page<T>(items, keyOf(items[^1]));
    }

    public static async Task<T?> SingleAsync<T>(
        Backend backend, string text, Action<Sql> bind, Func<SqlReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var command = backend.Command(connection, null, text);
        bind(command);
        return await command.SingleOrDefaultAsync(map, cancellationToken);
    }

    public static async Task<List<T>> ListAsync<T>(
        Backend backend, string text, Action<Sql> bind, Func<SqlReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var command = backend.Command(connection, null, text);
        bind(command);
        return await command.ListAsync(map, cancellationToken);
    }

    public static async Task<int> ExecuteAsync(Backend backend, string text, Action<Sql> bind, CancellationToken cancellationToken)
    {
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var command = backend.Command(connection, null, text);
        bind(command);
        try
        {
            return await command.ExecuteAsync(cancellationToken);
        }
        catch (Exception exception) when (Translate(exception) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>
    /// The expected refusal behind a provider exception: a taken unique key, or a reference to a record that
    /// does not exist; null for anything else (which then propagates unchanged).
    /// </summary>
    public static StorageException? Translate(Exception exception) => exception switch
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067), SQLITE_CONSTRAINT_PRIMARYKEY (1555), SQLITE_CONSTRAINT_FOREIGNKEY (787).
        SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } => Conflict(exception),
        SqliteException { SqliteExtendedErrorCode: 787 } => MissingReference(exception),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => Conflict(exception),
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => MissingReference(exception),
        _ => null,
    };

    private static StorageException Conflict(Exception exception) =>
        new(StorageError.Conflict, "This record already exists (same id, number, code, or contract and period).", exception);

    private static StorageException MissingReference(Exception exception) =>
        new(StorageError.MissingReference,
            "This record refers to something that does not exist (tenant, legal entity, customer, contract or bill run).",
            exception);

    public static void RequireText(string? value, string name, int maxLength)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
        }
    }
}
