using Encaisse.Domain.Common;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Terms;

namespace Encaisse.Domain.Composition;

/// <summary>
/// Turns master data into EN 16931 drafts: the tenant's legal entity becomes the seller (BG-4), the customer the
/// buyer (BG-7), contract charges or catalogue lines the invoice lines, and the tenant's policy the French mentions
/// (PMT, PMD, AAB notes, BAR treatment, BT-23 category of operation). A pure function: the same inputs always give
/// the same draft, which is what makes bill runs repeatable.
/// </summary>
public static class InvoiceComposer
{
    /// <summary>The seller as it appears on the invoice (BG-4, BG-5, BG-6).</summary>
    public static Seller ToSeller(LegalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var mentions = entity.FrenchLegalMentions();
        return new Seller
        {
            Name = entity.LegalName, // BT-27
            TradingName = entity.TradingName, // BT-28
            Identifiers = entity.Siret is { } siret ? [siret.ToIdentifier()] : [], // BT-29
            LegalRegistrationId = entity.Siren?.ToIdentifier(), // BT-30 (scheme 0002)
            VatId = entity.VatNumber?.Value, // BT-31
            AdditionalLegalInformation = mentions.Count > 0 ? string.Join(" — ", mentions) : null, // BT-33
            ElectronicAddress = ElectronicAddressOf(entity.ElectronicAddress, entity.Siren, entity.Email), // BT-34
            Address = entity.Address, // BG-5
            Contact = entity.Email is null && entity.Telephone is null
                ? null
                : new Contact { Email = entity.Email, Telephone = entity.Telephone }, // BG-6
        };
    }

    /// <summary>The buyer as it appears on the invoice (BG-7, BG-8, BG-9).</summary>
    public static Buyer ToBuyer(Party customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var billingContact = customer.ContactsFor(ContactRole.Billing).FirstOrDefault() ?? (customer.Contacts.Count > 0 ? customer.Contacts[0] : null);
        return new Buyer
        {
            Name = customer.LegalName, // BT-44
            TradingName = customer.TradingName, // BT-45
            Identifier = customer.Siret?.ToIdentifier() ?? customer.Gln?.ToIdentifier(), // BT-46
            LegalRegistrationId = customer.Siren?.ToIdentifier(), // BT-47: the customer SIREN French mention
            VatId = customer.VatNumber?.Value, // BT-48
            ElectronicAddress = ElectronicAddressOf(customer.ElectronicAddress, customer.Siren, customer.InvoiceEmailAddress), // BT-49
            Address = customer.BillingAddress, // BG-8
            Contact = billingContact?.Contact, // BG-9
        };
    }

    /// <summary>A draft for one customer with the given lines, the tenant's mentions and the customer's payment terms.</summary>
    public static InvoiceDraft Compose(
        LegalEntity seller,
        Party customer,
        IEnumerable<InvoiceLineDraft> lines,
        PaymentTerms terms,
        BillingPolicy policy,
        Func<InvoiceDraftBuilder, InvoiceDraftBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(policy);

        var builder = new InvoiceDraftBuilder(ToSeller(seller), ToBuyer(customer))
            .WithBillingFramework(BillingFramework.Of(policy.OperationCategory, BillingFrameworkKind.Standard))
            .WithTreatment(TreatmentFor(customer))
            .WithPaymentTerms(terms.Describe(policy.Language));
        if (policy.VatOnDebits)
        {
            builder = builder.WithVatOnDebits();
        }

        // PMT, PMD and AAB each appear exactly once (BR-FR); the 40 EUR indemnity itself applies to business customers only.
        builder = builder.WithFrenchPaymentNotes(
            LegalMentions.LatePenalties(policy.LatePenaltyRatePercent, policy.LatePenaltyBasis, policy.Language),
            LegalMentions.EarlyPaymentDiscount(terms, policy.Language),
            customer.IsBusiness ? LegalMentions.RecoveryIndemnity(policy.Language) : IndemnityNotApplicable(policy.Language));

        if (customer.DeliveryAddress is { } deliveryAddress && deliveryAddress != customer.BillingAddress)
        {
            builder = builder.WithDelivery(new Delivery { DeliverToName = customer.LegalName, Address = deliveryAddress }); // BG-13, BG-15
        }

        if (seller.BankAccount is { } account)
        {
            builder = builder.WithPaymentInstructions(PaymentInstructions.BySepaCreditTransfer(
                account.Iban.Value, account.Bic?.Value, account.AccountHolder ?? seller.LegalName)); // BG-16, BG-17
        }

        foreach (var line in lines)
        {
            builder = builder.AddLine(line);
        }

        return (configure is null ? builder : configure(builder)).Build();
    }

    /// <summary>
    /// The draft for one period of a recurring contract: one line per charge with its service period (BG-26), the
    /// invoicing period (BG-14), the contract (BT-12), purchase-order (BT-13) and buyer (BT-10) references.
    /// </summary>
    public static InvoiceDraft ForContractPeriod(
        LegalEntity seller,
        Party customer,
        RecurringContract contract,
        BillingPeriod period,
        IReadOnlyList<ChargeLine> charges,
        BillingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(charges);
        var lines = charges.Select((charge, index) => ToLine(charge, index + 1));
        return Compose(seller, customer, lines, contract.PaymentTerms, policy, builder =>
        {
            builder = builder
                .WithCurrency(contract.Currency)
                .WithContractReference(contract.Id.ToString())
                .WithInvoicingPeriod(period.Start, period.End);
            if (contract.PurchaseOrderReference is { } order)
            {
                builder = builder.WithPurchaseOrderReference(order);
            }

            return contract.BuyerReference is { } reference ? builder.WithBuyerReference(reference) : builder;
        });
    }

    /// <summary>
    /// What only the issue date decides: the due date (BT-9) and, for several instalments, the payment schedule;
    /// and the remittance information (BT-83) a payer quotes, an ISO 11649 creditor reference built from the number.
    /// </summary>
    public static InvoiceDraft ApplyIssueTerms(InvoiceDraft draft, PaymentTerms terms, DateOnly issueDate, string invoiceNumber)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(terms);
        // Only a schedule of several parts needs the amount due; simple terms need the date alone, which spares a
        // full calculation per invoice on the bill-run path (Issue calculates the totals anyway).
        IReadOnlyList<Instalment> schedule = terms is PaymentTerms.InstalmentSchedule
            ? terms.Schedule(issueDate, Math.Max(0m, draft.Calculate().Totals.AmountDueForPayment))
            : [];
        var remittance = CreditorReference.Create(new string(invoiceNumber.Where(char.IsAsciiLetterOrDigit).ToArray()));
        return draft with
        {
            DueDate = schedule.Count > 0 ? schedule[0].DueDate : terms.DueDate(issueDate), // BT-9
            PaymentSchedule = schedule.Count > 1 ? schedule : [],
            PaymentInstructions = draft.PaymentInstructions is { } instructions && remittance.Success
                ? instructions with { RemittanceInformation = remittance.Value.Value }
                : draft.PaymentInstructions,
        };
    }

    /// <summary>BG-25 from one contract charge: quantity (prorated when needed), unit price, VAT and service period.</summary>
    public static InvoiceLineDraft ToLine(ChargeLine charge, int position)
    {
        ArgumentNullException.ThrowIfNull(charge);
        var vat = new VatTreatment(charge.VatCategory, charge.VatRate ?? (charge.VatCategory == Tax.VatCategory.OutsideScope ? null : 0m));
        return InvoiceLineDraft.Create(charge.Description, charge.Quantity, charge.UnitPrice, vat, charge.UnitCode) with
        {
            Id = position.ToString(System.Globalization.CultureInfo.InvariantCulture), // BT-126
            Period = new Period(charge.ServiceStart, charge.ServiceEnd), // BG-26
        };
    }

    private static string IndemnityNotApplicable(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
        ? "Indemnité forfaitaire pour frais de recouvrement : non applicable (client non professionnel)."
        : "Fixed recovery indemnity: not applicable (consumer customer).";

    private static InvoiceTreatment TreatmentFor(Party customer) =>
        !customer.IsBusiness ? InvoiceTreatment.B2C
        : customer.BillingAddress.CountryCode == "FR" ? InvoiceTreatment.B2B
        : InvoiceTreatment.B2BInternational;

    // BT-34 / BT-49 are mandatory in France: the declared Peppol address, else the SIREN on scheme 0225, else email.
    private static Identifier? ElectronicAddressOf(PeppolParticipantId? declared, Siren? siren, string? email) =>
        declared?.ToIdentifier()
        ?? (siren is { } s ? new Identifier(s.Value, SchemeIds.FrenchElectronicAddress) : null)
        ?? (email is { } e ? new Identifier(e, SchemeIds.Email) : null);
}
