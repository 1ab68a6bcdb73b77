using Encaisse.Storage.Internal;

namespace Encaisse.Storage;

/// <summary>
/// The Encaisse ledger on SQLite (one local file, the embedded default) or PostgreSQL (shared by several
/// processes). Same schema, same behaviour. Open it once per process and share it; it is thread-safe.
/// </summary>
public sealed class EncaisseDatabase : IAsyncDisposable
{
    private readonly Backend backend;

    private EncaisseDatabase(Backend backend)
    {
        this.backend = backend;
        Tenants = new TenantStore(backend);
        Parties = new PartyStore(backend);
        Catalogue = new CatalogueStore(backend);
        Contracts = new ContractStore(backend);
        NumberSeries = new NumberSeriesStore(backend);
        Documents = new DocumentStore(backend);
        BillRuns = new BillRunStore(backend);
    }

    public DatabaseKind Kind => backend.Kind;

    /// <summary>Where the data lives, safe to print (no password).</summary>
    public string Target => backend.Target;

    /// <summary>Tenants and their legal entities.</summary>
    public TenantStore Tenants { get; }

    public PartyStore Parties { get; }

    public CatalogueStore Catalogue { get; }

    public ContractStore Contracts { get; }

    public NumberSeriesStore NumberSeries { get; }

    /// <summary>Drafts, issuing, reads and chain verification.</summary>
    public DocumentStore Documents { get; }

    public BillRunStore BillRuns { get; }

    /// <summary>
    /// Opens the database named by <paramref name="dbArgument"/> and brings its schema up to date.
    /// A PostgreSQL connection string (with a Host= or Server= key) or a postgres:// / postgresql:// URI opens
    /// PostgreSQL; anything else is a SQLite file path, created with its folders if missing.
    /// </summary>
    public static async Task<EncaisseDatabase> OpenAsync(string dbArgument, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dbArgument);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Backend backend = DatabaseTarget.IsPostgres(dbArgument)
            ? PostgresBackend.Create(DatabaseTarget.PostgresSettings(dbArgument), timeProvider)
            : await SqliteBackend.CreateAsync(dbArgument, timeProvider, cancellationToken);
        try
        {
            await Migrator.MigrateAsync(backend, cancellationToken);
        }
        catch
        {
            await backend.DisposeAsync();
            throw;
        }

        return new EncaisseDatabase(backend);
    }

    /// <summary>The schema versions this build knows (the newest is applied on open).</summary>
    public int SchemaVersion => Migrator.Load(backend.Kind)[^1].Version;

    public ValueTask DisposeAsync() => backend.DisposeAsync();
}
