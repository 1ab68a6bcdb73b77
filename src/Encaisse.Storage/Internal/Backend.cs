using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Encaisse.Storage.Internal;

/// <summary>Connections, write transactions and the clock for one database.</summary>
internal abstract class Backend(SqlDialect dialect, TimeProvider time) : IAsyncDisposable
{
    public SqlDialect Dialect { get; } = dialect;

    public DatabaseKind Kind => Dialect.Kind;

    /// <summary>Where the data lives, safe to show (no password).</summary>
    public abstract string Target { get; }

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A transaction that may write. SQLite: BEGIN IMMEDIATE takes the database write lock up front, so two
    /// writers never deadlock upgrading a read lock. PostgreSQL: read committed plus explicit row locks.
    /// </summary>
    public abstract ValueTask<WriteTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    public DateTimeOffset Now() => SqlDialect.TruncateToMicroseconds(time.GetUtcNow());

    public Sql Command(DbConnection connection, WriteTransaction? transaction, string text) =>
        new(Dialect, connection, transaction?.Transaction, text);

    public abstract ValueTask DisposeAsync();
}

internal sealed class SqliteBackend : Backend
{
    private readonly string connectionString;
    private readonly string path;
    private readonly SemaphoreSlim writerGate = new(1, 1);

    private SqliteBackend(string path, TimeProvider time)
        : base(SqliteDialect.Instance, time)
    {
        this.path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public override string Target => $"SQLite {path}";

    public static async Task<SqliteBackend> CreateAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var backend = new SqliteBackend(fullPath, time);
        await using var connection = await backend.OpenAsync(cancellationToken);
        await using var wal = backend.Command(connection, null, "PRAGMA journal_mode = WAL;");
        await wal.ExecuteAsync(cancellationToken);
        return backend;
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per-connection settings (pooled connections keep them; setting them again is cheap).
            // WAL with synchronous=NORMAL never corrupts the database and loses no committed transaction when
            // the process is killed: committed pages are in the WAL file, only an OS crash or power cut can drop
            // the last few commits (never leaving a half-written one). FULL would add an fsync per commit.
            await using var pragmas = Command(connection, null,
                "PRAGMA busy_timeout = 60000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            await pragmas.ExecuteAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async ValueTask<WriteTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Writers of this process queue here instead of in SQLite's busy handler, which polls with sleeps of up to
        // 100 ms and would starve a busy process; writers of other processes still wait through busy_timeout.
        await writerGate.WaitAsync(cancellationToken);
        try
        {
            // deferred: false issues BEGIN IMMEDIATE (Microsoft.Data.Sqlite has no async overload taking it).
            return new WriteTransaction(((SqliteConnection)connection).BeginTransaction(deferred: false), writerGate);
        }
        catch
        {
            writerGate.Release();
            throw;
        }
    }

    public override ValueTask DisposeAsync()
    {
        // Close pooled handles so the file can be moved or deleted once the database is disposed.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        writerGate.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class PostgresBackend : Backend
{
    private readonly NpgsqlDataSource dataSource;

    private PostgresBackend(NpgsqlDataSource dataSource, string target, TimeProvider time)
        : base(PostgresDialect.Instance, time)
    {
        this.dataSource = dataSource;
        Target = target;
    }

    public override string Target { get; }

    public NpgsqlDataSource DataSource => dataSource;

    public static PostgresBackend Create(NpgsqlConnectionStringBuilder settings, TimeProvider time)
    {
        var target = $"PostgreSQL {settings.Host}:{settings.Port}/{settings.Database ?? settings.Username}";
        return new PostgresBackend(NpgsqlDataSource.Create(settings), target, time);
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override async ValueTask<WriteTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        new(await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken), null);

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
