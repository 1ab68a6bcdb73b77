using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.Peppol.PeppolFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>The national rules of Norway (NO-R-*), Denmark (DK-R-*), Italy (IT-R-*), Sweden (SE-R-*), Iceland (IS-R-*) and the Netherlands (NL-R-*).</summary>
public sealed partial class PeppolUbl
{
    private static readonly XName[] SwedishTaxCategories = [Cac.TaxCategory, Cac.ClassifiedTaxCategory];

    private static void DefineNorway(PatternBuilder p) =>
        p.Rule(
            "cac:AccountingSupplierParty/cac:Party[$supplierCountry = 'NO']",
            Cac.Party,
            static e => Under(e, Cac.AccountingSupplierParty) && Doc(e).SupplierCountry == "NO",
            static (e, r) =>
            {
                // BT-32 "Foretaksregisteret" for Norwegian companies.
                var register = FirstTaxScheme(e, "TAX", normalized: true)?.Element(Cbc.CompanyID);
                r.Assert("NO-R-002", RuleFlag.Warning, Xp.Norm(register) == "Foretaksregisteret");

                // BT-31: NO + 9-digit organisation number (mod 11) + MVA.
                var startsWithNo = false;
                string? firstVat = null;
                foreach (var scheme in e.Elements(Cac.PartyTaxScheme))
                {
                    if (Xp.Norm(At(scheme, Cac.TaxScheme, Cbc.ID)) != "VAT")
                    {
                        continue;
                    }

                    var vat = Xp.Str(scheme.Element(Cbc.CompanyID));
                    firstVat ??= vat;
                    startsWithNo |= Substring(vat, 1, 2) == "NO";
                }

                var rest = Substring(firstVat ?? string.Empty, 3);
                var wellFormed = rest.Length == 12 && IsAsciiDigits(rest.AsSpan(0, 9)) && rest.EndsWith("MVA", StringComparison.Ordinal);
                r.Assert("NO-R-001", RuleFlag.Fatal, !startsWithNo || (wellFormed && Mod11(Substring(firstVat!, 3, 9))));
            });

    // The first cac:PartyTaxScheme whose cac:TaxScheme/cbc:ID is the given code (normalised or as written).
    private static XElement? FirstTaxScheme(XElement party, string code, bool normalized)
    {
        foreach (var scheme in party.Elements(Cac.PartyTaxScheme))
        {
            var matches = normalized ? Xp.Norm(At(scheme, Cac.TaxScheme, Cbc.ID)) == code : AnyEquals(scheme, Cac.TaxScheme, Cbc.ID, code);
            if (matches && scheme.Element(Cbc.CompanyID) is not null)
            {
                return scheme;
            }
        }

        return null;
    }

    private static void DefineDenmark(PatternBuilder p)
    {
        p.Rule("CreditNote[$DKSupplierCountry = 'DK'] | Invoice[$DKSupplierCountry = 'DK']", DocumentRoots, static e => Doc(e).SupplierCountryCode == "DK", static (e, r) =>
        {
            var legal = At(e, Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyID);
            r.Assert("DK-R-002", RuleFlag.Fatal, Xp.NormalizeSpace(Text(legal)) != string.Empty);
            r.Assert("DK-R-014", RuleFlag.Fatal, legal is null || Xp.Norm(legal.Attribute(Attr.SchemeId)) == "0184");
            var doc = Doc(e);
            var payable = At(e, Cac.LegalMonetaryTotal, Cbc.PayableAmount);
            r.Assert("DK-R-016", RuleFlag.Fatal, !(doc.IsCreditNote && doc.CustomerCountryCode == "DK" && Xp.Number(Text(payable)) < 0));
        });

        p.Rule(
            "(CreditNote | Invoice)[DK and DK]/(cac:AccountingSupplierParty | cac:AccountingCustomerParty)/cac:Party/cac:PartyIdentification",
            Cac.PartyIdentification,
            static e => e.Parent is { } party && party.Name == Cac.Party && party.Parent is { } role
                && (role.Name == Cac.AccountingSupplierParty || role.Name == Cac.AccountingCustomerParty)
                && role.Parent is { } root && (root.Name == Ubl.Invoice || root.Name == Ubl.CreditNote) && Doc(e).BothDanish,
            static (e, r) =>
            {
                var id = e.Element(Cbc.ID);
                r.Assert("DK-R-013", RuleFlag.Fatal, id is null || Xp.Norm(id.Attribute(Attr.SchemeId)) != string.Empty);
            });

        p.Rule("ubl-invoice:Invoice[DK and DK]/cac:PaymentMeans", Cac.PaymentMeans, static e => Under(e, Ubl.Invoice) && Doc(e).BothDanish, CheckDanishPayment);

        p.Rule(
            "(CreditNote | Invoice)[DK and DK]/cac:AccountingCustomerParty/cac:Party",
            Cac.Party,
            static e => e.Parent is { } role && role.Name == Cac.AccountingCustomerParty && role.Parent is { } root
                && (root.Name == Ubl.Invoice || root.Name == Ubl.CreditNote) && Doc(e).BothDanish,
            static (e, r) =>
            {
                var legal = At(e, Cac.PartyLegalEntity, Cbc.CompanyID);
                r.Assert("DK-R-017", RuleFlag.Fatal, legal is null || Xp.Norm(legal.Attribute(Attr.SchemeId)) == "0184");
            });

        p.Rule(
            "CreditNote[DK and DK]/cac:CreditNoteLine | Invoice[DK and DK]/cac:InvoiceLine",
            [Cac.CreditNoteLine, Cac.InvoiceLine],
            static e => ((e.Name == Cac.InvoiceLine && Under(e, Ubl.Invoice)) || (e.Name == Cac.CreditNoteLine && Under(e, Ubl.CreditNote))) && Doc(e).BothDanish,
            static (e, r) =>
            {
                // Released as fatal in 2026.5: UNSPSC (listID TST) must be version 19.05.01 or 26.08.01.
                var unspsc = false;
                var knownVersion = false;
                foreach (var item in e.Elements(Cac.Item))
                {
                    foreach (var classification in item.Elements(Cac.CommodityClassification))
                    {
                        foreach (var code in classification.Elements(Cbc.ItemClassificationCode))
                        {
                            unspsc |= code.Attribute(Attr.ListId)?.Value == "TST";
                            knownVersion |= code.Attribute(Attr.ListVersionId)?.Value is "19.05.01" or "19.0501" or "26.08.01" or "26.0801";
                        }
                    }
                }

                r.Assert("DK-R-003", RuleFlag.Fatal, !(unspsc && !knownVersion));
            });

        p.Rule("cac:AllowanceCharge[$DKSupplierCountry = 'DK' and $DKCustomerCountry = 'DK']", Cac.AllowanceCharge, static e => Doc(e).BothDanish, static (e, r) =>
        {
            // Non-VAT taxes (reason code ZZZ): the reason is a 4-digit tax category or contains an inner '#'.
            var holds = true;
            if (AnyChildEquals(e, Cbc.AllowanceChargeReasonCode, "ZZZ"))
            {
                var reasonElement = e.Element(Cbc.AllowanceChargeReason);
                var reason = Xp.Str(reasonElement);
                var number = Xp.Number(reason);
                var taxCategory = Xp.NormalizeSpace(Text(reasonElement)).Length == 4 && number >= 0 && number <= 9999;
                var hashed = reasonElement is not null && reason.Contains('#', StringComparison.Ordinal)
                    && !reason.StartsWith('#') && !reason.EndsWith('#');
                holds = taxCategory || hashed;
            }

            r.Assert("DK-R-004", RuleFlag.Fatal, holds);
        });
    }

    private static void CheckDanishPayment(XElement e, RuleScope r)
    {
        var codeElement = e.Element(Cbc.PaymentMeansCode);
        r.Assert("DK-R-005", RuleFlag.Fatal, " 1 10 31 42 48 49 50 58 59 93 97 ".Contains(" " + Xp.Str(codeElement) + " ", StringComparison.Ordinal));

        bool Code(string c) => AnyChildEquals(e, Cbc.PaymentMeansCode, c);
        var account = At(e, Cac.PayeeFinancialAccount, Cbc.ID);
        var branch = At(e, Cac.PayeeFinancialAccount, Cac.FinancialInstitutionBranch, Cbc.ID);
        r.Assert(
            "DK-R-006",
            RuleFlag.Fatal,
            !((Code("31") || Code("42")) && !(Xp.NormalizeSpace(Text(account)) != string.Empty && Xp.NormalizeSpace(Text(branch)) != string.Empty)));

        var mandate = At(e, Cac.PaymentMandate, Cbc.ID);
        var payer = At(e, Cac.PaymentMandate, Cac.PayerFinancialAccount, Cbc.ID);
        r.Assert(
            "DK-R-007",
            RuleFlag.Fatal,
            !(Code("49") && !(Xp.NormalizeSpace(Text(mandate)) != string.Empty && Xp.NormalizeSpace(Text(payer)) != string.Empty)));

        var paymentId = Xp.Str(e.Element(Cbc.PaymentID));
        var prefix = Substring(paymentId, 1, 3);
        var giroAccount = Xp.Str(account);
        r.Assert(
            "DK-R-008",
            RuleFlag.Fatal,
            !(Code("50") && !(prefix is "01#" or "04#" or "15#" && IsDigits(giroAccount, 7, 8))));
        r.Assert("DK-R-009", RuleFlag.Fatal, !(Code("50") && prefix is "04#" or "15#" && paymentId.Length != 19));
        r.Assert("DK-R-010", RuleFlag.Fatal, !(Code("93") && !(prefix is "71#" or "73#" or "75#" && Text(account).Length == 8)));
        r.Assert("DK-R-011", RuleFlag.Fatal, !(Code("93") && prefix is "71#" or "75#" && paymentId.Length is not (18 or 19)));
    }

    private static void DefineItaly(PatternBuilder p)
    {
        p.Rule(
            "cac:AccountingSupplierParty/cac:Party[$supplierCountry = 'IT']/cac:PartyTaxScheme[normalize-space(cac:TaxScheme/cbc:ID) != 'VAT']",
            Cac.PartyTaxScheme,
            static e => e.Parent is { } party && party.Name == Cac.Party && Under(party, Cac.AccountingSupplierParty)
                && Doc(e).SupplierCountry == "IT" && NormSingle(e, Cac.TaxScheme, Cbc.ID) is { } scheme && scheme != "VAT",
            static (e, r) =>
            {
                // BT-32: 11 to 16 upper-case letters or digits.
                var id = Xp.Norm(e.Element(Cbc.CompanyID));
                var holds = id.Length is >= 11 and <= 16;
                foreach (var c in id)
                {
                    holds &= char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
                }

                r.Assert("IT-R-001", RuleFlag.Fatal, holds);
            });
        p.Rule(
            "cac:AccountingSupplierParty/cac:Party[$supplierCountry = 'IT']",
            Cac.Party,
            static e => Under(e, Cac.AccountingSupplierParty) && Doc(e).SupplierCountry == "IT",
            static (e, r) =>
            {
                r.Assert("IT-R-002", RuleFlag.Fatal, At(e, Cac.PostalAddress, Cbc.StreetName) is not null);
                r.Assert("IT-R-003", RuleFlag.Fatal, At(e, Cac.PostalAddress, Cbc.CityName) is not null);
                r.Assert("IT-R-004", RuleFlag.Fatal, At(e, Cac.PostalAddress, Cbc.PostalZone) is not null);
            });
    }

    private static void DefineSweden(PatternBuilder p)
    {
        p.Rule(
            "//cac:AccountingSupplierParty/cac:Party[Swedish address and VAT identifier starting with SE]",
            Cac.Party,
            static e => Under(e, Cac.AccountingSupplierParty) && PeppolDocument.IsSwedishPartyWithSwedishVat(e),
            static (e, r) =>
            {
                // cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/cbc:CompanyID, the first one.
                var vat = FirstTaxScheme(e, "VAT", normalized: false)?.Element(Cbc.CompanyID);
                r.Assert("SE-R-001", RuleFlag.Fatal, Xp.Norm(vat).Length == 14);
                r.Assert("SE-R-002", RuleFlag.Fatal, IsNumber(Substring(Xp.Str(vat), 3, 12)));
            });
        p.Rule(
            "//cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity[../cac:PostalAddress/cac:Country/cbc:IdentificationCode = 'SE' and cbc:CompanyID]",
            Cac.PartyLegalEntity,
            static e => e.Parent is { } party && party.Name == Cac.Party && Under(party, Cac.AccountingSupplierParty)
                && PeppolDocument.IsSwedishParty(party) && e.Element(Cbc.CompanyID) is not null,
            static (e, r) =>
            {
                var id = e.Element(Cbc.CompanyID)!;
                var normalized = Xp.Norm(id);
                r.Assert("SE-R-003", RuleFlag.Fatal, IsNumber(id.Value));
                r.Assert("SE-R-004", RuleFlag.Fatal, normalized.Length == 10);
                r.Assert("SE-R-013", RuleFlag.Fatal, CheckSwedishOrganisationNumber(normalized));
            });
        p.Rule(
            "//cac:AccountingSupplierParty/cac:Party[SE and exists(cac:PartyLegalEntity/cbc:CompanyID)]/cac:PartyTaxScheme[normalize-space(upper-case(cac:TaxScheme/cbc:ID)) != 'VAT']/cbc:CompanyID",
            Cbc.CompanyID,
            static e => e.Parent is { } scheme && scheme.Name == Cac.PartyTaxScheme
                && scheme.Parent is { } party && party.Name == Cac.Party && Under(party, Cac.AccountingSupplierParty)
                && PeppolDocument.IsSwedishParty(party) && At(party, Cac.PartyLegalEntity, Cbc.CompanyID) is not null
                && TrySingle(scheme, Cac.TaxScheme, Cbc.ID, out var code) && Xp.NormalizeSpace(code.ToUpperInvariant()) != "VAT",
            static (e, r) => r.Assert("SE-R-005", RuleFlag.Fatal, Xp.NormalizeSpace(e.Value.ToUpperInvariant()) == "GODKÄND FÖR F-SKATT"));
        p.Rule(
            "//cac:TaxCategory[//Swedish supplier with SE VAT and cbc:ID = 'S'] | //cac:ClassifiedTaxCategory[...]",
            SwedishTaxCategories,
            static e => AnyChildEquals(e, Cbc.ID, "S") && Doc(e).SwedishSupplierWithSwedishVat,
            static (e, r) =>
            {
                var rate = Xp.Double(e.Element(Cbc.Percent));
                r.Assert("SE-R-006", RuleFlag.Fatal, rate is 25d or 12d or 6d);
            });
        p.Rule(
            "//cac:PaymentMeans[Swedish supplier and code 30 and SE:PLUSGIRO]/cac:PayeeFinancialAccount/cbc:ID",
            Cbc.ID,
            static e => IsSwedishGiroAccount(e, "SE:PLUSGIRO"),
            static (e, r) =>
            {
                var account = Xp.Norm(e);
                r.Assert("SE-R-007", RuleFlag.Warning, IsNumber(account));
                r.Assert("SE-R-010", RuleFlag.Warning, account.Length is >= 2 and <= 8);
            });
        p.Rule(
            "//cac:PaymentMeans[Swedish supplier and code 30 and SE:BANKGIRO]/cac:PayeeFinancialAccount/cbc:ID",
            Cbc.ID,
            static e => IsSwedishGiroAccount(e, "SE:BANKGIRO"),
            static (e, r) =>
            {
                var account = Xp.Norm(e);
                r.Assert("SE-R-008", RuleFlag.Warning, IsNumber(account));
                r.Assert("SE-R-009", RuleFlag.Warning, account.Length is 7 or 8);
            });
        p.Rule(
            "//cac:PaymentMeans[Swedish supplier and (cbc:PaymentMeansCode = '50' or '56')]",
            Cac.PaymentMeans,
            static e => (AnyChildEquals(e, Cbc.PaymentMeansCode, "50") || AnyChildEquals(e, Cbc.PaymentMeansCode, "56")) && Doc(e).SwedishSupplier,
            static (_, r) => r.Assert("SE-R-011", RuleFlag.Warning, false));
        p.Rule(
            "//cac:PaymentMeans[Swedish supplier and Swedish customer and cbc:PaymentMeansCode = '31']",
            Cac.PaymentMeans,
            static e => AnyChildEquals(e, Cbc.PaymentMeansCode, "31") && Doc(e).SwedishSupplier && Doc(e).SwedishCustomer,
            static (_, r) => r.Assert("SE-R-012", RuleFlag.Warning, false));
    }

    // //cac:PaymentMeans[//Swedish supplier and normalize-space(cbc:PaymentMeansCode) = '30' and normalize-space(.../cac:FinancialInstitutionBranch/cbc:ID) = giro]/cac:PayeeFinancialAccount/cbc:ID
    private static bool IsSwedishGiroAccount(XElement e, string giro) =>
        e.Parent is { } account && account.Name == Cac.PayeeFinancialAccount
        && account.Parent is { } means && means.Name == Cac.PaymentMeans
        && NormSingle(means, Cbc.PaymentMeansCode) == "30"
        && NormSingle(means, Cac.PayeeFinancialAccount, Cac.FinancialInstitutionBranch, Cbc.ID) == giro
        && Doc(e).SwedishSupplier;

    private static void DefineIceland(PatternBuilder p)
    {
        p.Rule("CreditNote[$SupplierCountry = 'IS'] | Invoice[$SupplierCountry = 'IS']", DocumentRoots, static e => Doc(e).SupplierCountryCode == "IS", CheckIcelandicDocument);
        p.Rule(
            "(CreditNote | Invoice)[$SupplierCountry = 'IS' and $CustomerCountry = 'IS']/cac:AccountingCustomerParty",
            Cac.AccountingCustomerParty,
            static e => (Under(e, Ubl.Invoice) || Under(e, Ubl.CreditNote)) && Doc(e).SupplierCountryCode == "IS" && Doc(e).CustomerCountryCode == "IS",
            static (e, r) =>
            {
                var legal = false;
                var kennitala = false;
                foreach (var party in e.Elements(Cac.Party))
                {
                    foreach (var entity in party.Elements(Cac.PartyLegalEntity))
                    {
                        foreach (var id in entity.Elements(Cbc.CompanyID))
                        {
                            legal = true;
                            kennitala |= id.Attribute(Attr.SchemeId)?.Value == "0196";
                        }
                    }
                }

                r.Assert("IS-R-004", RuleFlag.Fatal, legal && kennitala);
                r.Assert("IS-R-005", RuleFlag.Fatal, At(e, Cac.Party, Cac.PostalAddress, Cbc.StreetName) is not null && At(e, Cac.Party, Cac.PostalAddress, Cbc.PostalZone) is not null);
            });
    }

    private static void CheckIcelandicDocument(XElement e, RuleScope r)
    {
        static bool Listed(string code) => code.Length > 0 && !code.Contains(' ', StringComparison.Ordinal) && " 380 381 ".Contains(" " + code + " ", StringComparison.Ordinal);
        r.Assert("IS-R-001", RuleFlag.Warning, Listed(Xp.Norm(e.Element(Cbc.InvoiceTypeCode))) || Listed(Xp.Norm(e.Element(Cbc.CreditNoteTypeCode))));

        var legal = false;
        var kennitala = false;
        foreach (var party in e.Elements(Cac.AccountingSupplierParty))
        {
            foreach (var entity in party.Elements(Cac.Party))
            {
                foreach (var le in entity.Elements(Cac.PartyLegalEntity))
                {
                    foreach (var id in le.Elements(Cbc.CompanyID))
                    {
                        legal = true;
                        kennitala |= id.Attribute(Attr.SchemeId)?.Value == "0196";
                    }
                }
            }
        }

        r.Assert("IS-R-002", RuleFlag.Fatal, legal && kennitala);
        r.Assert(
            "IS-R-003",
            RuleFlag.Fatal,
            At(e, Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.StreetName) is not null
                && At(e, Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.PostalZone) is not null);
        r.Assert("IS-R-006", RuleFlag.Fatal, IcelandicAccountHolds(e, "9"));
        r.Assert("IS-R-007", RuleFlag.Fatal, IcelandicAccountHolds(e, "42"));

        // EINDAGI (final due date) as an additional supporting document (BT-122).
        XElement? eindagiId = null;
        var eindagi = false;
        var laterThanDue = false;
        var dueDates = new List<string>();
        foreach (var due in e.Elements(Cbc.DueDate))
        {
            dueDates.Add(due.Value);
        }

        foreach (var reference in e.Elements(Cac.AdditionalDocumentReference))
        {
            if (!AnyChildEquals(reference, Cbc.DocumentDescription, "EINDAGI"))
            {
                continue;
            }

            eindagi = true;
            foreach (var id in reference.Elements(Cbc.ID))
            {
                eindagiId ??= id;

                // (cbc:DueDate) <= (.../cbc:ID): untyped against untyped compares as strings.
                foreach (var due in dueDates)
                {
                    laterThanDue |= string.CompareOrdinal(due, id.Value) <= 0;
                }
            }
        }

        var idValue = Xp.Str(eindagiId);
        r.Assert("IS-R-008", RuleFlag.Fatal, !eindagi || (idValue.Length == 10 && Xp.IsDate(idValue)));
        r.Assert("IS-R-009", RuleFlag.Fatal, !eindagi || dueDates.Count > 0);
        r.Assert("IS-R-010", RuleFlag.Fatal, !eindagi || laterThanDue);
    }

    // exists(cac:PaymentMeans[cbc:PaymentMeansCode = C]/cac:PayeeFinancialAccount/cbc:ID) and its normalised length is 12, or no such payment means.
    private static bool IcelandicAccountHolds(XElement e, string code)
    {
        XElement? account = null;
        var any = false;
        foreach (var means in e.Elements(Cac.PaymentMeans))
        {
            if (!AnyChildEquals(means, Cbc.PaymentMeansCode, code))
            {
                continue;
            }

            any = true;
            account ??= At(means, Cac.PayeeFinancialAccount, Cbc.ID);
        }

        return !any || (account is not null && Xp.Norm(account).Length == 12);
    }

    private static void DefineNetherlands(PatternBuilder p)
    {
        p.Rule("cbc:CreditNoteTypeCode[$supplierCountryIsNL]", Cbc.CreditNoteTypeCode, static e => Doc(e).SupplierIsNetherlands, static (e, r) =>
            r.Assert("NL-R-001", RuleFlag.Fatal, At(Doc(e).Root, Cac.BillingReference, Cac.InvoiceDocumentReference, Cbc.ID) is not null));
        p.Rule(
            "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress[$supplierCountryIsNL]",
            Cac.PostalAddress,
            static e => Under(e, Cac.AccountingSupplierParty, Cac.Party) && Doc(e).SupplierIsNetherlands,
            static (e, r) => r.Assert("NL-R-002", RuleFlag.Fatal, HasFullAddress(e)));
        p.Rule(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID[$supplierCountryIsNL]",
            Cbc.CompanyID,
            static e => Under(e, Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity) && Doc(e).SupplierIsNetherlands,
            static (e, r) => r.Assert("NL-R-003", RuleFlag.Fatal, IsDutchRegistration(e)));
        p.Rule(
            "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress[$supplierCountryIsNL and $customerCountryIsNL]",
            Cac.PostalAddress,
            static e => Under(e, Cac.AccountingCustomerParty, Cac.Party) && Doc(e).SupplierIsNetherlands && Doc(e).CustomerIsNetherlands,
            static (e, r) => r.Assert("NL-R-004", RuleFlag.Fatal, HasFullAddress(e)));
        p.Rule(
            "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID[$supplierCountryIsNL and $customerCountryIsNL]",
            Cbc.CompanyID,
            static e => Under(e, Cac.AccountingCustomerParty, Cac.Party, Cac.PartyLegalEntity) && Doc(e).SupplierIsNetherlands && Doc(e).CustomerIsNetherlands,
            static (e, r) => r.Assert("NL-R-005", RuleFlag.Fatal, IsDutchRegistration(e)));
        p.Rule(
            "cac:TaxRepresentativeParty/cac:PostalAddress[$supplierCountryIsNL and $taxRepresentativeCountryIsNL]",
            Cac.PostalAddress,
            static e => Under(e, Cac.TaxRepresentativeParty) && Doc(e).SupplierIsNetherlands && Doc(e).RepresentativeIsNetherlands,
            static (e, r) => r.Assert("NL-R-006", RuleFlag.Fatal, HasFullAddress(e)));
        p.Rule("cac:LegalMonetaryTotal[$supplierCountryIsNL]", Cac.LegalMonetaryTotal, static e => Doc(e).SupplierIsNetherlands, static (e, r) =>
        {
            // A payment from buyer to seller needs payment means (BG-16).
            var doc = Doc(e);
            var payable = Xp.Decimal(e.Element(Cbc.PayableAmount));
            var holds = (doc.IsInvoice && payable <= 0m) || (doc.IsCreditNote && payable >= 0m) || doc.Root.Descendants(Cac.PaymentMeans).Any();
            r.Assert("NL-R-007", RuleFlag.Fatal, holds);
        });
        p.Rule(
            "cac:PaymentMeans[$supplierCountryIsNL and $customerCountryIsNL]",
            Cac.PaymentMeans,
            static e => Doc(e).SupplierIsNetherlands && Doc(e).CustomerIsNetherlands,
            static (e, r) => r.Assert("NL-R-008", RuleFlag.Fatal, Xp.Norm(e.Element(Cbc.PaymentMeansCode)) is "30" or "48" or "49" or "57" or "58" or "59"));
        p.Rule(
            "cac:OrderLineReference/cbc:LineID[$supplierCountryIsNL]",
            Cbc.LineID,
            static e => Under(e, Cac.OrderLineReference) && Doc(e).SupplierIsNetherlands,
            static (e, r) => r.Assert("NL-R-009", RuleFlag.Fatal, At(Doc(e).Root, Cac.OrderReference, Cbc.ID) is not null));
    }

    private static bool HasFullAddress(XElement address) =>
        address.Element(Cbc.StreetName) is not null && address.Element(Cbc.CityName) is not null && address.Element(Cbc.PostalZone) is not null;

    // KVK (0106) or OIN (0190) with a value: contains(concat(' ', string-join(@schemeID, ' '), ' '), ' 0106 ') ...
    private static bool IsDutchRegistration(XElement id)
    {
        var scheme = " " + Xp.Str(id.Attribute(Attr.SchemeId)) + " ";
        return (scheme.Contains(" 0106 ", StringComparison.Ordinal) || scheme.Contains(" 0190 ", StringComparison.Ordinal)) && Xp.Norm(id).Length > 0;
    }
}
