using CsCheck;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Terms;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>
/// "Nothing Encaisse issues fails its own validation", for the invoices a bill run issues without an XML check:
/// every generated draft the domain accepts (issued as InvoicingService and BillRunner issue it:
/// ApplyIssueTerms, then Issue), and the full and partial credit notes of it, pass <see cref="EInvoiceValidator"/>
/// with no fatal or error finding in UBL EN 16931, CII EN 16931, Peppol BIS 3.0 (UBL) and Factur-X EN 16931.
/// Peppol BIS is checked on the invoices that can travel over Peppol at all (<see cref="PeppolDeliverable"/>):
/// Peppol also requires a buyer or order reference, Peppol endpoint schemes and its own type code subset, which are
/// not EN 16931 requirements and which an invoice e-mailed to a private customer does not meet.
/// </summary>
public sealed class IssuedInvoicesAreValidTests
{
    private const int Iterations = 1_500;

    private static readonly PaymentTerms Net30 = PaymentTerms.Parse("NET30").Value;

    private static readonly (string Name, OutputFormat Format, bool FromFacturX, bool PeppolOnly)[] Forms =
    [
        ("UBL EN 16931", OutputFormat.Ubl(EInvoiceProfile.En16931), false, false),
        ("CII EN 16931", OutputFormat.Cii(EInvoiceProfile.En16931), false, false),
        ("Peppol BIS 3.0 UBL", OutputFormat.Ubl(EInvoiceProfile.PeppolBis3), false, true),
        ("Factur-X EN 16931", OutputFormat.Cii(EInvoiceProfile.FacturXEn16931), true, false),
    ];

    // PEPPOL-EN16931-P0100 and P0101: the type codes of the Peppol billing process.
    private static readonly HashSet<int> PeppolTypeCodes =
    [
        71, 80, 82, 84, 102, 218, 219, 331, 380, 382, 383, 386, 388, 393, 395, 553, 575, 623, 780, 817, 870, 875, 876, 877,
        381, 396, 81, 83, 532,
    ];

    private static int peppolChecked;

    [Fact]
    public void Every_invoice_and_credit_note_the_domain_issues_is_valid_in_every_form()
    {
        var issued = 0;
        var refused = 0;
        var credited = 0;
        IssuedInvoiceGenerators.Draft.Sample(draft =>
        {
            var result = IssueAsEncaisseDoes(draft, Net30, "F-000123", IssueDate);
            if (!result.IsIssued)
            {
                Interlocked.Increment(ref refused);
                return;
            }

            Interlocked.Increment(ref issued);
            AssertValid(result.Invoice);

            // InvoicingService.CreditAsync: the whole invoice, or an amount at the VAT of the first line.
            var full = CreditNote(Corrections.CreditNoteFor(result.Invoice));
            AssertValid(IssueAsEncaisseDoes(full, PaymentTerms.OnReceipt, "AV-000045", IssueDate.AddDays(3)).Value);
            var firstVat = result.Invoice.VatBreakdown.First(b => b.Vat == result.Invoice.Lines[0].Vat);
            if (firstVat.TaxableAmount >= 0.02m)
            {
                var amount = decimal.Round(firstVat.TaxableAmount / 2m, 2, MidpointRounding.ToZero);
                var partial = CreditNote(Corrections.CreditNoteFor(result.Invoice, amount, firstVat.Vat, "Geste commercial"));
                AssertValid(IssueAsEncaisseDoes(partial, PaymentTerms.OnReceipt, "AV-000046", IssueDate.AddDays(3)).Value);
                Interlocked.Increment(ref credited);
            }
        }, iter: Iterations);

        // The generator is meant to produce mostly issuable drafts; a generator the domain refuses would prove nothing.
        Assert.True(issued > Iterations * 3 / 4, $"only {issued} of {Iterations} drafts were issued ({refused} refused)");
        Assert.True(credited > Iterations / 2, $"only {credited} partial credit notes");
        Assert.True(peppolChecked > Iterations / 2, $"only {peppolChecked} documents could go over Peppol");
    }

    private static DateOnly IssueDate => IssuedInvoiceGenerators.IssueDate;

    // The credit-note terms text InvoicingService.CreditAsync sets (BR-CO-25).
    private static InvoiceDraft CreditNote(InvoiceDraft draft) =>
        draft with { PaymentTerms = "Avoir imputable sur vos prochains règlements ou remboursable sur demande." };

    private static IssueResult IssueAsEncaisseDoes(InvoiceDraft draft, PaymentTerms terms, string number, DateOnly issueDate) =>
        InvoiceComposer.ApplyIssueTerms(draft, terms, issueDate, number).Issue(InvoiceNumber.Of(number), issueDate);

    /// <summary>
    /// What Peppol BIS asks beyond EN 16931: BT-10 or BT-13 (R003), endpoints in its EAS list, so not e-mail
    /// addresses (CL008), and a type code of its process (P0100, P0101; e.g. not 503, a prepayment credit note).
    /// </summary>
    private static bool PeppolDeliverable(Invoice invoice) =>
        (!string.IsNullOrWhiteSpace(invoice.BuyerReference) || !string.IsNullOrWhiteSpace(invoice.PurchaseOrderReference))
        && invoice.Seller.ElectronicAddress is { SchemeId: not "EM" }
        && invoice.Buyer.ElectronicAddress is { SchemeId: not "EM" }
        && PeppolTypeCodes.Contains(invoice.TypeCode.Value);

    private static void AssertValid(Invoice invoice)
    {
        var failures = new List<string>();
        foreach (var (name, format, fromFacturX, peppolOnly) in Forms)
        {
            if (peppolOnly)
            {
                if (!PeppolDeliverable(invoice))
                {
                    continue;
                }

                Interlocked.Increment(ref peppolChecked);
            }

            var report = EInvoiceValidator.Validate(EInvoiceWriter.Write(invoice, format), new ValidationOptions { FromFacturXContainer = fromFacturX }).Value;
            failures.AddRange(report.Findings.Where(f => f.Flag.IsBlocking()).Select(f => $"{name}: {f.IdAndFlag} at {f.Location}: {f.Message}"));
        }

        Assert.True(failures.Count == 0, $"{invoice.TypeCode.Code} {invoice.Number} ({invoice.Lines.Count} lines, VAT {string.Join(" ", invoice.VatBreakdown.Select(b => b.Vat))}):\n" + string.Join("\n", failures));
    }
}
