using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.Peppol.PeppolFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>The Greek rules (GR-R-*, GR-S-*): invoice number segments, MARK, TIN check digits.</summary>
public sealed partial class PeppolUbl
{
    private const string Mark = "##M.AR.K##";
    private const string InvoiceUrl = "##INVOICE|URL##";

    // $dateRegExp: day, month, year with optional '-', '\', '/' or ' ' separators, anchored at the start only.
    private static readonly Regex GreekDate = Pattern(@"^(0?[1-9]|[12][0-9]|3[01])[-\\/ ]?(0?[1-9]|1[0-2])[-\\/ ]?(19|20)[0-9]{2}");

    private static void DefineGreece(PatternBuilder p)
    {
        p.Rule("/ubl-invoice:Invoice/cbc:ID[$isGreekSender] | /ubl-creditnote:CreditNote/cbc:ID[$isGreekSender]", Cbc.ID, static e => UnderUblRoot(e) && Doc(e).IsGreekSender, CheckGreekInvoiceNumber);

        p.Rule("cac:AccountingSupplierParty[$isGreekSender]/cac:Party", Cac.Party, static e => Under(e, Cac.AccountingSupplierParty) && Doc(e).IsGreekSender, static (e, r) =>
        {
            r.Assert("GR-R-002", RuleFlag.Fatal, Xp.Str(At(e, Cac.PartyName, Cbc.Name)).Length > 0);
            r.Assert("GR-S-011", RuleFlag.Warning, HasGreekVat(e));
        });

        p.Rule(
            "cac:AccountingSupplierParty[$isGreekSender]/cac:Party/cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID) = 'VAT']/cbc:CompanyID",
            Cbc.CompanyID,
            static e => Under(e, Cac.AccountingSupplierParty, Cac.Party, Cac.PartyTaxScheme) && NormSingle(e.Parent!, Cac.TaxScheme, Cbc.ID) == "VAT" && Doc(e).IsGreekSender,
            static (e, r) =>
            {
                var vat = e.Value;
                r.Assert("GR-R-003", RuleFlag.Fatal, Substring(vat, 1, 2) == "EL" && TinVerification(Substring(vat, 3)));
            });

        p.Rule(
            "/ubl-invoice:Invoice[$isGreekSender and Greek seller address] | /ubl-creditnote:CreditNote[...]",
            DocumentRoots,
            static e => IsUblRoot(e) && Doc(e).IsGreekSender && Doc(e).SupplierAddressIsGreece,
            static (e, r) =>
            {
                var marks = 0;
                var urls = 0;
                foreach (var reference in e.Elements(Cac.AdditionalDocumentReference))
                {
                    marks += AnyChildEquals(reference, Cbc.DocumentDescription, Mark) ? 1 : 0;
                    urls += AnyChildEquals(reference, Cbc.DocumentDescription, InvoiceUrl) ? 1 : 0;
                }

                r.Assert("GR-R-004-1", RuleFlag.Fatal, marks == 1);
                r.Assert("GR-S-008-1", RuleFlag.Warning, urls == 1);
                r.Assert("GR-R-008-2", RuleFlag.Fatal, urls is 0 or 1);
            });

        p.Rule(
            "cac:AdditionalDocumentReference[$isGreekSender and Greek seller address and cbc:DocumentDescription = '##M.AR.K##']/cbc:ID",
            Cbc.ID,
            static e => e.Parent is { } reference && reference.Name == Cac.AdditionalDocumentReference && Doc(e).IsGreekSender
                && Doc(e).SupplierAddressIsGreece && AnyChildEquals(reference, Cbc.DocumentDescription, Mark),
            static (e, r) =>
            {
                var mark = e.Value;
                r.Assert("GR-R-004-2", RuleFlag.Fatal, mark.Length > 0 && mark[0] is >= '1' and <= '9');
            });

        p.Rule(
            "cac:AdditionalDocumentReference[$isGreekSender and cbc:DocumentDescription = '##INVOICE|URL##']",
            Cac.AdditionalDocumentReference,
            static e => Doc(e).IsGreekSender && AnyChildEquals(e, Cbc.DocumentDescription, InvoiceUrl),
            static (e, r) => r.Assert("GR-R-008-3", RuleFlag.Fatal, Xp.Norm(At(e, Cac.Attachment, Cac.ExternalReference, Cbc.URI)).Length > 0));

        p.Rule("cac:AccountingCustomerParty[$isGreekSender]/cac:Party", Cac.Party, static e => Under(e, Cac.AccountingCustomerParty) && Doc(e).IsGreekSender, static (e, r) =>
            r.Assert("GR-R-005", RuleFlag.Fatal, Xp.Str(At(e, Cac.PartyName, Cbc.Name)).Length > 0));

        p.Rule(
            "cac:AccountingSupplierParty/cac:Party[$accountingSupplierCountry = 'GR' or 'EL']/cbc:EndpointID",
            Cbc.EndpointID,
            static e => Under(e, Cac.AccountingSupplierParty, Cac.Party) && Doc(e).AccountingSupplierCountry is "GR" or "EL",
            static (e, r) => r.Assert("GR-R-009", RuleFlag.Fatal, IsGreekEndpoint(e)));
    }

    private static void DefineGreeceBuyer(PatternBuilder p)
    {
        p.Rule(
            "cac:AccountingCustomerParty[$isGreekSenderandReceiver]/cac:Party",
            Cac.Party,
            static e => Under(e, Cac.AccountingCustomerParty) && Doc(e).IsGreekSender && Doc(e).IsGreekReceiver,
            static (e, r) => r.Assert("GR-R-006", RuleFlag.Fatal, HasGreekVat(e)));
        p.Rule(
            "cac:AccountingCustomerParty[$isGreekSenderandReceiver]/cac:Party/cbc:EndpointID",
            Cbc.EndpointID,
            static e => Under(e, Cac.AccountingCustomerParty, Cac.Party) && Doc(e).IsGreekSender && Doc(e).IsGreekReceiver,
            static (e, r) => r.Assert("GR-R-010", RuleFlag.Fatal, IsGreekEndpoint(e)));
    }

    // Invoice number (BT-1): TIN|date|series number|document type|fifth|sixth.
    private static void CheckGreekInvoiceNumber(XElement e, RuleScope r)
    {
        var segments = TokenizeOn(e.Value, '|');
        string? Segment(int i) => i < segments.Length ? segments[i] : null;
        r.Assert("GR-R-001-1", RuleFlag.Fatal, segments.Length == 6);

        var tin = Segment(0);
        var tinHolds = tin is not null && Xp.NormalizeSpace(tin).Length == 9 && TinVerification(tin) && IsPartyVatTin(e, tin);
        r.Assert("GR-R-001-2", RuleFlag.Fatal, tinHolds);

        var date = Segment(1);
        var dateHolds = false;
        if (date is not null && Xp.NormalizeSpace(date).Length > 0 && GreekDate.IsMatch(date))
        {
            var parts = TokenizeOn(date, '/');
            var issue = Doc(e).IssueDateParts;
            dateHolds = parts.Length >= 3 && issue.Length >= 3 && parts[0] == issue[2] && parts[1] == issue[1] && parts[2] == issue[0];
        }

        r.Assert("GR-R-001-3", RuleFlag.Fatal, dateHolds);

        var number = Segment(2);
        r.Assert("GR-R-001-4", RuleFlag.Fatal, number is not null && Xp.NormalizeSpace(number).Length > 0 && IsNumber(number) && IsNonNegativeInteger(number));

        var type = Segment(3);
        r.Assert("GR-R-001-5", RuleFlag.Fatal, type is not null && Xp.NormalizeSpace(type).Length > 0 && PeppolCodeLists.GreekDocumentTypes.Contains(type));
        r.Assert("GR-R-001-6", RuleFlag.Fatal, Segment(4) is { Length: > 0 });
        r.Assert("GR-R-001-7", RuleFlag.Fatal, Segment(5) is { Length: > 0 });
    }

    // The TIN equals substring(cbc:CompanyID, 3, 9) of a VAT PartyTaxScheme of the seller or of the tax representative.
    private static bool IsPartyVatTin(XElement e, string tin)
    {
        var root = Doc(e).Root;
        foreach (var role in root.Elements(Cac.AccountingSupplierParty))
        {
            foreach (var party in role.Elements(Cac.Party))
            {
                if (HasVatTin(party, tin))
                {
                    return true;
                }
            }
        }

        foreach (var representative in root.Elements(Cac.TaxRepresentativeParty))
        {
            if (HasVatTin(representative, tin))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVatTin(XElement party, string tin)
    {
        foreach (var scheme in party.Elements(Cac.PartyTaxScheme))
        {
            if (AnyEquals(scheme, Cac.TaxScheme, Cbc.ID, "VAT") && Substring(Xp.Str(scheme.Element(Cbc.CompanyID)), 3, 9) == tin)
            {
                return true;
            }
        }

        return false;
    }

    // xs:integer($s) >= 0, false where the cast would fail.
    private static bool IsNonNegativeInteger(string s)
    {
        if (!IsXsInteger(s))
        {
            return false;
        }

        var t = s.AsSpan().Trim(" \t\r\n");
        return t[0] != '-' || !t[1..].ContainsAnyExcept('0');
    }

    // Exactly one VAT identifier (BT-31/BT-48), EL + a valid TIN.
    private static bool HasGreekVat(XElement party)
    {
        var count = 0;
        XElement? first = null;
        foreach (var scheme in party.Elements(Cac.PartyTaxScheme))
        {
            if (Xp.Norm(At(scheme, Cac.TaxScheme, Cbc.ID)) != "VAT")
            {
                continue;
            }

            foreach (var id in scheme.Elements(Cbc.CompanyID))
            {
                count++;
                first ??= id;
            }
        }

        if (count != 1)
        {
            return false;
        }

        var vat = first!.Value;
        return Substring(vat, 1, 2) == "EL" && TinVerification(Substring(vat, 3));
    }

    // Electronic address (BT-34/BT-49) with scheme 9933 and a valid TIN.
    private static bool IsGreekEndpoint(XElement endpoint) =>
        endpoint.Attribute(Attr.SchemeId)?.Value == "9933" && TinVerification(endpoint.Value);
}
