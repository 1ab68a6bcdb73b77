using System.Collections.Frozen;
using System.Text;

namespace Encaisse.Billing.Import;

/// <summary>What a column of a customer file holds.</summary>
public enum CustomerColumn
{
    Name,
    TradingName,
    Siren,
    Siret,
    VatNumber,
    Iban,
    Bic,
    Email,
    Phone,
    AddressLine1,
    AddressLine2,
    PostCode,
    City,
    Country,
    Channel,
    Language,
    ElectronicAddress,
    Business,
}

/// <summary>The header of a customer file read: which position holds which column, and what was not understood.</summary>
public sealed class CustomerHeader
{
    private readonly FrozenDictionary<CustomerColumn, (int Index, string Heading)> columns;

    private CustomerHeader(FrozenDictionary<CustomerColumn, (int Index, string Heading)> columns, int width, IReadOnlyList<string> warnings)
    {
        this.columns = columns;
        Width = width;
        Warnings = warnings;
    }

    /// <summary>How many columns the header line has.</summary>
    public int Width { get; }

    /// <summary>Columns that are ignored, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public IEnumerable<CustomerColumn> Columns => columns.Keys;

    public bool Has(CustomerColumn column) => columns.ContainsKey(column);

    /// <summary>The position of the column in a row, or -1 when the file has no such column.</summary>
    public int IndexOf(CustomerColumn column) => columns.TryGetValue(column, out var found) ? found.Index : -1;

    /// <summary>The column's heading as the file writes it, to name it in messages; a standard name when absent.</summary>
    public string HeadingOf(CustomerColumn column) =>
        columns.TryGetValue(column, out var found) ? found.Heading : CustomerColumns.StandardHeading(column);

    /// <summary>Maps the header line; a missing name column, or two columns meaning the same thing, make the file unusable.</summary>
    public static CustomerHeader Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var found = new Dictionary<CustomerColumn, (int Index, string Heading)>();
        var warnings = new List<string>();
        var headings = table.Header.Fields;
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i].Trim();
            if (heading.Length == 0)
            {
                if (table.Rows.Any(row => i < row.Fields.Count && !string.IsNullOrWhiteSpace(row.Fields[i])))
                {
                    warnings.Add($"Column {i + 1} has no heading: its values are ignored.");
                }

                continue;
            }

            if (!CustomerColumns.TryMatch(heading, out var column))
            {
                warnings.Add($"Column '{heading}' is not a known customer column: it is ignored.");
                continue;
            }

            if (found.TryGetValue(column, out var earlier))
            {
                throw new ImportFileException(table.Header.Line,
                    $"the columns '{earlier.Heading}' and '{heading}' both give the {CustomerColumns.Describe(column)}: keep only one.");
            }

            found[column] = (i, heading);
        }

        if (!found.ContainsKey(CustomerColumn.Name))
        {
            throw new ImportFileException(table.Header.Line,
                "no column gives the customer's name: the header line needs a column such as 'nom', 'raison sociale' or 'name'. "
                + $"The separator found is '{(table.Delimiter == '\t' ? "tab" : table.Delimiter.ToString())}'.");
        }

        return new CustomerHeader(found.ToFrozenDictionary(), headings.Count, warnings);
    }
}

/// <summary>The headings, French and English, that customer files use for each column.</summary>
public static class CustomerColumns
{
    // Compared after folding (lower case, no accents, punctuation as spaces): "N° TVA" is "n tva".
    private static readonly FrozenDictionary<string, CustomerColumn> Aliases = BuildAliases();

    /// <summary>Recognises a heading, whatever its case, accents and punctuation ("Téléphone", "N° TVA", "E-mail").</summary>
    public static bool TryMatch(string heading, out CustomerColumn column) => Aliases.TryGetValue(Fold(heading), out column);

    /// <summary>The heading to use in messages when the file has no such column.</summary>
    public static string StandardHeading(CustomerColumn column) => column switch
    {
        CustomerColumn.Name => "nom",
        CustomerColumn.TradingName => "enseigne",
        CustomerColumn.Siren => "siren",
        CustomerColumn.Siret => "siret",
        CustomerColumn.VatNumber => "tva",
        CustomerColumn.Iban => "iban",
        CustomerColumn.Bic => "bic",
        CustomerColumn.Email => "email",
        CustomerColumn.Phone => "telephone",
        CustomerColumn.AddressLine1 => "adresse",
        CustomerColumn.AddressLine2 => "complement",
        CustomerColumn.PostCode => "code postal",
        CustomerColumn.City => "ville",
        CustomerColumn.Country => "pays",
        CustomerColumn.Channel => "canal",
        CustomerColumn.Language => "langue",
        CustomerColumn.ElectronicAddress => "peppol",
        CustomerColumn.Business => "b2b",
        _ => column.ToString(),
    };

    /// <summary>What the column holds, in words.</summary>
    public static string Describe(CustomerColumn column) => column switch
    {
        CustomerColumn.Name => "customer name",
        CustomerColumn.TradingName => "trading name",
        CustomerColumn.Siren => "SIREN",
        CustomerColumn.Siret => "SIRET",
        CustomerColumn.VatNumber => "VAT number",
        CustomerColumn.Iban => "IBAN",
        CustomerColumn.Bic => "BIC",
        CustomerColumn.Email => "email address",
        CustomerColumn.Phone => "telephone number",
        CustomerColumn.AddressLine1 => "address",
        CustomerColumn.AddressLine2 => "address complement",
        CustomerColumn.PostCode => "post code",
        CustomerColumn.City => "city",
        CustomerColumn.Country => "country",
        CustomerColumn.Channel => "delivery channel",
        CustomerColumn.Language => "language",
        CustomerColumn.ElectronicAddress => "electronic address",
        CustomerColumn.Business => "business or consumer flag",
        _ => column.ToString(),
    };

    /// <summary>Lower case, accents removed, every run of other characters one space: the form aliases are written in.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            var plain = c switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
                'æ' => "ae",
                'ç' => "c",
                'è' or 'é' or 'ê' or 'ë' => "e",
                'ì' or 'í' or 'î' or 'ï' => "i",
                'ñ' => "n",
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' => "o",
                'œ' => "oe",
                'ù' or 'ú' or 'û' or 'ü' => "u",
                'ý' or 'ÿ' => "y",
                // "Nº", the ordinal indicator used for "numéro", is a letter to .NET; read it as the degree sign.
                'º' => " ",
                _ => char.IsAsciiLetterOrDigit(c) ? null : " ",
            };
            if (plain == " ")
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (plain is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(plain);
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, CustomerColumn> BuildAliases()
    {
        var map = new Dictionary<string, CustomerColumn>(StringComparer.Ordinal);
        void Add(CustomerColumn column, string aliases)
        {
            foreach (var alias in aliases.Split('|'))
            {
                map.Add(Fold(alias), column);
            }
        }

        Add(CustomerColumn.Name, "name|nom|raison sociale|legal name|company|company name|customer|customer name|client|nom client|"
            + "nom du client|societe|nom de la societe|denomination|denomination sociale|entreprise");
        Add(CustomerColumn.TradingName, "trading name|trade name|enseigne|nom commercial");
        Add(CustomerColumn.Siren, "siren|n siren|no siren|numero siren|siren number");
        Add(CustomerColumn.Siret, "siret|n siret|no siret|numero siret|siret number");
        Add(CustomerColumn.VatNumber, "vat|vat number|vat id|vat no|tva|n tva|no tva|numero tva|numero de tva|tva intracom|"
            + "n tva intracom|tva intracommunautaire|n tva intracommunautaire|numero de tva intracommunautaire");
        Add(CustomerColumn.Iban, "iban");
        Add(CustomerColumn.Bic, "bic|swift|bic swift|code bic");
        Add(CustomerColumn.Email, "email|e mail|mail|courriel|adresse email|adresse e mail|email address|invoice email|email facturation");
        Add(CustomerColumn.Phone, "phone|phone number|telephone|tel|numero de telephone");
        Add(CustomerColumn.AddressLine1, "address|address 1|address1|address line 1|street|adresse|adresse 1|adresse1|adresse ligne 1|rue");
        Add(CustomerColumn.AddressLine2, "address 2|address2|address line 2|adresse 2|adresse2|adresse ligne 2|complement|"
            + "complement d adresse|complement adresse");
        Add(CustomerColumn.PostCode, "postcode|post code|postal code|zip|zip code|code postal|cp");
        Add(CustomerColumn.City, "city|town|ville|commune|localite");
        Add(CustomerColumn.Country, "country|country code|pays|code pays");
        Add(CustomerColumn.Channel, "channel|delivery channel|canal|canal d envoi|mode d envoi|envoi");
        Add(CustomerColumn.Language, "language|langue|lang");
        Add(CustomerColumn.ElectronicAddress, "peppol|peppol id|electronic address|adresse electronique|"
            + "adresse de facturation electronique|identifiant peppol");
        Add(CustomerColumn.Business, "business|b2b|b2b b2c|type de client|customer type|client type");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
