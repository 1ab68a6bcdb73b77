namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The texts of the EN16931-CII-Syntax rules. The hundreds of "element X is not used here" lines get a text built
/// from the element path and where it sits; the rules with a business meaning have their own text.
/// </summary>
internal static class CiiSyntaxTexts
{
    private static readonly Dictionary<string, RuleText> Specific = new(StringComparer.Ordinal)
    {
        ["CII-SR-009"] = new("The specification identifier (BT-24) must be given exactly once (one GuidelineSpecifiedDocumentContextParameter).", "L’identifiant de spécification (BT-24) doit être indiqué exactement une fois (un seul GuidelineSpecifiedDocumentContextParameter)."),
        ["CII-SR-010"] = new("The specification identifier (BT-24) must be given exactly once.", "L’identifiant de spécification (BT-24) doit être indiqué exactement une fois."),
        ["CII-SR-014"] = new("The invoice type code (BT-3) must be given exactly once.", "Le code de type de facture (BT-3) doit être indiqué exactement une fois."),
        ["CII-SR-030"] = new("An invoice note (BT-22) should have only one text.", "Une note de facture (BT-22) ne devrait avoir qu’un seul texte."),
        ["CII-SR-039"] = new("An invoice line should have at most one note (BT-127).", "Une ligne de facture devrait avoir au plus une note (BT-127)."),
        ["CII-SR-040"] = new("An invoice line note (BT-127) should have only one text.", "La note d’une ligne de facture (BT-127) ne devrait avoir qu’un seul texte."),
        ["CII-SR-046"] = new("An item standard identifier (BT-157) has no scheme identifier (schemeID).", "L’identifiant standard d’un article (BT-157) n’a pas d’identifiant de schéma (schemeID)."),
        ["CII-SR-069"] = new("An item attribute (BG-32) must have exactly one name (BT-160).", "Un attribut d’article (BG-32) doit avoir exactement un nom (BT-160)."),
        ["CII-SR-072"] = new("An item attribute (BG-32) must have exactly one value (BT-161).", "Un attribut d’article (BG-32) doit avoir exactement une valeur (BT-161)."),
        ["CII-SR-090"] = new("The item country of origin (BT-159) must have exactly one country code.", "Le pays d’origine de l’article (BT-159) doit avoir exactement un code pays."),
        ["CII-SR-119"] = new("The gross price of an invoice line should only carry a price discount (BT-147): a charge indicator 'false' with an amount, or nothing at all.", "Le prix brut d’une ligne ne devrait porter qu’un rabais (BT-147) : un indicateur de charge « false » avec un montant, ou rien du tout."),
        ["CII-SR-439"] = new("The item net price (BT-146) of an invoice line must be given exactly once.", "Le prix net de l’article (BT-146) d’une ligne doit être indiqué exactement une fois."),
        ["CII-SR-440"] = new("The item price discount (BT-147) is given more than once.", "Le rabais sur le prix de l’article (BT-147) est indiqué plusieurs fois."),
        ["CII-SR-441"] = new("The item net price (BT-146) of an invoice line is given more than once.", "Le prix net de l’article (BT-146) d’une ligne est indiqué plusieurs fois."),
        ["CII-SR-463"] = new("An allowance or charge (BG-20, BG-21, BG-27, BG-28) does not say whether it is an allowance or a charge (ChargeIndicator).", "Une remise ou charge (BG-20, BG-21, BG-27, BG-28) n’indique pas s’il s’agit d’une remise ou d’une charge (ChargeIndicator)."),
        ["CII-SR-471"] = new("An allowance or charge gives its rate (RateApplicablePercent) more than once.", "Une remise ou charge indique son taux (RateApplicablePercent) plusieurs fois."),
        ["CII-SR-472"] = new("An allowance or charge has more than one VAT category (BT-95, BT-102).", "Une remise ou charge a plus d’une catégorie de TVA (BT-95, BT-102)."),
        ["CII-SR-473"] = new("An allowance or charge gives its amount (BT-92, BT-99) more than once.", "Une remise ou charge indique son montant (BT-92, BT-99) plusieurs fois."),
        ["CII-SR-454"] = new("An invoice line should have exactly one VAT information block (BT-151, BT-152).", "Une ligne de facture devrait avoir exactement un bloc d’informations de TVA (BT-151, BT-152)."),
        ["CII-SR-474"] = new("An invoice line should not have more than one invoiced object identifier (BT-128).", "Une ligne de facture ne devrait pas avoir plus d’un identifiant d’objet facturé (BT-128)."),
        ["CII-SR-449"] = new("The deliver-to location should be identified by an ID or by a global ID (BT-71), not both.", "Le lieu de livraison devrait être identifié par un ID ou par un ID global (BT-71), pas les deux."),
        ["CII-SR-450"] = new("The buyer should be identified by an ID or by a global ID (BT-46), not both.", "L’acheteur devrait être identifié par un ID ou par un ID global (BT-46), pas les deux."),
        ["CII-SR-451"] = new("The payee should be identified by an ID or by a global ID (BT-60), not both.", "Le bénéficiaire devrait être identifié par un ID ou par un ID global (BT-60), pas les deux."),
        ["CII-SR-452"] = new("Payment terms (BT-20) should be given only once.", "Les conditions de paiement (BT-20) ne devraient être indiquées qu’une fois."),
        ["CII-SR-453"] = new("The payment terms should have only one description (BT-20).", "Les conditions de paiement ne devraient avoir qu’une description (BT-20)."),
        ["CII-SR-455"] = new("The seller has more than one contact (BG-6); only one is allowed.", "Le vendeur a plus d’un contact (BG-6) ; un seul est permis."),
        ["CII-SR-456"] = new("The buyer has more than one contact (BG-9); only one is allowed.", "L’acheteur a plus d’un contact (BG-9) ; un seul est permis."),
        ["CII-SR-457"] = new("More than one tender or lot reference (BT-17, document type 50) is given; only one should be.", "Plus d’une référence d’appel d’offres ou de lot (BT-17, document de type 50) est indiquée ; une seule devrait l’être."),
        ["CII-SR-458"] = new("More than one invoiced object identifier (BT-18, document type 130) is given; only one should be.", "Plus d’un identifiant d’objet facturé (BT-18, document de type 130) est indiqué ; un seul devrait l’être."),
        ["CII-SR-459"] = new("The seller has more than one electronic address (BT-34); only one is allowed.", "Le vendeur a plus d’une adresse électronique (BT-34) ; une seule est permise."),
        ["CII-SR-460"] = new("The buyer has more than one electronic address (BT-49); only one is allowed.", "L’acheteur a plus d’une adresse électronique (BT-49) ; une seule est permise."),
        ["CII-SR-461"] = new("The VAT point date (BT-7) is given more than once; only one is allowed.", "La date d’exigibilité de la TVA (BT-7) est indiquée plusieurs fois ; une seule est permise."),
        ["CII-SR-462"] = new("The VAT point date codes (BT-8) differ; the invoice may have only one.", "Les codes de date d’exigibilité de la TVA (BT-8) diffèrent ; la facture ne peut en avoir qu’un."),
        ["CII-SR-464"] = new("A payment means names the payer’s bank (PayerSpecifiedDebtorFinancialInstitution), which EN 16931 does not use; leave it out.", "Un moyen de paiement indique la banque du payeur (PayerSpecifiedDebtorFinancialInstitution), que l’EN 16931 n’utilise pas ; retirez-la."),
        ["CII-SR-465"] = new("The seller contact point (BT-41) is given twice, as a person name and as a department name; give only one.", "Le point de contact du vendeur (BT-41) est indiqué deux fois, comme nom de personne et comme service ; n’en indiquez qu’un."),
        ["CII-SR-466"] = new("The buyer contact point (BT-56) is given twice, as a person name and as a department name; give only one.", "Le point de contact de l’acheteur (BT-56) est indiqué deux fois, comme nom de personne et comme service ; n’en indiquez qu’un."),
        ["CII-SR-467"] = new("The payment means codes (BT-81) differ between payment means; they must all be the same.", "Les codes de moyen de paiement (BT-81) diffèrent d’un moyen de paiement à l’autre ; ils doivent être identiques."),
        ["CII-SR-468"] = new("The payment means texts (BT-82) differ between payment means; they must all be the same.", "Les libellés de moyen de paiement (BT-82) diffèrent d’un moyen de paiement à l’autre ; ils doivent être identiques."),
        ["CII-SR-469"] = new("The payment reference (BT-83) is given more than once; only one is allowed.", "La référence de paiement (BT-83) est indiquée plusieurs fois ; une seule est permise."),
        ["CII-SR-470"] = new("A credit transfer (payment means 30 or 58) has no account identifier (BT-84): give an IBAN or a proprietary account number.", "Un virement (moyen de paiement 30 ou 58) n’a pas d’identifiant de compte (BT-84) : indiquez un IBAN ou un numéro de compte propriétaire."),
        ["CII-SR-475"] = new("Only one supporting document description (BT-123) is allowed across the supporting documents (type code 916).", "Une seule description de justificatif (BT-123) est permise pour l’ensemble des justificatifs (code de type 916)."),
        ["CII-SR-476"] = new("Only one attached document (BT-125) is allowed across the supporting documents (type code 916).", "Un seul document joint (BT-125) est permis pour l’ensemble des justificatifs (code de type 916)."),
        ["CII-SR-477"] = new("The sum of invoice line net amounts (BT-106) is given more than once.", "La somme des montants nets des lignes (BT-106) est indiquée plusieurs fois."),
        ["CII-SR-478"] = new("The sum of charges (BT-108) is given more than once.", "La somme des charges (BT-108) est indiquée plusieurs fois."),
        ["CII-SR-479"] = new("The sum of allowances (BT-107) is given more than once.", "La somme des remises (BT-107) est indiquée plusieurs fois."),
        ["CII-SR-480"] = new("The invoice total without VAT (BT-109) is given more than once.", "Le total de la facture hors TVA (BT-109) est indiqué plusieurs fois."),
        ["CII-SR-481"] = new("The rounding amount (BT-114) is given more than once.", "Le montant d’arrondi (BT-114) est indiqué plusieurs fois."),
        ["CII-SR-482"] = new("The invoice total with VAT (BT-112) is given more than once.", "Le total de la facture TTC (BT-112) est indiqué plusieurs fois."),
        ["CII-SR-484"] = new("The paid amount (BT-113) is given more than once.", "Le montant déjà payé (BT-113) est indiqué plusieurs fois."),
        ["CII-SR-487"] = new("The amount due for payment (BT-115) is given more than once.", "Le montant à payer (BT-115) est indiqué plusieurs fois."),
        ["CII-SR-438"] = new("The invoice contains a valuation breakdown statement (ValuationBreakdownStatement), which EN 16931 does not use; leave it out.", "La facture contient un état de ventilation (ValuationBreakdownStatement), que l’EN 16931 n’utilise pas ; retirez-le."),
        ["CII-DT-013"] = new("The invoice root element carries a languageID attribute, which is not allowed.", "L’élément racine de la facture porte un attribut languageID, ce qui n’est pas permis."),
        ["CII-DT-014"] = new("The invoice root element carries a languageLocaleID attribute, which is not allowed.", "L’élément racine de la facture porte un attribut languageLocaleID, ce qui n’est pas permis."),
        ["CII-DT-015"] = new("A referenced document carries a URI (URIID), which is only allowed on a supporting document (type code 916, BT-124).", "Un document référencé porte une URI (URIID), permise seulement sur un justificatif (code de type 916, BT-124)."),
        ["CII-DT-018"] = new("A referenced document carries a type code, which is only allowed on an additional document of type 50, 130 or 916.", "Un document référencé porte un code de type, permis seulement sur un document additionnel de type 50, 130 ou 916."),
        ["CII-DT-021"] = new("A referenced document carries a name, which is only allowed on a supporting document (type code 916, BT-123).", "Un document référencé porte un nom, permis seulement sur un justificatif (code de type 916, BT-123)."),
        ["CII-DT-022"] = new("A referenced document carries an attachment, which is only allowed on a supporting document (type code 916, BT-125).", "Un document référencé porte une pièce jointe, permise seulement sur un justificatif (code de type 916, BT-125)."),
        ["CII-DT-024"] = new("A referenced document carries a reference type code, which is only allowed on an invoiced object identifier (type code 130, BT-18-1).", "Un document référencé porte un code de type de référence, permis seulement sur un identifiant d’objet facturé (code de type 130, BT-18-1)."),
        ["CII-DT-027"] = new("A referenced document carries an issue date, which is only allowed on a preceding invoice reference (BT-26).", "Un document référencé porte une date d’émission, permise seulement sur la référence à une facture antérieure (BT-26)."),
        ["CII-DT-031"] = new("An amount carries a currency (currencyID attribute); only the invoice total VAT amount (BT-110, BT-111) may.", "Un montant porte une devise (attribut currencyID) ; seul le montant total de TVA (BT-110, BT-111) le peut."),
        ["CII-DT-033"] = new("A quantity carries a unit code although no invoiced quantity (BT-129) has one.", "Une quantité porte un code d’unité alors qu’aucune quantité facturée (BT-129) n’en a."),
        ["CII-DT-037"] = new("A tax type code is not 'VAT'.", "Un code de type de taxe n’est pas « VAT »."),
        ["CII-DT-041"] = new("A tax basis amount is given outside the document-level VAT breakdown (BG-23).", "Une base d’imposition est indiquée en dehors de la ventilation de TVA du document (BG-23)."),
        ["CII-DT-052"] = new("A VAT exemption reason code (BT-121) is given outside a VAT breakdown.", "Un code de motif d’exonération de TVA (BT-121) est indiqué en dehors d’une ventilation de TVA."),
        ["CII-DT-054"] = new("A VAT point date (BT-7) is given outside the header settlement.", "Une date d’exigibilité de la TVA (BT-7) est indiquée en dehors du règlement de l’en-tête."),
        ["CII-DT-058"] = new("A VAT point date code (BT-8) is given outside the header settlement.", "Un code de date d’exigibilité de la TVA (BT-8) est indiqué en dehors du règlement de l’en-tête."),
        ["CII-DT-097"] = new("A date with format 102 is not written YYYYMMDD (for example 20240131).", "Une date au format 102 n’est pas écrite AAAAMMJJ (par exemple 20240131)."),
        ["CII-DT-098"] = new("A VAT exemption reason text (BT-120) is given outside a VAT breakdown.", "Un motif d’exonération de TVA (BT-120) est indiqué en dehors d’une ventilation de TVA."),
    };

    /// <summary>Adds a text for every rule of the pattern.</summary>
    public static void Add(Dictionary<string, RuleText> texts, IEnumerable<CiiSyntaxTable> tables)
    {
        foreach (var table in tables)
        {
            foreach (var check in table.Checks)
            {
                texts[check.Id] = Specific.TryGetValue(check.Id, out var text) ? text : Describe(table, check);
            }
        }

        foreach (var id in (ReadOnlySpan<string>)["CII-DT-013", "CII-DT-014", "CII-SR-438", "CII-SR-467", "CII-SR-468", "CII-SR-469"])
        {
            texts[id] = Specific[id];
        }
    }

    private static RuleText Describe(CiiSyntaxTable table, CiiSyntaxCheck check)
    {
        if (check.Kind == CiiSyntaxCheckKind.Custom)
        {
            throw new InvalidOperationException($"CII syntax rule {check.Id} needs its own text");
        }

        var path = check.Path.Replace("udt:", string.Empty, StringComparison.Ordinal);
        string what, quoi;
        var at = path.LastIndexOf('@');
        if (at < 0)
        {
            what = $"The element {path}";
            quoi = $"L’élément {path}";
        }
        else if (at == 0)
        {
            what = $"The attribute {path[1..]}";
            quoi = $"L’attribut {path[1..]}";
        }
        else
        {
            what = $"The attribute {path[(at + 1)..]} of {path[..(at - 1)]}";
            quoi = $"L’attribut {path[(at + 1)..]} de {path[..(at - 1)]}";
        }

        var fatal = check.Flag == RuleFlag.Fatal;
        var (en, fr) = check.Kind switch
        {
            CiiSyntaxCheckKind.Absent => fatal
                ? ($"{what} {table.PlaceEnglish} is not allowed by EN 16931; remove it.", $"{quoi} {table.PlaceFrench} n’est pas permis par l’EN 16931 ; retirez-le.")
                : ($"{what} {table.PlaceEnglish} is not used by EN 16931; leave it out.", $"{quoi} {table.PlaceFrench} n’est pas utilisé par l’EN 16931 ; retirez-le."),
            CiiSyntaxCheckKind.AtMostOne => fatal
                ? ($"{what} occurs more than once {table.PlaceEnglish}; at most one is allowed.", $"{quoi} apparaît plusieurs fois {table.PlaceFrench} ; un seul est permis.")
                : ($"{what} occurs more than once {table.PlaceEnglish}; it should occur at most once.", $"{quoi} apparaît plusieurs fois {table.PlaceFrench} ; il ne devrait apparaître qu’une fois."),
            CiiSyntaxCheckKind.ExactlyOne => ($"{what} must occur exactly once {table.PlaceEnglish}.", $"{quoi} doit apparaître exactement une fois {table.PlaceFrench}."),
            _ => ($"{what} is missing {table.PlaceEnglish}.", $"{quoi} manque {table.PlaceFrench}."),
        };
        return new RuleText(en, fr);
    }
}
