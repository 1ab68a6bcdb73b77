namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The texts of the UBL-syntax rules. The hundreds of "should not be present" warnings (UBL-CR, most UBL-DT) share one
/// wording built from the element or attribute they name; the other rules have their own text.
/// </summary>
internal static class UblSyntaxTexts
{
    public static void Add(Dictionary<string, RuleText> texts)
    {
        foreach (var a in UblSyntaxRoot.Asserts)
        {
            if (a.Kind == UblRootAssertKind.Absent)
            {
                texts[a.Id] = NotUsed(a.Path!);
            }
        }

        foreach (var (id, english, french) in Own)
        {
            texts[id] = new RuleText(english, french);
        }
    }

    private static RuleText NotUsed(string path)
    {
        var (elements, attribute, anywhere, lines) = UblSyntaxRoot.Describe(path);
        string english;
        string french;
        if (attribute is null)
        {
            english = $"Remove the UBL element {elements}";
            french = $"Supprimez l'élément UBL {elements}";
        }
        else if (elements.Length == 0)
        {
            english = $"Remove the attribute {attribute}";
            french = $"Supprimez l'attribut {attribute}";
        }
        else
        {
            english = $"Remove the attribute {attribute} of {elements}";
            french = $"Supprimez l'attribut {attribute} de {elements}";
        }

        if (anywhere)
        {
            english += " wherever it appears";
            french += " partout où il apparaît";
        }
        else if (lines)
        {
            english += " from the invoice lines";
            french += " des lignes de facture";
        }

        return new RuleText(
            english + ": EN 16931 does not use it, so the receiver may ignore it.",
            french + " : la norme EN 16931 ne l'utilise pas, le destinataire peut l'ignorer.");
    }

    private static readonly (string Id, string English, string French)[] Own =
    [
        ("UBL-SR-01", "The contract reference (BT-12) is given more than once.", "La référence du contrat (BT-12) figure plus d'une fois."),
        ("UBL-SR-02", "The receiving advice reference (BT-15) is given more than once.", "La référence de l'avis de réception (BT-15) figure plus d'une fois."),
        ("UBL-SR-03", "The despatch advice reference (BT-16) is given more than once.", "La référence de l'avis d'expédition (BT-16) figure plus d'une fois."),
        ("UBL-SR-04", "The invoiced object identifier (BT-18, document type 130) is given more than once.", "L'identifiant de l'objet facturé (BT-18, type de document 130) figure plus d'une fois."),
        ("UBL-SR-05", "The payment terms (BT-20) are given in more than one note.", "Les conditions de paiement (BT-20) figurent dans plus d'une note."),
        ("UBL-SR-06", "A preceding invoice reference (BG-3) holds more than one invoice reference.", "Une référence à une facture antérieure (BG-3) contient plus d'une référence de facture."),
        ("UBL-SR-07", "A preceding invoice reference (BG-3) has no preceding invoice number (BT-25).", "Une référence à une facture antérieure (BG-3) n'indique pas le numéro de cette facture (BT-25)."),
        ("UBL-SR-08", "The invoicing period (BG-14) is given more than once.", "La période de facturation (BG-14) figure plus d'une fois."),
        ("UBL-SR-09", "The seller name (BT-27) is given more than once.", "Le nom du vendeur (BT-27) figure plus d'une fois."),
        ("UBL-SR-10", "The seller trading name (BT-28) is given more than once.", "Le nom commercial du vendeur (BT-28) figure plus d'une fois."),
        ("UBL-SR-11", "The seller legal registration identifier (BT-30) is given more than once.", "L'identifiant d'immatriculation légale du vendeur (BT-30) figure plus d'une fois."),
        ("UBL-SR-12", "The seller VAT identifier (BT-31) is given more than once.", "Le numéro de TVA du vendeur (BT-31) figure plus d'une fois."),
        ("UBL-SR-13", "The seller tax registration identifier (BT-32) is given more than once.", "L'identifiant fiscal du vendeur (BT-32) figure plus d'une fois."),
        ("UBL-SR-14", "The seller additional legal information (BT-33) is given more than once.", "Les informations juridiques complémentaires du vendeur (BT-33) figurent plus d'une fois."),
        ("UBL-SR-15", "The buyer name (BT-44) is given more than once.", "Le nom de l'acheteur (BT-44) figure plus d'une fois."),
        ("UBL-SR-16", "The buyer identifier (BT-46) is given more than once.", "L'identifiant de l'acheteur (BT-46) figure plus d'une fois."),
        ("UBL-SR-17", "The buyer legal registration identifier (BT-47) is given more than once.", "L'identifiant d'immatriculation légale de l'acheteur (BT-47) figure plus d'une fois."),
        ("UBL-SR-18", "The buyer VAT identifier (BT-48) is given more than once.", "Le numéro de TVA de l'acheteur (BT-48) figure plus d'une fois."),
        ("UBL-SR-19", "The payee (BG-10) must have a single name (BT-59) that differs from the seller name (BT-27): it is repeated, missing or the same as the seller's.", "Le bénéficiaire (BG-10) doit avoir un seul nom (BT-59), différent du nom du vendeur (BT-27) : il est répété, absent ou identique à celui du vendeur."),
        ("UBL-SR-20", "The payee identifier (BT-60) is given more than once, or the payee name (BT-59) is missing or the same as the seller name (BT-27).", "L'identifiant du bénéficiaire (BT-60) figure plus d'une fois, ou le nom du bénéficiaire (BT-59) est absent ou identique à celui du vendeur (BT-27)."),
        ("UBL-SR-21", "The payee legal registration identifier (BT-61) is given more than once, or the payee name (BT-59) is missing or the same as the seller name (BT-27).", "L'identifiant d'immatriculation légale du bénéficiaire (BT-61) figure plus d'une fois, ou le nom du bénéficiaire (BT-59) est absent ou identique à celui du vendeur (BT-27)."),
        ("UBL-SR-22", "The seller tax representative name (BT-62) is given more than once.", "Le nom du représentant fiscal du vendeur (BT-62) figure plus d'une fois."),
        ("UBL-SR-23", "The seller tax representative VAT identifier (BT-63) is given more than once.", "Le numéro de TVA du représentant fiscal du vendeur (BT-63) figure plus d'une fois."),
        ("UBL-SR-24", "The delivery information (BG-13) is given more than once.", "Les informations de livraison (BG-13) figurent plus d'une fois."),
        ("UBL-SR-25", "The deliver to party name (BT-70) is given more than once.", "Le nom du destinataire de la livraison (BT-70) figure plus d'une fois."),
        ("UBL-SR-26", "A payment means gives the payment reference (BT-83) more than once.", "Un moyen de paiement indique plus d'une fois l'avis de paiement (BT-83)."),
        ("UBL-SR-27", "A payment means gives the payment means type code (BT-81) more than once.", "Un moyen de paiement indique plus d'une fois le code du type de paiement (BT-81)."),
        ("UBL-SR-28", "The direct debit mandate reference (BT-89) is given more than once.", "La référence du mandat de prélèvement (BT-89) figure plus d'une fois."),
        ("UBL-SR-29", "The bank assigned creditor identifier (BT-90, scheme SEPA) is given more than once.", "L'identifiant créancier SEPA (BT-90) figure plus d'une fois."),
        ("UBL-SR-30", "An allowance gives its reason (BT-97, BT-139) more than once.", "Une remise indique son motif (BT-97, BT-139) plus d'une fois."),
        ("UBL-SR-31", "A charge gives its reason (BT-104, BT-144) more than once.", "Des frais indiquent leur motif (BT-104, BT-144) plus d'une fois."),
        ("UBL-SR-32", "A VAT breakdown gives the VAT exemption reason text (BT-120) more than once.", "Une ventilation de TVA indique plus d'une fois le motif d'exonération (BT-120)."),
        ("UBL-SR-33", "A supporting document gives its description (BT-123) more than once.", "Un justificatif indique sa description (BT-123) plus d'une fois."),
        ("UBL-SR-34", "An invoice line has more than one note (BT-127).", "Une ligne de facture a plus d'une note (BT-127)."),
        ("UBL-SR-35", "An invoice line refers to more than one purchase order line (BT-132).", "Une ligne de facture référence plus d'une ligne de commande (BT-132)."),
        ("UBL-SR-36", "An invoice line has more than one line period (BG-26).", "Une ligne de facture a plus d'une période de facturation (BG-26)."),
        ("UBL-SR-37", "An invoice line gives more than one item price discount (BT-147).", "Une ligne de facture indique plus d'un rabais sur le prix (BT-147)."),
        ("UBL-SR-39", "The project reference (BT-11) is given more than once.", "La référence du projet (BT-11) figure plus d'une fois."),
        ("UBL-SR-40", "The buyer trading name (BT-45) is given more than once.", "Le nom commercial de l'acheteur (BT-45) figure plus d'une fois."),
        ("UBL-SR-42", "The seller has more than two tax registrations (BT-31, BT-32).", "Le vendeur a plus de deux identifiants fiscaux (BT-31, BT-32)."),
        ("UBL-SR-43", "A supporting document reference has a scheme identifier (BT-18-1) but is not an invoiced object (document type 130, or 50 in a credit note).", "Une référence de justificatif porte un identifiant de schéma (BT-18-1) sans être un objet facturé (type de document 130, ou 50 dans un avoir)."),
        ("UBL-SR-44", "The payment means give different payment references (BT-83): an invoice has a single payment reference.", "Les moyens de paiement indiquent des avis de paiement différents (BT-83) : une facture n'en a qu'un."),
        ("UBL-SR-45", "The payment due date (BT-9) is given more than once in the payment means.", "La date d'échéance (BT-9) figure plus d'une fois dans les moyens de paiement."),
        ("UBL-SR-46", "The payment means text (BT-82) is given more than once.", "Le libellé du moyen de paiement (BT-82) figure plus d'une fois."),
        ("UBL-SR-47", "The payment means have different type codes (BT-81): they must all use the same code.", "Les moyens de paiement ont des codes de type différents (BT-81) : ils doivent tous avoir le même."),
        ("UBL-SR-48", "An invoice line must have exactly one VAT category for its item (BT-151).", "Une ligne de facture doit avoir exactement une catégorie de TVA pour l'article (BT-151)."),
        ("UBL-SR-49", "The VAT point date code (BT-8) is given more than once.", "Le code de date d'exigibilité de la TVA (BT-8) figure plus d'une fois."),
        ("UBL-SR-50", "An invoice line gives the item description (BT-154) more than once.", "Une ligne de facture indique plus d'une fois la description de l'article (BT-154)."),
        ("UBL-SR-51", "An address has more than one third address line (BT-162, BT-165, BT-164).", "Une adresse a plus d'une troisième ligne d'adresse (BT-162, BT-165, BT-164)."),
        ("UBL-SR-52", "An invoice line has more than one object identifier reference (BT-128).", "Une ligne de facture a plus d'une référence d'objet (BT-128)."),
        ("UBL-SR-53", "A tax registration of a party gives a tax scheme without the identifier itself (the VAT identifier, CompanyID), or the other way round.", "Un enregistrement fiscal d'une partie indique un régime fiscal sans l'identifiant lui-même (numéro de TVA, CompanyID), ou l'inverse."),
        ("UBL-SR-54", "The invoice has more than one payment card (BG-18).", "La facture a plus d'une carte de paiement (BG-18)."),
        ("UBL-SR-55", "The invoice has more than one direct debit mandate (BG-19).", "La facture a plus d'un mandat de prélèvement (BG-19)."),
        ("UBL-SR-56", "The tender or lot reference (BT-17) is given more than once.", "La référence de l'appel d'offres ou du lot (BT-17) figure plus d'une fois."),
        ("UBL-DT-01", "An amount has more than two decimals.", "Un montant a plus de deux décimales."),
        ("UBL-DT-06", "An attached document (BT-125) has no MIME code (mimeCode).", "Un document joint (BT-125) n'indique pas son type MIME (mimeCode)."),
        ("UBL-DT-07", "An attached document (BT-125) has no file name (filename).", "Un document joint (BT-125) n'indique pas son nom de fichier (filename)."),
        ("UBL-DT-18", "Remove the attribute name except on the payment means code (BT-81, where it carries BT-82): EN 16931 does not use it elsewhere.", "Supprimez l'attribut name sauf sur le code du moyen de paiement (BT-81, où il porte BT-82) : la norme EN 16931 ne l'utilise pas ailleurs."),
        ("UBL-CR-002", "The UBL version (UBLVersionID) should be 2.1, or be left out.", "La version UBL (UBLVersionID) devrait être 2.1, ou être omise."),
        ("UBL-CR-412", "An invoice gives the due date inside the payment means: give the payment due date (BT-9) as cbc:DueDate instead.", "Une facture indique l'échéance dans les moyens de paiement : indiquez la date d'échéance (BT-9) dans cbc:DueDate."),
        ("UBL-CR-665", "A supporting document that is not an invoiced object (document type 130) should not have a scheme identifier on its reference.", "Un justificatif qui n'est pas un objet facturé (type de document 130) ne devrait pas porter d'identifiant de schéma sur sa référence."),
        ("UBL-CR-666", "The invoiced object reference (BT-18, document type 130) must not carry an attached document.", "La référence de l'objet facturé (BT-18, type de document 130) ne doit pas comporter de pièce jointe."),
        ("UBL-CR-673", "The invoiced object reference (BT-18, document type 130) must not carry a document description.", "La référence de l'objet facturé (BT-18, type de document 130) ne doit pas comporter de description."),
    ];
}
