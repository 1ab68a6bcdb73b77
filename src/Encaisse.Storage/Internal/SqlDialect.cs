using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Encaisse.Storage.Internal;

/// <summary>
/// How each value type is written to and read from one database. Both databases get the same values back:
/// ids as <see cref="Guid"/>, dates as <see cref="DateOnly"/>, money as two-decimal <see cref="decimal"/>,
/// timestamps as UTC <see cref="DateTimeOffset"/> truncated to microseconds (PostgreSQL's precision).
/// </summary>
internal abstract class SqlDialect
{
    public abstract DatabaseKind Kind { get; }

    /// <summary>" FOR UPDATE" where row locks exist; SQLite's write transaction already excludes other writers.</summary>
    public abstract string ForUpdate { get; }

    public abstract (object Value, DbType Type) Guid(Guid value);

    public abstract (object Value, DbType Type) Date(DateOnly value);

    public abstract (object Value, DbType Type) Money(decimal value);

    public abstract (object Value, DbType Type) Timestamp(DateTimeOffset value);

    public abstract DbType GuidType { get; }

    public abstract DbType DateType { get; }

    public abstract DbType TimestampType { get; }

    public abstract Guid ReadGuid(DbDataReader reader, int ordinal);

    public abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    public abstract decimal ReadMoney(DbDataReader reader, int ordinal);

    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }
}

internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    private const string DateFormat = "yyyy-MM-dd";

    // Fixed width, so text order is time order.
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public override DatabaseKind Kind => DatabaseKind.Sqlite;

    public override string ForUpdate => string.Empty;

    public override DbType GuidType => DbType.String;

    public override DbType DateType => DbType.String;

    public override DbType TimestampType => DbType.String;

    // Lowercase canonical text sorts exactly like PostgreSQL's uuid, so keyset pages match on both.
    public override (object Value, DbType Type) Guid(Guid value) => (value.ToString("D"), DbType.String);

    public override (object Value, DbType Type) Date(DateOnly value) =>
        (value.ToString(DateFormat, CultureInfo.InvariantCulture), DbType.String);

    public override (object Value, DbType Type) Money(decimal value) => (MoneyColumn.ToCents(value), DbType.Int64);

    public override (object Value, DbType Type) Timestamp(DateTimeOffset value) =>
        (TruncateToMicroseconds(value).UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture), DbType.String);

    public override Guid ReadGuid(DbDataReader reader, int ordinal) => System.Guid.ParseExact(reader.GetString(ordinal), "D");

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    public override decimal ReadMoney(DbDataReader reader, int ordinal) => MoneyColumn.FromCents(reader.GetInt64(ordinal));

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimestampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override DatabaseKind Kind => DatabaseKind.PostgreSql;

    public override string ForUpdate => " FOR UPDATE";

    public override DbType GuidType => DbType.Guid;

    public override DbType DateType => DbType.Date;

    public override DbType TimestampType => DbType.DateTimeOffset;

    public override (object Value, DbType Type) Guid(Guid value) => (value, DbType.Guid);

    public override (object Value, DbType Type) Date(DateOnly value) => (value, DbType.Date);

    public override (object Value, DbType Type) Money(decimal value)
    {
        MoneyColumn.Validate(value);
        return (value, DbType.Decimal);
    }

    public override (object Value, DbType Type) Timestamp(DateTimeOffset value) =>
        (TruncateToMicroseconds(value), DbType.DateTimeOffset);

    public override Guid ReadGuid(DbDataReader reader, int ordinal) => reader.GetFieldValue<Guid>(ordinal);

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public override decimal ReadMoney(DbDataReader reader, int ordinal) => reader.GetDecimal(ordinal);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);
}
