using CsCheck;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Tests.Invoicing;

/// <summary>
/// Random drafts that satisfy every core rule: 1–50 lines, quantities with up to 4 decimals (negative too),
/// prices with up to 6 decimals, base quantities, line and document allowances and charges by amount or by
/// percentage, VAT categories S, Z, E, AE, K, G, L, M (or an invoice entirely "not subject to VAT", O), paid
/// and rounding amounts, and optional content across the whole model for the JSON round trip.
/// </summary>
internal static class InvoiceGenerators
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    public static readonly Gen<decimal> Quantity = Gen.Long[-99_999_999, 99_999_999].Select(x => x / 10_000m);

    public static readonly Gen<decimal> Price = Gen.Long[0, 9_999_999_999].Select(x => x / 1_000_000m);

    public static readonly Gen<decimal?> BaseQuantity = Gen.OneOf<decimal?>(null, 1m, 3m, 10m, 12m, 100m, 0.5m, 2.5m);

    public static readonly Gen<decimal> Amount = Gen.Long[0, 500_000].Select(x => x / 100m);

    public static readonly Gen<decimal> Percentage = Gen.Long[0, 5_000].Select(x => x / 100m);

    private static readonly Gen<string> Text = Gen.OneOf("Remise fidélité", "Port", "Emballage", "Geste commercial", "Frais de dossier");

    private static readonly Gen<DateOnly> Date = Gen.Int[0, 400].Select(d => Start.AddDays(d));

    public static readonly Gen<VatTreatment> MixedTreatment = Gen.OneOf(
        Gen.OneOf(20m, 10m, 5.5m, 2.1m, 8.5m).Select(VatTreatment.Standard),
        Gen.Const(VatTreatment.ZeroRated),
        Gen.Const(VatTreatment.Exempt),
        Gen.Const(VatTreatment.ReverseCharge),
        Gen.Const(VatTreatment.IntraCommunitySupply),
        Gen.Const(VatTreatment.Export),
        Gen.OneOf(7m, 3m, 9.5m).Select(VatTreatment.CanaryIslands),
        Gen.OneOf(4m, 10m).Select(VatTreatment.CeutaMelilla));

    // Reason codes from the list of each kind (BR-CL-19: UNTDID 5189 for allowances, BR-CL-20: UNTDID 7161 for charges).
    private static Gen<AllowanceChargeDraft> LineAdjustment(string code) => Gen.OneOf(
        Gen.Select(Amount, Text, Gen.OneOf<string?>(null, code), (a, r, c) => AllowanceChargeDraft.OfAmount(a, r, c)),
        Gen.Select(Percentage, Text, Amount.Nullable(0.6), (p, r, b) => AllowanceChargeDraft.OfPercentage(p, r, null, b)));

    private static Gen<DocumentAllowanceChargeDraft> DocumentAdjustment(VatTreatment[] used) =>
        Gen.Select(Gen.Int[0, used.Length - 1], Gen.Bool, Amount, Percentage, Amount.Nullable(0.5), Text,
            (i, byAmount, amount, percentage, baseAmount, reason) => byAmount
                ? DocumentAllowanceChargeDraft.OfAmount(amount, used[i], reason)
                : DocumentAllowanceChargeDraft.OfPercentage(percentage, used[i], reason, null, baseAmount));

    private static readonly Gen<Item> ItemGen =
        from name in Gen.OneOf("Abonnement Pro", "Heure de conseil", "Câble HDMI 2 m", "Farine T65 25 kg", "Maintenance")
        from rich in Gen.Bool
        from attributes in Gen.Select(Gen.OneOf("Couleur", "Taille"), Gen.OneOf("Noir", "XL")).Array[0, 2]
        from classifications in Gen.OneOf("43211503", "85101601").Array[0, 2]
        select rich
            ? new Item
            {
                Name = name,
                Description = name + " — description",
                SellerId = "SKU-" + name.Length,
                BuyerId = "REF-" + name.Length,
                StandardId = new Identifier("3760123456789", "0160"),
                Classifications = classifications.Select(c => new ItemClassification(c, "STI", "19.0501")).ToArray(),
                OriginCountry = "FR",
                Attributes = attributes.Select(a => new ItemAttribute(a.Item1, a.Item2)).ToArray(),
            }
            : new Item { Name = name };

    private static Gen<InvoiceLineDraft> Line(VatTreatment vat) =>
        from quantity in Quantity
        from price in Price
        from baseQuantity in BaseQuantity
        from allowances in LineAdjustment("95").Array[0, 2]
        from charges in LineAdjustment("ABL").Array[0, 2]
        from item in ItemGen
        from rich in Gen.Bool
        from start in Date
        select new InvoiceLineDraft
        {
            Id = rich ? null : "L-" + start.DayNumber,
            Note = rich ? "Note de ligne" : null,
            ObjectIdentifier = rich ? new Identifier("CPT-42", "AFL") : null,
            Quantity = quantity,
            UnitCode = rich ? "HUR" : InvoiceLineDraft.DefaultUnitCode,
            Price = rich && baseQuantity is null
                ? PriceDetails.FromGross(price + 1.5m, 1.5m)
                : new PriceDetails { NetPrice = price, BaseQuantity = baseQuantity, BaseQuantityUnitCode = baseQuantity is null ? null : "C62" },
            OrderLineReference = rich ? "10" : null,
            BuyerAccountingReference = rich ? "6064" : null,
            Period = rich ? new Period(start, start.AddDays(30)) : null,
            Allowances = allowances,
            Charges = charges,
            Vat = vat,
            Item = item,
        };

    private static Gen<InvoiceLineDraft[]> Lines(bool outsideScope) =>
        (outsideScope ? Gen.Const(VatTreatment.OutsideScope) : MixedTreatment).Array[1, 4]
        .SelectMany(treatments => Gen.Int[0, treatments.Length - 1].SelectMany(i => Line(treatments[i])).Array[1, 50]);

    /// <summary>Optional document content that the calculation ignores but storage must keep.</summary>
    private static readonly Gen<Func<InvoiceDraft, InvoiceDraft>> Extras =
        from rich in Gen.Bool
        from period in Date
        from attachment in Gen.Byte.Array[0, 64]
        from foreignCurrency in Gen.Int[0, 5].Select(x => x == 0)
        from vatPoint in Gen.Int[0, 3]
        select (Func<InvoiceDraft, InvoiceDraft>)(draft => !rich ? draft : draft with
        {
            Currency = foreignCurrency ? CurrencyCode.Of("USD") : draft.Currency,
            VatAccountingCurrency = foreignCurrency ? CurrencyCode.Eur : null,
            VatAccountingExchangeRate = foreignCurrency ? 0.9137m : null,
            TaxPointDate = vatPoint == 0 ? period : null,
            VatPointDateCode = vatPoint == 1 ? VatPointDateCode.InvoiceIssueDate : vatPoint == 2 ? VatPointDateCode.PaymentDate : null,
            BuyerReference = "SERVICE-ACHATS",
            ProjectReference = "PRJ-7",
            ContractReference = "CTR-2026-14",
            PurchaseOrderReference = "PO-99812",
            SalesOrderReference = "SO-555",
            ReceivingAdviceReference = "RA-1",
            DespatchAdviceReference = "DA-1",
            TenderOrLotReference = "LOT-3",
            InvoicedObjectIdentifier = new Identifier("METER-0042", "AAA"),
            BuyerAccountingReference = "411000",
            PaymentTerms = "30 jours fin de mois",
            Notes = [InvoiceNote.RecoveryIndemnity(), InvoiceNote.LatePaymentPenalties("Pénalités : 3 fois le taux légal."), InvoiceNote.Treatment(InvoiceTreatment.B2B), new("Merci !")],
            BusinessProcessType = BillingFramework.Services.Code,
            PrecedingInvoices = [new PrecedingInvoiceReference("F2025-0099", period)],
            Payee = new Payee { Name = "Factor SA", Identifier = new Identifier("FACT-1"), LegalRegistrationId = new Identifier("351234567", SchemeIds.Siren) },
            InvoicingPeriod = new Period(period, period.AddMonths(1).AddDays(-1)),
            PaymentInstructions = new PaymentInstructions
            {
                MeansCode = PaymentMeansCodes.SepaCreditTransfer,
                MeansText = "Virement SEPA",
                RemittanceInformation = "RF451234512345",
                CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", "Atelier Dupont", "AGRIFRPP")],
                Card = new PaymentCard("1234", "J. Martin"),
                DirectDebit = new DirectDebit("MANDAT-1", "FR12ZZZ123456", "FR7612345000019876543210123"),
            },
            SupportingDocuments =
            [
                new SupportingDocument
                {
                    Reference = "BL-778",
                    Description = "Bon de livraison",
                    ExternalLocation = "https://example.org/bl/778",
                    Attachment = new AttachedObject { Content = attachment, MimeCode = "application/pdf", FileName = "bl-778.pdf" },
                },
            ],
            PaymentSchedule = [new Instalment(period.AddDays(30), 100m), new Instalment(period.AddDays(60), 50m)],
        });

    /// <summary>A random valid draft.</summary>
    public static readonly Gen<InvoiceDraft> Draft =
        from outsideScope in Gen.Int[0, 7].Select(x => x == 0)
        from lines in Lines(outsideScope)
        from allowances in DocumentAdjustment(lines.Select(l => l.Vat).Distinct().ToArray()).Array[0, 2]
        from charges in DocumentAdjustment(lines.Select(l => l.Vat).Distinct().ToArray()).Array[0, 2]
        from paid in Amount.Nullable(0.7)
        from rounding in Gen.Long[-99, 99].Select(x => x / 100m).Nullable(0.7)
        from due in Date
        from typeCode in Gen.OneOf(InvoiceTypeCode.CommercialInvoice, InvoiceTypeCode.CreditNote, InvoiceTypeCode.PrepaymentInvoice)
        from extras in Extras
        select extras(new InvoiceDraft
        {
            TypeCode = typeCode,
            DueDate = due,
            // "Not subject to VAT" forbids VAT identifiers on both sides (BR-O-02); every other category is fine with them.
            Seller = Samples.Seller(withVatId: !outsideScope),
            Buyer = Samples.Buyer(withVatId: !outsideScope),
            TaxRepresentative = outsideScope ? null : new TaxRepresentative
            {
                Name = "Fiscal Rep GmbH",
                VatId = "DE123456789",
                Address = new PostalAddress { City = "Berlin", CountryCode = "DE" },
            },
            // Intra-community supplies need the delivery date and country (BR-IC-11, BR-IC-12).
            Delivery = new Delivery
            {
                DeliverToName = "Entrepôt Nord",
                LocationId = new Identifier("3012345678901", SchemeIds.Gln),
                ActualDeliveryDate = due,
                Address = new PostalAddress { Line1 = "ZI Nord", City = "Lille", PostCode = "59000", CountryCode = "FR" },
            },
            Lines = lines,
            Allowances = allowances,
            Charges = charges,
            VatExemptions = [VatExemption.FrenchFranchise],
            PaidAmount = paid,
            RoundingAmount = rounding,
        });
}
