using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;

namespace Encaisse.Domain.Tests.Invoicing;

/// <summary>Parties and drafts shared by the example-based tests.</summary>
internal static class Samples
{
    public static readonly DateOnly IssueDate = new(2026, 3, 31);

    public static Seller Seller(bool withVatId = true) => new()
    {
        Name = "Atelier Dupont SARL",
        LegalRegistrationId = new Identifier("552081317", SchemeIds.Siren),
        VatId = withVatId ? "FR03552081317" : null,
        ElectronicAddress = new Identifier("552081317", SchemeIds.FrenchElectronicAddress),
        Address = new PostalAddress { Line1 = "12 rue des Tanneurs", City = "Lyon", PostCode = "69002", CountryCode = "FR" },
    };

    public static Buyer Buyer(bool withVatId = true) =>
        Domain.Invoicing.Buyer.ForFrenchCompany("Boulangerie Martin SAS", "732829320",
            new PostalAddress { Line1 = "3 place du Marché", City = "Nantes", PostCode = "44000", CountryCode = "FR" }) with
        {
            VatId = withVatId ? "FR44732829320" : null,
        };

    public static InvoiceDraftBuilder Builder() => new InvoiceDraftBuilder(Seller(), Buyer())
        .WithDueDate(IssueDate.AddDays(30))
        .WithPaymentInstructions(PaymentInstructions.BySepaCreditTransfer("FR7630006000011234567890189", "AGRIFRPP"));

    /// <summary>A draft that passes every core rule: two standard-rated lines.</summary>
    public static InvoiceDraft ValidDraft() => Builder()
        .AddLine("Conseil", 3m, 450m, VatTreatment.Standard(20m), "HUR")
        .AddLine("Frais de déplacement", 1m, 86.40m, VatTreatment.Standard(10m))
        .Build();

    public static Invoice Issue(InvoiceDraft draft, string number = "F2026-0001") =>
        draft.Issue(InvoiceNumber.Of(number), IssueDate).Value;
}
