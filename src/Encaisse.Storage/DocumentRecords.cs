using System.Globalization;

namespace Encaisse.Storage;

/// <summary>Draft or issued. A draft has no number; an issued document never changes again.</summary>
public enum DocumentStatus
{
    Draft,
    Issued,
}

/// <summary>
/// What the domain hands the ledger for one invoice or credit note: the header columns the ledger searches
/// and sums, and the body (the domain's serialisation, which for an issued document includes its number).
/// Amounts must have at most two decimals (EN 16931); they are stored exactly.
/// </summary>
public sealed record DocumentRecord
{
    public required Guid DocumentId { get; init; }

    /// <summary>BT-3 Invoice type code (380 invoice, 381 credit note…).</summary>
    public required string TypeCode { get; init; }

    /// <summary>BT-2 Invoice issue date; required to issue.</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>BT-9 Payment due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The buyer (BG-7) as a party id.</summary>
    public Guid? CustomerId { get; init; }

    /// <summary>BT-5 Invoice currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>BT-109 Invoice total amount without VAT.</summary>
    public decimal TotalWithoutVat { get; init; }

    /// <summary>BT-110 Invoice total VAT amount.</summary>
    public decimal TotalVat { get; init; }

    /// <summary>BT-112 Invoice total amount with VAT.</summary>
    public decimal TotalWithVat { get; init; }

    /// <summary>BT-115 Amount due for payment.</summary>
    public decimal AmountDue { get; init; }

    /// <summary>The contract a bill run invoiced; set together with <see cref="PeriodStart"/>.</summary>
    public Guid? ContractId { get; init; }

    /// <summary>BT-73 Invoicing period start date, when the document bills a contract period.</summary>
    public DateOnly? PeriodStart { get; init; }

    public required byte[] Body { get; init; }
}

/// <summary>The number the ledger allocated inside the issuing transaction: prefix + sequence padded to width.</summary>
public readonly record struct AllocatedNumber(string Series, long Seq, string Number);

/// <summary>An issued document's place in its series' hash chain.</summary>
public sealed record IssuedDocument(Guid DocumentId, string Series, long Seq, string Number, byte[] Hash);

/// <summary>Every stored column of a document except the body.</summary>
public sealed record DocumentHeader
{
    public required Guid TenantId { get; init; }

    public required Guid DocumentId { get; init; }

    public required Guid LegalEntityId { get; init; }

    public string? Series { get; init; }

    public long? Seq { get; init; }

    /// <summary>BT-1 Invoice number; null for a draft.</summary>
    public string? Number { get; init; }

    public required string TypeCode { get; init; }

    public required DocumentStatus Status { get; init; }

    public DateOnly? IssueDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public Guid? CustomerId { get; init; }

    public required string Currency { get; init; }

    public decimal TotalWithoutVat { get; init; }

    public decimal TotalVat { get; init; }

    public decimal TotalWithVat { get; init; }

    public decimal AmountDue { get; init; }

    public Guid? ContractId { get; init; }

    public DateOnly? PeriodStart { get; init; }

    /// <summary>Hash of the previous document of the series (32 zero bytes for the first).</summary>
    public byte[]? PreviousHash { get; init; }

    /// <summary>SHA-256(previous hash ‖ canonical header columns ‖ body); see docs/architecture.md.</summary>
    public byte[]? Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? IssuedAt { get; init; }
}

/// <summary>A document with its body.</summary>
public sealed record StoredDocument(DocumentHeader Header, byte[] Body);

/// <summary>Filters for listing and counting documents; every filter left null matches everything.</summary>
public sealed record DocumentFilter
{
    public static readonly DocumentFilter All = new();

    public Guid? LegalEntityId { get; init; }

    public string? Series { get; init; }

    public Guid? CustomerId { get; init; }

    public Guid? ContractId { get; init; }

    public DocumentStatus? Status { get; init; }

    /// <summary>Issue date on or after (inclusive).</summary>
    public DateOnly? IssuedFrom { get; init; }

    /// <summary>Issue date on or before (inclusive).</summary>
    public DateOnly? IssuedTo { get; init; }
}

/// <summary>
/// A numbering series of a legal entity. Numbers are <see cref="Prefix"/> followed by the sequence
/// zero-padded to <see cref="Width"/> digits, consecutive from 1, without gap.
/// </summary>
public sealed record NumberSeriesRecord(
    Guid TenantId,
    Guid LegalEntityId,
    string Series,
    string Prefix,
    int Width,
    long NextSeq,
    byte[] LastHash,
    DateOnly? LastIssueDate)
{
    public string Format(long seq) => FormatNumber(Prefix, Width, seq);

    public static string FormatNumber(string prefix, int width, long seq) =>
        prefix + seq.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
