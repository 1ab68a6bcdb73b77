namespace Encaisse.EInvoicing.Validation.Rules.XRechnung;

/// <summary>The English and French texts of the XRechnung rules (UBL and CII share the ids and the business terms).</summary>
internal static class XRechnungTexts
{
    /// <summary>Every rule id of the XRechnung rule set, with its texts.</summary>
    public static IReadOnlyDictionary<string, RuleText> All { get; } = new Dictionary<string, RuleText>(StringComparer.Ordinal)
    {
        // Peppol rules that XRechnung applies.
        ["PEPPOL-EN16931-R001"] = new("The business process (BT-23) is missing.", "Le processus métier (BT-23) est absent."),
        ["PEPPOL-EN16931-R005"] = new(
            "The VAT accounting currency (BT-6) must differ from the invoice currency (BT-5); leave it out when they are the same.",
            "La devise de comptabilisation de la TVA (BT-6) doit différer de la devise de la facture (BT-5) ; omettez-la si elles sont identiques."),
        ["PEPPOL-EN16931-R008"] = new("The document contains an empty element.", "Le document contient un élément vide."),
        ["PEPPOL-EN16931-R010"] = new("The buyer's electronic address (BT-49) is missing.", "L'adresse électronique de l'acheteur (BT-49) est absente."),
        ["PEPPOL-EN16931-R020"] = new("The seller's electronic address (BT-34) is missing.", "L'adresse électronique du vendeur (BT-34) est absente."),
        ["PEPPOL-EN16931-R040"] = new(
            "An allowance or charge amount does not equal its base amount times its percentage / 100 (BT-92/BT-99 = BT-93/BT-100 × BT-94/BT-101 / 100).",
            "Le montant d'une remise ou d'une charge n'est pas égal à sa base multipliée par son pourcentage / 100 (BT-92/BT-99 = BT-93/BT-100 × BT-94/BT-101 / 100)."),
        ["PEPPOL-EN16931-R041"] = new(
            "An allowance or charge gives a percentage but no base amount (BT-93/BT-100).",
            "Une remise ou une charge indique un pourcentage sans montant de base (BT-93/BT-100)."),
        ["PEPPOL-EN16931-R042"] = new(
            "An allowance or charge gives a base amount but no percentage (BT-94/BT-101).",
            "Une remise ou une charge indique un montant de base sans pourcentage (BT-94/BT-101)."),
        ["PEPPOL-EN16931-R043"] = new(
            "An allowance/charge indicator must be 'true' or 'false'.",
            "L'indicateur de remise ou de charge doit valoir « true » ou « false »."),
        ["PEPPOL-EN16931-R043-1"] = new(
            "An allowance/charge indicator must be 'true' or 'false'.",
            "L'indicateur de remise ou de charge doit valoir « true » ou « false »."),
        ["PEPPOL-EN16931-R043-2"] = new(
            "The indicator of a price discount must be 'true' or 'false'.",
            "L'indicateur d'une remise sur prix doit valoir « true » ou « false »."),
        ["PEPPOL-EN16931-R044"] = new(
            "Only an allowance (a discount) is allowed on the item price, not a charge (BT-147).",
            "Seule une remise est permise sur le prix de l'article, pas une charge (BT-147)."),
        ["PEPPOL-EN16931-R046"] = new(
            "The item net price (BT-146) must equal the gross price (BT-148) minus the price discount (BT-147).",
            "Le prix net de l'article (BT-146) doit être égal au prix brut (BT-148) moins la remise sur prix (BT-147)."),
        ["PEPPOL-EN16931-R053"] = new(
            "Exactly one VAT total with VAT breakdown must be given in the invoice currency (BT-110).",
            "Il faut exactement un total de TVA avec ventilation dans la devise de la facture (BT-110)."),
        ["PEPPOL-EN16931-R054"] = new(
            "A VAT total in the accounting currency (BT-111) must be given exactly when a VAT accounting currency (BT-6) is.",
            "Un total de TVA dans la devise de comptabilisation (BT-111) doit figurer exactement lorsque cette devise (BT-6) est indiquée."),
        ["PEPPOL-EN16931-R055"] = new(
            "The VAT totals in the invoice currency (BT-110) and in the accounting currency (BT-111) must have the same sign.",
            "Les totaux de TVA en devise de facture (BT-110) et en devise de comptabilisation (BT-111) doivent avoir le même signe."),
        ["PEPPOL-EN16931-R061"] = new(
            "A direct debit payment needs the mandate reference (BT-89).",
            "Un paiement par prélèvement exige la référence du mandat (BT-89)."),
        ["PEPPOL-EN16931-R101"] = new(
            "A line's object identifier reference must use document type 130.",
            "La référence d'objet d'une ligne doit utiliser le type de document 130."),
        ["PEPPOL-EN16931-R110"] = new(
            "A line's period start date (BT-134) is before the invoice period start date (BT-73).",
            "La date de début de période d'une ligne (BT-134) précède celle de la facture (BT-73)."),
        ["PEPPOL-EN16931-R111"] = new(
            "A line's period end date (BT-135) is after the invoice period end date (BT-74).",
            "La date de fin de période d'une ligne (BT-135) est postérieure à celle de la facture (BT-74)."),
        ["PEPPOL-EN16931-R120"] = new(
            "A line net amount (BT-131) does not equal quantity × (net price / base quantity) + line charges − line allowances.",
            "Le montant net d'une ligne (BT-131) n'est pas égal à quantité × (prix net / quantité de base) + charges − remises de la ligne."),
        ["PEPPOL-EN16931-R121"] = new(
            "The price base quantity (BT-149) must be greater than zero.",
            "La quantité de base du prix (BT-149) doit être supérieure à zéro."),
        ["PEPPOL-EN16931-R130"] = new(
            "The unit of the price base quantity (BT-150) must be the unit of the invoiced quantity (BT-130).",
            "L'unité de la quantité de base du prix (BT-150) doit être celle de la quantité facturée (BT-130)."),

        // German CIUS.
        ["BR-DE-1"] = new("The payment instructions (BG-16) are missing.", "Les instructions de paiement (BG-16) sont absentes."),
        ["BR-DE-2"] = new("The seller contact (BG-6) is missing.", "Le contact du vendeur (BG-6) est absent."),
        ["BR-DE-3"] = new("The seller's city (BT-37) is missing.", "La ville du vendeur (BT-37) est absente."),
        ["BR-DE-4"] = new("The seller's post code (BT-38) is missing.", "Le code postal du vendeur (BT-38) est absent."),
        ["BR-DE-5"] = new("The seller contact point (BT-41) is missing.", "Le point de contact du vendeur (BT-41) est absent."),
        ["BR-DE-6"] = new("The seller contact's telephone number (BT-42) is missing.", "Le téléphone du contact du vendeur (BT-42) est absent."),
        ["BR-DE-7"] = new("The seller contact's email address (BT-43) is missing.", "L'adresse e-mail du contact du vendeur (BT-43) est absente."),
        ["BR-DE-8"] = new("The buyer's city (BT-52) is missing.", "La ville de l'acheteur (BT-52) est absente."),
        ["BR-DE-9"] = new("The buyer's post code (BT-53) is missing.", "Le code postal de l'acheteur (BT-53) est absent."),
        ["BR-DE-10"] = new("The deliver-to city (BT-77) is missing.", "La ville de livraison (BT-77) est absente."),
        ["BR-DE-11"] = new("The deliver-to post code (BT-78) is missing.", "Le code postal de livraison (BT-78) est absent."),
        ["BR-DE-14"] = new("A VAT breakdown has no VAT rate (BT-119).", "Une ventilation de TVA n'a pas de taux (BT-119)."),
        ["BR-DE-15"] = new("The buyer reference (BT-10, Leitweg-ID) is missing.", "La référence de l'acheteur (BT-10, Leitweg-ID) est absente."),
        ["BR-DE-16"] = new(
            "With VAT categories S, Z, E, AE, K, G, L or M, the seller's VAT number (BT-31), tax number (BT-32) or tax representative (BG-11) must be given.",
            "Avec les catégories de TVA S, Z, E, AE, K, G, L ou M, le numéro de TVA du vendeur (BT-31), son numéro fiscal (BT-32) ou son représentant fiscal (BG-11) est obligatoire."),
        ["BR-DE-17"] = new(
            "The invoice type code (BT-3) should be 326, 380, 384, 389, 381, 875, 876 or 877.",
            "Le code de type de facture (BT-3) devrait être 326, 380, 384, 389, 381, 875, 876 ou 877."),
        ["BR-DE-18"] = new(
            "A cash discount line in the payment terms (BT-20) is not in the form #SKONTO#TAGE=n#PROZENT=n.nn# (optionally #BASISBETRAG=n.nn#) followed by a line break.",
            "Une ligne d'escompte des conditions de paiement (BT-20) n'a pas la forme #SKONTO#TAGE=n#PROZENT=n.nn# (éventuellement #BASISBETRAG=n.nn#) suivie d'un saut de ligne."),
        ["BR-DE-19"] = new(
            "For a SEPA credit transfer, the payment account (BT-84) should be a valid IBAN.",
            "Pour un virement SEPA, le compte de paiement (BT-84) devrait être un IBAN valide."),
        ["BR-DE-20"] = new(
            "For a SEPA direct debit, the debited account (BT-91) should be a valid IBAN.",
            "Pour un prélèvement SEPA, le compte débité (BT-91) devrait être un IBAN valide."),
        ["BR-DE-21"] = new(
            "The specification identifier (BT-24) should be the XRechnung 3.0 identifier.",
            "L'identifiant de spécification (BT-24) devrait être celui de XRechnung 3.0."),
        ["BR-DE-22"] = new("Two attached documents have the same file name (BT-125).", "Deux pièces jointes ont le même nom de fichier (BT-125)."),
        ["BR-DE-23-a"] = new(
            "A credit transfer payment needs the credit transfer details (BG-17).",
            "Un paiement par virement exige les informations de virement (BG-17)."),
        ["BR-DE-23-b"] = new(
            "A credit transfer payment must not carry card (BG-18) or direct debit (BG-19) details.",
            "Un paiement par virement ne doit pas comporter d'informations de carte (BG-18) ni de prélèvement (BG-19)."),
        ["BR-DE-24-a"] = new(
            "A card payment needs the payment card details (BG-18).",
            "Un paiement par carte exige les informations de la carte (BG-18)."),
        ["BR-DE-24-b"] = new(
            "A card payment must not carry credit transfer (BG-17) or direct debit (BG-19) details.",
            "Un paiement par carte ne doit pas comporter d'informations de virement (BG-17) ni de prélèvement (BG-19)."),
        ["BR-DE-25-a"] = new(
            "A direct debit payment needs the direct debit details (BG-19).",
            "Un paiement par prélèvement exige les informations de prélèvement (BG-19)."),
        ["BR-DE-25-b"] = new(
            "A direct debit payment must not carry credit transfer (BG-17) or card (BG-18) details.",
            "Un paiement par prélèvement ne doit pas comporter d'informations de virement (BG-17) ni de carte (BG-18)."),
        ["BR-DE-26"] = new(
            "A corrected invoice (type 384) should reference the preceding invoice (BG-3).",
            "Une facture rectificative (type 384) devrait faire référence à la facture précédente (BG-3)."),
        ["BR-DE-27"] = new(
            "The seller contact's telephone number (BT-42) should contain at least three digits.",
            "Le téléphone du contact du vendeur (BT-42) devrait contenir au moins trois chiffres."),
        ["BR-DE-28"] = new(
            "The seller contact's email address (BT-43) does not look like an email address.",
            "L'adresse e-mail du contact du vendeur (BT-43) n'a pas la forme d'une adresse e-mail."),
        ["BR-DE-30"] = new(
            "With direct debit details (BG-19), the bank assigned creditor identifier (BT-90) is required.",
            "Avec des informations de prélèvement (BG-19), l'identifiant créancier SEPA (BT-90) est obligatoire."),
        ["BR-DE-31"] = new(
            "With direct debit details (BG-19), the debited account (BT-91) is required.",
            "Avec des informations de prélèvement (BG-19), le compte débité (BT-91) est obligatoire."),
        ["BR-DE-TMP-32"] = new(
            "The invoice should give the delivery date (BT-72), the invoicing period (BG-14) or a period on every line (BG-26).",
            "La facture devrait indiquer la date de livraison (BT-72), la période de facturation (BG-14) ou une période sur chaque ligne (BG-26)."),
        ["BR-TMP-2"] = new(
            "The external document location (BT-124) must be an absolute URL with a scheme (e.g. https:).",
            "L'emplacement du document externe (BT-124) doit être une URL absolue avec un schéma (par ex. https:)."),
        ["BR-TMP-3"] = new(
            "When the gross and net prices both give a base quantity (BT-149), the quantities and their units (BT-150) must be the same.",
            "Lorsque les prix brut et net indiquent tous deux une quantité de base (BT-149), les quantités et leurs unités (BT-150) doivent être identiques."),

        // Clean-vehicles directive (CVD) profile.
        ["BR-DE-CVD-01"] = new("The contract reference (BT-12) is missing.", "La référence du contrat (BT-12) est absente."),
        ["BR-DE-CVD-02"] = new("The tender or lot reference (BT-17) is missing.", "La référence de l'appel d'offres ou du lot (BT-17) est absente."),
        ["BR-DE-CVD-03"] = new(
            "At least one line must classify a vehicle with scheme 'CVD' (BT-158) and carry the attribute 'cva' (BT-160).",
            "Au moins une ligne doit classer un véhicule avec le schéma « CVD » (BT-158) et porter l'attribut « cva » (BT-160)."),
        ["BR-DE-CVD-04"] = new(
            "A 'CVD' item classification (BT-158) must be a vehicle category M1, M2, M3, N1, N2 or N3.",
            "Une classification d'article « CVD » (BT-158) doit être une catégorie de véhicule M1, M2, M3, N1, N2 ou N3."),
        ["BR-DE-CVD-05"] = new(
            "The 'cva' item attribute value (BT-161) must be clean, zero-emission or other.",
            "La valeur de l'attribut d'article « cva » (BT-161) doit être clean, zero-emission ou other."),
        ["BR-DE-CVD-06-a"] = new(
            "A line with a 'CVD' classification (BT-158) must have exactly one 'cva' attribute (BT-160).",
            "Une ligne avec une classification « CVD » (BT-158) doit avoir exactement un attribut « cva » (BT-160)."),
        ["BR-DE-CVD-06-b"] = new(
            "A line with a 'cva' attribute (BT-160) must have exactly one 'CVD' classification (BT-158).",
            "Une ligne avec un attribut « cva » (BT-160) doit avoir exactement une classification « CVD » (BT-158)."),
        ["BR-TMP-CVD-01"] = new(
            "The item classification scheme (BT-158) must come from code list UNTDID 7143.",
            "Le schéma de classification d'article (BT-158) doit provenir de la liste UNTDID 7143."),

        // XRechnung extension.
        ["BR-DEX-01"] = new(
            "An attached document (BT-125) uses a MIME code the XRechnung extension does not allow.",
            "Une pièce jointe (BT-125) utilise un type MIME que l'extension XRechnung n'autorise pas."),
        ["BR-DEX-02"] = new(
            "A line net amount (BT-131) should equal the sum of the net amounts of its sub-lines.",
            "Le montant net d'une ligne (BT-131) devrait être égal à la somme des montants nets de ses sous-lignes."),
        ["BR-DEX-03"] = new(
            "Every sub-line must have exactly one VAT information (BG-DEX-06).",
            "Chaque sous-ligne doit avoir exactement une information de TVA (BG-DEX-06)."),
        ["BR-DEX-04"] = new(
            "A party identifier's scheme must come from the ISO 6523 ICD list (or XR01-XR03, or SEPA for the seller or payee).",
            "Le schéma d'un identifiant de partie doit provenir de la liste ISO 6523 ICD (ou XR01-XR03, ou SEPA pour le vendeur ou le bénéficiaire)."),
        ["BR-DEX-05"] = new(
            "A legal registration identifier's scheme must come from the ISO 6523 ICD list (or XR01-XR03).",
            "Le schéma d'un identifiant d'immatriculation doit provenir de la liste ISO 6523 ICD (ou XR01-XR03)."),
        ["BR-DEX-06"] = new(
            "An item standard identifier's scheme (BT-157) must come from the ISO 6523 ICD list (or XR01-XR03).",
            "Le schéma de l'identifiant standard d'un article (BT-157) doit provenir de la liste ISO 6523 ICD (ou XR01-XR03)."),
        ["BR-DEX-07"] = new(
            "An electronic address scheme must come from the CEF EAS list (or XR01-XR03).",
            "Le schéma d'une adresse électronique doit provenir de la liste CEF EAS (ou XR01-XR03)."),
        ["BR-DEX-08"] = new(
            "The delivery location identifier's scheme (BT-71) must come from the ISO 6523 ICD list (or XR01-XR03).",
            "Le schéma de l'identifiant du lieu de livraison (BT-71) doit provenir de la liste ISO 6523 ICD (ou XR01-XR03)."),
        ["BR-DEX-09"] = new(
            "The amount due (BT-115) must equal total with VAT (BT-112) − paid (BT-113) + rounding (BT-114) + third-party payments (BT-DEX-002).",
            "Le montant à payer (BT-115) doit être égal au total TTC (BT-112) − montant payé (BT-113) + arrondi (BT-114) + paiements de tiers (BT-DEX-002)."),
        ["BR-DEX-10"] = new(
            "A third-party payment needs its payment type (BT-DEX-001).",
            "Un paiement de tiers exige son type (BT-DEX-001)."),
        ["BR-DEX-11"] = new(
            "A third-party payment needs its amount (BT-DEX-002).",
            "Un paiement de tiers exige son montant (BT-DEX-002)."),
        ["BR-DEX-12"] = new(
            "A third-party payment needs its description (BT-DEX-003).",
            "Un paiement de tiers exige sa description (BT-DEX-003)."),
        ["BR-DEX-13"] = new(
            "A third-party payment amount (BT-DEX-002) has more than two decimals.",
            "Le montant d'un paiement de tiers (BT-DEX-002) a plus de deux décimales."),
        ["BR-DEX-14"] = new(
            "A third-party payment amount (BT-DEX-002) must be in the invoice currency (BT-5).",
            "Le montant d'un paiement de tiers (BT-DEX-002) doit être dans la devise de la facture (BT-5)."),
        ["BR-DEX-15"] = new(
            "Sub-lines (parent line references) should not be used in CII.",
            "Les sous-lignes (références de ligne parente) ne devraient pas être utilisées en CII."),
    };
}
