namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>The English and French texts of the Factur-X rules, written for the person who fixes the invoice.</summary>
internal static class FacturXTexts
{
    // VAT categories: code, rule prefix, English name, French name.
    private static readonly (string Code, string Prefix, string En, string Fr)[] Categories =
    [
        ("S", "S", "standard rate (S)", "taux normal (S)"),
        ("Z", "Z", "zero rate (Z)", "taux zéro (Z)"),
        ("E", "E", "exempt (E)", "exonérée (E)"),
        ("AE", "AE", "reverse charge (AE)", "autoliquidation (AE)"),
        ("K", "IC", "intra-community supply (K)", "livraison intracommunautaire (K)"),
        ("G", "G", "export outside the EU (G)", "export hors UE (G)"),
        ("O", "O", "not subject to VAT (O)", "hors champ de la TVA (O)"),
        ("L", "AF", "Canary Islands IGIC (L)", "IGIC des Canaries (L)"),
        ("M", "AG", "Ceuta and Melilla IPSI (M)", "IPSI de Ceuta et Melilla (M)"),
    ];

    public static void AddBusinessTexts(Dictionary<string, RuleText> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        t[FacturXRules.NotUsedId] = new(
            "The invoice contains an element or attribute that this Factur-X profile does not use; remove it or use a profile that has it.",
            "La facture contient un élément ou un attribut que ce profil Factur-X n'utilise pas ; supprimez-le ou choisissez un profil qui le prévoit.");
        t["BR-01"] = new("The invoice has no specification identifier (BT-24).", "La facture n'a pas d'identifiant de spécification (BT-24).");
        t["BR-02"] = new("The invoice has no number (BT-1).", "La facture n'a pas de numéro (BT-1).");
        t["BR-03"] = new("The invoice has no issue date in format 102 (BT-2).", "La facture n'a pas de date d'émission au format 102 (BT-2).");
        t["BR-04"] = new("The invoice has no type code (BT-3).", "La facture n'a pas de code de type (BT-3).");
        t["BR-05"] = new("The invoice has no currency code (BT-5).", "La facture n'a pas de code devise (BT-5).");
        t["BR-06"] = new("The seller name is missing (BT-27).", "Le nom du vendeur est absent (BT-27).");
        t["BR-07"] = new("The buyer name is missing (BT-44).", "Le nom de l'acheteur est absent (BT-44).");
        t["BR-08"] = new("The seller postal address is missing (BG-5).", "L'adresse postale du vendeur est absente (BG-5).");
        t["BR-09"] = new("The seller address has no country code (BT-40).", "L'adresse du vendeur n'a pas de code pays (BT-40).");
        t["BR-10"] = new("The buyer postal address is missing (BG-8).", "L'adresse postale de l'acheteur est absente (BG-8).");
        t["BR-11"] = new("The buyer address has no country code (BT-55).", "L'adresse de l'acheteur n'a pas de code pays (BT-55).");
        t["BR-12"] = new("The sum of line net amounts is missing (BT-106).", "La somme des montants nets des lignes est absente (BT-106).");
        t["BR-13"] = new("The total without VAT is missing (BT-109).", "Le total hors TVA est absent (BT-109).");
        t["BR-14"] = new("The total with VAT is missing (BT-112).", "Le total TTC est absent (BT-112).");
        t["BR-15"] = new("The amount due for payment is missing (BT-115).", "Le montant à payer est absent (BT-115).");
        t["BR-16"] = new("The invoice has no line (BG-25).", "La facture n'a aucune ligne (BG-25).");
        t["BR-17"] = new("The payee needs a name (BT-59) and must be a party other than the seller.", "Le bénéficiaire doit avoir un nom (BT-59) et être distinct du vendeur.");
        t["BR-18"] = new("The seller's tax representative has no name (BT-62).", "Le représentant fiscal du vendeur n'a pas de nom (BT-62).");
        t["BR-19"] = new("The seller's tax representative has no postal address (BG-12).", "Le représentant fiscal du vendeur n'a pas d'adresse postale (BG-12).");
        t["BR-20"] = new("The tax representative's address has no country code (BT-69).", "L'adresse du représentant fiscal n'a pas de code pays (BT-69).");
        t["BR-21"] = new("An invoice line has no identifier (BT-126).", "Une ligne de facture n'a pas d'identifiant (BT-126).");
        t["BR-22"] = new("An invoice line has no quantity (BT-129).", "Une ligne de facture n'a pas de quantité (BT-129).");
        t["BR-23"] = new("An invoiced quantity has no unit of measure (BT-130).", "Une quantité facturée n'a pas d'unité de mesure (BT-130).");
        t["BR-24"] = new("An invoice line has no net amount (BT-131).", "Une ligne de facture n'a pas de montant net (BT-131).");
        t["BR-25"] = new("An invoice line has no item name (BT-153).", "Une ligne de facture n'a pas de nom d'article (BT-153).");
        t["BR-26"] = new("An invoice line has no net price (BT-146).", "Une ligne de facture n'a pas de prix net (BT-146).");
        t["BR-27"] = new("An item net price is negative (BT-146).", "Un prix net d'article est négatif (BT-146).");
        t["BR-28"] = new("An item gross price is negative (BT-148).", "Un prix brut d'article est négatif (BT-148).");
        t["BR-29"] = new("The invoicing period ends before it starts (BT-73, BT-74).", "La période de facturation finit avant de commencer (BT-73, BT-74).");
        t["BR-30"] = new("A line period ends before it starts (BT-134, BT-135).", "La période d'une ligne finit avant de commencer (BT-134, BT-135).");
        t["BR-31"] = new("A document-level allowance has no amount (BT-92).", "Une remise au niveau du document n'a pas de montant (BT-92).");
        t["BR-32"] = new("A document-level allowance has no VAT category (BT-95).", "Une remise au niveau du document n'a pas de catégorie de TVA (BT-95).");
        t["BR-33"] = new("A document-level allowance has no reason or reason code (BT-97, BT-98).", "Une remise au niveau du document n'a ni motif ni code motif (BT-97, BT-98).");
        t["BR-36"] = new("A document-level charge has no amount (BT-99).", "Des frais au niveau du document n'ont pas de montant (BT-99).");
        t["BR-37"] = new("A document-level charge has no VAT category (BT-102).", "Des frais au niveau du document n'ont pas de catégorie de TVA (BT-102).");
        t["BR-38"] = new("A document-level charge has no reason or reason code (BT-104, BT-105).", "Des frais au niveau du document n'ont ni motif ni code motif (BT-104, BT-105).");
        t["BR-41"] = new("A line allowance has no amount (BT-136).", "Une remise de ligne n'a pas de montant (BT-136).");
        t["BR-42"] = new("A line allowance has no reason or reason code (BT-139, BT-140).", "Une remise de ligne n'a ni motif ni code motif (BT-139, BT-140).");
        t["BR-43"] = new("A line charge has no amount (BT-141).", "Des frais de ligne n'ont pas de montant (BT-141).");
        t["BR-44"] = new("A line charge has no reason or reason code (BT-144, BT-145).", "Des frais de ligne n'ont ni motif ni code motif (BT-144, BT-145).");
        t["BR-45"] = new("A VAT breakdown has no taxable amount (BT-116).", "Une ventilation de TVA n'a pas de base imposable (BT-116).");
        t["BR-46"] = new("A VAT breakdown has no VAT amount (BT-117).", "Une ventilation de TVA n'a pas de montant de TVA (BT-117).");
        t["BR-47"] = new("A VAT breakdown has no VAT category (BT-118).", "Une ventilation de TVA n'a pas de catégorie (BT-118).");
        t["BR-48"] = new("A VAT breakdown has no VAT rate (BT-119), though its category is not O.", "Une ventilation de TVA n'a pas de taux (BT-119) alors que sa catégorie n'est pas O.");
        t["BR-49"] = new("A payment instruction has no payment means type code (BT-81).", "Une instruction de paiement n'a pas de code de moyen de paiement (BT-81).");
        t["BR-50"] = new("A credit transfer has no account identifier (BT-84).", "Un virement n'a pas d'identifiant de compte (BT-84).");
        t["BR-51"] = new("Only the last digits of the card number may be given (BT-87, at most 10 characters).", "Seuls les derniers chiffres de la carte peuvent figurer (BT-87, 10 caractères au plus).");
        t["BR-52"] = new("A supporting document has no reference (BT-122).", "Un justificatif n'a pas de référence (BT-122).");
        t["BR-53"] = new("The VAT total in accounting currency (BT-111) is missing or the accounting currency equals the invoice currency.", "Le total de TVA en devise de comptabilisation (BT-111) manque, ou cette devise est celle de la facture.");
        t["BR-54"] = new("An item attribute has no name or no value (BT-160, BT-161).", "Un attribut d'article n'a pas de nom ou pas de valeur (BT-160, BT-161).");
        t["BR-55"] = new("A preceding invoice reference has no invoice number (BT-25).", "Une référence à une facture antérieure n'a pas de numéro (BT-25).");
        t["BR-56"] = new("The seller's tax representative has no VAT identifier (BT-63).", "Le représentant fiscal du vendeur n'a pas de numéro de TVA (BT-63).");
        t["BR-57"] = new("The deliver-to address has no country code (BT-80).", "L'adresse de livraison n'a pas de code pays (BT-80).");
        t["BR-61"] = new("A credit transfer has no account identifier (BT-84).", "Un virement n'a pas d'identifiant de compte (BT-84).");
        t["BR-62"] = new("The seller electronic address has no scheme (BT-34-1).", "L'adresse électronique du vendeur n'a pas de schéma (BT-34-1).");
        t["BR-63"] = new("The buyer electronic address has no scheme (BT-49-1).", "L'adresse électronique de l'acheteur n'a pas de schéma (BT-49-1).");
        t["BR-64"] = new("An item standard identifier has no scheme (BT-157-1).", "Un identifiant standard d'article n'a pas de schéma (BT-157-1).");
        t["BR-65"] = new("An item classification code has no list identifier (BT-158-1).", "Un code de classification d'article n'a pas d'identifiant de liste (BT-158-1).");
        t["BR-B-01"] = new("Split payment (category B) is only for Italian domestic invoices.", "Le paiement fractionné (catégorie B) est réservé aux factures domestiques italiennes.");
        t["BR-B-02"] = new("An invoice with split payment (category B) cannot also use the standard rate (S).", "Une facture en paiement fractionné (B) ne peut pas utiliser aussi le taux normal (S).");
        t["BR-CO-03"] = new("Give either a VAT point date (BT-7) or a VAT point date code (BT-8), not both.", "Indiquez soit la date d'exigibilité de la TVA (BT-7), soit son code (BT-8), pas les deux.");
        t["BR-CO-04"] = new("An invoice line has no VAT category (BT-151).", "Une ligne de facture n'a pas de catégorie de TVA (BT-151).");
        t["BR-CO-05"] = new("Allowance reason and reason code must match (BT-97, BT-98).", "Le motif et le code motif de la remise doivent concorder (BT-97, BT-98).");
        t["BR-CO-06"] = new("Charge reason and reason code must match (BT-104, BT-105).", "Le motif et le code motif des frais doivent concorder (BT-104, BT-105).");
        t["BR-CO-07"] = new("Line allowance reason and reason code must match (BT-139, BT-140).", "Le motif et le code motif de la remise de ligne doivent concorder (BT-139, BT-140).");
        t["BR-CO-08"] = new("Line charge reason and reason code must match (BT-144, BT-145).", "Le motif et le code motif des frais de ligne doivent concorder (BT-144, BT-145).");
        t["BR-CO-09"] = new("A VAT identifier does not start with a country prefix (BT-31, BT-48, BT-63).", "Un numéro de TVA ne commence pas par un préfixe pays (BT-31, BT-48, BT-63).");
        t["BR-CO-10"] = new("The sum of line net amounts (BT-106) does not equal the total of the lines (BT-131).", "La somme des montants nets (BT-106) ne correspond pas au total des lignes (BT-131).");
        t["BR-CO-11"] = new("The allowances total (BT-107) does not equal the sum of document-level allowances (BT-92).", "Le total des remises (BT-107) ne correspond pas à la somme des remises du document (BT-92).");
        t["BR-CO-12"] = new("The charges total (BT-108) does not equal the sum of document-level charges (BT-99).", "Le total des frais (BT-108) ne correspond pas à la somme des frais du document (BT-99).");
        t["BR-CO-13"] = new("The total without VAT (BT-109) does not equal lines - allowances + charges.", "Le total HT (BT-109) ne correspond pas à lignes - remises + frais.");
        t["BR-CO-14"] = new("The VAT total (BT-110) does not equal the sum of the VAT breakdown amounts (BT-117).", "Le total de TVA (BT-110) ne correspond pas à la somme des montants de TVA ventilés (BT-117).");
        t["BR-CO-15"] = new("The total with VAT (BT-112) does not equal total without VAT + VAT total.", "Le total TTC (BT-112) ne correspond pas au total HT + total de TVA.");
        t["BR-CO-16"] = new("The amount due (BT-115) does not equal total with VAT - prepaid + rounding.", "Le montant à payer (BT-115) ne correspond pas à TTC - acomptes + arrondi.");
        t["BR-CO-17"] = new("A VAT amount (BT-117) does not equal taxable amount × rate (BT-116, BT-119).", "Un montant de TVA (BT-117) ne correspond pas à base × taux (BT-116, BT-119).");
        t["BR-CO-18"] = new("The invoice has no VAT breakdown (BG-23).", "La facture n'a pas de ventilation de TVA (BG-23).");
        t["BR-CO-19"] = new("The invoicing period has neither a start nor an end date (BG-14).", "La période de facturation n'a ni date de début ni date de fin (BG-14).");
        t["BR-CO-20"] = new("A line period has neither a start nor an end date (BG-26).", "La période d'une ligne n'a ni date de début ni date de fin (BG-26).");
        t["BR-CO-21"] = new("A document-level allowance needs a reason or a reason code (BT-97, BT-98).", "Une remise du document doit avoir un motif ou un code motif (BT-97, BT-98).");
        t["BR-CO-22"] = new("A document-level charge needs a reason or a reason code (BT-104, BT-105).", "Des frais du document doivent avoir un motif ou un code motif (BT-104, BT-105).");
        t["BR-CO-23"] = new("A line allowance needs a reason or a reason code (BT-139, BT-140).", "Une remise de ligne doit avoir un motif ou un code motif (BT-139, BT-140).");
        t["BR-CO-24"] = new("A line charge needs a reason or a reason code (BT-144, BT-145).", "Des frais de ligne doivent avoir un motif ou un code motif (BT-144, BT-145).");
        t["BR-CO-25"] = new("An amount is due (BT-115) but there is neither a due date (BT-9) nor payment terms (BT-20).", "Un montant est dû (BT-115) mais il n'y a ni échéance (BT-9) ni conditions de paiement (BT-20).");
        t["BR-CO-26"] = new("The seller has no identifier, legal registration or VAT number (BT-29, BT-30, BT-31).", "Le vendeur n'a ni identifiant, ni immatriculation, ni numéro de TVA (BT-29, BT-30, BT-31).");
        AddDecimals(t);
        AddCategories(t);
        t["CII-SR-463"] = new("An allowance or charge has no charge indicator.", "Une remise ou des frais n'ont pas d'indicateur remise/frais.");
        t["CII-SR-464"] = new("Payment means: financial institution details are inconsistent.", "Moyen de paiement : les informations d'établissement financier sont incohérentes.");
        t["CII-SR-465"] = new("Seller contact: give a person name or a department name, not both (BT-41).", "Contact du vendeur : indiquez une personne ou un service, pas les deux (BT-41).");
        t["CII-SR-466"] = new("Buyer contact: give a person name or a department name, not both (BT-56).", "Contact de l'acheteur : indiquez une personne ou un service, pas les deux (BT-56).");
        t["CII-SR-467"] = new("All payment instructions must use the same payment means code (BT-81).", "Toutes les instructions de paiement doivent avoir le même code de moyen de paiement (BT-81).");
        t["CII-SR-468"] = new("All payment instructions must have the same payment means text (BT-82).", "Toutes les instructions de paiement doivent avoir le même libellé de moyen de paiement (BT-82).");
        t["CII-SR-469"] = new("The remittance information (BT-83) may be given only once.", "L'avis de paiement (BT-83) ne peut figurer qu'une fois.");
        t["CII-SR-470"] = new("A credit transfer needs exactly one of IBAN and proprietary account id (BT-84).", "Un virement doit avoir soit un IBAN, soit un identifiant de compte propriétaire (BT-84), pas les deux.");
        t["CII-SR-471"] = new("An allowance or charge may have only one VAT category.", "Une remise ou des frais ne peuvent avoir qu'une catégorie de TVA.");
        t["CII-SR-472"] = new("An allowance or charge may have only one percentage.", "Une remise ou des frais ne peuvent avoir qu'un pourcentage.");
        t["CII-SR-473"] = new("An allowance or charge may have only one amount.", "Une remise ou des frais ne peuvent avoir qu'un montant.");
        t["CII-SR-474"] = new("A line should reference at most one invoiced object (type 130).", "Une ligne ne devrait référencer qu'un objet facturé (type 130).");
        t["CII-SR-475"] = new("A supporting document (type 916) should have at most one description.", "Un justificatif (type 916) ne devrait avoir qu'une description.");
        t["CII-SR-476"] = new("A supporting document (type 916) should have at most one attachment.", "Un justificatif (type 916) ne devrait avoir qu'une pièce jointe.");
        t["CII-DT-097"] = new("A date in format 102 is not a valid YYYYMMDD date.", "Une date au format 102 n'est pas une date AAAAMMJJ valide.");
        t["PEPPOL-EN16931-R008"] = new("The document contains an empty element; remove it.", "Le document contient un élément vide ; supprimez-le.");
        t["FX-SCH-A-000027"] = new("The invoice must have exactly one seller (BG-4).", "La facture doit avoir exactement un vendeur (BG-4).");
        t["FX-SCH-A-000028"] = new("The invoice must have exactly one buyer (BG-7).", "La facture doit avoir exactement un acheteur (BG-7).");
        t["FX-SCH-A-000415"] = new("A preceding invoice reference must have exactly one invoice number (BT-25).", "Une référence de facture antérieure doit avoir exactement un numéro (BT-25).");
        t["FX-SCH-A-000278"] = new("An invoice line must have exactly one VAT information (BG-30).", "Une ligne doit avoir exactement une information de TVA (BG-30).");
        t["FX-SCH-A-000279"] = new("An invoice line must have exactly one line totals block.", "Une ligne doit avoir exactement un bloc de totaux.");
        t["FX-SCH-A-000293"] = new("An invoice line may reference at most one document.", "Une ligne ne peut référencer qu'un document.");
        t["FX-SCH-A-000614"] = new("An invoice line may have at most one buyer accounting reference (BT-133).", "Une ligne ne peut avoir qu'une référence comptable de l'acheteur (BT-133).");
        AddExtended(t);
    }

    private static void AddDecimals(Dictionary<string, RuleText> t)
    {
        foreach (var (id, term, en, fr) in new[]
                 {
                     ("BR-DEC-01", "BT-92", "a document-level allowance amount", "un montant de remise du document"),
                     ("BR-DEC-02", "BT-93", "a document-level allowance base amount", "une base de remise du document"),
                     ("BR-DEC-05", "BT-99", "a document-level charge amount", "un montant de frais du document"),
                     ("BR-DEC-06", "BT-100", "a document-level charge base amount", "une base de frais du document"),
                     ("BR-DEC-09", "BT-106", "the sum of line net amounts", "la somme des montants nets des lignes"),
                     ("BR-DEC-10", "BT-107", "the allowances total", "le total des remises"),
                     ("BR-DEC-11", "BT-108", "the charges total", "le total des frais"),
                     ("BR-DEC-12", "BT-109", "the total without VAT", "le total hors TVA"),
                     ("BR-DEC-13", "BT-110", "the VAT total", "le total de TVA"),
                     ("BR-DEC-14", "BT-112", "the total with VAT", "le total TTC"),
                     ("BR-DEC-15", "BT-111", "the VAT total in accounting currency", "le total de TVA en devise de comptabilisation"),
                     ("BR-DEC-16", "BT-113", "the prepaid amount", "le montant payé d'avance"),
                     ("BR-DEC-17", "BT-114", "the rounding amount", "l'arrondi"),
                     ("BR-DEC-18", "BT-115", "the amount due", "le montant à payer"),
                     ("BR-DEC-19", "BT-116", "a VAT taxable amount", "une base imposable de TVA"),
                     ("BR-DEC-20", "BT-117", "a VAT amount", "un montant de TVA"),
                     ("BR-DEC-23", "BT-131", "a line net amount", "un montant net de ligne"),
                     ("BR-DEC-24", "BT-136", "a line allowance amount", "un montant de remise de ligne"),
                     ("BR-DEC-25", "BT-137", "a line allowance base amount", "une base de remise de ligne"),
                     ("BR-DEC-27", "BT-141", "a line charge amount", "un montant de frais de ligne"),
                     ("BR-DEC-28", "BT-142", "a line charge base amount", "une base de frais de ligne"),
                 })
        {
            t[id] = new($"{Capitalise(en)} ({term}) has more than 2 decimals.", $"{Capitalise(fr)} ({term}) a plus de 2 décimales.");
        }
    }

    private static void AddCategories(Dictionary<string, RuleText> t)
    {
        foreach (var (code, p, en, fr) in Categories)
        {
            t[$"BR-{p}-01"] = new($"VAT {en} is used but the VAT breakdown for it is missing or repeated (BG-23).", $"La TVA {fr} est utilisée mais sa ventilation (BG-23) manque ou est répétée.");
            t[$"BR-{p}-02"] = new($"A line with VAT {en} lacks the VAT identifiers this category requires (BT-31, BT-63, BT-48).", $"Une ligne en TVA {fr} n'a pas les numéros de TVA que cette catégorie exige (BT-31, BT-63, BT-48).");
            t[$"BR-{p}-03"] = new($"An allowance with VAT {en} lacks the VAT identifiers this category requires (BT-31, BT-63, BT-48).", $"Une remise en TVA {fr} n'a pas les numéros de TVA que cette catégorie exige (BT-31, BT-63, BT-48).");
            t[$"BR-{p}-04"] = new($"A charge with VAT {en} lacks the VAT identifiers this category requires (BT-31, BT-63, BT-48).", $"Des frais en TVA {fr} n'ont pas les numéros de TVA que cette catégorie exige (BT-31, BT-63, BT-48).");
            t[$"BR-{p}-05"] = new($"A line with VAT {en} has a VAT rate not allowed for it (BT-152).", $"Une ligne en TVA {fr} a un taux non autorisé pour cette catégorie (BT-152).");
            t[$"BR-{p}-06"] = new($"An allowance with VAT {en} has a VAT rate not allowed for it (BT-96).", $"Une remise en TVA {fr} a un taux non autorisé pour cette catégorie (BT-96).");
            t[$"BR-{p}-07"] = new($"A charge with VAT {en} has a VAT rate not allowed for it (BT-103).", $"Des frais en TVA {fr} ont un taux non autorisé pour cette catégorie (BT-103).");
            t[$"BR-{p}-08"] = new($"The taxable amount for VAT {en} (BT-116) does not match its lines, allowances and charges.", $"La base imposable de la TVA {fr} (BT-116) ne correspond pas à ses lignes, remises et frais.");
            t[$"BR-{p}-09"] = new($"The VAT amount for VAT {en} (BT-117) is wrong for this category.", $"Le montant de TVA {fr} (BT-117) est incorrect pour cette catégorie.");
            t[$"BR-{p}-10"] = new($"The exemption reason (BT-120, BT-121) is missing or not allowed for VAT {en}.", $"Le motif d'exonération (BT-120, BT-121) manque ou n'est pas permis pour la TVA {fr}.");
            t[$"BR-FXEXT-{p}-01"] = new($"VAT {en} is used but the invoice has no VAT breakdown for it (BG-23).", $"La TVA {fr} est utilisée mais la facture n'a pas de ventilation pour elle (BG-23).");
            var eightB = p == "S" ? "BR-FXEXT-S08b" : $"BR-FXEXT-{p}-08b";
            t[eightB] = new($"The taxable amount for VAT {en} (BT-116) differs from its lines, allowances and charges by more than the tolerance.", $"La base imposable de la TVA {fr} (BT-116) s'écarte de ses lignes, remises et frais au-delà de la tolérance.");
            t[$"BR-FXEXT-{p}-08ini"] = new($"The taxable amount for VAT {en} (BT-116) does not match the items with the same rate.", $"La base imposable de la TVA {fr} (BT-116) ne correspond pas aux éléments de même taux.");
            t[$"BR-FXEXT-{p}-08rev"] = new($"The taxable amount for VAT {en} (BT-116) does not match the items with the same rate and exemption reason.", $"La base imposable de la TVA {fr} (BT-116) ne correspond pas aux éléments de même taux et même motif d'exonération.");
            _ = code;
        }

        // Rules that exist for some categories only.
        t["BR-IC-11"] = new("An intra-community supply needs an actual delivery date (BT-72) or an invoicing period (BG-14).", "Une livraison intracommunautaire exige une date de livraison (BT-72) ou une période de facturation (BG-14).");
        t["BR-IC-12"] = new("An intra-community supply needs the deliver-to country (BT-80).", "Une livraison intracommunautaire exige le pays de livraison (BT-80).");
        t["BR-O-11"] = new("An invoice with VAT not subject (O) cannot have other VAT categories in its breakdown.", "Une facture hors champ de la TVA (O) ne peut pas avoir d'autres catégories dans sa ventilation.");
        t["BR-O-12"] = new("An invoice with VAT not subject (O) cannot have lines in other VAT categories.", "Une facture hors champ de la TVA (O) ne peut pas avoir de lignes dans d'autres catégories.");
        t["BR-O-13"] = new("An invoice with VAT not subject (O) cannot have allowances in other VAT categories.", "Une facture hors champ de la TVA (O) ne peut pas avoir de remises dans d'autres catégories.");
        t["BR-O-14"] = new("An invoice with VAT not subject (O) cannot have charges in other VAT categories.", "Une facture hors champ de la TVA (O) ne peut pas avoir de frais dans d'autres catégories.");
        t["BR-FXEXT-S-09b"] = new("The standard-rate VAT amount (BT-117) differs from taxable amount × rate by more than the tolerance.", "Le montant de TVA au taux normal (BT-117) s'écarte de base × taux au-delà de la tolérance.");
    }

    private static void AddExtended(Dictionary<string, RuleText> t)
    {
        t["BR-FXEXT-01"] = new("A document note with a subject code has no content (BT-22).", "Une note du document avec un code sujet n'a pas de contenu (BT-22).");
        t["BR-FXEXT-02"] = new("A line note with a subject code has no content (BT-127).", "Une note de ligne avec un code sujet n'a pas de contenu (BT-127).");
        t["BR-FXEXT-03"] = new("A tax registration outside the seller must be a VAT identifier (scheme VA).", "Une immatriculation fiscale hors vendeur doit être un numéro de TVA (schéma VA).");
        t["BR-FXEXT-04"] = new("An item attribute type code is not in the allowed list.", "Le code de type d'un attribut d'article n'est pas dans la liste autorisée.");
        t["BR-FXEXT-06"] = new("A sub-line (with a parent line id) has no line status code.", "Une sous-ligne (avec identifiant de ligne parente) n'a pas de code de statut.");
        t["BR-FXEXT-08"] = new("The amount of a group line does not equal the sum of its sub-lines.", "Le montant d'une ligne de regroupement ne correspond pas à la somme de ses sous-lignes.");
        t["BR-FXEXT-11"] = new("A sub-line refers to a parent line that does not exist.", "Une sous-ligne fait référence à une ligne parente inexistante.");
        t["BR-FXEXT-12"] = new("Sub-groups of a group line with an amount must all have an amount.", "Les sous-groupes d'une ligne de regroupement chiffrée doivent tous avoir un montant.");
        t["BR-FXEXT-BR-22"] = new("A detail line has no quantity (BT-129).", "Une ligne de détail n'a pas de quantité (BT-129).");
        t["BR-FXEXT-BR-23"] = new("A detail line quantity has no unit of measure (BT-130).", "La quantité d'une ligne de détail n'a pas d'unité (BT-130).");
        t["BR-FXEXT-BR-24"] = new("A detail line has no net amount (BT-131).", "Une ligne de détail n'a pas de montant net (BT-131).");
        t["BR-FXEXT-BR-26"] = new("A detail line has no net price (BT-146).", "Une ligne de détail n'a pas de prix net (BT-146).");
        t["BR-FXEXT-BR-38"] = new("A document-level charge has no reason or reason code (BT-104, BT-105).", "Des frais du document n'ont ni motif ni code motif (BT-104, BT-105).");
        t["BR-FXEXT-BR-44"] = new("A line charge has no reason or reason code (BT-144, BT-145).", "Des frais de ligne n'ont ni motif ni code motif (BT-144, BT-145).");
        t["BR-FXEXT-BR-54-1"] = new("An item attribute has neither a name nor a type code (BT-160).", "Un attribut d'article n'a ni nom ni code de type (BT-160).");
        t["BR-FXEXT-BR-54-2"] = new("An item attribute needs either a value or a measure with a unit (BT-161).", "Un attribut d'article doit avoir soit une valeur, soit une mesure avec unité (BT-161).");
        t["BR-FXEXT-CO-04"] = new("A detail line has no VAT category (BT-151).", "Une ligne de détail n'a pas de catégorie de TVA (BT-151).");
        t["BR-FXEXT-CO-10"] = new("The sum of line net amounts (BT-106) differs from the detail lines beyond the tolerance.", "La somme des montants nets (BT-106) s'écarte des lignes de détail au-delà de la tolérance.");
        t["BR-FXEXT-CO-11"] = new("The allowances total (BT-107) differs from the document allowances beyond the tolerance.", "Le total des remises (BT-107) s'écarte des remises du document au-delà de la tolérance.");
        t["BR-FXEXT-CO-12"] = new("The charges total (BT-108) differs from the document charges beyond the tolerance.", "Le total des frais (BT-108) s'écarte des frais du document au-delà de la tolérance.");
        t["BR-FXEXT-CO-13"] = new("The total without VAT (BT-109) differs from lines - allowances + charges beyond the tolerance.", "Le total HT (BT-109) s'écarte de lignes - remises + frais au-delà de la tolérance.");
        t["BR-FXEXT-CO-15"] = new("The total with VAT (BT-112) differs from total without VAT + VAT total beyond the tolerance.", "Le total TTC (BT-112) s'écarte de HT + TVA au-delà de la tolérance.");
        t["BR-FXEXT-CO-16"] = new("The amount due (BT-115) does not equal total with VAT - prepaid + rounding + adjustments.", "Le montant à payer (BT-115) ne correspond pas à TTC - acomptes + arrondi + ajustements.");
        t["BR-FXEXT-CII-DT-097a"] = new("A date-time in format 205 is not a valid YYYYMMDDHHMM value.", "Une date-heure au format 205 n'est pas une valeur AAAAMMJJHHMM valide.");
    }

    /// <summary>The text of a structure check, composed from what it checks.</summary>
    public static RuleText StructureText(StructureCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var child = check.Child?.LocalName ?? string.Empty;
        var attribute = check.Attribute?.LocalName ?? string.Empty;
        return check.Kind switch
        {
            StructureCheckKind.Exactly => new($"The element {child} must appear exactly {check.Count} time(s) here in this Factur-X profile.",
                $"L'élément {child} doit figurer exactement {check.Count} fois ici dans ce profil Factur-X."),
            StructureCheckKind.AtMost => new($"The element {child} may appear at most {check.Count} time(s) here in this Factur-X profile.",
                $"L'élément {child} ne peut figurer que {check.Count} fois au plus ici dans ce profil Factur-X."),
            StructureCheckKind.AtLeast => new($"The element {child} must appear at least {check.Count} time(s) here in this Factur-X profile.",
                $"L'élément {child} doit figurer au moins {check.Count} fois ici dans ce profil Factur-X."),
            StructureCheckKind.Attribute => new($"The attribute {attribute} is required here in this Factur-X profile.",
                $"L'attribut {attribute} est obligatoire ici dans ce profil Factur-X."),
            StructureCheckKind.Code => check.Attribute is null
                ? new("The code given here is not in the code list this Factur-X profile allows.", "Le code indiqué ici n'est pas dans la liste de codes autorisée par ce profil Factur-X.")
                : new($"The value of the attribute {attribute} is not in the code list this Factur-X profile allows.",
                    $"La valeur de l'attribut {attribute} n'est pas dans la liste de codes autorisée par ce profil Factur-X."),
            _ => new("The invoice contains an element or attribute that this Factur-X profile does not use.",
                "La facture contient un élément ou un attribut que ce profil Factur-X n'utilise pas."),
        };
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
