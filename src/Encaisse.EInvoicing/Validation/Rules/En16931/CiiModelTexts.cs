namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The English and French texts of the EN 16931 business rules (BR-*, BR-CO-*, BR-DEC-*, BR-&lt;VAT category&gt;-*) and
/// code-list rules (BR-CL-*) as the CII rule set reports them: what is wrong, which business term, for the person who
/// has to fix the invoice.
/// </summary>
internal static class CiiModelTexts
{
    public static void AddModel(Dictionary<string, RuleText> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        T(t, "BR-01", "The invoice has no specification identifier (BT-24).", "La facture n'a pas d'identifiant de spécification (BT-24).");
        T(t, "BR-02", "The invoice has no number (BT-1).", "La facture n'a pas de numéro (BT-1).");
        T(t, "BR-03", "The invoice has no issue date (BT-2) in format 102 (YYYYMMDD).", "La facture n'a pas de date d'émission (BT-2) au format 102 (AAAAMMJJ).");
        T(t, "BR-04", "The invoice has no type code (BT-3).", "La facture n'a pas de code de type (BT-3).");
        T(t, "BR-05", "The invoice has no currency code (BT-5).", "La facture n'a pas de code devise (BT-5).");
        T(t, "BR-06", "The seller's name (BT-27) is missing.", "Le nom du vendeur (BT-27) est absent.");
        T(t, "BR-07", "The buyer's name (BT-44) is missing.", "Le nom de l'acheteur (BT-44) est absent.");
        T(t, "BR-08", "The seller's postal address (BG-5) is missing.", "L'adresse postale du vendeur (BG-5) est absente.");
        T(t, "BR-09", "The seller's postal address has no country code (BT-40).", "L'adresse postale du vendeur n'a pas de code pays (BT-40).");
        T(t, "BR-10", "The buyer's postal address (BG-8) is missing.", "L'adresse postale de l'acheteur (BG-8) est absente.");
        T(t, "BR-11", "The buyer's postal address has no country code (BT-55).", "L'adresse postale de l'acheteur n'a pas de code pays (BT-55).");
        T(t, "BR-12", "The sum of invoice line net amounts (BT-106) is missing.", "La somme des montants nets des lignes (BT-106) est absente.");
        T(t, "BR-13", "The invoice total without VAT (BT-109) is missing.", "Le montant total HT de la facture (BT-109) est absent.");
        T(t, "BR-14", "The invoice total with VAT (BT-112) is missing.", "Le montant total TTC de la facture (BT-112) est absent.");
        T(t, "BR-15", "The amount due for payment (BT-115) is missing.", "Le montant à payer (BT-115) est absent.");
        T(t, "BR-16", "The invoice has no line (BG-25).", "La facture n'a aucune ligne (BG-25).");
        T(t, "BR-17", "The payee (BG-10) must have a name (BT-59) and be a party other than the seller.", "Le bénéficiaire (BG-10) doit avoir un nom (BT-59) et être distinct du vendeur.");
        T(t, "BR-18", "The seller's tax representative has no name (BT-62).", "Le représentant fiscal du vendeur n'a pas de nom (BT-62).");
        T(t, "BR-19", "The seller's tax representative has no postal address (BG-12).", "Le représentant fiscal du vendeur n'a pas d'adresse postale (BG-12).");
        T(t, "BR-20", "The tax representative's postal address has no country code (BT-69).", "L'adresse du représentant fiscal n'a pas de code pays (BT-69).");
        T(t, "BR-21", "An invoice line has no line identifier (BT-126).", "Une ligne de facture n'a pas d'identifiant (BT-126).");
        T(t, "BR-22", "An invoice line has no invoiced quantity (BT-129).", "Une ligne de facture n'a pas de quantité facturée (BT-129).");
        T(t, "BR-23", "An invoiced quantity has no unit of measure (BT-130).", "Une quantité facturée n'a pas d'unité de mesure (BT-130).");
        T(t, "BR-24", "An invoice line has no net amount (BT-131).", "Une ligne de facture n'a pas de montant net (BT-131).");
        T(t, "BR-25", "An invoice line has no item name (BT-153).", "Une ligne de facture n'a pas de nom d'article (BT-153).");
        T(t, "BR-26", "An invoice line has no item net price (BT-146).", "Une ligne de facture n'a pas de prix net (BT-146).");
        T(t, "BR-27", "An item net price (BT-146) is negative or missing.", "Un prix net d'article (BT-146) est négatif ou absent.");
        T(t, "BR-28", "An item gross price (BT-148) is negative.", "Un prix brut d'article (BT-148) est négatif.");
        T(t, "BR-29", "The invoicing period ends (BT-74) before it starts (BT-73).", "La période de facturation se termine (BT-74) avant de commencer (BT-73).");
        T(t, "BR-30", "An invoice line period ends (BT-135) before it starts (BT-134).", "Une période de ligne se termine (BT-135) avant de commencer (BT-134).");
        T(t, "BR-31", "A document level allowance has no amount (BT-92).", "Une remise au niveau du document n'a pas de montant (BT-92).");
        T(t, "BR-32", "A document level allowance has no VAT category code (BT-95).", "Une remise au niveau du document n'a pas de code de catégorie de TVA (BT-95).");
        T(t, "BR-33", "A document level allowance has neither a reason (BT-97) nor a reason code (BT-98).", "Une remise au niveau du document n'a ni motif (BT-97) ni code motif (BT-98).");
        T(t, "BR-36", "A document level charge has no amount (BT-99).", "Des frais au niveau du document n'ont pas de montant (BT-99).");
        T(t, "BR-37", "A document level charge has no VAT category code (BT-102).", "Des frais au niveau du document n'ont pas de code de catégorie de TVA (BT-102).");
        T(t, "BR-38", "A document level charge has neither a reason (BT-104) nor a reason code (BT-105).", "Des frais au niveau du document n'ont ni motif (BT-104) ni code motif (BT-105).");
        T(t, "BR-41", "An invoice line allowance has no amount (BT-136).", "Une remise de ligne n'a pas de montant (BT-136).");
        T(t, "BR-42", "An invoice line allowance has neither a reason (BT-139) nor a reason code (BT-140).", "Une remise de ligne n'a ni motif (BT-139) ni code motif (BT-140).");
        T(t, "BR-43", "An invoice line charge has no amount (BT-141).", "Des frais de ligne n'ont pas de montant (BT-141).");
        T(t, "BR-44", "An invoice line charge has neither a reason (BT-144) nor a reason code (BT-145).", "Des frais de ligne n'ont ni motif (BT-144) ni code motif (BT-145).");
        T(t, "BR-45", "A VAT breakdown has no taxable amount (BT-116).", "Une ventilation de TVA n'a pas de base imposable (BT-116).");
        T(t, "BR-46", "A VAT breakdown has no VAT amount (BT-117).", "Une ventilation de TVA n'a pas de montant de TVA (BT-117).");
        T(t, "BR-47", "A VAT breakdown has no VAT category code (BT-118).", "Une ventilation de TVA n'a pas de code de catégorie (BT-118).");
        T(t, "BR-48", "A VAT breakdown has no VAT rate (BT-119); only the category \"not subject to VAT\" may omit it.", "Une ventilation de TVA n'a pas de taux (BT-119) ; seule la catégorie « non soumis à la TVA » peut l'omettre.");
        T(t, "BR-49", "A payment instruction has no payment means type code (BT-81).", "Une instruction de paiement n'a pas de code de moyen de paiement (BT-81).");
        T(t, "BR-50", "A credit transfer needs the payment account identifier (BT-84).", "Un virement doit indiquer l'identifiant du compte de paiement (BT-84).");
        T(t, "BR-51", "The payment card number (BT-87) must not be given in full: at most the first 6 and last 4 digits.", "Le numéro de carte de paiement (BT-87) ne doit pas figurer en entier : au plus les 6 premiers et 4 derniers chiffres.");
        T(t, "BR-52", "An additional supporting document has no reference (BT-122).", "Un justificatif additionnel n'a pas de référence (BT-122).");
        T(t, "BR-53", "A VAT accounting currency (BT-6) is given, so the total VAT in that currency (BT-111) must be given too.", "Une devise de comptabilisation de la TVA (BT-6) est indiquée : le total de TVA dans cette devise (BT-111) doit l'être aussi.");
        T(t, "BR-54", "An item attribute needs both a name (BT-160) and a value (BT-161).", "Un attribut d'article doit avoir un nom (BT-160) et une valeur (BT-161).");
        T(t, "BR-55", "A preceding invoice reference (BG-3) has no invoice number (BT-25).", "Une référence à une facture antérieure (BG-3) n'a pas de numéro (BT-25).");
        T(t, "BR-56", "The seller's tax representative has no VAT identifier (BT-63).", "Le représentant fiscal du vendeur n'a pas de numéro de TVA (BT-63).");
        T(t, "BR-57", "The deliver-to address has no country code (BT-80).", "L'adresse de livraison n'a pas de code pays (BT-80).");
        T(t, "BR-61", "This payment means (credit transfer) needs the payment account identifier (BT-84).", "Ce moyen de paiement (virement) exige l'identifiant du compte de paiement (BT-84).");
        T(t, "BR-62", "The seller's electronic address (BT-34) has no scheme identifier.", "L'adresse électronique du vendeur (BT-34) n'a pas d'identifiant de schéma.");
        T(t, "BR-63", "The buyer's electronic address (BT-49) has no scheme identifier.", "L'adresse électronique de l'acheteur (BT-49) n'a pas d'identifiant de schéma.");
        T(t, "BR-64", "An item standard identifier (BT-157) has no scheme identifier.", "Un identifiant normalisé d'article (BT-157) n'a pas d'identifiant de schéma.");
        T(t, "BR-65", "An item classification identifier (BT-158) has no scheme identifier.", "Un code de classification d'article (BT-158) n'a pas d'identifiant de schéma.");

        T(t, "BR-CO-03", "The VAT point date (BT-7) and the VAT point date code (BT-8) cannot both be given.", "La date d'exigibilité de la TVA (BT-7) et son code (BT-8) ne peuvent pas être indiqués ensemble.");
        T(t, "BR-CO-04", "An invoice line has no VAT category code (BT-151).", "Une ligne de facture n'a pas de code de catégorie de TVA (BT-151).");
        T(t, "BR-CO-05", "A document level allowance reason code (BT-98) and reason (BT-97) must describe the same allowance.", "Le code motif (BT-98) et le motif (BT-97) d'une remise doivent désigner la même remise.");
        T(t, "BR-CO-06", "A document level charge reason code (BT-105) and reason (BT-104) must describe the same charge.", "Le code motif (BT-105) et le motif (BT-104) de frais doivent désigner les mêmes frais.");
        T(t, "BR-CO-07", "A line allowance reason code (BT-140) and reason (BT-139) must describe the same allowance.", "Le code motif (BT-140) et le motif (BT-139) d'une remise de ligne doivent désigner la même remise.");
        T(t, "BR-CO-08", "A line charge reason code (BT-145) and reason (BT-144) must describe the same charge.", "Le code motif (BT-145) et le motif (BT-144) de frais de ligne doivent désigner les mêmes frais.");
        T(t, "BR-CO-09", "A VAT identifier (BT-31, BT-48 or BT-63) does not start with a country prefix (ISO 3166-1 alpha-2, or EL for Greece).", "Un numéro de TVA (BT-31, BT-48 ou BT-63) ne commence pas par un préfixe pays (ISO 3166-1 alpha-2, ou EL pour la Grèce).");
        T(t, "BR-CO-10", "The sum of line net amounts (BT-106) does not equal the total of the invoice line net amounts (BT-131).", "La somme des montants nets des lignes (BT-106) ne correspond pas au total des montants nets des lignes (BT-131).");
        T(t, "BR-CO-11", "The sum of document level allowances (BT-107) does not equal the total of the allowance amounts (BT-92).", "La somme des remises au niveau du document (BT-107) ne correspond pas au total des remises (BT-92).");
        T(t, "BR-CO-12", "The sum of document level charges (BT-108) does not equal the total of the charge amounts (BT-99).", "La somme des frais au niveau du document (BT-108) ne correspond pas au total des frais (BT-99).");
        T(t, "BR-CO-13", "The invoice total without VAT (BT-109) does not equal line total (BT-106) minus allowances (BT-107) plus charges (BT-108).", "Le total HT (BT-109) n'est pas égal au total des lignes (BT-106) moins les remises (BT-107) plus les frais (BT-108).");
        T(t, "BR-CO-14", "The invoice total VAT (BT-110) does not equal the sum of the VAT amounts per category (BT-117).", "Le total de TVA (BT-110) n'est pas égal à la somme des montants de TVA par catégorie (BT-117).");
        T(t, "BR-CO-15", "The invoice total with VAT (BT-112) does not equal the total without VAT (BT-109) plus the total VAT (BT-110).", "Le total TTC (BT-112) n'est pas égal au total HT (BT-109) plus le total de TVA (BT-110).");
        T(t, "BR-CO-16", "The amount due (BT-115) does not equal the total with VAT (BT-112) minus the paid amount (BT-113) plus rounding (BT-114).", "Le montant à payer (BT-115) n'est pas égal au total TTC (BT-112) moins le montant payé (BT-113) plus l'arrondi (BT-114).");
        T(t, "BR-CO-17", "A VAT amount (BT-117) does not equal the taxable amount (BT-116) times the rate (BT-119), rounded to two decimals.", "Un montant de TVA (BT-117) n'est pas égal à la base imposable (BT-116) multipliée par le taux (BT-119), arrondi à deux décimales.");
        T(t, "BR-CO-18", "The invoice has no VAT breakdown (BG-23).", "La facture n'a pas de ventilation de TVA (BG-23).");
        T(t, "BR-CO-19", "The invoicing period (BG-14) has neither a start date (BT-73) nor an end date (BT-74).", "La période de facturation (BG-14) n'a ni date de début (BT-73) ni date de fin (BT-74).");
        T(t, "BR-CO-20", "An invoice line period (BG-26) has neither a start date (BT-134) nor an end date (BT-135).", "Une période de ligne (BG-26) n'a ni date de début (BT-134) ni date de fin (BT-135).");
        T(t, "BR-CO-21", "A document level allowance needs a reason (BT-97) or a reason code (BT-98).", "Une remise au niveau du document doit avoir un motif (BT-97) ou un code motif (BT-98).");
        T(t, "BR-CO-22", "A document level charge needs a reason (BT-104) or a reason code (BT-105).", "Des frais au niveau du document doivent avoir un motif (BT-104) ou un code motif (BT-105).");
        T(t, "BR-CO-23", "An invoice line allowance needs a reason (BT-139) or a reason code (BT-140).", "Une remise de ligne doit avoir un motif (BT-139) ou un code motif (BT-140).");
        T(t, "BR-CO-24", "An invoice line charge needs a reason (BT-144) or a reason code (BT-145).", "Des frais de ligne doivent avoir un motif (BT-144) ou un code motif (BT-145).");
        T(t, "BR-CO-26", "The seller must be identified by an identifier (BT-29), a legal registration identifier (BT-30) or a VAT identifier (BT-31).", "Le vendeur doit être identifié par un identifiant (BT-29), un numéro d'immatriculation (BT-30) ou un numéro de TVA (BT-31).");

        Decimals(t, "BR-DEC-01", "document level allowance amount (BT-92)", "le montant de remise au niveau du document (BT-92)");
        Decimals(t, "BR-DEC-02", "document level allowance base amount (BT-93)", "le montant de base de remise au niveau du document (BT-93)");
        Decimals(t, "BR-DEC-05", "document level charge amount (BT-99)", "le montant de frais au niveau du document (BT-99)");
        Decimals(t, "BR-DEC-06", "document level charge base amount (BT-100)", "le montant de base des frais au niveau du document (BT-100)");
        Decimals(t, "BR-DEC-09", "sum of invoice line net amounts (BT-106)", "la somme des montants nets des lignes (BT-106)");
        Decimals(t, "BR-DEC-10", "sum of allowances on document level (BT-107)", "la somme des remises au niveau du document (BT-107)");
        Decimals(t, "BR-DEC-11", "sum of charges on document level (BT-108)", "la somme des frais au niveau du document (BT-108)");
        Decimals(t, "BR-DEC-12", "invoice total without VAT (BT-109)", "le total HT de la facture (BT-109)");
        Decimals(t, "BR-DEC-13", "invoice total VAT (BT-110)", "le total de TVA de la facture (BT-110)");
        Decimals(t, "BR-DEC-14", "invoice total with VAT (BT-112)", "le total TTC de la facture (BT-112)");
        Decimals(t, "BR-DEC-15", "total VAT in accounting currency (BT-111)", "le total de TVA en devise de comptabilisation (BT-111)");
        Decimals(t, "BR-DEC-16", "paid amount (BT-113)", "le montant payé (BT-113)");
        Decimals(t, "BR-DEC-17", "rounding amount (BT-114)", "le montant d'arrondi (BT-114)");
        Decimals(t, "BR-DEC-18", "amount due for payment (BT-115)", "le montant à payer (BT-115)");
        Decimals(t, "BR-DEC-19", "VAT category taxable amount (BT-116)", "la base imposable par catégorie de TVA (BT-116)");
        Decimals(t, "BR-DEC-20", "VAT category tax amount (BT-117)", "le montant de TVA par catégorie (BT-117)");
        Decimals(t, "BR-DEC-23", "invoice line net amount (BT-131)", "le montant net de ligne (BT-131)");
        Decimals(t, "BR-DEC-24", "invoice line allowance amount (BT-136)", "le montant de remise de ligne (BT-136)");
        Decimals(t, "BR-DEC-25", "invoice line allowance base amount (BT-137)", "le montant de base de remise de ligne (BT-137)");
        Decimals(t, "BR-DEC-27", "invoice line charge amount (BT-141)", "le montant de frais de ligne (BT-141)");
        Decimals(t, "BR-DEC-28", "invoice line charge base amount (BT-142)", "le montant de base des frais de ligne (BT-142)");

        AddCategories(t);
    }

    public static void AddCodes(Dictionary<string, RuleText> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        T(t, "BR-CL-01", "The invoice type code (BT-3) is not an invoice or credit note code of UNTDID 1001.", "Le code de type de facture (BT-3) n'est pas un code de facture ou d'avoir de l'UNTDID 1001.");
        T(t, "BR-CL-03", "A currency (currencyID) is not an ISO 4217 code.", "Une devise (currencyID) n'est pas un code ISO 4217.");
        T(t, "BR-CL-04", "The invoice currency code (BT-5) is not an ISO 4217 code.", "Le code devise de la facture (BT-5) n'est pas un code ISO 4217.");
        T(t, "BR-CL-05", "The VAT accounting currency code (BT-6) is not an ISO 4217 code.", "Le code devise de comptabilisation de la TVA (BT-6) n'est pas un code ISO 4217.");
        T(t, "BR-CL-06", "The VAT point date code (BT-8) is not 5, 29 or 72 (UNTDID 2475).", "Le code de date d'exigibilité de la TVA (BT-8) n'est pas 5, 29 ou 72 (UNTDID 2475).");
        T(t, "BR-CL-07", "An object identifier scheme (BT-18) is not a UNTDID 1153 code.", "Le schéma d'un identifiant d'objet (BT-18) n'est pas un code UNTDID 1153.");
        T(t, "BR-CL-08", "An invoice note subject code (BT-21) is not a UNTDID 4451 code.", "Le code sujet d'une note (BT-21) n'est pas un code UNTDID 4451.");
        T(t, "BR-CL-10", "An identifier's scheme is not in the ISO 6523 ICD list.", "Le schéma d'un identifiant ne figure pas dans la liste ISO 6523 ICD.");
        T(t, "BR-CL-11", "A registration identifier's scheme is not in the ISO 6523 ICD list.", "Le schéma d'un numéro d'immatriculation ne figure pas dans la liste ISO 6523 ICD.");
        T(t, "BR-CL-13", "An item classification scheme (BT-158) is not a UNTDID 7143 code.", "Le schéma d'une classification d'article (BT-158) n'est pas un code UNTDID 7143.");
        T(t, "BR-CL-14", "A country code is not an ISO 3166-1 alpha-2 code.", "Un code pays n'est pas un code ISO 3166-1 alpha-2.");
        T(t, "BR-CL-15", "The item country of origin (BT-159) is not an ISO 3166-1 alpha-2 code.", "Le pays d'origine de l'article (BT-159) n'est pas un code ISO 3166-1 alpha-2.");
        T(t, "BR-CL-16", "The payment means code (BT-81) is not a UNTDID 4461 code.", "Le code de moyen de paiement (BT-81) n'est pas un code UNTDID 4461.");
        T(t, "BR-CL-17", "An allowance or charge VAT category code (BT-95, BT-102) is not a UNTDID 5305 code used by EN 16931.", "Le code de catégorie de TVA d'une remise ou de frais (BT-95, BT-102) n'est pas un code UNTDID 5305 admis par l'EN 16931.");
        T(t, "BR-CL-18", "A VAT category code (BT-118, BT-151) is not a UNTDID 5305 code used by EN 16931.", "Un code de catégorie de TVA (BT-118, BT-151) n'est pas un code UNTDID 5305 admis par l'EN 16931.");
        T(t, "BR-CL-19", "An allowance reason code (BT-98, BT-140) is not a UNTDID 5189 code.", "Un code motif de remise (BT-98, BT-140) n'est pas un code UNTDID 5189.");
        T(t, "BR-CL-20", "A charge reason code (BT-105, BT-145) is not a UNTDID 7161 code.", "Un code motif de frais (BT-105, BT-145) n'est pas un code UNTDID 7161.");
        T(t, "BR-CL-21", "An item standard identifier scheme (BT-157) is not in the ISO 6523 ICD list.", "Le schéma d'un identifiant normalisé d'article (BT-157) ne figure pas dans la liste ISO 6523 ICD.");
        T(t, "BR-CL-22", "A VAT exemption reason code (BT-121) is not a VATEX code.", "Un code de motif d'exonération de TVA (BT-121) n'est pas un code VATEX.");
        T(t, "BR-CL-23", "A unit of measure (BT-130, BT-150) is not a UN/ECE Recommendation 20 or 21 code.", "Une unité de mesure (BT-130, BT-150) n'est pas un code des recommandations 20 ou 21 de la CEE-ONU.");
        T(t, "BR-CL-24", "An attached document (BT-125) has a MIME type other than PDF, PNG, JPEG, CSV, XLSX or ODS.", "Une pièce jointe (BT-125) a un type MIME autre que PDF, PNG, JPEG, CSV, XLSX ou ODS.");
        T(t, "BR-CL-25", "An electronic address scheme (BT-34, BT-49) is not in the EAS code list.", "Le schéma d'une adresse électronique (BT-34, BT-49) ne figure pas dans la liste EAS.");
        T(t, "BR-CL-26", "The deliver-to location identifier scheme (BT-71) is not in the ISO 6523 ICD list.", "Le schéma de l'identifiant du lieu de livraison (BT-71) ne figure pas dans la liste ISO 6523 ICD.");
    }

    private static void T(Dictionary<string, RuleText> t, string id, string english, string french) => t[id] = new RuleText(english, french);

    private static void Decimals(Dictionary<string, RuleText> t, string id, string english, string french) =>
        T(t, id, $"The {english} has more than two decimals.", $"{char.ToUpperInvariant(french[0])}{french[1..]} a plus de deux décimales.");

    // The VAT category rules, written per category: (prefix, code, English name, French name).
    private static void AddCategories(Dictionary<string, RuleText> t)
    {
        // "Reverse charge": seller and buyer identification
        Category(t, "AE", "AE", "reverse charge", "autoliquidation",
            sellerEn: "the seller's VAT identifier (BT-31), tax registration (BT-32) or tax representative VAT identifier (BT-63), and the buyer's VAT identifier (BT-48) or legal registration identifier (BT-47)",
            sellerFr: "le numéro de TVA du vendeur (BT-31), son numéro fiscal (BT-32) ou le numéro de TVA du représentant fiscal (BT-63), ainsi que le numéro de TVA de l'acheteur (BT-48) ou son numéro d'immatriculation (BT-47)",
            rate: RateRule.Zero,
            exemption: Exemption.Required);
        Category(t, "AF", "L", "IGIC (Canary Islands)", "IGIC (îles Canaries)",
            sellerEn: "the seller's VAT identifier (BT-31), tax registration (BT-32) or tax representative VAT identifier (BT-63)",
            sellerFr: "le numéro de TVA du vendeur (BT-31), son numéro fiscal (BT-32) ou le numéro de TVA du représentant fiscal (BT-63)",
            rate: RateRule.Positive,
            exemption: Exemption.Forbidden);
        Category(t, "AG", "M", "IPSI (Ceuta and Melilla)", "IPSI (Ceuta et Melilla)",
            sellerEn: "the seller's VAT identifier (BT-31), tax registration (BT-32) or tax representative VAT identifier (BT-63)",
            sellerFr: "le numéro de TVA du vendeur (BT-31), son numéro fiscal (BT-32) ou le numéro de TVA du représentant fiscal (BT-63)",
            rate: RateRule.NonNegative,
            exemption: Exemption.Forbidden);
        Category(t, "E", "E", "exempt from VAT", "exonéré de TVA",
            sellerEn: "the seller's VAT identifier (BT-31), tax registration (BT-32) or tax representative VAT identifier (BT-63)",
            sellerFr: "le numéro de TVA du vendeur (BT-31), son numéro fiscal (BT-32) ou le numéro de TVA du représentant fiscal (BT-63)",
            rate: RateRule.Zero,
            exemption: Exemption.Required);
        Category(t, "G", "G", "export outside the EU", "exportation hors UE",
            sellerEn: "the seller's VAT identifier (BT-31) or tax representative VAT identifier (BT-63)",
            sellerFr: "le numéro de TVA du vendeur (BT-31) ou celui du représentant fiscal (BT-63)",
            rate: RateRule.Zero,
            exemption: Exemption.Required);
        Category(t, "IC", "K", "intra-community supply", "livraison intracommunautaire",
            sellerEn: "the seller's VAT identifier (BT-31) or tax representative VAT identifier (BT-63), and the buyer's VAT identifier (BT-48)",
            sellerFr: "le numéro de TVA du vendeur (BT-31) ou celui du représentant fiscal (BT-63), ainsi que le numéro de TVA de l'acheteur (BT-48)",
            rate: RateRule.Zero,
            exemption: Exemption.Required);
        Category(t, "S", "S", "standard rated", "taux normal",
            sellerEn: "the seller's VAT identifier (BT-31), tax registration (BT-32) or tax representative VAT identifier (BT-63)",
            sellerFr: "le numéro de TVA du vendeur (BT-31), son numéro fiscal (BT-32) ou le numéro de TVA du représentant fiscal (BT-63)",
            rate: RateRule.Positive,
            exemption: Exemption.Forbidden);
        Category(t, "Z", "Z", "zero rated", "taux zéro",
            sellerEn: "the seller's VAT identifier (BT-31), tax registration (BT-32) or tax representative VAT identifier (BT-63)",
            sellerFr: "le numéro de TVA du vendeur (BT-31), son numéro fiscal (BT-32) ou le numéro de TVA du représentant fiscal (BT-63)",
            rate: RateRule.Zero,
            exemption: Exemption.Forbidden);

        // "Not subject to VAT" reverses the identification rule and forbids rates.
        T(t, "BR-O-01", "With VAT category \"not subject to VAT\" (O) on a line, allowance or charge, the VAT breakdown (BG-23) must contain exactly one \"O\" group.", "Avec la catégorie « non soumis à la TVA » (O) sur une ligne, une remise ou des frais, la ventilation de TVA (BG-23) doit contenir exactement un groupe « O ».");
        foreach (var (n, whatEn, whatFr) in Parts)
        {
            T(t, $"BR-O-0{n}", $"{whatEn} \"not subject to VAT\" (O): the invoice must not contain a seller VAT identifier (BT-31), tax representative VAT identifier (BT-63) or buyer VAT identifier (BT-48).", $"{whatFr} « non soumis à la TVA » (O) : la facture ne doit contenir ni numéro de TVA du vendeur (BT-31), ni du représentant fiscal (BT-63), ni de l'acheteur (BT-48).");
        }

        T(t, "BR-O-05", "An invoice line \"not subject to VAT\" (O) must not have a VAT rate (BT-152).", "Une ligne « non soumise à la TVA » (O) ne doit pas avoir de taux de TVA (BT-152).");
        T(t, "BR-O-06", "A document level allowance \"not subject to VAT\" (O) must not have a VAT rate (BT-96).", "Une remise au niveau du document « non soumise à la TVA » (O) ne doit pas avoir de taux de TVA (BT-96).");
        T(t, "BR-O-07", "A document level charge \"not subject to VAT\" (O) must not have a VAT rate (BT-103).", "Des frais au niveau du document « non soumis à la TVA » (O) ne doivent pas avoir de taux de TVA (BT-103).");
        T(t, "BR-O-08", "The taxable amount (BT-116) of the \"not subject to VAT\" breakdown does not equal its lines minus allowances plus charges.", "La base imposable (BT-116) de la ventilation « non soumis à la TVA » n'est pas égale à ses lignes moins remises plus frais.");
        T(t, "BR-O-09", "The VAT amount (BT-117) of the \"not subject to VAT\" breakdown must be 0.", "Le montant de TVA (BT-117) de la ventilation « non soumis à la TVA » doit être 0.");
        T(t, "BR-O-10", "The \"not subject to VAT\" breakdown needs an exemption reason (BT-120) or reason code (BT-121).", "La ventilation « non soumis à la TVA » doit avoir un motif d'exonération (BT-120) ou un code motif (BT-121).");
        T(t, "BR-O-11", "An invoice with a \"not subject to VAT\" breakdown must not contain any other VAT breakdown.", "Une facture avec une ventilation « non soumis à la TVA » ne doit contenir aucune autre ventilation de TVA.");
        T(t, "BR-O-12", "An invoice with a \"not subject to VAT\" breakdown must not contain lines of another VAT category (BT-151).", "Une facture avec une ventilation « non soumis à la TVA » ne doit pas contenir de lignes d'une autre catégorie de TVA (BT-151).");
        T(t, "BR-O-13", "An invoice with a \"not subject to VAT\" breakdown must not contain allowances of another VAT category (BT-95).", "Une facture avec une ventilation « non soumis à la TVA » ne doit pas contenir de remises d'une autre catégorie de TVA (BT-95).");
        T(t, "BR-O-14", "An invoice with a \"not subject to VAT\" breakdown must not contain charges of another VAT category (BT-102).", "Une facture avec une ventilation « non soumis à la TVA » ne doit pas contenir de frais d'une autre catégorie de TVA (BT-102).");

        T(t, "BR-IC-11", "With an intra-community supply breakdown, the actual delivery date (BT-72) or the invoicing period (BG-14) must be given.", "Avec une ventilation « livraison intracommunautaire », la date de livraison (BT-72) ou la période de facturation (BG-14) doit être indiquée.");
        T(t, "BR-IC-12", "With an intra-community supply breakdown, the deliver-to country code (BT-80) must be given.", "Avec une ventilation « livraison intracommunautaire », le code pays de livraison (BT-80) doit être indiqué.");

        T(t, "BR-B-01", "An invoice with VAT category \"split payment\" (B) must be a domestic Italian invoice (every country code IT).", "Une facture avec la catégorie « paiement scindé » (B) doit être une facture italienne domestique (tous les codes pays IT).");
        T(t, "BR-B-02", "An invoice with VAT category \"split payment\" (B) must not also contain the standard rate category (S).", "Une facture avec la catégorie « paiement scindé » (B) ne doit pas contenir aussi la catégorie au taux normal (S).");
    }

    private enum RateRule
    {
        Zero,
        Positive,
        NonNegative,
    }

    private enum Exemption
    {
        Required,
        Forbidden,
    }

    // Rules -02/-03/-04 (and -05/-06/-07) apply to the line, the document level allowance and the document level charge.
    private static readonly (int N, string En, string Fr)[] Parts =
    [
        (2, "An invoice line with VAT category (BT-151)", "Une ligne de catégorie de TVA (BT-151)"),
        (3, "A document level allowance with VAT category (BT-95)", "Une remise au niveau du document de catégorie de TVA (BT-95)"),
        (4, "A document level charge with VAT category (BT-102)", "Des frais au niveau du document de catégorie de TVA (BT-102)"),
    ];

    private static readonly (int N, string En, string Fr)[] RateParts =
    [
        (5, "invoice line VAT rate (BT-152)", "taux de TVA de la ligne (BT-152)"),
        (6, "document level allowance VAT rate (BT-96)", "taux de TVA de la remise (BT-96)"),
        (7, "document level charge VAT rate (BT-103)", "taux de TVA des frais (BT-103)"),
    ];

    private static void Category(
        Dictionary<string, RuleText> t,
        string prefix,
        string code,
        string nameEn,
        string nameFr,
        string sellerEn,
        string sellerFr,
        RateRule rate,
        Exemption exemption)
    {
        var exactlyOne = prefix is "AE" or "E" or "G" or "IC" or "Z";
        T(t, $"BR-{prefix}-01",
            exactlyOne
                ? $"With VAT category \"{nameEn}\" ({code}) on a line, allowance or charge, the VAT breakdown (BG-23) must contain exactly one \"{code}\" group."
                : $"With VAT category \"{nameEn}\" ({code}) on a line, allowance or charge, the VAT breakdown (BG-23) must contain a \"{code}\" group.",
            exactlyOne
                ? $"Avec la catégorie « {nameFr} » ({code}) sur une ligne, une remise ou des frais, la ventilation de TVA (BG-23) doit contenir exactement un groupe « {code} »."
                : $"Avec la catégorie « {nameFr} » ({code}) sur une ligne, une remise ou des frais, la ventilation de TVA (BG-23) doit contenir un groupe « {code} ».");

        foreach (var (n, whatEn, whatFr) in Parts)
        {
            T(t, $"BR-{prefix}-0{n}", $"{whatEn} \"{nameEn}\" ({code}) requires {sellerEn}.", $"{whatFr} « {nameFr} » ({code}) exige {sellerFr}.");
        }

        foreach (var (n, whatEn, whatFr) in RateParts)
        {
            var (en, fr) = rate switch
            {
                RateRule.Zero => ("must be 0", "doit être 0"),
                RateRule.Positive => ("must be greater than 0", "doit être supérieur à 0"),
                _ => ("must be 0 or more", "doit être positif ou nul"),
            };
            T(t, $"BR-{prefix}-0{n}", $"With VAT category \"{nameEn}\" ({code}), the {whatEn} {en}.", $"Avec la catégorie « {nameFr} » ({code}), le {whatFr} {fr}.");
        }

        T(t, $"BR-{prefix}-08",
            $"The taxable amount (BT-116) of the \"{nameEn}\" breakdown does not equal the sum of its line net amounts minus allowances plus charges (per rate where the category has rates).",
            $"La base imposable (BT-116) de la ventilation « {nameFr} » n'est pas égale à la somme de ses lignes moins remises plus frais (par taux lorsque la catégorie a des taux).");
        T(t, $"BR-{prefix}-09",
            rate == RateRule.Zero
                ? $"The VAT amount (BT-117) of the \"{nameEn}\" breakdown must be 0."
                : $"The VAT amount (BT-117) of the \"{nameEn}\" breakdown must equal its taxable amount (BT-116) times its rate (BT-119).",
            rate == RateRule.Zero
                ? $"Le montant de TVA (BT-117) de la ventilation « {nameFr} » doit être 0."
                : $"Le montant de TVA (BT-117) de la ventilation « {nameFr} » doit être égal à sa base (BT-116) multipliée par son taux (BT-119).");
        T(t, $"BR-{prefix}-10",
            exemption == Exemption.Required
                ? $"The \"{nameEn}\" breakdown needs an exemption reason (BT-120) or reason code (BT-121)."
                : $"The \"{nameEn}\" breakdown must not have an exemption reason (BT-120) or reason code (BT-121).",
            exemption == Exemption.Required
                ? $"La ventilation « {nameFr} » doit avoir un motif d'exonération (BT-120) ou un code motif (BT-121)."
                : $"La ventilation « {nameFr} » ne doit pas avoir de motif d'exonération (BT-120) ni de code motif (BT-121).");
    }
}
