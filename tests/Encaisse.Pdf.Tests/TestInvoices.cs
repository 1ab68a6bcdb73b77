using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;

namespace Encaisse.Pdf.Tests;

/// <summary>Invoices built and issued through the domain, as Encaisse issues them.</summary>
internal static class TestInvoices
{
    public static readonly DateOnly IssueDate = new(2026, 3, 31);

    public static readonly DateTimeOffset Now = new(2026, 3, 31, 14, 30, 5, TimeSpan.Zero);

    public const string Iban = "FR7630006000011234567890189";

    public static Seller Seller() => new()
    {
        Name = "Atelier Dupont SARL",
        LegalRegistrationId = new Identifier("552081317", SchemeIds.Siren),
        VatId = "FR03552081317",
        AdditionalLegalInformation = "SARL au capital de 10 000 € – RCS Lyon 552 081 317",
        ElectronicAddress = new Identifier("552081317", SchemeIds.FrenchElectronicAddress),
        Address = new PostalAddress { Line1 = "12 rue des Tanneurs", City = "Lyon", PostCode = "69002", CountryCode = "FR" },
        Contact = new Contact { Email = "compta@atelier-dupont.fr", Telephone = "04 78 00 00 00" },
    };

    public static Buyer Buyer() =>
        Domain.Invoicing.Buyer.ForFrenchCompany("Boulangerie Martin SAS", "732829320",
            new PostalAddress { Line1 = "3 place du Marché", City = "Nantes", PostCode = "44000", CountryCode = "FR" }) with
        {
            VatId = "FR44732829320",
        };

    public static InvoiceDraftBuilder Builder(string? remittance = "RF18539007547034") => new InvoiceDraftBuilder(Seller(), Buyer())
        .WithDueDate(IssueDate.AddDays(30))
        .WithPurchaseOrderReference("BC-2026-117")
        .WithInvoicingPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))
        .WithPaymentInstructions(PaymentInstructions.BySepaCreditTransfer(Iban, "AGRIFRPP", remittanceInformation: remittance))
        .WithFrenchPaymentNotes(
            "Taux des pénalités de retard : 12,15 % (taux BCE + 10 points)",
            "Pas d'escompte pour paiement anticipé",
            "En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €");

    /// <summary>One page: three lines at two VAT rates.</summary>
    public static Invoice OnePage(string number = "F2026-0042") => Builder()
        .AddLine("Conseil en organisation", 3m, 450m, VatTreatment.Standard(20m), "HUR")
        .AddLine("Frais de déplacement Lyon – Nantes", 1m, 86.40m, VatTreatment.Standard(10m))
        .AddLine("Licence logiciel annuelle", 12m, 1234.5m, VatTreatment.Standard(20m), "MON")
        .Build()
        .Issue(InvoiceNumber.Of(number), IssueDate).Value;

    /// <summary>Enough lines for several pages.</summary>
    public static Invoice ManyLines(int lines, string number = "F2026-0043")
    {
        var builder = Builder();
        for (var i = 1; i <= lines; i++)
        {
            builder.AddLine(
                InvoiceLineDraft.Create($"Prestation n° {i} — maintenance du site et des postes de travail", i % 7 + 1, 10m + (i * 1.25m), VatTreatment.Standard(i % 5 == 0 ? 5.5m : 20m), "HUR")
                with { Item = new Item { Name = $"Prestation n° {i} — maintenance du site et des postes de travail", Description = i % 3 == 0 ? "Intervention sur site, pièces comprises, selon le contrat de service du 1er janvier." : null } });
        }

        return builder.Build().Issue(InvoiceNumber.Of(number), IssueDate).Value;
    }
}
