using System.Data.Common;

namespace Encaisse.Storage.Internal;

/// <summary>A write transaction, holding the in-process writer gate (SQLite) until it is disposed.</summary>
internal sealed class WriteTransaction(DbTransaction transaction, SemaphoreSlim? gate) : IAsyncDisposable
{
    public DbTransaction Transaction { get; } = transaction;

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Rolls back unless committed.
            await Transaction.DisposeAsync();
        }
        finally
        {
            gate?.Release();
        }
    }
}
