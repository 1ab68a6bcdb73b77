namespace Encaisse.Storage;

/// <summary>The kinds of broken link <c>VerifyAsync</c> reports.</summary>
public enum ChainBreakKind
{
    /// <summary>A sequence number is missing.</summary>
    Gap,

    /// <summary>A sequence number appears twice.</summary>
    Duplicate,

    /// <summary>The number does not match the series format for its sequence.</summary>
    NumberMismatch,

    /// <summary>The stored previous hash is not the hash of the previous document.</summary>
    PreviousHashMismatch,

    /// <summary>The stored hash does not match the document's header columns and body: it was altered.</summary>
    HashMismatch,

    /// <summary>The series counter disagrees with its last document (documents missing at the end).</summary>
    CounterMismatch,

    /// <summary>Issued documents belong to a series that has no counter.</summary>
    UnknownSeries,
}

/// <summary>The first broken link of a series.</summary>
public sealed record ChainBreak(ChainBreakKind Kind, long Seq, Guid? DocumentId, string? Number, string Message);

/// <summary>The result for one series: how many documents were checked and the first broken link, if any.</summary>
public sealed record SeriesVerification(
    Guid TenantId,
    Guid LegalEntityId,
    string Series,
    long DocumentsChecked,
    ChainBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}

/// <summary>The result of verifying every series in scope.</summary>
public sealed record ChainVerification(IReadOnlyList<SeriesVerification> Series)
{
    public bool IsIntact => Series.All(s => s.IsIntact);

    public IEnumerable<SeriesVerification> Broken => Series.Where(s => !s.IsIntact);
}
