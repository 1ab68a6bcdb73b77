using Encaisse.Domain.Money;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// A fluent, mutable helper to assemble an <see cref="InvoiceDraft"/> line by line (bill runs, the CLI, demo data).
/// It covers the common terms; any other term is one <see cref="Configure"/> away
/// (<c>.Configure(d =&gt; d with { ProjectReference = "P-12" })</c>). Not thread-safe; <see cref="Build"/> copies, so
/// the builder can go on and build again.
/// </summary>
public sealed class InvoiceDraftBuilder
{
    private readonly List<InvoiceLineDraft> _lines;
    private readonly List<DocumentAllowanceChargeDraft> _allowances;
    private readonly List<DocumentAllowanceChargeDraft> _charges;
    private readonly List<InvoiceNote> _notes;
    private readonly List<VatExemption> _exemptions;
    private readonly List<PrecedingInvoiceReference> _precedingInvoices;
    private InvoiceDraft _draft;

    public InvoiceDraftBuilder(Seller seller, Buyer buyer)
        : this(new InvoiceDraft { Seller = seller, Buyer = buyer })
    {
    }

    /// <summary>Continues from an existing draft (a template, or a correction from <see cref="Corrections"/>).</summary>
    public InvoiceDraftBuilder(InvoiceDraft start)
    {
        ArgumentNullException.ThrowIfNull(start);
        _draft = start;
        _lines = [.. start.Lines];
        _allowances = [.. start.Allowances];
        _charges = [.. start.Charges];
        _notes = [.. start.Notes];
        _exemptions = [.. start.VatExemptions];
        _precedingInvoices = [.. start.PrecedingInvoices];
    }

    /// <summary>BT-3 (default 380, a commercial invoice).</summary>
    public InvoiceDraftBuilder WithType(InvoiceTypeCode typeCode) => Set(_draft with { TypeCode = typeCode });

    /// <summary>BT-5 (default EUR).</summary>
    public InvoiceDraftBuilder WithCurrency(CurrencyCode currency) => Set(_draft with { Currency = currency });

    /// <summary>BT-6 and the rate that gives BT-111 = round(BT-110 × rate).</summary>
    public InvoiceDraftBuilder WithVatAccounting(CurrencyCode currency, decimal exchangeRate) =>
        Set(_draft with { VatAccountingCurrency = currency, VatAccountingExchangeRate = exchangeRate });

    /// <summary>BT-9.</summary>
    public InvoiceDraftBuilder WithDueDate(DateOnly dueDate) => Set(_draft with { DueDate = dueDate });

    /// <summary>BT-20.</summary>
    public InvoiceDraftBuilder WithPaymentTerms(string paymentTerms) => Set(_draft with { PaymentTerms = paymentTerms });

    /// <summary>BT-10.</summary>
    public InvoiceDraftBuilder WithBuyerReference(string reference) => Set(_draft with { BuyerReference = reference });

    /// <summary>BT-12.</summary>
    public InvoiceDraftBuilder WithContractReference(string reference) => Set(_draft with { ContractReference = reference });

    /// <summary>BT-13.</summary>
    public InvoiceDraftBuilder WithPurchaseOrderReference(string reference) => Set(_draft with { PurchaseOrderReference = reference });

    /// <summary>BG-14 BT-73, BT-74.</summary>
    public InvoiceDraftBuilder WithInvoicingPeriod(DateOnly start, DateOnly end) => Set(_draft with { InvoicingPeriod = new Period(start, end) });

    /// <summary>BG-13 (BT-70, BT-71, BT-72, BG-15 deliver-to address).</summary>
    public InvoiceDraftBuilder WithDelivery(Delivery delivery) => Set(_draft with { Delivery = delivery });

    /// <summary>BG-16.</summary>
    public InvoiceDraftBuilder WithPaymentInstructions(PaymentInstructions instructions) => Set(_draft with { PaymentInstructions = instructions });

    /// <summary>BT-113, e.g. a deposit already received.</summary>
    public InvoiceDraftBuilder WithPaidAmount(decimal paidAmount) => Set(_draft with { PaidAmount = paidAmount });

    /// <summary>BT-114.</summary>
    public InvoiceDraftBuilder WithRoundingAmount(decimal roundingAmount) => Set(_draft with { RoundingAmount = roundingAmount });

    /// <summary>The French BT-23 billing framework (category of operation and case), e.g. <see cref="BillingFramework.Services"/>.</summary>
    public InvoiceDraftBuilder WithBillingFramework(BillingFramework framework) => Set(_draft with { BusinessProcessType = framework.Code });

    /// <summary>The French VAT-on-debits option: BT-8 = invoice issue date (and no BT-7).</summary>
    public InvoiceDraftBuilder WithVatOnDebits() =>
        Set(_draft with { VatPointDateCode = VatPointDateCode.InvoiceIssueDate, TaxPointDate = null });

    /// <summary>The French BAR note; replaces an earlier one.</summary>
    public InvoiceDraftBuilder WithTreatment(InvoiceTreatment treatment)
    {
        _notes.RemoveAll(n => n.SubjectCode == NoteSubjectCodes.Treatment);
        _notes.Add(InvoiceNote.Treatment(treatment));
        return this;
    }

    /// <summary>
    /// The French payment mentions as notes PMD (late-payment penalties, text required because the rate is
    /// contractual), PMT (40 EUR indemnity) and AAB (early-payment discount); each replaces an earlier note of its code.
    /// </summary>
    public InvoiceDraftBuilder WithFrenchPaymentNotes(string latePaymentPenalties, string? earlyPaymentDiscount = null, string? recoveryIndemnity = null)
    {
        _notes.RemoveAll(n => n.SubjectCode is NoteSubjectCodes.LatePaymentPenalties or NoteSubjectCodes.RecoveryIndemnity or NoteSubjectCodes.EarlyPaymentDiscount);
        _notes.Add(recoveryIndemnity is null ? InvoiceNote.RecoveryIndemnity() : InvoiceNote.RecoveryIndemnity(recoveryIndemnity));
        _notes.Add(InvoiceNote.LatePaymentPenalties(latePaymentPenalties));
        _notes.Add(earlyPaymentDiscount is null ? InvoiceNote.EarlyPaymentDiscount() : InvoiceNote.EarlyPaymentDiscount(earlyPaymentDiscount));
        return this;
    }

    /// <summary>BG-1.</summary>
    public InvoiceDraftBuilder AddNote(InvoiceNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        _notes.Add(note);
        return this;
    }

    /// <summary>BG-1 with an optional BT-21 subject code.</summary>
    public InvoiceDraftBuilder AddNote(string text, string? subjectCode = null) => AddNote(new InvoiceNote(text, subjectCode));

    /// <summary>BG-25. Lines without an identifier take their position.</summary>
    public InvoiceDraftBuilder AddLine(InvoiceLineDraft line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _lines.Add(line);
        return this;
    }

    /// <summary>BG-25 in the common shape: item name, quantity, unit net price, VAT.</summary>
    public InvoiceDraftBuilder AddLine(string itemName, decimal quantity, decimal netPrice, VatTreatment vat, string unitCode = InvoiceLineDraft.DefaultUnitCode) =>
        AddLine(InvoiceLineDraft.Create(itemName, quantity, netPrice, vat, unitCode));

    /// <summary>BG-20 as an amount.</summary>
    public InvoiceDraftBuilder AddAllowance(decimal amount, VatTreatment vat, string reason, string? reasonCode = null) =>
        AddAllowance(DocumentAllowanceChargeDraft.OfAmount(amount, vat, reason, reasonCode));

    /// <summary>BG-20 as a percentage of the lines with the same VAT treatment (or of <paramref name="baseAmount"/>).</summary>
    public InvoiceDraftBuilder AddAllowancePercentage(decimal percentage, VatTreatment vat, string reason, string? reasonCode = null, decimal? baseAmount = null) =>
        AddAllowance(DocumentAllowanceChargeDraft.OfPercentage(percentage, vat, reason, reasonCode, baseAmount));

    public InvoiceDraftBuilder AddAllowance(DocumentAllowanceChargeDraft allowance)
    {
        ArgumentNullException.ThrowIfNull(allowance);
        _allowances.Add(allowance);
        return this;
    }

    /// <summary>BG-21 as an amount.</summary>
    public InvoiceDraftBuilder AddCharge(decimal amount, VatTreatment vat, string reason, string? reasonCode = null) =>
        AddCharge(DocumentAllowanceChargeDraft.OfAmount(amount, vat, reason, reasonCode));

    /// <summary>BG-21 as a percentage of the lines with the same VAT treatment (or of <paramref name="baseAmount"/>).</summary>
    public InvoiceDraftBuilder AddChargePercentage(decimal percentage, VatTreatment vat, string reason, string? reasonCode = null, decimal? baseAmount = null) =>
        AddCharge(DocumentAllowanceChargeDraft.OfPercentage(percentage, vat, reason, reasonCode, baseAmount));

    public InvoiceDraftBuilder AddCharge(DocumentAllowanceChargeDraft charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        _charges.Add(charge);
        return this;
    }

    /// <summary>BT-120/BT-121 for a VAT category; replaces an earlier one for the same category.</summary>
    public InvoiceDraftBuilder WithVatExemption(VatExemption exemption)
    {
        ArgumentNullException.ThrowIfNull(exemption);
        _exemptions.RemoveAll(e => e.Category == exemption.Category);
        _exemptions.Add(exemption);
        return this;
    }

    /// <summary>BG-3 (BT-25, BT-26).</summary>
    public InvoiceDraftBuilder AddPrecedingInvoice(string number, DateOnly? issueDate)
    {
        _precedingInvoices.Add(new PrecedingInvoiceReference(number, issueDate));
        return this;
    }

    /// <summary>Any other change, on the draft as built so far (lists included).</summary>
    public InvoiceDraftBuilder Configure(Func<InvoiceDraft, InvoiceDraft> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var changed = change(Build());
        return Set(changed).Reload(changed);
    }

    public InvoiceDraft Build() => _draft with
    {
        Lines = _lines,
        Allowances = _allowances,
        Charges = _charges,
        Notes = _notes,
        VatExemptions = _exemptions,
        PrecedingInvoices = _precedingInvoices,
    };

    private InvoiceDraftBuilder Set(InvoiceDraft draft)
    {
        _draft = draft;
        return this;
    }

    private InvoiceDraftBuilder Reload(InvoiceDraft draft)
    {
        Replace(_lines, draft.Lines);
        Replace(_allowances, draft.Allowances);
        Replace(_charges, draft.Charges);
        Replace(_notes, draft.Notes);
        Replace(_exemptions, draft.VatExemptions);
        Replace(_precedingInvoices, draft.PrecedingInvoices);
        return this;
    }

    private static void Replace<T>(List<T> list, IReadOnlyList<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }
}
