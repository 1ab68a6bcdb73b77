namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>What each Peppol rule means for the person who has to fix the invoice, in English and French.</summary>
public sealed partial class PeppolUbl
{
    private static void Add(Dictionary<string, RuleText> texts, string id, string english, string french) => texts.Add(id, new RuleText(english, french));

    private static void AddTransactionTexts(Dictionary<string, RuleText> t)
    {
        Add(t, "PEPPOL-EN16931-R001", "The business process (BT-23, ProfileID) is missing.", "Le processus métier (BT-23, ProfileID) est absent.");
        Add(t, "PEPPOL-EN16931-R002", "Only one invoice note (BT-22) is allowed, unless seller and buyer are both in Germany.", "Une seule note de facture (BT-22) est admise, sauf si le vendeur et l'acheteur sont tous deux en Allemagne.");
        Add(t, "PEPPOL-EN16931-R003", "Give a buyer reference (BT-10) or a purchase order reference (BT-13).", "Indiquez une référence acheteur (BT-10) ou une référence de bon de commande (BT-13).");
        Add(t, "PEPPOL-EN16931-R004", "The specification identifier (BT-24) must be urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0.", "L'identifiant de spécification (BT-24) doit être urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0.");
        Add(t, "PEPPOL-EN16931-R005", "The VAT accounting currency (BT-6) must differ from the invoice currency (BT-5).", "La devise de comptabilisation de la TVA (BT-6) doit être différente de la devise de facture (BT-5).");
        Add(t, "PEPPOL-EN16931-R007", "The business process (BT-23) is not a Peppol billing process (e.g. urn:fdc:peppol.eu:2017:poacc:billing:01:1.0).", "Le processus métier (BT-23) n'est pas un processus de facturation Peppol (par ex. urn:fdc:peppol.eu:2017:poacc:billing:01:1.0).");
        Add(t, "PEPPOL-EN16931-R008", "The document contains an empty element.", "Le document contient un élément vide.");
        Add(t, "PEPPOL-EN16931-R010", "The buyer's electronic address (BT-49) is missing.", "L'adresse électronique de l'acheteur (BT-49) est absente.");
        Add(t, "PEPPOL-EN16931-R020", "The seller's electronic address (BT-34) is missing.", "L'adresse électronique du vendeur (BT-34) est absente.");
        Add(t, "PEPPOL-EN16931-R040", "An allowance or charge amount does not equal base amount × percentage / 100.", "Le montant d'une remise ou d'une charge n'est pas égal à assiette × pourcentage / 100.");
        Add(t, "PEPPOL-EN16931-R041", "An allowance or charge has a percentage but no base amount.", "Une remise ou une charge a un pourcentage mais pas d'assiette.");
        Add(t, "PEPPOL-EN16931-R042", "An allowance or charge has a base amount but no percentage.", "Une remise ou une charge a une assiette mais pas de pourcentage.");
        Add(t, "PEPPOL-EN16931-R043", "An allowance/charge indicator must be 'true' or 'false'.", "L'indicateur remise/charge doit valoir « true » ou « false ».");
        Add(t, "PEPPOL-EN16931-R044", "A charge is not allowed on the item price; only a price discount (BT-147).", "Une charge n'est pas admise sur le prix de l'article, seulement un rabais (BT-147).");
        Add(t, "PEPPOL-EN16931-R046", "The net price (BT-146) must equal the gross price (BT-148) minus the price discount (BT-147).", "Le prix net (BT-146) doit être égal au prix brut (BT-148) moins le rabais (BT-147).");
        Add(t, "PEPPOL-EN16931-R051", "An amount is not in the invoice currency (BT-5).", "Un montant n'est pas dans la devise de la facture (BT-5).");
        Add(t, "PEPPOL-EN16931-R053", "There must be exactly one VAT total with VAT breakdown.", "Il faut exactement un total de TVA avec ventilation de la TVA.");
        Add(t, "PEPPOL-EN16931-R054", "A VAT total in the accounting currency (BT-111) is required when, and only when, a VAT accounting currency (BT-6) is given.", "Un total de TVA en devise de comptabilisation (BT-111) est requis si, et seulement si, une devise de comptabilisation (BT-6) est indiquée.");
        Add(t, "PEPPOL-EN16931-R055", "The total VAT (BT-110) and the total VAT in accounting currency (BT-111) must have the same sign.", "Le total de TVA (BT-110) et le total de TVA en devise de comptabilisation (BT-111) doivent avoir le même signe.");
        Add(t, "PEPPOL-EN16931-R061", "A direct debit needs the mandate reference (BT-89).", "Un prélèvement exige la référence du mandat (BT-89).");
        Add(t, "PEPPOL-EN16931-R080", "A credit note may have only one project reference (BT-11).", "Un avoir ne peut avoir qu'une seule référence de projet (BT-11).");
        Add(t, "PEPPOL-EN16931-R100", "An invoice line may reference only one invoiced object (BT-128).", "Une ligne de facture ne peut référencer qu'un seul objet facturé (BT-128).");
        Add(t, "PEPPOL-EN16931-R101", "A line document reference can only be an invoiced object (type code 130).", "Une référence de document sur une ligne ne peut être qu'un objet facturé (code 130).");
        Add(t, "PEPPOL-EN16931-R110", "A line period starts before the invoice period (BT-134, BT-73).", "La période d'une ligne commence avant la période de facturation (BT-134, BT-73).");
        Add(t, "PEPPOL-EN16931-R111", "A line period ends after the invoice period (BT-135, BT-74).", "La période d'une ligne se termine après la période de facturation (BT-135, BT-74).");
        Add(t, "PEPPOL-EN16931-R120", "A line net amount (BT-131) does not equal quantity × net price / base quantity + charges - allowances.", "Le montant net d'une ligne (BT-131) n'est pas égal à quantité × prix net / quantité de base + charges - remises.");
        Add(t, "PEPPOL-EN16931-R121", "The price base quantity (BT-149) must be above zero.", "La quantité de base du prix (BT-149) doit être supérieure à zéro.");
        Add(t, "PEPPOL-EN16931-R130", "The unit of the price base quantity (BT-150) must be the unit of the invoiced quantity (BT-130).", "L'unité de la quantité de base du prix (BT-150) doit être celle de la quantité facturée (BT-130).");

        Add(t, "PEPPOL-EN16931-CL001", "The attachment's MIME code is not allowed (PDF, PNG, JPEG, CSV, XLSX or ODS).", "Le type MIME de la pièce jointe n'est pas admis (PDF, PNG, JPEG, CSV, XLSX ou ODS).");
        Add(t, "PEPPOL-EN16931-CL002", "The allowance reason code (BT-98/BT-140) is not in the UNCL 5189 subset.", "Le code motif de remise (BT-98/BT-140) n'est pas dans le sous-ensemble UNCL 5189.");
        Add(t, "PEPPOL-EN16931-CL003", "The charge reason code (BT-105/BT-145) is not in UNCL 7161.", "Le code motif de charge (BT-105/BT-145) n'est pas dans la liste UNCL 7161.");
        Add(t, "PEPPOL-EN16931-CL006", "The invoice period description code (BT-8) must be 3, 35 or 432.", "Le code de description de la période (BT-8) doit être 3, 35 ou 432.");
        Add(t, "PEPPOL-EN16931-CL007", "A currency code is not an ISO 4217 code.", "Un code devise n'est pas un code ISO 4217.");
        Add(t, "PEPPOL-EN16931-CL008", "The scheme of an electronic address (BT-34-1/BT-49-1) is not in the EAS code list.", "Le schéma d'une adresse électronique (BT-34-1/BT-49-1) n'est pas dans la liste EAS.");
        Add(t, "PEPPOL-EN16931-F001", "A date is not written YYYY-MM-DD.", "Une date n'est pas écrite AAAA-MM-JJ.");
        Add(t, "PEPPOL-EN16931-P0100", "The invoice type code (BT-3) is not allowed in this Peppol process.", "Le code type de facture (BT-3) n'est pas admis dans ce processus Peppol.");
        Add(t, "PEPPOL-EN16931-P0101", "The credit note type code (BT-3) is not allowed in this Peppol process.", "Le code type d'avoir (BT-3) n'est pas admis dans ce processus Peppol.");
        Add(t, "PEPPOL-EN16931-P0104", "Exemption reason VATEX-EU-G needs VAT category G.", "Le motif d'exonération VATEX-EU-G exige la catégorie de TVA G.");
        Add(t, "PEPPOL-EN16931-P0105", "Exemption reason VATEX-EU-O needs VAT category O.", "Le motif d'exonération VATEX-EU-O exige la catégorie de TVA O.");
        Add(t, "PEPPOL-EN16931-P0106", "Exemption reason VATEX-EU-IC needs VAT category K.", "Le motif d'exonération VATEX-EU-IC exige la catégorie de TVA K.");
        Add(t, "PEPPOL-EN16931-P0107", "Exemption reason VATEX-EU-AE needs VAT category AE.", "Le motif d'exonération VATEX-EU-AE exige la catégorie de TVA AE.");
        Add(t, "PEPPOL-EN16931-P0108", "Exemption reason VATEX-EU-D needs VAT category E.", "Le motif d'exonération VATEX-EU-D exige la catégorie de TVA E.");
        Add(t, "PEPPOL-EN16931-P0109", "Exemption reason VATEX-EU-F needs VAT category E.", "Le motif d'exonération VATEX-EU-F exige la catégorie de TVA E.");
        Add(t, "PEPPOL-EN16931-P0110", "Exemption reason VATEX-EU-I needs VAT category E.", "Le motif d'exonération VATEX-EU-I exige la catégorie de TVA E.");
        Add(t, "PEPPOL-EN16931-P0111", "Exemption reason VATEX-EU-J needs VAT category E.", "Le motif d'exonération VATEX-EU-J exige la catégorie de TVA E.");
        Add(t, "PEPPOL-EN16931-P0112", "Invoice type codes 326 and 384 are allowed only between a German seller and a German buyer.", "Les codes type de facture 326 et 384 ne sont admis qu'entre un vendeur et un acheteur allemands.");

        Add(t, "PEPPOL-COMMON-R040", "A GLN identifier (scheme 0088) has a wrong format or check digit.", "Un identifiant GLN (schéma 0088) a un format ou une clé de contrôle incorrects.");
        Add(t, "PEPPOL-COMMON-R041", "A Norwegian organisation number (scheme 0192) must be 9 digits with a valid check digit.", "Un numéro d'organisation norvégien (schéma 0192) doit comporter 9 chiffres avec une clé valide.");
        Add(t, "PEPPOL-COMMON-R042", "A Danish CVR number (scheme 0184) must be 8 digits, optionally after DK.", "Un numéro CVR danois (schéma 0184) doit comporter 8 chiffres, éventuellement précédés de DK.");
        Add(t, "PEPPOL-COMMON-R043", "A Belgian enterprise number (scheme 0208) must be 10 digits with a valid check.", "Un numéro d'entreprise belge (schéma 0208) doit comporter 10 chiffres avec une clé valide.");
        Add(t, "PEPPOL-COMMON-R044", "An Italian IPA code (scheme 0201) should be 6 letters or digits.", "Un code IPA italien (schéma 0201) devrait comporter 6 lettres ou chiffres.");
        Add(t, "PEPPOL-COMMON-R045", "An Italian tax code (Codice Fiscale, scheme 0210) has a wrong format.", "Un code fiscal italien (Codice Fiscale, schéma 0210) a un format incorrect.");
        Add(t, "PEPPOL-COMMON-R046", "An Italian tax code (Codice Fiscale) used as electronic address (scheme 9907) has a wrong format.", "Un code fiscal italien (Codice Fiscale) utilisé comme adresse électronique (schéma 9907) a un format incorrect.");
        Add(t, "PEPPOL-COMMON-R047", "An Italian VAT number (Partita IVA, scheme 0211) has a wrong format or check digit.", "Un numéro de TVA italien (Partita IVA, schéma 0211) a un format ou une clé incorrects.");
        Add(t, "PEPPOL-COMMON-R049", "A Swedish organisation number (scheme 0007) must be 10 digits with a valid check digit.", "Un numéro d'organisation suédois (schéma 0007) doit comporter 10 chiffres avec une clé valide.");
        Add(t, "PEPPOL-COMMON-R050", "An Australian Business Number (scheme 0151) must be 11 digits with a valid check.", "Un numéro d'entreprise australien (ABN, schéma 0151) doit comporter 11 chiffres avec une clé valide.");
        Add(t, "PEPPOL-COMMON-R052", "A Finnish OVT/Danish identifier (scheme 0096) must be 10 digits.", "Un identifiant du schéma 0096 doit comporter 10 chiffres.");
        Add(t, "PEPPOL-COMMON-R053", "A Danish SE number (scheme 0198) must be DK followed by 8 digits.", "Un numéro SE danois (schéma 0198) doit être DK suivi de 8 chiffres.");
        Add(t, "PEPPOL-COMMON-R054", "A Dutch KVK number (scheme 0106) should be 8 digits.", "Un numéro KVK néerlandais (schéma 0106) devrait comporter 8 chiffres.");
        Add(t, "PEPPOL-COMMON-R055", "A Dutch OIN (scheme 0190) should be 20 digits.", "Un numéro OIN néerlandais (schéma 0190) devrait comporter 20 chiffres.");
        Add(t, "PEPPOL-COMMON-R056-1", "A Dutch VAT number used as address (scheme 9944) should look like NL999999999B99.", "Un numéro de TVA néerlandais utilisé comme adresse (schéma 9944) devrait avoir la forme NL999999999B99.");
        Add(t, "PEPPOL-COMMON-R056-2", "A Dutch VAT identifier should look like NL999999999B99.", "Un numéro de TVA néerlandais devrait avoir la forme NL999999999B99.");
        Add(t, "PEPPOL-COMMON-R057", "An identifier of scheme 0217 should be 12 digits.", "Un identifiant du schéma 0217 devrait comporter 12 chiffres.");
    }

    private static void AddNationalTexts(Dictionary<string, RuleText> t)
    {
        Add(t, "NO-R-001", "A Norwegian seller's VAT identifier (BT-31) must be NO, a valid 9-digit organisation number, then MVA.", "Le numéro de TVA d'un vendeur norvégien (BT-31) doit être NO, un numéro d'organisation valide à 9 chiffres, puis MVA.");
        Add(t, "NO-R-002", "A Norwegian seller should state \"Foretaksregisteret\" as tax registration (BT-32).", "Un vendeur norvégien devrait indiquer « Foretaksregisteret » comme immatriculation fiscale (BT-32).");

        Add(t, "DK-R-002", "A Danish seller must give its legal registration number, the CVR number (BT-30).", "Un vendeur danois doit indiquer son numéro d'immatriculation, le numéro CVR (BT-30).");
        Add(t, "DK-R-003", "A Danish item classification in UNSPSC must use version 19.05.01 or 26.08.01.", "Une classification d'article UNSPSC danoise doit utiliser la version 19.05.01 ou 26.08.01.");
        Add(t, "DK-R-004", "A non-VAT tax for a Danish buyer (reason code ZZZ) needs a 4-digit tax category or a reason with an inner '#'.", "Une taxe hors TVA pour un acheteur danois (code ZZZ) exige une catégorie à 4 chiffres ou un motif contenant un « # » intérieur.");
        Add(t, "DK-R-005", "This payment means code (BT-81) is not allowed between Danish parties.", "Ce code de moyen de paiement (BT-81) n'est pas admis entre parties danoises.");
        Add(t, "DK-R-006", "Danish payment by bank transfer (31, 42) needs the account number and the bank registration number.", "Un virement danois (31, 42) exige le numéro de compte et le numéro d'enregistrement bancaire.");
        Add(t, "DK-R-007", "Danish direct debit (49) needs the mandate reference and the debited account.", "Un prélèvement danois (49) exige la référence du mandat et le compte débité.");
        Add(t, "DK-R-008", "Danish giro payment (50) needs a payment id starting 01#, 04# or 15# and a 7 or 8-digit giro account.", "Un paiement giro danois (50) exige un identifiant commençant par 01#, 04# ou 15# et un compte giro à 7 ou 8 chiffres.");
        Add(t, "DK-R-009", "A Danish giro payment id starting 04# or 15# must have 19 characters.", "Un identifiant de paiement giro danois commençant par 04# ou 15# doit avoir 19 caractères.");
        Add(t, "DK-R-010", "Danish FIK payment (93) needs a payment id starting 71#, 73# or 75# and an 8-character creditor number.", "Un paiement FIK danois (93) exige un identifiant commençant par 71#, 73# ou 75# et un numéro de créancier de 8 caractères.");
        Add(t, "DK-R-011", "A Danish FIK payment id starting 71# or 75# must have 18 or 19 characters.", "Un identifiant de paiement FIK danois commençant par 71# ou 75# doit avoir 18 ou 19 caractères.");
        Add(t, "DK-R-013", "A Danish party identifier (BT-29/BT-46) needs its scheme.", "Un identifiant de partie danois (BT-29/BT-46) doit indiquer son schéma.");
        Add(t, "DK-R-014", "A Danish seller's legal registration number (BT-30) must use scheme 0184 (CVR).", "Le numéro d'immatriculation d'un vendeur danois (BT-30) doit utiliser le schéma 0184 (CVR).");
        Add(t, "DK-R-016", "A Danish credit note cannot have a negative amount due (BT-115).", "Un avoir danois ne peut pas avoir un montant à payer négatif (BT-115).");
        Add(t, "DK-R-017", "A Danish buyer's legal registration number (BT-47) must use scheme 0184 (CVR).", "Le numéro d'immatriculation d'un acheteur danois (BT-47) doit utiliser le schéma 0184 (CVR).");

        Add(t, "IT-R-001", "An Italian seller's tax registration identifier (BT-32) must have 11 to 16 upper-case letters or digits.", "L'identifiant fiscal d'un vendeur italien (BT-32) doit comporter 11 à 16 lettres majuscules ou chiffres.");
        Add(t, "IT-R-002", "An Italian seller must give its street (BT-35).", "Un vendeur italien doit indiquer sa rue (BT-35).");
        Add(t, "IT-R-003", "An Italian seller must give its city (BT-37).", "Un vendeur italien doit indiquer sa ville (BT-37).");
        Add(t, "IT-R-004", "An Italian seller must give its post code (BT-38).", "Un vendeur italien doit indiquer son code postal (BT-38).");

        Add(t, "SE-R-001", "A Swedish seller's VAT identifier (BT-31) must have 14 characters.", "Le numéro de TVA d'un vendeur suédois (BT-31) doit comporter 14 caractères.");
        Add(t, "SE-R-002", "A Swedish seller's VAT identifier (BT-31) must end with 12 digits.", "Le numéro de TVA d'un vendeur suédois (BT-31) doit se terminer par 12 chiffres.");
        Add(t, "SE-R-003", "A Swedish organisation number (BT-30) must be numeric.", "Un numéro d'organisation suédois (BT-30) doit être numérique.");
        Add(t, "SE-R-004", "A Swedish organisation number (BT-30) must have 10 digits.", "Un numéro d'organisation suédois (BT-30) doit comporter 10 chiffres.");
        Add(t, "SE-R-005", "A Swedish seller's tax registration (BT-32) must read \"Godkänd för F-skatt\".", "L'immatriculation fiscale d'un vendeur suédois (BT-32) doit être « Godkänd för F-skatt ».");
        Add(t, "SE-R-006", "A Swedish seller may use only the standard VAT rates 25, 12 or 6 %.", "Un vendeur suédois ne peut utiliser que les taux normaux de TVA de 25, 12 ou 6 %.");
        Add(t, "SE-R-007", "A Swedish Plusgiro account (BT-84) should be numeric.", "Un compte Plusgiro suédois (BT-84) devrait être numérique.");
        Add(t, "SE-R-008", "A Swedish Bankgiro account (BT-84) should be numeric.", "Un compte Bankgiro suédois (BT-84) devrait être numérique.");
        Add(t, "SE-R-009", "A Swedish Bankgiro account (BT-84) should have 7 or 8 digits.", "Un compte Bankgiro suédois (BT-84) devrait comporter 7 ou 8 chiffres.");
        Add(t, "SE-R-010", "A Swedish Plusgiro account (BT-84) should have 2 to 8 digits.", "Un compte Plusgiro suédois (BT-84) devrait comporter 2 à 8 chiffres.");
        Add(t, "SE-R-011", "A Swedish seller should give Bankgiro/Plusgiro as code 30 with branch SE:BANKGIRO or SE:PLUSGIRO.", "Un vendeur suédois devrait indiquer Bankgiro/Plusgiro avec le code 30 et l'agence SE:BANKGIRO ou SE:PLUSGIRO.");
        Add(t, "SE-R-012", "Between Swedish parties, a credit transfer should use payment means code 30.", "Entre parties suédoises, un virement devrait utiliser le code de moyen de paiement 30.");
        Add(t, "SE-R-013", "The check digit of a Swedish organisation number (BT-30) is wrong.", "La clé de contrôle d'un numéro d'organisation suédois (BT-30) est fausse.");

        Add(t, "GR-R-001-1", "A Greek seller's invoice number (BT-1) must have 6 segments separated by '|'.", "Le numéro de facture d'un vendeur grec (BT-1) doit comporter 6 segments séparés par « | ».");
        Add(t, "GR-R-001-2", "The first segment of a Greek invoice number must be the seller's (or tax representative's) valid TIN.", "Le premier segment d'un numéro de facture grec doit être le NIF valide du vendeur (ou de son représentant fiscal).");
        Add(t, "GR-R-001-3", "The second segment of a Greek invoice number must be the issue date (BT-2).", "Le deuxième segment d'un numéro de facture grec doit être la date d'émission (BT-2).");
        Add(t, "GR-R-001-4", "The third segment of a Greek invoice number must be a positive whole number.", "Le troisième segment d'un numéro de facture grec doit être un entier positif.");
        Add(t, "GR-R-001-5", "The fourth segment of a Greek invoice number must be a valid Greek document type.", "Le quatrième segment d'un numéro de facture grec doit être un type de document grec valide.");
        Add(t, "GR-R-001-6", "The fifth segment of a Greek invoice number is empty.", "Le cinquième segment d'un numéro de facture grec est vide.");
        Add(t, "GR-R-001-7", "The sixth segment of a Greek invoice number is empty.", "Le sixième segment d'un numéro de facture grec est vide.");
        Add(t, "GR-R-002", "A Greek seller must give its registered name (BT-28).", "Un vendeur grec doit indiquer sa raison sociale (BT-28).");
        Add(t, "GR-R-003", "A Greek seller's VAT identifier (BT-31) must be EL followed by a valid TIN.", "Le numéro de TVA d'un vendeur grec (BT-31) doit être EL suivi d'un NIF valide.");
        Add(t, "GR-R-004-1", "A Greek seller's invoice must have exactly one MARK number.", "La facture d'un vendeur grec doit avoir exactement un numéro MARK.");
        Add(t, "GR-R-004-2", "The MARK number must be a positive whole number.", "Le numéro MARK doit être un entier positif.");
        Add(t, "GR-R-005", "A Greek seller must give the buyer's full name (BT-45).", "Un vendeur grec doit indiquer le nom complet de l'acheteur (BT-45).");
        Add(t, "GR-R-006", "A Greek seller must give a Greek buyer's VAT identifier (BT-48), EL followed by a valid TIN.", "Un vendeur grec doit indiquer le numéro de TVA d'un acheteur grec (BT-48), EL suivi d'un NIF valide.");
        Add(t, "GR-R-008-2", "A Greek seller's invoice may have at most one invoice URL.", "La facture d'un vendeur grec peut avoir au plus une URL de facture.");
        Add(t, "GR-R-008-3", "The invoice URL document reference needs its URI.", "La référence de document « URL de facture » doit indiquer son URI.");
        Add(t, "GR-R-009", "A Greek seller's electronic address (BT-34) must be a valid TIN with scheme 9933.", "L'adresse électronique d'un vendeur grec (BT-34) doit être un NIF valide avec le schéma 9933.");
        Add(t, "GR-R-010", "A Greek buyer's electronic address (BT-49) must be a valid TIN with scheme 9933.", "L'adresse électronique d'un acheteur grec (BT-49) doit être un NIF valide avec le schéma 9933.");
        Add(t, "GR-S-008-1", "A Greek seller's invoice should have one invoice URL.", "La facture d'un vendeur grec devrait avoir une URL de facture.");
        Add(t, "GR-S-011", "A Greek seller should give its VAT identifier (BT-31), EL followed by a valid TIN.", "Un vendeur grec devrait indiquer son numéro de TVA (BT-31), EL suivi d'un NIF valide.");

        Add(t, "IS-R-001", "An Icelandic seller's invoice type (BT-3) should be 380 or 381.", "Le type de facture d'un vendeur islandais (BT-3) devrait être 380 ou 381.");
        Add(t, "IS-R-002", "An Icelandic seller must give its kennitala (BT-30, scheme 0196).", "Un vendeur islandais doit indiquer sa kennitala (BT-30, schéma 0196).");
        Add(t, "IS-R-003", "An Icelandic seller must give its street (BT-35) and post code (BT-38).", "Un vendeur islandais doit indiquer sa rue (BT-35) et son code postal (BT-38).");
        Add(t, "IS-R-004", "An Icelandic buyer's kennitala (BT-47, scheme 0196) is required.", "La kennitala d'un acheteur islandais (BT-47, schéma 0196) est requise.");
        Add(t, "IS-R-005", "An Icelandic buyer's street (BT-50) and post code (BT-53) are required.", "La rue (BT-50) et le code postal (BT-53) d'un acheteur islandais sont requis.");
        Add(t, "IS-R-006", "Icelandic payment means 9 needs a 12-digit account (BT-84).", "Le moyen de paiement islandais 9 exige un compte à 12 chiffres (BT-84).");
        Add(t, "IS-R-007", "Icelandic payment means 42 needs a 12-digit account (BT-84).", "Le moyen de paiement islandais 42 exige un compte à 12 chiffres (BT-84).");
        Add(t, "IS-R-008", "The EINDAGI date (BT-122) must be written YYYY-MM-DD.", "La date EINDAGI (BT-122) doit être écrite AAAA-MM-JJ.");
        Add(t, "IS-R-009", "An invoice with an EINDAGI date needs a due date (BT-9).", "Une facture avec une date EINDAGI doit avoir une date d'échéance (BT-9).");
        Add(t, "IS-R-010", "The EINDAGI date must not be before the due date (BT-9).", "La date EINDAGI ne doit pas précéder la date d'échéance (BT-9).");

        Add(t, "NL-R-001", "A Dutch seller's credit note must reference the invoice it corrects (BT-25).", "L'avoir d'un vendeur néerlandais doit référencer la facture corrigée (BT-25).");
        Add(t, "NL-R-002", "A Dutch seller must give street (BT-35), city (BT-37) and post code (BT-38).", "Un vendeur néerlandais doit indiquer rue (BT-35), ville (BT-37) et code postal (BT-38).");
        Add(t, "NL-R-003", "A Dutch seller's legal registration (BT-30) must be a KVK (0106) or OIN (0190) number.", "L'immatriculation d'un vendeur néerlandais (BT-30) doit être un numéro KVK (0106) ou OIN (0190).");
        Add(t, "NL-R-004", "A Dutch buyer's street (BT-50), city (BT-52) and post code (BT-53) are required.", "La rue (BT-50), la ville (BT-52) et le code postal (BT-53) d'un acheteur néerlandais sont requis.");
        Add(t, "NL-R-005", "A Dutch buyer's legal registration (BT-47) must be a KVK (0106) or OIN (0190) number.", "L'immatriculation d'un acheteur néerlandais (BT-47) doit être un numéro KVK (0106) ou OIN (0190).");
        Add(t, "NL-R-006", "A Dutch tax representative's street (BT-64), city (BT-66) and post code (BT-67) are required.", "La rue (BT-64), la ville (BT-66) et le code postal (BT-67) d'un représentant fiscal néerlandais sont requis.");
        Add(t, "NL-R-007", "A Dutch seller must give payment instructions (BG-16) when an amount is due.", "Un vendeur néerlandais doit donner des instructions de paiement (BG-16) lorsqu'un montant est dû.");
        Add(t, "NL-R-008", "Between Dutch parties the payment means code (BT-81) must be 30, 48, 49, 57, 58 or 59.", "Entre parties néerlandaises, le code de moyen de paiement (BT-81) doit être 30, 48, 49, 57, 58 ou 59.");
        Add(t, "NL-R-009", "An order line reference (BT-132) needs the purchase order reference (BT-13).", "Une référence de ligne de commande (BT-132) exige la référence du bon de commande (BT-13).");
    }

    private static void AddGermanTexts(Dictionary<string, RuleText> t)
    {
        Add(t, "DE-R-001", "Payment instructions (BG-16) are required between German parties.", "Les instructions de paiement (BG-16) sont requises entre parties allemandes.");
        Add(t, "DE-R-002", "The seller contact (BG-6) is required between German parties.", "Le contact du vendeur (BG-6) est requis entre parties allemandes.");
        Add(t, "DE-R-003", "The seller city (BT-37) is required.", "La ville du vendeur (BT-37) est requise.");
        Add(t, "DE-R-004", "The seller post code (BT-38) is required.", "Le code postal du vendeur (BT-38) est requis.");
        Add(t, "DE-R-005", "The seller contact point (BT-41) is required.", "Le nom du contact du vendeur (BT-41) est requis.");
        Add(t, "DE-R-006", "The seller contact telephone (BT-42) is required.", "Le téléphone du contact du vendeur (BT-42) est requis.");
        Add(t, "DE-R-007", "The seller contact e-mail (BT-43) is required.", "L'e-mail du contact du vendeur (BT-43) est requis.");
        Add(t, "DE-R-008", "The buyer city (BT-52) is required.", "La ville de l'acheteur (BT-52) est requise.");
        Add(t, "DE-R-009", "The buyer post code (BT-53) is required.", "Le code postal de l'acheteur (BT-53) est requis.");
        Add(t, "DE-R-010", "The deliver-to city (BT-77) is required when a delivery address is given.", "La ville de livraison (BT-77) est requise lorsqu'une adresse de livraison est indiquée.");
        Add(t, "DE-R-011", "The deliver-to post code (BT-78) is required when a delivery address is given.", "Le code postal de livraison (BT-78) est requis lorsqu'une adresse de livraison est indiquée.");
        Add(t, "DE-R-014", "The VAT category rate (BT-119) is required in each VAT breakdown.", "Le taux de la catégorie de TVA (BT-119) est requis dans chaque ventilation de TVA.");
        Add(t, "DE-R-015", "The buyer reference (BT-10) is required.", "La référence acheteur (BT-10) est requise.");
        Add(t, "DE-R-016", "With VAT categories S, Z, E, AE, K, G, L or M, give the seller VAT identifier (BT-31), tax registration (BT-32) or a tax representative (BG-11).", "Avec les catégories de TVA S, Z, E, AE, K, G, L ou M, indiquez le numéro de TVA du vendeur (BT-31), son identifiant fiscal (BT-32) ou un représentant fiscal (BG-11).");
        Add(t, "DE-R-017", "The invoice type code (BT-3) should be 326, 380, 384, 389, 381, 875, 876 or 877.", "Le code type de facture (BT-3) devrait être 326, 380, 384, 389, 381, 875, 876 ou 877.");
        Add(t, "DE-R-018", "Cash discount terms in the payment terms (BT-20) must follow the #SKONTO#TAGE=n#PROZENT=n.nn# format, each ending with a line break.", "Les conditions d'escompte dans les conditions de paiement (BT-20) doivent suivre le format #SKONTO#TAGE=n#PROZENT=n.nn#, chacune terminée par un saut de ligne.");
        Add(t, "DE-R-019", "The payment account (BT-84) should be a valid IBAN for SEPA credit transfer (58).", "Le compte de paiement (BT-84) devrait être un IBAN valide pour un virement SEPA (58).");
        Add(t, "DE-R-020", "The debited account (BT-91) should be a valid IBAN for SEPA direct debit (59).", "Le compte débité (BT-91) devrait être un IBAN valide pour un prélèvement SEPA (59).");
        Add(t, "DE-R-022", "Attached documents (BT-125) must have unique file names.", "Les documents joints (BT-125) doivent avoir des noms de fichier uniques.");
        Add(t, "DE-R-023-1", "A credit transfer (30, 58) needs the credit transfer details (BG-17).", "Un virement (30, 58) exige les informations de virement (BG-17).");
        Add(t, "DE-R-023-2", "A credit transfer (30, 58) must not carry card (BG-18) or direct debit (BG-19) details.", "Un virement (30, 58) ne doit pas porter d'informations de carte (BG-18) ou de prélèvement (BG-19).");
        Add(t, "DE-R-024-1", "A card payment (48, 54, 55) needs the card information (BG-18).", "Un paiement par carte (48, 54, 55) exige les informations de carte (BG-18).");
        Add(t, "DE-R-024-2", "A card payment (48, 54, 55) must not carry credit transfer (BG-17) or direct debit (BG-19) details.", "Un paiement par carte (48, 54, 55) ne doit pas porter d'informations de virement (BG-17) ou de prélèvement (BG-19).");
        Add(t, "DE-R-025-1", "A direct debit (59) needs the direct debit details (BG-19).", "Un prélèvement (59) exige les informations de prélèvement (BG-19).");
        Add(t, "DE-R-025-2", "A direct debit (59) must not carry credit transfer (BG-17) or card (BG-18) details.", "Un prélèvement (59) ne doit pas porter d'informations de virement (BG-17) ou de carte (BG-18).");
        Add(t, "DE-R-026", "A corrected invoice (384) should reference the preceding invoice (BG-3).", "Une facture rectificative (384) devrait référencer la facture précédente (BG-3).");
        Add(t, "DE-R-027", "The seller contact telephone (BT-42) should contain at least 3 digits.", "Le téléphone du contact du vendeur (BT-42) devrait contenir au moins 3 chiffres.");
        Add(t, "DE-R-028", "The seller contact e-mail (BT-43) should be a valid e-mail address.", "L'e-mail du contact du vendeur (BT-43) devrait être une adresse valide.");
        Add(t, "DE-R-030", "A direct debit (BG-19) needs the bank assigned creditor identifier (BT-90).", "Un prélèvement (BG-19) exige l'identifiant créancier SEPA (BT-90).");
        Add(t, "DE-R-031", "A direct debit (BG-19) needs the debited account (BT-91).", "Un prélèvement (BG-19) exige le compte débité (BT-91).");
        Add(t, "DE-R-T02", "An external document location (BT-124) should be a URL with a scheme.", "L'emplacement d'un document externe (BT-124) devrait être une URL avec un schéma.");
    }
}
