using System.Data;
using System.Data.Common;

namespace Encaisse.Storage.Internal;

/// <summary>
/// A command with typed parameter binding through the dialect. Binding a name twice replaces its value, so a
/// prepared command can be reused row after row inside one transaction.
/// </summary>
internal sealed class Sql : IAsyncDisposable
{
    private readonly SqlDialect dialect;

    public Sql(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, string text)
    {
        this.dialect = dialect;
        Command = connection.CreateCommand();
        Command.Transaction = transaction;
#pragma warning disable CA2100 // Every caller passes SQL built from constants; values always go through parameters.
        Command.CommandText = text;
#pragma warning restore CA2100
    }

    public DbCommand Command { get; }

    public Sql Guid(string name, Guid value) => Set(name, dialect.Guid(value));

    public Sql Guid(string name, Guid? value) =>
        value is { } v ? Guid(name, v) : Set(name, (DBNull.Value, dialect.GuidType));

    public Sql Date(string name, DateOnly value) => Set(name, dialect.Date(value));

    public Sql Date(string name, DateOnly? value) =>
        value is { } v ? Date(name, v) : Set(name, (DBNull.Value, dialect.DateType));

    public Sql Money(string name, decimal value) => Set(name, dialect.Money(value));

    public Sql Timestamp(string name, DateTimeOffset value) => Set(name, dialect.Timestamp(value));

    public Sql Timestamp(string name, DateTimeOffset? value) =>
        value is { } v ? Timestamp(name, v) : Set(name, (DBNull.Value, dialect.TimestampType));

    public Sql Text(string name, string? value) => Set(name, ((object?)value ?? DBNull.Value, DbType.String));

    public Sql Int64(string name, long value) => Set(name, (value, DbType.Int64));

    public Sql Int64(string name, long? value) => Set(name, ((object?)value ?? DBNull.Value, DbType.Int64));

    public Sql Int32(string name, int value) => Set(name, (value, DbType.Int32));

    public Sql Bytes(string name, byte[]? value) => Set(name, ((object?)value ?? DBNull.Value, DbType.Binary));

    /// <summary>A value whose database type the provider infers (PostgreSQL arrays for unnest).</summary>
    public Sql Array<T>(string name, T[] values)
    {
        var parameter = Command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = values;
        Command.Parameters.Add(parameter);
        return this;
    }

    public async Task PrepareAsync(CancellationToken cancellationToken) => await Command.PrepareAsync(cancellationToken);

    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => Command.ExecuteNonQueryAsync(cancellationToken);

    public async Task<long> ScalarInt64Async(CancellationToken cancellationToken) =>
        Convert.ToInt64(await Command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<SqlReader> ReadAsync(CancellationToken cancellationToken) =>
        new(dialect, await Command.ExecuteReaderAsync(cancellationToken));

    public async Task<T?> SingleOrDefaultAsync<T>(Func<SqlReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await ReadAsync(cancellationToken);
        return await reader.NextAsync(cancellationToken) ? map(reader) : null;
    }

    public async Task<List<T>> ListAsync<T>(Func<SqlReader, T> map, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await using var reader = await ReadAsync(cancellationToken);
        while (await reader.NextAsync(cancellationToken))
        {
            items.Add(map(reader));
        }

        return items;
    }

    public ValueTask DisposeAsync() => Command.DisposeAsync();

    private Sql Set(string name, (object Value, DbType Type) value)
    {
        var index = Command.Parameters.IndexOf(name);
        if (index >= 0)
        {
            Command.Parameters[index].Value = value.Value;
            return this;
        }

        var parameter = Command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = value.Type;
        parameter.Value = value.Value;
        Command.Parameters.Add(parameter);
        return this;
    }
}

/// <summary>Typed, ordinal-based reads through the dialect.</summary>
internal sealed class SqlReader(SqlDialect dialect, DbDataReader reader) : IAsyncDisposable
{
    public Task<bool> NextAsync(CancellationToken cancellationToken) => reader.ReadAsync(cancellationToken);

    public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

    public Guid Guid(int ordinal) => dialect.ReadGuid(reader, ordinal);

    public Guid? NullableGuid(int ordinal) => reader.IsDBNull(ordinal) ? null : dialect.ReadGuid(reader, ordinal);

    public DateOnly Date(int ordinal) => dialect.ReadDate(reader, ordinal);

    public DateOnly? NullableDate(int ordinal) => reader.IsDBNull(ordinal) ? null : dialect.ReadDate(reader, ordinal);

    public decimal Money(int ordinal) => dialect.ReadMoney(reader, ordinal);

    public DateTimeOffset Timestamp(int ordinal) => dialect.ReadTimestamp(reader, ordinal);

    public DateTimeOffset? NullableTimestamp(int ordinal) =>
        reader.IsDBNull(ordinal) ? null : dialect.ReadTimestamp(reader, ordinal);

    public string Text(int ordinal) => reader.GetString(ordinal);

    public string? NullableText(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public long Int64(int ordinal) => reader.GetInt64(ordinal);

    public long? NullableInt64(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public int Int32(int ordinal) => reader.GetInt32(ordinal);

    public byte[] Bytes(int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    public byte[]? NullableBytes(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<byte[]>(ordinal);

    public ValueTask DisposeAsync() => reader.DisposeAsync();
}
