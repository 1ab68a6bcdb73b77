using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;
using static Encaisse.EInvoicing.Validation.Rules.XRechnung.XRechnungFunctions;
using U = Encaisse.EInvoicing.Validation.Rules.XRechnung.XrUbl;

namespace Encaisse.EInvoicing.Validation.Rules.XRechnung;

/// <summary>
/// The KoSIT XRechnung 3.0.2 rules for UBL invoices and credit notes, as the compiled XSLT of the release runs them:
/// the Peppol rules XRechnung embeds (peppol-ubl-pattern-1: empty elements; peppol-ubl-pattern-2: PEPPOL-EN16931-R*),
/// the German CIUS (ubl-pattern: BR-DE-*, BR-TMP-2), the extension (ubl-extension-pattern: BR-DEX-*) and the
/// clean-vehicles profile (ubl-cvd-pattern: BR-DE-CVD-*, BR-TMP-CVD-01), in that order.
/// </summary>
public sealed class XRechnungUbl : RuleSetDefinition
{
    private static readonly XName UnitCode = "unitCode";
    private static readonly XName CurrencyId = "currencyID";
    private static readonly XName SchemeId = "schemeID";
    private static readonly XName ListId = "listID";
    private static readonly XName MimeCode = "mimeCode";
    private static readonly XName FileName = "filename";

    private XRechnungUbl()
    {
    }

    /// <summary>The one instance.</summary>
    public static XRechnungUbl Instance { get; } = new();

    public override string Id => RuleSetIds.XRechnung;

    public override DocumentSyntax Syntax => DocumentSyntax.Ubl;

    protected override IEnumerable<RulePattern> BuildPatterns() =>
        [EmptyElements(), PeppolRules(), Cius(), Extension(), CleanVehicles()];

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts() => XRechnungTexts.All;

    // ---------------------------------------------------------------- peppol-ubl-pattern-1

    private static RulePattern EmptyElements() =>
        new PatternBuilder("peppol-ubl-pattern-1")
            .Rule("//*[not(*) and not(normalize-space())]", (XName[]?)null, IsEmptyLeaf, static (_, r) =>
                r.Assert("PEPPOL-EN16931-R008", RuleFlag.Fatal, false))
            .Build();

    // ---------------------------------------------------------------- peppol-ubl-pattern-2

    private static RulePattern PeppolRules() =>
        new PatternBuilder("peppol-ubl-pattern-2")
            .Rule("ubl-creditnote:CreditNote | ubl-invoice:Invoice", [U.Invoice, U.CreditNote], static _ => true, DocumentLevel)
            .Rule("cbc:TaxCurrencyCode", U.TaxCurrencyCode, static (e, r) =>
                // BT-6 differs from BT-5.
                r.Assert("PEPPOL-EN16931-R005", RuleFlag.Fatal,
                    Xp.NormalizeSpace(DirectText(e)) != Xp.NormalizeSpace(DirectText(e.Parent?.Element(U.DocumentCurrencyCode)))))
            .Rule("cac:AccountingCustomerParty/cac:Party", U.Party, static e => e.Parent?.Name == U.AccountingCustomerParty, static (e, r) =>
                r.Assert("PEPPOL-EN16931-R010", RuleFlag.Fatal, Has(e, U.EndpointID))) // BT-49
            .Rule("cac:AccountingSupplierParty/cac:Party", U.Party, static e => e.Parent?.Name == U.AccountingSupplierParty, static (e, r) =>
                r.Assert("PEPPOL-EN16931-R020", RuleFlag.Fatal, Has(e, U.EndpointID))) // BT-34
            .Rule("…/cac:AllowanceCharge[cbc:MultiplierFactorNumeric and not(cbc:BaseAmount)]", U.AllowanceCharge,
                static e => IsDocumentOrLineAllowanceCharge(e) && Has(e, U.MultiplierFactorNumeric) && !Has(e, U.BaseAmount),
                static (_, r) => r.Assert("PEPPOL-EN16931-R041", RuleFlag.Fatal, false))
            .Rule("…/cac:AllowanceCharge[not(cbc:MultiplierFactorNumeric) and cbc:BaseAmount]", U.AllowanceCharge,
                static e => IsDocumentOrLineAllowanceCharge(e) && !Has(e, U.MultiplierFactorNumeric) && Has(e, U.BaseAmount),
                static (_, r) => r.Assert("PEPPOL-EN16931-R042", RuleFlag.Fatal, false))
            .Rule("ubl-invoice:Invoice/cac:AllowanceCharge | …/cac:InvoiceLine/cac:AllowanceCharge | (credit note)", U.AllowanceCharge,
                IsDocumentOrLineAllowanceCharge, AllowanceCharge)
            .Rule("cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = ('49', '59')]", U.PaymentMeans,
                static e => NormOfSingle(e, U.PaymentMeansCode) is "49" or "59",
                static (e, r) => r.Assert("PEPPOL-EN16931-R061", RuleFlag.Fatal, Has(e, U.PaymentMandate, U.ID))) // BT-89
            .Rule("ubl-invoice:Invoice[cac:InvoicePeriod/cbc:StartDate]/cac:InvoiceLine/cac:InvoicePeriod/cbc:StartDate", U.StartDate,
                static e => IsLinePeriodDateWithHeaderDate(e, U.StartDate), static (e, r) =>
                {
                    // BT-134 not before BT-73.
                    r.Assert("PEPPOL-EN16931-R110", RuleFlag.Fatal, LineDateHolds(e, U.StartDate, static c => c >= 0));
                })
            .Rule("ubl-invoice:Invoice[cac:InvoicePeriod/cbc:EndDate]/cac:InvoiceLine/cac:InvoicePeriod/cbc:EndDate", U.EndDate,
                static e => IsLinePeriodDateWithHeaderDate(e, U.EndDate), static (e, r) =>
                {
                    // BT-135 not after BT-74.
                    r.Assert("PEPPOL-EN16931-R111", RuleFlag.Fatal, LineDateHolds(e, U.EndDate, static c => c <= 0));
                })
            .Rule("cac:InvoiceLine | cac:CreditNoteLine", [U.InvoiceLine, U.CreditNoteLine], static _ => true, Line)
            .Rule("cac:Price/cac:AllowanceCharge", U.AllowanceCharge, static e => e.Parent?.Name == U.Price, PriceAllowance)
            .Rule("cac:Price/cbc:BaseQuantity[@unitCode]", U.BaseQuantity,
                static e => e.Parent?.Name == U.Price && e.Attribute(UnitCode) is not null, static (e, r) =>
                {
                    // BT-150 equals BT-130 when the line has a quantity.
                    var line = e.Parent!.Parent;
                    var hasQuantity = Has(line, U.InvoicedQuantity) || Has(line, U.CreditedQuantity);
                    var quantityName = RootOf(e).Name == U.Invoice ? U.InvoicedQuantity : U.CreditedQuantity;
                    var unit = e.Attribute(UnitCode)!.Value;
                    var same = false;
                    if (line is not null)
                    {
                        foreach (var q in line.Elements(quantityName))
                        {
                            same |= q.Attribute(UnitCode)?.Value == unit;
                        }
                    }

                    r.Assert("PEPPOL-EN16931-R130", RuleFlag.Fatal, !hasQuantity || same);
                })
            .Build();

    private static void DocumentLevel(XElement e, RuleScope r)
    {
        r.Assert("PEPPOL-EN16931-R001", RuleFlag.Fatal, Has(e, U.ProfileID)); // BT-23
        var withSubtotals = 0;
        var withoutSubtotals = 0;
        foreach (var taxTotal in e.Elements(U.TaxTotal))
        {
            if (Has(taxTotal, U.TaxSubtotal))
            {
                withSubtotals++;
            }
            else
            {
                withoutSubtotals++;
            }
        }

        var taxCurrency = e.Element(U.TaxCurrencyCode);
        r.Assert("PEPPOL-EN16931-R053", RuleFlag.Fatal, withSubtotals == 1);
        r.Assert("PEPPOL-EN16931-R054", RuleFlag.Fatal, withoutSubtotals == (taxCurrency is null ? 0 : 1));

        // BT-110 and BT-111 have the same sign (general comparisons: existential, untyped amounts as doubles).
        if (taxCurrency is not null)
        {
            var tax = Xp.Norm(taxCurrency);
            var doc = Xp.Norm(e.Element(U.DocumentCurrencyCode));
            var sameSign = (AnyTaxAmount(e, tax, static d => d <= 0) && AnyTaxAmount(e, doc, static d => d <= 0)) ||
                           (AnyTaxAmount(e, tax, static d => d >= 0) && AnyTaxAmount(e, doc, static d => d >= 0));
            r.Assert("PEPPOL-EN16931-R055", RuleFlag.Fatal, sameSign);
        }
    }

    private static bool AnyTaxAmount(XElement root, string currency, Func<double, bool> test)
    {
        foreach (var taxTotal in root.Elements(U.TaxTotal))
        {
            foreach (var amount in taxTotal.Elements(U.TaxAmount))
            {
                if (amount.Attribute(CurrencyId)?.Value == currency && test(Xp.Double(amount)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // ubl-invoice:Invoice/cac:AllowanceCharge | ubl-invoice:Invoice/cac:InvoiceLine/cac:AllowanceCharge and the credit-note forms.
    private static bool IsDocumentOrLineAllowanceCharge(XElement e)
    {
        var parent = e.Parent;
        if (parent is null)
        {
            return false;
        }

        if (parent.Name == U.Invoice || parent.Name == U.CreditNote)
        {
            return true;
        }

        var grand = parent.Parent;
        return grand is not null &&
               ((parent.Name == U.InvoiceLine && grand.Name == U.Invoice) || (parent.Name == U.CreditNoteLine && grand.Name == U.CreditNote));
    }

    private static void AllowanceCharge(XElement e, RuleScope r)
    {
        // BT-92/BT-99 = BT-93/BT-100 × BT-94/BT-101 / 100, within the slack.
        var factor = e.Element(U.MultiplierFactorNumeric);
        var baseAmount = e.Element(U.BaseAmount);
        if (factor is not null && baseAmount is not null &&
            TryDecimalOrDefault(e.Element(U.Amount), 0m, out var amount) &&
            Xp.TryDecimal(baseAmount.Value, out var b) && Xp.TryDecimal(factor.Value, out var f))
        {
            r.Assert("PEPPOL-EN16931-R040", RuleFlag.Fatal, WithinSlack(amount, Divide(b * f, 100m), SlackOf(e)));
        }

        var indicator = Xp.NormalizeSpace(DirectText(e.Element(U.ChargeIndicator)));
        r.Assert("PEPPOL-EN16931-R043", RuleFlag.Fatal, indicator is "true" or "false");
    }

    private static bool IsLinePeriodDateWithHeaderDate(XElement e, XName dateName)
    {
        var period = e.Parent;
        var line = period?.Parent;
        var doc = line?.Parent;
        if (period?.Name != U.InvoicePeriod || line is null || doc is null)
        {
            return false;
        }

        var shape = (line.Name == U.InvoiceLine && doc.Name == U.Invoice) || (line.Name == U.CreditNoteLine && doc.Name == U.CreditNote);
        return shape && Has(doc, U.InvoicePeriod, dateName);
    }

    // xs:date(text()) op xs:date(../../../cac:InvoicePeriod/cbc:X). A line date without text is the empty sequence:
    // the comparison is false. A value that is not a date is an XPath error: no finding.
    private static bool LineDateHolds(XElement e, XName dateName, Func<int, bool> test)
    {
        if (!e.Nodes().OfType<XText>().Any())
        {
            return false;
        }

        var c = CompareDates(DirectText(e), Xp.Str(Xp.First(e.Parent!.Parent!.Parent, U.InvoicePeriod, dateName)));
        return c is null || test(c.Value);
    }

    private static void Line(XElement e, RuleScope r)
    {

        // BT-131 = BT-129 × (BT-146 / BT-149) + line charges − line allowances, within the slack (decimals).
        if (TryDecimalOrDefault(e.Element(U.LineExtensionAmount), 0m, out var lineAmount) &&
            TryDecimalOrDefault(e.Element(RootOf(e).Name == U.Invoice ? U.InvoicedQuantity : U.CreditedQuantity), 1m, out var quantity) &&
            TryDecimalOrDefault(Xp.First(e, U.Price, U.PriceAmount), 0m, out var priceAmount) &&
            TryBaseQuantity(Xp.First(e, U.Price, U.BaseQuantity), out var baseQuantity) &&
            TryLineAllowances(e, "false", out var allowances) &&
            TryLineAllowances(e, "true", out var charges))
        {
            var computed = (quantity * Divide(priceAmount, baseQuantity)) + charges - allowances;
            r.Assert("PEPPOL-EN16931-R120", RuleFlag.Warning, WithinSlack(lineAmount, computed, SlackOf(e)));
        }

        // BT-149 positive.
        var bq = Xp.First(e, U.Price, U.BaseQuantity);
        if (bq is null)
        {
            r.Assert("PEPPOL-EN16931-R121", RuleFlag.Fatal, true);
        }
        else if (Xp.TryDecimal(bq.Value, out var bqv))
        {
            r.Assert("PEPPOL-EN16931-R121", RuleFlag.Fatal, bqv > 0);
        }

        // BT-128 line object identifier only with document type 130.
        var references = false;
        var is130 = false;
        foreach (var reference in e.Elements(U.DocumentReference))
        {
            references = true;
            foreach (var code in reference.Elements(U.DocumentTypeCode))
            {
                is130 |= code.Value == "130";
            }
        }

        r.Assert("PEPPOL-EN16931-R101", RuleFlag.Fatal, !references || is130);
    }

    private static bool TryBaseQuantity(XElement? baseQuantity, out decimal value)
    {
        value = 1m;
        if (baseQuantity is null)
        {
            return true;
        }

        if (!Xp.TryDecimal(baseQuantity.Value, out var v))
        {
            return false;
        }

        if (v != 0m)
        {
            value = v;
        }

        return true;
    }

    // round(sum(cac:AllowanceCharge[normalize-space(cbc:ChargeIndicator) = $indicator]/cbc:Amount/xs:decimal(.)) * 10 * 10) div 100
    private static bool TryLineAllowances(XElement line, string indicator, out decimal total)
    {
        total = 0m;
        var any = false;
        foreach (var ac in line.Elements(U.AllowanceCharge))
        {
            if (Xp.Norm(ac.Element(U.ChargeIndicator)) != indicator)
            {
                continue;
            }

            any = true;
            foreach (var amount in ac.Elements(U.Amount))
            {
                if (!Xp.TryDecimal(amount.Value, out var a))
                {
                    return false;
                }

                total += a;
            }
        }

        total = any ? Xp.Round(total * 10 * 10) / 100 : 0m;
        return true;
    }

    private static void PriceAllowance(XElement e, RuleScope r)
    {
        r.Assert("PEPPOL-EN16931-R044", RuleFlag.Fatal, Xp.Norm(e.Element(U.ChargeIndicator)) == "false");

        // BT-146 = BT-148 − BT-147 (an absent operand makes the comparison false).
        var gross = e.Element(U.BaseAmount);
        if (gross is null)
        {
            r.Assert("PEPPOL-EN16931-R046", RuleFlag.Fatal, true);
            return;
        }

        var net = e.Parent!.Element(U.PriceAmount);
        var discount = e.Element(U.Amount);
        if (!Xp.TryDecimal(gross.Value, out var g) || (net is not null && !Xp.IsDecimal(net.Value)) || (discount is not null && !Xp.IsDecimal(discount.Value)))
        {
            return;
        }

        r.Assert("PEPPOL-EN16931-R046", RuleFlag.Fatal, net is not null && discount is not null && Xp.Decimal(net) == g - Xp.Decimal(discount));
    }

    // ---------------------------------------------------------------- ubl-pattern (CIUS)

    private static RulePattern Cius() =>
        new PatternBuilder("ubl-pattern")
            .Rule("/ubl:Invoice | /cn:CreditNote", [U.Invoice, U.CreditNote], Xp.IsRoot, CiusDocument)
            .Rule("/ubl:Invoice/cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference | (credit note)", U.ExternalReference,
                static e => RootedUbl(e, U.AdditionalDocumentReference, U.Attachment, U.ExternalReference),
                static (e, r) => r.Assert("BR-TMP-2", RuleFlag.Warning, HasUrlScheme(Xp.Str(e.Element(U.URI))))) // BT-124
            .Rule("/ubl:Invoice/cac:AccountingSupplierParty | (credit note)", U.AccountingSupplierParty,
                static e => RootedUbl(e, U.AccountingSupplierParty),
                static (e, r) => r.Assert("BR-DE-2", RuleFlag.Fatal, Has(e, U.Party, U.Contact))) // BG-6
            .Rule("/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PostalAddress | (credit note)", U.PostalAddress,
                static e => RootedUbl(e, U.AccountingSupplierParty, U.Party, U.PostalAddress), static (e, r) =>
                {
                    r.Assert("BR-DE-3", RuleFlag.Fatal, HasNonBlank(e, U.CityName)); // BT-37
                    r.Assert("BR-DE-4", RuleFlag.Fatal, HasNonBlank(e, U.PostalZone)); // BT-38
                })
            .Rule("/ubl:Invoice/cac:AccountingSupplierParty/cac:Party/cac:Contact | (credit note)", U.Contact,
                static e => RootedUbl(e, U.AccountingSupplierParty, U.Party, U.Contact), static (e, r) =>
                {
                    r.Assert("BR-DE-5", RuleFlag.Fatal, HasNonBlank(e, U.Name)); // BT-41
                    r.Assert("BR-DE-6", RuleFlag.Fatal, HasNonBlank(e, U.Telephone)); // BT-42
                    r.Assert("BR-DE-7", RuleFlag.Fatal, HasNonBlank(e, U.ElectronicMail)); // BT-43
                    r.Assert("BR-DE-27", RuleFlag.Warning, HasThreeDigits(Xp.Norm(e.Element(U.Telephone))));
                    r.Assert("BR-DE-28", RuleFlag.Warning, IsEmailAddress(Xp.Norm(e.Element(U.ElectronicMail))));
                })
            .Rule("/ubl:Invoice/cac:AccountingCustomerParty/cac:Party/cac:PostalAddress | (credit note)", U.PostalAddress,
                static e => RootedUbl(e, U.AccountingCustomerParty, U.Party, U.PostalAddress), static (e, r) =>
                {
                    r.Assert("BR-DE-8", RuleFlag.Fatal, HasNonBlank(e, U.CityName)); // BT-52
                    r.Assert("BR-DE-9", RuleFlag.Fatal, HasNonBlank(e, U.PostalZone)); // BT-53
                })
            .Rule("/ubl:Invoice/cac:Delivery/cac:DeliveryLocation/cac:Address | (credit note)", U.Address,
                static e => RootedUbl(e, U.Delivery, U.DeliveryLocation, U.Address), static (e, r) =>
                {
                    r.Assert("BR-DE-10", RuleFlag.Fatal, HasNonBlank(e, U.CityName)); // BT-77
                    r.Assert("BR-DE-11", RuleFlag.Fatal, HasNonBlank(e, U.PostalZone)); // BT-78
                })
            .Rule("/ubl:Invoice/cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = ('30','58')] | (credit note)", U.PaymentMeans,
                static e => RootedUbl(e, U.PaymentMeans) && NormOfSingle(e, U.PaymentMeansCode) is "30" or "58", static (e, r) =>
                {
                    // BT-84 is an IBAN for SEPA credit transfer (58).
                    r.Assert("BR-DE-19", RuleFlag.Warning,
                        Xp.Norm(e.Element(U.PaymentMeansCode)) != "58" || IsValidIban(Xp.Str(Xp.First(e, U.PayeeFinancialAccount, U.ID))));
                    r.Assert("BR-DE-23-a", RuleFlag.Fatal, Has(e, U.PayeeFinancialAccount)); // BG-17
                    r.Assert("BR-DE-23-b", RuleFlag.Fatal, !Has(e, U.CardAccount) && !Has(e, U.PaymentMandate)); // no BG-18, BG-19
                })
            .Rule("/ubl:Invoice/cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = ('48','54','55')] | (credit note)", U.PaymentMeans,
                static e => RootedUbl(e, U.PaymentMeans) && NormOfSingle(e, U.PaymentMeansCode) is "48" or "54" or "55", static (e, r) =>
                {
                    r.Assert("BR-DE-24-a", RuleFlag.Fatal, Has(e, U.CardAccount)); // BG-18
                    r.Assert("BR-DE-24-b", RuleFlag.Fatal, !Has(e, U.PayeeFinancialAccount) && !Has(e, U.PaymentMandate)); // no BG-17, BG-19
                })
            .Rule("/ubl:Invoice/cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = '59'] | (credit note)", U.PaymentMeans,
                static e => RootedUbl(e, U.PaymentMeans) && NormOfSingle(e, U.PaymentMeansCode) == "59", static (e, r) =>
                {
                    // BT-91 is an IBAN for SEPA direct debit (59).
                    r.Assert("BR-DE-20", RuleFlag.Warning, IsValidIban(Xp.Str(Xp.First(e, U.PaymentMandate, U.PayerFinancialAccount, U.ID))));
                    r.Assert("BR-DE-25-a", RuleFlag.Fatal, Has(e, U.PaymentMandate)); // BG-19
                    r.Assert("BR-DE-25-b", RuleFlag.Fatal, !Has(e, U.PayeeFinancialAccount) && !Has(e, U.CardAccount)); // no BG-17, BG-18
                })
            .Rule("/ubl:Invoice/cac:TaxTotal/cac:TaxSubtotal | (credit note)", U.TaxSubtotal,
                static e => RootedUbl(e, U.TaxTotal, U.TaxSubtotal), static (e, r) =>
                {
                    var rate = false;
                    foreach (var category in e.Elements(U.TaxCategory))
                    {
                        rate |= HasNonBlank(category, U.Percent);
                    }

                    r.Assert("BR-DE-14", RuleFlag.Fatal, rate); // BT-119
                })
            .Build();

    private static void CiusDocument(XElement e, RuleScope r)
    {
        r.Assert("BR-DE-1", RuleFlag.Fatal, Has(e, U.PaymentMeans)); // BG-16
        r.Assert("BR-DE-15", RuleFlag.Fatal, HasNonBlank(e, U.BuyerReference)); // BT-10

        // BR-DE-16: a VAT category S, Z, E, AE, K, G, L or M on a document allowance/charge (BT-95, BT-102) or a line
        // (BT-151) needs BT-31/BT-32 or BG-11. Codes compare exactly (no normalize-space); BT-95 of invoices is a
        // subset of the credit-note form, so the latter alone decides.
        var needsTaxId = false;
        foreach (var ac in e.Elements(U.AllowanceCharge))
        {
            var indicator = false;
            foreach (var ci in ac.Elements(U.ChargeIndicator))
            {
                indicator |= ci.Value is "false" or "true";
            }

            if (indicator)
            {
                needsTaxId |= AnyCategory(ac);
            }
        }

        foreach (var line in e.Elements())
        {
            if (line.Name == U.InvoiceLine || line.Name == U.CreditNoteLine)
            {
                foreach (var item in line.Elements(U.Item))
                {
                    foreach (var category in item.Elements(U.ClassifiedTaxCategory))
                    {
                        needsTaxId |= AnyCode(category.Elements(U.ID));
                    }
                }
            }
        }

        var hasTaxId = Has(e, U.TaxRepresentativeParty);
        foreach (var taxScheme in Xp.Path(e, U.AccountingSupplierParty, U.Party, U.PartyTaxScheme))
        {
            hasTaxId |= HasNonBlank(taxScheme, U.CompanyID);
        }

        r.Assert("BR-DE-16", RuleFlag.Fatal, !needsTaxId || hasTaxId);

        var typeCode = Xp.Norm(e.Element(U.InvoiceTypeCode));
        var creditTypeCode = Xp.Norm(e.Element(U.CreditNoteTypeCode));
        r.Assert("BR-DE-17", RuleFlag.Warning, TypeCodes.Contains(typeCode) || TypeCodes.Contains(creditTypeCode)); // BT-3

        var notes = new List<string>();
        foreach (var terms in e.Elements(U.PaymentTerms))
        {
            if (terms.Element(U.Note) is { } note)
            {
                notes.Add(note.Value);
            }
        }

        r.Assert("BR-DE-18", RuleFlag.Fatal, SkontoLinesValid(notes)); // BT-20

        var customization = false;
        foreach (var id in e.Elements(U.CustomizationID))
        {
            customization |= id.Value is CiusId or ExtensionId or CvdId;
        }

        r.Assert("BR-DE-21", RuleFlag.Warning, customization); // BT-24

        // Attachment file names (BT-125/@filename) are unique among the additional document references.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicate = false;
        foreach (var reference in e.Elements(U.AdditionalDocumentReference))
        {
            var names = new List<string>();
            foreach (var binary in Xp.Path(reference, U.Attachment, U.EmbeddedDocumentBinaryObject))
            {
                if (binary.Attribute(FileName) is { } name)
                {
                    names.Add(name.Value);
                }
            }

            foreach (var name in names)
            {
                duplicate |= seen.Contains(name);
            }

            seen.UnionWith(names);
        }

        r.Assert("BR-DE-22", RuleFlag.Fatal, !duplicate);
        r.Assert("BR-DE-26", RuleFlag.Warning,
            !(typeCode == "384" || creditTypeCode == "384") || Has(e, U.BillingReference, U.InvoiceDocumentReference)); // BG-3

        var mandate = Has(e, U.PaymentMeans, U.PaymentMandate);
        var sepaCreditor = false;
        foreach (var id in Xp.Path(e, U.AccountingSupplierParty, U.Party, U.PartyIdentification, U.ID).Concat(Xp.Path(e, U.PayeeParty, U.PartyIdentification, U.ID)))
        {
            sepaCreditor |= id.Attribute(SchemeId)?.Value == "SEPA";
        }

        r.Assert("BR-DE-30", RuleFlag.Fatal, !mandate || sepaCreditor); // BT-90
        r.Assert("BR-DE-31", RuleFlag.Fatal, !mandate || Xp.Path(e, U.PaymentMeans, U.PaymentMandate, U.PayerFinancialAccount, U.ID).Any()); // BT-91

        // BT-72, BG-14 or BG-26 on every line.
        var dated = Has(e, U.Delivery, U.ActualDeliveryDate) || Has(e, U.InvoicePeriod);
        if (!dated)
        {
            dated = true;
            foreach (var line in e.Elements())
            {
                if ((line.Name == U.InvoiceLine || line.Name == U.CreditNoteLine) && !Has(line, U.InvoicePeriod))
                {
                    dated = false;
                }
            }
        }

        r.Assert("BR-DE-TMP-32", RuleFlag.Information, dated);
    }

    private static bool AnyCategory(XElement allowanceCharge)
    {
        foreach (var category in allowanceCharge.Elements(U.TaxCategory))
        {
            if (AnyCode(category.Elements(U.ID)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyCode(IEnumerable<XElement> ids)
    {
        foreach (var id in ids)
        {
            if (VatCategoriesNeedingSellerTaxId.Contains(id.Value))
            {
                return true;
            }
        }

        return false;
    }

    // A context /ubl:Invoice/a/b | /cn:CreditNote/a/b.
    private static bool RootedUbl(XElement e, params XName[] path)
    {
        var top = e;
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (top is null || top.Name != path[i])
            {
                return false;
            }

            top = top.Parent;
        }

        return top is not null && top.Parent is null && (top.Name == U.Invoice || top.Name == U.CreditNote);
    }

    // ---------------------------------------------------------------- ubl-extension-pattern

    private static RulePattern Extension() =>
        new PatternBuilder("ubl-extension-pattern")
            .Rule("cbc:EmbeddedDocumentBinaryObject[$isExtension]", U.EmbeddedDocumentBinaryObject, IsExtension, static (e, r) =>
                r.Assert("BR-DEX-01", RuleFlag.Fatal, e.Attribute(MimeCode) is { } mime && ExtensionMimeCodes.Contains(mime.Value))) // BT-125
            .Rule("/ubl:Invoice[$isExtension]", U.Invoice, static e => Xp.IsRoot(e) && IsExtension(e), ExtensionInvoice)
            .Rule("cac:LegalMonetaryTotal[$isExtension]", U.LegalMonetaryTotal, IsExtension, ExtensionTotals)
            .Rule("cac:PartyIdentification/cbc:ID[@schemeID and $isExtension]", U.ID,
                static e => e.Parent?.Name == U.PartyIdentification && e.Attribute(SchemeId) is not null && IsExtension(e), static (e, r) =>
                {
                    var scheme = e.Attribute(SchemeId)!.Value;
                    var sepa = InCodeString(" SEPA ", scheme) && e.Ancestors().Any(a => a.Name == U.AccountingSupplierParty || a.Name == U.PayeeParty);
                    r.Assert("BR-DEX-04", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, scheme) || sepa);
                })
            .Rule("cac:PartyLegalEntity/cbc:CompanyID[@schemeID and $isExtension]", U.CompanyID,
                static e => e.Parent?.Name == U.PartyLegalEntity && e.Attribute(SchemeId) is not null && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-05", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("cac:StandardItemIdentification/cbc:ID[@schemeID and $isExtension]", U.ID,
                static e => e.Parent?.Name == U.StandardItemIdentification && e.Attribute(SchemeId) is not null && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-06", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("cbc:EndpointID[@schemeID and $isExtension]", U.EndpointID,
                static e => e.Attribute(SchemeId) is not null && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-07", RuleFlag.Fatal, InCodeString(CefEasExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("cac:DeliveryLocation/cbc:ID[@schemeID and $isExtension]", U.ID,
                static e => e.Parent?.Name == U.DeliveryLocation && e.Attribute(SchemeId) is not null && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-08", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("/ubl:Invoice/cac:PrepaidPayment[$isExtension]", U.PrepaidPayment,
                static e => e.Parent is { Name: var n, Parent: null } && n == U.Invoice && IsExtension(e), static (e, r) =>
                {
                    // BG-DEX-09 third party payment.
                    r.Assert("BR-DEX-10", RuleFlag.Fatal, HasNonBlank(e, U.ID));
                    r.Assert("BR-DEX-11", RuleFlag.Fatal, HasNonBlank(e, U.PaidAmount));
                    r.Assert("BR-DEX-12", RuleFlag.Fatal, HasNonBlank(e, U.InstructionID));
                    var paid = Xp.Str(e.Element(U.PaidAmount));
                    var point = paid.IndexOf('.', StringComparison.Ordinal);
                    r.Assert("BR-DEX-13", RuleFlag.Fatal, point < 0 || Xp.StringLength(paid[(point + 1)..]) <= 2);
                    var sameCurrency = false;
                    foreach (var amount in e.Elements(U.PaidAmount))
                    {
                        var currency = amount.Attribute(CurrencyId)?.Value;
                        foreach (var code in e.Parent!.Elements(U.DocumentCurrencyCode))
                        {
                            sameCurrency |= currency is not null && currency == code.Value;
                        }
                    }

                    r.Assert("BR-DEX-14", RuleFlag.Fatal, sameCurrency);
                })
            .Build();

    // $isExtension: exists(/ubl:Invoice/cbc:CustomizationID[text() = $XR-EXTENSION-ID] | /cn:CreditNote/...).
    private static bool IsExtension(XElement e)
    {
        var root = RootOf(e);
        if (root.Name != U.Invoice && root.Name != U.CreditNote)
        {
            return false;
        }

        foreach (var id in root.Elements(U.CustomizationID))
        {
            if (TextEquals(id, ExtensionId))
            {
                return true;
            }
        }

        return false;
    }

    private static void ExtensionInvoice(XElement e, RuleScope r)
    {
        // BR-DEX-02: BT-131 of a line with sub-lines equals the sum of its sub-lines' BT-131 (decimals), at every level.
        var consistent = true;
        var computable = true;
        foreach (var line in e.Elements(U.InvoiceLine))
        {
            if (!Has(line, U.SubInvoiceLine))
            {
                continue;
            }

            if (!TrySumSubLines(line, out var sum))
            {
                computable = false;
                break;
            }

            var equal = false;
            foreach (var amount in line.Elements(U.LineExtensionAmount))
            {
                if (!Xp.TryDecimal(amount.Value, out var a))
                {
                    computable = false;
                    break;
                }

                equal |= a == sum;
            }

            consistent &= equal;
        }

        foreach (var sub in e.Descendants(U.SubInvoiceLine))
        {
            if (!computable || !Has(sub, U.SubInvoiceLine))
            {
                continue;
            }

            var amount = sub.Element(U.LineExtensionAmount);
            if (!TrySumSubLines(sub, out var sum) || (amount is not null && !Xp.IsDecimal(amount.Value)))
            {
                computable = false;
                continue;
            }

            consistent &= amount is not null && Xp.Decimal(amount) == sum;
        }

        if (computable)
        {
            r.Assert("BR-DEX-02", RuleFlag.Warning, consistent);
        }

        // BR-DEX-03: every sub-line item has exactly one VAT category (BG-DEX-06).
        var oneCategory = true;
        foreach (var sub in e.Descendants(U.SubInvoiceLine))
        {
            foreach (var item in sub.Elements(U.Item))
            {
                oneCategory &= item.Elements(U.ClassifiedTaxCategory).Count() == 1;
            }
        }

        r.Assert("BR-DEX-03", RuleFlag.Fatal, oneCategory);
    }

    private static bool TrySumSubLines(XElement line, out decimal sum)
    {
        sum = 0m;
        foreach (var sub in line.Elements(U.SubInvoiceLine))
        {
            foreach (var amount in sub.Elements(U.LineExtensionAmount))
            {
                if (!Xp.TryDecimal(amount.Value, out var a))
                {
                    return false;
                }

                sum += a;
            }
        }

        return true;
    }

    private static void ExtensionTotals(XElement e, RuleScope r)
    {
        // BR-DEX-09: BT-115 = BT-112 − BT-113 + BT-114 + Σ BT-DEX-002, to the cent.
        if (!TryDecimalOrDefault(e.Element(U.PrepaidAmount), 0m, out var prepaid) ||
            !TryDecimalOrDefault(e.Element(U.PayableRoundingAmount), 0m, out var rounding))
        {
            return;
        }

        var thirdParty = 0m;
        var payments = e.Parent?.Elements(U.PrepaidPayment).ToList() ?? [];
        if (payments.Any(p => p.Elements(U.PaidAmount).Any(a => !IsBlank(a.Value))))
        {
            foreach (var payment in payments)
            {
                var paid = payment.Element(U.PaidAmount);
                if (paid is null)
                {
                    continue;
                }

                if (!Xp.TryDecimal(paid.Value, out var p))
                {
                    return;
                }

                thirdParty += p;
            }
        }

        var payable = e.Element(U.PayableAmount);
        var total = e.Element(U.TaxInclusiveAmount);
        if ((payable is not null && !Xp.IsDecimal(payable.Value)) || (total is not null && !Xp.IsDecimal(total.Value)))
        {
            return;
        }

        var holds = payable is not null && total is not null &&
                    Xp.Round((Xp.Decimal(payable)!.Value - rounding) * 10 * 10) / 100 ==
                    Xp.Round((Xp.Decimal(total)!.Value - prepaid + thirdParty) * 10 * 10) / 100;
        r.Assert("BR-DEX-09", RuleFlag.Fatal, holds);
    }

    // ---------------------------------------------------------------- ubl-cvd-pattern

    private static RulePattern CleanVehicles() =>
        new PatternBuilder("ubl-cvd-pattern")
            .Rule("(/ubl:Invoice | /cn:CreditNote)[$isCVD]", [U.Invoice, U.CreditNote], static e => Xp.IsRoot(e) && IsCvd(e), static (e, r) =>
            {
                var tender = false;
                foreach (var reference in e.Elements(U.OriginatorDocumentReference))
                {
                    tender |= HasNonBlank(reference, U.ID);
                }

                var contract = false;
                foreach (var reference in e.Elements(U.ContractDocumentReference))
                {
                    contract |= HasNonBlank(reference, U.ID);
                }

                r.Assert("BR-DE-CVD-02", RuleFlag.Fatal, tender); // BT-17
                r.Assert("BR-DE-CVD-01", RuleFlag.Fatal, contract); // BT-12
                var cvdLine = false;
                foreach (var line in e.Elements())
                {
                    if (line.Name != U.InvoiceLine && line.Name != U.CreditNoteLine)
                    {
                        continue;
                    }

                    foreach (var item in line.Elements(U.Item))
                    {
                        cvdLine |= CvdClassCount(item, stopAtFirst: true) > 0 && CvaCount(item) > 0;
                    }
                }

                r.Assert("BR-DE-CVD-03", RuleFlag.Fatal, cvdLine);
            })
            .Rule("(/ubl:Invoice[$isCVD]/cac:InvoiceLine | /cn:CreditNote[$isCVD]/cac:CreditNoteLine)/cac:Item", U.Item, IsCvdItem, static (e, r) =>
            {
                r.Assert("BR-DE-CVD-06-a", RuleFlag.Fatal, CvdClassCount(e, stopAtFirst: false) == 0 || CvaCount(e) == 1);
                r.Assert("BR-DE-CVD-06-b", RuleFlag.Fatal, CvaCount(e) == 0 || CvdClassCount(e, stopAtFirst: false) == 1);
            })
            .Rule("(…)/cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode", U.ItemClassificationCode,
                static e => e.Parent?.Name == U.CommodityClassification && e.Parent.Parent is { } item && IsCvdItem(item), static (e, r) =>
                {
                    var listId = e.Attribute(ListId)?.Value;
                    r.Assert("BR-TMP-CVD-01", RuleFlag.Fatal, InCodeString(Untdid7143CvdCodes, listId)); // BT-158 scheme
                    r.Assert("BR-DE-CVD-04", RuleFlag.Fatal, Xp.NormalizeSpace(listId) != "CVD" || CvdVehicleCategories.Contains(Xp.Norm(e)));
                })
            .Rule("(…)/cac:Item/cac:AdditionalItemProperty[cbc:Name = 'cva']", U.AdditionalItemProperty,
                static e => e.Parent is { } item && IsCvdItem(item) && e.Elements(U.Name).Any(n => n.Value == "cva"),
                static (e, r) => r.Assert("BR-DE-CVD-05", RuleFlag.Fatal, CvaCodes.Contains(Xp.Norm(e.Element(U.Value))))) // BT-161
            .Build();

    // $isCVD: (/ubl:Invoice | /cn:CreditNote)/cbc:CustomizationID/text() = $XR-CVD-ID.
    private static bool IsCvd(XElement e)
    {
        var root = RootOf(e);
        if (root.Name != U.Invoice && root.Name != U.CreditNote)
        {
            return false;
        }

        foreach (var id in root.Elements(U.CustomizationID))
        {
            if (TextEquals(id, CvdId))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCvdItem(XElement item)
    {
        if (item.Name != U.Item || item.Parent is not { } line || line.Parent is not { Parent: null } root)
        {
            return false;
        }

        return ((line.Name == U.InvoiceLine && root.Name == U.Invoice) || (line.Name == U.CreditNoteLine && root.Name == U.CreditNote)) && IsCvd(root);
    }

    // count(cac:CommodityClassification/cbc:ItemClassificationCode[@listID = 'CVD']); stopAtFirst: existence test only.
    private static int CvdClassCount(XElement item, bool stopAtFirst)
    {
        var count = 0;
        foreach (var code in Xp.Path(item, U.CommodityClassification, U.ItemClassificationCode))
        {
            if (code.Attribute(ListId)?.Value == "CVD")
            {
                count++;
                if (stopAtFirst)
                {
                    return count;
                }
            }
        }

        return count;
    }

    // count(cac:AdditionalItemProperty[cbc:Name = 'cva']).
    private static int CvaCount(XElement item)
    {
        var count = 0;
        foreach (var property in item.Elements(U.AdditionalItemProperty))
        {
            if (property.Elements(U.Name).Any(n => n.Value == "cva"))
            {
                count++;
            }
        }

        return count;
    }

    // ---------------------------------------------------------------- shared

    private static XElement RootOf(XElement e) => e.Document?.Root ?? e.AncestorsAndSelf().Last();

    private static decimal SlackOf(XElement e) => Slack(RootOf(e).Elements(U.DocumentCurrencyCode));

    // if (x) then xs:decimal(x) else default; false when x is not a decimal (XPath raises an error).
    private static bool TryDecimalOrDefault(XElement? x, decimal fallback, out decimal value)
    {
        if (x is null)
        {
            value = fallback;
            return true;
        }

        return Xp.TryDecimal(x.Value, out value);
    }
}
