namespace Encaisse.Billing.Demo;

/// <summary>A town with its postcode; <see cref="Weight"/> makes the Lyon area, where the demo company works, more frequent.</summary>
internal sealed record Town(string Name, string PostCode, int Weight = 1);

/// <summary>The words demo names and addresses are made of: common French surnames, trades, real towns.</summary>
internal static class DemoVocabulary
{
    public static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
        "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
        "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger",
        "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Perez", "Marchand", "Dufour", "Blanchard",
        "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Renard", "Arnaud",
        "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard",
        "Gaillard", "Lacroix", "Fabre", "Dupuis", "Olivier", "Hubert", "Guillot", "Rivière", "Le Gall", "Berger",
        "Lecomte", "Ménard", "Fleury", "Deschamps", "Carpentier", "Benoît", "Maillard", "Aubry", "Vasseur", "Le Roux",
        "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier", "Royer", "Huet", "Baron", "Dupuy", "Pons",
        "Carré", "Breton", "Rémy", "Schneider", "Perrot", "Guyot", "Barre", "Marty", "Cousin", "Chauvin",
    ];

    public static readonly string[] FirstNames =
    [
        "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Claire", "Sophie",
        "Nathalie", "Isabelle", "Céline", "Aurélie", "Élodie", "Marion", "Pauline", "Lucie", "Hélène", "Sandrine",
        "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Alexandre", "Romain", "Pierre", "Guillaume", "Mathieu",
        "Sébastien", "Jérôme", "Olivier", "Laurent", "Philippe", "François", "Christophe", "Frédéric", "Hugo", "Lucas",
        "Louis", "Paul", "Yann", "Karim", "Mehdi", "Bruno", "Patrick", "Valérie", "Agnès", "Benoît",
    ];

    /// <summary>Trades named after their owner: "Boulangerie Martin".</summary>
    public static readonly string[] Trades =
    [
        "Boulangerie", "Pâtisserie", "Boucherie", "Fromagerie", "Garage", "Menuiserie", "Plomberie", "Électricité",
        "Imprimerie", "Librairie", "Pharmacie", "Transports", "Ébénisterie", "Maçonnerie", "Charpente", "Carrosserie",
        "Optique", "Auto-école", "Brasserie", "Cabinet", "Domaine", "Fleurs", "Laboratoire", "Cave", "Agence immobilière",
        "Ambulances", "Serrurerie", "Peinture", "Couverture", "Paysages",
    ];

    /// <summary>Regional names: "Rhône Logistique".</summary>
    public static readonly string[] Regions =
    [
        "Rhône", "Alpes", "Lyon", "Bretagne", "Provence", "Atlantique", "Normandie", "Savoie", "Beaujolais", "Dauphiné",
        "Forez", "Vercors", "Loire", "Auvergne", "Méditerranée", "Bourgogne", "Champagne", "Jura", "Vosges", "Gironde",
        "Saône", "Ardèche", "Drôme", "Isère", "Pilat", "Monts d'Or", "Croix-Rousse", "Confluence", "Bugey", "Dombes",
    ];

    public static readonly string[] Activities =
    [
        "Logistique", "Conseil", "Numérique", "Emballages", "Bâtiment", "Services", "Négoce", "Distribution", "Vins",
        "Énergies", "Mécanique", "Outdoor", "Matériaux", "Événements", "Conditionnement", "Bois", "Immobilier",
        "Froid Industriel", "Sécurité", "Nettoyage", "Traiteur", "Santé", "Formation", "Architecture", "Ingénierie",
        "Textile", "Médical", "Imprimerie", "Automatismes", "Environnement",
    ];

    /// <summary>Legal forms with how often a small French company has each.</summary>
    public static readonly (string Form, int Weight)[] LegalForms =
        [("SARL", 40), ("SAS", 30), ("EURL", 10), ("SASU", 10), ("SA", 7), ("SCOP", 3)];

    public static readonly string[] Streets =
    [
        "rue de la République", "avenue Jean Jaurès", "boulevard Gambetta", "rue Victor Hugo", "quai Saint-Antoine",
        "allée des Tilleuls", "chemin des Vignes", "impasse des Lilas", "rue Pasteur", "avenue Foch",
        "rue du Général de Gaulle", "rue des Écoles", "place de la Mairie", "rue de la Gare", "avenue de la Libération",
        "rue Nationale", "rue du Commerce", "boulevard des Belges", "rue Garibaldi", "cours Lafayette",
        "rue Paul Bert", "avenue Berthelot", "rue de Marseille", "rue Saint-Jean", "route de Genas",
        "zone artisanale des Platières", "rue des Artisans", "parc d'activités du Chêne", "rue de l'Industrie", "rue Émile Zola",
    ];

    public static readonly Town[] Towns =
    [
        new("Lyon", "69001", 3), new("Lyon", "69002", 4), new("Lyon", "69003", 5), new("Lyon", "69006", 4),
        new("Lyon", "69007", 4), new("Lyon", "69009", 3), new("Villeurbanne", "69100", 4), new("Vénissieux", "69200", 2),
        new("Caluire-et-Cuire", "69300", 2), new("Bron", "69500", 2), new("Vaulx-en-Velin", "69120", 1),
        new("Saint-Priest", "69800", 2), new("Villefranche-sur-Saône", "69400", 2), new("Vienne", "38200", 1),
        new("Saint-Étienne", "42000", 3), new("Roanne", "42300", 1), new("Grenoble", "38000", 3), new("Annecy", "74000", 2),
        new("Chambéry", "73000", 2), new("Bourg-en-Bresse", "01000", 2), new("Mâcon", "71000", 1), new("Valence", "26000", 2),
        new("Clermont-Ferrand", "63000", 2), new("Dijon", "21000", 2), new("Paris", "75002", 2), new("Paris", "75008", 2),
        new("Paris", "75011", 2), new("Paris", "75015", 2), new("Marseille", "13001", 2), new("Marseille", "13008", 1),
        new("Aix-en-Provence", "13100", 1), new("Toulouse", "31000", 2), new("Bordeaux", "33000", 2), new("Nantes", "44000", 2),
        new("Rennes", "35000", 1), new("Lille", "59000", 2), new("Strasbourg", "67000", 1), new("Montpellier", "34000", 1),
        new("Nice", "06000", 1), new("Tours", "37000", 1), new("Orléans", "45000", 1), new("Besançon", "25000", 1),
        new("Metz", "57000", 1), new("Nancy", "54000", 1), new("Rouen", "76000", 1), new("Caen", "14000", 1),
        new("Angers", "49000", 1), new("Limoges", "87000", 1), new("Avignon", "84000", 1), new("La Rochelle", "17000", 1),
    ];

    /// <summary>A name as a lower-case ASCII slug for domains and email addresses: "Boulangerie Lefèvre" → "boulangerie-lefevre".</summary>
    public static string Ascii(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'à' or 'â' or 'ä' or 'á' => "a",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'î' or 'ï' or 'í' => "i",
                'ô' or 'ö' or 'ó' => "o",
                'ù' or 'û' or 'ü' or 'ú' => "u",
                'ç' => "c",
                'ñ' => "n",
                'ß' => "ss",
                'œ' => "oe",
                'æ' => "ae",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            });
        }

        var slug = builder.ToString();
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }
}
