using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;
using static Encaisse.EInvoicing.Validation.Rules.French.FrenchFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.French;

/// <summary>
/// The French CIUS rules for CII (FNFE-MPE BR-FR-Flux2-Schematron-CII 1.4.0, the same file in the EN16931,
/// EXTENDED-CTC-FR and Factur-X folders): one pattern per Schematron pattern, in its order, each context written
/// as its match pattern. <see cref="Instance"/> is the main file (all fatal); <see cref="WarningInstance"/> is the
/// _WARNING twin of the tolerance phase.
/// </summary>
public sealed class FrenchCii : RuleSetDefinition
{
    private static readonly XNamespace R = Namespaces.Ram;

    private static readonly XName Cii = Namespaces.Rsm + "CrossIndustryInvoice";
    private static readonly XName ExchangedDocument = Namespaces.Rsm + "ExchangedDocument";
    private static readonly XName ExchangedDocumentContext = Namespaces.Rsm + "ExchangedDocumentContext";
    private static readonly XName Stt = Namespaces.Rsm + "SupplyChainTradeTransaction";
    private static readonly XName UdtDateTime = Namespaces.Udt + "DateTimeString";
    private static readonly XName UdtDate = Namespaces.Udt + "DateString";
    private static readonly XName QdtDateTime = Namespaces.Qdt + "DateTimeString";

    private static readonly XName IdName = R + "ID";
    private static readonly XName TypeCode = R + "TypeCode";
    private static readonly XName IssueDateTime = R + "IssueDateTime";
    private static readonly XName IncludedNote = R + "IncludedNote";
    private static readonly XName SubjectCode = R + "SubjectCode";
    private static readonly XName Content = R + "Content";
    private static readonly XName BusinessProcess = R + "BusinessProcessSpecifiedDocumentContextParameter";
    private static readonly XName Agreement = R + "ApplicableHeaderTradeAgreement";
    private static readonly XName Delivery = R + "ApplicableHeaderTradeDelivery";
    private static readonly XName Settlement = R + "ApplicableHeaderTradeSettlement";
    private static readonly XName Line = R + "IncludedSupplyChainTradeLineItem";
    private static readonly XName InvoiceReferencedDocument = R + "InvoiceReferencedDocument";
    private static readonly XName IssuerAssignedId = R + "IssuerAssignedID";
    private static readonly XName FormattedIssueDateTime = R + "FormattedIssueDateTime";
    private static readonly XName TradeTax = R + "ApplicableTradeTax";
    private static readonly XName TaxPointDate = R + "TaxPointDate";
    private static readonly XName PaymentTerms = R + "SpecifiedTradePaymentTerms";
    private static readonly XName DueDateDateTime = R + "DueDateDateTime";
    private static readonly XName ActualDelivery = R + "ActualDeliverySupplyChainEvent";
    private static readonly XName OccurrenceDateTime = R + "OccurrenceDateTime";
    private static readonly XName BillingPeriod = R + "BillingSpecifiedPeriod";
    private static readonly XName StartDateTime = R + "StartDateTime";
    private static readonly XName EndDateTime = R + "EndDateTime";
    private static readonly XName LineSettlement = R + "SpecifiedLineTradeSettlement";
    private static readonly XName LineDelivery = R + "SpecifiedLineTradeDelivery";
    private static readonly XName LineAgreement = R + "SpecifiedLineTradeAgreement";
    private static readonly XName Seller = R + "SellerTradeParty";
    private static readonly XName Buyer = R + "BuyerTradeParty";
    private static readonly XName Payee = R + "PayeeTradeParty";
    private static readonly XName BuyerAgent = R + "BuyerAgentTradeParty";
    private static readonly XName Payer = R + "PayerTradeParty";
    private static readonly XName SalesAgent = R + "SalesAgentTradeParty";
    private static readonly XName Invoicee = R + "InvoiceeTradeParty";
    private static readonly XName Invoicer = R + "InvoicerTradeParty";
    private static readonly XName ShipTo = R + "ShipToTradeParty";
    private static readonly XName GlobalId = R + "GlobalID";
    private static readonly XName LegalOrganization = R + "SpecifiedLegalOrganization";
    private static readonly XName UriCommunication = R + "URIUniversalCommunication";
    private static readonly XName UriId = R + "URIID";
    private static readonly XName AllowanceCharge = R + "SpecifiedTradeAllowanceCharge";
    private static readonly XName CategoryTradeTax = R + "CategoryTradeTax";
    private static readonly XName CategoryCode = R + "CategoryCode";
    private static readonly XName RatePercent = R + "RateApplicablePercent";
    private static readonly XName LineDocument = R + "AssociatedDocumentLineDocument";
    private static readonly XName LineStatusReasonCode = R + "LineStatusReasonCode";
    private static readonly XName AdditionalDocument = R + "AdditionalReferencedDocument";
    private static readonly XName Name = R + "Name";
    private static readonly XName Product = R + "SpecifiedTradeProduct";
    private static readonly XName Characteristic = R + "ApplicableProductCharacteristic";
    private static readonly XName Description = R + "Description";
    private static readonly XName Value = R + "Value";
    private static readonly XName ValueMeasure = R + "ValueMeasure";
    private static readonly XName ReferenceTypeCode = R + "ReferenceTypeCode";
    private static readonly XName ContractDocument = R + "ContractReferencedDocument";
    private static readonly XName Totals = R + "SpecifiedTradeSettlementHeaderMonetarySummation";
    private static readonly XName TotalPrepaid = R + "TotalPrepaidAmount";
    private static readonly XName GrandTotal = R + "GrandTotalAmount";
    private static readonly XName DuePayable = R + "DuePayableAmount";
    private static readonly XName InvoiceCurrency = R + "InvoiceCurrencyCode";
    private static readonly XName TaxCurrency = R + "TaxCurrencyCode";
    private static readonly XName TaxTotal = R + "TaxTotalAmount";
    private static readonly XName TaxRepresentative = R + "SellerTaxRepresentativeTradeParty";
    private static readonly XName TaxRegistration = R + "SpecifiedTaxRegistration";
    private static readonly XName ActualAmount = R + "ActualAmount";
    private static readonly XName BasisAmount = R + "BasisAmount";
    private static readonly XName LineTotal = R + "LineTotalAmount";
    private static readonly XName LineTotals = R + "SpecifiedTradeSettlementLineMonetarySummation";
    private static readonly XName BilledQuantity = R + "BilledQuantity";
    private static readonly XName NetPrice = R + "NetPriceProductTradePrice";
    private static readonly XName GrossPrice = R + "GrossPriceProductTradePrice";
    private static readonly XName BasisQuantity = R + "BasisQuantity";
    private static readonly XName ChargeAmount = R + "ChargeAmount";
    private static readonly XName AppliedAllowanceCharge = R + "AppliedTradeAllowanceCharge";
    private static readonly XName ParentLineId = R + "ParentLineID";
    private static readonly XName LineId = R + "LineID";
    private static readonly XName ItemSeller = R + "ItemSellerTradeParty";
    private static readonly XName PostalAddress = R + "PostalTradeAddress";
    private static readonly XName CountryId = R + "CountryID";
    private static readonly XName ExemptionReason = R + "ExemptionReason";

    private readonly FrenchMode _mode;

    private FrenchCii(FrenchMode mode) => _mode = mode;

    /// <summary>The main file: every BR-FR rule fatal. Rule set <c>fr</c>.</summary>
    public static FrenchCii Instance { get; } = new(FrenchMode.Fatal);

    /// <summary>The _WARNING twin (tolerance phase). Rule set <c>fr-warning</c>.</summary>
    public static FrenchCii WarningInstance { get; } = new(FrenchMode.Warning);

    public override string Id => _mode == FrenchMode.Fatal ? RuleSetIds.French : RuleSetIds.FrenchWarning;

    public override DocumentSyntax Syntax => DocumentSyntax.Cii;

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts() => FrenchTexts.All;

    // Paths from the invoice element, as most contexts write them (rsm:CrossIndustryInvoice/...).
    private static XName[] P(params XName[] names) => [Cii, .. names];

    private static XName[] Header(XName part, params XName[] names) => [Cii, Stt, part, .. names];

    private static XName[] LineAt(params XName[] names) => [Cii, Stt, Line, .. names];

    protected override IEnumerable<RulePattern> BuildPatterns()
    {
        var t = Flag(_mode);
        const RuleFlag mv = RuleFlag.Fatal;
        var patterns = new List<RulePattern>();

        // BR-FR-01/02: invoice numbers.
        var p = new PatternBuilder("BR-FR-01_BR-FR-02");
        foreach (var (path, bt) in new[]
                 {
                     (P(ExchangedDocument, IdName), "BT-1"),
                     (Header(Settlement, InvoiceReferencedDocument, IssuerAssignedId), "BT-25"),
                     (LineAt(LineSettlement, InvoiceReferencedDocument, IssuerAssignedId), "EXT-FR-FE-136"),
                 })
        {
            p.At(path, (e, r) =>
            {
                var s = Xp.Str(e);
                r.Assert("BR-FR-01_" + bt, t, Xp.StringLength(s) <= 35);
                r.Assert("BR-FR-02_" + bt, t, IsValidIdFormat(s));
            });
        }

        patterns.Add(p.Build());

        // BR-FR-03: dates of 2000-2099.
        p = new PatternBuilder("BR-FR-03");
        foreach (var (path, bt) in new[]
                 {
                     (P(ExchangedDocument, IssueDateTime, UdtDateTime), "BT-2"),
                     (Header(Settlement, TradeTax, TaxPointDate, UdtDate), "BT-7"),
                     (Header(Settlement, PaymentTerms, DueDateDateTime, UdtDateTime), "BT-9"),
                     (Header(Settlement, InvoiceReferencedDocument, FormattedIssueDateTime, QdtDateTime), "BT-26"),
                     (Header(Delivery, ActualDelivery, OccurrenceDateTime, UdtDateTime), "BT-72"),
                     (Header(Settlement, BillingPeriod, StartDateTime, UdtDateTime), "BT-73"),
                     (Header(Settlement, BillingPeriod, EndDateTime, UdtDateTime), "BT-74"),
                     (LineAt(LineSettlement, InvoiceReferencedDocument, FormattedIssueDateTime, QdtDateTime), "EXT-FR-FE-138"),
                     (LineAt(LineDelivery, ActualDelivery, OccurrenceDateTime, UdtDateTime), "EXT-FR-FE-158"),
                     (LineAt(LineSettlement, BillingPeriod, StartDateTime, UdtDateTime), "EXT-FR-FE-134"),
                     (LineAt(LineSettlement, BillingPeriod, EndDateTime, UdtDateTime), "EXT-FR-FE-135"),
                 })
        {
            var id = "BR-FR-03_" + bt;
            p.At(path, (e, r) => r.Assert(id, t, IsValidCompactDate(Xp.Str(e))));
        }

        patterns.Add(p.Build());

        // BR-FR-04: document type codes.
        p = new PatternBuilder("BR-FR-04");
        foreach (var (path, bt) in new[]
                 {
                     (P(ExchangedDocument, TypeCode), "BT-3"),
                     (Header(Settlement, InvoiceReferencedDocument, TypeCode), "EXT-FR-FE-02"),
                     (LineAt(LineSettlement, InvoiceReferencedDocument, TypeCode), "EXT-FR-FE-137"),
                 })
        {
            var id = "BR-FR-04_" + bt;
            p.At(path, (e, r) => r.Assert(id, t, DocumentTypeCodes.Contains(Xp.Str(e))));
        }

        patterns.Add(p.Build());

        // BR-FR-05: mandatory notes; BR-FR-06: at most once each.
        patterns.Add(new PatternBuilder("BR-FR-05").At(P(ExchangedDocument), (e, r) =>
        {
            r.Assert("BR-FR-05_BT-22_PMT", t, CountNotes(e, "PMT") > 0);
            r.Assert("BR-FR-05_BT-22_PMD", t, CountNotes(e, "PMD") > 0);
            r.Assert("BR-FR-05_BT-22_AAB", t, CountNotes(e, "AAB") > 0);
        }).Build());
        patterns.Add(new PatternBuilder("BR-FR-06").At(P(ExchangedDocument), (e, r) =>
        {
            r.Assert("BR-FR-06_BT-21_PMT", t, CountNotes(e, "PMT") <= 1);
            r.Assert("BR-FR-06_BT-21_PMD", t, CountNotes(e, "PMD") <= 1);
            r.Assert("BR-FR-06_BT-21_AAB", t, CountNotes(e, "AAB") <= 1);
            r.Assert("BR-FR-06_BT-21_TXD", t, CountNotes(e, "TXD") <= 1);
        }).Build());

        // BR-FR-08: billing framework (BT-23) present and known.
        patterns.Add(new PatternBuilder("BR-FR-08").At(P(ExchangedDocumentContext), (e, r) =>
        {
            var id = FirstAt(e, BusinessProcess, IdName);
            r.Assert("BR-FR-08_BT-23", t, id is not null && BillingModes.Contains(id.Value));
        }).Build());

        // BR-FR-09: SIRET consistent with SIREN. Seller and buyer compare with their own SIREN only; the other
        // parties fall back on the SIRET's first nine digits (so only the SIRET's format is checked).
        p = new PatternBuilder("BR-FR-09");
        foreach (var (path, bt, strict) in new[]
                 {
                     (Header(Agreement, Seller), "BT-29", true),
                     (Header(Agreement, Buyer), "BT-46", true),
                     (Header(Settlement, Payee), "BT-60", false),
                     (Header(Agreement, BuyerAgent), "EXT-FR-FE-06", false),
                     (Header(Settlement, Payer), "EXT-FR-FE-46", false),
                     (Header(Agreement, SalesAgent), "EXT-FR-FE-69", false),
                     (Header(Settlement, Invoicee), "EXT-FR-FE-92", false),
                     (Header(Settlement, Invoicer), "EXT-FR-FE-115", false),
                     (Header(Delivery, ShipTo), "BT-71", false),
                     (LineAt(LineDelivery, ShipTo), "EXT-FR-FE-146", false),
                 })
        {
            var id = "BR-FR-09_" + bt;
            p.At(path, (e, r) =>
            {
                var siret = FirstWithScheme(e, "0009", GlobalId);
                if (siret is null)
                {
                    return;
                }

                var sirenNode = FirstWithScheme(e, "0002", LegalOrganization, IdName);
                string? siren = strict
                    ? sirenNode?.Value
                    : sirenNode is { Value.Length: > 0 } ? sirenNode.Value : Prefix(siret.Value, 9);
                r.Assert(id, t, IsSiretOfSiren(siret.Value, siren));
            });
        }

        patterns.Add(p.Build());

        // BR-FR-10: seller SIREN (BT-30).
        patterns.Add(new PatternBuilder("BR-FR-10").At([Cii], (e, r) =>
        {
            var siren = FirstWithScheme(e, "0002", Stt, Agreement, Seller, LegalOrganization, IdName);
            r.Assert("BR-FR-10_BT-30", t, siren is not null && IsSirenFormat(Xp.Norm(siren)));
        }).Build());

        // BR-FR-11: buyer SIREN (BT-47) for B2B.
        patterns.Add(new PatternBuilder("BR-FR-11").At([Cii], (e, r) =>
        {
            if (!BarEquals(e, "B2B"))
            {
                return;
            }

            var siren = FirstWithScheme(e, "0002", Stt, Agreement, Buyer, LegalOrganization, IdName);
            r.Assert("BR-FR-11_BT-47", t, siren is not null && IsSirenFormat(siren.Value));
        }).Build());

        // BR-FR-12/13: electronic addresses present.
        patterns.Add(new PatternBuilder("BR-FR-12").At([Cii], (e, r) =>
            r.Assert("BR-FR-12_BT-49", t, StrAt(e, Stt, Agreement, Buyer, UriCommunication, UriId).Length > 0)).Build());
        patterns.Add(new PatternBuilder("BR-FR-13").At([Cii], (e, r) =>
            r.Assert("BR-FR-13_BT-34", t, StrAt(e, Stt, Agreement, Seller, UriCommunication, UriId).Length > 0)).Build());

        // BR-FR-15: VAT categories.
        p = new PatternBuilder("BR-FR-15");
        p.At(Header(Settlement, AllowanceCharge, CategoryTradeTax), (e, r) => CheckCategory(e, r, t, "BR-FR-15_BT-95_BT-102", lineLevel: false));
        p.At(Header(Settlement, TradeTax), (e, r) => CheckCategory(e, r, t, "BR-FR-15_BT-95_BT-118", lineLevel: false));
        p.At(LineAt(LineSettlement, TradeTax), (e, r) => CheckCategory(e, r, t, "BR-FR-15_BT-95_BT-151", lineLevel: true));
        patterns.Add(p.Build());

        // BR-FR-16: VAT rates (text comparison).
        p = new PatternBuilder("BR-FR-16");
        foreach (var (path, id) in new[]
                 {
                     (Header(Settlement, AllowanceCharge, CategoryTradeTax), "BR-FR-16_BT-96_BT-103"),
                     (Header(Settlement, TradeTax), "BR-FR-16_BT-119"),
                     (LineAt(LineSettlement, TradeTax), "BR-FR-16_BT-152"),
                 })
        {
            p.At(path, (e, r) =>
            {
                var rate = StrAt(e, RatePercent);
                r.Assert(id, t, rate.Length == 0 || VatRates.Contains(rate));
            });
        }

        patterns.Add(p.Build());

        // BR-FR-17: attachment qualifiers of documents typed 916.
        patterns.Add(new PatternBuilder("BR-FR-17").At(
            Header(Agreement, AdditionalDocument),
            e => AnyEquals(e, "916", TypeCode),
            (e, r) =>
            {
                var code = NormAt(e, Name);
                r.Assert("BR-FR-17_BT-123", t, code.Length == 0 || AttachmentCodes.Contains(code));
            }).Build());

        // BR-FR-18: one LISIBLE document at most.
        patterns.Add(new PatternBuilder("BR-FR-18").At([Cii], (e, r) =>
        {
            var count = 0;
            foreach (var doc in AllAt(e, Stt, Agreement, AdditionalDocument))
            {
                if (AnyEquals(doc, "LISIBLE", Name))
                {
                    count++;
                }
            }

            r.Assert("BR-FR-18_BT-123", t, count <= 1);
        }).Build());

        // BR-FR-20: BAR note values.
        patterns.Add(new PatternBuilder("BR-FR-20").At(
            P(ExchangedDocument, IncludedNote),
            e => AnyEquals(e, "BAR", SubjectCode),
            (e, r) =>
            {
                var content = e.Element(Content);
                r.Assert("BR-FR-20_BT-21", t, content is not null && BarTreatments.Contains(content.Value));
            }).Build());

        // BR-FR-21/22: B2B electronic address scheme 0225 starting with the SIREN (buyer, or seller when self-billed).
        patterns.Add(new PatternBuilder("BR-FR-21").At([Cii], (e, r) =>
        {
            if (BarEquals(e, "B2B") && !AnyIn(e, SelfBilledTypes, ExchangedDocument, TypeCode))
            {
                r.Assert("BR-FR-21_BT-49", t, EndpointStartsWithSiren(e, Buyer));
            }
        }).Build());
        patterns.Add(new PatternBuilder("BR-FR-22").At([Cii], (e, r) =>
        {
            if (BarEquals(e, "B2B") && AnyIn(e, SelfBilledTypes, ExchangedDocument, TypeCode))
            {
                r.Assert("BR-FR-22_BT-34", t, EndpointStartsWithSiren(e, Seller));
            }
        }).Build());

        // BR-FR-23/25: electronic addresses (format with scheme 0225, length); BR-FR-24/26: private ids (0224).
        var addressParties = new[]
        {
            (Agreement, Seller, "BT-34"), (Agreement, Buyer, "BT-49"), (Agreement, BuyerAgent, "EXT-FR-FE-12"),
            (Settlement, Payee, "EXT-FR-FE-29"), (Settlement, Payer, "EXT-FR-FE-52"), (Agreement, SalesAgent, "EXT-FR-FE-75"),
            (Settlement, Invoicee, "EXT-FR-FE-98"), (Settlement, Invoicer, "EXT-FR-FE-121"),
        };
        p = new PatternBuilder("BR-FR-23");
        foreach (var (part, party, bt) in addressParties)
        {
            var id = "BR-FR-23_" + bt;
            p.At(Header(part, party, UriCommunication, UriId), e => HasScheme(e, "0225"), (e, r) => r.Assert(id, t, IsValidSchemeIdFormat(e.Value)));
        }

        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-24");
        p.At(Header(Agreement, Seller, GlobalId), e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-24_BT-29", t, IsValidSchemeIdFormat(e.Value)));
        p.At(Header(Agreement, Buyer, GlobalId), e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-24_BT-46", t, IsValidSchemeIdFormat(e.Value)));
        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-25");
        foreach (var (part, party, bt) in addressParties)
        {
            var id = "BR-FR-25_" + bt;
            p.At(Header(part, party, UriCommunication, UriId), (e, r) => r.Assert(id, t, Xp.StringLength(e.Value) <= 125));
        }

        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-26");
        p.At(Header(Agreement, Seller, GlobalId), e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-26_BT-29", t, Xp.StringLength(e.Value) <= 100));
        p.At(Header(Agreement, Buyer, GlobalId), e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-26_BT-46", t, Xp.StringLength(e.Value) <= 100));
        patterns.Add(p.Build());

        // BR-FR-27/28: item attributes (BG-32).
        p = new PatternBuilder("BR-FR-27");
        p.At(LineAt(Product, Characteristic), (e, r) => r.Assert("BR-FR-27_BG-32", t, e.Element(Description) is not null || e.Element(TypeCode) is not null));
        p.At(LineAt(Product, Characteristic, Description), (e, r) => r.Assert("BR-FR-27_BT-160", t, Xp.Norm(e).Length > 0));
        p.At(LineAt(Product, Characteristic, TypeCode), (e, r) => r.Assert("BR-FR-27_EXT-FR-FE-159", t, Xp.Norm(e).Length > 0));
        patterns.Add(p.Build());
        patterns.Add(new PatternBuilder("BR-FR-28").At(LineAt(Product, Characteristic), (e, r) =>
        {
            var hasValue = e.Element(Value) is not null;
            var hasMeasure = e.Element(ValueMeasure) is not null;
            var hasMeasureWithUnit = false;
            foreach (var m in e.Elements(ValueMeasure))
            {
                if (m.Attribute(UnitCode) is { Value.Length: > 0 })
                {
                    hasMeasureWithUnit = true;
                    break;
                }
            }

            r.Assert("BR-FR-28-Value", t, (hasValue && !hasMeasure) || (!hasValue && hasMeasureWithUnit));
        }).Build());

        // BR-FR-29/30: billed object identifiers AFL/AVV at most once and not empty (header; the line variant
        // looks at AdditionalReferencedDocument directly under the line, as the Schematron writes it).
        patterns.Add(ObjectIdentifiers("BR-FR-29", Header(Agreement), "BR-FR-29_BT-18", t));
        patterns.Add(ObjectIdentifiers("BR-FR-30", LineAt(), "BR-FR-30_BT-128", t));

        // BR-FR-31: one BAR treatment.
        patterns.Add(new PatternBuilder("BR-FR-31").At(P(ExchangedDocument), (e, r) =>
        {
            var count = 0;
            foreach (var note in e.Elements(IncludedNote))
            {
                if (AnyEquals(note, "BAR", SubjectCode) && BarTreatments.Contains(NormAt(note, Content)))
                {
                    count++;
                }
            }

            r.Assert("BR-FR-31_BT-21", t, count <= 1);
        }).Build());

        // BR-FR-32: every SIREN (0002) or VAT-group id (0231) has 9 digits, anywhere.
        p = new PatternBuilder("BR-FR-32");
        p.Rule("//ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002']", IdName, e => e.Parent?.Name == LegalOrganization && HasScheme(e, "0002"),
            (e, r) => r.Assert("BR-FR-32-LEGALID", t, IsSirenFormat(Xp.Norm(e))));
        p.Rule("//ram:GlobalID[@schemeID = '0002' or @schemeID='0231']", GlobalId, e => HasScheme(e, "0002") || HasScheme(e, "0231"),
            (e, r) => r.Assert("BR-FR-32-GLOBALID", t, IsSirenFormat(Xp.Norm(e))));
        patterns.Add(p.Build());

        // BR-FR-CO-03: a 262 credit note states its contract (BT-12) and billing period (BG-14).
        patterns.Add(new PatternBuilder("BR-FR-CO-03").At([Cii], (e, r) =>
        {
            if (AnyEquals(e, "262", ExchangedDocument, TypeCode))
            {
                r.Assert("BR-FR-CO-03_BT-3", t,
                    StrAt(e, Stt, Agreement, ContractDocument, IssuerAssignedId).Length > 0
                    && StrAt(e, Stt, Settlement, BillingPeriod, StartDateTime, UdtDateTime).Length > 0
                    && StrAt(e, Stt, Settlement, BillingPeriod, EndDateTime, UdtDateTime).Length > 0);
            }
        }).Build());

        // BR-FR-CO-04: a corrective invoice references exactly one invoice.
        patterns.Add(new PatternBuilder("BR-FR-CO-04").At([Cii], (e, r) =>
        {
            if (AnyIn(e, CorrectiveTypes, ExchangedDocument, TypeCode))
            {
                r.Assert("BR-FR-CO-04_BT-4", t, AllAt(e, Stt, Settlement, InvoiceReferencedDocument).Count == 1);
            }
        }).Build());

        // BR-FR-CO-05: a credit note references an invoice, in the header or on every detail line.
        patterns.Add(new PatternBuilder("BR-FR-CO-05").At([Cii], (e, r) =>
        {
            if (!AnyIn(e, CreditNoteTypes, ExchangedDocument, TypeCode))
            {
                return;
            }

            var header = false;
            foreach (var reference in AllAt(e, Stt, Settlement, InvoiceReferencedDocument))
            {
                header |= IsDatedReference(reference);
            }

            var lines = true;
            foreach (var line in AllAt(e, Stt, Line))
            {
                var codes = AllAt(line, LineDocument, LineStatusReasonCode);
                if (codes.Count > 0 && !AnyEquals(line, "DETAIL", LineDocument, LineStatusReasonCode))
                {
                    continue;
                }

                var referenced = false;
                foreach (var reference in AllAt(line, LineSettlement, InvoiceReferencedDocument))
                {
                    referenced |= IsDatedReference(reference);
                }

                lines &= referenced;
            }

            r.Assert("BR-FR-CO-05_BT-3", t, header || lines);
        }).Build());

        // BR-FR-CO-07: due date not before the issue date (text comparison of YYYYMMDD), except deposits and paid invoices.
        patterns.Add(new PatternBuilder("BR-FR-CO-07").At([Cii], (e, r) =>
        {
            var due = StrAt(e, Stt, Settlement, PaymentTerms, DueDateDateTime, UdtDateTime);
            var issue = FirstAt(e, ExchangedDocument, IssueDateTime, UdtDateTime);
            r.Assert("BR-FR-CO-07_BT-9", t,
                due.Length == 0
                || AnyIn(e, DepositTypes, ExchangedDocument, TypeCode)
                || AnyIn(e, PaidFrameworks, ExchangedDocumentContext, BusinessProcess, IdName)
                || (issue is not null && string.CompareOrdinal(due, issue.Value) >= 0));
        }).Build());

        // BR-FR-CO-08: a final invoice after deposits is not itself a deposit.
        patterns.Add(new PatternBuilder("BR-FR-CO-08").At([Cii], (e, r) =>
            r.Assert("BR-FR-CO-08_BT-23", t,
                !AnyIn(e, FinalFrameworks, ExchangedDocumentContext, BusinessProcess, IdName) || !AnyIn(e, DepositTypes, ExchangedDocument, TypeCode))).Build());

        // BR-FR-CO-09: an already-paid invoice is fully prepaid, nothing due, with a due date.
        patterns.Add(new PatternBuilder("BR-FR-CO-09").At([Cii], (e, r) =>
        {
            if (!AnyIn(e, PaidFrameworks, ExchangedDocumentContext, BusinessProcess, IdName))
            {
                return;
            }

            // number() comparisons: NaN (absent or not a number) never equals anything.
            r.Assert("BR-FR-CO-09_BT-23-1", t, Xp.Double(FirstAt(e, Stt, Settlement, Totals, TotalPrepaid)) == Xp.Double(FirstAt(e, Stt, Settlement, Totals, GrandTotal)));
            r.Assert("BR-FR-CO-09_BT-23-2", t, Xp.Double(FirstAt(e, Stt, Settlement, Totals, DuePayable)) == 0d);
            r.Assert("BR-FR-CO-09_BT-23-3", t, StrAt(e, Stt, Settlement, PaymentTerms, DueDateDateTime, UdtDateTime).Length > 0);
        }).Build());

        // BR-FR-CO-10: every global id has a scheme, each scheme once (contexts start at the transaction).
        p = new PatternBuilder("BR-FR-CO-10");
        foreach (var (path, bt) in new[]
                 {
                     (new[] { Stt, Agreement, Seller }, "BT-29"),
                     ([Stt, Agreement, Buyer], "BT-46"),
                     ([Stt, Settlement, Payee], "BT-60"),
                     ([Stt, Agreement, BuyerAgent], "EXT-FR-FE-06"),
                     ([Stt, Settlement, Payer], "EXT-FR-FE-46"),
                     ([Stt, Agreement, SalesAgent], "EXT-FR-FE-69"),
                     ([Stt, Settlement, Invoicee], "EXT-FR-FE-92"),
                     ([Stt, Settlement, Invoicer], "EXT-FR-FE-115"),
                     ([Stt, Delivery, ShipTo], "BT-71"),
                     ([Stt, Line, LineDelivery, ShipTo], "EXT-FR-FE-146"),
                 })
        {
            var id = "BR-FR-CO-10_" + bt;
            p.At(path, (e, r) => CheckSchemes(e.Elements(GlobalId), r, t, id));
        }

        patterns.Add(p.Build());

        // BR-FR-CO-12: a non-EUR invoice has EUR as VAT accounting currency and a VAT total in EUR.
        patterns.Add(new PatternBuilder("BR-FR-CO-12").At([Cii], (e, r) =>
        {
            if (!AnyNotEquals(e, "EUR", Stt, Settlement, InvoiceCurrency))
            {
                return;
            }

            XElement? eurTax = null;
            foreach (var amount in AllAt(e, Stt, Settlement, Totals, TaxTotal))
            {
                if (string.Equals(Attr(amount, CurrencyId), "EUR", StringComparison.Ordinal))
                {
                    eurTax = amount;
                    break;
                }
            }

            r.Assert("BR-FR-CO-12_BT-5", t, AnyEquals(e, "EUR", Stt, Settlement, TaxCurrency) && Xp.Str(eurTax).Length > 0);
        }).Build());

        // BR-FR-CO-14/15: a member of a VAT group (0231) says so in a TXD note and names its tax representative.
        patterns.Add(new PatternBuilder("BR-FR-CO-14").At([Cii], (e, r) =>
        {
            if (FirstWithScheme(e, "0231", Stt, Agreement, Seller, GlobalId) is null)
            {
                return;
            }

            var hasNote = false;
            foreach (var note in AllAt(e, ExchangedDocument, IncludedNote))
            {
                hasNote |= AnyEquals(note, "TXD", SubjectCode) && AnyEquals(note, "MEMBRE_ASSUJETTI_UNIQUE", Content);
            }

            r.Assert("BR-FR-CO-14_BT-29-1", t, hasNote);
        }).Build());
        patterns.Add(new PatternBuilder("BR-FR-CO-15").At([Cii], (e, r) =>
        {
            if (FirstWithScheme(e, "0231", Stt, Agreement, Seller, GlobalId) is null)
            {
                return;
            }

            var representative = AllAt(e, Stt, Agreement, TaxRepresentative);
            XElement? vat = null;
            foreach (var rep in representative)
            {
                vat ??= FirstWithScheme(rep, "VA", TaxRegistration, IdName);
            }

            r.Assert("BR-FR-CO-15_BT-29-1", t, representative.Count > 0 && Xp.Str(vat).Length > 0);
        }).Build());

        // BR-FR-DEC-01: amounts, 2 decimals. BT-111 has the same context as BT-110 and so never fires.
        p = new PatternBuilder("BR-FR-DEC-01");
        p.At(Header(Settlement, AllowanceCharge, ActualAmount), Amount("BR-FR-DEC-01_BT-92_BT-99", t));
        foreach (var (path, bt) in new[]
                 {
                     (Header(Settlement, AllowanceCharge, BasisAmount), "BT-93_BT-100"),
                     (Header(Settlement, Totals, LineTotal), "BT-106"),
                     (Header(Settlement, Totals, R + "AllowanceTotalAmount"), "BT-107"),
                     (Header(Settlement, Totals, R + "ChargeTotalAmount"), "BT-108"),
                     (Header(Settlement, Totals, R + "TaxBasisTotalAmount"), "BT-109"),
                     (Header(Settlement, Totals, TaxTotal), "BT-110"),
                     (Header(Settlement, Totals, TaxTotal), "BT-111"),
                     (Header(Settlement, Totals, GrandTotal), "BT-112"),
                     (Header(Settlement, Totals, TotalPrepaid), "BT-113"),
                     (Header(Settlement, Totals, R + "RoundingAmount"), "BT-114"),
                     (Header(Settlement, Totals, DuePayable), "BT-115"),
                     (Header(Settlement, TradeTax, BasisAmount), "BT-116"),
                     (Header(Settlement, TradeTax, R + "CalculatedAmount"), "BT-117"),
                     (LineAt(LineSettlement, LineTotals, LineTotal), "BT-131"),
                     (LineAt(LineSettlement, AllowanceCharge, ActualAmount), "BT-136_BT-141"),
                     (LineAt(LineSettlement, AllowanceCharge, BasisAmount), "BT-137_BT-142"),
                 })
        {
            p.At(path, null, absolute: true, Amount("BR-FR-DEC-01_" + bt, t));
        }

        patterns.Add(p.Build());

        // BR-FR-DEC-02: quantities, 4 decimals.
        p = new PatternBuilder("BR-FR-DEC-02");
        p.At(LineAt(LineDelivery, BilledQuantity), (e, r) => r.Assert("BR-FR-DEC-02_BT-129", t, IsValidDecimal(Xp.Norm(e), 4, allowMinus: true)));
        p.At(LineAt(LineAgreement, NetPrice, BasisQuantity), (e, r) => r.Assert("BR-FR-DEC-02_BT-149", t, IsValidDecimal(Xp.Norm(e), 4, allowMinus: true)));
        patterns.Add(p.Build());

        // BR-FR-DEC-03: unit prices, 6 decimals, positive unless the invoice is bidirectional (B9/S9/M9).
        p = new PatternBuilder("BR-FR-DEC-03");
        foreach (var (path, bt) in new[]
                 {
                     (LineAt(LineAgreement, NetPrice, ChargeAmount), "BT-146"),
                     (LineAt(LineAgreement, GrossPrice, AppliedAllowanceCharge, ActualAmount), "BT-147"),
                     (LineAt(LineAgreement, GrossPrice, ChargeAmount), "BT-148"),
                 })
        {
            var id = "BR-FR-DEC-03_" + bt;
            p.At(path, (e, r) => r.Assert(id, t, IsValidDecimal(Xp.Norm(e), 6, allowMinus: IsFramework(e, BidirectionalFrameworks))));
        }

        patterns.Add(p.Build());

        // BR-FR-DEC-04: VAT rates, 2 decimals, positive.
        p = new PatternBuilder("BR-FR-DEC-04");
        foreach (var (path, bt) in new[]
                 {
                     (Header(Settlement, AllowanceCharge, CategoryTradeTax, RatePercent), "BT-96_BT-103"),
                     (Header(Settlement, TradeTax, RatePercent), "BT-119"),
                     (LineAt(LineSettlement, TradeTax, RatePercent), "BT-152"),
                 })
        {
            var id = "BR-FR-DEC-04_" + bt;
            p.At(path, (e, r) => r.Assert(id, t, IsValidPercent(Xp.Norm(e))));
        }

        patterns.Add(p.Build());

        // Multi-vendor (S8/B8/M8) and bidirectional (S9/B9/M9) invoices: fatal in both files.
        patterns.Add(new PatternBuilder("BR-FR-MV-01").At(LineAt(LineDocument, LineStatusReasonCode), (e, r) =>
            r.Assert("BR-FR-MV-01_EXT-FR-FE-163", mv, !IsFramework(e, SpecialFrameworks) || Xp.Norm(e).Length > 0)).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-02").At([Cii, Stt], (e, r) =>
            r.Assert("BR-FR-MV-02_EXT-FR-FE-163", mv, !IsFramework(e, MultiVendorFrameworks) || CountGroupLines(e, null) >= 1)).Build());

        patterns.Add(new PatternBuilder("BR-FR-BD-02").At([Cii, Stt], (e, r) =>
        {
            if (!IsFramework(e, BidirectionalFrameworks))
            {
                return;
            }

            r.Assert("BR-FR-BD-02_EXT-FR-FE-163", mv, CountGroupLines(e, null) == 2);
            r.Assert("BR-FR-BD-02_BT-31", mv, CountGroupLines(e, AllAt(e, Agreement, Seller, LegalOrganization, IdName)) == 1);
            r.Assert("BR-FR-BD-02_BT-47", mv, CountGroupLines(e, AllAt(e, Agreement, Buyer, LegalOrganization, IdName)) == 1);
        }).Build());

        p = new PatternBuilder("BR-FR-MV-03");
        p.At(LineAt(), IsGroupRoot, absolute: false, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            r.Assert("BR-FR-MV-03_EXT-FR-FE-164", mv, NormAt(e, LineAgreement, ItemSeller, Name).Length > 0);
            r.Assert("BR-FR-MV-03_EXT-FR-FE-167", mv, NormAt(e, LineAgreement, ItemSeller, LegalOrganization, IdName).Length > 0);
            r.Assert("BR-FR-MV-03_EXT-FR-FE-177", mv, NormAt(e, LineAgreement, ItemSeller, PostalAddress, CountryId).Length > 0);
            var invoiceCurrency = AllAt(e.Parent, Settlement, InvoiceCurrency);
            r.Assert("BR-FR-MV-03_EXT-FR-FE-181", mv, Xp.Norm(LineTaxTotalIn(e, invoiceCurrency)).Length > 0);
            var taxCurrency = AllAt(e.Parent, Settlement, TaxCurrency);
            r.Assert("BR-FR-MV-03_EXT-FR-FE-182", mv,
                taxCurrency.Count == 0 || (taxCurrency.Exists(c => c.Value.Length > 0) && Xp.Norm(LineTaxTotalIn(e, taxCurrency)).Length > 0));
        });
        p.At(LineAt(LineSettlement, AdditionalDocument), e => AnyEquals(e, "AFL", ReferenceTypeCode) && IsGroupRoot(e.Parent!.Parent!), absolute: false, (e, r) =>
            r.Assert("BR-FR-MV-03_BT-128_AFL", mv, !IsFramework(e, SpecialFrameworks) || (AnyEquals(e, "130", TypeCode) && NormAt(e, IssuerAssignedId).Length > 0)));
        p.At(LineAt(LineSettlement, AdditionalDocument), e => AnyEquals(e, "AVV", ReferenceTypeCode) && IsGroupRoot(e.Parent!.Parent!), absolute: false, (e, r) =>
            r.Assert("BR-FR-MV-03_BT-128_AVV", mv, !IsFramework(e, SpecialFrameworks)
                || (AnyEquals(e, "130", TypeCode) && NormAt(e, IssuerAssignedId).Length > 0
                    && !AnyEquals(e, "M8", IssuerAssignedId) && !AnyEquals(e, "S8", IssuerAssignedId) && !AnyEquals(e, "B8", IssuerAssignedId))));
        patterns.Add(p.Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-05").At(LineAt(), IsGroupRoot, absolute: false, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var groupId = NormAt(e, LineDocument, LineId);
            var sum = 0d;
            var count = 0;
            foreach (var line in e.Parent!.Elements(Line))
            {
                if (AnyEquals(line, groupId, LineDocument, ParentLineId) && AnyNotEquals(line, "INFORMATION", LineDocument, LineStatusReasonCode))
                {
                    foreach (var amount in AllAt(line, LineSettlement, LineTotals, LineTotal))
                    {
                        sum += Xp.Double(amount);
                        count++;
                    }
                }
            }

            r.Assert("BR-FR-MV-05_EXT-FR-FE-BG-12", mv, Math.Abs(Xp.Double(FirstAt(e, LineSettlement, LineTotals, LineTotal)) - sum) <= 0.01 * count);
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-06").At(LineAt(), (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                var legalId = NormAt(e, LineAgreement, ItemSeller, LegalOrganization, IdName);
                r.Assert("BR-FR-MV-06_EXT-FR-FE-167", mv, legalId.Length > 0 && ParentAgrees(e, legalId, static l => NormAt(l, LineAgreement, ItemSeller, LegalOrganization, IdName)));
            }
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-07").At(LineAt(), (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                var number = SubInvoiceNumber(e);
                r.Assert("BR-FR-MV-07_BT-128", mv, number.Length > 0 && ParentAgrees(e, number, SubInvoiceNumber));
            }
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-08").At(LineAt(), e => AnyEquals(e, "DETAIL", LineDocument, LineStatusReasonCode), absolute: false, (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                var number = SubInvoiceNumber(e);
                var reason = FirstAt(e, LineSettlement, TradeTax, ExemptionReason);
                r.Assert("BR-FR-MV-08_BT-128", mv,
                    Xp.Norm(reason).Length > 0 && number.Length > 0 && Xp.Str(reason).StartsWith('#' + number + '#', StringComparison.Ordinal));
            }
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-09").At(LineAt(), IsGroupRoot, absolute: false, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var prefix = '#' + SubInvoiceNumber(e) + '#';
            var sum = 0d;
            foreach (var tax in AllAt(e.Parent, Settlement, TradeTax))
            {
                if (AnyEquals(tax, "VAT", TypeCode) && StrAt(tax, ExemptionReason).StartsWith(prefix, StringComparison.Ordinal))
                {
                    foreach (var amount in tax.Elements(R + "CalculatedAmount"))
                    {
                        sum += Xp.Double(amount);
                    }
                }
            }

            var invoiceCurrency = AllAt(e.Parent, Settlement, InvoiceCurrency);
            r.Assert("BR-FR-MV-09_EXT-FR-FE-181", mv, Math.Abs(Xp.Double(LineTaxTotalIn(e, invoiceCurrency)) - sum) <= 0.01);
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-10").At(LineAt(), IsGroupRoot, absolute: false, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var grand = FirstAt(e, LineSettlement, LineTotals, GrandTotal);
            if (grand is null)
            {
                return;
            }

            var ids = AllAt(e, LineDocument, LineId);
            var details = 0;
            if (e.Document?.Root is { } root && root.Name == Cii)
            {
                foreach (var line in AllAt(root, Stt, Line))
                {
                    if (AnyPairEquals(AllAt(line, LineDocument, ParentLineId), ids) && AnyEquals(line, "DETAIL", LineDocument, LineStatusReasonCode))
                    {
                        details++;
                    }
                }
            }

            var invoiceCurrency = AllAt(e.Parent, Settlement, InvoiceCurrency);
            var difference = Xp.Double(grand) - Xp.Double(FirstAt(e, LineSettlement, LineTotals, LineTotal)) - Xp.Double(LineTaxTotalIn(e, invoiceCurrency));
            r.Assert("BR-FR-MV-10_EXT-FR-FE-184", mv, Xp.Norm(grand).Length > 0 && Math.Abs(difference) <= 0.01 * details);
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-11").At(LineAt(), e => IsGroupRoot(e) && AnyPairEquals(AllAt(e, LineAgreement, ItemSeller, LegalOrganization, IdName), MainSellerIds(e)), absolute: false, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var root = e.Document!.Root!;
            var invoiceIds = AllAt(root, ExchangedDocument, IdName);
            var sellerIds = MainSellerIds(e);
            var count = 0;
            foreach (var line in root.Descendants(Line))
            {
                if (!IsGroupRoot(line) || !AnyPairEquals(AllAt(line, LineAgreement, ItemSeller, LegalOrganization, IdName), sellerIds))
                {
                    continue;
                }

                foreach (var doc in AllAt(line, LineSettlement, AdditionalDocument))
                {
                    if (AnyEquals(doc, "AFL", ReferenceTypeCode) && AnyEquals(doc, "130", TypeCode) && AnyPairEquals(AllAt(doc, IssuerAssignedId), invoiceIds))
                    {
                        count++;
                    }
                }
            }

            var number = SubInvoiceNumber(e);
            var equals = invoiceIds.Exists(i => string.Equals(i.Value, number, StringComparison.Ordinal));
            var differs = invoiceIds.Exists(i => !string.Equals(i.Value, number, StringComparison.Ordinal));
            r.Assert("BR-FR-MV-11_BT-128", mv, count == 1 || (count == 0 && equals) || (count > 1 && differs));
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-12").At([Cii, Stt], (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                r.Assert("BR-FR-MV-12_BT-128", mv, !SubInvoiceNumberRepeated(e));
            }
        }).Build());

        patterns.Add(new PatternBuilder("BR-FR-MV-13").At(P(ExchangedDocument, TypeCode), (e, r) =>
            r.Assert("BR-FR-MV-13_BT-3", mv, !IsFramework(e, MultiVendorFrameworks) || (Xp.Norm(e).Length > 0 && !SelfBilledTypes.Contains(e.Value)))).Build());
        patterns.Add(new PatternBuilder("BR-FR-BD-13").At(P(ExchangedDocument, TypeCode), (e, r) =>
            r.Assert("BR-FR-BD-13_BT-3", mv, !IsFramework(e, BidirectionalFrameworks) || SelfBilledTypes.Contains(Xp.Norm(e)))).Build());

        patterns.Add(PriorInvoicePattern("BR-FR-MV-14", MultiVendorCorrectionTypes, MultiVendorFrameworks, "BR-FR-MV-14-EXT-FR-FE-136", "BR-FR-MV-14-EXT-FR-FE-138"));
        patterns.Add(PriorInvoicePattern("BR-FR-BD-14", BidirectionalCorrectionTypes, BidirectionalFrameworks, "BR-FR-BD-14-EXT-FR-FE-136", "BR-FR-BD-14-EXT-FR-FE-138"));
        return FrenchPatterns.Compact(patterns);
    }

    private static int CountNotes(XElement exchangedDocument, string code)
    {
        var count = 0;
        foreach (var note in exchangedDocument.Elements(IncludedNote))
        {
            if (AnyEquals(note, code, SubjectCode))
            {
                count++;
            }
        }

        return count;
    }

    // $barTreatment = 'B2B' over rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode = 'BAR']/ram:Content.
    private static bool BarEquals(XElement cii, string value)
    {
        foreach (var note in AllAt(cii, ExchangedDocument, IncludedNote))
        {
            if (AnyEquals(note, "BAR", SubjectCode) && AnyEquals(note, value, Content))
            {
                return true;
            }
        }

        return false;
    }

    // starts-with(URIID, SpecifiedLegalOrganization/ID) and URIID/@schemeID = '0225' (any legal id scheme here).
    private static bool EndpointStartsWithSiren(XElement cii, XName party)
    {
        var partyElement = FirstAt(cii, Stt, Agreement, party);
        var endpoint = FirstAt(partyElement, UriCommunication, UriId);
        var siren = StrAt(partyElement, LegalOrganization, IdName);
        var schemeOk = false;
        foreach (var uri in AllAt(partyElement, UriCommunication, UriId))
        {
            schemeOk |= string.Equals(Attr(uri, SchemeId), "0225", StringComparison.Ordinal);
        }

        return Xp.Str(endpoint).StartsWith(siren, StringComparison.Ordinal) && schemeOk;
    }

    private static XElement? FirstWithScheme(XElement? e, string scheme, params ReadOnlySpan<XName> path)
    {
        foreach (var x in AllAt(e, path))
        {
            if (HasScheme(x, scheme))
            {
                return x;
            }
        }

        return null;
    }

    private static string Prefix(string s, int length) => s.Length <= length ? s : s[..length];

    private static void CheckCategory(XElement tax, RuleScope r, RuleFlag t, string id, bool lineLevel)
    {
        var codes = AllAt(tax, CategoryCode);
        var code = codes.Count > 0 ? codes[0].Value : null;
        var valid = code is not null && VatCategories.Contains(code);
        if (lineLevel && !valid && codes.Count == 0)
        {
            var line = tax.Parent?.Parent;
            valid = AnyEquals(line, "GROUP", LineDocument, LineStatusReasonCode) || AnyEquals(line, "INFORMATION", LineDocument, LineStatusReasonCode);
        }

        r.Assert(id, t, valid);
        r.Assert(id + "_LM", t, !codes.Exists(c => ForeignVatCategories.Contains(c.Value)));
    }

    private static RulePattern ObjectIdentifiers(string patternId, XName[] parent, string countId, RuleFlag t)
    {
        var code = patternId["BR-FR-".Length..];
        var p = new PatternBuilder(patternId);
        p.At(parent, (e, r) =>
        {
            var afl = 0;
            var avv = 0;
            foreach (var doc in e.Elements(AdditionalDocument))
            {
                afl += AnyEquals(doc, "AFL", ReferenceTypeCode) ? 1 : 0;
                avv += AnyEquals(doc, "AVV", ReferenceTypeCode) ? 1 : 0;
            }

            r.Assert(countId, t, afl <= 1 && avv <= 1);
        });
        XName[] idPath = [.. parent, AdditionalDocument, IssuerAssignedId];
        p.At(idPath, e => AnyEquals(e.Parent, "AFL", ReferenceTypeCode), absolute: false, (e, r) => r.Assert($"BR-FR-{code}_AFL", t, Xp.Norm(e).Length > 0));
        p.At(idPath, e => AnyEquals(e.Parent, "AVV", ReferenceTypeCode), absolute: false, (e, r) => r.Assert($"BR-FR-{code}_AVV", t, Xp.Norm(e).Length > 0));
        return p.Build();
    }

    private static bool IsDatedReference(XElement reference) =>
        reference.Element(IssuerAssignedId) is not null && Exists(reference, FormattedIssueDateTime, QdtDateTime);

    private static void CheckSchemes(IEnumerable<XElement> ids, RuleScope r, RuleFlag t, string id)
    {
        var everyHasScheme = true;
        var schemes = new List<string>();
        foreach (var x in ids)
        {
            if (Attr(x, SchemeId) is { } scheme)
            {
                schemes.Add(scheme);
            }
            else
            {
                everyHasScheme = false;
            }
        }

        r.Assert(id + "-1", t, everyHasScheme);
        r.Assert(id + "-2", t, AllDistinct(schemes));
    }

    private static RuleBody Amount(string id, RuleFlag t) => (e, r) => r.Assert(id, t, IsValidDecimal(Xp.Norm(e), 2, allowMinus: true));

    // custom:isSpecialContract*(/rsm:CrossIndustryInvoice): BT-23 of the document's root, normalized, in the list.
    private static bool IsFramework(XElement anyElement, HashSet<string> frameworks)
    {
        var root = anyElement.Document?.Root;
        if (root is null || root.Name != Cii)
        {
            return false;
        }

        var id = FirstAt(root, ExchangedDocumentContext, BusinessProcess, IdName);
        return id is not null && frameworks.Contains(Xp.Norm(id));
    }

    // [ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'GROUP' and not(ram:AssociatedDocumentLineDocument/ram:ParentLineID)]
    private static bool IsGroupRoot(XElement line) =>
        AnyEquals(line, "GROUP", LineDocument, LineStatusReasonCode) && !Exists(line, LineDocument, ParentLineId);

    // Group lines without parent under a transaction; with sellerIds, only those whose line seller id equals one of them.
    private static int CountGroupLines(XElement transaction, List<XElement>? sellerIds)
    {
        var count = 0;
        foreach (var line in transaction.Elements(Line))
        {
            if (IsGroupRoot(line) && (sellerIds is null || AnyPairEquals(AllAt(line, LineAgreement, ItemSeller, LegalOrganization, IdName), sellerIds)))
            {
                count++;
            }
        }

        return count;
    }

    // ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxTotalAmount[@currencyID = $currency][1]
    private static XElement? LineTaxTotalIn(XElement line, List<XElement> currencies)
    {
        foreach (var amount in AllAt(line, LineSettlement, LineTotals, TaxTotal))
        {
            var currency = Attr(amount, CurrencyId);
            if (currency is not null && currencies.Exists(c => string.Equals(c.Value, currency, StringComparison.Ordinal)))
            {
                return amount;
            }
        }

        return null;
    }

    // normalize-space(ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument[AFL and 130]/ram:IssuerAssignedID)
    private static string SubInvoiceNumber(XElement line)
    {
        foreach (var doc in AllAt(line, LineSettlement, AdditionalDocument))
        {
            if (AnyEquals(doc, "AFL", ReferenceTypeCode) && AnyEquals(doc, "130", TypeCode) && doc.Element(IssuerAssignedId) is { } id)
            {
                return Xp.Norm(id);
            }
        }

        return string.Empty;
    }

    // not($parentlineID) or $value = normalize-space(../line[LineID = $parentlineID]/...)
    private static bool ParentAgrees(XElement line, string value, Func<XElement, string> valueOf)
    {
        var parentIds = AllAt(line, LineDocument, ParentLineId);
        if (parentIds.Count == 0)
        {
            return true;
        }

        foreach (var other in line.Parent!.Elements(Line))
        {
            if (AnyPairEquals(AllAt(other, LineDocument, LineId), parentIds))
            {
                return string.Equals(value, valueOf(other), StringComparison.Ordinal);
            }
        }

        return value.Length == 0;
    }

    private static List<XElement> MainSellerIds(XElement anyElement)
    {
        var root = anyElement.Document?.Root;
        return root is not null && root.Name == Cii ? AllAt(root, Stt, Agreement, Seller, LegalOrganization, IdName) : [];
    }

    // ram:IssuerAssignedID[. = preceding::ram:IssuerAssignedID] among the AFL numbers of the group lines.
    private static bool SubInvoiceNumberRepeated(XElement transaction)
    {
        var root = transaction.Document?.Root ?? transaction;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in root.Descendants(IssuerAssignedId))
        {
            var doc = id.Parent;
            var line = doc?.Parent?.Parent;
            if (doc is not null && doc.Name == AdditionalDocument && doc.Parent!.Name == LineSettlement && line is not null && line.Name == Line
                && line.Parent == transaction && IsGroupRoot(line)
                && AnyEquals(doc, "AFL", ReferenceTypeCode) && AnyEquals(doc, "130", TypeCode) && seen.Contains(id.Value))
            {
                return true;
            }

            seen.Add(id.Value);
        }

        return false;
    }

    private static RulePattern PriorInvoicePattern(string patternId, HashSet<string> types, HashSet<string> frameworks, string idNumber, string idDate)
    {
        // rsm:CrossIndustryInvoice[rsm:ExchangedDocument/ram:TypeCode = (...)]/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[group root]
        return new PatternBuilder(patternId).At(LineAt(), e => IsGroupRoot(e) && AnyIn(e.Parent!.Parent, types, ExchangedDocument, TypeCode), absolute: false, (e, r) =>
        {
            if (!IsFramework(e, frameworks))
            {
                return;
            }

            r.Assert(idNumber, RuleFlag.Fatal, Exists(e, LineSettlement, InvoiceReferencedDocument, IssuerAssignedId));
            r.Assert(idDate, RuleFlag.Fatal, Exists(e, LineSettlement, InvoiceReferencedDocument, FormattedIssueDateTime, QdtDateTime));
        }).Build();
    }
}
