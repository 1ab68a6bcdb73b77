namespace Encaisse.Domain.Invoicing;

/// <summary>
/// An invoice being prepared: what a clerk, a contract or a bill run provides. It has no number and no issue date;
/// quantities, prices, allowances and charges are kept exactly as given, and every derived amount (line net
/// amounts, percentage allowances, VAT breakdown, totals) is computed by <see cref="InvoiceCalculator"/> when the
/// draft is issued. Build one with <see cref="InvoiceDraftBuilder"/> or an object initializer.
/// </summary>
public sealed record InvoiceDraft : InvoiceContent
{
    public InvoiceDraft()
    {
    }

    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private InvoiceDraft(InvoiceContent content)
        : base(content)
    {
    }

    /// <summary>BG-25 Invoice lines.</summary>
    public IReadOnlyList<InvoiceLineDraft> Lines { get; init => field = ValueList.Of(value); } = ValueList<InvoiceLineDraft>.Empty;

    /// <summary>BG-20 Document level allowances.</summary>
    public IReadOnlyList<DocumentAllowanceChargeDraft> Allowances { get; init => field = ValueList.Of(value); } = ValueList<DocumentAllowanceChargeDraft>.Empty;

    /// <summary>BG-21 Document level charges.</summary>
    public IReadOnlyList<DocumentAllowanceChargeDraft> Charges { get; init => field = ValueList.Of(value); } = ValueList<DocumentAllowanceChargeDraft>.Empty;

    /// <summary>BT-120 / BT-121 per VAT category, copied onto the VAT breakdown entries of that category.</summary>
    public IReadOnlyList<VatExemption> VatExemptions { get; init => field = ValueList.Of(value); } = ValueList<VatExemption>.Empty;

    /// <summary>
    /// Units of the VAT accounting currency (BT-6) per unit of the invoice currency; gives BT-111 =
    /// round(BT-110 × rate). Not an EN 16931 term, so the issued invoice keeps only BT-111.
    /// </summary>
    public decimal? VatAccountingExchangeRate { get; init; }

    /// <summary>BT-113 Paid amount, e.g. a deposit already received.</summary>
    public decimal? PaidAmount { get; init; }

    /// <summary>BT-114 Rounding amount.</summary>
    public decimal? RoundingAmount { get; init; }

    /// <summary>A draft with the content (parties, references, notes, ...) of another document, and no lines yet.</summary>
    internal static InvoiceDraft FromContent(InvoiceContent content) => new(content);

    /// <summary>The amounts this draft would be issued with (for previews and totals on screen).</summary>
    public InvoiceCalculation Calculate() => InvoiceCalculator.Calculate(this);

    /// <summary>The issue-time findings that do not depend on the number and date.</summary>
    public IReadOnlyList<InvoiceFinding> CheckForIssue() => InvoiceRules.CheckForIssue(this);

    /// <summary>
    /// Issues the draft: computes every derived amount, gives it its number and date and runs the issue-time rules
    /// (<see cref="InvoiceRules.Core"/> unless <paramref name="rules"/> says otherwise). A fatal finding refuses the
    /// issue; warnings travel with the invoice.
    /// </summary>
    public IssueResult Issue(InvoiceNumber number, DateOnly issueDate, IEnumerable<InvoiceRule>? rules = null)
    {
        var invoice = Invoice.FromDraft(this, number.Value, issueDate, Calculate());
        var findings = InvoiceRules.Check(invoice, rules ?? InvoiceRules.Core, includeNumberAndDateRules: true);
        return findings.Any(f => f.Severity == FindingSeverity.Fatal)
            ? new IssueResult(null, findings)
            : new IssueResult(invoice, findings);
    }
}

/// <summary>The outcome of <see cref="InvoiceDraft.Issue"/>: the issued invoice, or the fatal findings that prevented it.</summary>
public sealed record IssueResult(Invoice? Invoice, IReadOnlyList<InvoiceFinding> Findings)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Invoice))]
    public bool IsIssued => Invoice is not null;

    /// <summary>The issued invoice; throws with the fatal findings when the draft was refused.</summary>
    public Invoice Value => Invoice ?? throw new InvalidOperationException(
        "The invoice was not issued: " + string.Join("; ", Findings.Where(f => f.Severity == FindingSeverity.Fatal).Select(f => $"{f.RuleId} {f.Message}")));
}
