using System.Diagnostics.CodeAnalysis;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// An invoice as issued or as read: the full EN 16931 semantic model, immutable.
/// <para>
/// Two ways in. <see cref="InvoiceDraft.Issue"/> computes every derived amount with <see cref="InvoiceCalculator"/>,
/// so an invoice Encaisse issues always satisfies the EN 16931 calculation rules. A reader of received XML (or
/// storage) builds one "as stated" with an object initializer, taking the amounts the document states even when
/// they are wrong; <see cref="InvoiceCalculator.FindDiscrepancies"/> then tells what a recalculation gives instead.
/// </para>
/// </summary>
public sealed record Invoice : InvoiceContent
{
    /// <summary>For readers and storage: every member is set through the initializer, as stated.</summary>
    public Invoice()
    {
    }

    [SetsRequiredMembers]
    private Invoice(InvoiceContent content)
        : base(content)
    {
        Number = string.Empty;
        Totals = null!;
    }

    /// <summary>BT-1 Invoice number (as stated; Encaisse's own numbers follow <see cref="InvoiceNumber"/>).</summary>
    public required string Number { get; init; }

    /// <summary>BT-2 Invoice issue date.</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>BG-25 Invoice lines.</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; init => field = ValueList.Of(value); } = ValueList<InvoiceLine>.Empty;

    /// <summary>BG-20 Document level allowances.</summary>
    public IReadOnlyList<DocumentAllowanceCharge> Allowances { get; init => field = ValueList.Of(value); } = ValueList<DocumentAllowanceCharge>.Empty;

    /// <summary>BG-21 Document level charges.</summary>
    public IReadOnlyList<DocumentAllowanceCharge> Charges { get; init => field = ValueList.Of(value); } = ValueList<DocumentAllowanceCharge>.Empty;

    /// <summary>BG-23 VAT breakdown.</summary>
    public IReadOnlyList<VatBreakdown> VatBreakdown { get; init => field = ValueList.Of(value); } = ValueList<VatBreakdown>.Empty;

    /// <summary>BG-22 Document totals.</summary>
    public required DocumentTotals Totals { get; init; }

    /// <summary>The content of a draft with the computed amounts, a number and a date.</summary>
    internal static Invoice FromDraft(InvoiceDraft draft, string number, DateOnly issueDate, InvoiceCalculation calculation) => new(draft)
    {
        Number = number,
        IssueDate = issueDate,
        Lines = calculation.Lines,
        Allowances = calculation.Allowances,
        Charges = calculation.Charges,
        VatBreakdown = calculation.VatBreakdown,
        Totals = calculation.Totals,
    };
}
