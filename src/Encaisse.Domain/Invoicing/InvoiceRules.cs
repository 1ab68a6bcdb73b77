using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Invoicing;

public enum FindingSeverity
{
    /// <summary>The invoice must not be issued (a Schematron "fatal").</summary>
    Fatal,
    /// <summary>Worth a look; the invoice may be issued.</summary>
    Warning,
}

/// <summary>A rule an invoice breaks.</summary>
/// <param name="RuleId">The rule identifier (BR-06, BR-CO-26, BR-AE-02, BR-FR-05, ...).</param>
/// <param name="Severity">Fatal or warning.</param>
/// <param name="Path">Where, as EN 16931 terms with 1-based positions: "BG-4/BT-27", "BG-25[3]/BG-31/BT-153".</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="MessageFr">The same in French.</param>
public sealed record InvoiceFinding(string RuleId, FindingSeverity Severity, string Path, string Message, string MessageFr)
{
    public override string ToString() => $"{RuleId} {Severity} at {Path}: {Message}";
}

/// <summary>
/// One business rule: an identifier, messages, and a check that yields the path of every place the invoice breaks
/// it. Rules are plain values so that a rule engine can list, filter and add to them.
/// </summary>
public sealed class InvoiceRule
{
    private readonly Func<Invoice, IEnumerable<string>> _violations;

    public InvoiceRule(string id, FindingSeverity severity, string message, string messageFr, Func<Invoice, IEnumerable<string>> violations, bool needsNumberAndDate = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(violations);
        Id = id;
        Severity = severity;
        Message = message;
        MessageFr = messageFr;
        NeedsNumberAndDate = needsNumberAndDate;
        _violations = violations;
    }

    public string Id { get; }

    public FindingSeverity Severity { get; }

    public string Message { get; }

    public string MessageFr { get; }

    /// <summary>True when the rule reads BT-1 or BT-2, which a draft does not have yet.</summary>
    public bool NeedsNumberAndDate { get; }

    public IEnumerable<InvoiceFinding> Check(Invoice invoice) =>
        _violations(invoice).Select(path => new InvoiceFinding(Id, Severity, path, Message, MessageFr));

    // The issue path runs every rule on every invoice: add findings without the Select iterator and its closure.
    internal void AddFindings(Invoice invoice, List<InvoiceFinding> findings)
    {
        foreach (var path in _violations(invoice))
        {
            findings.Add(new InvoiceFinding(Id, Severity, path, Message, MessageFr));
        }
    }

    public override string ToString() => $"{Id}: {Message}";
}

/// <summary>
/// The issue-time checks: the EN 16931 rules on presence and consistency that the model can break (the
/// calculation rules BR-CO-10…17 and BR-x-08/09 hold by construction for issued invoices; see
/// <see cref="InvoiceCalculator.FindDiscrepancies"/> for stated ones), and an opt-in set of French rules.
/// <para>
/// Rules the types already enforce are not listed: BR-04/BR-05 (type code, currency), BR-12…15, BR-22, BR-24,
/// BR-26, BR-31, BR-32, BR-36, BR-37, BR-41, BR-43, BR-45…47 (mandatory amounts and categories are non-nullable),
/// BR-CO-04 (a line always has a VAT category). A reader of received XML reports their absence while parsing.
/// BR-CO-05…08 cannot be checked mechanically (the Schematron tests are <c>true()</c>) and BR-CO-21…24 restate
/// BR-33, BR-38, BR-42 and BR-44.
/// </para>
/// </summary>
public static class InvoiceRules
{
    private static readonly HashSet<string> CountryPrefixes = [.. (
        "1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL " +
        "CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW " +
        "GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF " +
        "MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
        "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC " +
        "VE VG VI VN VU WF WS XI YE YT ZA ZM ZW").Split(' ')];

    private static readonly decimal[] FrenchRates = [0m, 20m, 10m, 5.5m, 2.1m, 13m, 8.5m, 19.6m, 7m, 20.6m, 1.05m, 0.9m, 1.75m, 9.2m, 9.6m];

    /// <summary>The EN 16931 rules (core semantic model), with the Schematron identifiers.</summary>
    public static IReadOnlyList<InvoiceRule> Core { get; } = ValueList<InvoiceRule>.Wrap([.. CoreRules(), .. CategoryRules(), .. DecimalRules()]);

    /// <summary>The French CIUS rules (BR-FR) the model can check; the validator adds the syntax-level ones.</summary>
    public static IReadOnlyList<InvoiceRule> French { get; } = ValueList<InvoiceRule>.Wrap([.. FrenchRules()]);

    /// <summary>What a French seller issuing in France should run.</summary>
    public static IReadOnlyList<InvoiceRule> CoreAndFrench { get; } = ValueList<InvoiceRule>.Wrap([.. Core, .. French]);

    /// <summary>Checks a draft before it has a number: every rule except those reading BT-1 and BT-2.</summary>
    public static IReadOnlyList<InvoiceFinding> CheckForIssue(InvoiceDraft draft, IEnumerable<InvoiceRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var preview = Invoice.FromDraft(draft, string.Empty, default, draft.Calculate());
        return Check(preview, rules ?? Core, includeNumberAndDateRules: false);
    }

    /// <summary>Checks an invoice (issued, or read as stated).</summary>
    public static IReadOnlyList<InvoiceFinding> CheckForIssue(Invoice invoice, IEnumerable<InvoiceRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return Check(invoice, rules ?? Core, includeNumberAndDateRules: true);
    }

    internal static IReadOnlyList<InvoiceFinding> Check(Invoice invoice, IEnumerable<InvoiceRule> rules, bool includeNumberAndDateRules)
    {
        var findings = new List<InvoiceFinding>();
        foreach (var rule in rules)
        {
            if (includeNumberAndDateRules || !rule.NeedsNumberAndDate)
            {
                rule.AddFindings(invoice, findings);
            }
        }

        return findings;
    }

    private static IEnumerable<InvoiceRule> CoreRules()
    {
        yield return Rule("BR-01", "The specification identifier (BT-24) is missing.", "L'identifiant de spécification (BT-24) est absent.",
            i => If(Blank(i.SpecificationIdentifier), "BG-2/BT-24"));
        yield return Rule("BR-02", "The invoice number (BT-1) is missing.", "Le numéro de facture (BT-1) est absent.",
            i => If(Blank(i.Number), "BT-1"), needsNumberAndDate: true);
        yield return Rule("BR-03", "The invoice issue date (BT-2) is missing.", "La date d'émission de la facture (BT-2) est absente.",
            i => If(i.IssueDate == default, "BT-2"), needsNumberAndDate: true);
        yield return Rule("BR-06", "The seller's name (BT-27) is missing.", "Le nom du vendeur (BT-27) est absent.",
            i => If(Blank(i.Seller.Name), "BG-4/BT-27"));
        yield return Rule("BR-07", "The buyer's name (BT-44) is missing.", "Le nom de l'acheteur (BT-44) est absent.",
            i => If(Blank(i.Buyer.Name), "BG-7/BT-44"));
        yield return Rule("BR-08", "The seller's postal address (BG-5) is missing.", "L'adresse postale du vendeur (BG-5) est absente.",
            i => If(i.Seller.Address is null, "BG-4/BG-5"));
        yield return Rule("BR-09", "The seller's address has no country code (BT-40).", "L'adresse du vendeur n'a pas de code pays (BT-40).",
            i => If(i.Seller.Address is { } a && Blank(a.CountryCode), "BG-5/BT-40"));
        yield return Rule("BR-10", "The buyer's postal address (BG-8) is missing.", "L'adresse postale de l'acheteur (BG-8) est absente.",
            i => If(i.Buyer.Address is null, "BG-7/BG-8"));
        yield return Rule("BR-11", "The buyer's address has no country code (BT-55).", "L'adresse de l'acheteur n'a pas de code pays (BT-55).",
            i => If(i.Buyer.Address is { } a && Blank(a.CountryCode), "BG-8/BT-55"));
        yield return Rule("BR-16", "The invoice has no line (BG-25).", "La facture n'a aucune ligne (BG-25).",
            i => If(i.Lines.Count == 0, "BG-25"));
        yield return Rule("BR-17", "The payee (BG-10) has no name (BT-59).", "Le bénéficiaire du paiement (BG-10) n'a pas de nom (BT-59).",
            i => If(i.Payee is { } p && Blank(p.Name), "BG-10/BT-59"));
        yield return Rule("BR-18", "The seller's tax representative (BG-11) has no name (BT-62).", "Le représentant fiscal du vendeur (BG-11) n'a pas de nom (BT-62).",
            i => If(i.TaxRepresentative is { } t && Blank(t.Name), "BG-11/BT-62"));
        yield return Rule("BR-19", "The seller's tax representative has no postal address (BG-12).", "Le représentant fiscal du vendeur n'a pas d'adresse postale (BG-12).",
            i => If(i.TaxRepresentative is { Address: null }, "BG-11/BG-12"));
        yield return Rule("BR-20", "The tax representative's address has no country code (BT-69).", "L'adresse du représentant fiscal n'a pas de code pays (BT-69).",
            i => If(i.TaxRepresentative?.Address is { } a && Blank(a.CountryCode), "BG-12/BT-69"));
        yield return Rule("BR-56", "The seller's tax representative has no VAT identifier (BT-63).", "Le représentant fiscal du vendeur n'a pas de numéro de TVA (BT-63).",
            i => If(i.TaxRepresentative is { } t && Blank(t.VatId), "BG-11/BT-63"));
        yield return Rule("BR-21", "An invoice line has no identifier (BT-126).", "Une ligne de facture n'a pas d'identifiant (BT-126).",
            i => Lines(i, l => Blank(l.Id), "BT-126"));
        yield return Rule("BR-23", "An invoice line has no unit of measure (BT-130).", "Une ligne de facture n'a pas d'unité de mesure (BT-130).",
            i => Lines(i, l => Blank(l.UnitCode), "BT-130"));
        yield return Rule("BR-25", "An invoice line has no item name (BT-153).", "Une ligne de facture n'a pas de désignation d'article (BT-153).",
            i => Lines(i, l => Blank(l.Item.Name), "BG-31/BT-153"));
        yield return Rule("BR-27", "An item net price (BT-146) is negative.", "Un prix net d'article (BT-146) est négatif.",
            i => Lines(i, l => l.Price.NetPrice < 0m, "BG-29/BT-146"));
        yield return Rule("BR-28", "An item gross price (BT-148) is negative.", "Un prix brut d'article (BT-148) est négatif.",
            i => Lines(i, l => l.Price.GrossPrice < 0m, "BG-29/BT-148"));
        yield return Rule("BR-29", "The invoicing period ends (BT-74) before it starts (BT-73).", "La période de facturation se termine (BT-74) avant de commencer (BT-73).",
            i => If(EndsBeforeStart(i.InvoicingPeriod), "BG-14/BT-74"));
        yield return Rule("BR-30", "An invoice line period ends (BT-135) before it starts (BT-134).", "Une période de ligne se termine (BT-135) avant de commencer (BT-134).",
            i => Lines(i, l => EndsBeforeStart(l.Period), "BG-26/BT-135"));
        yield return Rule("BR-CO-19", "The invoicing period (BG-14) has neither a start (BT-73) nor an end date (BT-74).", "La période de facturation (BG-14) n'a ni date de début (BT-73) ni date de fin (BT-74).",
            i => If(i.InvoicingPeriod is { Start: null, End: null }, "BG-14"));
        yield return Rule("BR-CO-20", "An invoice line period (BG-26) has neither a start (BT-134) nor an end date (BT-135).", "Une période de ligne (BG-26) n'a ni date de début (BT-134) ni date de fin (BT-135).",
            i => Lines(i, l => l.Period is { Start: null, End: null }, "BG-26"));
        yield return Rule("BR-33", "A document level allowance has neither a reason (BT-97) nor a reason code (BT-98).", "Une remise au niveau du document n'a ni motif (BT-97) ni code motif (BT-98).",
            i => Indexed(i.Allowances, a => Blank(a.Reason) && Blank(a.ReasonCode), "BG-20", "BT-97"));
        yield return Rule("BR-38", "A document level charge has neither a reason (BT-104) nor a reason code (BT-105).", "Des frais au niveau du document n'ont ni motif (BT-104) ni code motif (BT-105).",
            i => Indexed(i.Charges, c => Blank(c.Reason) && Blank(c.ReasonCode), "BG-21", "BT-104"));
        yield return Rule("BR-42", "An invoice line allowance has neither a reason (BT-139) nor a reason code (BT-140).", "Une remise de ligne n'a ni motif (BT-139) ni code motif (BT-140).",
            i => LineParts(i, l => l.Allowances, a => Blank(a.Reason) && Blank(a.ReasonCode), "BG-27", "BT-139"));
        yield return Rule("BR-44", "An invoice line charge has neither a reason (BT-144) nor a reason code (BT-145).", "Des frais de ligne n'ont ni motif (BT-144) ni code motif (BT-145).",
            i => LineParts(i, l => l.Charges, c => Blank(c.Reason) && Blank(c.ReasonCode), "BG-28", "BT-144"));
        yield return Rule("BR-48", "A VAT breakdown entry has no VAT rate (BT-119), which only \"not subject to VAT\" may omit.", "Une ligne de ventilation de TVA n'a pas de taux (BT-119), ce que seul « non soumis à la TVA » permet.",
            i => Indexed(i.VatBreakdown, b => b.Vat.Rate is null && b.Vat.Category != VatCategory.OutsideScope, "BG-23", "BT-119"));
        yield return Rule("BR-49", "The payment instructions (BG-16) have no payment means code (BT-81).", "Les instructions de paiement (BG-16) n'ont pas de code de moyen de paiement (BT-81).",
            i => If(i.PaymentInstructions is { } p && Blank(p.MeansCode), "BG-16/BT-81"));
        yield return Rule("BR-50", "A credit transfer (BG-17) has no account identifier (BT-84).", "Un virement (BG-17) n'a pas d'identifiant de compte (BT-84).",
            i => i.PaymentInstructions is { } p ? Indexed(p.CreditTransfers, c => Blank(c.AccountId), "BG-16/BG-17", "BT-84") : []);
        yield return Rule("BR-61", "Payment by credit transfer (BT-81 = 30 or 58) needs the account to pay into (BT-84).", "Le paiement par virement (BT-81 = 30 ou 58) exige le compte à créditer (BT-84).",
            i => If(i.PaymentInstructions is { MeansCode: PaymentMeansCodes.CreditTransfer or PaymentMeansCodes.SepaCreditTransfer } p
                && !p.CreditTransfers.Any(c => !Blank(c.AccountId)), "BG-16/BG-17/BT-84"));
        yield return Rule("BR-51", "The card number (BT-87) should show no more than the first 6 and last 4 digits.", "Le numéro de carte (BT-87) ne devrait pas montrer plus que les 6 premiers et 4 derniers chiffres.",
            i => If(i.PaymentInstructions?.Card is { } c && c.PrimaryAccountNumber.Trim().Length > 10, "BG-16/BG-18/BT-87"), FindingSeverity.Warning);
        yield return Rule("BR-52", "A supporting document (BG-24) has no reference (BT-122).", "Un justificatif (BG-24) n'a pas de référence (BT-122).",
            i => Indexed(i.SupportingDocuments, d => Blank(d.Reference), "BG-24", "BT-122"));
        yield return Rule("BR-53", "A VAT accounting currency (BT-6) is given without the VAT total in that currency (BT-111).", "Une devise de comptabilisation de la TVA (BT-6) est indiquée sans le total de TVA dans cette devise (BT-111).",
            i => If(i.VatAccountingCurrency is not null && i.Totals.TotalVatInAccountingCurrency is null, "BG-22/BT-111"));
        yield return Rule("BR-54", "An item attribute (BG-32) lacks its name (BT-160) or value (BT-161).", "Un attribut d'article (BG-32) n'a pas de nom (BT-160) ou de valeur (BT-161).",
            i => LineParts(i, l => l.Item.Attributes, a => Blank(a.Name) || Blank(a.Value), "BG-31/BG-32", null));
        yield return Rule("BR-55", "A preceding invoice reference (BG-3) has no invoice number (BT-25).", "Une référence à une facture antérieure (BG-3) n'a pas de numéro (BT-25).",
            i => Indexed(i.PrecedingInvoices, p => Blank(p.Number), "BG-3", "BT-25"));
        yield return Rule("BR-57", "The deliver-to address (BG-15) has no country code (BT-80).", "L'adresse de livraison (BG-15) n'a pas de code pays (BT-80).",
            i => If(i.Delivery?.Address is { } a && Blank(a.CountryCode), "BG-13/BG-15/BT-80"));
        yield return Rule("BR-62", "The seller's electronic address (BT-34) has no scheme (BT-34-1).", "L'adresse électronique du vendeur (BT-34) n'a pas de schéma (BT-34-1).",
            i => If(i.Seller.ElectronicAddress is { } e && Blank(e.SchemeId), "BG-4/BT-34-1"));
        yield return Rule("BR-63", "The buyer's electronic address (BT-49) has no scheme (BT-49-1).", "L'adresse électronique de l'acheteur (BT-49) n'a pas de schéma (BT-49-1).",
            i => If(i.Buyer.ElectronicAddress is { } e && Blank(e.SchemeId), "BG-7/BT-49-1"));
        yield return Rule("BR-64", "An item standard identifier (BT-157) has no scheme (BT-157-1).", "Un identifiant standard d'article (BT-157) n'a pas de schéma (BT-157-1).",
            i => Lines(i, l => l.Item.StandardId is { } s && Blank(s.SchemeId), "BG-31/BT-157-1"));
        yield return Rule("BR-65", "An item classification (BT-158) has no scheme (BT-158-1).", "Une classification d'article (BT-158) n'a pas de schéma (BT-158-1).",
            i => LineParts(i, l => l.Item.Classifications, c => Blank(c.ListId), "BG-31/BT-158", "BT-158-1"));
        yield return Rule("BR-CO-03", "The VAT point date (BT-7) and the VAT point date code (BT-8) cannot both be given.", "La date d'exigibilité de la TVA (BT-7) et son code (BT-8) ne peuvent pas être indiqués ensemble.",
            i => If(i.TaxPointDate is not null && i.VatPointDateCode is not null, "BT-7"));
        yield return Rule("BR-CO-09", "A VAT identifier must start with a country code prefix (e.g. FR, DE; EL for Greece).", "Un numéro de TVA doit commencer par le préfixe d'un pays (FR, DE ; EL pour la Grèce).",
            VatIdsWithoutPrefix);
        yield return Rule("BR-CO-18", "The invoice has no VAT breakdown (BG-23).", "La facture n'a pas de ventilation de TVA (BG-23).",
            i => If(i.VatBreakdown.Count == 0, "BG-23"));
        // BR-CO-25 is in EN 16931-1 and in Peppol's copy of the CEN rules; the CEN 1.3.16 artefacts no longer test it.
        yield return Rule("BR-CO-25", "An amount is due (BT-115 > 0) but neither a due date (BT-9) nor payment terms (BT-20) are given.", "Un montant est dû (BT-115 > 0) mais ni échéance (BT-9) ni conditions de paiement (BT-20) ne sont indiquées.",
            i => If(i.Totals.AmountDueForPayment > 0m && i.DueDate is null && Blank(i.PaymentTerms), "BT-9"));
        yield return Rule("BR-CL-19", "An allowance reason code (BT-98, BT-140) is not a UNTDID 5189 code.", "Un code motif de remise (BT-98, BT-140) n'est pas un code UNTDID 5189.",
            i => Indexed(i.Allowances, a => !ReasonCodes.IsAllowanceReason(a.ReasonCode), "BG-20", "BT-98")
                .Concat(LineParts(i, l => l.Allowances, a => !ReasonCodes.IsAllowanceReason(a.ReasonCode), "BG-27", "BT-140")));
        yield return Rule("BR-CL-20", "A charge reason code (BT-105, BT-145) is not a UNTDID 7161 code.", "Un code motif de frais (BT-105, BT-145) n'est pas un code UNTDID 7161.",
            i => Indexed(i.Charges, c => !ReasonCodes.IsChargeReason(c.ReasonCode), "BG-21", "BT-105")
                .Concat(LineParts(i, l => l.Charges, c => !ReasonCodes.IsChargeReason(c.ReasonCode), "BG-28", "BT-145")));
        yield return Rule("BR-CL-22", "A VAT exemption reason code (BT-121) is not a VATEX code.", "Un code de motif d'exonération de TVA (BT-121) n'est pas un code VATEX.",
            i => Indexed(i.VatBreakdown, b => b.ExemptionReasonCode is { } code && !Catalogue.VatExemptionReasonCodes.IsKnown(code), "BG-23", "BT-121"));
        yield return Rule("BR-CO-26", "The seller needs an identifier (BT-29), a legal registration identifier (BT-30) or a VAT identifier (BT-31).", "Le vendeur doit avoir un identifiant (BT-29), un numéro d'immatriculation (BT-30) ou un numéro de TVA (BT-31).",
            i => If(!i.Seller.Identifiers.Any(id => !Blank(id.Value)) && Blank(i.Seller.LegalRegistrationId?.Value) && Blank(i.Seller.VatId), "BG-4/BT-29"));
    }

    private sealed record CategorySpec(VatCategory Category, string Prefix, string Name, string NameFr);

    private static IEnumerable<InvoiceRule> CategoryRules()
    {
        CategorySpec[] specs =
        [
            new(VatCategory.StandardRate, "S", "Standard rated", "Taux normal"),
            new(VatCategory.ZeroRated, "Z", "Zero rated", "Taux zéro"),
            new(VatCategory.Exempt, "E", "Exempt from VAT", "Exonéré de TVA"),
            new(VatCategory.ReverseCharge, "AE", "Reverse charge", "Autoliquidation"),
            new(VatCategory.IntraCommunitySupply, "IC", "Intra-community supply", "Livraison intracommunautaire"),
            new(VatCategory.Export, "G", "Export outside the EU", "Exportation hors UE"),
            new(VatCategory.OutsideScope, "O", "Not subject to VAT", "Non soumis à la TVA"),
            new(VatCategory.CanaryIslands, "AF", "IGIC", "IGIC (Canaries)"),
            new(VatCategory.CeutaMelilla, "AG", "IPSI", "IPSI (Ceuta et Melilla)"),
        ];

        foreach (var spec in specs)
        {
            var c = spec.Category;
            var p = spec.Prefix;
            var n = spec.Name;
            var f = spec.NameFr;

            // x-01: a category in use needs its breakdown entry (exactly one for the zero-VAT categories).
            var exactlyOne = c.RequiresZeroRate();
            yield return Rule($"BR-{p}-01",
                exactlyOne ? $"Items in category \"{n}\" need exactly one VAT breakdown entry (BG-23) of that category." : $"Items in category \"{n}\" need a VAT breakdown entry (BG-23) of that category.",
                exactlyOne ? $"Des éléments en catégorie « {f} » exigent exactement une ligne de ventilation de TVA (BG-23) de cette catégorie." : $"Des éléments en catégorie « {f} » exigent une ligne de ventilation de TVA (BG-23) de cette catégorie.",
                i =>
                {
                    var entries = i.VatBreakdown.Count(b => b.Vat.Category == c);
                    return If(Uses(i, c) && (exactlyOne ? entries != 1 : entries == 0), "BG-23/BT-118");
                });

            // x-02..04: who must be identified for VAT.
            var (sellerEn, sellerFr, check) = SellerIdentification(c);
            yield return Rule($"BR-{p}-02", $"An invoice line in category \"{n}\" {sellerEn}", $"Une ligne en catégorie « {f} » {sellerFr}",
                i => If(i.Lines.Any(l => l.Vat.Category == c) && !check(i), "BG-4/BT-31"));
            yield return Rule($"BR-{p}-03", $"A document allowance in category \"{n}\" {sellerEn}", $"Une remise de document en catégorie « {f} » {sellerFr}",
                i => If(i.Allowances.Any(a => a.Vat.Category == c) && !check(i), "BG-4/BT-31"));
            yield return Rule($"BR-{p}-04", $"A document charge in category \"{n}\" {sellerEn}", $"Des frais de document en catégorie « {f} » {sellerFr}",
                i => If(i.Charges.Any(a => a.Vat.Category == c) && !check(i), "BG-4/BT-31"));

            // x-05..07: the rate a category allows.
            var (rateEn, rateFr, rateOk) = RateRule(c);
            yield return Rule($"BR-{p}-05", $"In category \"{n}\" the line VAT rate (BT-152) {rateEn}", $"En catégorie « {f} », le taux de TVA de ligne (BT-152) {rateFr}",
                i => Lines(i, l => l.Vat.Category == c && !rateOk(l.Vat.Rate), "BG-30/BT-152"));
            yield return Rule($"BR-{p}-06", $"In category \"{n}\" the document allowance VAT rate (BT-96) {rateEn}", $"En catégorie « {f} », le taux de TVA de la remise (BT-96) {rateFr}",
                i => Indexed(i.Allowances, a => a.Vat.Category == c && !rateOk(a.Vat.Rate), "BG-20", "BT-96"));
            yield return Rule($"BR-{p}-07", $"In category \"{n}\" the document charge VAT rate (BT-103) {rateEn}", $"En catégorie « {f} », le taux de TVA des frais (BT-103) {rateFr}",
                i => Indexed(i.Charges, a => a.Vat.Category == c && !rateOk(a.Vat.Rate), "BG-21", "BT-103"));

            // x-10: an exemption reason where no VAT is charged, none where it is.
            if (c.RequiresExemptionReason())
            {
                yield return Rule($"BR-{p}-10",
                    $"The VAT breakdown entry for \"{n}\" needs an exemption reason (BT-120) or reason code (BT-121).",
                    $"La ventilation de TVA « {f} » exige un motif d'exonération (BT-120) ou un code motif (BT-121).",
                    i => Indexed(i.VatBreakdown, b => b.Vat.Category == c && Blank(b.ExemptionReason) && Blank(b.ExemptionReasonCode), "BG-23", "BT-120"));
            }
            else
            {
                yield return Rule($"BR-{p}-10",
                    $"The VAT breakdown entry for \"{n}\" must not have an exemption reason (BT-120) or reason code (BT-121).",
                    $"La ventilation de TVA « {f} » ne doit pas avoir de motif d'exonération (BT-120) ni de code motif (BT-121).",
                    i => Indexed(i.VatBreakdown, b => b.Vat.Category == c && !(Blank(b.ExemptionReason) && Blank(b.ExemptionReasonCode)), "BG-23", "BT-120"));
            }
        }

        yield return Rule("BR-IC-11", "An intra-community supply needs the actual delivery date (BT-72) or the invoicing period (BG-14).", "Une livraison intracommunautaire exige la date de livraison (BT-72) ou la période de facturation (BG-14).",
            i => If(InBreakdown(i, VatCategory.IntraCommunitySupply) && i.Delivery?.ActualDeliveryDate is null && i.InvoicingPeriod is null, "BG-13/BT-72"));
        yield return Rule("BR-IC-12", "An intra-community supply needs the deliver-to country (BT-80).", "Une livraison intracommunautaire exige le pays de livraison (BT-80).",
            i => If(InBreakdown(i, VatCategory.IntraCommunitySupply) && Blank(i.Delivery?.Address?.CountryCode), "BG-15/BT-80"));
        yield return Rule("BR-O-11", "An invoice \"not subject to VAT\" cannot have VAT breakdown entries of other categories.", "Une facture « non soumise à la TVA » ne peut pas avoir de ventilation de TVA d'une autre catégorie.",
            i => If(InBreakdown(i, VatCategory.OutsideScope) && i.VatBreakdown.Any(b => b.Vat.Category != VatCategory.OutsideScope), "BG-23/BT-118"));
        yield return Rule("BR-O-12", "An invoice \"not subject to VAT\" cannot have lines of other VAT categories.", "Une facture « non soumise à la TVA » ne peut pas avoir de lignes d'une autre catégorie de TVA.",
            i => If(InBreakdown(i, VatCategory.OutsideScope) && i.Lines.Any(l => l.Vat.Category != VatCategory.OutsideScope), "BG-25/BG-30/BT-151"));
        yield return Rule("BR-O-13", "An invoice \"not subject to VAT\" cannot have document allowances of other VAT categories.", "Une facture « non soumise à la TVA » ne peut pas avoir de remises d'une autre catégorie de TVA.",
            i => If(InBreakdown(i, VatCategory.OutsideScope) && i.Allowances.Any(a => a.Vat.Category != VatCategory.OutsideScope), "BG-20/BT-95"));
        yield return Rule("BR-O-14", "An invoice \"not subject to VAT\" cannot have document charges of other VAT categories.", "Une facture « non soumise à la TVA » ne peut pas avoir de frais d'une autre catégorie de TVA.",
            i => If(InBreakdown(i, VatCategory.OutsideScope) && i.Charges.Any(a => a.Vat.Category != VatCategory.OutsideScope), "BG-21/BT-102"));
        yield return Rule("BR-B-01", "Split payment (category B) is only for domestic Italian invoices.", "Le paiement scindé (catégorie B) est réservé aux factures domestiques italiennes.",
            i => If(Uses(i, VatCategory.SplitPayment) && Countries(i).Any(country => country != "IT"), "BG-23/BT-118"));
        yield return Rule("BR-B-02", "An invoice with split payment (category B) cannot also use the standard rate (category S).", "Une facture en paiement scindé (catégorie B) ne peut pas utiliser aussi le taux normal (catégorie S).",
            i => If((Uses(i, VatCategory.SplitPayment) || InBreakdown(i, VatCategory.SplitPayment))
                && (Uses(i, VatCategory.StandardRate) || InBreakdown(i, VatCategory.StandardRate)), "BG-23/BT-118"));
    }

    private static (string En, string Fr, Func<Invoice, bool> Check) SellerIdentification(VatCategory category) =>
        category switch
        {
            VatCategory.ReverseCharge => (
                "needs the seller's VAT or tax registration identifier (BT-31, BT-32, BT-63) and the buyer's VAT or legal registration identifier (BT-48, BT-47).",
                "exige le numéro de TVA ou d'enregistrement fiscal du vendeur (BT-31, BT-32, BT-63) et le numéro de TVA ou d'immatriculation de l'acheteur (BT-48, BT-47).",
                i => SellerVatOrTaxId(i) && (!Blank(i.Buyer.VatId) || !Blank(i.Buyer.LegalRegistrationId?.Value))),
            VatCategory.IntraCommunitySupply => (
                "needs the seller's VAT identifier (BT-31 or BT-63) and the buyer's VAT identifier (BT-48).",
                "exige le numéro de TVA du vendeur (BT-31 ou BT-63) et celui de l'acheteur (BT-48).",
                i => SellerVatId(i) && !Blank(i.Buyer.VatId)),
            VatCategory.Export => (
                "needs the seller's VAT identifier (BT-31 or BT-63).",
                "exige le numéro de TVA du vendeur (BT-31 ou BT-63).",
                SellerVatId),
            VatCategory.OutsideScope => (
                "must not carry a VAT identifier (BT-31, BT-63, BT-48).",
                "ne doit porter aucun numéro de TVA (BT-31, BT-63, BT-48).",
                i => !SellerVatId(i) && Blank(i.Buyer.VatId)),
            _ => (
                "needs the seller's VAT identifier, tax registration identifier or tax representative's VAT identifier (BT-31, BT-32, BT-63).",
                "exige le numéro de TVA du vendeur, son numéro d'enregistrement fiscal ou le numéro de TVA de son représentant fiscal (BT-31, BT-32, BT-63).",
                SellerVatOrTaxId),
        };

    private static (string En, string Fr, Func<decimal?, bool> Ok) RateRule(VatCategory category) => category switch
    {
        VatCategory.StandardRate => ("must be greater than zero.", "doit être supérieur à zéro.", r => r > 0m),
        VatCategory.OutsideScope => ("must not be given.", "ne doit pas être indiqué.", r => r is null),
        // UBL allows 0 (BR-AF-05 ">= 0"), the CEN CII artefacts do not ("> 0"): the stricter reading, so that the
        // invoice is valid in both syntaxes. A zero-rated supply there is category Z.
        VatCategory.CanaryIslands or VatCategory.CeutaMelilla => ("must be greater than zero (use category Z for a zero rate).", "doit être supérieur à zéro (catégorie Z pour un taux nul).", r => r > 0m),
        _ => ("must be 0.", "doit être 0.", r => r == 0m),
    };

    private static IEnumerable<InvoiceRule> DecimalRules()
    {
        static InvoiceRule Dec(string id, string term, Func<Invoice, IEnumerable<string>> violations) =>
            Rule(id, $"The amount {term} has more than 2 decimals.", $"Le montant {term} a plus de 2 décimales.", violations);

        yield return Dec("BR-DEC-01", "BT-92", i => Indexed(i.Allowances, a => !Amounts.HasAtMostTwoDecimals(a.Amount), "BG-20", "BT-92"));
        yield return Dec("BR-DEC-02", "BT-93", i => Indexed(i.Allowances, a => !TwoDecimals(a.BaseAmount), "BG-20", "BT-93"));
        yield return Dec("BR-DEC-05", "BT-99", i => Indexed(i.Charges, a => !Amounts.HasAtMostTwoDecimals(a.Amount), "BG-21", "BT-99"));
        yield return Dec("BR-DEC-06", "BT-100", i => Indexed(i.Charges, a => !TwoDecimals(a.BaseAmount), "BG-21", "BT-100"));
        yield return Dec("BR-DEC-09", "BT-106", i => If(!Amounts.HasAtMostTwoDecimals(i.Totals.SumOfLineNetAmounts), "BG-22/BT-106"));
        yield return Dec("BR-DEC-10", "BT-107", i => If(!TwoDecimals(i.Totals.SumOfAllowances), "BG-22/BT-107"));
        yield return Dec("BR-DEC-11", "BT-108", i => If(!TwoDecimals(i.Totals.SumOfCharges), "BG-22/BT-108"));
        yield return Dec("BR-DEC-12", "BT-109", i => If(!Amounts.HasAtMostTwoDecimals(i.Totals.TotalWithoutVat), "BG-22/BT-109"));
        yield return Dec("BR-DEC-13", "BT-110", i => If(!Amounts.HasAtMostTwoDecimals(i.Totals.TotalVat), "BG-22/BT-110"));
        yield return Dec("BR-DEC-14", "BT-112", i => If(!Amounts.HasAtMostTwoDecimals(i.Totals.TotalWithVat), "BG-22/BT-112"));
        yield return Dec("BR-DEC-15", "BT-111", i => If(!TwoDecimals(i.Totals.TotalVatInAccountingCurrency), "BG-22/BT-111"));
        yield return Dec("BR-DEC-16", "BT-113", i => If(!TwoDecimals(i.Totals.PaidAmount), "BG-22/BT-113"));
        yield return Dec("BR-DEC-17", "BT-114", i => If(!TwoDecimals(i.Totals.RoundingAmount), "BG-22/BT-114"));
        yield return Dec("BR-DEC-18", "BT-115", i => If(!Amounts.HasAtMostTwoDecimals(i.Totals.AmountDueForPayment), "BG-22/BT-115"));
        yield return Dec("BR-DEC-19", "BT-116", i => Indexed(i.VatBreakdown, b => !Amounts.HasAtMostTwoDecimals(b.TaxableAmount), "BG-23", "BT-116"));
        yield return Dec("BR-DEC-20", "BT-117", i => Indexed(i.VatBreakdown, b => !Amounts.HasAtMostTwoDecimals(b.TaxAmount), "BG-23", "BT-117"));
        yield return Dec("BR-DEC-23", "BT-131", i => Lines(i, l => !Amounts.HasAtMostTwoDecimals(l.NetAmount), "BT-131"));
        yield return Dec("BR-DEC-24", "BT-136", i => LineParts(i, l => l.Allowances, a => !Amounts.HasAtMostTwoDecimals(a.Amount), "BG-27", "BT-136"));
        yield return Dec("BR-DEC-25", "BT-137", i => LineParts(i, l => l.Allowances, a => !TwoDecimals(a.BaseAmount), "BG-27", "BT-137"));
        yield return Dec("BR-DEC-27", "BT-141", i => LineParts(i, l => l.Charges, a => !Amounts.HasAtMostTwoDecimals(a.Amount), "BG-28", "BT-141"));
        yield return Dec("BR-DEC-28", "BT-142", i => LineParts(i, l => l.Charges, a => !TwoDecimals(a.BaseAmount), "BG-28", "BT-142"));
    }

    private static IEnumerable<InvoiceRule> FrenchRules()
    {
        yield return Rule("BR-FR-01", "A referenced invoice number (BT-25) must have at most 35 characters from A-Z a-z 0-9 + - _ /.", "Un numéro de facture référencée (BT-25) doit compter au plus 35 caractères parmi A-Z a-z 0-9 + - _ /.",
            i => Indexed(i.PrecedingInvoices, p => !Blank(p.Number) && !InvoiceNumber.IsValid(p.Number), "BG-3", "BT-25"));
        yield return Rule("BR-FR-02", "The invoice number (BT-1) must have at most 35 characters from A-Z a-z 0-9 + - _ /, without spaces.", "Le numéro de facture (BT-1) doit compter au plus 35 caractères parmi A-Z a-z 0-9 + - _ /, sans espace.",
            i => If(!Blank(i.Number) && !InvoiceNumber.IsValid(i.Number), "BT-1"), needsNumberAndDate: true);
        yield return Rule("BR-FR-04", "This invoice type code (BT-3) is not accepted in France.", "Ce code type de facture (BT-3) n'est pas accepté en France.",
            i => If(i.TypeCode.Value is not (380 or 389 or 393 or 501 or 386 or 500 or 384 or 471 or 472 or 473 or 261 or 262 or 381 or 396 or 502 or 503), "BT-3"));
        foreach (var (code, en, fr) in new[]
        {
            (NoteSubjectCodes.RecoveryIndemnity, "the 40 EUR recovery indemnity", "l'indemnité forfaitaire de recouvrement de 40 €"),
            (NoteSubjectCodes.LatePaymentPenalties, "the late-payment penalties", "les pénalités de retard"),
            (NoteSubjectCodes.EarlyPaymentDiscount, "the early-payment discount or its absence", "l'escompte ou son absence"),
        })
        {
            yield return Rule("BR-FR-05", $"The note {code} stating {en} is missing.", $"La note {code} indiquant {fr} est absente.",
                i => If(!i.Notes.Any(n => n.SubjectCode == code), "BG-1/BT-21"));
        }

        yield return Rule("BR-FR-06", "The note subject codes PMT, PMD, AAB and TXD may each appear only once.", "Les codes sujet de note PMT, PMD, AAB et TXD ne peuvent apparaître qu'une fois chacun.",
            i => If(i.Notes.Where(n => n.SubjectCode is NoteSubjectCodes.RecoveryIndemnity or NoteSubjectCodes.LatePaymentPenalties
                    or NoteSubjectCodes.EarlyPaymentDiscount or NoteSubjectCodes.TaxDeclaration)
                .GroupBy(n => n.SubjectCode).Any(g => g.Count() > 1), "BG-1/BT-21"));
        yield return Rule("BR-FR-08", "The billing framework (BT-23) is missing or not in the French list (B1, S1, M1, B2, ...).", "Le cadre de facturation (BT-23) est absent ou hors de la liste française (B1, S1, M1, B2…).",
            i => If(i.BillingFramework is null, "BG-2/BT-23"));
        yield return Rule("BR-FR-10", "The seller's SIREN (BT-30, scheme 0002, 9 digits) is missing or malformed.", "Le SIREN du vendeur (BT-30, schéma 0002, 9 chiffres) est absent ou mal formé.",
            i => If(!IsSiren(i.Seller.Siren), "BG-4/BT-30"));
        yield return Rule("BR-FR-11", "A B2B invoice needs the buyer's SIREN (BT-47, scheme 0002, 9 digits).", "Une facture B2B exige le SIREN de l'acheteur (BT-47, schéma 0002, 9 chiffres).",
            i => If(i.Treatment == InvoiceTreatment.B2B && !IsSiren(i.Buyer.Siren), "BG-7/BT-47"));
        yield return Rule("BR-FR-12", "The buyer's electronic address (BT-49) is missing.", "L'adresse électronique de l'acheteur (BT-49) est absente.",
            i => If(Blank(i.Buyer.ElectronicAddress?.Value), "BG-7/BT-49"));
        yield return Rule("BR-FR-13", "The seller's electronic address (BT-34) is missing.", "L'adresse électronique du vendeur (BT-34) est absente.",
            i => If(Blank(i.Seller.ElectronicAddress?.Value), "BG-4/BT-34"));
        yield return Rule("BR-FR-15", "VAT categories L, M and B do not apply in France (S, Z, E, AE, K, G, O only).", "Les catégories de TVA L, M et B ne s'appliquent pas en France (S, Z, E, AE, K, G, O seulement).",
            i => If(Uses(i, VatCategory.CanaryIslands) || Uses(i, VatCategory.CeutaMelilla) || Uses(i, VatCategory.SplitPayment), "BG-23/BT-118"));
        yield return Rule("BR-FR-16", "A VAT rate is not one of the French rates (20, 10, 5.5, 2.1, 0 and the overseas rates).", "Un taux de TVA n'est pas un taux français (20, 10, 5,5, 2,1, 0 et les taux d'outre-mer).",
            i => Lines(i, l => l.Vat.Rate is { } r && Array.IndexOf(FrenchRates, r) < 0, "BG-30/BT-152")
                .Concat(Indexed(i.Allowances, a => a.Vat.Rate is { } r && Array.IndexOf(FrenchRates, r) < 0, "BG-20", "BT-96"))
                .Concat(Indexed(i.Charges, a => a.Vat.Rate is { } r && Array.IndexOf(FrenchRates, r) < 0, "BG-21", "BT-103")));
        yield return Rule("BR-FR-20", "The BAR note must be B2B, B2BINT, B2C, OUTOFSCOPE or ARCHIVEONLY.", "La note BAR doit valoir B2B, B2BINT, B2C, OUTOFSCOPE ou ARCHIVEONLY.",
            i => Indexed(i.Notes, n => n.SubjectCode == NoteSubjectCodes.Treatment && !InvoiceTreatments.TryParse(n.Text, out _), "BG-1", "BT-22"));
        yield return Rule("BR-FR-CO-04", "A corrective invoice must reference exactly one earlier invoice (BT-25) with its date (BT-26).", "Une facture rectificative doit référencer exactement une facture antérieure (BT-25) avec sa date (BT-26).",
            i => If(i.TypeCode.IsCorrectiveInvoice && i.PrecedingInvoices.Count(p => !Blank(p.Number) && p.IssueDate is not null) != 1, "BG-3"));
        yield return Rule("BR-FR-CO-05", "A credit note must reference the invoice it credits (BT-25) with its date (BT-26).", "Un avoir doit référencer la facture qu'il annule (BT-25) avec sa date (BT-26).",
            i => If(i.TypeCode.Value is 261 or 381 or 396 or 502 or 503 && !i.PrecedingInvoices.Any(p => !Blank(p.Number) && p.IssueDate is not null), "BG-3"));
        yield return Rule("BR-FR-CO-07", "The due date (BT-9) is before the issue date (BT-2).", "La date d'échéance (BT-9) est antérieure à la date d'émission (BT-2).",
            i => If(i.DueDate < i.IssueDate && !i.TypeCode.IsPrepayment && i.BillingFramework?.Kind != BillingFrameworkKind.AlreadyPaid, "BT-9"),
            needsNumberAndDate: true);
        yield return Rule("BR-FR-CO-12", "An invoice not in euros must state EUR as VAT accounting currency (BT-6) and the VAT total in euros (BT-111).", "Une facture hors euro doit indiquer EUR comme devise de comptabilisation de la TVA (BT-6) et le total de TVA en euros (BT-111).",
            i => If(i.Currency != CurrencyCode.Eur && (i.VatAccountingCurrency != CurrencyCode.Eur || i.Totals.TotalVatInAccountingCurrency is null), "BT-6"));
    }

    private static InvoiceRule Rule(string id, string message, string messageFr, Func<Invoice, IEnumerable<string>> violations,
        FindingSeverity severity = FindingSeverity.Fatal, bool needsNumberAndDate = false) =>
        new(id, severity, message, messageFr, violations, needsNumberAndDate);

    private static IEnumerable<string> If(bool violated, string path) => violated ? [path] : [];

    // Lines, Indexed and LineParts collect eagerly rather than yield: a valid invoice then costs no iterator object
    // and no list, only the shared empty array (they run for every rule on every invoice of a bill run).
    private static readonly IEnumerable<string> NoPaths = [];

    private static IEnumerable<string> Lines(Invoice invoice, Func<InvoiceLine, bool> violated, string term)
    {
        List<string>? paths = null;
        for (var i = 0; i < invoice.Lines.Count; i++)
        {
            if (violated(invoice.Lines[i]))
            {
                (paths ??= []).Add($"BG-25[{i + 1}]/{term}");
            }
        }

        return paths ?? NoPaths;
    }

    private static IEnumerable<string> Indexed<T>(IReadOnlyList<T> items, Func<T, bool> violated, string group, string? term)
    {
        List<string>? paths = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (violated(items[i]))
            {
                (paths ??= []).Add(term is null ? $"{group}[{i + 1}]" : $"{group}[{i + 1}]/{term}");
            }
        }

        return paths ?? NoPaths;
    }

    private static IEnumerable<string> LineParts<T>(Invoice invoice, Func<InvoiceLine, IReadOnlyList<T>> parts, Func<T, bool> violated, string group, string? term)
    {
        List<string>? paths = null;
        for (var i = 0; i < invoice.Lines.Count; i++)
        {
            var items = parts(invoice.Lines[i]);
            for (var j = 0; j < items.Count; j++)
            {
                if (violated(items[j]))
                {
                    (paths ??= []).Add(term is null ? $"BG-25[{i + 1}]/{group}[{j + 1}]" : $"BG-25[{i + 1}]/{group}[{j + 1}]/{term}");
                }
            }
        }

        return paths ?? NoPaths;
    }

    private static IEnumerable<string> VatIdsWithoutPrefix(Invoice invoice)
    {
        static bool Bad(string? vatId) => !Blank(vatId) && (vatId!.Length < 2 || !CountryPrefixes.Contains(vatId[..2]));

        if (Bad(invoice.Seller.VatId))
        {
            yield return "BG-4/BT-31";
        }

        if (Bad(invoice.TaxRepresentative?.VatId))
        {
            yield return "BG-11/BT-63";
        }

        if (Bad(invoice.Buyer.VatId))
        {
            yield return "BG-7/BT-48";
        }
    }

    private static bool Uses(Invoice invoice, VatCategory category) =>
        invoice.Lines.Any(l => l.Vat.Category == category)
        || invoice.Allowances.Any(a => a.Vat.Category == category)
        || invoice.Charges.Any(c => c.Vat.Category == category);

    private static bool InBreakdown(Invoice invoice, VatCategory category) => invoice.VatBreakdown.Any(b => b.Vat.Category == category);

    private static IEnumerable<string> Countries(Invoice invoice)
    {
        string?[] codes = [invoice.Seller.Address?.CountryCode, invoice.Buyer.Address?.CountryCode, invoice.TaxRepresentative?.Address?.CountryCode,
            invoice.Delivery?.Address?.CountryCode];
        return codes.Where(c => !Blank(c)).Select(c => c!.Trim());
    }

    private static bool SellerVatId(Invoice invoice) => !Blank(invoice.Seller.VatId) || !Blank(invoice.TaxRepresentative?.VatId);

    private static bool SellerVatOrTaxId(Invoice invoice) => SellerVatId(invoice) || !Blank(invoice.Seller.TaxRegistrationId);

    private static bool EndsBeforeStart(Period? period) => period is { Start: { } start, End: { } end } && end < start;

    private static bool TwoDecimals(decimal? amount) => amount is not { } value || Amounts.HasAtMostTwoDecimals(value);

    private static bool IsSiren(string? siren) => siren is { Length: 9 } && siren.All(char.IsAsciiDigit);

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
