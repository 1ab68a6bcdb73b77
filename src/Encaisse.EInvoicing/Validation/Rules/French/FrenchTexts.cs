using System.Collections.Frozen;

namespace Encaisse.EInvoicing.Validation.Rules.French;

/// <summary>
/// The texts of the French CIUS rules, for both syntaxes (the CII and UBL files give some rules different ids;
/// each id has its text). Written for the person fixing the invoice, with the EN 16931 / AFNOR term ids.
/// </summary>
internal static class FrenchTexts
{
    /// <summary>Every BR-FR id of the CII and UBL files, with its English and French text.</summary>
    public static IReadOnlyDictionary<string, RuleText> All { get; } = Build();

    private static FrozenDictionary<string, RuleText> Build()
    {
        var t = new Dictionary<string, RuleText>(StringComparer.Ordinal);
        void Add(string id, string en, string fr) => t.Add(id, new RuleText(en, fr));

        // BR-FR-01/02: invoice numbers.
        foreach (var (bt, en, fr) in new[]
                 {
                     ("BT-1", "invoice number", "Le numéro de facture"),
                     ("BT-25", "referenced invoice number", "Le numéro de la facture référencée"),
                     ("EXT-FR-FE-136", "invoice number referenced on a line", "Le numéro de facture référencé sur une ligne"),
                 })
        {
            var length = new RuleText($"The {en} ({bt}) is longer than 35 characters.", $"{fr} ({bt}) dépasse 35 caractères.");
            var format = new RuleText(
                $"The {en} ({bt}) may only contain letters, digits and + - _ /, without spaces.",
                $"{fr} ({bt}) ne peut contenir que des lettres, des chiffres et + - _ /, sans espace.");
            t.Add("BR-FR-01_" + bt, length);
            t.Add("BR-FR-02_" + bt, format);
        }

        t.Add("BR-FR-01_BT-1-1", t["BR-FR-01_BT-1"]);
        t.Add("BR-FR-01_BT-1-2", t["BR-FR-02_BT-1"]);
        t.Add("BR-FR-01_BT-25-1", t["BR-FR-01_BT-25"]);
        t.Add("BR-FR-01_BT-25-2", t["BR-FR-02_BT-25"]);
        t.Add("BR-FR-01_EXT-FR-FE-136-1", t["BR-FR-01_EXT-FR-FE-136"]);
        t.Add("BR-FR-01_BT-EXT-FR-FE-136-2", t["BR-FR-02_EXT-FR-FE-136"]);

        // BR-FR-03: dates.
        foreach (var (ids, bt, en, fr) in new[]
                 {
                     (new[] { "BR-FR-03_BT-2" }, "BT-2", "invoice issue date", "La date d'émission de la facture"),
                     (["BR-FR-03_BT-7"], "BT-7", "VAT point date", "La date d'exigibilité de la TVA"),
                     (["BR-FR-03_BT-9"], "BT-9", "payment due date", "La date d'échéance"),
                     (["BR-FR-03_BT-26"], "BT-26", "date of the referenced invoice", "La date de la facture référencée"),
                     (["BR-FR-03_BT-72"], "BT-72", "actual delivery date", "La date de livraison"),
                     (["BR-FR-03_BT-73"], "BT-73", "start of the invoicing period", "La date de début de la période de facturation"),
                     (["BR-FR-03_BT-74"], "BT-74", "end of the invoicing period", "La date de fin de la période de facturation"),
                     (["BR-FR-03_EXT-FR-FE-138"], "EXT-FR-FE-138", "date of the invoice referenced on a line", "La date de la facture référencée sur une ligne"),
                     (["BR-FR-03_EXT-FR-FE-158"], "EXT-FR-FE-158", "delivery date of a line", "La date de livraison d'une ligne"),
                     (["BR-FR-03_EXT-FR-FE-134", "BR-FR-03_BT-134"], "BT-134", "start of a line's invoicing period", "La date de début de période d'une ligne"),
                     (["BR-FR-03_EXT-FR-FE-135", "BR-FR-03_BT-135"], "BT-135", "end of a line's invoicing period", "La date de fin de période d'une ligne"),
                 })
        {
            foreach (var id in ids)
            {
                Add(id, $"The {en} ({bt}) is not a real date between 2000 and 2099.", $"{fr} ({bt}) n'est pas une date réelle comprise entre 2000 et 2099.");
            }
        }

        // BR-FR-04: type codes.
        const string Types = "380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, 502, 503";
        Add("BR-FR-04_BT-3", $"The invoice type code (BT-3) is not accepted in France (allowed: {Types}).", $"Le code type de facture (BT-3) n'est pas accepté en France (autorisés : {Types}).");
        Add("BR-FR-04_EXT-FR-FE-02", $"The type code of the referenced invoice (EXT-FR-FE-02) is not accepted in France (allowed: {Types}).", $"Le code type de la facture référencée (EXT-FR-FE-02) n'est pas accepté en France (autorisés : {Types}).");
        Add("BR-FR-04_EXT-FR-FE-137", $"The type code of an invoice referenced on a line (EXT-FR-FE-137) is not accepted in France (allowed: {Types}).", $"Le code type d'une facture référencée sur une ligne (EXT-FR-FE-137) n'est pas accepté en France (autorisés : {Types}).");

        // BR-FR-05/06: notes.
        foreach (var (code, suffixes, en, fr) in new[]
                 {
                     ("PMT", new[] { "_PMT", "-1" }, "the fixed recovery indemnity (40 EUR)", "l'indemnité forfaitaire pour frais de recouvrement (40 EUR)"),
                     ("PMD", ["_PMD", "-2"], "the late-payment penalties", "les pénalités de retard"),
                     ("AAB", ["_AAB", "-3"], "the early-payment discount or its absence", "l'escompte ou son absence"),
                 })
        {
            foreach (var suffix in suffixes)
            {
                Add("BR-FR-05_BT-22" + suffix, $"The note {code} stating {en} is missing (BG-1).", $"La note {code} indiquant {fr} est absente (BG-1).");
            }
        }

        foreach (var (code, suffixes) in new[] { ("PMT", new[] { "_PMT", "-1" }), ("PMD", ["_PMD", "-2"]), ("AAB", ["_AAB", "-3"]), ("TXD", ["_TXD", "-4"]) })
        {
            foreach (var suffix in suffixes)
            {
                Add("BR-FR-06_BT-21" + suffix, $"The note subject code {code} (BT-21) appears more than once.", $"Le code sujet de note {code} (BT-21) apparaît plus d'une fois.");
            }
        }

        Add("BR-FR-08_BT-23", "The billing framework (BT-23) is missing or not one of B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9.",
            "Le cadre de facturation (BT-23) est absent ou n'est pas l'un de B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9.");

        // BR-FR-09: SIRET.
        foreach (var (bt, en, fr) in new[]
                 {
                     ("BT-29", "seller", "du vendeur"), ("BT-46", "buyer", "de l'acheteur"), ("BT-60", "payee", "du bénéficiaire"),
                     ("EXT-FR-FE-06", "buyer's agent", "de l'agent de l'acheteur"), ("EXT-FR-FE-46", "payer", "du payeur"),
                     ("EXT-FR-FE-69", "seller's agent", "de l'agent du vendeur"), ("EXT-FR-FE-92", "invoicee", "du facturé"),
                     ("EXT-FR-FE-115", "invoicer", "du facturant"), ("BT-71", "delivery place", "du lieu de livraison"),
                     ("EXT-FR-FE-146", "line delivery place", "du lieu de livraison de la ligne"),
                 })
        {
            Add("BR-FR-09_" + bt, $"The {en}'s SIRET ({bt}, scheme 0009) must have 14 digits and start with its SIREN.", $"Le SIRET {fr} ({bt}, schéma 0009) doit compter 14 chiffres et commencer par son SIREN.");
        }

        Add("BR-FR-10_BT-30", "The seller's SIREN (BT-30, scheme 0002) is missing or is not 9 digits.", "Le SIREN du vendeur (BT-30, schéma 0002) est absent ou ne compte pas 9 chiffres.");
        Add("BR-FR-11_BT-47", "A B2B invoice needs the buyer's SIREN (BT-47, scheme 0002, 9 digits).", "Une facture B2B exige le SIREN de l'acheteur (BT-47, schéma 0002, 9 chiffres).");
        Add("BR-FR-12_BT-49", "The buyer's electronic address (BT-49) is missing.", "L'adresse électronique de l'acheteur (BT-49) est absente.");
        Add("BR-FR-13_BT-34", "The seller's electronic address (BT-34) is missing.", "L'adresse électronique du vendeur (BT-34) est absente.");

        // BR-FR-15/16: VAT categories and rates.
        const string Categories = "S, E, AE, K, G, O, Z";
        foreach (var (ids, where, ou) in new[]
                 {
                     (new[] { "BR-FR-15_BT-95_BT-102", "BR-FR-15_BT-95_BT-102-1" }, "a document-level allowance or charge (BT-95/BT-102)", "une remise ou charge de document (BT-95/BT-102)"),
                     (["BR-FR-15_BT-95_BT-118", "BR-FR-15_BT-118-1"], "a VAT breakdown (BT-118)", "une ventilation de TVA (BT-118)"),
                     (["BR-FR-15_BT-95_BT-151", "BR-FR-15_BT-151-1"], "an invoice line (BT-151)", "une ligne de facture (BT-151)"),
                 })
        {
            foreach (var id in ids)
            {
                Add(id, $"The VAT category of {where} is missing or not one of {Categories}.", $"La catégorie de TVA d'{ou} est absente ou n'est pas l'une de {Categories}.");
            }
        }

        foreach (var (ids, where, ou) in new[]
                 {
                     (new[] { "BR-FR-15_BT-95_BT-102_LM", "BR-FR-15_BT-95_BT-102-2" }, "a document-level allowance or charge (BT-95/BT-102)", "une remise ou charge de document (BT-95/BT-102)"),
                     (["BR-FR-15_BT-95_BT-118_LM", "BR-FR-15_BT-118-2"], "a VAT breakdown (BT-118)", "une ventilation de TVA (BT-118)"),
                     (["BR-FR-15_BT-95_BT-151_LM", "BR-FR-08_BT-151-2"], "an invoice line (BT-151)", "une ligne de facture (BT-151)"),
                 })
        {
            foreach (var id in ids)
            {
                Add(id, $"The VAT categories L and M (Canary Islands, Ceuta and Melilla) do not apply in France: see {where}.", $"Les catégories de TVA L et M (Canaries, Ceuta et Melilla) ne s'appliquent pas en France : voir {ou}.");
            }
        }

        const string Rates = "0, 20, 10, 13, 8.5, 19.6, 2.1, 5.5, 7, 20.6, 1.05, 0.9, 1.75, 9.2, 9.6";
        foreach (var (ids, bt) in new[]
                 {
                     (new[] { "BR-FR-16_BT-96_BT-103", "BR-FR-16_BT-96", "BR-FR-16_BT-103" }, "BT-96/BT-103"),
                     (["BR-FR-16_BT-119"], "BT-119"),
                     (["BR-FR-16_BT-152"], "BT-152"),
                 })
        {
            foreach (var id in ids)
            {
                Add(id, $"The VAT rate ({bt}) is not a French rate written as a plain number ({Rates}).", $"Le taux de TVA ({bt}) n'est pas un taux français écrit comme un nombre simple ({Rates}).");
            }
        }

        Add("BR-FR-17_BT-123", "The attachment description (BT-123) is not a French qualifier (RIB, LISIBLE, FEUILLE_DE_STYLE, PJA, BORDEREAU_SUIVI, DOCUMENT_ANNEXE, BON_LIVRAISON, BON_COMMANDE, ...).",
            "La description de la pièce jointe (BT-123) n'est pas un qualifiant français (RIB, LISIBLE, FEUILLE_DE_STYLE, PJA, BORDEREAU_SUIVI, DOCUMENT_ANNEXE, BON_LIVRAISON, BON_COMMANDE…).");
        Add("BR-FR-18_BT-123", "Only one attachment may be described as LISIBLE (BT-123).", "Une seule pièce jointe peut être décrite LISIBLE (BT-123).");
        Add("BR-FR-20_BT-21", "The BAR note must say B2B, B2BINT, B2C, OUTOFSCOPE or ARCHIVEONLY.", "La note BAR doit valoir B2B, B2BINT, B2C, OUTOFSCOPE ou ARCHIVEONLY.");
        Add("BR-FR-21_BT-49", "On a B2B invoice that is not self-billed, the buyer's electronic address (BT-49) must use scheme 0225 and start with the buyer's SIREN.",
            "Sur une facture B2B hors autofacturation, l'adresse électronique de l'acheteur (BT-49) doit utiliser le schéma 0225 et commencer par son SIREN.");
        Add("BR-FR-22_BT-34", "On a self-billed invoice, the seller's electronic address (BT-34) must use scheme 0225 and start with the seller's SIREN.",
            "Sur une autofacture, l'adresse électronique du vendeur (BT-34) doit utiliser le schéma 0225 et commencer par son SIREN.");

        // BR-FR-23/25: electronic addresses.
        foreach (var (bt, en, fr) in new[]
                 {
                     ("BT-34", "seller", "du vendeur"), ("BT-49", "buyer", "de l'acheteur"), ("EXT-FR-FE-12", "buyer's agent", "de l'agent de l'acheteur"),
                     ("EXT-FR-FE-29", "payee", "du bénéficiaire"), ("EXT-FR-FE-52", "payer", "du payeur"), ("EXT-FR-FE-75", "seller's agent", "de l'agent du vendeur"),
                     ("EXT-FR-FE-98", "invoicee", "du facturé"), ("EXT-FR-FE-121", "invoicer", "du facturant"),
                 })
        {
            Add("BR-FR-23_" + bt, $"The {en}'s electronic address ({bt}, scheme 0225) may only contain letters, digits and + - _ .",
                $"L'adresse électronique {fr} ({bt}, schéma 0225) ne peut contenir que des lettres, des chiffres et + - _ .");
            Add("BR-FR-25_" + bt, $"The {en}'s electronic address ({bt}) is longer than 125 characters.", $"L'adresse électronique {fr} ({bt}) dépasse 125 caractères.");
        }

        foreach (var (bt, en, fr) in new[] { ("BT-29", "seller", "du vendeur"), ("BT-46", "buyer", "de l'acheteur") })
        {
            Add("BR-FR-24_" + bt, $"The {en}'s private identifier ({bt}, scheme 0224) may only contain letters, digits and + - _ .",
                $"L'identifiant privé {fr} ({bt}, schéma 0224) ne peut contenir que des lettres, des chiffres et + - _ .");
            Add("BR-FR-26_" + bt, $"The {en}'s private identifier ({bt}, scheme 0224) is longer than 100 characters.", $"L'identifiant privé {fr} ({bt}, schéma 0224) dépasse 100 caractères.");
        }

        Add("BR-FR-27_BG-32", "An item attribute (BG-32) needs a name (BT-160) or a code (EXT-FR-FE-159).", "Un attribut d'article (BG-32) exige un nom (BT-160) ou un code (EXT-FR-FE-159).");
        Add("BR-FR-27_BT-160", "An item attribute name (BT-160) is empty.", "Un nom d'attribut d'article (BT-160) est vide.");
        Add("BR-FR-27_EXT-FR-FE-159", "An item attribute code (EXT-FR-FE-159) is empty.", "Un code d'attribut d'article (EXT-FR-FE-159) est vide.");
        Add("BR-FR-28-Value", "An item attribute (BG-32) needs either a value (BT-161) or a measured value with its unit, not both.", "Un attribut d'article (BG-32) exige soit une valeur (BT-161), soit une valeur mesurée avec son unité, pas les deux.");
        Add("BR-FR-29_BT-18", "The invoiced object identifiers (BT-18) may use the schemes AFL and AVV only once each.", "Les identifiants d'objet facturé (BT-18) ne peuvent utiliser les schémas AFL et AVV qu'une fois chacun.");
        Add("BR-FR-29_AFL", "An invoiced object identifier with scheme AFL (BT-18) is empty.", "Un identifiant d'objet facturé de schéma AFL (BT-18) est vide.");
        Add("BR-FR-29_AVV", "An invoiced object identifier with scheme AVV (BT-18) is empty.", "Un identifiant d'objet facturé de schéma AVV (BT-18) est vide.");
        Add("BR-FR-30_BT-128", "A line's object identifiers (BT-128) may use the schemes AFL and AVV only once each.", "Les identifiants d'objet d'une ligne (BT-128) ne peuvent utiliser les schémas AFL et AVV qu'une fois chacun.");
        Add("BR-FR-30_AFL", "A line object identifier with scheme AFL (BT-128) is empty.", "Un identifiant d'objet de ligne de schéma AFL (BT-128) est vide.");
        Add("BR-FR-30_AVV", "A line object identifier with scheme AVV (BT-128) is empty.", "Un identifiant d'objet de ligne de schéma AVV (BT-128) est vide.");
        foreach (var id in new[] { "BR-FR-31_BT-21", "BR-FR-30_BT-21" })
        {
            Add(id, "The invoice gives more than one BAR treatment (B2B, B2BINT, B2C, B2CINT, OUTOFSCOPE, ARCHIVEONLY).", "La facture indique plus d'un traitement BAR (B2B, B2BINT, B2C, B2CINT, OUTOFSCOPE, ARCHIVEONLY).");
        }

        Add("BR-FR-32-LEGALID", "A legal registration identifier with scheme 0002 (SIREN) is not 9 digits.", "Un identifiant légal de schéma 0002 (SIREN) ne compte pas 9 chiffres.");
        foreach (var id in new[] { "BR-FR-32-GLOBALID", "BR-FR-32-ID" })
        {
            Add(id, "A party identifier with scheme 0002 (SIREN) or 0231 (VAT group) is not 9 digits.", "Un identifiant de partie de schéma 0002 (SIREN) ou 0231 (assujetti unique) ne compte pas 9 chiffres.");
        }

        // BR-FR-CO-*: consistency.
        Add("BR-FR-CO-03_BT-3", "A credit note for a global discount (262) needs the contract reference (BT-12) and the invoicing period start and end (BG-14).",
            "Un avoir de remise globale (262) exige la référence du contrat (BT-12) et les dates de début et de fin de période (BG-14).");
        foreach (var id in new[] { "BR-FR-CO-04_BT-4", "BR-FR-CO-04_BT-3" })
        {
            Add(id, "A corrective invoice (384, 471, 472, 473) must reference exactly one earlier invoice (BT-25).", "Une facture rectificative (384, 471, 472, 473) doit référencer exactement une facture antérieure (BT-25).");
        }

        Add("BR-FR-CO-05_BT-3", "A credit note (261, 381, 396, 502, 503) must reference the invoice it credits with its date (BT-25, BT-26), in the header or on every line.",
            "Un avoir (261, 381, 396, 502, 503) doit référencer la facture qu'il annule avec sa date (BT-25, BT-26), en en-tête ou sur chaque ligne.");
        Add("BR-FR-CO-07_BT-9", "The due date (BT-9) is before the issue date (BT-2).", "La date d'échéance (BT-9) est antérieure à la date d'émission (BT-2).");
        Add("BR-FR-CO-08_BT-23", "A final invoice after deposits (BT-23 B4, S4, M4) cannot be a deposit invoice or credit note (386, 500, 503).",
            "Une facture définitive après acompte (BT-23 B4, S4, M4) ne peut pas être une facture ou un avoir d'acompte (386, 500, 503).");
        Add("BR-FR-CO-09_BT-23-1", "An invoice already paid (BT-23 B2, S2, M2) must have a paid amount (BT-113) equal to the total with VAT (BT-112).",
            "Une facture déjà payée (BT-23 B2, S2, M2) doit avoir un montant payé (BT-113) égal au total TTC (BT-112).");
        Add("BR-FR-CO-09_BT-23-2", "An invoice already paid (BT-23 B2, S2, M2) must have an amount due (BT-115) of 0.", "Une facture déjà payée (BT-23 B2, S2, M2) doit avoir un net à payer (BT-115) nul.");
        Add("BR-FR-CO-09_BT-23-3", "An invoice already paid (BT-23 B2, S2, M2) must state the payment date as due date (BT-9).", "Une facture déjà payée (BT-23 B2, S2, M2) doit indiquer la date de paiement comme date d'échéance (BT-9).");
        foreach (var (bt, en, fr) in new[]
                 {
                     ("BT-29", "seller", "du vendeur"), ("BT-46", "buyer", "de l'acheteur"), ("BT-60", "payee", "du bénéficiaire"),
                     ("EXT-FR-FE-06", "buyer's agent", "de l'agent de l'acheteur"), ("EXT-FR-FE-46", "payer", "du payeur"),
                     ("EXT-FR-FE-69", "seller's agent", "de l'agent du vendeur"), ("EXT-FR-FE-92", "invoicee", "du facturé"),
                     ("EXT-FR-FE-115", "invoicer", "du facturant"), ("BT-71", "delivery place", "du lieu de livraison"),
                     ("EXT-FR-FE-146", "line delivery place", "du lieu de livraison de la ligne"),
                 })
        {
            Add("BR-FR-CO-10_" + bt + "-1", $"An identifier of the {en} ({bt}) has no scheme.", $"Un identifiant {fr} ({bt}) n'a pas de schéma.");
            Add("BR-FR-CO-10_" + bt + "-2", $"The {en}'s identifiers ({bt}) use the same scheme twice.", $"Les identifiants {fr} ({bt}) utilisent deux fois le même schéma.");
        }

        Add("BR-FR-CO-12_BT-5", "An invoice not in euros must give EUR as VAT accounting currency (BT-6) and the VAT total in euros (BT-111).",
            "Une facture hors euro doit indiquer EUR comme devise de comptabilisation de la TVA (BT-6) et le total de TVA en euros (BT-111).");
        Add("BR-FR-CO-14_BT-29-1", "A seller member of a VAT group (scheme 0231) needs a TXD note saying MEMBRE_ASSUJETTI_UNIQUE.", "Un vendeur membre d'un assujetti unique (schéma 0231) exige une note TXD MEMBRE_ASSUJETTI_UNIQUE.");
        Add("BR-FR-CO-15_BT-29-1", "A seller member of a VAT group (scheme 0231) needs the tax representative (BG-11) with the group's VAT number (BT-63).",
            "Un vendeur membre d'un assujetti unique (schéma 0231) exige le représentant fiscal (BG-11) avec le numéro de TVA du groupe (BT-63).");

        // BR-FR-DEC-*: number formats.
        foreach (var (bt, en, fr) in new[]
                 {
                     ("BT-92_BT-99", "A document allowance or charge amount", "Le montant d'une remise ou charge de document"),
                     ("BT-93_BT-100", "A document allowance or charge base amount", "L'assiette d'une remise ou charge de document"),
                     ("BT-106", "The sum of line net amounts", "La somme des montants nets des lignes"),
                     ("BT-107", "The sum of allowances", "La somme des remises"),
                     ("BT-108", "The sum of charges", "La somme des charges"),
                     ("BT-109", "The total without VAT", "Le total HT"),
                     ("BT-110", "The VAT total", "Le total de TVA"),
                     ("BT-111", "The VAT total in accounting currency", "Le total de TVA en devise de comptabilisation"),
                     ("BT-112", "The total with VAT", "Le total TTC"),
                     ("BT-113", "The paid amount", "Le montant payé"),
                     ("BT-114", "The rounding amount", "Le montant d'arrondi"),
                     ("BT-115", "The amount due", "Le net à payer"),
                     ("BT-116", "A VAT taxable amount", "Une base imposable de TVA"),
                     ("BT-117", "A VAT amount of the breakdown", "Un montant de TVA de la ventilation"),
                     ("BT-131", "A line net amount", "Le montant net d'une ligne"),
                     ("BT-136_BT-141", "A line allowance or charge amount", "Le montant d'une remise ou charge de ligne"),
                     ("BT-137_BT-142", "A line allowance or charge base amount", "L'assiette d'une remise ou charge de ligne"),
                 })
        {
            var shown = bt.Replace('_', '/');
            Add("BR-FR-DEC-01_" + bt, $"{en} ({shown}) must be a number with at most 2 decimals, a point as separator and at most 19 digits.",
                $"{fr} ({shown}) doit être un nombre d'au plus 2 décimales, avec un point comme séparateur et au plus 19 chiffres.");
        }

        Add("BR-FR-DEC-02_BT-129", "The invoiced quantity (BT-129) must be a number with at most 4 decimals and 19 digits.", "La quantité facturée (BT-129) doit être un nombre d'au plus 4 décimales et 19 chiffres.");
        Add("BR-FR-DEC-02_BT-149", "The price base quantity (BT-149) must be a number with at most 4 decimals and 19 digits.", "La quantité de base du prix (BT-149) doit être un nombre d'au plus 4 décimales et 19 chiffres.");
        foreach (var (bt, en, fr) in new[]
                 {
                     ("BT-146", "The item net price", "Le prix net de l'article"),
                     ("BT-147", "The item price discount", "Le rabais sur le prix de l'article"),
                     ("BT-148", "The item gross price", "Le prix brut de l'article"),
                 })
        {
            Add("BR-FR-DEC-03_" + bt, $"{en} ({bt}) must be a positive number with at most 6 decimals and 19 digits (negative only for a bidirectional invoice, BT-23 B9, S9, M9).",
                $"{fr} ({bt}) doit être un nombre positif d'au plus 6 décimales et 19 chiffres (négatif seulement pour une facture bidirectionnelle, BT-23 B9, S9, M9).");
        }

        foreach (var bt in new[] { "BT-96_BT-103", "BT-119", "BT-152" })
        {
            var shown = bt.Replace('_', '/');
            Add("BR-FR-DEC-04_" + bt, $"The VAT rate ({shown}) must be a positive number with at most 2 decimals and 4 digits.", $"Le taux de TVA ({shown}) doit être un nombre positif d'au plus 2 décimales et 4 chiffres.");
        }

        // Multi-vendor (B8/S8/M8) and bidirectional (B9/S9/M9) invoices.
        Add("BR-FR-MV-01_EXT-FR-FE-163", "On a multi-vendor or bidirectional invoice every line needs a line sub-type (EXT-FR-FE-163).", "Sur une facture multi-vendeurs ou bidirectionnelle, chaque ligne exige un sous-type de ligne (EXT-FR-FE-163).");
        Add("BR-FR-MV-02_EXT-FR-FE-163", "A multi-vendor invoice needs at least one GROUP line without parent (EXT-FR-FE-163).", "Une facture multi-vendeurs exige au moins une ligne GROUP sans parent (EXT-FR-FE-163).");
        Add("BR-FR-BD-02_EXT-FR-FE-163", "A bidirectional invoice needs exactly two GROUP lines without parent (EXT-FR-FE-163).", "Une facture bidirectionnelle exige exactement deux lignes GROUP sans parent (EXT-FR-FE-163).");
        foreach (var id in new[] { "BR-FR-BD-02_BT-31", "BR-FR-BD-02_BT-30" })
        {
            Add(id, "A bidirectional invoice needs exactly one GROUP line whose line seller is the seller (BT-30).", "Une facture bidirectionnelle exige exactement une ligne GROUP dont le vendeur de ligne est le vendeur (BT-30).");
        }

        Add("BR-FR-BD-02_BT-47", "A bidirectional invoice needs exactly one GROUP line whose line seller is the buyer (BT-47).", "Une facture bidirectionnelle exige exactement une ligne GROUP dont le vendeur de ligne est l'acheteur (BT-47).");
        Add("BR-FR-MV-03_EXT-FR-FE-164", "A GROUP line without parent needs its seller's name (EXT-FR-FE-164).", "Une ligne GROUP sans parent exige le nom de son vendeur (EXT-FR-FE-164).");
        Add("BR-FR-MV-03_EXT-FR-FE-167", "A GROUP line without parent needs its seller's legal identifier (EXT-FR-FE-167).", "Une ligne GROUP sans parent exige l'identifiant légal de son vendeur (EXT-FR-FE-167).");
        Add("BR-FR-MV-03_EXT-FR-FE-177", "A GROUP line without parent needs its seller's country (EXT-FR-FE-177).", "Une ligne GROUP sans parent exige le pays de son vendeur (EXT-FR-FE-177).");
        Add("BR-FR-MV-03_EXT-FR-FE-181", "A GROUP line without parent needs its VAT total in the invoice currency (EXT-FR-FE-181).", "Une ligne GROUP sans parent exige son total de TVA en devise de facture (EXT-FR-FE-181).");
        Add("BR-FR-MV-03_EXT-FR-FE-182", "A GROUP line without parent needs its VAT total in the VAT accounting currency (EXT-FR-FE-182).", "Une ligne GROUP sans parent exige son total de TVA en devise de comptabilisation (EXT-FR-FE-182).");
        Add("BR-FR-MV-03_BT-128_AFL", "A GROUP line without parent needs its sub-invoice number (BT-128, scheme AFL, type 130).", "Une ligne GROUP sans parent exige son numéro de sous-facture (BT-128, schéma AFL, type 130).");
        Add("BR-FR-MV-03_BT-128_AVV", "A GROUP line without parent needs its billing framework (BT-128, scheme AVV, type 130), other than M8, S8, B8.",
            "Une ligne GROUP sans parent exige son cadre de facturation (BT-128, schéma AVV, type 130), autre que M8, S8, B8.");
        Add("BR-FR-MV-05_EXT-FR-FE-BG-12", "A GROUP line's net amount (BT-131) differs from the sum of its sub-lines.", "Le montant net d'une ligne GROUP (BT-131) diffère de la somme de ses sous-lignes.");
        Add("BR-FR-MV-06_EXT-FR-FE-167", "Every line needs its seller's legal identifier (EXT-FR-FE-167), the same as its parent line's.", "Chaque ligne exige l'identifiant légal de son vendeur (EXT-FR-FE-167), identique à celui de sa ligne parente.");
        Add("BR-FR-MV-07_BT-128", "Every line needs its sub-invoice number (BT-128, AFL), the same as its parent line's.", "Chaque ligne exige son numéro de sous-facture (BT-128, AFL), identique à celui de sa ligne parente.");
        Add("BR-FR-MV-08_BT-128", "A DETAIL line's VAT exemption reason must start with its sub-invoice number between # signs.", "Le motif d'exonération de TVA d'une ligne DETAIL doit commencer par son numéro de sous-facture entre #.");
        Add("BR-FR-MV-09_EXT-FR-FE-181", "A GROUP line's VAT total (EXT-FR-FE-181) differs from the VAT breakdowns of its sub-invoice.", "Le total de TVA d'une ligne GROUP (EXT-FR-FE-181) diffère des ventilations de TVA de sa sous-facture.");
        Add("BR-FR-MV-10_EXT-FR-FE-184", "A GROUP line's total with VAT (EXT-FR-FE-184) differs from its net amount plus its VAT.", "Le total TTC d'une ligne GROUP (EXT-FR-FE-184) diffère de son montant net augmenté de sa TVA.");
        Add("BR-FR-MV-11_BT-128", "The main seller's GROUP line must carry the invoice number (BT-1) as sub-invoice number (BT-128, AFL).", "La ligne GROUP du vendeur principal doit porter le numéro de facture (BT-1) comme numéro de sous-facture (BT-128, AFL).");
        Add("BR-FR-MV-12_BT-128", "Two GROUP lines have the same sub-invoice number (BT-128, AFL).", "Deux lignes GROUP ont le même numéro de sous-facture (BT-128, AFL).");
        Add("BR-FR-MV-13_BT-3", "A multi-vendor invoice cannot be self-billed (BT-3 389, 261, 501, 500, 502, 471, 473).", "Une facture multi-vendeurs ne peut pas être une autofacture (BT-3 389, 261, 501, 500, 502, 471, 473).");
        foreach (var id in new[] { "BR-FR-BD-13_BT-3", "BR-FR-MV-BD_BT-3" })
        {
            Add(id, "A bidirectional invoice must be self-billed (BT-3 389, 261, 501, 500, 502, 471, 473).", "Une facture bidirectionnelle doit être une autofacture (BT-3 389, 261, 501, 500, 502, 471, 473).");
        }

        foreach (var kind in new[] { "MV", "BD" })
        {
            Add($"BR-FR-{kind}-14-EXT-FR-FE-136", "On a corrective invoice or credit note of this kind, each GROUP line must reference the earlier invoice (EXT-FR-FE-136).",
                "Sur une facture rectificative ou un avoir de ce type, chaque ligne GROUP doit référencer la facture antérieure (EXT-FR-FE-136).");
            Add($"BR-FR-{kind}-14-EXT-FR-FE-138", "On a corrective invoice or credit note of this kind, each GROUP line must give the earlier invoice's date (EXT-FR-FE-138).",
                "Sur une facture rectificative ou un avoir de ce type, chaque ligne GROUP doit donner la date de la facture antérieure (EXT-FR-FE-138).");
        }

        return t.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
