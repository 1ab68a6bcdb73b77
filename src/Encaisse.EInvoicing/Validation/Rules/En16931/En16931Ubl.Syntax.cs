using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using F = Encaisse.EInvoicing.Validation.Rules.En16931.UblSyntaxFunctions;
using N = Encaisse.EInvoicing.Validation.Rules.En16931.UblSyntaxNames;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The UBL-syntax pattern: cardinalities the UBL schema allows but EN 16931 does not (UBL-SR), UBL elements EN 16931 does
/// not use (UBL-CR, warnings) and data-type restrictions (UBL-DT). The rules keep the Schematron's order, because each
/// element is checked by the first rule whose context matches it. The root rule's 700-odd assertions are table-driven
/// (<see cref="UblSyntaxRootTable"/>, decided in one walk by <see cref="UblSyntaxRoot"/>).
/// </summary>
public sealed partial class En16931Ubl
{
    static partial void DefineSyntax(PatternBuilder pattern)
    {
        pattern
            .Rule("//cac:PostalAddress | //cac:Address", [N.PostalAddress, N.Address], static _ => true, static (e, r) =>
                r.Assert("UBL-SR-51", RuleFlag.Fatal, F.Count(e, N.AddressLine) <= 1))
            .Rule("cac:AccountingSupplierParty/cac:Party", N.Party, static e => e.Parent?.Name == N.AccountingSupplierParty, static (e, r) =>
                r.Assert("UBL-SR-42", RuleFlag.Fatal, F.Count(e, N.PartyTaxScheme) <= 2))
            .Rule("cac:AdditionalDocumentReference", N.AdditionalDocumentReference, static (e, r) =>
            {
                r.Assert("UBL-SR-33", RuleFlag.Fatal, F.Count(e, N.DocumentDescription) <= 1);

                // A scheme identifier (BT-18-1) only on an invoiced object: type 130, or 50 in a credit note.
                r.Assert(
                    "UBL-SR-43",
                    RuleFlag.Fatal,
                    F.AnyChildEquals(e, N.DocumentTypeCode, "130")
                    || (F.RootLocalNameIsCreditNote(e) && F.AnyChildEquals(e, N.DocumentTypeCode, "50"))
                    || (!HasIdSchemeId(e) && e.Element(N.DocumentTypeCode) is null));
            })
            .Rule(
                "//*[ends-with(name(), 'Amount') and not(ends-with(name(),'PriceAmount')) and not(ancestor::cac:Price/cac:AllowanceCharge)]",
                (XName[]?)null,
                static e => IsCheckedAmount(e),
                static (e, r) => r.Assert("UBL-DT-01", RuleFlag.Fatal, F.LengthAfterFirstDot(e.Value) <= 2))
            .Rule(
                "//*[ends-with(name(), 'BinaryObject')]",
                (XName[]?)null,
                static e => e.Name.LocalName.EndsWith("BinaryObject", StringComparison.Ordinal),
                static (e, r) =>
                {
                    r.Assert("UBL-DT-06", RuleFlag.Fatal, e.Attribute(N.MimeCodeAttribute) is not null);
                    r.Assert("UBL-DT-07", RuleFlag.Fatal, e.Attribute(N.FilenameAttribute) is not null);
                })
            .Rule("cac:Delivery", N.Delivery, static (e, r) =>
                r.Assert("UBL-SR-25", RuleFlag.Fatal, F.Count(e, N.DeliveryParty, N.PartyName, N.Name) <= 1))
            .Rule("cac:AllowanceCharge[cbc:ChargeIndicator = false()]", N.AllowanceCharge, static e => F.ChargeIndicatorIs(e, wanted: false), static (e, r) =>
                r.Assert("UBL-SR-30", RuleFlag.Fatal, F.Count(e, N.AllowanceChargeReason) <= 1))
            .Rule("cac:AllowanceCharge[cbc:ChargeIndicator = true()]", N.AllowanceCharge, static e => F.ChargeIndicatorIs(e, wanted: true), static (e, r) =>
                r.Assert("UBL-SR-31", RuleFlag.Fatal, F.Count(e, N.AllowanceChargeReason) <= 1))
            .Rule("cac:PartyTaxScheme", N.PartyTaxScheme, static (e, r) =>
                r.Assert("UBL-SR-53", RuleFlag.Fatal, F.Exists(e, N.TaxScheme, N.Id) && e.Element(N.CompanyId) is not null))
            .Rule("/ubl:Invoice | /cn:CreditNote", [N.Invoice, N.CreditNote], Xp.IsRoot, UblSyntaxRoot.Check)
            .Rule("cac:InvoiceLine | cac:CreditNoteLine", [N.InvoiceLine, N.CreditNoteLine], static _ => true, static (e, r) =>
            {
                r.Assert("UBL-SR-34", RuleFlag.Fatal, F.Count(e, N.Note) <= 1);
                r.Assert("UBL-SR-35", RuleFlag.Fatal, F.Count(e, N.OrderLineReference, N.LineId) <= 1);
                r.Assert("UBL-SR-36", RuleFlag.Fatal, F.Count(e, N.InvoicePeriod) <= 1);
                r.Assert("UBL-SR-37", RuleFlag.Fatal, F.Count(e, N.Price, N.AllowanceCharge, N.Amount) <= 1);
                r.Assert("UBL-SR-48", RuleFlag.Fatal, F.Count(e, N.Item, N.ClassifiedTaxCategory) == 1);
                r.Assert("UBL-SR-50", RuleFlag.Fatal, F.Count(e, N.Item, N.Description) <= 1);
                r.Assert("UBL-SR-52", RuleFlag.Fatal, F.Count(e, N.DocumentReference) <= 1);
            })
            .Rule("cac:PayeeParty", N.PayeeParty, static (e, r) =>
            {
                // Each assertion also requires the payee name to differ from the seller name (general comparison).
                var differs = F.PayeeNameDiffersFromSeller(e);
                r.Assert("UBL-SR-19", RuleFlag.Fatal, F.Count(e, N.PartyName, N.Name) <= 1 && differs);
                r.Assert("UBL-SR-20", RuleFlag.Fatal, F.NonSepaIdentifierCount(e) <= 1 && differs);
                r.Assert("UBL-SR-21", RuleFlag.Fatal, F.Count(e, N.PartyLegalEntity, N.CompanyId) <= 1 && differs);
            })
            .Rule("cac:PaymentMeans", N.PaymentMeans, static (e, r) =>
            {
                r.Assert("UBL-SR-26", RuleFlag.Fatal, F.Count(e, N.PaymentId) <= 1);
                r.Assert("UBL-SR-27", RuleFlag.Fatal, F.Count(e, N.PaymentMeansCode) <= 1);
                r.Assert("UBL-SR-28", RuleFlag.Fatal, F.Count(e, N.PaymentMandate, N.Id) <= 1);
            })
            .Rule("cac:BillingReference", N.BillingReference, static (e, r) =>
            {
                r.Assert("UBL-SR-06", RuleFlag.Fatal, F.Count(e, N.InvoiceDocumentReference) <= 1);
                r.Assert("UBL-SR-07", RuleFlag.Fatal, F.Exists(e, N.InvoiceDocumentReference, N.Id));
            })
            .Rule("cac:TaxRepresentativeParty", N.TaxRepresentativeParty, static (e, r) =>
            {
                r.Assert("UBL-SR-22", RuleFlag.Fatal, F.Count(e, N.PartyName, N.Name) <= 1);
                r.Assert("UBL-SR-23", RuleFlag.Fatal, F.Count(e, N.PartyTaxScheme, N.CompanyId) <= 1);
            })
            .Rule("cac:TaxSubtotal", N.TaxSubtotal, static (e, r) =>
                r.Assert("UBL-SR-32", RuleFlag.Fatal, F.Count(e, N.TaxCategory, N.TaxExemptionReason) <= 1));
    }

    // cbc:ID/@schemeID
    private static bool HasIdSchemeId(XElement reference)
    {
        foreach (var id in reference.Elements(N.Id))
        {
            if (id.Attribute(N.SchemeIdAttribute) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The context of UBL-DT-01: name() ends with 'Amount' (the prefix cannot contain it), not 'PriceAmount', and no
    // ancestor cac:Price has a cac:AllowanceCharge child (the price discount amounts may have more decimals).
    private static bool IsCheckedAmount(XElement e)
    {
        var local = e.Name.LocalName;
        return local.EndsWith("Amount", StringComparison.Ordinal)
            && !local.EndsWith("PriceAmount", StringComparison.Ordinal)
            && !F.HasPriceAllowanceChargeAncestor(e);
    }

    static partial void AddSyntaxTexts(Dictionary<string, RuleText> texts) => UblSyntaxTexts.Add(texts);
}
