using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Encaisse.Storage.Internal;

/// <summary>The hash chain of a series: each document's hash covers the previous one, so no link can change alone.</summary>
internal static class DocumentChain
{
    public const int HashSize = 32;

    /// <summary>The "previous hash" of a series' first document: 32 zero bytes.</summary>
    public static byte[] Genesis() => new byte[HashSize];
}

/// <summary>
/// The columns of an issued document its hash covers: everything that says what was invoiced, to whom, for how
/// much and where it sits in the ledger. Not covered: status (only issued rows are chained) and the audit
/// timestamps (created, updated, issued at).
/// </summary>
internal readonly record struct ChainedHeader(
    Guid TenantId,
    Guid DocumentId,
    Guid LegalEntityId,
    string Series,
    long Seq,
    string Number,
    string TypeCode,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    Guid? CustomerId,
    string Currency,
    decimal TotalWithoutVat,
    decimal TotalVat,
    decimal TotalWithVat,
    decimal AmountDue,
    Guid? ContractId,
    DateOnly? PeriodStart)
{
    public static ChainedHeader Of(Guid tenantId, Guid legalEntityId, string series, long seq, string number, DocumentRecord r) =>
        new(tenantId, r.DocumentId, legalEntityId, series, seq, number, r.TypeCode, r.IssueDate, r.DueDate, r.CustomerId,
            r.Currency, r.TotalWithoutVat, r.TotalVat, r.TotalWithVat, r.AmountDue, r.ContractId, r.PeriodStart);
}

/// <summary>
/// Computes hash = SHA-256(previous hash ‖ canonical header ‖ body), the same way when issuing and when verifying.
/// <para>
/// Canonical header, version 1: the fields below, in this order, each written as one byte 0x00 for null, or
/// 0x01, then its UTF-8 length as a 4-byte big-endian integer, then the UTF-8 text. Fields: the version tag
/// "encaisse-document/1", tenant id, document id, legal entity id, series, seq, number (BT-1), type code (BT-3),
/// issue date (BT-2), due date (BT-9), customer id, currency (BT-5), total without VAT (BT-109), total VAT
/// (BT-110), total with VAT (BT-112), amount due (BT-115), contract id, period start (BT-73). Ids are GUIDs in
/// lowercase "D" form; dates are yyyy-MM-dd; seq is plain decimal digits; amounts have exactly two decimals, a
/// '.' separator, no grouping and a '-' only when negative (12.5 → "12.50", 0 → "0.00"). Every field is
/// length-prefixed and the previous hash has a fixed size, so no two different documents encode alike; the
/// body is the rest of the input. Values are formatted from the stored types, never from database text, so
/// SQLite (cents) and PostgreSQL (numeric(17,2)) give the same bytes.
/// </para>
/// </summary>
internal sealed class DocumentHasher : IDisposable
{
    public const string Version = "encaisse-document/1";

    private const byte Null = 0x00;
    private const byte Present = 0x01;
    private const int FieldPrefix = 5;

    // Long enough for any GUID, date, seq or amount.
    private const int MaxFormattedLength = 64;

    private static readonly byte[] VersionField = Field(Version);

    private readonly IncrementalHash sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly ArrayBufferWriter<byte> header = new(512);

    public byte[] Hash(ReadOnlySpan<byte> previousHash, in ChainedHeader document, ReadOnlySpan<byte> body)
    {
        header.ResetWrittenCount();
        WriteHeader(header, document);
        sha256.AppendData(previousHash);
        sha256.AppendData(header.WrittenSpan);
        sha256.AppendData(body);
        return sha256.GetHashAndReset();
    }

    public void Dispose() => sha256.Dispose();

    private static void WriteHeader(ArrayBufferWriter<byte> writer, in ChainedHeader h)
    {
        writer.Write(VersionField);
        Formatted(writer, h.TenantId, "D");
        Formatted(writer, h.DocumentId, "D");
        Formatted(writer, h.LegalEntityId, "D");
        Text(writer, h.Series);
        Formatted(writer, h.Seq, "D");
        Text(writer, h.Number);
        Text(writer, h.TypeCode);
        Date(writer, h.IssueDate);
        Date(writer, h.DueDate);
        Id(writer, h.CustomerId);
        Text(writer, h.Currency);
        Amount(writer, h.TotalWithoutVat);
        Amount(writer, h.TotalVat);
        Amount(writer, h.TotalWithVat);
        Amount(writer, h.AmountDue);
        Id(writer, h.ContractId);
        Date(writer, h.PeriodStart);
    }

    private static void Id(ArrayBufferWriter<byte> writer, Guid? value)
    {
        if (value is { } id)
        {
            Formatted(writer, id, "D");
        }
        else
        {
            writer.Write([Null]);
        }
    }

    private static void Date(ArrayBufferWriter<byte> writer, DateOnly? value)
    {
        if (value is { } date)
        {
            Formatted(writer, date, "yyyy-MM-dd");
        }
        else
        {
            writer.Write([Null]);
        }
    }

    /// <summary>Through cents, so 12.5, 12.50 and -0.00 all encode as their two-decimal value.</summary>
    private static void Amount(ArrayBufferWriter<byte> writer, decimal value) =>
        Formatted(writer, MoneyColumn.FromCents(MoneyColumn.ToCents(value)), "0.00");

    private static void Text(ArrayBufferWriter<byte> writer, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var span = writer.GetSpan(FieldPrefix + length);
        span[0] = Present;
        BinaryPrimitives.WriteInt32BigEndian(span[1..], length);
        Encoding.UTF8.GetBytes(value, span[FieldPrefix..]);
        writer.Advance(FieldPrefix + length);
    }

    private static void Formatted<T>(ArrayBufferWriter<byte> writer, T value, string format)
        where T : IUtf8SpanFormattable
    {
        var span = writer.GetSpan(FieldPrefix + MaxFormattedLength);
        if (!value.TryFormat(span[FieldPrefix..], out var length, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"Could not format {value} for the document hash.");
        }

        span[0] = Present;
        BinaryPrimitives.WriteInt32BigEndian(span[1..], length);
        writer.Advance(FieldPrefix + length);
    }

    private static byte[] Field(string value)
    {
        var writer = new ArrayBufferWriter<byte>();
        Text(writer, value);
        return writer.WrittenSpan.ToArray();
    }
}
