using Encaisse.Domain.Invoicing;

namespace Encaisse.Domain.Tests.Invoicing;

public class CorrectionsTests
{
    private static readonly VatTreatment S20 = VatTreatment.Standard(20m);

    private static Invoice Original() => Samples.Issue(Samples.Builder()
        .AddLine(InvoiceLineDraft.Create("Conseil", 10m, 100m, S20, "HUR") with
        {
            Allowances = [AllowanceChargeDraft.OfPercentage(10m, "Remise volume")],
            Charges = [AllowanceChargeDraft.OfAmount(30m, "Déplacement")],
        })
        .AddLine("Formation", 2m, 250m, VatTreatment.Standard(10m))
        .AddAllowancePercentage(5m, S20, "Remise fidélité")
        .AddCharge(12m, VatTreatment.Standard(10m), "Support de cours")
        .WithPaidAmount(100m)
        .AddNote(InvoiceNote.RecoveryIndemnity())
        .Build(), "F2026-0042");

    // BR-CO-25: a credit note with an amount due needs a due date or payment terms, which the clerk decides.
    private static Invoice IssueCreditNote(InvoiceDraft draft, string number) =>
        Samples.Issue(draft with { PaymentTerms = "Avoir à imputer sur votre prochain règlement." }, number);

    [Fact]
    public void A_full_credit_note_credits_every_amount_and_references_the_original()
    {
        var original = Original();

        var draft = Corrections.CreditNoteFor(original);
        var creditNote = IssueCreditNote(draft, "AV2026-0001");

        Assert.Equal(InvoiceTypeCode.CreditNote, creditNote.TypeCode);
        Assert.Equal([new PrecedingInvoiceReference("F2026-0042", Samples.IssueDate)], creditNote.PrecedingInvoices);
        Assert.Null(creditNote.DueDate);
        Assert.Null(creditNote.Totals.PaidAmount);
        Assert.Equal(original.Notes, creditNote.Notes);
        Assert.Equal(original.Lines, creditNote.Lines);
        Assert.Equal(original.VatBreakdown, creditNote.VatBreakdown);
        Assert.Equal(original.Totals.TotalWithVat, creditNote.Totals.AmountDueForPayment);
        Assert.Empty(InvoiceRules.CheckForIssue(creditNote, InvoiceRules.French.Where(r => r.Id == "BR-FR-CO-05")));
    }

    [Fact]
    public void A_partial_credit_note_follows_the_credited_quantities_and_prorates_document_amounts()
    {
        var original = Original();

        var creditNote = IssueCreditNote(Corrections.CreditNoteFor(original, [new CreditedLine("1", 4m)]), "AV2026-0002");

        var line = Assert.Single(creditNote.Lines);
        Assert.Equal(4m, line.Quantity);
        Assert.Equal(400m, line.Allowances[0].BaseAmount); // the percentage follows the quantity
        Assert.Equal(40m, line.Allowances[0].Amount);
        Assert.Equal(12m, line.Charges[0].Amount); // 30 × 4 / 10
        Assert.Equal(372m, line.NetAmount);
        // The 5 % document discount was 46.50 on 930 at 20 %; 372 of it is credited, so 18.60 of the discount.
        Assert.Equal(18.60m, Assert.Single(creditNote.Allowances).Amount);
        Assert.Empty(creditNote.Charges); // nothing credited at 10 %
        Assert.Equal(353.40m, creditNote.Totals.TotalWithoutVat);
    }

    [Fact]
    public void A_partial_credit_note_refuses_unknown_lines_and_excessive_quantities()
    {
        var original = Original();
        Assert.Throws<ArgumentException>(() => Corrections.CreditNoteFor(original, [new CreditedLine("9", 1m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Corrections.CreditNoteFor(original, [new CreditedLine("2", 3m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Corrections.CreditNoteFor(original, [new CreditedLine("2", -1m)]));
        Assert.Throws<ArgumentException>(() => Corrections.CreditNoteFor(original, Array.Empty<CreditedLine>()));
    }

    [Fact]
    public void A_credit_note_for_an_amount_is_one_line_at_the_chosen_vat()
    {
        var original = Original();

        var creditNote = IssueCreditNote(Corrections.CreditNoteFor(original, 50m, S20, "Geste commercial"), "AV2026-0003");

        var line = Assert.Single(creditNote.Lines);
        Assert.Equal(("Geste commercial", 50m, S20), (line.Item.Name, line.NetAmount, line.Vat));
        Assert.Equal(60m, creditNote.Totals.AmountDueForPayment);
        Assert.Throws<ArgumentOutOfRangeException>(() => Corrections.CreditNoteFor(original, 10_000m, S20, "Trop"));
        Assert.Throws<ArgumentException>(() => Corrections.CreditNoteFor(original, 5m, VatTreatment.Standard(5.5m), "Taux absent"));
    }

    [Fact]
    public void Credit_notes_match_the_kind_of_invoice()
    {
        var selfBilled = Samples.Issue(Samples.ValidDraft() with { TypeCode = InvoiceTypeCode.SelfBilledInvoice });
        Assert.Equal(InvoiceTypeCode.SelfBilledCreditNote, Corrections.CreditNoteFor(selfBilled).TypeCode);
        var deposit = Samples.Issue(Samples.ValidDraft() with { TypeCode = InvoiceTypeCode.PrepaymentInvoice });
        Assert.Equal(InvoiceTypeCode.PrepaymentCreditNote, Corrections.CreditNoteFor(deposit).TypeCode);
    }

    [Fact]
    public void A_corrective_invoice_copies_the_original_and_references_it()
    {
        var original = Original();

        var draft = Corrections.CorrectiveInvoiceFor(original);

        Assert.Equal(InvoiceTypeCode.CorrectedInvoice, draft.TypeCode);
        Assert.Equal("F2026-0042", Assert.Single(draft.PrecedingInvoices).Number);
        var corrected = Samples.Issue(draft with { DueDate = Samples.IssueDate.AddDays(30) }, "F2026-0050");
        Assert.Equal(original.Lines, corrected.Lines);
        Assert.Equal(original.Totals.TotalWithVat, corrected.Totals.TotalWithVat);
        Assert.Empty(InvoiceRules.CheckForIssue(corrected, InvoiceRules.French.Where(r => r.Id == "BR-FR-CO-04")));
    }

    [Fact]
    public void The_original_is_left_untouched()
    {
        var original = Original();
        var before = InvoiceJson.Serialize(original);
        _ = Corrections.CreditNoteFor(original, [new CreditedLine("1", 1m)]);
        _ = Corrections.CorrectiveInvoiceFor(original);
        Assert.Equal(before, InvoiceJson.Serialize(original));
    }
}
