using System.Xml.Linq;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using Encaisse.Domain.Terms;
using static Encaisse.EInvoicing.Bindings.XmlRead;

namespace Encaisse.EInvoicing.Bindings.Cii;

/// <summary>
/// Reads a CrossIndustryInvoice (D16B to D22B: EN 16931 CII, Factur-X and ZUGFeRD 2.x of every profile, XRechnung
/// CII) into the model, as stated, following the EN 16931 CII binding. What the model has no member for is ignored;
/// a missing mandatory term of the model or an unparseable value throws <see cref="EInvoiceReadException"/>.
/// </summary>
internal static class CiiReader
{
    private static readonly XNamespace Rsm = CiiWriter.RsmNs;
    private static readonly XNamespace Ram = CiiWriter.RamNs;
    private static readonly XNamespace Udt = CiiWriter.UdtNs;
    private static readonly XNamespace Qdt = CiiWriter.QdtNs;

    private static readonly XName ExchangedDocumentContext = Rsm + "ExchangedDocumentContext";
    private static readonly XName ExchangedDocument = Rsm + "ExchangedDocument";
    private static readonly XName SupplyChainTradeTransaction = Rsm + "SupplyChainTradeTransaction";
    private static readonly XName BusinessProcess = Ram + "BusinessProcessSpecifiedDocumentContextParameter";
    private static readonly XName Guideline = Ram + "GuidelineSpecifiedDocumentContextParameter";
    private static readonly XName Id = Ram + "ID";
    private static readonly XName GlobalId = Ram + "GlobalID";
    private static readonly XName TypeCode = Ram + "TypeCode";
    private static readonly XName IssueDateTime = Ram + "IssueDateTime";
    private static readonly XName DateTimeString = Udt + "DateTimeString";
    private static readonly XName DateString = Udt + "DateString";
    private static readonly XName QdtDateTimeString = Qdt + "DateTimeString";
    private static readonly XName IncludedNote = Ram + "IncludedNote";
    private static readonly XName Content = Ram + "Content";
    private static readonly XName SubjectCode = Ram + "SubjectCode";
    private static readonly XName LineItem = Ram + "IncludedSupplyChainTradeLineItem";
    private static readonly XName HeaderAgreement = Ram + "ApplicableHeaderTradeAgreement";
    private static readonly XName HeaderDelivery = Ram + "ApplicableHeaderTradeDelivery";
    private static readonly XName HeaderSettlement = Ram + "ApplicableHeaderTradeSettlement";
    private static readonly XName BuyerReference = Ram + "BuyerReference";
    private static readonly XName SellerTradeParty = Ram + "SellerTradeParty";
    private static readonly XName BuyerTradeParty = Ram + "BuyerTradeParty";
    private static readonly XName SellerTaxRepresentative = Ram + "SellerTaxRepresentativeTradeParty";
    private static readonly XName SellerOrder = Ram + "SellerOrderReferencedDocument";
    private static readonly XName BuyerOrder = Ram + "BuyerOrderReferencedDocument";
    private static readonly XName Contract = Ram + "ContractReferencedDocument";
    private static readonly XName AdditionalDocument = Ram + "AdditionalReferencedDocument";
    private static readonly XName Project = Ram + "SpecifiedProcuringProject";
    private static readonly XName IssuerAssignedId = Ram + "IssuerAssignedID";
    private static readonly XName UriId = Ram + "URIID";
    private static readonly XName Name = Ram + "Name";
    private static readonly XName AttachmentBinaryObject = Ram + "AttachmentBinaryObject";
    private static readonly XName ReferenceTypeCode = Ram + "ReferenceTypeCode";
    private static readonly XName FormattedIssueDateTime = Ram + "FormattedIssueDateTime";
    private static readonly XName LineId = Ram + "LineID";
    private static readonly XName Description = Ram + "Description";
    private static readonly XName LegalOrganization = Ram + "SpecifiedLegalOrganization";
    private static readonly XName TradingBusinessName = Ram + "TradingBusinessName";
    private static readonly XName Contact = Ram + "DefinedTradeContact";
    private static readonly XName PersonName = Ram + "PersonName";
    private static readonly XName DepartmentName = Ram + "DepartmentName";
    private static readonly XName Telephone = Ram + "TelephoneUniversalCommunication";
    private static readonly XName CompleteNumber = Ram + "CompleteNumber";
    private static readonly XName Email = Ram + "EmailURIUniversalCommunication";
    private static readonly XName PostalAddress = Ram + "PostalTradeAddress";
    private static readonly XName PostcodeCode = Ram + "PostcodeCode";
    private static readonly XName LineOne = Ram + "LineOne";
    private static readonly XName LineTwo = Ram + "LineTwo";
    private static readonly XName LineThree = Ram + "LineThree";
    private static readonly XName CityName = Ram + "CityName";
    private static readonly XName CountryId = Ram + "CountryID";
    private static readonly XName CountrySubDivisionName = Ram + "CountrySubDivisionName";
    private static readonly XName UriCommunication = Ram + "URIUniversalCommunication";
    private static readonly XName TaxRegistration = Ram + "SpecifiedTaxRegistration";
    private static readonly XName ShipTo = Ram + "ShipToTradeParty";
    private static readonly XName DeliveryEvent = Ram + "ActualDeliverySupplyChainEvent";
    private static readonly XName OccurrenceDateTime = Ram + "OccurrenceDateTime";
    private static readonly XName DespatchAdvice = Ram + "DespatchAdviceReferencedDocument";
    private static readonly XName ReceivingAdvice = Ram + "ReceivingAdviceReferencedDocument";
    private static readonly XName CreditorReferenceId = Ram + "CreditorReferenceID";
    private static readonly XName PaymentReference = Ram + "PaymentReference";
    private static readonly XName TaxCurrencyCode = Ram + "TaxCurrencyCode";
    private static readonly XName InvoiceCurrencyCode = Ram + "InvoiceCurrencyCode";
    private static readonly XName PayeeTradeParty = Ram + "PayeeTradeParty";
    private static readonly XName PaymentMeans = Ram + "SpecifiedTradeSettlementPaymentMeans";
    private static readonly XName Information = Ram + "Information";
    private static readonly XName FinancialCard = Ram + "ApplicableTradeSettlementFinancialCard";
    private static readonly XName CardholderName = Ram + "CardholderName";
    private static readonly XName DebtorAccount = Ram + "PayerPartyDebtorFinancialAccount";
    private static readonly XName CreditorAccount = Ram + "PayeePartyCreditorFinancialAccount";
    private static readonly XName CreditorInstitution = Ram + "PayeeSpecifiedCreditorFinancialInstitution";
    private static readonly XName IbanId = Ram + "IBANID";
    private static readonly XName AccountName = Ram + "AccountName";
    private static readonly XName ProprietaryId = Ram + "ProprietaryID";
    private static readonly XName BicId = Ram + "BICID";
    private static readonly XName TradeTax = Ram + "ApplicableTradeTax";
    private static readonly XName CalculatedAmount = Ram + "CalculatedAmount";
    private static readonly XName ExemptionReason = Ram + "ExemptionReason";
    private static readonly XName BasisAmount = Ram + "BasisAmount";
    private static readonly XName CategoryCode = Ram + "CategoryCode";
    private static readonly XName ExemptionReasonCode = Ram + "ExemptionReasonCode";
    private static readonly XName TaxPointDate = Ram + "TaxPointDate";
    private static readonly XName DueDateTypeCode = Ram + "DueDateTypeCode";
    private static readonly XName RateApplicablePercent = Ram + "RateApplicablePercent";
    private static readonly XName BillingPeriod = Ram + "BillingSpecifiedPeriod";
    private static readonly XName StartDateTime = Ram + "StartDateTime";
    private static readonly XName EndDateTime = Ram + "EndDateTime";
    private static readonly XName AllowanceCharge = Ram + "SpecifiedTradeAllowanceCharge";
    private static readonly XName ChargeIndicator = Ram + "ChargeIndicator";
    private static readonly XName Indicator = Udt + "Indicator";
    private static readonly XName CalculationPercent = Ram + "CalculationPercent";
    private static readonly XName ActualAmount = Ram + "ActualAmount";
    private static readonly XName ReasonCode = Ram + "ReasonCode";
    private static readonly XName Reason = Ram + "Reason";
    private static readonly XName CategoryTradeTax = Ram + "CategoryTradeTax";
    private static readonly XName PaymentTerms = Ram + "SpecifiedTradePaymentTerms";
    private static readonly XName DueDateDateTime = Ram + "DueDateDateTime";
    private static readonly XName MandateId = Ram + "DirectDebitMandateID";
    private static readonly XName PartialPaymentAmount = Ram + "PartialPaymentAmount";
    private static readonly XName Summation = Ram + "SpecifiedTradeSettlementHeaderMonetarySummation";
    private static readonly XName LineTotalAmount = Ram + "LineTotalAmount";
    private static readonly XName ChargeTotalAmount = Ram + "ChargeTotalAmount";
    private static readonly XName AllowanceTotalAmount = Ram + "AllowanceTotalAmount";
    private static readonly XName TaxBasisTotalAmount = Ram + "TaxBasisTotalAmount";
    private static readonly XName TaxTotalAmount = Ram + "TaxTotalAmount";
    private static readonly XName RoundingAmount = Ram + "RoundingAmount";
    private static readonly XName GrandTotalAmount = Ram + "GrandTotalAmount";
    private static readonly XName TotalPrepaidAmount = Ram + "TotalPrepaidAmount";
    private static readonly XName DuePayableAmount = Ram + "DuePayableAmount";
    private static readonly XName InvoiceReferencedDocument = Ram + "InvoiceReferencedDocument";
    private static readonly XName AccountingAccount = Ram + "ReceivableSpecifiedTradeAccountingAccount";
    private static readonly XName LineDocument = Ram + "AssociatedDocumentLineDocument";
    private static readonly XName TradeProduct = Ram + "SpecifiedTradeProduct";
    private static readonly XName SellerAssignedId = Ram + "SellerAssignedID";
    private static readonly XName BuyerAssignedId = Ram + "BuyerAssignedID";
    private static readonly XName Characteristic = Ram + "ApplicableProductCharacteristic";
    private static readonly XName Value = Ram + "Value";
    private static readonly XName Classification = Ram + "DesignatedProductClassification";
    private static readonly XName ClassCode = Ram + "ClassCode";
    private static readonly XName OriginCountry = Ram + "OriginTradeCountry";
    private static readonly XName LineAgreement = Ram + "SpecifiedLineTradeAgreement";
    private static readonly XName GrossPrice = Ram + "GrossPriceProductTradePrice";
    private static readonly XName NetPrice = Ram + "NetPriceProductTradePrice";
    private static readonly XName ChargeAmount = Ram + "ChargeAmount";
    private static readonly XName BasisQuantity = Ram + "BasisQuantity";
    private static readonly XName AppliedAllowanceCharge = Ram + "AppliedTradeAllowanceCharge";
    private static readonly XName LineDelivery = Ram + "SpecifiedLineTradeDelivery";
    private static readonly XName BilledQuantity = Ram + "BilledQuantity";
    private static readonly XName LineSettlement = Ram + "SpecifiedLineTradeSettlement";
    private static readonly XName LineSummation = Ram + "SpecifiedTradeSettlementLineMonetarySummation";

    public static Invoice Read(XElement root)
    {
        var context = root.Element(ExchangedDocumentContext);
        var document = root.Element(ExchangedDocument) ?? throw Missing("rsm:ExchangedDocument (BT-1, BT-2, BT-3)");
        var transaction = root.Element(SupplyChainTradeTransaction) ?? throw Missing("rsm:SupplyChainTradeTransaction");
        var agreement = transaction.Element(HeaderAgreement) ?? throw Missing("ram:ApplicableHeaderTradeAgreement");
        var delivery = transaction.Element(HeaderDelivery);
        var settlement = transaction.Element(HeaderSettlement) ?? throw Missing("ram:ApplicableHeaderTradeSettlement");

        var currency = Code(settlement.Element(InvoiceCurrencyCode)) is { } currencyText
            ? BindingValues.ParseCurrency(currencyText, "BT-5 invoice currency code")
            : throw Missing("BT-5 invoice currency code (ram:InvoiceCurrencyCode)");
        CurrencyCode? accountingCurrency = Code(settlement.Element(TaxCurrencyCode)) is { } taxCurrency
            ? BindingValues.ParseCurrency(taxCurrency, "BT-6 VAT accounting currency code")
            : null;

        var notes = new List<InvoiceNote>();
        foreach (var note in document.Elements(IncludedNote))
        {
            if (Text(note.Element(Content)) is { } text)
            {
                notes.Add(new InvoiceNote(text, Code(note.Element(SubjectCode))));
            }
        }

        string? tender = null;
        Identifier? invoicedObject = null;
        var supportingDocuments = new List<SupportingDocument>();
        foreach (var reference in agreement.Elements(AdditionalDocument))
        {
            switch (Code(reference.Element(TypeCode)))
            {
                case CiiWriter.TenderTypeCode when tender is null:
                    tender = Code(reference.Element(IssuerAssignedId));
                    break;
                case CiiWriter.InvoicedObjectTypeCode when invoicedObject is null:
                    invoicedObject = ReadObjectReference(reference);
                    break;
                default:
                    supportingDocuments.Add(ReadSupportingDocument(reference));
                    break;
            }
        }

        var (vatBreakdown, taxPointDate, vatPointDateCode) = ReadVatBreakdown(settlement);
        var (allowances, charges) = ReadDocumentAllowancesAndCharges(settlement);
        var (paymentTerms, dueDate, mandate, schedule) = ReadPaymentTerms(settlement);

        var preceding = new List<PrecedingInvoiceReference>();
        foreach (var reference in settlement.Elements(InvoiceReferencedDocument))
        {
            preceding.Add(new PrecedingInvoiceReference(
                Code(reference.Element(IssuerAssignedId)) ?? throw Missing("BT-25 preceding invoice reference"),
                FormattedDate(reference.Element(FormattedIssueDateTime), "BT-26 preceding invoice issue date")));
        }

        var lines = new List<InvoiceLine>();
        foreach (var line in transaction.Elements(LineItem))
        {
            lines.Add(ReadLine(line));
        }

        return new Invoice
        {
            Number = Code(document.Element(Id)) ?? throw Missing("BT-1 invoice number (ram:ID)"),
            IssueDate = DateTimeValue(document.Element(IssueDateTime), "BT-2 invoice issue date") ?? throw Missing("BT-2 invoice issue date (ram:IssueDateTime)"),
            TypeCode = BindingValues.ParseTypeCode(Code(document.Element(TypeCode))),
            Currency = currency,
            VatAccountingCurrency = accountingCurrency,
            TaxPointDate = taxPointDate,
            VatPointDateCode = vatPointDateCode,
            DueDate = dueDate,
            BuyerReference = Code(agreement.Element(BuyerReference)),
            ProjectReference = Code(agreement.Child(Project, Id)),
            ContractReference = Code(agreement.Child(Contract, IssuerAssignedId)),
            PurchaseOrderReference = Code(agreement.Child(BuyerOrder, IssuerAssignedId)),
            SalesOrderReference = Code(agreement.Child(SellerOrder, IssuerAssignedId)),
            ReceivingAdviceReference = Code(delivery.Child(ReceivingAdvice, IssuerAssignedId)),
            DespatchAdviceReference = Code(delivery.Child(DespatchAdvice, IssuerAssignedId)),
            TenderOrLotReference = tender,
            InvoicedObjectIdentifier = invoicedObject,
            BuyerAccountingReference = Code(settlement.Child(AccountingAccount, Id)),
            PaymentTerms = paymentTerms,
            Notes = notes,
            BusinessProcessType = Code(context.Child(BusinessProcess, Id)),
            SpecificationIdentifier = Code(context.Child(Guideline, Id)) ?? InvoiceContent.En16931SpecificationIdentifier,
            PrecedingInvoices = preceding,
            Seller = ReadSeller(agreement.Element(SellerTradeParty) ?? throw Missing("BG-4 seller (ram:SellerTradeParty)")),
            Buyer = ReadBuyer(agreement.Element(BuyerTradeParty) ?? throw Missing("BG-7 buyer (ram:BuyerTradeParty)")),
            Payee = ReadPayee(settlement.Element(PayeeTradeParty)),
            TaxRepresentative = ReadTaxRepresentative(agreement.Element(SellerTaxRepresentative)),
            Delivery = ReadDelivery(delivery),
            InvoicingPeriod = ReadPeriod(settlement.Element(BillingPeriod), "BG-14 invoicing period"),
            PaymentInstructions = ReadPaymentInstructions(settlement, mandate),
            SupportingDocuments = supportingDocuments,
            PaymentSchedule = schedule,
            Lines = lines,
            Allowances = allowances,
            Charges = charges,
            VatBreakdown = vatBreakdown,
            Totals = ReadTotals(settlement.Element(Summation) ?? throw Missing("BG-22 document totals (ram:SpecifiedTradeSettlementHeaderMonetarySummation)"),
                currency, accountingCurrency),
        };
    }

    private static Identifier? ReadObjectReference(XElement reference) =>
        Code(reference.Element(IssuerAssignedId)) is { } value ? new Identifier(value, Code(reference.Element(ReferenceTypeCode))) : null;

    private static SupportingDocument ReadSupportingDocument(XElement reference)
    {
        AttachedObject? attached = null;
        if (reference.Element(AttachmentBinaryObject) is { } binary)
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
            Reference = Code(reference.Element(IssuerAssignedId)) ?? throw Missing("BT-122 supporting document reference"),
            Description = Text(reference.Element(Name)),
            ExternalLocation = Code(reference.Element(UriId)),
            Attachment = attached,
        };
    }

    private static List<Identifier> PartyIds(XElement party)
    {
        var ids = new List<Identifier>();
        foreach (var element in party.Elements(Id))
        {
            if (XmlRead.Id(element) is { } id)
            {
                ids.Add(id);
            }
        }

        foreach (var element in party.Elements(GlobalId))
        {
            if (XmlRead.Id(element) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static Seller ReadSeller(XElement party)
    {
        var (vat, other) = ReadTaxRegistrations(party);
        var legal = party.Element(LegalOrganization);
        return new Seller
        {
            Name = Text(party.Element(Name)) ?? throw Missing("BT-27 seller name"),
            TradingName = Text(legal.Child(TradingBusinessName)),
            Identifiers = PartyIds(party),
            LegalRegistrationId = XmlRead.Id(legal.Child(Id)),
            VatId = vat,
            TaxRegistrationId = other,
            AdditionalLegalInformation = Text(party.Element(Description)),
            ElectronicAddress = XmlRead.Id(party.Child(UriCommunication, UriId)),
            Address = ReadAddress(party.Element(PostalAddress), "BG-5 seller postal address"),
            Contact = ReadContact(party.Element(Contact)),
        };
    }

    private static Buyer ReadBuyer(XElement party)
    {
        var ids = PartyIds(party);
        var legal = party.Element(LegalOrganization);
        return new Buyer
        {
            Name = Text(party.Element(Name)) ?? throw Missing("BT-44 buyer name"),
            TradingName = Text(legal.Child(TradingBusinessName)),
            Identifier = ids.Count > 0 ? ids[0] : null,
            LegalRegistrationId = XmlRead.Id(legal.Child(Id)),
            VatId = ReadTaxRegistrations(party).Vat,
            ElectronicAddress = XmlRead.Id(party.Child(UriCommunication, UriId)),
            Address = ReadAddress(party.Element(PostalAddress), "BG-8 buyer postal address"),
            Contact = ReadContact(party.Element(Contact)),
        };
    }

    private static (string? Vat, string? Other) ReadTaxRegistrations(XElement party)
    {
        string? vat = null, other = null;
        foreach (var registration in party.Elements(TaxRegistration))
        {
            if (registration.Element(Id) is not { } id || Code(id) is not { } value)
            {
                continue;
            }

            if (Attribute(id, SchemeId) == CiiWriter.VatRegistrationScheme)
            {
                vat ??= value;
            }
            else
            {
                other ??= value;
            }
        }

        return (vat, other);
    }

    private static Payee? ReadPayee(XElement? party)
    {
        if (party is null)
        {
            return null;
        }

        var ids = PartyIds(party);
        return new Payee
        {
            Name = Text(party.Element(Name)) ?? throw Missing("BT-59 payee name"),
            Identifier = ids.Count > 0 ? ids[0] : null,
            LegalRegistrationId = XmlRead.Id(party.Child(LegalOrganization, Id)),
        };
    }

    private static TaxRepresentative? ReadTaxRepresentative(XElement? party) => party is null
        ? null
        : new TaxRepresentative
        {
            Name = Text(party.Element(Name)) ?? throw Missing("BT-62 seller tax representative name"),
            VatId = ReadTaxRegistrations(party).Vat,
            Address = ReadAddress(party.Element(PostalAddress), "BG-12 tax representative postal address"),
        };

    private static Delivery? ReadDelivery(XElement? delivery)
    {
        var shipTo = delivery.Child(ShipTo);
        var date = DateTimeValue(delivery.Child(DeliveryEvent, OccurrenceDateTime), "BT-72 actual delivery date");
        if (shipTo is null && date is null)
        {
            return null;
        }

        var ids = shipTo is null ? [] : PartyIds(shipTo);
        return Empty.Of(new Delivery
        {
            DeliverToName = Text(shipTo.Child(Name)),
            LocationId = ids.Count > 0 ? ids[0] : null,
            ActualDeliveryDate = date,
            Address = ReadAddress(shipTo.Child(PostalAddress), "BG-15 deliver to address"),
        });
    }

    private static PaymentInstructions? ReadPaymentInstructions(XElement settlement, string? mandate)
    {
        var creditor = Code(settlement.Element(CreditorReferenceId));
        PaymentInstructions? result = null;
        string? debited = null;
        var transfers = new List<CreditTransfer>();
        foreach (var means in settlement.Elements(PaymentMeans))
        {
            debited ??= Code(means.Child(DebtorAccount, IbanId));
            if (means.Element(CreditorAccount) is { } account)
            {
                transfers.Add(new CreditTransfer(
                    Code(account.Element(IbanId)) ?? Code(account.Element(ProprietaryId)) ?? throw Missing("BT-84 payment account identifier"),
                    Text(account.Element(AccountName)),
                    Code(means.Child(CreditorInstitution, BicId))));
            }

            if (result is not null)
            {
                continue;
            }

            var card = means.Element(FinancialCard);
            result = new PaymentInstructions
            {
                MeansCode = Code(means.Element(TypeCode)) ?? throw Missing("BT-81 payment means type code"),
                MeansText = Text(means.Element(Information)),
                Card = card is null
                    ? null
                    : new PaymentCard(Code(card.Element(Id)) ?? throw Missing("BT-87 payment card primary account number"), Text(card.Element(CardholderName))),
            };
        }

        if (result is null)
        {
            return null;
        }

        return result with
        {
            RemittanceInformation = Code(settlement.Element(PaymentReference)),
            CreditTransfers = transfers,
            DirectDebit = mandate is null && creditor is null && debited is null ? null : new DirectDebit(mandate, creditor, debited),
        };
    }

    private static (List<VatBreakdown> Breakdown, DateOnly? TaxPointDate, VatPointDateCode? PointCode) ReadVatBreakdown(XElement settlement)
    {
        var breakdown = new List<VatBreakdown>();
        DateOnly? pointDate = null;
        VatPointDateCode? pointCode = null;
        foreach (var tax in settlement.Elements(TradeTax))
        {
            pointDate ??= DateValue(tax.Child(TaxPointDate, DateString), "BT-7 VAT point date");
            if (pointCode is null && Code(tax.Element(DueDateTypeCode)) is { } code)
            {
                pointCode = BindingValues.TryParseUntdid2475(code, out var parsed)
                    ? parsed
                    : throw new EInvoiceReadException($"BT-8 VAT point date code '{code}' is not a UNTDID 2475 code (5, 29, 72).");
            }

            breakdown.Add(new VatBreakdown
            {
                TaxableAmount = RequiredDecimal(tax.Element(BasisAmount), "BT-116 VAT category taxable amount"),
                TaxAmount = RequiredDecimal(tax.Element(CalculatedAmount), "BT-117 VAT category tax amount"),
                Vat = new VatTreatment(
                    BindingValues.ParseVatCategory(Code(tax.Element(CategoryCode)), "BT-118 VAT category code"),
                    XmlRead.Decimal(tax.Element(RateApplicablePercent), "BT-119 VAT category rate")),
                ExemptionReason = Text(tax.Element(ExemptionReason)),
                ExemptionReasonCode = Code(tax.Element(ExemptionReasonCode)),
            });
        }

        return (breakdown, pointDate, pointCode);
    }

    private static (List<DocumentAllowanceCharge> Allowances, List<DocumentAllowanceCharge> Charges) ReadDocumentAllowancesAndCharges(XElement settlement)
    {
        var allowances = new List<DocumentAllowanceCharge>();
        var charges = new List<DocumentAllowanceCharge>();
        foreach (var element in settlement.Elements(AllowanceCharge))
        {
            var charge = IsCharge(element);
            var term = charge ? "BG-21 document level charge" : "BG-20 document level allowance";
            var tax = element.Element(CategoryTradeTax);
            (charge ? charges : allowances).Add(new DocumentAllowanceCharge
            {
                Amount = RequiredDecimal(element.Element(ActualAmount), term + " amount"),
                BaseAmount = XmlRead.Decimal(element.Element(BasisAmount), term + " base amount"),
                Percentage = XmlRead.Decimal(element.Element(CalculationPercent), term + " percentage"),
                Vat = new VatTreatment(
                    BindingValues.ParseVatCategory(Code(tax.Child(CategoryCode)), term + " VAT category"),
                    XmlRead.Decimal(tax.Child(RateApplicablePercent), term + " VAT rate")),
                Reason = Text(element.Element(Reason)),
                ReasonCode = Code(element.Element(ReasonCode)),
            });
        }

        return (allowances, charges);
    }

    private static bool IsCharge(XElement element) => Code(element.Child(ChargeIndicator, Indicator)) switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        var other => throw new EInvoiceReadException($"Allowance or charge indicator '{other}' is not true or false."),
    };

    private static (string? Terms, DateOnly? DueDate, string? Mandate, List<Instalment> Schedule) ReadPaymentTerms(XElement settlement)
    {
        string? description = null, mandate = null;
        DateOnly? dueDate = null;
        var schedule = new List<Instalment>();
        foreach (var terms in settlement.Elements(PaymentTerms))
        {
            if (Text(terms.Element(Description)) is { } text)
            {
                description = description is null ? text : description + "\n" + text;
            }

            var due = DateTimeValue(terms.Element(DueDateDateTime), "BT-9 payment due date");
            dueDate ??= due;
            mandate ??= Code(terms.Element(MandateId));
            if (XmlRead.Decimal(terms.Element(PartialPaymentAmount), "partial payment amount") is { } part)
            {
                schedule.Add(new Instalment(due ?? throw Missing("due date of a partial payment"), part));
            }
        }

        return (description, dueDate, mandate, schedule);
    }

    private static DocumentTotals ReadTotals(XElement summation, CurrencyCode currency, CurrencyCode? accountingCurrency)
    {
        decimal? totalVat = null, inAccounting = null;
        foreach (var element in summation.Elements(TaxTotalAmount))
        {
            var elementCurrency = Attribute(element, CurrencyId);
            if (accountingCurrency is { } other && other != currency && elementCurrency == other.Code)
            {
                inAccounting ??= XmlRead.Decimal(element, "BT-111 total VAT amount in accounting currency");
            }
            else
            {
                totalVat ??= XmlRead.Decimal(element, "BT-110 invoice total VAT amount");
            }
        }

        var withoutVat = RequiredDecimal(summation.Element(TaxBasisTotalAmount), "BT-109 invoice total amount without VAT");
        var allowances = XmlRead.Decimal(summation.Element(AllowanceTotalAmount), "BT-107 sum of allowances");
        var charges = XmlRead.Decimal(summation.Element(ChargeTotalAmount), "BT-108 sum of charges");
        return new DocumentTotals
        {
            // MINIMUM has no BT-106: it is what BT-109 implies.
            SumOfLineNetAmounts = XmlRead.Decimal(summation.Element(LineTotalAmount), "BT-106 sum of invoice line net amounts")
                ?? withoutVat + (allowances ?? 0m) - (charges ?? 0m),
            SumOfAllowances = allowances,
            SumOfCharges = charges,
            TotalWithoutVat = withoutVat,
            // EN 16931 lets BT-110 be absent (no VAT at all); the model holds it as zero.
            TotalVat = totalVat ?? 0m,
            TotalVatInAccountingCurrency = inAccounting,
            TotalWithVat = RequiredDecimal(summation.Element(GrandTotalAmount), "BT-112 invoice total amount with VAT"),
            PaidAmount = XmlRead.Decimal(summation.Element(TotalPrepaidAmount), "BT-113 paid amount"),
            RoundingAmount = XmlRead.Decimal(summation.Element(RoundingAmount), "BT-114 rounding amount"),
            AmountDueForPayment = RequiredDecimal(summation.Element(DuePayableAmount), "BT-115 amount due for payment"),
        };
    }

    private static InvoiceLine ReadLine(XElement line)
    {
        var lineDocument = line.Element(LineDocument);
        var id = Code(lineDocument.Child(LineId)) ?? throw Missing("BT-126 invoice line identifier");
        var where = $" (line {id})";
        var product = line.Element(TradeProduct) ?? throw Missing("BG-31 item information" + where);
        var agreement = line.Element(LineAgreement);
        var settlement = line.Element(LineSettlement) ?? throw Missing("ram:SpecifiedLineTradeSettlement" + where);
        var quantity = line.Child(LineDelivery, BilledQuantity) ?? throw Missing("BT-129 invoiced quantity" + where);
        var tax = settlement.Element(TradeTax) ?? throw Missing("BG-30 line VAT information" + where);

        string? note = null;
        foreach (var element in lineDocument!.Elements(IncludedNote))
        {
            if (Text(element.Element(Content)) is { } text)
            {
                note = note is null ? text : note + "\n" + text;
            }
        }

        var allowances = new List<AllowanceCharge>();
        var charges = new List<AllowanceCharge>();
        foreach (var element in settlement.Elements(AllowanceCharge))
        {
            var charge = IsCharge(element);
            var term = (charge ? "BG-28 line charge" : "BG-27 line allowance") + where;
            (charge ? charges : allowances).Add(new AllowanceCharge
            {
                Amount = RequiredDecimal(element.Element(ActualAmount), term + " amount"),
                BaseAmount = XmlRead.Decimal(element.Element(BasisAmount), term + " base amount"),
                Percentage = XmlRead.Decimal(element.Element(CalculationPercent), term + " percentage"),
                Reason = Text(element.Element(Reason)),
                ReasonCode = Code(element.Element(ReasonCode)),
            });
        }

        Identifier? objectId = null;
        foreach (var reference in settlement.Elements(AdditionalDocument))
        {
            if (Code(reference.Element(TypeCode)) == CiiWriter.InvoicedObjectTypeCode)
            {
                objectId = ReadObjectReference(reference);
                break;
            }
        }

        return new InvoiceLine
        {
            Id = id,
            Note = note,
            ObjectIdentifier = objectId,
            Quantity = RequiredDecimal(quantity, "BT-129 invoiced quantity" + where),
            UnitCode = Attribute(quantity, UnitCode) ?? throw Missing("BT-130 unit of measure code" + where),
            NetAmount = RequiredDecimal(settlement.Child(LineSummation, LineTotalAmount), "BT-131 invoice line net amount" + where),
            OrderLineReference = Code(agreement.Child(BuyerOrder, LineId)),
            BuyerAccountingReference = Code(settlement.Child(AccountingAccount, Id)),
            Period = ReadPeriod(settlement.Element(BillingPeriod), "BG-26 invoice line period" + where),
            Allowances = allowances,
            Charges = charges,
            Price = ReadPrice(agreement ?? throw Missing("BG-29 price details" + where), where),
            Vat = new VatTreatment(
                BindingValues.ParseVatCategory(Code(tax.Element(CategoryCode)), "BT-151 invoiced item VAT category code" + where),
                XmlRead.Decimal(tax.Element(RateApplicablePercent), "BT-152 invoiced item VAT rate" + where)),
            Item = ReadItem(product, where),
        };
    }

    private static PriceDetails ReadPrice(XElement agreement, string where)
    {
        var net = agreement.Element(NetPrice) ?? throw Missing("BT-146 item net price" + where);
        var gross = agreement.Element(GrossPrice);
        var baseQuantity = net.Element(BasisQuantity) ?? gross.Child(BasisQuantity);
        var baseValue = XmlRead.Decimal(baseQuantity, "BT-149 item price base quantity" + where);
        if (baseValue is <= 0m)
        {
            throw new EInvoiceReadException($"BT-149 item price base quantity{where} must be greater than zero.");
        }

        return new PriceDetails
        {
            NetPrice = RequiredDecimal(net.Element(ChargeAmount), "BT-146 item net price" + where),
            Discount = XmlRead.Decimal(gross.Child(AppliedAllowanceCharge, ActualAmount), "BT-147 item price discount" + where),
            GrossPrice = XmlRead.Decimal(gross.Child(ChargeAmount), "BT-148 item gross price" + where),
            BaseQuantity = baseValue,
            BaseQuantityUnitCode = baseQuantity is null ? null : Attribute(baseQuantity, UnitCode),
        };
    }

    private static Item ReadItem(XElement product, string where)
    {
        var classifications = new List<ItemClassification>();
        foreach (var classification in product.Elements(Classification))
        {
            if (classification.Element(ClassCode) is { } code && Code(code) is { } value)
            {
                classifications.Add(new ItemClassification(value, Attribute(code, ListId), Attribute(code, ListVersionId)));
            }
        }

        var attributes = new List<ItemAttribute>();
        foreach (var characteristic in product.Elements(Characteristic))
        {
            attributes.Add(new ItemAttribute(
                Text(characteristic.Element(Description)) ?? throw Missing("BT-160 item attribute name" + where),
                Text(characteristic.Element(Value)) ?? throw Missing("BT-161 item attribute value" + where)));
        }

        return new Item
        {
            Name = Text(product.Element(Name)) ?? throw Missing("BT-153 item name" + where),
            Description = Text(product.Element(Description)),
            SellerId = Code(product.Element(SellerAssignedId)),
            BuyerId = Code(product.Element(BuyerAssignedId)),
            StandardId = XmlRead.Id(product.Element(GlobalId)),
            Classifications = classifications,
            OriginCountry = Code(product.Child(OriginCountry, Id)),
            Attributes = attributes,
        };
    }

    private static Period? ReadPeriod(XElement? period, string term)
    {
        if (period is null)
        {
            return null;
        }

        var start = DateTimeValue(period.Element(StartDateTime), term + " start date");
        var end = DateTimeValue(period.Element(EndDateTime), term + " end date");
        return start is null && end is null ? null : new Period(start, end);
    }

    private static PostalAddress? ReadAddress(XElement? address, string term) => address is null
        ? null
        : new PostalAddress
        {
            Line1 = Text(address.Element(LineOne)),
            Line2 = Text(address.Element(LineTwo)),
            Line3 = Text(address.Element(LineThree)),
            City = Text(address.Element(CityName)),
            PostCode = Code(address.Element(PostcodeCode)),
            CountrySubdivision = Text(address.Element(CountrySubDivisionName)),
            CountryCode = Code(address.Element(CountryId)) ?? throw Missing(term + " country code"),
        };

    private static Contact? ReadContact(XElement? contact) => contact is null
        ? null
        : Empty.Of(new Contact
        {
            Name = Text(contact.Element(PersonName)) ?? Text(contact.Element(DepartmentName)),
            Telephone = Text(contact.Child(Telephone, CompleteNumber)),
            Email = Text(contact.Child(Email, UriId)),
        });

    /// <summary>A udt:DateTimeString child (format 102).</summary>
    private static DateOnly? DateTimeValue(XElement? parent, string term) =>
        parent?.Element(DateTimeString) is { } value && Code(value) is { } text
            ? BindingValues.ParseDate102(text, Attribute(value, Format), term)
            : null;

    private static DateOnly? DateValue(XElement? value, string term) =>
        value is not null && Code(value) is { } text ? BindingValues.ParseDate102(text, Attribute(value, Format), term) : null;

    private static DateOnly? FormattedDate(XElement? parent, string term) =>
        parent?.Element(QdtDateTimeString) is { } value && Code(value) is { } text
            ? BindingValues.ParseDate102(text, Attribute(value, Format), term)
            : null;
}
