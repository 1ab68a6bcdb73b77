using CsCheck;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>
/// Drafts of the kind Encaisse issues, built with <see cref="InvoiceDraftBuilder"/> the way the composer builds them
/// (French mentions, billing framework, SEPA instructions), across tax scenarios: domestic standard rates with zero
/// rated and exempt lines, reverse charge, intra-community supplies, exports, Canary Islands and Ceuta, and
/// invoices not subject to VAT; line and document allowances and charges by amount or percentage, gross prices,
/// base quantities, negative lines, paid and rounding amounts, foreign currency, prepayment invoices.
/// Some drafts break an issue-time rule on purpose (a missing exemption reason): the domain must refuse those.
/// </summary>
internal static class IssuedInvoiceGenerators
{
    public static readonly DateOnly IssueDate = new(2026, 3, 31);

    private static readonly PostalAddress Lyon = new() { Line1 = "12 rue des Tanneurs", City = "Lyon", PostCode = "69002", CountryCode = "FR" };

    private static Seller Seller(bool withVat) => new()
    {
        Name = "Atelier Martin SARL",
        Identifiers = [new Identifier("55208131700019", SchemeIds.Siret)],
        LegalRegistrationId = new Identifier("552081317", SchemeIds.Siren),
        VatId = withVat ? "FR03552081317" : null,
        AdditionalLegalInformation = "SARL au capital de 10 000 EUR, RCS Lyon 552 081 317",
        ElectronicAddress = new Identifier("552081317", SchemeIds.FrenchElectronicAddress),
        Address = Lyon,
        Contact = new Contact { Email = "factures@atelier-martin.example" },
    };

    private static Buyer FrenchBuyer(bool withVat) => Buyer.ForFrenchCompany("Boulangerie Martin SAS", "732829320",
        new PostalAddress { Line1 = "3 place du Marché", City = "Nantes", PostCode = "44000", CountryCode = "FR" }) with
    {
        VatId = withVat ? "FR44732829320" : null,
    };

    private static readonly Buyer GermanBuyer = new()
    {
        Name = "Müller Maschinenbau GmbH",
        VatId = "DE123456789",
        ElectronicAddress = new Identifier("DE123456789", "9930"),
        Address = new PostalAddress { Line1 = "Industriestraße 4", City = "Stuttgart", PostCode = "70173", CountryCode = "DE" },
    };

    private static readonly Buyer AmericanBuyer = new()
    {
        Name = "Acme Corp.",
        ElectronicAddress = new Identifier("ap@acme.example", "EM"),
        Address = new PostalAddress { Line1 = "1 Main Street", City = "Springfield", PostCode = "62701", CountryCode = "US" },
    };

    private static readonly Buyer SpanishBuyer = new()
    {
        Name = "Comercial Canaria SL",
        VatId = "ESB12345674",
        ElectronicAddress = new Identifier("compras@canaria.example", "EM"),
        Address = new PostalAddress { Line1 = "Calle Mayor 1", City = "Las Palmas", PostCode = "35001", CountryCode = "ES" },
    };

    /// <summary>A tax situation: who buys, which VAT treatments its lines may have, and the exemption reasons it needs.</summary>
    private sealed record Scenario(string Name, Seller Seller, Buyer Buyer, VatTreatment[] Treatments, VatExemption[] Exemptions, bool NeedsDelivery = false);

    private static readonly Gen<VatTreatment> StandardRate = Gen.OneOf(20m, 10m, 5.5m, 2.1m).Select(VatTreatment.Standard);

    private static readonly VatExemption ExemptReason = new(Domain.Tax.VatCategory.Exempt, "Exonération de TVA, article 261-4-4° du CGI", "VATEX-FR-CGI261-4");

    private static readonly Gen<Scenario> Scenarios = Gen.OneOf(
        Gen.Select(StandardRate, StandardRate, (a, b) => new Scenario("domestic", Seller(true), FrenchBuyer(true), [a, b, VatTreatment.ZeroRated, VatTreatment.Exempt], [ExemptReason])),
        Gen.Select(StandardRate, r => new Scenario("domestic-standard", Seller(true), FrenchBuyer(false), [r], [])),
        Gen.Const(new Scenario("reverse-charge", Seller(true), FrenchBuyer(true), [VatTreatment.ReverseCharge], [VatExemption.ReverseCharge])),
        Gen.Select(StandardRate, r => new Scenario("intra-community", Seller(true), GermanBuyer, [VatTreatment.IntraCommunitySupply, r], [VatExemption.IntraCommunitySupply], NeedsDelivery: true)),
        Gen.Const(new Scenario("export", Seller(true), AmericanBuyer, [VatTreatment.Export], [VatExemption.Export])),
        Gen.Const(new Scenario("canary-ceuta", Seller(true), SpanishBuyer, [VatTreatment.CanaryIslands(7m), VatTreatment.CanaryIslands(3m), VatTreatment.CeutaMelilla(4m), VatTreatment.ZeroRated], [])),
        Gen.Const(new Scenario("outside-scope", Seller(false), FrenchBuyer(false), [VatTreatment.OutsideScope], [VatExemption.OutsideScope])));

    private static readonly Gen<decimal> Quantity = Gen.Frequency(
        (8, Gen.Int[1, 5_000].Select(x => x / 100m)),
        (1, Gen.Int[1, 100].Select(x => (decimal)x)),
        (1, Gen.Int[-500, -1].Select(x => x / 100m)));

    private static readonly Gen<decimal> Price = Gen.Frequency(
        (6, Gen.Int[1, 200_000].Select(x => x / 100m)),
        (2, Gen.Long[1, 99_999_999].Select(x => x / 10_000m)),
        (1, Gen.Const(0m)));

    private static readonly Gen<decimal> Amount = Gen.Int[1, 50_000].Select(x => x / 100m);

    private static readonly Gen<decimal> Percentage = Gen.Int[1, 3_000].Select(x => x / 100m);

    private static readonly Gen<(string Reason, string? Code)> AllowanceReason = Gen.OneOf(
        Gen.Const<(string, string?)>(("Remise fidélité", "95")), Gen.Const<(string, string?)>(("Remise quantitative", "100")),
        Gen.Const<(string, string?)>(("Geste commercial", null)));

    private static readonly Gen<(string Reason, string? Code)> ChargeReason = Gen.OneOf(
        Gen.Const<(string, string?)>(("Frais de port", "FC")), Gen.Const<(string, string?)>(("Emballage", "ABL")),
        Gen.Const<(string, string?)>(("Frais de dossier", null)));

    private static Gen<AllowanceChargeDraft> LineAdjustment(Gen<(string Reason, string? Code)> reasons) =>
        Gen.Select(Gen.Bool, Amount, Percentage, reasons, (byAmount, amount, percentage, reason) => byAmount
            ? AllowanceChargeDraft.OfAmount(amount, reason.Reason, reason.Code)
            : AllowanceChargeDraft.OfPercentage(percentage, reason.Reason, reason.Code));

    private static Gen<DocumentAllowanceChargeDraft> DocumentAdjustment(VatTreatment[] used, Gen<(string Reason, string? Code)> reasons) =>
        Gen.Select(Gen.Int[0, used.Length - 1], Gen.Bool, Amount, Percentage, reasons, (i, byAmount, amount, percentage, reason) => byAmount
            ? DocumentAllowanceChargeDraft.OfAmount(amount, used[i], reason.Reason, reason.Code)
            : DocumentAllowanceChargeDraft.OfPercentage(percentage, used[i], reason.Reason, reason.Code));

    // BT-126 and BT-155 as the composer sets them: the line's position.
    private static InvoiceLineDraft[] NumberLines(InvoiceLineDraft[] lines) =>
        [.. lines.Select((line, i) => line with
        {
            Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Item = line.Item with { SellerId = "SKU-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        })];

    private static Gen<InvoiceLineDraft> Line(VatTreatment[] treatments) =>
        from vat in Gen.Int[0, treatments.Length - 1].Select(i => treatments[i])
        from name in Gen.OneOf("Conseil", "Abonnement Pro", "Câble HDMI 2 m", "Maintenance <annuelle>", "Farine T65 25 kg")
        from quantity in Quantity
        from price in Price
        from priceKind in Gen.Int[0, 3]
        from unit in Gen.OneOf("C62", "HUR", "KGM", "MON")
        from allowances in LineAdjustment(AllowanceReason).Array[0, 1]
        from charges in LineAdjustment(ChargeReason).Array[0, 1]
        from period in Gen.Bool
        select InvoiceLineDraft.Create(name, quantity, price, vat, unit) with
        {
            Price = priceKind switch
            {
                1 => PriceDetails.FromGross(price + 2.5m, 2.5m),
                2 => new PriceDetails { NetPrice = price, BaseQuantity = 10m, BaseQuantityUnitCode = unit },
                _ => new PriceDetails { NetPrice = price },
            },
            Allowances = allowances,
            Charges = charges,
            Period = period ? new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)) : null,
            Item = new Item { Name = name },
        };

    /// <summary>A draft as Encaisse's composer would assemble it, in one of the tax scenarios.</summary>
    public static readonly Gen<InvoiceDraft> Draft =
        from scenario in Scenarios
        from lines in Line(scenario.Treatments).Array[1, 8].Select(NumberLines)
        from allowanceCount in Gen.Int[0, 2]
        from chargeCount in Gen.Int[0, 2]
        from allowances in DocumentAdjustment([.. lines.Select(l => l.Vat).Distinct()], AllowanceReason).Array[allowanceCount]
        from charges in DocumentAdjustment([.. lines.Select(l => l.Vat).Distinct()], ChargeReason).Array[chargeCount]
        from type in Gen.Frequency((8, Gen.Const(InvoiceTypeCode.CommercialInvoice)), (1, Gen.Const(InvoiceTypeCode.PrepaymentInvoice)))
        from paid in Gen.Frequency((5, Gen.Const((decimal?)null)), (1, Amount.Select(a => (decimal?)a)))
        from rounding in Gen.Frequency((5, Gen.Const((decimal?)null)), (1, Gen.Int[-49, 49].Select(x => (decimal?)(x / 100m))))
        from foreign in Gen.Int[0, 9].Select(x => x == 0)
        from references in Gen.Int[0, 3]
        from withExemptions in Gen.Int[0, 19].Select(x => x != 0)
        select Build(scenario, lines, allowances, charges, type, paid, rounding, foreign, references, withExemptions);

    private static InvoiceDraft Build(
        Scenario scenario, InvoiceLineDraft[] lines, DocumentAllowanceChargeDraft[] allowances, DocumentAllowanceChargeDraft[] charges,
        InvoiceTypeCode type, decimal? paid, decimal? rounding, bool foreign, int references, bool withExemptions)
    {
        var builder = new InvoiceDraftBuilder(scenario.Seller, scenario.Buyer)
            .WithType(type)
            .WithBillingFramework(BillingFramework.Services)
            .WithTreatment(InvoiceTreatment.B2B)
            .WithPaymentTerms("Paiement à 30 jours")
            .WithDueDate(IssueDate.AddDays(30))
            .WithFrenchPaymentNotes("Pénalités de retard : trois fois le taux d'intérêt légal.", "Pas d'escompte pour paiement anticipé.")
            .WithPaymentInstructions(PaymentInstructions.BySepaCreditTransfer("FR7630006000011234567890189", "AGRIFRPP", "Atelier Martin SARL"));
        if (scenario.NeedsDelivery)
        {
            // BR-IC-11 and BR-IC-12: an intra-community supply names its delivery date and country.
            builder = builder.WithDelivery(new Delivery { ActualDeliveryDate = IssueDate, Address = scenario.Buyer.Address });
        }

        if (foreign)
        {
            builder = builder.WithCurrency(CurrencyCode.Of("USD")).WithVatAccounting(CurrencyCode.Eur, 0.9137m);
        }

        builder = references switch
        {
            1 => builder.WithBuyerReference("SERVICE-ACHATS"),
            2 => builder.WithPurchaseOrderReference("PO-99812"),
            3 => builder.WithBuyerReference("SERVICE-ACHATS").WithContractReference("CTR-2026-14"),
            _ => builder,
        };
        if (paid is { } p)
        {
            builder = builder.WithPaidAmount(p);
        }

        if (rounding is { } r)
        {
            builder = builder.WithRoundingAmount(r);
        }

        foreach (var line in lines)
        {
            builder = builder.AddLine(line);
        }

        foreach (var allowance in allowances)
        {
            builder = builder.AddAllowance(allowance);
        }

        foreach (var charge in charges)
        {
            builder = builder.AddCharge(charge);
        }

        if (withExemptions)
        {
            foreach (var exemption in scenario.Exemptions)
            {
                builder = builder.WithVatExemption(exemption);
            }
        }

        return builder.Build();
    }
}
