using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;
using static Encaisse.EInvoicing.Validation.Rules.French.FrenchFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.French;

/// <summary>
/// The French CIUS rules for UBL (FNFE-MPE BR-FR-Flux2-Schematron-UBL 1.4.0, the same file in the EN16931 and
/// EXTENDED-CTC-FR folders): one pattern per Schematron pattern, in its order. The UBL file has its own rule ids
/// and its own quirks (two rules on one context where the second never fires, contexts that no valid document
/// has); they are reproduced as written. <see cref="Instance"/> is the main file, <see cref="WarningInstance"/>
/// the _WARNING twin.
/// </summary>
public sealed class FrenchUbl : RuleSetDefinition
{
    private static readonly XNamespace A = Namespaces.Cac;
    private static readonly XNamespace B = Namespaces.Cbc;

    private static readonly XName Invoice = Namespaces.UblInvoice + "Invoice";
    private static readonly XName CreditNote = Namespaces.UblCreditNote + "CreditNote";

    // Path placeholders: the document element (ubl:Invoice | cn:CreditNote) and its line (cac:InvoiceLine under an
    // Invoice, cac:CreditNoteLine under a CreditNote), as the Schematron pairs them in its unions.
    private static readonly XName Doc = XName.Get("document", "urn:encaisse:path");
    private static readonly XName DocLine = XName.Get("line", "urn:encaisse:path");

    private static readonly XName IdName = B + "ID";
    private static readonly XName IssueDate = B + "IssueDate";
    private static readonly XName InvoiceTypeCode = B + "InvoiceTypeCode";
    private static readonly XName CreditNoteTypeCode = B + "CreditNoteTypeCode";
    private static readonly XName DocumentTypeCode = B + "DocumentTypeCode";
    private static readonly XName Note = B + "Note";
    private static readonly XName ProfileId = B + "ProfileID";
    private static readonly XName CompanyId = B + "CompanyID";
    private static readonly XName EndpointId = B + "EndpointID";
    private static readonly XName Percent = B + "Percent";
    private static readonly XName DocumentDescription = B + "DocumentDescription";
    private static readonly XName Name = B + "Name";
    private static readonly XName DueDate = B + "DueDate";
    private static readonly XName DocumentStatusCode = B + "DocumentStatusCode";
    private static readonly XName LineExtensionAmount = B + "LineExtensionAmount";
    private static readonly XName TaxAmount = B + "TaxAmount";
    private static readonly XName Amount = B + "Amount";
    private static readonly XName BaseAmount = B + "BaseAmount";
    private static readonly XName DocumentCurrencyCode = B + "DocumentCurrencyCode";
    private static readonly XName TaxCurrencyCode = B + "TaxCurrencyCode";
    private static readonly XName TaxExemptionReason = B + "TaxExemptionReason";

    private static readonly XName InvoiceLine = A + "InvoiceLine";
    private static readonly XName CreditNoteLine = A + "CreditNoteLine";
    private static readonly XName BillingReference = A + "BillingReference";
    private static readonly XName InvoiceDocumentReference = A + "InvoiceDocumentReference";
    private static readonly XName BillingReferenceLine = A + "BillingReferenceLine";
    private static readonly XName DocumentReference = A + "DocumentReference";
    private static readonly XName Delivery = A + "Delivery";
    private static readonly XName DeliveryLocation = A + "DeliveryLocation";
    private static readonly XName InvoicePeriod = A + "InvoicePeriod";
    private static readonly XName SupplierParty = A + "AccountingSupplierParty";
    private static readonly XName CustomerParty = A + "AccountingCustomerParty";
    private static readonly XName Party = A + "Party";
    private static readonly XName PartyIdentification = A + "PartyIdentification";
    private static readonly XName PartyLegalEntity = A + "PartyLegalEntity";
    private static readonly XName PayeeParty = A + "PayeeParty";
    private static readonly XName AgentParty = A + "AgentParty";
    private static readonly XName PaymentMeans = A + "PaymentMeans";
    private static readonly XName PaymentMandate = A + "PaymentMandate";
    private static readonly XName PayerParty = A + "PayerParty";
    private static readonly XName ServiceProviderParty = A + "ServiceProviderParty";
    private static readonly XName AllowanceCharge = A + "AllowanceCharge";
    private static readonly XName TaxCategory = A + "TaxCategory";
    private static readonly XName TaxTotal = A + "TaxTotal";
    private static readonly XName TaxSubtotal = A + "TaxSubtotal";
    private static readonly XName Item = A + "Item";
    private static readonly XName ClassifiedTaxCategory = A + "ClassifiedTaxCategory";
    private static readonly XName AdditionalDocumentReference = A + "AdditionalDocumentReference";
    private static readonly XName AdditionalItemProperty = A + "AdditionalItemProperty";
    private static readonly XName LegalMonetaryTotal = A + "LegalMonetaryTotal";
    private static readonly XName Price = A + "Price";
    private static readonly XName ManufacturerParty = A + "ManufacturerParty";

    // BR-FR-31 counts these treatments (with B2CINT, unlike BR-FR-20).
    private static readonly string[] BarCounted = ["B2B", "B2BINT", "B2C", "B2CINT", "OUTOFSCOPE", "ARCHIVEONLY"];

    private readonly FrenchMode _mode;

    private FrenchUbl(FrenchMode mode) => _mode = mode;

    /// <summary>The main file: every BR-FR rule fatal. Rule set <c>fr</c>.</summary>
    public static FrenchUbl Instance { get; } = new(FrenchMode.Fatal);

    /// <summary>The _WARNING twin (tolerance phase). Rule set <c>fr-warning</c>.</summary>
    public static FrenchUbl WarningInstance { get; } = new(FrenchMode.Warning);

    public override string Id => _mode == FrenchMode.Fatal ? RuleSetIds.French : RuleSetIds.FrenchWarning;

    public override DocumentSyntax Syntax => DocumentSyntax.Ubl;

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts() => FrenchTexts.All;

    protected override IEnumerable<RulePattern> BuildPatterns()
    {
        var t = Flag(_mode);
        const RuleFlag mv = RuleFlag.Fatal;
        var patterns = new List<RulePattern>();

        // BR-FR-01 (length and format) and BR-FR-02 (format again, other ids) on invoice numbers.
        var p = new PatternBuilder("BR-FR-01");
        foreach (var (path, bt, formatId) in new[]
                 {
                     (new[] { Doc, IdName }, "BT-1", "BR-FR-01_BT-1-2"),
                     ([Doc, BillingReference, InvoiceDocumentReference, IdName], "BT-25", "BR-FR-01_BT-25-2"),
                     ([Doc, DocLine, BillingReference, DocumentReference, IdName], "EXT-FR-FE-136", "BR-FR-01_BT-EXT-FR-FE-136-2"),
                 })
        {
            var lengthId = "BR-FR-01_" + bt + "-1";
            U(p, path, null, (e, r) =>
            {
                r.Assert(lengthId, t, Xp.StringLength(e.Value) <= 35);
                r.Assert(formatId, t, IsValidIdFormat(e.Value));
            });
        }

        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-02");
        U(p, [Doc, IdName], null, (e, r) => r.Assert("BR-FR-02_BT-1", t, IsValidIdFormat(e.Value)));
        U(p, [Doc, BillingReference, InvoiceDocumentReference, IdName], null, (e, r) => r.Assert("BR-FR-02_BT-25", t, IsValidIdFormat(e.Value)));
        U(p, [Doc, DocLine, DocumentReference, IdName], null, (e, r) => r.Assert("BR-FR-02_EXT-FR-FE-136", t, IsValidIdFormat(e.Value)));
        patterns.Add(p.Build());

        // BR-FR-03: dates of 2000-2099 (YYYY-MM-DD).
        p = new PatternBuilder("BR-FR-03");
        foreach (var (path, bt) in new[]
                 {
                     (new[] { Doc, IssueDate }, "BT-2"),
                     ([Doc, B + "TaxPointDate"], "BT-7"),
                     ([Doc, DueDate], "BT-9"),
                     ([Doc, BillingReference, InvoiceDocumentReference, IssueDate], "BT-26"),
                     ([Doc, Delivery, B + "ActualDeliveryDate"], "BT-72"),
                     ([Doc, InvoicePeriod, B + "StartDate"], "BT-73"),
                     ([Doc, InvoicePeriod, B + "EndDate"], "BT-74"),
                     ([Doc, DocLine, DocumentReference, IssueDate], "EXT-FR-FE-138"),
                     ([Doc, DocLine, Delivery, B + "ActualDeliveryDate"], "EXT-FR-FE-158"),
                     ([Doc, DocLine, InvoicePeriod, B + "StartDate"], "BT-134"),
                     ([Doc, DocLine, InvoicePeriod, B + "EndDate"], "BT-135"),
                 })
        {
            var id = "BR-FR-03_" + bt;
            U(p, path, null, (e, r) => r.Assert(id, t, IsValidIsoDate(e.Value)));
        }

        patterns.Add(p.Build());

        // BR-FR-04: document type codes.
        p = new PatternBuilder("BR-FR-04");
        p.Rule("ubl:Invoice/cbc:InvoiceTypeCode | cn:CreditNote/cbc:CreditNoteTypeCode", [InvoiceTypeCode, CreditNoteTypeCode], IsDocumentTypeCode,
            (e, r) => r.Assert("BR-FR-04_BT-3", t, DocumentTypeCodes.Contains(e.Value)));
        U(p, [Doc, BillingReference, InvoiceDocumentReference, DocumentTypeCode], null, (e, r) => r.Assert("BR-FR-04_EXT-FR-FE-02", t, DocumentTypeCodes.Contains(e.Value)));
        U(p, [Doc, DocLine, BillingReference, InvoiceDocumentReference, DocumentTypeCode], null, (e, r) => r.Assert("BR-FR-04_EXT-FR-FE-137", t, DocumentTypeCodes.Contains(e.Value)));
        patterns.Add(p.Build());

        // BR-FR-05/06: the notes (#CODE#text) PMT, PMD, AAB present; those and TXD at most once.
        patterns.Add(Root("BR-FR-05", (e, r) =>
        {
            var notes = AllNotes(e);
            r.Assert("BR-FR-05_BT-22-1", t, notes.Contains("#PMT#", StringComparison.Ordinal));
            r.Assert("BR-FR-05_BT-22-2", t, notes.Contains("#PMD#", StringComparison.Ordinal));
            r.Assert("BR-FR-05_BT-22-3", t, notes.Contains("#AAB#", StringComparison.Ordinal));
        }));
        patterns.Add(Root("BR-FR-06", (e, r) =>
        {
            var notes = AllNotes(e);
            r.Assert("BR-FR-06_BT-21-1", t, CountOccurrences(notes, "#PMT#") <= 1);
            r.Assert("BR-FR-06_BT-21-2", t, CountOccurrences(notes, "#PMD#") <= 1);
            r.Assert("BR-FR-06_BT-21-3", t, CountOccurrences(notes, "#AAB#") <= 1);
            r.Assert("BR-FR-06_BT-21-4", t, CountOccurrences(notes, "#TXD#") <= 1);
        }));

        // BR-FR-08: billing framework (BT-23, cbc:ProfileID).
        patterns.Add(Root("BR-FR-08", (e, r) =>
        {
            var profile = e.Element(ProfileId);
            r.Assert("BR-FR-08_BT-23", t, profile is not null && BillingModes.Contains(profile.Value));
        }));

        // BR-FR-09: SIRET consistent with SIREN.
        p = new PatternBuilder("BR-FR-09");
        foreach (var (path, bt, strict) in new[]
                 {
                     (new[] { Doc, SupplierParty, Party }, "BT-29", true),
                     ([Doc, CustomerParty, Party], "BT-46", true),
                     ([Doc, PayeeParty], "BT-60", false),
                     ([Doc, CustomerParty, Party, AgentParty], "EXT-FR-FE-06", false),
                     ([Doc, PaymentMeans, PaymentMandate, PayerParty], "EXT-FR-FE-46", false),
                     ([Doc, SupplierParty, Party, AgentParty], "EXT-FR-FE-69", false),
                     ([Doc, CustomerParty, Party, ServiceProviderParty, Party], "EXT-FR-FE-92", false),
                     ([Doc, SupplierParty, Party, ServiceProviderParty, Party], "EXT-FR-FE-115", false),
                 })
        {
            var id = "BR-FR-09_" + bt;
            U(p, path, null, (e, r) => CheckSiret(
                r, t, id, FirstWithScheme(e, "0009", PartyIdentification, IdName), FirstWithScheme(e, "0002", PartyLegalEntity, CompanyId), strict));
        }

        U(p, [Doc, Delivery], null, (e, r) => CheckSiret(
            r, t, "BR-FR-09_BT-71", FirstWithScheme(e, "0009", DeliveryLocation, IdName), FirstWithScheme(e, "0002", A + "DeliveryParty", PartyLegalEntity, CompanyId), strict: false));

        // EXT-FR-FE-146 reads cac:DeliveryLocation/cbc:ID under the line's DeliveryLocation (a path no document has).
        U(p, [Doc, DocLine, Delivery, DeliveryLocation], null, (e, r) => CheckSiret(
            r, t, "BR-FR-09_EXT-FR-FE-146", FirstWithScheme(e, "0009", DeliveryLocation, IdName), FirstWithScheme(e, "0002", A + "DeliveryParty", PartyLegalEntity, CompanyId), strict: false));
        patterns.Add(p.Build());

        // BR-FR-10: seller SIREN, checked in each seller legal entity.
        patterns.Add(new PatternBuilder("BR-FR-10").At([SupplierParty, Party, PartyLegalEntity], (e, r) =>
        {
            var siren = FirstWithScheme(e, "0002", CompanyId);
            r.Assert("BR-FR-10_BT-30", t, siren is not null && IsSirenFormat(Xp.Norm(siren)));
        }).Build());

        // BR-FR-11: buyer SIREN for B2B.
        patterns.Add(Root("BR-FR-11", (e, r) =>
        {
            if (UblNoteValue(AllNotes(e), "#BAR#") == "B2B")
            {
                var siren = FirstWithScheme(e, "0002", CustomerParty, Party, PartyLegalEntity, CompanyId);
                r.Assert("BR-FR-11_BT-47", t, siren is not null && IsSirenFormat(Xp.Norm(siren)));
            }
        }));

        // BR-FR-12/13: electronic addresses present.
        patterns.Add(Root("BR-FR-12", (e, r) => r.Assert("BR-FR-12_BT-49", t, NormAt(e, CustomerParty, Party, EndpointId).Length > 0)));
        patterns.Add(Root("BR-FR-13", (e, r) => r.Assert("BR-FR-13_BT-34", t, NormAt(e, SupplierParty, Party, EndpointId).Length > 0)));

        // BR-FR-15: VAT categories.
        p = new PatternBuilder("BR-FR-15");
        p.At([AllowanceCharge, TaxCategory], (e, r) => CheckCategory(e, r, t, "BR-FR-15_BT-95_BT-102-1", "BR-FR-15_BT-95_BT-102-2"));
        p.At([TaxTotal, TaxSubtotal, TaxCategory], (e, r) => CheckCategory(e, r, t, "BR-FR-15_BT-118-1", "BR-FR-15_BT-118-2"));
        p.At([Item, ClassifiedTaxCategory], (e, r) => CheckCategory(e, r, t, "BR-FR-15_BT-151-1", "BR-FR-08_BT-151-2"));
        patterns.Add(p.Build());

        // BR-FR-16: VAT rates. The BT-103 rule repeats the BT-96 context and so never fires.
        p = new PatternBuilder("BR-FR-16");
        p.At([AllowanceCharge, TaxCategory], Rate("BR-FR-16_BT-96", t));
        p.At([AllowanceCharge, TaxCategory], Rate("BR-FR-16_BT-103", t));
        p.At([TaxTotal, TaxSubtotal, TaxCategory], Rate("BR-FR-16_BT-119", t));
        p.At([InvoiceLine, Item, ClassifiedTaxCategory], Rate("BR-FR-16_BT-152", t));
        patterns.Add(p.Build());

        // BR-FR-17/18: attachment qualifiers; one LISIBLE at most.
        patterns.Add(new PatternBuilder("BR-FR-17").At([AdditionalDocumentReference], (e, r) =>
        {
            var description = e.Element(DocumentDescription);
            r.Assert("BR-FR-17_BT-123", t, description is null || AttachmentCodes.Contains(description.Value));
        }).Build());
        patterns.Add(Root("BR-FR-18", (e, r) =>
        {
            var count = 0;
            foreach (var doc in e.Elements(AdditionalDocumentReference))
            {
                count += AnyEquals(doc, "LISIBLE", DocumentDescription) ? 1 : 0;
            }

            r.Assert("BR-FR-18_BT-123", t, count <= 1);
        }));

        // BR-FR-20: the BAR treatment (UBL list: without B2CINT).
        patterns.Add(Root("BR-FR-20", (e, r) =>
        {
            var bar = UblNoteValue(AllNotes(e), "#BAR#");
            r.Assert("BR-FR-20_BT-21", t, bar.Length == 0 || UblBarTreatments.Contains(bar));
        }));

        // BR-FR-21: B2B buyer address 0225 starting with its SIREN unless self-billed; BR-FR-22: seller address when
        // self-billed, whatever the (non-empty) treatment.
        patterns.Add(Root("BR-FR-21", (e, r) =>
        {
            if (UblNoteValue(AllNotes(e), "#BAR#") == "B2B" && !IsSelfBilled(e))
            {
                r.Assert("BR-FR-21_BT-49", t, EndpointStartsWithSiren(e, CustomerParty));
            }
        }));
        patterns.Add(Root("BR-FR-22", (e, r) =>
        {
            if (UblNoteValue(AllNotes(e), "#BAR#").Length > 0 && IsSelfBilled(e))
            {
                r.Assert("BR-FR-22_BT-34", t, EndpointStartsWithSiren(e, SupplierParty));
            }
        }));

        // BR-FR-23/25: electronic addresses; BR-FR-24/26: private identifiers (0224).
        var addressParties = new[]
        {
            (new[] { Doc, SupplierParty, Party }, "BT-34"),
            ([Doc, CustomerParty, Party], "BT-49"),
            ([Doc, CustomerParty, Party, AgentParty], "EXT-FR-FE-12"),
            ([Doc, PayeeParty], "EXT-FR-FE-29"),
            ([Doc, PaymentMeans, PaymentMandate, PayerParty], "EXT-FR-FE-52"),
            ([Doc, SupplierParty, Party, AgentParty], "EXT-FR-FE-75"),
            ([Doc, CustomerParty, Party, ServiceProviderParty, Party], "EXT-FR-FE-98"),
            ([Doc, SupplierParty, Party, ServiceProviderParty, Party], "EXT-FR-FE-121"),
        };
        p = new PatternBuilder("BR-FR-23");
        foreach (var (party, bt) in addressParties)
        {
            var id = "BR-FR-23_" + bt;
            U(p, [.. party, EndpointId], e => HasScheme(e, "0225"), (e, r) => r.Assert(id, t, IsValidSchemeIdFormat(e.Value)));
        }

        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-24");
        U(p, [Doc, SupplierParty, Party, PartyIdentification, IdName], e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-24_BT-29", t, IsValidSchemeIdFormat(e.Value)));
        U(p, [Doc, CustomerParty, Party, PartyIdentification, IdName], e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-24_BT-46", t, IsValidSchemeIdFormat(e.Value)));
        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-25");
        foreach (var (party, bt) in addressParties)
        {
            var id = "BR-FR-25_" + bt;
            U(p, [.. party, EndpointId], null, (e, r) => r.Assert(id, t, Xp.StringLength(e.Value) <= 125));
        }

        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-26");
        U(p, [Doc, SupplierParty, Party, PartyIdentification, IdName], e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-26_BT-29", t, Xp.StringLength(e.Value) <= 100));
        U(p, [Doc, CustomerParty, Party, PartyIdentification, IdName], e => HasScheme(e, "0224"), (e, r) => r.Assert("BR-FR-26_BT-46", t, Xp.StringLength(e.Value) <= 100));
        patterns.Add(p.Build());

        // BR-FR-27 is written for ubl:Invoice/cac:Item/... (an item directly under the invoice, which UBL does not
        // have); BR-FR-28 for the line items.
        p = new PatternBuilder("BR-FR-27");
        U(p, [Doc, Item, AdditionalItemProperty], null, (e, r) => r.Assert("BR-FR-27_BG-32", t, e.Element(Name) is not null || e.Element(B + "NameCode") is not null));
        U(p, [Doc, Item, AdditionalItemProperty, Name], null, (e, r) => r.Assert("BR-FR-27_BT-160", t, Xp.Norm(e).Length > 0));
        U(p, [Doc, Item, AdditionalItemProperty, B + "NameCode"], null, (e, r) => r.Assert("BR-FR-27_EXT-FR-FE-159", t, Xp.Norm(e).Length > 0));
        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-28");
        U(p, [Doc, DocLine, Item, AdditionalItemProperty], null, (e, r) =>
        {
            var hasValue = e.Element(B + "Value") is not null;
            var quantities = e.Elements(B + "ValueQuantity").ToList();
            var withUnit = quantities.Exists(q => q.Attribute(UnitCode) is { Value.Length: > 0 });
            r.Assert("BR-FR-28-Value", t, (hasValue && quantities.Count == 0) || (!hasValue && withUnit));
        });
        patterns.Add(p.Build());

        // BR-FR-29/30: billed object identifiers AFL/AVV (scheme of cbc:ID) at most once and not empty.
        patterns.Add(ObjectIdentifiers("BR-FR-29", [Doc, AdditionalDocumentReference], "BR-FR-29_BT-18", t));
        patterns.Add(ObjectIdentifiers("BR-FR-30", [Doc, DocLine, DocumentReference], "BR-FR-30_BT-128", t));

        // BR-FR-31 (id BR-FR-30_BT-21 in the UBL file): one BAR treatment.
        patterns.Add(Root("BR-FR-31", (e, r) =>
        {
            var bar = new System.Text.StringBuilder();
            foreach (var note in e.Elements(Note))
            {
                if (note.Value.Contains("#BAR#", StringComparison.Ordinal))
                {
                    bar.Append(note.Value);
                }
            }

            var all = bar.Append('#').ToString();
            var count = 0;
            foreach (var treatment in BarCounted)
            {
                count += CountOccurrences(all, "BAR#" + treatment + "#");
            }

            r.Assert("BR-FR-30_BT-21", t, count <= 1);
        }));

        // BR-FR-32: SIREN (0002) and VAT-group (0231) identifiers have 9 digits, anywhere.
        p = new PatternBuilder("BR-FR-32");
        p.Rule("//cac:PartyLegalEntity/cbc:CompanyID[@schemeID = '0002']", [CompanyId], e => e.Parent?.Name == PartyLegalEntity && HasScheme(e, "0002"),
            (e, r) => r.Assert("BR-FR-32-LEGALID", t, IsSirenFormat(Xp.Norm(e))));
        p.Rule("//cac:PartyIdentification/cbc:ID[@schemeID = '0002' or @schemeID = '0231']", [IdName], e => e.Parent?.Name == PartyIdentification && (HasScheme(e, "0002") || HasScheme(e, "0231")),
            (e, r) => r.Assert("BR-FR-32-ID", t, IsSirenFormat(Xp.Norm(e))));
        patterns.Add(p.Build());

        // BR-FR-CO-03 (credit notes only in UBL): 262 needs contract and billing period.
        patterns.Add(new PatternBuilder("BR-FR-CO-03").At([CreditNote], (e, r) =>
        {
            if (AnyEquals(e, "262", CreditNoteTypeCode))
            {
                r.Assert("BR-FR-CO-03_BT-3", t,
                    StrAt(e, A + "ContractDocumentReference", IdName).Length > 0
                    && StrAt(e, InvoicePeriod, B + "StartDate").Length > 0 && StrAt(e, InvoicePeriod, B + "EndDate").Length > 0);
            }
        }).Build());

        // BR-FR-CO-04: a corrective invoice (cbc:InvoiceTypeCode) has exactly one billing reference.
        patterns.Add(Root("BR-FR-CO-04", (e, r) =>
        {
            if (AnyIn(e, CorrectiveTypes, InvoiceTypeCode))
            {
                r.Assert("BR-FR-CO-04_BT-3", t, AllAt(e, BillingReference).Count == 1);
            }
        }));

        // BR-FR-CO-05: a credit note references an invoice in the header, or on every line that is not a sub-line.
        patterns.Add(new PatternBuilder("BR-FR-CO-05").At([CreditNote], (e, r) =>
        {
            if (!AnyIn(e, CreditNoteTypes, CreditNoteTypeCode))
            {
                return;
            }

            var ids = AllAt(e, IdName);
            var header = 0;
            foreach (var reference in AllAt(e, BillingReference, InvoiceDocumentReference))
            {
                header += reference.Element(IdName) is not null && reference.Element(IssueDate) is not null ? 1 : 0;
            }

            var lines = 0;
            var referenced = 0;
            foreach (var line in e.Elements(CreditNoteLine))
            {
                var selfReferences = line.Elements(BillingReference).Where(b => AnyPairEquals(AllAt(b, InvoiceDocumentReference, IdName), ids)).ToList();
                var counted = selfReferences.Count == 0 || selfReferences.Exists(b => AnyEquals(b, "DETAIL", InvoiceDocumentReference, DocumentStatusCode));
                if (!counted)
                {
                    continue;
                }

                lines++;
                var hasPrior = line.Elements(BillingReference).Any(b =>
                    AnyPairNotEquals(AllAt(b, InvoiceDocumentReference, IdName), ids)
                    && b.Elements(InvoiceDocumentReference).Any(d => d.Element(IdName) is not null && d.Element(IssueDate) is not null));
                referenced += hasPrior ? 1 : 0;
            }

            r.Assert("BR-FR-CO-05_BT-3", t, header >= 1 || referenced == lines);
        }).Build());

        // BR-FR-CO-07: due date not before the issue date (text comparison), except deposits and paid invoices.
        patterns.Add(Root("BR-FR-CO-07", (e, r) =>
        {
            var dueDates = AllAt(e, DueDate);
            if (dueDates.Count == 0 || AnyIn(e, DepositTypes, InvoiceTypeCode) || AnyIn(e, DepositTypes, CreditNoteTypeCode) || AnyIn(e, PaidFrameworks, ProfileId))
            {
                return;
            }

            var before = false;
            foreach (var due in dueDates)
            {
                foreach (var issue in e.Elements(IssueDate))
                {
                    before |= string.CompareOrdinal(due.Value, issue.Value) < 0;
                }
            }

            r.Assert("BR-FR-CO-07_BT-9", t, !before);
        }));

        // BR-FR-CO-08: a final invoice after deposits is not itself a deposit.
        patterns.Add(Root("BR-FR-CO-08", (e, r) => r.Assert("BR-FR-CO-08_BT-23", t,
            !AnyIn(e, FinalFrameworks, ProfileId) || !(AnyIn(e, DepositTypes, InvoiceTypeCode) || AnyIn(e, DepositTypes, CreditNoteTypeCode)))));

        // BR-FR-CO-09: an already-paid invoice.
        patterns.Add(Root("BR-FR-CO-09", (e, r) =>
        {
            if (!AnyIn(e, PaidFrameworks, ProfileId))
            {
                return;
            }

            r.Assert("BR-FR-CO-09_BT-23-1", t, Xp.Double(FirstAt(e, LegalMonetaryTotal, B + "PrepaidAmount")) == Xp.Double(FirstAt(e, LegalMonetaryTotal, B + "TaxInclusiveAmount")));
            r.Assert("BR-FR-CO-09_BT-23-2", t, Xp.Double(FirstAt(e, LegalMonetaryTotal, B + "PayableAmount")) == 0d);

            // cbc:DueDate | cac:PaymentMeans/cbc:PaymentDueDate: the first in document order.
            XElement? due = null;
            foreach (var x in e.Descendants())
            {
                if ((x.Name == DueDate && x.Parent == e) || (x.Name == B + "PaymentDueDate" && x.Parent?.Name == PaymentMeans && x.Parent.Parent == e))
                {
                    due = x;
                    break;
                }
            }

            r.Assert("BR-FR-CO-09_BT-23-3", t, Xp.Str(due).Length > 0);
        }));

        // BR-FR-CO-10: every identifier has a scheme, each scheme once.
        p = new PatternBuilder("BR-FR-CO-10");
        foreach (var (path, bt) in new[]
                 {
                     (new[] { SupplierParty, Party }, "BT-29"),
                     ([CustomerParty, Party], "BT-46"),
                     ([PayeeParty], "BT-60"),
                     ([CustomerParty, Party, AgentParty], "EXT-FR-FE-06"),
                     ([PaymentMeans, PaymentMandate, PayerParty], "EXT-FR-FE-46"),
                     ([SupplierParty, Party, AgentParty], "EXT-FR-FE-69"),
                     ([CustomerParty, Party, ServiceProviderParty, Party], "EXT-FR-FE-92"),
                     ([SupplierParty, Party, ServiceProviderParty, Party], "EXT-FR-FE-115"),
                 })
        {
            var id = "BR-FR-CO-10_" + bt;
            p.At(path, (e, r) => CheckSchemes(AllAt(e, PartyIdentification, IdName), r, t, id));
        }

        U(p, [Doc, Delivery, DeliveryLocation], null, (e, r) => CheckSchemes(AllAt(e, IdName), r, t, "BR-FR-CO-10_BT-71"));
        U(p, [Doc, DocLine, Delivery, DeliveryLocation], null, (e, r) => CheckSchemes(AllAt(e, IdName), r, t, "BR-FR-CO-10_EXT-FR-FE-146"));
        patterns.Add(p.Build());

        // BR-FR-CO-12: non-EUR invoices state EUR as VAT accounting currency and the VAT total in EUR.
        patterns.Add(Root("BR-FR-CO-12", (e, r) =>
        {
            if (!AnyNotEquals(e, "EUR", DocumentCurrencyCode))
            {
                return;
            }

            XElement? eurTax = null;
            foreach (var amount in AllAt(e, TaxTotal, TaxAmount))
            {
                if (string.Equals(Attr(amount, CurrencyId), "EUR", StringComparison.Ordinal))
                {
                    eurTax = amount;
                    break;
                }
            }

            r.Assert("BR-FR-CO-12_BT-5", t, AnyEquals(e, "EUR", TaxCurrencyCode) && Xp.Str(eurTax).Length > 0);
        }));

        // BR-FR-CO-14/15: member of a VAT group (0231).
        patterns.Add(Root("BR-FR-CO-14", (e, r) =>
        {
            if (FirstWithScheme(e, "0231", SupplierParty, Party, PartyIdentification, IdName) is not null)
            {
                r.Assert("BR-FR-CO-14_BT-29-1", t, UblNoteValue(AllNotes(e), "#TXD#") == "MEMBRE_ASSUJETTI_UNIQUE");
            }
        }));
        patterns.Add(Root("BR-FR-CO-15", (e, r) =>
        {
            if (FirstWithScheme(e, "0231", SupplierParty, Party, PartyIdentification, IdName) is not null)
            {
                var schemes = AllAt(e, A + "TaxRepresentativeParty", A + "PartyTaxScheme");
                r.Assert("BR-FR-CO-15_BT-29-1", t, schemes.Count > 0 && StrAt(FirstWithChild(schemes, CompanyId), CompanyId).Length > 0);
            }
        }));

        // BR-FR-DEC-01: amounts, 2 decimals. BT-111 repeats the BT-110 context and so never fires.
        p = new PatternBuilder("BR-FR-DEC-01");
        U(p, [Doc, AllowanceCharge, BaseAmount], null, DecimalRule("BR-FR-DEC-01_BT-93_BT-100", t, 2));
        U(p, [Doc, AllowanceCharge, Amount], null, DecimalRule("BR-FR-DEC-01_BT-92_BT-99", t, 2));
        foreach (var (path, bt) in new[]
                 {
                     (new[] { LegalMonetaryTotal, LineExtensionAmount }, "BT-106"),
                     ([LegalMonetaryTotal, B + "AllowanceTotalAmount"], "BT-107"),
                     ([LegalMonetaryTotal, B + "ChargeTotalAmount"], "BT-108"),
                     ([LegalMonetaryTotal, B + "TaxExclusiveAmount"], "BT-109"),
                     ([TaxTotal, TaxAmount], "BT-110"),
                     ([TaxTotal, TaxAmount], "BT-111"),
                     ([LegalMonetaryTotal, B + "TaxInclusiveAmount"], "BT-112"),
                     ([LegalMonetaryTotal, B + "PrepaidAmount"], "BT-113"),
                     ([LegalMonetaryTotal, B + "PayableRoundingAmount"], "BT-114"),
                     ([LegalMonetaryTotal, B + "PayableAmount"], "BT-115"),
                     ([TaxTotal, TaxSubtotal, B + "TaxableAmount"], "BT-116"),
                     ([TaxTotal, TaxSubtotal, TaxAmount], "BT-117"),
                 })
        {
            p.At(path, DecimalRule("BR-FR-DEC-01_" + bt, t, 2));
        }

        U(p, [Doc, DocLine, LineExtensionAmount], null, DecimalRule("BR-FR-DEC-01_BT-131", t, 2));
        U(p, [Doc, DocLine, AllowanceCharge, Amount], null, DecimalRule("BR-FR-DEC-01_BT-136_BT-141", t, 2));
        U(p, [Doc, DocLine, AllowanceCharge, BaseAmount], null, DecimalRule("BR-FR-DEC-01_BT-137_BT-142", t, 2));
        patterns.Add(p.Build());

        // BR-FR-DEC-02: quantities, 4 decimals.
        p = new PatternBuilder("BR-FR-DEC-02");
        p.Rule("ubl:Invoice/cac:InvoiceLine/cbc:InvoicedQuantity | cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity", [B + "InvoicedQuantity", B + "CreditedQuantity"],
            e => e.Name == B + "InvoicedQuantity" ? Xp.HasPath(e, Invoice, InvoiceLine, e.Name) : Xp.HasPath(e, CreditNote, CreditNoteLine, e.Name),
            DecimalRule("BR-FR-DEC-02_BT-129", t, 4));
        U(p, [Doc, DocLine], null, (e, r) =>
        {
            var quantity = NormAt(e, Price, B + "BaseQuantity");
            r.Assert("BR-FR-DEC-02_BT-149", t, quantity.Length == 0 || IsValidDecimal(quantity, 4, allowMinus: true));
        });
        patterns.Add(p.Build());

        // BR-FR-DEC-03: unit prices, 6 decimals, positive unless bidirectional (B9/S9/M9).
        p = new PatternBuilder("BR-FR-DEC-03");
        U(p, [Doc, DocLine], null, (e, r) => r.Assert("BR-FR-DEC-03_BT-146", t, IsValidPrice(NormAt(e, Price, B + "PriceAmount"), e)));
        U(p, [Doc, DocLine, Price, AllowanceCharge], null, (e, r) => r.Assert("BR-FR-DEC-03_BT-147", t, IsValidPrice(NormAt(e, Amount), e)));
        U(p, [Doc, DocLine, Price, AllowanceCharge, BaseAmount], null, (e, r) => r.Assert("BR-FR-DEC-03_BT-148", t, IsValidPrice(Xp.Norm(e), e)));
        patterns.Add(p.Build());

        // BR-FR-DEC-04: VAT rates, 2 decimals, positive.
        p = new PatternBuilder("BR-FR-DEC-04");
        p.At([AllowanceCharge, TaxCategory, Percent], (e, r) => r.Assert("BR-FR-DEC-04_BT-96_BT-103", t, IsValidPercent(Xp.Norm(e))));
        p.At([TaxTotal, TaxSubtotal, TaxCategory, Percent], (e, r) => r.Assert("BR-FR-DEC-04_BT-119", t, IsValidPercent(Xp.Norm(e))));
        p.At([Item, ClassifiedTaxCategory, Percent], (e, r) => r.Assert("BR-FR-DEC-04_BT-152", t, IsValidPercent(Xp.Norm(e))));
        patterns.Add(p.Build());

        // Multi-vendor (S8/B8/M8) and bidirectional (S9/B9/M9) invoices, fatal in both files. A line's sub-type and
        // parent are carried by the cac:BillingReference whose invoice number is the invoice's own (BT-1).
        patterns.Add(new PatternBuilder("BR-FR-MV-01").Rule("cac:InvoiceLine|cac:CreditNoteLine", [InvoiceLine, CreditNoteLine], static _ => true, (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                var own = OwnReferences(e);
                r.Assert("BR-FR-MV-01_EXT-FR-FE-163", mv, own.Count > 0 && NormAt(FirstWithChild(own, InvoiceDocumentReference, DocumentStatusCode), InvoiceDocumentReference, DocumentStatusCode).Length > 0);
            }
        }).Build());

        patterns.Add(MvRoot("BR-FR-MV-02", (e, r) =>
        {
            if (IsFramework(e, MultiVendorFrameworks))
            {
                r.Assert("BR-FR-MV-02_EXT-FR-FE-163", mv, CountGroupReferences(e, null) >= 1);
            }
        }));
        patterns.Add(MvRoot("BR-FR-BD-02", (e, r) =>
        {
            if (!IsFramework(e, BidirectionalFrameworks))
            {
                return;
            }

            r.Assert("BR-FR-BD-02_EXT-FR-FE-163", mv, CountGroupReferences(e, null) == 2);
            r.Assert("BR-FR-BD-02_BT-30", mv, CountGroupReferences(e, AllAt(e, SupplierParty, Party, PartyLegalEntity, CompanyId)) == 1);
            r.Assert("BR-FR-BD-02_BT-47", mv, CountGroupReferences(e, AllAt(e, CustomerParty, Party, PartyLegalEntity, CompanyId)) == 1);
        }));

        p = new PatternBuilder("BR-FR-MV-03");
        U(p, [Doc, DocLine, BillingReference], IsGroupReference, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var line = e.Parent!;
            r.Assert("BR-FR-MV-03_EXT-FR-FE-164", mv, NormAt(line, Item, ManufacturerParty, PartyLegalEntity, B + "RegistrationName").Length > 0);
            r.Assert("BR-FR-MV-03_EXT-FR-FE-167", mv, NormAt(line, Item, ManufacturerParty, PartyLegalEntity, CompanyId).Length > 0);
            XElement? country = null;
            foreach (var item in line.Descendants(Item))
            {
                country ??= FirstAt(item, ManufacturerParty, A + "PostalAddress", A + "Country", B + "IdentificationCode");
            }

            r.Assert("BR-FR-MV-03_EXT-FR-FE-177", mv, Xp.Norm(country).Length > 0);
            var root = line.Parent!;
            r.Assert("BR-FR-MV-03_EXT-FR-FE-181", mv, Xp.Norm(LineTaxIn(line, AllAt(root, DocumentCurrencyCode))).Length > 0);
            var taxCurrency = root.Descendants(TaxCurrencyCode).ToList();
            r.Assert("BR-FR-MV-03_EXT-FR-FE-182", mv,
                taxCurrency.Count == 0 || (taxCurrency.Exists(c => c.Value.Length > 0) && Xp.Norm(LineTaxIn(line, taxCurrency)).Length > 0));
            r.Assert("BR-FR-MV-03_BT-128_AFL", mv, Xp.Norm(FirstObjectId(line, "AFL")).Length > 0);
            var avv = ObjectIds(line, "AVV");
            r.Assert("BR-FR-MV-03_BT-128_AVV", mv,
                Xp.Norm(avv.Count > 0 ? avv[0] : null).Length > 0 && !avv.Exists(x => x.Value is "M8" or "S8" or "B8"));
        });
        patterns.Add(p.Build());

        p = new PatternBuilder("BR-FR-MV-05");
        U(p, [Doc, DocLine, BillingReference], IsGroupReference, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var line = e.Parent!;
            var groupId = NormAt(line, IdName);
            var invoiceIds = InvoiceIds(e);
            var sum = 0d;
            var count = 0;
            foreach (var other in Lines(line.Parent!))
            {
                var child = other.Elements(BillingReference).Any(b =>
                    AnyPairEquals(AllAt(b, InvoiceDocumentReference, IdName), invoiceIds)
                    && AnyNotEquals(b, "INFORMATION", InvoiceDocumentReference, DocumentStatusCode)
                    && AnyEquals(b, groupId, BillingReferenceLine, IdName));
                if (child)
                {
                    foreach (var amount in other.Elements(LineExtensionAmount))
                    {
                        sum += Xp.Double(amount);
                        count++;
                    }
                }
            }

            r.Assert("BR-FR-MV-05_EXT-FR-FE-BG-12", mv, Math.Abs(Xp.Double(line.Element(LineExtensionAmount)) - sum) <= 0.01 * count);
        });
        patterns.Add(p.Build());

        p = new PatternBuilder("BR-FR-MV-06");
        U(p, [Doc, DocLine], null, (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                var legalId = NormAt(e, Item, ManufacturerParty, PartyLegalEntity, CompanyId);
                r.Assert("BR-FR-MV-06_EXT-FR-FE-167", mv, legalId.Length > 0 && ParentAgrees(e, legalId, static l => NormAt(l, Item, ManufacturerParty, PartyLegalEntity, CompanyId)));
            }
        });
        patterns.Add(p.Build());

        p = new PatternBuilder("BR-FR-MV-07");
        U(p, [Doc, DocLine], null, (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                var number = Xp.Norm(FirstObjectId(e, "AFL"));
                r.Assert("BR-FR-MV-07_BT-128", mv, number.Length > 0 && ParentAgrees(e, number, static l => Xp.Norm(FirstObjectId(l, "AFL"))));
            }
        });
        patterns.Add(p.Build());

        p = new PatternBuilder("BR-FR-MV-08");
        U(p, [Doc, DocLine], e => OwnReferences(e).Exists(b => AnyEquals(b, "DETAIL", InvoiceDocumentReference, DocumentStatusCode)), (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                var number = Xp.Norm(FirstObjectId(e, "AFL"));
                var reason = FirstAt(e, Item, ClassifiedTaxCategory, TaxExemptionReason);
                r.Assert("BR-FR-MV-08_BT-128", mv, Xp.Norm(reason).Length > 0 && number.Length > 0 && Xp.Str(reason).StartsWith('#' + number + '#', StringComparison.Ordinal));
            }
        });
        patterns.Add(p.Build());

        p = new PatternBuilder("BR-FR-MV-09");
        U(p, [Doc, DocLine, BillingReference], IsGroupReference, (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var line = e.Parent!;
            var root = line.Parent!;
            var prefix = '#' + Xp.Norm(FirstObjectId(line, "AFL")) + '#';
            var sum = 0d;
            foreach (var subtotal in AllAt(root, TaxTotal, TaxSubtotal))
            {
                if (AnyEquals(subtotal, "VAT", TaxCategory, A + "TaxScheme", IdName) && StrAt(subtotal, TaxCategory, TaxExemptionReason).StartsWith(prefix, StringComparison.Ordinal))
                {
                    foreach (var amount in subtotal.Elements(TaxAmount))
                    {
                        sum += Xp.Double(amount);
                    }
                }
            }

            r.Assert("BR-FR-MV-09_EXT-FR-FE-181", mv, Math.Abs(Xp.Double(LineTaxIn(line, AllAt(root, DocumentCurrencyCode))) - sum) <= 0.01);
        });
        patterns.Add(p.Build());

        p = new PatternBuilder("BR-FR-MV-10");
        U(p, [Doc, DocLine, BillingReference], IsGroupReference, (e, r) =>
        {
            var line = e.Parent!;
            var taxInclusive = line.Element(B + "TaxInclusiveLineExtensionAmount");
            if (!IsFramework(e, SpecialFrameworks) || taxInclusive is null)
            {
                return;
            }

            var root = line.Parent!;
            var lineIds = AllAt(line, IdName);
            var invoiceIds = InvoiceIds(e);
            var details = 0;
            foreach (var other in Lines(root))
            {
                foreach (var b in other.Elements(BillingReference))
                {
                    if (AnyPairEquals(AllAt(b, InvoiceDocumentReference, IdName), invoiceIds) && AnyEquals(b, "DETAIL", InvoiceDocumentReference, DocumentStatusCode)
                        && AnyPairEquals(AllAt(b, BillingReferenceLine, IdName), lineIds))
                    {
                        details++;
                    }
                }
            }

            var difference = Xp.Double(taxInclusive) - Xp.Double(line.Element(LineExtensionAmount)) - Xp.Double(LineTaxIn(line, AllAt(root, DocumentCurrencyCode)));
            r.Assert("BR-FR-MV-10_EXT-FR-FE-184", mv, Xp.Norm(taxInclusive).Length > 0 && Math.Abs(difference) <= 0.01 * details);
        });
        patterns.Add(p.Build());

        p = new PatternBuilder("BR-FR-MV-11");
        U(p, [Doc, DocLine, BillingReference], e => IsGroupReference(e) && IsMainSellerLine(e.Parent!), (e, r) =>
        {
            if (!IsFramework(e, SpecialFrameworks))
            {
                return;
            }

            var invoiceIds = InvoiceIds(e);
            var count = 0;
            if (e.Document?.Root is { } root && (root.Name == Invoice || root.Name == CreditNote))
            {
                foreach (var line in root.Elements(root.Name == Invoice ? InvoiceLine : CreditNoteLine))
                {
                    var groupOfInvoice = line.Elements(BillingReference).Any(b =>
                        AnyEquals(b, "GROUP", InvoiceDocumentReference, DocumentStatusCode) && !Exists(b, BillingReferenceLine, IdName)
                        && AnyPairEquals(AllAt(b, InvoiceDocumentReference, IdName), invoiceIds));
                    if (IsMainSellerLine(line) && groupOfInvoice && AnyPairEquals(ObjectIds(line, "AFL"), invoiceIds))
                    {
                        count++;
                    }
                }
            }

            var number = Xp.Norm(FirstObjectId(e.Parent!, "AFL"));
            var equals = invoiceIds.Exists(i => string.Equals(i.Value, number, StringComparison.Ordinal));
            var differs = invoiceIds.Exists(i => !string.Equals(i.Value, number, StringComparison.Ordinal));
            r.Assert("BR-FR-MV-11_BT-128", mv, count == 1 || (count == 0 && equals) || (count > 1 && differs));
        });
        patterns.Add(p.Build());

        patterns.Add(MvRoot("BR-FR-MV-12", (e, r) =>
        {
            if (IsFramework(e, SpecialFrameworks))
            {
                r.Assert("BR-FR-MV-12_BT-128", mv, !SubInvoiceNumberRepeated(e));
            }
        }));

        p = new PatternBuilder("BR-FR-MV-13");
        p.Rule("ubl:Invoice/cbc:InvoiceTypeCode|/cn:CreditNote/cbc:CreditNoteTypeCode", [InvoiceTypeCode, CreditNoteTypeCode], IsTypeCodeForMv, (e, r) =>
            r.Assert("BR-FR-MV-13_BT-3", mv, !IsFramework(e, MultiVendorFrameworks) || (Xp.Norm(e).Length > 0 && !SelfBilledTypes.Contains(Xp.Norm(e)))));
        patterns.Add(p.Build());
        p = new PatternBuilder("BR-FR-BD-13");
        p.Rule("ubl:Invoice/cbc:InvoiceTypeCode|/cn:CreditNote/cbc:CreditNoteTypeCode", [InvoiceTypeCode, CreditNoteTypeCode], IsTypeCodeForMv, (e, r) =>
            r.Assert("BR-FR-MV-BD_BT-3", mv, !IsFramework(e, BidirectionalFrameworks) || SelfBilledTypes.Contains(Xp.Norm(e))));
        patterns.Add(p.Build());

        patterns.Add(PriorInvoicePattern("BR-FR-MV-14", MultiVendorCorrectionTypes, MultiVendorFrameworks, "BR-FR-MV-14-EXT-FR-FE-136", "BR-FR-MV-14-EXT-FR-FE-138"));
        patterns.Add(PriorInvoicePattern("BR-FR-BD-14", BidirectionalCorrectionTypes, BidirectionalFrameworks, "BR-FR-BD-14-EXT-FR-FE-136", "BR-FR-BD-14-EXT-FR-FE-138"));
        return FrenchPatterns.Compact(patterns);
    }

    // A rule on a path that starts with the document element and may go through its line (see Doc, DocLine).
    private static void U(PatternBuilder p, XName[] path, Func<XElement, bool>? where, RuleBody body)
    {
        var last = path[^1];
        XName[] names = last == Doc ? [Invoice, CreditNote] : last == DocLine ? [InvoiceLine, CreditNoteLine] : [last];
        var context = string.Join('/', path.Select(n => n == Doc ? "(ubl:Invoice|cn:CreditNote)" : n == DocLine ? "(cac:InvoiceLine|cac:CreditNoteLine)" : Namespaces.PrefixOf(n.Namespace) + ":" + n.LocalName));
        p.Rule(context, names, e => MatchesDocPath(e, path) && (where is null || where(e)), body);
    }

    private static bool MatchesDocPath(XElement element, XName[] path)
    {
        XElement? e = element;
        XName? line = null;
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (e is null)
            {
                return false;
            }

            var step = path[i];
            if (step == Doc)
            {
                if (e.Name == Invoice)
                {
                    return line is null || line == InvoiceLine;
                }

                return e.Name == CreditNote && (line is null || line == CreditNoteLine);
            }

            if (step == DocLine)
            {
                if (e.Name != InvoiceLine && e.Name != CreditNoteLine)
                {
                    return false;
                }

                line = e.Name;
            }
            else if (e.Name != step)
            {
                return false;
            }

            e = e.Parent;
        }

        return true;
    }

    // Context "ubl:Invoice | cn:CreditNote".
    private static RulePattern Root(string id, RuleBody body) =>
        new PatternBuilder(id).Rule("ubl:Invoice | cn:CreditNote", [Invoice, CreditNote], static _ => true, body).Build();

    // Context "ubl:Invoice|/cn:CreditNote": any Invoice element, or the CreditNote document element.
    private static RulePattern MvRoot(string id, RuleBody body) =>
        new PatternBuilder(id).Rule("ubl:Invoice|/cn:CreditNote", [Invoice, CreditNote], static e => e.Name == Invoice || e.Parent is null, body).Build();

    private static bool IsDocumentTypeCode(XElement e) =>
        (e.Name == InvoiceTypeCode && e.Parent?.Name == Invoice) || (e.Name == CreditNoteTypeCode && e.Parent?.Name == CreditNote);

    private static bool IsTypeCodeForMv(XElement e) =>
        (e.Name == InvoiceTypeCode && e.Parent?.Name == Invoice) || (e.Name == CreditNoteTypeCode && e.Parent is { Parent: null } p && p.Name == CreditNote);

    // string-join(./cbc:Note, '')
    private static string AllNotes(XElement document)
    {
        var first = document.Element(Note);
        if (first is null)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var note in document.Elements(Note))
        {
            builder.Append(note.Value);
        }

        return builder.ToString();
    }

    private static bool IsSelfBilled(XElement document) =>
        AnyIn(document, SelfBilledTypes, InvoiceTypeCode) || AnyIn(document, SelfBilledTypes, CreditNoteTypeCode);

    // starts-with(EndpointID, CompanyID[@schemeID='0002']) and EndpointID/@schemeID = '0225'.
    private static bool EndpointStartsWithSiren(XElement document, XName partyRole)
    {
        var party = FirstAt(document, partyRole, Party);
        var siren = Xp.Str(FirstWithScheme(party, "0002", PartyLegalEntity, CompanyId));
        var endpoints = AllAt(party, EndpointId);
        var endpoint = endpoints.Count > 0 ? endpoints[0].Value : string.Empty;
        return endpoint.StartsWith(siren, StringComparison.Ordinal) && endpoints.Exists(x => string.Equals(Attr(x, SchemeId), "0225", StringComparison.Ordinal));
    }

    private static void CheckSiret(RuleScope r, RuleFlag t, string id, XElement? siret, XElement? siren, bool strict)
    {
        if (siret is null)
        {
            return;
        }

        string? expected = strict
            ? siren?.Value
            : siren is { Value.Length: > 0 } ? siren.Value : siret.Value.Length <= 9 ? siret.Value : siret.Value[..9];
        r.Assert(id, t, IsSiretOfSiren(siret.Value, expected));
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

    private static XElement? FirstWithChild(List<XElement> elements, params ReadOnlySpan<XName> path)
    {
        foreach (var x in elements)
        {
            if (Exists(x, path))
            {
                return x;
            }
        }

        return elements.Count > 0 ? elements[0] : null;
    }

    private static void CheckCategory(XElement category, RuleScope r, RuleFlag t, string validId, string foreignId)
    {
        var codes = AllAt(category, IdName);
        r.Assert(validId, t, codes.Count == 0 || VatCategories.Contains(codes[0].Value));
        r.Assert(foreignId, t, !codes.Exists(c => ForeignVatCategories.Contains(c.Value)));
    }

    private static RuleBody Rate(string id, RuleFlag t) => (e, r) =>
    {
        var rate = e.Element(Percent);
        r.Assert(id, t, rate is null || VatRates.Contains(rate.Value));
    };

    private static RuleBody DecimalRule(string id, RuleFlag t, int fractionDigits) =>
        (e, r) => r.Assert(id, t, IsValidDecimal(Xp.Norm(e), fractionDigits, allowMinus: true));

    private static bool IsValidPrice(string amount, XElement anyElement) =>
        amount.Length == 0 || IsValidDecimal(amount, 6, allowMinus: IsFramework(anyElement, BidirectionalFrameworks));

    private static RulePattern ObjectIdentifiers(string patternId, XName[] parent, string countId, RuleFlag t)
    {
        var code = patternId["BR-FR-".Length..];
        var p = new PatternBuilder(patternId);
        U(p, parent, null, (e, r) =>
        {
            var afl = 0;
            var avv = 0;
            foreach (var id in e.Elements(IdName))
            {
                afl += HasScheme(id, "AFL") ? 1 : 0;
                avv += HasScheme(id, "AVV") ? 1 : 0;
            }

            r.Assert(countId, t, afl <= 1 && avv <= 1);
        });
        XName[] idPath = [.. parent, IdName];
        U(p, idPath, e => HasScheme(e, "AFL"), (e, r) => r.Assert($"BR-FR-{code}_AFL", t, Xp.Norm(e).Length > 0));
        U(p, idPath, e => HasScheme(e, "AVV"), (e, r) => r.Assert($"BR-FR-{code}_AVV", t, Xp.Norm(e).Length > 0));
        return p.Build();
    }

    private static void CheckSchemes(List<XElement> ids, RuleScope r, RuleFlag t, string id)
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

    private static bool AnyPairNotEquals(List<XElement> a, List<XElement> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!string.Equals(x.Value, y.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // custom:isSpecialContract*(/ubl:Invoice|/cn:CreditNote): BT-23 (cbc:ProfileID) of the document, normalized, in the list.
    private static bool IsFramework(XElement anyElement, HashSet<string> frameworks)
    {
        var root = anyElement.Document?.Root;
        if (root is null || (root.Name != Invoice && root.Name != CreditNote))
        {
            return false;
        }

        var profile = root.Element(ProfileId);
        return profile is not null && frameworks.Contains(Xp.Norm(profile));
    }

    // The global $invoiceID: (ubl:Invoice|/cn:CreditNote)/cbc:ID from the document node.
    private static List<XElement> InvoiceIds(XElement anyElement)
    {
        var root = anyElement.Document?.Root;
        return root is not null && (root.Name == Invoice || root.Name == CreditNote) ? AllAt(root, IdName) : [];
    }

    // cac:BillingReference[cac:InvoiceDocumentReference/cbc:ID = $invoiceID] of a line.
    private static List<XElement> OwnReferences(XElement line)
    {
        var ids = InvoiceIds(line);
        var result = new List<XElement>();
        foreach (var b in line.Elements(BillingReference))
        {
            if (AnyPairEquals(AllAt(b, InvoiceDocumentReference, IdName), ids))
            {
                result.Add(b);
            }
        }

        return result;
    }

    // cac:BillingReference[IDR/cbc:ID = $invoiceID][IDR/cbc:DocumentStatusCode = 'GROUP' and not(cac:BillingReferenceLine/cbc:ID)]
    private static bool IsGroupReference(XElement reference) =>
        AnyEquals(reference, "GROUP", InvoiceDocumentReference, DocumentStatusCode)
        && !Exists(reference, BillingReferenceLine, IdName)
        && AnyPairEquals(AllAt(reference, InvoiceDocumentReference, IdName), InvoiceIds(reference));

    private static IEnumerable<XElement> Lines(XElement document) =>
        document.Elements().Where(x => x.Name == InvoiceLine || x.Name == CreditNoteLine);

    // Group references of the document's lines; with sellerIds, only lines whose manufacturer id equals one of them.
    private static int CountGroupReferences(XElement document, List<XElement>? sellerIds)
    {
        var count = 0;
        foreach (var line in Lines(document))
        {
            foreach (var b in line.Elements(BillingReference))
            {
                if (IsGroupReference(b) && (sellerIds is null || AnyPairEquals(AllAt(line, Item, ManufacturerParty, PartyLegalEntity, CompanyId), sellerIds)))
                {
                    count++;
                }
            }
        }

        return count;
    }

    // ../cac:TaxTotal/cbc:TaxAmount[@currencyID = $currency][1]
    private static XElement? LineTaxIn(XElement line, List<XElement> currencies)
    {
        foreach (var amount in AllAt(line, TaxTotal, TaxAmount))
        {
            var currency = Attr(amount, CurrencyId);
            if (currency is not null && currencies.Exists(c => string.Equals(c.Value, currency, StringComparison.Ordinal)))
            {
                return amount;
            }
        }

        return null;
    }

    // cac:DocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID[@schemeID = scheme]
    private static List<XElement> ObjectIds(XElement line, string scheme)
    {
        var result = new List<XElement>();
        foreach (var doc in line.Elements(DocumentReference))
        {
            if (AnyEquals(doc, "130", DocumentTypeCode))
            {
                foreach (var id in doc.Elements(IdName))
                {
                    if (HasScheme(id, scheme))
                    {
                        result.Add(id);
                    }
                }
            }
        }

        return result;
    }

    private static XElement? FirstObjectId(XElement line, string scheme)
    {
        var ids = ObjectIds(line, scheme);
        return ids.Count > 0 ? ids[0] : null;
    }

    // not($parentlineID) or $value = normalize-space((../cac:InvoiceLine|../cac:CreditNoteLine)[cbc:ID = $parentlineID]/...)
    private static bool ParentAgrees(XElement line, string value, Func<XElement, string> valueOf)
    {
        var parentIds = new List<XElement>();
        foreach (var b in OwnReferences(line))
        {
            parentIds.AddRange(AllAt(b, BillingReferenceLine, IdName));
        }

        if (parentIds.Count == 0)
        {
            return true;
        }

        foreach (var other in Lines(line.Parent!))
        {
            if (AnyPairEquals(AllAt(other, IdName), parentIds))
            {
                return string.Equals(value, valueOf(other), StringComparison.Ordinal);
            }
        }

        return value.Length == 0;
    }

    // [normalize-space(cac:Item/cac:ManufacturerParty/cac:PartyLegalEntity/cbc:CompanyID) = $sellerID]
    private static bool IsMainSellerLine(XElement line)
    {
        var root = line.Document?.Root;
        if (root is null || (root.Name != Invoice && root.Name != CreditNote))
        {
            return false;
        }

        var manufacturer = NormAt(line, Item, ManufacturerParty, PartyLegalEntity, CompanyId);
        return AllAt(root, SupplierParty, Party, PartyLegalEntity, CompanyId).Exists(s => string.Equals(s.Value, manufacturer, StringComparison.Ordinal));
    }

    // An AFL number of a group line equal to an earlier AFL number (preceding::cac:DocumentReference[130]/cbc:ID[AFL]).
    private static bool SubInvoiceNumberRepeated(XElement document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var root = document.Document?.Root ?? document;
        foreach (var doc in root.Descendants(DocumentReference))
        {
            var typed = AnyEquals(doc, "130", DocumentTypeCode);
            var line = doc.Parent;
            var candidate = typed && line is not null && line.Parent == document && (line.Name == InvoiceLine || line.Name == CreditNoteLine)
                && line.Elements(BillingReference).Any(IsGroupReference);
            var afl = doc.Elements(IdName).Where(i => HasScheme(i, "AFL")).ToList();
            if (candidate && afl.Exists(i => seen.Contains(i.Value)))
            {
                return true;
            }

            if (typed)
            {
                foreach (var i in afl)
                {
                    seen.Add(i.Value);
                }
            }
        }

        return false;
    }

    private static RulePattern PriorInvoicePattern(string patternId, HashSet<string> types, HashSet<string> frameworks, string idNumber, string idDate)
    {
        // (ubl:Invoice | cn:CreditNote)[type in (...)]/(cac:InvoiceLine | cac:CreditNoteLine)/cac:BillingReference[own][group]
        return new PatternBuilder(patternId).Rule(
            patternId + " context",
            [BillingReference],
            e => e.Parent is { } line && (line.Name == InvoiceLine || line.Name == CreditNoteLine)
                && line.Parent is { } doc && (doc.Name == Invoice || doc.Name == CreditNote)
                && (AnyIn(doc, types, InvoiceTypeCode) || AnyIn(doc, types, CreditNoteTypeCode))
                && IsGroupReference(e),
            (e, r) =>
            {
                if (!IsFramework(e, frameworks))
                {
                    return;
                }

                var invoiceIds = InvoiceIds(e);
                var prior = e.Parent!.Elements(BillingReference).Where(b => AnyPairNotEquals(AllAt(b, InvoiceDocumentReference, IdName), invoiceIds)).ToList();
                r.Assert(idNumber, RuleFlag.Fatal, prior.Exists(b => Exists(b, InvoiceDocumentReference, IdName)));
                r.Assert(idDate, RuleFlag.Fatal, prior.Exists(b => Exists(b, InvoiceDocumentReference, IssueDate)));
            }).Build();
    }
}
