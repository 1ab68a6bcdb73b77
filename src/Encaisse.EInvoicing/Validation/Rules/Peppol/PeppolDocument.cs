using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.Peppol.PeppolFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The document-level variables of the Peppol Schematron ($profile, $supplierCountry, $customerCountry,
/// $supplierCountryIsDE, $DKSupplierCountry, $isGreekSender, ...), computed once per document and kept as an
/// annotation on its root element. The rule set's first pattern recomputes them when the runner reaches the root,
/// so a document validated again after a change never sees stale values.
/// </summary>
internal sealed class PeppolDocument
{
    private bool? _swedishSupplier;
    private bool? _swedishSupplierWithSwedishVat;
    private bool? _swedishCustomer;
    private string[]? _issueDateParts;

    private PeppolDocument(XElement root)
    {
        Root = root;
        IsInvoice = root.Name == Ubl.Invoice;
        IsCreditNote = root.Name == Ubl.CreditNote;
        Profile = ProfileOf(Norm(root.Element(Cbc.ProfileID)));

        // The country codes as the Schematron reads them: several where one is expected is an XPath error, and the
        // variables are only used in rule contexts, where an error means "no match" (null / false here).
        var supplierCodes = Nodes(root, SupplierCountryPath);
        var customerCodes = Nodes(root, CustomerCountryPath);
        var representativeCodes = Nodes(root, RepresentativeCountryPath);
        var supplierCode = Single(supplierCodes);
        var customerCode = Single(customerCodes);

        // $supplierCountry: the seller's VAT prefix, else the tax representative's, else the seller's country code, else XX.
        SupplierCountry = CountryOf(root, Cac.AccountingSupplierParty, Cac.Party, withRepresentative: true, supplierCodes);
        AccountingSupplierCountry = CountryOf(root, Cac.AccountingSupplierParty, Cac.Party, withRepresentative: false, supplierCodes);
        CustomerCountry = CountryOf(root, Cac.AccountingCustomerParty, Cac.Party, withRepresentative: false, customerCodes);

        SupplierIsGermany = IsCountry(supplierCodes, "DE");
        CustomerIsGermany = IsCountry(customerCodes, "DE");
        SupplierIsNetherlands = IsCountry(supplierCodes, "NL");
        CustomerIsNetherlands = IsCountry(customerCodes, "NL");
        RepresentativeIsNetherlands = IsCountry(representativeCodes, "NL");

        // $DKSupplierCountry / $SupplierCountry (Iceland): concat() of the country code under a UBL Invoice or CreditNote root, not normalised.
        var rootIsUbl = IsInvoice || IsCreditNote;
        SupplierCountryCode = !rootIsUbl ? string.Empty : supplierCodes.Count > 1 ? null : Xp.Str(supplierCode);
        CustomerCountryCode = !rootIsUbl ? string.Empty : customerCodes.Count > 1 ? null : Xp.Str(customerCode);

        var currencies = new List<string>(1);
        foreach (var code in root.Elements(Cbc.DocumentCurrencyCode))
        {
            currencies.Add(code.Value);
        }

        DocumentCurrencyCodes = currencies;
        IsGreekSender = SupplierCountry is "GR" or "EL";
        IsGreekReceiver = CustomerCountry is "GR" or "EL";
        foreach (var role in root.Elements(Cac.AccountingSupplierParty))
        {
            foreach (var party in role.Elements(Cac.Party))
            {
                SupplierAddressIsGreece |= AnyEquals(party, Cac.PostalAddress, Cac.Country, Cbc.IdentificationCode, "GR");
            }
        }
    }

    /// <summary>The document element.</summary>
    public XElement Root { get; }

    /// <summary>/ubl-invoice:Invoice.</summary>
    public bool IsInvoice { get; }

    /// <summary>/ubl-creditnote:CreditNote.</summary>
    public bool IsCreditNote { get; }

    /// <summary>$profile: 01 (billing, incl. the French regulated/non-regulated processes), 02 (billing with response) or Unknown.</summary>
    public string Profile { get; }

    /// <summary>$supplierCountry (upper case); null where its XPath raises an error.</summary>
    public string? SupplierCountry { get; }

    /// <summary>$customerCountry (upper case); null where its XPath raises an error.</summary>
    public string? CustomerCountry { get; }

    /// <summary>$accountingSupplierCountry (Greek rules: like $supplierCountry without the tax representative); null on error.</summary>
    public string? AccountingSupplierCountry { get; }

    /// <summary>$supplierCountryIsDE: the seller's postal country code is DE.</summary>
    public bool SupplierIsGermany { get; }

    /// <summary>$customerCountryIsDE.</summary>
    public bool CustomerIsGermany { get; }

    /// <summary>Both parties in Germany: the German national rules apply.</summary>
    public bool BothGerman => SupplierIsGermany && CustomerIsGermany;

    /// <summary>$supplierCountryIsNL.</summary>
    public bool SupplierIsNetherlands { get; }

    /// <summary>$customerCountryIsNL.</summary>
    public bool CustomerIsNetherlands { get; }

    /// <summary>$taxRepresentativeCountryIsNL.</summary>
    public bool RepresentativeIsNetherlands { get; }

    /// <summary>$DKSupplierCountry and the Icelandic $SupplierCountry: the seller's postal country code as written; null on error.</summary>
    public string? SupplierCountryCode { get; }

    /// <summary>$DKCustomerCountry and the Icelandic $CustomerCountry; null on error.</summary>
    public string? CustomerCountryCode { get; }

    /// <summary>Both parties in Denmark (the country codes as written).</summary>
    public bool BothDanish => SupplierCountryCode == "DK" && CustomerCountryCode == "DK";

    /// <summary>$documentCurrencyCode: the values of /*/cbc:DocumentCurrencyCode.</summary>
    public IReadOnlyList<string> DocumentCurrencyCodes { get; }

    /// <summary>$isGreekSender.</summary>
    public bool IsGreekSender { get; }

    /// <summary>$isGreekReceiver.</summary>
    public bool IsGreekReceiver { get; }

    /// <summary>/*/cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode = 'GR'.</summary>
    public bool SupplierAddressIsGreece { get; }

    /// <summary>//cac:AccountingSupplierParty/cac:Party[cac:PostalAddress/cac:Country/cbc:IdentificationCode = 'SE'] exists.</summary>
    public bool SwedishSupplier => _swedishSupplier ??= AnyParty(Cac.AccountingSupplierParty, IsSwedishParty);

    /// <summary>//cac:AccountingSupplierParty/cac:Party[... = 'SE' and its VAT identifier starts with SE] exists.</summary>
    public bool SwedishSupplierWithSwedishVat => _swedishSupplierWithSwedishVat ??= AnyParty(Cac.AccountingSupplierParty, IsSwedishPartyWithSwedishVat);

    /// <summary>//cac:AccountingCustomerParty/cac:Party[cac:PostalAddress/cac:Country/cbc:IdentificationCode = 'SE'] exists.</summary>
    public bool SwedishCustomer => _swedishCustomer ??= AnyParty(Cac.AccountingCustomerParty, IsSwedishParty);

    /// <summary>$tokenizedUblIssueDate: tokenize(/*/cbc:IssueDate, '-').</summary>
    public string[] IssueDateParts => _issueDateParts ??= TokenizeOn(Xp.Str(Root.Element(Cbc.IssueDate)), '-');

    /// <summary>The variables of the document an element belongs to.</summary>
    public static PeppolDocument Of(XElement element)
    {
        var root = element;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var variables = root.Annotation<PeppolDocument>();
        if (variables is null)
        {
            variables = new PeppolDocument(root);
            root.AddAnnotation(variables);
        }

        return variables;
    }

    /// <summary>Computes the variables of the document whose root this is, replacing any kept from an earlier run.</summary>
    public static void Refresh(XElement root)
    {
        root.RemoveAnnotations<PeppolDocument>();
        root.AddAnnotation(new PeppolDocument(root));
    }

    /// <summary>A party with cac:PostalAddress/cac:Country/cbc:IdentificationCode = 'SE'.</summary>
    public static bool IsSwedishParty(XElement party) => AnyEquals(party, Cac.PostalAddress, Cac.Country, Cbc.IdentificationCode, "SE");

    /// <summary>A Swedish party whose VAT identifier starts with SE: <c>cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/substring(cbc:CompanyID, 1, 2) = 'SE'</c>.</summary>
    public static bool IsSwedishPartyWithSwedishVat(XElement party)
    {
        if (!IsSwedishParty(party))
        {
            return false;
        }

        foreach (var scheme in party.Elements(Cac.PartyTaxScheme))
        {
            if (!AnyEquals(scheme, Cac.TaxScheme, Cbc.ID, "VAT"))
            {
                continue;
            }

            // substring() of several CompanyID is an error: in a rule context, no match.
            if (!TrySingle(scheme, Cbc.CompanyID, out var id))
            {
                return false;
            }

            if (Substring(id, 1, 2) == "SE")
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyParty(XName role, Func<XElement, bool> predicate)
    {
        foreach (var r in Root.Descendants(role))
        {
            foreach (var party in r.Elements(Cac.Party))
            {
                if (predicate(party))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // $profile (2026.5): by exact normalised ProfileID.
    private static string ProfileOf(string profileId) => profileId switch
    {
        "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0" or "urn:peppol:france:billing:regulated" or "urn:peppol:france:billing:non-regulated" => "01",
        "urn:peppol:bis:billing_with_response" => "02",
        _ => "Unknown",
    };

    private static readonly XName[] SupplierCountryPath = [Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cac.Country, Cbc.IdentificationCode];
    private static readonly XName[] CustomerCountryPath = [Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cac.Country, Cbc.IdentificationCode];
    private static readonly XName[] RepresentativeCountryPath = [Cac.TaxRepresentativeParty, Cac.PostalAddress, Cac.Country, Cbc.IdentificationCode];

    // The elements at a child path below the root, in document order.
    private static List<XElement> Nodes(XElement root, XName[] path)
    {
        var current = new List<XElement> { root };
        foreach (var name in path)
        {
            var next = new List<XElement>();
            foreach (var e in current)
            {
                next.AddRange(e.Elements(name));
            }

            current = next;
        }

        return current;
    }

    private static XElement? Single(List<XElement> nodes) => nodes.Count == 1 ? nodes[0] : null;

    // upper-case(normalize-space(codes)) = COUNTRY; false for several codes (an error in a rule context).
    private static bool IsCountry(List<XElement> codes, string country) => codes.Count <= 1 && Upper(Xp.Str(Single(codes))) == country;

    /// <summary>
    /// $supplierCountry, $accountingSupplierCountry, $customerCountry: <c>if (VAT prefixes) then upper-case(normalize-space(...))
    /// else [tax representative's VAT prefixes] else if (country code) then ... else 'XX'</c>; null where XPath raises an error
    /// (several prefixes or codes where normalize-space() takes one).
    /// </summary>
    private static string? CountryOf(XElement root, XName role, XName party, bool withRepresentative, List<XElement> codes)
    {
        var prefixes = VatPrefixes(root, role, party);
        if (prefixes is null || prefixes.Count > 1)
        {
            return null;
        }

        if (prefixes.Count == 1 && prefixes[0].Length > 0)
        {
            return Upper(prefixes[0]);
        }

        if (withRepresentative)
        {
            var representative = VatPrefixes(root, Cac.TaxRepresentativeParty, null);
            if (representative is null || representative.Count > 1)
            {
                return null;
            }

            if (representative.Count == 1 && representative[0].Length > 0)
            {
                return Upper(representative[0]);
            }
        }

        return codes.Count switch
        {
            0 => "XX",
            1 => Upper(codes[0].Value),
            _ => null,
        };
    }

    // /*/ROLE[/cac:Party]/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/substring(cbc:CompanyID, 1, 2); null when a scheme has several CompanyID (an error).
    private static List<string>? VatPrefixes(XElement root, XName role, XName? party)
    {
        var prefixes = new List<string>(1);
        foreach (var r in root.Elements(role))
        {
            IEnumerable<XElement> parties = party is null ? [r] : r.Elements(party);
            foreach (var p in parties)
            {
                foreach (var scheme in p.Elements(Cac.PartyTaxScheme))
                {
                    if (!AnyEquals(scheme, Cac.TaxScheme, Cbc.ID, "VAT"))
                    {
                        continue;
                    }

                    if (!TrySingle(scheme, Cbc.CompanyID, out var id))
                    {
                        return null;
                    }

                    prefixes.Add(Substring(id, 1, 2));
                }
            }
        }

        return prefixes;
    }

    private static string Norm(XElement? e) => Xp.Norm(e);

    private static string Upper(string s) => Xp.NormalizeSpace(s).ToUpperInvariant();
}
