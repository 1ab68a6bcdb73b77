namespace Encaisse.Storage;

/// <summary>Why the ledger refused an operation; <see cref="StorageException.Error"/> carries it.</summary>
public enum StorageError
{
    /// <summary>Unclassified.</summary>
    Unknown,

    /// <summary>The record asked for does not exist.</summary>
    NotFound,

    /// <summary>The document is already issued: it cannot be changed, deleted or issued again.</summary>
    DocumentAlreadyIssued,

    /// <summary>No number series with that name exists for the legal entity.</summary>
    NumberSeriesNotConfigured,

    /// <summary>The number series has numbered documents, so its prefix and width can no longer change.</summary>
    NumberSeriesInUse,

    /// <summary>The issue date is earlier than that of the last document of the series (numbers follow dates).</summary>
    IssueDateBeforePreviousDocument,

    /// <summary>A unique key is taken: same document id, number, or contract and period.</summary>
    Conflict,

    /// <summary>A referenced record (tenant, legal entity, customer, contract, bill run) does not exist.</summary>
    MissingReference,

    /// <summary>The bill run does not exist or is not running.</summary>
    BillRunNotRunning,

    /// <summary>The bill run id is already used for another date.</summary>
    BillRunMismatch,

    /// <summary>The database was migrated by a newer version of Encaisse.</summary>
    SchemaTooNew,

    /// <summary>An applied migration script was edited afterwards.</summary>
    MigrationChanged,
}

/// <summary>An expected refusal of the ledger, with a message a billing clerk understands.</summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageException(StorageError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    public StorageError Error { get; }
}
