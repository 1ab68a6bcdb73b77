using System.Xml.Linq;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using static Encaisse.EInvoicing.Bindings.XmlRead;

namespace Encaisse.EInvoicing.Bindings.Ubl;

/// <summary>
/// Reads a UBL 2.1 Invoice or CreditNote into the model, as stated (amounts are taken as written), following the
/// EN 16931 UBL binding. What the model has no member for is ignored; a missing mandatory term of the model or an
/// unparseable value throws <see cref="EInvoiceReadException"/> with a one-line message.
/// </summary>
internal static class UblReader
{
    private static readonly XNamespace Cac = UblWriter.CacNs;
    private static readonly XNamespace Cbc = UblWriter.CbcNs;

    private static readonly XName CustomizationId = Cbc + "CustomizationID";
    private static readonly XName ProfileId = Cbc + "ProfileID";
    private static readonly XName Id = Cbc + "ID";
    private static readonly XName IssueDate = Cbc + "IssueDate";
    private static readonly XName DueDate = Cbc + "DueDate";
    private static readonly XName InvoiceTypeCode = Cbc + "InvoiceTypeCode";
    private static readonly XName CreditNoteTypeCode = Cbc + "CreditNoteTypeCode";
    private static readonly XName Note = Cbc + "Note";
    private static readonly XName TaxPointDate = Cbc + "TaxPointDate";
    private static readonly XName DocumentCurrencyCode = Cbc + "DocumentCurrencyCode";
    private static readonly XName TaxCurrencyCode = Cbc + "TaxCurrencyCode";
    private static readonly XName AccountingCost = Cbc + "AccountingCost";
    private static readonly XName BuyerReference = Cbc + "BuyerReference";
    private static readonly XName InvoicePeriod = Cac + "InvoicePeriod";
    private static readonly XName StartDate = Cbc + "StartDate";
    private static readonly XName EndDate = Cbc + "EndDate";
    private static readonly XName DescriptionCode = Cbc + "DescriptionCode";
    private static readonly XName OrderReference = Cac + "OrderReference";
    private static readonly XName SalesOrderId = Cbc + "SalesOrderID";
    private static readonly XName BillingReference = Cac + "BillingReference";
    private static readonly XName InvoiceDocumentReference = Cac + "InvoiceDocumentReference";
    private static readonly XName DespatchDocumentReference = Cac + "DespatchDocumentReference";
    private static readonly XName ReceiptDocumentReference = Cac + "ReceiptDocumentReference";
    private static readonly XName OriginatorDocumentReference = Cac + "OriginatorDocumentReference";
    private static readonly XName ContractDocumentReference = Cac + "ContractDocumentReference";
    private static readonly XName AdditionalDocumentReference = Cac + "AdditionalDocumentReference";
    private static readonly XName ProjectReference = Cac + "ProjectReference";
    private static readonly XName DocumentTypeCode = Cbc + "DocumentTypeCode";
    private static readonly XName DocumentDescription = Cbc + "DocumentDescription";
    private static readonly XName Attachment = Cac + "Attachment";
    private static readonly XName EmbeddedDocumentBinaryObject = Cbc + "EmbeddedDocumentBinaryObject";
    private static readonly XName ExternalReference = Cac + "ExternalReference";
    private static readonly XName Uri = Cbc + "URI";
    private static readonly XName AccountingSupplierParty = Cac + "AccountingSupplierParty";
    private static readonly XName AccountingCustomerParty = Cac + "AccountingCustomerParty";
    private static readonly XName PayeeParty = Cac + "PayeeParty";
    private static readonly XName TaxRepresentativeParty = Cac + "TaxRepresentativeParty";
    private static readonly XName Party = Cac + "Party";
    private static readonly XName EndpointId = Cbc + "EndpointID";
    private static readonly XName PartyIdentification = Cac + "PartyIdentification";
    private static readonly XName PartyName = Cac + "PartyName";
    private static readonly XName Name = Cbc + "Name";
    private static readonly XName PostalAddress = Cac + "PostalAddress";
    private static readonly XName PartyTaxScheme = Cac + "PartyTaxScheme";
    private static readonly XName CompanyId = Cbc + "CompanyID";
    private static readonly XName TaxScheme = Cac + "TaxScheme";
    private static readonly XName PartyLegalEntity = Cac + "PartyLegalEntity";
    private static readonly XName RegistrationName = Cbc + "RegistrationName";
    private static readonly XName CompanyLegalForm = Cbc + "CompanyLegalForm";
    private static readonly XName Contact = Cac + "Contact";
    private static readonly XName Telephone = Cbc + "Telephone";
    private static readonly XName ElectronicMail = Cbc + "ElectronicMail";
    private static readonly XName StreetName = Cbc + "StreetName";
    private static readonly XName AdditionalStreetName = Cbc + "AdditionalStreetName";
    private static readonly XName CityName = Cbc + "CityName";
    private static readonly XName PostalZone = Cbc + "PostalZone";
    private static readonly XName CountrySubentity = Cbc + "CountrySubentity";
    private static readonly XName AddressLine = Cac + "AddressLine";
    private static readonly XName Line = Cbc + "Line";
    private static readonly XName Country = Cac + "Country";
    private static readonly XName IdentificationCode = Cbc + "IdentificationCode";
    private static readonly XName Delivery = Cac + "Delivery";
    private static readonly XName ActualDeliveryDate = Cbc + "ActualDeliveryDate";
    private static readonly XName DeliveryLocation = Cac + "DeliveryLocation";
    private static readonly XName Address = Cac + "Address";
    private static readonly XName DeliveryParty = Cac + "DeliveryParty";
    private static readonly XName PaymentMeans = Cac + "PaymentMeans";
    private static readonly XName PaymentMeansCode = Cbc + "PaymentMeansCode";
    private static readonly XName PaymentDueDate = Cbc + "PaymentDueDate";
    private static readonly XName PaymentId = Cbc + "PaymentID";
    private static readonly XName CardAccount = Cac + "CardAccount";
    private static readonly XName PrimaryAccountNumberId = Cbc + "PrimaryAccountNumberID";
    private static readonly XName HolderName = Cbc + "HolderName";
    private static readonly XName PayeeFinancialAccount = Cac + "PayeeFinancialAccount";
    private static readonly XName FinancialInstitutionBranch = Cac + "FinancialInstitutionBranch";
    private static readonly XName PaymentMandate = Cac + "PaymentMandate";
    private static readonly XName PayerFinancialAccount = Cac + "PayerFinancialAccount";
    private static readonly XName PaymentTerms = Cac + "PaymentTerms";
    private static readonly XName AllowanceCharge = Cac + "AllowanceCharge";
    private static readonly XName ChargeIndicator = Cbc + "ChargeIndicator";
    private static readonly XName AllowanceChargeReasonCode = Cbc + "AllowanceChargeReasonCode";
    private static readonly XName AllowanceChargeReason = Cbc + "AllowanceChargeReason";
    private static readonly XName MultiplierFactorNumeric = Cbc + "MultiplierFactorNumeric";
    private static readonly XName Amount = Cbc + "Amount";
    private static readonly XName BaseAmount = Cbc + "BaseAmount";
    private static readonly XName TaxCategory = Cac + "TaxCategory";
    private static readonly XName Percent = Cbc + "Percent";
    private static readonly XName TaxTotal = Cac + "TaxTotal";
    private static readonly XName TaxAmount = Cbc + "TaxAmount";
    private static readonly XName TaxSubtotal = Cac + "TaxSubtotal";
    private static readonly XName TaxableAmount = Cbc + "TaxableAmount";
    private static readonly XName TaxExemptionReasonCode = Cbc + "TaxExemptionReasonCode";
    private static readonly XName TaxExemptionReason = Cbc + "TaxExemptionReason";
    private static readonly XName LegalMonetaryTotal = Cac + "LegalMonetaryTotal";
    private static readonly XName LineExtensionAmount = Cbc + "LineExtensionAmount";
    private static readonly XName TaxExclusiveAmount = Cbc + "TaxExclusiveAmount";
    private static readonly XName TaxInclusiveAmount = Cbc + "TaxInclusiveAmount";
    private static readonly XName AllowanceTotalAmount = Cbc + "AllowanceTotalAmount";
    private static readonly XName ChargeTotalAmount = Cbc + "ChargeTotalAmount";
    private static readonly XName PrepaidAmount = Cbc + "PrepaidAmount";
    private static readonly XName PayableRoundingAmount = Cbc + "PayableRoundingAmount";
    private static readonly XName PayableAmount = Cbc + "PayableAmount";
    private static readonly XName InvoiceLine = Cac + "InvoiceLine";
    private static readonly XName CreditNoteLine = Cac + "CreditNoteLine";
    private static readonly XName InvoicedQuantity = Cbc + "InvoicedQuantity";
    private static readonly XName CreditedQuantity = Cbc + "CreditedQuantity";
    private static readonly XName OrderLineReference = Cac + "OrderLineReference";
    private static readonly XName LineId = Cbc + "LineID";
    private static readonly XName DocumentReference = Cac + "DocumentReference";
    private static readonly XName Item = Cac + "Item";
    private static readonly XName Description = Cbc + "Description";
    private static readonly XName BuyersItemIdentification = Cac + "BuyersItemIdentification";
    private static readonly XName SellersItemIdentification = Cac + "SellersItemIdentification";
    private static readonly XName StandardItemIdentification = Cac + "StandardItemIdentification";
    private static readonly XName OriginCountry = Cac + "OriginCountry";
    private static readonly XName CommodityClassification = Cac + "CommodityClassification";
    private static readonly XName ItemClassificationCode = Cbc + "ItemClassificationCode";
    private static readonly XName ClassifiedTaxCategory = Cac + "ClassifiedTaxCategory";
    private static readonly XName AdditionalItemProperty = Cac + "AdditionalItemProperty";
    private static readonly XName Value = Cbc + "Value";
    private static readonly XName Price = Cac + "Price";
    private static readonly XName PriceAmount = Cbc + "PriceAmount";
    private static readonly XName BaseQuantity = Cbc + "BaseQuantity";

    public static Invoice Read(XElement root)
    {
        var creditNote = root.Name.LocalName == "CreditNote";
        var currency = Code(root.Element(DocumentCurrencyCode)) is { } currencyText
            ? BindingValues.ParseCurrency(currencyText, "BT-5 invoice currency code")
            : throw Missing("BT-5 invoice currency code (cbc:DocumentCurrencyCode)");
        CurrencyCode? accountingCurrency = Code(root.Element(TaxCurrencyCode)) is { } taxCurrency
            ? BindingValues.ParseCurrency(taxCurrency, "BT-6 VAT accounting currency code")
            : null;

        var period = root.Element(InvoicePeriod);
        VatPointDateCode? vatPointDateCode = null;
        if (Code(period.Child(DescriptionCode)) is { } pointCode)
        {
            vatPointDateCode = VatPointDateCodes.TryParseUntdid2005(pointCode, out var parsed)
                ? parsed
                : throw new EInvoiceReadException($"BT-8 VAT point date code '{pointCode}' is not a UNTDID 2005 code (3, 35, 432).");
        }

        string? purchaseOrder = null, salesOrder = null;
        if (root.Element(OrderReference) is { } order)
        {
            salesOrder = Code(order.Element(SalesOrderId));
            purchaseOrder = Code(order.Element(Id));
            if (purchaseOrder == "NA" && salesOrder is not null)
            {
                purchaseOrder = null; // the placeholder UBL needs when only BT-14 is known
            }
        }

        string? projectReference = Code(root.Child(ProjectReference, Id));
        Identifier? invoicedObject = null;
        var supportingDocuments = new List<SupportingDocument>();
        foreach (var reference in root.Elements(AdditionalDocumentReference))
        {
            var typeCode = Code(reference.Element(DocumentTypeCode));
            if (typeCode == UblWriter.InvoicedObjectTypeCode && invoicedObject is null)
            {
                invoicedObject = XmlRead.Id(reference.Element(Id));
            }
            else if (typeCode == UblWriter.ProjectTypeCode && projectReference is null)
            {
                projectReference = Code(reference.Element(Id));
            }
            else
            {
                supportingDocuments.Add(ReadSupportingDocument(reference));
            }
        }

        var preceding = new List<PrecedingInvoiceReference>();
        foreach (var billing in root.Elements(BillingReference))
        {
            if (billing.Element(InvoiceDocumentReference) is { } document)
            {
                preceding.Add(new PrecedingInvoiceReference(
                    Code(document.Element(Id)) ?? throw Missing("BT-25 preceding invoice reference"),
                    IsoDate(document.Element(IssueDate), "BT-26 preceding invoice issue date")));
            }
        }

        var payment = ReadPaymentInstructions(root, out var creditNoteDueDate);
        var supplier = root.Child(AccountingSupplierParty, Party) ?? throw Missing("BG-4 seller (cac:AccountingSupplierParty)");
        var payeeElement = root.Element(PayeeParty);
        var creditorId = TakeSepaId(payeeElement, out var payeeSepa) ?? TakeSepaId(supplier, out _);
        var sellerSepa = payeeSepa is null ? creditorId : null;
        if (payment is not null && creditorId is not null)
        {
            payment = payment with { DirectDebit = (payment.DirectDebit ?? new DirectDebit(null, null, null)) with { CreditorId = creditorId } };
        }
        else
        {
            // Without payment instructions BT-90 has no place in the model: keep it as the identifier it was written as.
            sellerSepa = null;
            payeeSepa = null;
        }

        var (notes, terms) = (ReadNotes(root), ReadPaymentTerms(root));
        var lines = new List<InvoiceLine>();
        foreach (var line in root.Elements(creditNote ? CreditNoteLine : InvoiceLine))
        {
            lines.Add(ReadLine(line, creditNote));
        }

        var (allowances, charges) = ReadDocumentAllowancesAndCharges(root);
        var (totalVat, breakdown, vatInAccountingCurrency) = ReadTaxTotals(root, currency, accountingCurrency);

        return new Invoice
        {
            Number = Code(root.Element(Id)) ?? throw Missing("BT-1 invoice number (cbc:ID)"),
            IssueDate = IsoDate(root.Element(IssueDate), "BT-2 invoice issue date") ?? throw Missing("BT-2 invoice issue date (cbc:IssueDate)"),
            TypeCode = Code(root.Element(creditNote ? CreditNoteTypeCode : InvoiceTypeCode)) is { } type
                ? BindingValues.ParseTypeCode(type)
                : creditNote ? Domain.Invoicing.InvoiceTypeCode.CreditNote : Domain.Invoicing.InvoiceTypeCode.CommercialInvoice,
            Currency = currency,
            VatAccountingCurrency = accountingCurrency,
            TaxPointDate = IsoDate(root.Element(TaxPointDate), "BT-7 VAT point date"),
            VatPointDateCode = vatPointDateCode,
            DueDate = IsoDate(root.Element(DueDate), "BT-9 payment due date") ?? creditNoteDueDate,
            BuyerReference = Code(root.Element(BuyerReference)),
            ProjectReference = projectReference,
            ContractReference = Code(root.Child(ContractDocumentReference, Id)),
            PurchaseOrderReference = purchaseOrder,
            SalesOrderReference = salesOrder,
            ReceivingAdviceReference = Code(root.Child(ReceiptDocumentReference, Id)),
            DespatchAdviceReference = Code(root.Child(DespatchDocumentReference, Id)),
            TenderOrLotReference = Code(root.Child(OriginatorDocumentReference, Id)),
            InvoicedObjectIdentifier = invoicedObject,
            BuyerAccountingReference = Code(root.Element(AccountingCost)),
            PaymentTerms = terms,
            Notes = notes,
            BusinessProcessType = Code(root.Element(ProfileId)),
            SpecificationIdentifier = Code(root.Element(CustomizationId)) ?? InvoiceContent.En16931SpecificationIdentifier,
            PrecedingInvoices = preceding,
            Seller = ReadSeller(supplier, sellerSepa),
            Buyer = ReadBuyer(root.Child(AccountingCustomerParty, Party) ?? throw Missing("BG-7 buyer (cac:AccountingCustomerParty)")),
            Payee = ReadPayee(payeeElement, payeeSepa),
            TaxRepresentative = ReadTaxRepresentative(root.Element(TaxRepresentativeParty)),
            Delivery = ReadDelivery(root.Element(Delivery)),
            InvoicingPeriod = ReadPeriod(period, "BG-14 invoicing period"),
            PaymentInstructions = payment,
            SupportingDocuments = supportingDocuments,
            Lines = lines,
            Allowances = allowances,
            Charges = charges,
            VatBreakdown = breakdown,
            Totals = ReadTotals(root.Element(LegalMonetaryTotal) ?? throw Missing("BG-22 document totals (cac:LegalMonetaryTotal)"),
                totalVat, vatInAccountingCurrency),
        };
    }

    private static List<InvoiceNote> ReadNotes(XElement root)
    {
        var notes = new List<InvoiceNote>();
        foreach (var element in root.Elements(Note))
        {
            if (Text(element) is { } text)
            {
                notes.Add(ParseNote(text));
            }
        }

        return notes;
    }

    /// <summary>BT-21 travels in UBL as a "#CODE#" prefix of the note text (the convention of XRechnung and the French CIUS).</summary>
    internal static InvoiceNote ParseNote(string text) =>
        text.Length >= 5 && text[0] == '#' && text[4] == '#'
            && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]) && char.IsAsciiLetterUpper(text[3])
            ? new InvoiceNote(text[5..], text.Substring(1, 3))
            : new InvoiceNote(text);

    private static string? ReadPaymentTerms(XElement root)
    {
        string? terms = null;
        foreach (var element in root.Elements(PaymentTerms))
        {
            foreach (var note in element.Elements(Note))
            {
                if (Text(note) is { } text)
                {
                    terms = terms is null ? text : terms + "\n" + text;
                }
            }
        }

        return terms;
    }

    private static SupportingDocument ReadSupportingDocument(XElement reference)
    {
        var attachment = reference.Element(Attachment);
        AttachedObject? attached = null;
        if (attachment?.Element(EmbeddedDocumentBinaryObject) is { } binary)
        {
            byte[] content;
            try
            {
                content = Convert.FromBase64String(binary.Value);
            }
            catch (FormatException)
            {
                throw new EInvoiceReadException("BT-125 attached document is not valid base64.");
            }

            attached = new AttachedObject
            {
                Content = content,
                MimeCode = Attribute(binary, MimeCode) ?? throw Missing("BT-125-1 attached document MIME code"),
                FileName = Attribute(binary, FileName) ?? throw Missing("BT-125-2 attached document filename"),
            };
        }

        return new SupportingDocument
        {
            Reference = Code(reference.Element(Id)) ?? throw Missing("BT-122 supporting document reference"),
            Description = Text(reference.Element(DocumentDescription)),
            ExternalLocation = Code(attachment.Child(ExternalReference, Uri)),
            Attachment = attached,
        };
    }

    /// <summary>Removes and returns the first SEPA creditor identifier (BT-90) of a party.</summary>
    private static string? TakeSepaId(XElement? party, out string? taken)
    {
        taken = null;
        if (party is null)
        {
            return null;
        }

        foreach (var identification in party.Elements(PartyIdentification))
        {
            if (identification.Element(Id) is { } id && Attribute(id, SchemeId) == UblWriter.SepaScheme && Code(id) is { } value)
            {
                taken = value;
                return value;
            }
        }

        return null;
    }

    private static Seller ReadSeller(XElement party, string? sepaToSkip)
    {
        var identifiers = new List<Identifier>();
        var skipped = sepaToSkip is null;
        foreach (var identification in party.Elements(PartyIdentification))
        {
            if (XmlRead.Id(identification.Element(Id)) is { } id)
            {
                if (!skipped && id.SchemeId == UblWriter.SepaScheme && id.Value == sepaToSkip)
                {
                    skipped = true;
                    continue;
                }

                identifiers.Add(id);
            }
        }

        var legal = party.Element(PartyLegalEntity);
        var (vatId, taxRegistration) = ReadTaxSchemes(party);
        return new Seller
        {
            Name = Text(legal.Child(RegistrationName)) ?? Text(party.Child(PartyName, Name)) ?? throw Missing("BT-27 seller name"),
            TradingName = Text(legal.Child(RegistrationName)) is null ? null : Text(party.Child(PartyName, Name)),
            Identifiers = identifiers,
            LegalRegistrationId = XmlRead.Id(legal.Child(CompanyId)),
            VatId = vatId,
            TaxRegistrationId = taxRegistration,
            AdditionalLegalInformation = Text(legal.Child(CompanyLegalForm)),
            ElectronicAddress = XmlRead.Id(party.Element(EndpointId)),
            Address = ReadAddress(party.Element(PostalAddress), "BG-5 seller postal address"),
            Contact = ReadContact(party.Element(Contact)),
        };
    }

    private static Buyer ReadBuyer(XElement party)
    {
        var legal = party.Element(PartyLegalEntity);
        return new Buyer
        {
            Name = Text(legal.Child(RegistrationName)) ?? Text(party.Child(PartyName, Name)) ?? throw Missing("BT-44 buyer name"),
            TradingName = Text(legal.Child(RegistrationName)) is null ? null : Text(party.Child(PartyName, Name)),
            Identifier = XmlRead.Id(party.Child(PartyIdentification, Id)),
            LegalRegistrationId = XmlRead.Id(legal.Child(CompanyId)),
            VatId = ReadTaxSchemes(party).VatId,
            ElectronicAddress = XmlRead.Id(party.Element(EndpointId)),
            Address = ReadAddress(party.Element(PostalAddress), "BG-8 buyer postal address"),
            Contact = ReadContact(party.Element(Contact)),
        };
    }

    private static (string? VatId, string? Other) ReadTaxSchemes(XElement party)
    {
        string? vat = null, other = null;
        foreach (var scheme in party.Elements(PartyTaxScheme))
        {
            var companyId = Code(scheme.Element(CompanyId));
            if (companyId is null)
            {
                continue;
            }

            if (Code(scheme.Child(TaxScheme, Id)) == BindingValues.Vat)
            {
                vat ??= companyId;
            }
            else
            {
                other ??= companyId;
            }
        }

        return (vat, other);
    }

    private static Payee? ReadPayee(XElement? party, string? sepaToSkip)
    {
        if (party is null)
        {
            return null;
        }

        Identifier? identifier = null;
        foreach (var identification in party.Elements(PartyIdentification))
        {
            if (XmlRead.Id(identification.Element(Id)) is { } id && !(id.SchemeId == UblWriter.SepaScheme && id.Value == sepaToSkip))
            {
                identifier = id;
                break;
            }
        }

        return new Payee
        {
            Name = Text(party.Child(PartyName, Name)) ?? Text(party.Child(PartyLegalEntity, RegistrationName)) ?? throw Missing("BT-59 payee name"),
            Identifier = identifier,
            LegalRegistrationId = XmlRead.Id(party.Child(PartyLegalEntity, CompanyId)),
        };
    }

    private static TaxRepresentative? ReadTaxRepresentative(XElement? party) => party is null
        ? null
        : new TaxRepresentative
        {
            Name = Text(party.Child(PartyName, Name)) ?? throw Missing("BT-62 seller tax representative name"),
            VatId = ReadTaxSchemes(party).VatId,
            Address = ReadAddress(party.Element(PostalAddress), "BG-12 tax representative postal address"),
        };

    private static Delivery? ReadDelivery(XElement? delivery)
    {
        if (delivery is null)
        {
            return null;
        }

        var location = delivery.Element(DeliveryLocation);
        var result = new Delivery
        {
            DeliverToName = Text(delivery.Child(DeliveryParty, PartyName, Name)),
            LocationId = XmlRead.Id(location.Child(Id)),
            ActualDeliveryDate = IsoDate(delivery.Element(ActualDeliveryDate), "BT-72 actual delivery date"),
            Address = ReadAddress(location.Child(Address), "BG-15 deliver to address"),
        };
        return Empty.Of(result);
    }

    private static PaymentInstructions? ReadPaymentInstructions(XElement root, out DateOnly? dueDate)
    {
        dueDate = null;
        PaymentInstructions? result = null;
        var transfers = new List<CreditTransfer>();
        foreach (var means in root.Elements(PaymentMeans))
        {
            dueDate ??= IsoDate(means.Element(PaymentDueDate), "BT-9 payment due date");
            if (means.Element(PayeeFinancialAccount) is { } account)
            {
                transfers.Add(new CreditTransfer(
                    Code(account.Element(Id)) ?? throw Missing("BT-84 payment account identifier"),
                    Text(account.Element(Name)),
                    Code(account.Child(FinancialInstitutionBranch, Id))));
            }

            if (result is not null)
            {
                continue;
            }

            var code = means.Element(PaymentMeansCode);
            var card = means.Element(CardAccount);
            var mandate = means.Element(PaymentMandate);
            result = new PaymentInstructions
            {
                MeansCode = Code(code) ?? throw Missing("BT-81 payment means type code"),
                MeansText = code is null ? null : Attribute(code, XmlRead.Name),
                RemittanceInformation = Code(means.Element(PaymentId)),
                Card = card is null
                    ? null
                    : new PaymentCard(Code(card.Element(PrimaryAccountNumberId)) ?? throw Missing("BT-87 payment card primary account number"),
                        Text(card.Element(HolderName))),
                DirectDebit = mandate is null
                    ? null
                    : new DirectDebit(Code(mandate.Element(Id)), null, Code(mandate.Child(PayerFinancialAccount, Id))),
            };
        }

        return result is null ? null : result with { CreditTransfers = transfers };
    }

    private static (List<DocumentAllowanceCharge> Allowances, List<DocumentAllowanceCharge> Charges) ReadDocumentAllowancesAndCharges(XElement root)
    {
        var allowances = new List<DocumentAllowanceCharge>();
        var charges = new List<DocumentAllowanceCharge>();
        foreach (var element in root.Elements(AllowanceCharge))
        {
            var charge = IsCharge(element);
            var term = charge ? "BG-21 document level charge" : "BG-20 document level allowance";
            var category = element.Element(TaxCategory);
            var item = new DocumentAllowanceCharge
            {
                Amount = RequiredDecimal(element.Element(Amount), term + " amount"),
                BaseAmount = XmlRead.Decimal(element.Element(BaseAmount), term + " base amount"),
                Percentage = XmlRead.Decimal(element.Element(MultiplierFactorNumeric), term + " percentage"),
                Vat = new VatTreatment(
                    BindingValues.ParseVatCategory(Code(category.Child(Id)), term + " VAT category"),
                    XmlRead.Decimal(category.Child(Percent), term + " VAT rate")),
                Reason = Text(element.Element(AllowanceChargeReason)),
                ReasonCode = Code(element.Element(AllowanceChargeReasonCode)),
            };
            (charge ? charges : allowances).Add(item);
        }

        return (allowances, charges);
    }

    private static bool IsCharge(XElement element) => Code(element.Element(ChargeIndicator)) switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        var other => throw new EInvoiceReadException($"Allowance or charge indicator '{other}' is not true or false."),
    };

    private static (decimal TotalVat, List<VatBreakdown> Breakdown, decimal? InAccountingCurrency) ReadTaxTotals(
        XElement root, CurrencyCode currency, CurrencyCode? accountingCurrency)
    {
        decimal? total = null, inAccounting = null;
        var breakdown = new List<VatBreakdown>();
        foreach (var taxTotal in root.Elements(TaxTotal))
        {
            var amountElement = taxTotal.Element(TaxAmount);
            var amountCurrency = amountElement is null ? null : Attribute(amountElement, CurrencyId);
            var isAccounting = accountingCurrency is { } other && other != currency && amountCurrency == other.Code
                && !taxTotal.Elements(TaxSubtotal).Any();
            if (isAccounting)
            {
                inAccounting ??= XmlRead.Decimal(amountElement, "BT-111 total VAT amount in accounting currency");
                continue;
            }

            if (total is not null)
            {
                continue;
            }

            total = RequiredDecimal(amountElement, "BT-110 invoice total VAT amount");
            foreach (var subtotal in taxTotal.Elements(TaxSubtotal))
            {
                var category = subtotal.Element(TaxCategory);
                breakdown.Add(new VatBreakdown
                {
                    TaxableAmount = RequiredDecimal(subtotal.Element(TaxableAmount), "BT-116 VAT category taxable amount"),
                    TaxAmount = RequiredDecimal(subtotal.Element(TaxAmount), "BT-117 VAT category tax amount"),
                    Vat = new VatTreatment(
                        BindingValues.ParseVatCategory(Code(category.Child(Id)), "BT-118 VAT category code"),
                        XmlRead.Decimal(category.Child(Percent), "BT-119 VAT category rate")),
                    ExemptionReason = Text(category.Child(TaxExemptionReason)),
                    ExemptionReasonCode = Code(category.Child(TaxExemptionReasonCode)),
                });
            }
        }

        // EN 16931 lets BT-110 be absent (no VAT at all); the model holds it as zero.
        return (total ?? 0m, breakdown, inAccounting);
    }

    private static DocumentTotals ReadTotals(XElement totals, decimal totalVat, decimal? inAccountingCurrency)
    {
        var withoutVat = RequiredDecimal(totals.Element(TaxExclusiveAmount), "BT-109 invoice total amount without VAT");
        var allowances = XmlRead.Decimal(totals.Element(AllowanceTotalAmount), "BT-107 sum of allowances");
        var charges = XmlRead.Decimal(totals.Element(ChargeTotalAmount), "BT-108 sum of charges");
        return new DocumentTotals
        {
            // BT-106 is mandatory in EN 16931; when a document omits it, it is what BT-109 implies.
            SumOfLineNetAmounts = XmlRead.Decimal(totals.Element(LineExtensionAmount), "BT-106 sum of invoice line net amounts")
                ?? withoutVat + (allowances ?? 0m) - (charges ?? 0m),
            SumOfAllowances = allowances,
            SumOfCharges = charges,
            TotalWithoutVat = withoutVat,
            TotalVat = totalVat,
            TotalVatInAccountingCurrency = inAccountingCurrency,
            TotalWithVat = RequiredDecimal(totals.Element(TaxInclusiveAmount), "BT-112 invoice total amount with VAT"),
            PaidAmount = XmlRead.Decimal(totals.Element(PrepaidAmount), "BT-113 paid amount"),
            RoundingAmount = XmlRead.Decimal(totals.Element(PayableRoundingAmount), "BT-114 rounding amount"),
            AmountDueForPayment = RequiredDecimal(totals.Element(PayableAmount), "BT-115 amount due for payment"),
        };
    }

    private static InvoiceLine ReadLine(XElement line, bool creditNote)
    {
        var id = Code(line.Element(Id)) ?? throw Missing("BT-126 invoice line identifier");
        var where = $" (line {id})";
        var quantity = line.Element(creditNote ? CreditedQuantity : InvoicedQuantity) ?? throw Missing("BT-129 invoiced quantity" + where);
        var item = line.Element(Item) ?? throw Missing("BG-31 item information" + where);
        var taxCategory = item.Element(ClassifiedTaxCategory) ?? throw Missing("BG-30 line VAT information" + where);
        var price = line.Element(Price) ?? throw Missing("BG-29 price details" + where);

        var allowances = new List<AllowanceCharge>();
        var charges = new List<AllowanceCharge>();
        foreach (var element in line.Elements(AllowanceCharge))
        {
            var charge = IsCharge(element);
            var term = (charge ? "BG-28 line charge" : "BG-27 line allowance") + where;
            (charge ? charges : allowances).Add(new AllowanceCharge
            {
                Amount = RequiredDecimal(element.Element(Amount), term + " amount"),
                BaseAmount = XmlRead.Decimal(element.Element(BaseAmount), term + " base amount"),
                Percentage = XmlRead.Decimal(element.Element(MultiplierFactorNumeric), term + " percentage"),
                Reason = Text(element.Element(AllowanceChargeReason)),
                ReasonCode = Code(element.Element(AllowanceChargeReasonCode)),
            });
        }

        Identifier? objectId = null;
        foreach (var reference in line.Elements(DocumentReference))
        {
            if (Code(reference.Element(DocumentTypeCode)) == UblWriter.InvoicedObjectTypeCode)
            {
                objectId = XmlRead.Id(reference.Element(Id));
                break;
            }
        }

        string? note = null;
        foreach (var element in line.Elements(Note))
        {
            if (Text(element) is { } text)
            {
                note = note is null ? text : note + "\n" + text;
            }
        }

        return new InvoiceLine
        {
            Id = id,
            Note = note,
            ObjectIdentifier = objectId,
            Quantity = RequiredDecimal(quantity, "BT-129 invoiced quantity" + where),
            UnitCode = Attribute(quantity, UnitCode) ?? throw Missing("BT-130 unit of measure code" + where),
            NetAmount = RequiredDecimal(line.Element(LineExtensionAmount), "BT-131 invoice line net amount" + where),
            OrderLineReference = Code(line.Child(OrderLineReference, LineId)),
            BuyerAccountingReference = Code(line.Element(AccountingCost)),
            Period = ReadPeriod(line.Element(InvoicePeriod), "BG-26 invoice line period" + where),
            Allowances = allowances,
            Charges = charges,
            Price = ReadPrice(price, where),
            Vat = new VatTreatment(
                BindingValues.ParseVatCategory(Code(taxCategory.Element(Id)), "BT-151 invoiced item VAT category code" + where),
                XmlRead.Decimal(taxCategory.Element(Percent), "BT-152 invoiced item VAT rate" + where)),
            Item = ReadItem(item, where),
        };
    }

    private static PriceDetails ReadPrice(XElement price, string where)
    {
        var baseQuantity = price.Element(BaseQuantity);
        var baseValue = XmlRead.Decimal(baseQuantity, "BT-149 item price base quantity" + where);
        if (baseValue is <= 0m)
        {
            throw new EInvoiceReadException($"BT-149 item price base quantity{where} must be greater than zero.");
        }

        var discount = price.Element(AllowanceCharge);
        var discountAmount = XmlRead.Decimal(discount.Child(Amount), "BT-147 item price discount" + where);
        return new PriceDetails
        {
            NetPrice = RequiredDecimal(price.Element(PriceAmount), "BT-146 item net price" + where),
            // A zero discount is what UBL writes when only the gross price is known (the amount is mandatory there).
            Discount = discountAmount == 0m ? null : discountAmount,
            GrossPrice = XmlRead.Decimal(discount.Child(BaseAmount), "BT-148 item gross price" + where),
            BaseQuantity = baseValue,
            BaseQuantityUnitCode = baseQuantity is null ? null : Attribute(baseQuantity, UnitCode),
        };
    }

    private static Item ReadItem(XElement item, string where)
    {
        var classifications = new List<ItemClassification>();
        foreach (var classification in item.Elements(CommodityClassification))
        {
            if (classification.Element(ItemClassificationCode) is { } code && Code(code) is { } value)
            {
                classifications.Add(new ItemClassification(value, Attribute(code, ListId), Attribute(code, ListVersionId)));
            }
        }

        var attributes = new List<ItemAttribute>();
        foreach (var property in item.Elements(AdditionalItemProperty))
        {
            attributes.Add(new ItemAttribute(
                Text(property.Element(Name)) ?? throw Missing("BT-160 item attribute name" + where),
                Text(property.Element(Value)) ?? throw Missing("BT-161 item attribute value" + where)));
        }

        string? description = null;
        foreach (var element in item.Elements(Description))
        {
            if (Text(element) is { } text)
            {
                description = description is null ? text : description + "\n" + text;
            }
        }

        return new Item
        {
            Name = Text(item.Element(Name)) ?? throw Missing("BT-153 item name" + where),
            Description = description,
            SellerId = Code(item.Child(SellersItemIdentification, Id)),
            BuyerId = Code(item.Child(BuyersItemIdentification, Id)),
            StandardId = XmlRead.Id(item.Child(StandardItemIdentification, Id)),
            Classifications = classifications,
            OriginCountry = Code(item.Child(OriginCountry, IdentificationCode)),
            Attributes = attributes,
        };
    }

    private static Period? ReadPeriod(XElement? period, string term)
    {
        if (period is null)
        {
            return null;
        }

        var start = IsoDate(period.Element(StartDate), term + " start date");
        var end = IsoDate(period.Element(EndDate), term + " end date");
        return start is null && end is null ? null : new Period(start, end);
    }

    private static PostalAddress? ReadAddress(XElement? address, string term) => address is null
        ? null
        : new PostalAddress
        {
            Line1 = Text(address.Element(StreetName)),
            Line2 = Text(address.Element(AdditionalStreetName)),
            Line3 = Text(address.Child(AddressLine, Line)),
            City = Text(address.Element(CityName)),
            PostCode = Code(address.Element(PostalZone)),
            CountrySubdivision = Text(address.Element(CountrySubentity)),
            CountryCode = Code(address.Child(Country, IdentificationCode)) ?? throw Missing(term + " country code"),
        };

    private static Contact? ReadContact(XElement? contact) => contact is null
        ? null
        : Empty.Of(new Contact
        {
            Name = Text(contact.Element(Name)),
            Telephone = Text(contact.Element(Telephone)),
            Email = Text(contact.Element(ElectronicMail)),
        });

    private static DateOnly? IsoDate(XElement? element, string term) =>
        Code(element) is { } text ? BindingValues.ParseIsoDate(text, term) : null;
}
