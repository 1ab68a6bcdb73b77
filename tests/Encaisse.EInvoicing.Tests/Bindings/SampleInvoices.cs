using System.Text;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>Invoices issued through the domain (InvoiceDraftBuilder, InvoiceDraft.Issue) with many terms set.</summary>
internal static class SampleInvoices
{
    public static readonly Seller Seller = new()
    {
        Name = "Atelier Martin SARL",
        TradingName = "Atelier Martin",
        Identifiers = [new Identifier("55208131700019", SchemeIds.Siret), new Identifier("LOCAL-7")],
        LegalRegistrationId = new Identifier("552081317", SchemeIds.Siren),
        VatId = "FR03552081317",
        TaxRegistrationId = "FR-TAX-42",
        AdditionalLegalInformation = "SARL au capital de 10 000 EUR, RCS Lyon 552 081 317",
        ElectronicAddress = new Identifier("552081317", SchemeIds.FrenchElectronicAddress),
        Address = new PostalAddress { Line1 = "12 rue des Tanneurs", Line2 = "Bâtiment B", Line3 = "3e étage", City = "Lyon", PostCode = "69002", CountrySubdivision = "Rhône", CountryCode = "FR" },
        Contact = new Contact { Name = "Service facturation", Telephone = "+33 4 72 00 00 00", Email = "factures@atelier-martin.example" },
    };

    public static readonly Buyer Buyer = Buyer.ForFrenchCompany("Client & Fils SA", "732829320",
        new PostalAddress { Line1 = "5 avenue <Foch>", City = "Paris", PostCode = "75016", CountryCode = "FR" }) with
    {
        TradingName = "Client et Fils",
        Identifier = new Identifier("73282932000074", SchemeIds.Siret),
        VatId = "FR44732829320",
        Contact = new Contact { Name = "Comptabilité fournisseurs", Email = "ap@client.example" },
    };

    /// <summary>A commercial invoice with most EN 16931 terms: notes, references, delivery, payee, allowances and charges at both levels.</summary>
    public static Invoice Rich(InvoiceTypeCode? type = null) => Issue(RichDraft(type ?? InvoiceTypeCode.CommercialInvoice), "F2026-0042");

    public static InvoiceDraft RichDraft(InvoiceTypeCode type)
    {
        var line1 = InvoiceLineDraft.Create("Conseil", 12.5m, 95m, VatTreatment.Standard(20m), "HUR") with
        {
            Id = "1",
            Note = "Mission de mars",
            ObjectIdentifier = new Identifier("OBJ-1", "AAB"),
            OrderLineReference = "10",
            BuyerAccountingReference = "6226",
            Period = new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
            Price = PriceDetails.FromGross(100m, 5m) with { BaseQuantity = 1m, BaseQuantityUnitCode = "HUR" },
            Allowances = [AllowanceChargeDraft.OfPercentage(10m, "Remise fidélité", "95")],
            Charges = [AllowanceChargeDraft.OfAmount(15m, "Déplacement", "FC")],
            Item = new Item
            {
                Name = "Conseil",
                Description = "Conseil en organisation\nsur site",
                SellerId = "CONS-01",
                BuyerId = "ACH-9",
                StandardId = new Identifier("3700000000017", "0160"),
                Classifications = [new ItemClassification("72221000", "STI", "2008")],
                OriginCountry = "FR",
                Attributes = [new ItemAttribute("Niveau", "Senior")],
            },
        };
        var line2 = InvoiceLineDraft.Create("Livre technique", 3m, 32.5m, VatTreatment.Standard(5.5m)) with { Id = "2" };

        return new InvoiceDraftBuilder(Seller, Buyer)
            .WithType(type)
            .WithDueDate(new DateOnly(2026, 5, 15))
            .WithPaymentTerms("30 jours fin de mois")
            .WithBuyerReference("SERVICE-ACHATS")
            .WithContractReference("CT-2025-7")
            .WithPurchaseOrderReference("PO-889")
            .WithInvoicingPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))
            .WithDelivery(new Delivery
            {
                DeliverToName = "Entrepôt Nord",
                LocationId = new Identifier("3012345000010", SchemeIds.Gln),
                ActualDeliveryDate = new DateOnly(2026, 3, 28),
                Address = new PostalAddress { Line1 = "1 quai du Port", City = "Lille", PostCode = "59000", CountryCode = "FR" },
            })
            .WithPaymentInstructions(new PaymentInstructions
            {
                MeansCode = PaymentMeansCodes.SepaCreditTransfer,
                MeansText = "Virement SEPA",
                RemittanceInformation = "RF451234512345",
                CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", "Atelier Martin", "AGRIFRPPXXX"), new CreditTransfer("ACC-PROPRIETARY-1")],
            })
            .WithBillingFramework(BillingFramework.Services)
            .WithVatOnDebits()
            .WithTreatment(InvoiceTreatment.B2B)
            .WithFrenchPaymentNotes("Pénalités de retard : trois fois le taux d'intérêt légal.")
            .AddNote("Merci de votre confiance & à bientôt <3")
            .AddLine(line1)
            .AddLine(line2)
            .AddAllowance(20m, VatTreatment.Standard(20m), "Remise exceptionnelle", "95")
            .AddChargePercentage(2m, VatTreatment.Standard(5.5m), "Frais de port", "FC")
            .AddPrecedingInvoice("F2026-0001", new DateOnly(2026, 1, 31))
            .Configure(d => d with
            {
                ProjectReference = "PRJ-12",
                SalesOrderReference = "SO-77",
                ReceivingAdviceReference = "REC-5",
                DespatchAdviceReference = "DES-6",
                TenderOrLotReference = "LOT-3",
                InvoicedObjectIdentifier = new Identifier("METER-123", "AAB"),
                BuyerAccountingReference = "401-CLIENT",
                Payee = new Payee { Name = "Factor SA", Identifier = new Identifier("FACT-1"), LegalRegistrationId = new Identifier("443061841", SchemeIds.Siren) },
                SupportingDocuments =
                [
                    new SupportingDocument
                    {
                        Reference = "TIMESHEET-3",
                        Description = "Relevé d'heures",
                        Attachment = new AttachedObject { Content = Encoding.UTF8.GetBytes("jour;heures\n1;7.5\n"), MimeCode = "text/csv", FileName = "releve.csv" },
                    },
                    new SupportingDocument { Reference = "CGV", ExternalLocation = "https://atelier-martin.example/cgv.pdf" },
                ],
            })
            .Build();
    }

    /// <summary>A foreign-currency invoice with a tax representative, VAT in EUR, a card payment and a paid amount.</summary>
    public static Invoice ForeignCurrency() => Issue(new InvoiceDraftBuilder(Seller with { Address = Seller.Address! with { CountryCode = "DE" } }, Buyer)
        .WithCurrency(CurrencyCode.Of("USD"))
        .WithDueDate(new DateOnly(2026, 4, 30))
        .WithVatAccounting(CurrencyCode.Eur, 0.9213m)
        .WithPaidAmount(100m)
        .WithRoundingAmount(0.01m)
        .WithPaymentInstructions(new PaymentInstructions { MeansCode = PaymentMeansCodes.BankCard, Card = new PaymentCard("1234", "J. Martin") })
        .AddLine("Abonnement", 1m, 499.99m, VatTreatment.Standard(19m))
        .AddLine("Export", 2m, 10m, VatTreatment.Export)
        .WithVatExemption(VatExemption.Export)
        .Configure(d => d with
        {
            TaxRepresentative = new TaxRepresentative
            {
                Name = "Fiscal Rep GmbH",
                VatId = "DE123456789",
                Address = new PostalAddress { Line1 = "Hauptstr. 1", City = "Berlin", PostCode = "10115", CountryCode = "DE" },
            },
            TaxPointDate = new DateOnly(2026, 3, 31),
        })
        .Build(), "US-2026-7");

    /// <summary>A direct-debit invoice with an instalment schedule (the schedule is written only in CII EXTENDED).</summary>
    public static Invoice WithSchedule() => Issue(new InvoiceDraftBuilder(Seller, Buyer)
        .WithPaymentInstructions(PaymentInstructions.BySepaDirectDebit("MANDATE-9", "FR12ZZZ123456", "FR7630004000031234567890143"))
        .AddLine("Maintenance annuelle", 1m, 1200m, VatTreatment.Standard(20m))
        .Configure(d => d with
        {
            DueDate = new DateOnly(2026, 4, 30),
            PaymentSchedule = [new Instalment(new DateOnly(2026, 4, 30), 720m), new Instalment(new DateOnly(2026, 5, 31), 720m)],
        })
        .Build(), "F2026-0100");

    /// <summary>The invoices every profile is written from.</summary>
    public static IEnumerable<(string Name, Invoice Invoice)> All()
    {
        yield return ("rich invoice", Rich());
        yield return ("rich credit note", Rich(InvoiceTypeCode.CreditNote));
        yield return ("corrective invoice", Rich(InvoiceTypeCode.CorrectedInvoice));
        yield return ("foreign currency", ForeignCurrency());
        yield return ("schedule", WithSchedule());
    }

    private static Invoice Issue(InvoiceDraft draft, string number) =>
        draft.Issue(InvoiceNumber.Of(number), new DateOnly(2026, 4, 1)).Value;
}
