using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.Peppol.PeppolFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The German rules (DE-R-*), which apply when both the seller's and the buyer's postal country codes are DE; a
/// subset of XRechnung for Peppol documents.
/// </summary>
public sealed partial class PeppolUbl
{
    // $XR-SKONTO-REGEX applied to a normalised line (no line breaks left, so "(^|\r?\n)" can only be the start).
    private static readonly Regex Skonto = Pattern(@"(^|\r?\n)#(SKONTO)#TAGE=([0-9]+#PROZENT=[0-9]+\.[0-9]{2})(#BASISBETRAG=-?[0-9]+\.[0-9]{2})?#\z");

    // '#.+#' in XPath: '.' matches anything but a line feed or a carriage return.
    private static readonly Regex SkontoSegment = Pattern(@"#[^\n\r]+#");

    // $XR-EMAIL-REGEX; XPath's \s is exactly space, tab, CR and LF.
    private static readonly Regex Email = Pattern(@"^[^@ \t\n\r]+@([^@. \t\n\r]+\.)+[^@. \t\n\r]+\z");

    // $XR-URL-REGEX: a scheme and a colon.
    private static readonly Regex Url = Pattern(@"^([a-zA-Z])([a-zA-Z0-9+.-])+:");

    private static void DefineGermany(PatternBuilder p)
    {
        p.Rule("(/ubl-invoice:Invoice | /ubl-creditnote:CreditNote)[$supplierCountryIsDE and $customerCountryIsDE]", DocumentRoots, static e => IsUblRoot(e) && Doc(e).BothGerman, CheckGermanDocument);

        p.Rule(
            "(/ubl-invoice:Invoice | /ubl-creditnote:CreditNote)/cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference[DE and DE]",
            Cac.ExternalReference,
            static e => e.Parent is { } attachment && attachment.Name == Cac.Attachment && attachment.Parent is { } reference
                && reference.Name == Cac.AdditionalDocumentReference && UnderUblRoot(reference) && Doc(e).BothGerman,
            static (e, r) => r.Assert("DE-R-T02", RuleFlag.Warning, Url.IsMatch(Xp.Str(e.Element(Cbc.URI)))));

        p.Rule("/*/cac:AccountingSupplierParty[DE and DE]", Cac.AccountingSupplierParty, static e => UnderUblRoot(e) && Doc(e).BothGerman, static (e, r) =>
            r.Assert("DE-R-002", RuleFlag.Fatal, At(e, Cac.Party, Cac.Contact) is not null));

        p.Rule("/*/cac:AccountingSupplierParty/cac:Party/cac:PostalAddress[DE and DE]", Cac.PostalAddress, static e => IsRootParty(e, Cac.AccountingSupplierParty), static (e, r) =>
        {
            r.Assert("DE-R-003", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.CityName));
            r.Assert("DE-R-004", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.PostalZone));
        });

        p.Rule("/*/cac:AccountingSupplierParty/cac:Party/cac:Contact[DE and DE]", Cac.Contact, static e => IsRootParty(e, Cac.AccountingSupplierParty), static (e, r) =>
        {
            r.Assert("DE-R-005", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.Name));
            r.Assert("DE-R-006", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.Telephone));
            r.Assert("DE-R-007", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.ElectronicMail));

            // '.*([0-9].*){3,}.*' on the normalised telephone number: at least three digits.
            var digits = 0;
            foreach (var c in Xp.Norm(e.Element(Cbc.Telephone)))
            {
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            r.Assert("DE-R-027", RuleFlag.Warning, digits >= 3);
            r.Assert("DE-R-028", RuleFlag.Warning, Email.IsMatch(Xp.Norm(e.Element(Cbc.ElectronicMail))));
        });

        p.Rule("/*/cac:AccountingCustomerParty/cac:Party/cac:PostalAddress[DE and DE]", Cac.PostalAddress, static e => IsRootParty(e, Cac.AccountingCustomerParty), static (e, r) =>
        {
            r.Assert("DE-R-008", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.CityName));
            r.Assert("DE-R-009", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.PostalZone));
        });

        p.Rule(
            "/*/cac:Delivery/cac:DeliveryLocation/cac:Address[DE and DE]",
            Cac.Address,
            static e => e.Parent is { } location && location.Name == Cac.DeliveryLocation && location.Parent is { } delivery
                && delivery.Name == Cac.Delivery && UnderUblRoot(delivery) && Doc(e).BothGerman,
            static (e, r) =>
            {
                r.Assert("DE-R-010", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.CityName));
                r.Assert("DE-R-011", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.PostalZone));
            });

        p.Rule("/*/cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = ('30', '58')][DE and DE]", Cac.PaymentMeans, static e => IsGermanPayment(e) is "30" or "58", static (e, r) =>
        {
            // BT-84 should be an IBAN for SEPA credit transfer (58).
            var sepa = Xp.Norm(e.Element(Cbc.PaymentMeansCode)) == "58";
            r.Assert("DE-R-019", RuleFlag.Warning, !sepa || IsIban(Xp.Str(At(e, Cac.PayeeFinancialAccount, Cbc.ID))));
            r.Assert("DE-R-023-1", RuleFlag.Fatal, e.Element(Cac.PayeeFinancialAccount) is not null);
            r.Assert("DE-R-023-2", RuleFlag.Fatal, e.Element(Cac.CardAccount) is null && e.Element(Cac.PaymentMandate) is null);
        });

        p.Rule("/*/cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = ('48', '54', '55')][DE and DE]", Cac.PaymentMeans, static e => IsGermanPayment(e) is "48" or "54" or "55", static (e, r) =>
        {
            r.Assert("DE-R-024-1", RuleFlag.Fatal, e.Element(Cac.CardAccount) is not null);
            r.Assert("DE-R-024-2", RuleFlag.Fatal, e.Element(Cac.PayeeFinancialAccount) is null && e.Element(Cac.PaymentMandate) is null);
        });

        p.Rule("/*/cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = '59'][DE and DE]", Cac.PaymentMeans, static e => IsGermanPayment(e) == "59", static (e, r) =>
        {
            // BT-91 should be an IBAN for SEPA direct debit.
            r.Assert("DE-R-020", RuleFlag.Warning, IsIban(Xp.Str(At(e, Cac.PaymentMandate, Cac.PayerFinancialAccount, Cbc.ID))));
            r.Assert("DE-R-025-1", RuleFlag.Fatal, e.Element(Cac.PaymentMandate) is not null);
            r.Assert("DE-R-025-2", RuleFlag.Fatal, e.Element(Cac.PayeeFinancialAccount) is null && e.Element(Cac.CardAccount) is null);
        });

        p.Rule(
            "/*/cac:TaxTotal/cac:TaxSubtotal[DE and DE]",
            Cac.TaxSubtotal,
            static e => e.Parent is { } total && total.Name == Cac.TaxTotal && UnderUblRoot(total) && Doc(e).BothGerman,
            static (e, r) =>
            {
                var rate = false;
                foreach (var category in e.Elements(Cac.TaxCategory))
                {
                    rate |= HasNonBlankChild(category, Cbc.Percent);
                }

                r.Assert("DE-R-014", RuleFlag.Fatal, rate);
            });
    }

    // /ubl-invoice:Invoice/ROLE/cac:Party/X | /ubl-creditnote:CreditNote/ROLE/cac:Party/X, German parties.
    private static bool IsRootParty(XElement e, XName role) =>
        e.Parent is { } party && party.Name == Cac.Party && party.Parent is { } r && r.Name == role && UnderUblRoot(r) && Doc(e).BothGerman;

    // The normalised payment means code (BT-81) of a German document-level payment means, or null.
    private static string? IsGermanPayment(XElement e) =>
        UnderUblRoot(e) && Doc(e).BothGerman ? NormSingle(e, Cbc.PaymentMeansCode) : null;

    // X[boolean(normalize-space(.))]
    private static bool HasNonBlankChild(XElement e, XName name)
    {
        foreach (var child in e.Elements(name))
        {
            if (!IsBlank(child.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckGermanDocument(XElement e, RuleScope r)
    {
        r.Assert("DE-R-001", RuleFlag.Fatal, e.Element(Cac.PaymentMeans) is not null);
        r.Assert("DE-R-015", RuleFlag.Fatal, HasNonBlankChild(e, Cbc.BuyerReference));
        r.Assert("DE-R-016", RuleFlag.Fatal, !UsesGermanVatCategory(e) || e.Element(Cac.TaxRepresentativeParty) is not null || HasSellerTaxIdentifier(e));

        var invoiceType = Xp.Norm(e.Element(Cbc.InvoiceTypeCode));
        var creditType = Xp.Norm(e.Element(Cbc.CreditNoteTypeCode));
        r.Assert("DE-R-017", RuleFlag.Warning, PeppolCodeLists.GermanTypeCodes.Contains(invoiceType) || PeppolCodeLists.GermanTypeCodes.Contains(creditType));
        r.Assert("DE-R-018", RuleFlag.Fatal, SkontoHolds(e));
        r.Assert("DE-R-022", RuleFlag.Fatal, AttachmentNamesAreUnique(e));
        r.Assert("DE-R-026", RuleFlag.Warning, !(invoiceType == "384" || creditType == "384") || At(e, Cac.BillingReference, Cac.InvoiceDocumentReference) is not null);

        var mandate = At(e, Cac.PaymentMeans, Cac.PaymentMandate) is not null;
        var creditor = HasSepaIdentifier(e, Cac.AccountingSupplierParty, Cac.Party) || HasSepaIdentifier(e, Cac.PayeeParty, null);
        r.Assert("DE-R-030", RuleFlag.Fatal, !mandate || creditor);
        r.Assert("DE-R-031", RuleFlag.Fatal, !mandate || At(e, Cac.PaymentMeans, Cac.PaymentMandate, Cac.PayerFinancialAccount, Cbc.ID) is not null);
    }

    // BT-95 / BT-102 (document allowances and charges with ChargeIndicator 'false' or 'true') or BT-151 in S, Z, E, AE, K, G, L, M.
    private static bool UsesGermanVatCategory(XElement e)
    {
        foreach (var charge in e.Elements(Cac.AllowanceCharge))
        {
            if (!AnyChildEquals(charge, Cbc.ChargeIndicator, "false") && !AnyChildEquals(charge, Cbc.ChargeIndicator, "true"))
            {
                continue;
            }

            foreach (var category in charge.Elements(Cac.TaxCategory))
            {
                foreach (var id in category.Elements(Cbc.ID))
                {
                    if (PeppolCodeLists.GermanVatCategories.Contains(id.Value))
                    {
                        return true;
                    }
                }
            }
        }

        foreach (var line in e.Elements())
        {
            if (line.Name != Cac.InvoiceLine && line.Name != Cac.CreditNoteLine)
            {
                continue;
            }

            foreach (var item in line.Elements(Cac.Item))
            {
                foreach (var category in item.Elements(Cac.ClassifiedTaxCategory))
                {
                    foreach (var id in category.Elements(Cbc.ID))
                    {
                        if (PeppolCodeLists.GermanVatCategories.Contains(id.Value))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    // cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID[boolean(normalize-space(.))] (BT-31 or BT-32).
    private static bool HasSellerTaxIdentifier(XElement e)
    {
        foreach (var role in e.Elements(Cac.AccountingSupplierParty))
        {
            foreach (var party in role.Elements(Cac.Party))
            {
                foreach (var scheme in party.Elements(Cac.PartyTaxScheme))
                {
                    if (HasNonBlankChild(scheme, Cbc.CompanyID))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // .../cac:PartyIdentification/cbc:ID[@schemeID = 'SEPA'] (BT-90).
    private static bool HasSepaIdentifier(XElement e, XName role, XName? party)
    {
        foreach (var r in e.Elements(role))
        {
            IEnumerable<XElement> parties = party is null ? [r] : r.Elements(party);
            foreach (var p in parties)
            {
                foreach (var identification in p.Elements(Cac.PartyIdentification))
                {
                    foreach (var id in identification.Elements(Cbc.ID))
                    {
                        if (id.Attribute(Attr.SchemeId)?.Value == "SEPA")
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    // DE-R-018: every line of the first note of each payment terms (BT-20) that starts with '#' is a Skonto statement,
    // and the text after the last #...# segment starts with optional whitespace and a line break.
    private static bool SkontoHolds(XElement e)
    {
        List<string>? notes = null;
        foreach (var terms in e.Elements(Cac.PaymentTerms))
        {
            if (terms.Element(Cbc.Note) is { } note)
            {
                (notes ??= []).Add(note.Value);
            }
        }

        if (notes is null)
        {
            return true;
        }

        var anyStatement = false;
        var allStatements = true;
        foreach (var note in notes)
        {
            if (note.Length == 0)
            {
                continue;
            }

            foreach (var line in note.Split('\n'))
            {
                // tokenize(., '(\r?\n)'): a CR before the LF belongs to the separator.
                var text = Xp.NormalizeSpace(line.EndsWith('\r') ? line[..^1] : line);
                if (!text.StartsWith('#'))
                {
                    continue;
                }

                anyStatement = true;
                allStatements &= Skonto.IsMatch(text);
            }
        }

        if (!anyStatement)
        {
            return true;
        }

        // matches(cac:PaymentTerms/cbc:Note[1]/tokenize(., '#.+#')[last()], '^\s*\n'): the first note's last token (several would be an XPath error).
        string? tail = null;
        foreach (var note in notes)
        {
            if (note.Length == 0)
            {
                continue;
            }

            var end = 0;
            for (var m = SkontoSegment.Match(note); m.Success; m = m.NextMatch())
            {
                end = m.Index + m.Length;
            }

            tail = note[end..];
            break;
        }

        return allStatements && tail is not null && StartsWithLineBreak(tail);
    }

    // '^\s*\n' with XPath's \s (space, tab, CR, LF): optional whitespace, then a line feed.
    private static bool StartsWithLineBreak(string s)
    {
        foreach (var c in s)
        {
            if (c == '\n')
            {
                return true;
            }

            if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return false;
    }

    // DE-R-022: no attachment (BT-125) has the file name of an attachment in an earlier supporting document.
    private static bool AttachmentNamesAreUnique(XElement e)
    {
        HashSet<string>? seen = null;
        foreach (var reference in e.Elements(Cac.AdditionalDocumentReference))
        {
            var names = new List<string>();
            foreach (var attachment in reference.Elements(Cac.Attachment))
            {
                foreach (var binary in attachment.Elements(Cbc.EmbeddedDocumentBinaryObject))
                {
                    if (binary.Attribute(Attr.Filename) is { } name)
                    {
                        names.Add(name.Value);
                    }
                }
            }

            seen ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (seen.Contains(name))
                {
                    return false;
                }
            }

            seen.UnionWith(names);
        }

        return true;
    }
}
