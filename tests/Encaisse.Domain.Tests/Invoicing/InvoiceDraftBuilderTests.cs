using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Invoicing;

public class InvoiceDraftBuilderTests
{
    [Fact]
    public void The_builder_assembles_a_french_invoice()
    {
        var draft = Samples.Builder()
            .WithBillingFramework(BillingFramework.Mixed)
            .WithVatOnDebits()
            .WithTreatment(InvoiceTreatment.B2BInternational)
            .WithTreatment(InvoiceTreatment.B2B)
            .WithFrenchPaymentNotes("Pénalités : taux BCE + 10 points.", "Escompte de 1 % pour paiement sous 8 jours.")
            .WithPurchaseOrderReference("PO-7")
            .WithInvoicingPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))
            .AddLine("Abonnement", 1m, 49.90m, VatTreatment.Standard(20m), "MON")
            .AddLine("Livre", 2m, 19.00m, VatTreatment.Standard(5.5m))
            .AddAllowance(5m, VatTreatment.Standard(20m), "Bienvenue")
            .Configure(d => d with { ProjectReference = "Migration" })
            .Build();

        Assert.Equal(BillingFramework.Mixed, draft.BillingFramework);
        Assert.True(draft.VatOnDebits);
        Assert.Equal(InvoiceTreatment.B2B, draft.Treatment);
        Assert.Equal(["BAR", "PMT", "PMD", "AAB"], draft.Notes.Select(n => n.SubjectCode));
        Assert.Equal("Escompte de 1 % pour paiement sous 8 jours.", draft.Notes.Single(n => n.SubjectCode == "AAB").Text);
        Assert.Equal(("PO-7", "Migration"), (draft.PurchaseOrderReference, draft.ProjectReference));
        Assert.Equal(2, draft.Lines.Count);
        Assert.Single(draft.Allowances);
        Assert.Empty(InvoiceRules.CheckForIssue(draft, InvoiceRules.CoreAndFrench));
        Assert.Equal(44.90m + 38m, draft.Calculate().Totals.TotalWithoutVat);
    }

    [Fact]
    public void Building_copies_so_the_builder_can_go_on()
    {
        var builder = Samples.Builder().AddLine("A", 1m, 10m, VatTreatment.Standard(20m));
        var first = builder.Build();
        var second = builder.AddLine("B", 1m, 10m, VatTreatment.Standard(20m)).Build();

        Assert.Single(first.Lines);
        Assert.Equal(2, second.Lines.Count);
        Assert.Equal(first, new InvoiceDraftBuilder(second).Configure(d => d with { Lines = [d.Lines[0]] }).Build());
    }

    [Fact]
    public void A_vat_exemption_replaces_the_earlier_one_of_its_category()
    {
        var draft = Samples.Builder()
            .AddLine("Formation", 1m, 900m, VatTreatment.Exempt)
            .WithVatExemption(new VatExemption(VatCategory.Exempt, "Exonération"))
            .WithVatExemption(VatExemption.FrenchFranchise)
            .Build();

        Assert.Equal([VatExemption.FrenchFranchise], draft.VatExemptions);
        Assert.Equal("TVA non applicable, art. 293 B du CGI", draft.Calculate().VatBreakdown.Single().ExemptionReason);
    }

    [Fact]
    public void A_draft_can_also_be_written_as_an_object_initializer()
    {
        var draft = new InvoiceDraft
        {
            Seller = Samples.Seller(),
            Buyer = Samples.Buyer(),
            DueDate = Samples.IssueDate.AddDays(30),
            Lines = [InvoiceLineDraft.Create("Conseil", 3m, 450m, VatTreatment.Standard(20m), "HUR"), InvoiceLineDraft.Create("Frais de déplacement", 1m, 86.40m, VatTreatment.Standard(10m))],
            PaymentInstructions = PaymentInstructions.BySepaCreditTransfer("FR7630006000011234567890189", "AGRIFRPP"),
        };

        Assert.Equal(Samples.ValidDraft(), draft);
    }
}
