namespace Encaisse.Domain.Invoicing;

/// <summary>UNTDID 4451 text subject codes (BT-21) that French invoices use.</summary>
public static class NoteSubjectCodes
{
    /// <summary>PMT — the fixed recovery indemnity (40 EUR), mandatory once in France (BR-FR-05).</summary>
    public const string RecoveryIndemnity = "PMT";
    /// <summary>PMD — late-payment penalties, mandatory once in France.</summary>
    public const string LatePaymentPenalties = "PMD";
    /// <summary>AAB — early-payment discount, or that there is none, mandatory once in France.</summary>
    public const string EarlyPaymentDiscount = "AAB";
    /// <summary>TXD — tax declaration (e.g. MEMBRE_ASSUJETTI_UNIQUE), at most once.</summary>
    public const string TaxDeclaration = "TXD";
    /// <summary>BAR — the treatment of the invoice on the French platforms (B2B, B2BINT, B2C, OUTOFSCOPE, ARCHIVEONLY).</summary>
    public const string Treatment = "BAR";
    /// <summary>REG — regulatory information.</summary>
    public const string Regulatory = "REG";
}

/// <summary>BG-1 Invoice note.</summary>
/// <param name="Text">BT-22 Invoice note.</param>
/// <param name="SubjectCode">BT-21 Invoice note subject code (UNTDID 4451, see <see cref="NoteSubjectCodes"/>).</param>
public sealed record InvoiceNote(string Text, string? SubjectCode = null)
{
    /// <summary>PMT note: the 40 EUR fixed indemnity for recovery costs (C. com. L441-10, D441-5).</summary>
    public static InvoiceNote RecoveryIndemnity(string text = "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.") =>
        new(text, NoteSubjectCodes.RecoveryIndemnity);

    /// <summary>PMD note: the late-payment penalty terms (their rate is contractual, so the text is the caller's).</summary>
    public static InvoiceNote LatePaymentPenalties(string text) => new(text, NoteSubjectCodes.LatePaymentPenalties);

    /// <summary>AAB note: the early-payment discount terms, or that there is none.</summary>
    public static InvoiceNote EarlyPaymentDiscount(string text = "Pas d'escompte pour paiement anticipé.") =>
        new(text, NoteSubjectCodes.EarlyPaymentDiscount);

    /// <summary>BAR note: how the French platforms treat the invoice.</summary>
    public static InvoiceNote Treatment(InvoiceTreatment treatment) => new(treatment.ToCode(), NoteSubjectCodes.Treatment);
}

/// <summary>BG-3 Preceding invoice reference: the invoice a credit note or corrective invoice refers to.</summary>
/// <param name="Number">BT-25 Preceding invoice reference (its number).</param>
/// <param name="IssueDate">BT-26 Preceding invoice issue date.</param>
public sealed record PrecedingInvoiceReference(string Number, DateOnly? IssueDate);

/// <summary>BG-24 Additional supporting document.</summary>
public sealed record SupportingDocument
{
    /// <summary>BT-122 Supporting document reference.</summary>
    public required string Reference { get; init; }

    /// <summary>BT-123 Supporting document description.</summary>
    public string? Description { get; init; }

    /// <summary>BT-124 External document location (a URL).</summary>
    public string? ExternalLocation { get; init; }

    /// <summary>BT-125 Attached document.</summary>
    public AttachedObject? Attachment { get; init; }
}

/// <summary>BT-125 Attached document, with BT-125-1 MIME code and BT-125-2 file name.</summary>
public sealed record AttachedObject
{
    private readonly ReadOnlyMemory<byte> _content;

    /// <summary>The bytes, copied on the way in so the caller's buffer cannot change the invoice.</summary>
    public required ReadOnlyMemory<byte> Content { get => _content; init => _content = value.ToArray(); }

    /// <summary>BT-125-1 Attached document MIME code (application/pdf, image/png, text/csv, ...).</summary>
    public required string MimeCode { get; init; }

    /// <summary>BT-125-2 Attached document filename.</summary>
    public required string FileName { get; init; }

    public bool Equals(AttachedObject? other) =>
        other is not null && MimeCode == other.MimeCode && FileName == other.FileName && _content.Span.SequenceEqual(other._content.Span);

    public override int GetHashCode() => HashCode.Combine(MimeCode, FileName, _content.Length);
}
