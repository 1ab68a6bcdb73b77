using System.Collections.Frozen;
using Encaisse.Domain.Common;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;

namespace Encaisse.Billing.Import;

/// <summary>
/// Checks one row of a customer file: every value through the domain's own parsers, then the whole customer
/// through <see cref="Party.Validate"/>. Every problem is reported with its column, none is fixed silently.
/// </summary>
public static class CustomerRows
{
    /// <summary>Longest name the ledger keeps.</summary>
    public const int MaxNameLength = 500;

    private const string WholeRow = "—";

    private static readonly FrozenDictionary<string, DeliveryChannel> Channels = Words(new Dictionary<string, DeliveryChannel>
    {
        ["email|e mail|mail|courriel"] = DeliveryChannel.Email,
        ["portal|portail|espace client"] = DeliveryChannel.Portal,
        ["network|peppol|reseau|e invoicing|facturation electronique|pdp|pa"] = DeliveryChannel.Network,
        ["paper|papier|courrier|poste|post"] = DeliveryChannel.Paper,
    });

    private static readonly FrozenDictionary<string, bool> BusinessWords = Words(new Dictionary<string, bool>
    {
        ["b2b|business|company|pro|professionnel|entreprise|societe|yes|oui|true|1|y|o"] = true,
        ["b2c|consumer|individual|particulier|consommateur|no|non|false|0|n"] = false,
    });

    private static readonly FrozenDictionary<string, string> LanguageNames = Words(new Dictionary<string, string>
    {
        ["francais|french"] = "fr",
        ["anglais|english"] = "en",
        ["allemand|german|deutsch"] = "de",
        ["espagnol|spanish|espanol"] = "es",
        ["italien|italian|italiano"] = "it",
        ["neerlandais|dutch|nederlands"] = "nl",
    });

    // Country names French files write instead of the ISO code.
    private static readonly FrozenDictionary<string, string> CountryNames = Words(new Dictionary<string, string>
    {
        ["france"] = "FR",
        ["belgique|belgium"] = "BE",
        ["luxembourg"] = "LU",
        ["suisse|switzerland"] = "CH",
        ["monaco"] = "MC",
        ["allemagne|germany"] = "DE",
        ["espagne|spain"] = "ES",
        ["italie|italy"] = "IT",
        ["pays bas|netherlands"] = "NL",
        ["royaume uni|united kingdom"] = "GB",
    });

    // Which column a message of Party.Validate is about, by how the message starts.
    private static readonly (string Start, CustomerColumn Column)[] ValidationColumns =
    [
        ("The legal name", CustomerColumn.Name),
        ("The SIRET", CustomerColumn.Siret),
        ("The VAT number", CustomerColumn.VatNumber),
        ("The electronic address", CustomerColumn.ElectronicAddress),
        ("Delivery over the e-invoicing network", CustomerColumn.ElectronicAddress),
        ("Delivery by email", CustomerColumn.Email),
        ("Delivery on paper", CustomerColumn.AddressLine1),
        ("Billing address", CustomerColumn.Country),
        ("Invoice email", CustomerColumn.Email),
        ("The IBAN", CustomerColumn.Iban),
    ];

    /// <summary>Checks a data row; <paramref name="newId"/> is called only when the row is valid.</summary>
    public static ImportRow Check(CustomerHeader header, CsvRow row, Func<PartyId> newId)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(newId);
        var reading = new RowReading(header, row);
        if (row.Fields.Count > header.Width && row.Fields.Skip(header.Width).Any(value => !string.IsNullOrWhiteSpace(value)))
        {
            reading.Fail(WholeRow,
                $"The line has {row.Fields.Count} values but the header has {header.Width} columns: a value containing the separator must be in double quotes.");
        }

        var name = reading.Text(CustomerColumn.Name);
        if (name is { Length: > MaxNameLength })
        {
            reading.Fail(CustomerColumn.Name, $"The name is longer than {MaxNameLength} characters.");
        }

        var siren = reading.Parse(CustomerColumn.Siren, Siren.Parse);
        var siret = reading.Parse(CustomerColumn.Siret, Siret.Parse);
        var vatNumber = reading.Parse(CustomerColumn.VatNumber, VatNumber.Parse);
        var iban = reading.Parse(CustomerColumn.Iban, Iban.Parse);
        var bic = reading.Parse(CustomerColumn.Bic, Bic.Parse);
        var electronicAddress = reading.Parse(CustomerColumn.ElectronicAddress, PeppolParticipantId.Parse);
        var email = reading.Text(CustomerColumn.Email);
        var phone = reading.Text(CustomerColumn.Phone);
        var postCode = reading.Text(CustomerColumn.PostCode);
        var country = ReadCountry(reading) ?? "FR";
        var language = reading.Parse(CustomerColumn.Language,
            text => LanguageCode.Parse(LanguageNames.GetValueOrDefault(CustomerColumns.Fold(text), text)));
        var isBusiness = reading.Lookup(CustomerColumn.Business, BusinessWords, "B2B or B2C (also: entreprise, particulier, oui, non)");
        var channel = reading.Lookup(CustomerColumn.Channel, Channels, "email, portal, network or paper (also: courriel, portail, réseau, peppol, papier, courrier)");

        if (bic is not null && iban is null && !reading.HasProblem(CustomerColumn.Iban))
        {
            reading.Fail(CustomerColumn.Bic, "A BIC is given without an IBAN: give the IBAN of the account too.");
        }

        if (phone is not null && !IsPlainNumber(phone.TrimStart('+')))
        {
            reading.Fail(CustomerColumn.Phone, $"'{phone}' is not a telephone number: only digits, spaces, dots, dashes, parentheses and a leading + are expected.");
        }

        if (country == "FR" && postCode is not null)
        {
            CheckFrenchPostCode(reading, postCode);
        }

        var draft = new PartyDraft
        {
            Roles = [PartyRole.Customer],
            LegalName = name,
            TradingName = reading.Text(CustomerColumn.TradingName),
            IsBusiness = isBusiness ?? true,
            Siren = siren,
            Siret = siret,
            VatNumber = vatNumber,
            ElectronicAddress = electronicAddress,
            BillingAddress = new PostalAddress
            {
                Line1 = reading.Text(CustomerColumn.AddressLine1),
                Line2 = reading.Text(CustomerColumn.AddressLine2),
                PostCode = postCode,
                City = reading.Text(CustomerColumn.City),
                CountryCode = country,
            },
            Contacts = phone is null ? [] : [new PartyContact(new Contact { Telephone = phone }, ContactRole.Billing)],
            PreferredLanguage = language,
            // Without a channel column the customer gets email when it has an address, else the network
            // when it has an electronic address; Party.Validate says what is missing otherwise.
            PreferredChannel = channel ?? (email is null && electronicAddress is not null ? DeliveryChannel.Network : DeliveryChannel.Email),
            InvoiceEmail = email,
            BankAccounts = iban is null ? [] : [new BankAccount(iban, bic)],
        };

        foreach (var message in Party.Validate(draft))
        {
            if (ColumnOf(message) is not { } column)
            {
                reading.Fail(WholeRow, message);
            }
            else if (!reading.HasProblem(column))
            {
                // A value that did not parse was left out of the draft; what Validate says about it again is noise.
                reading.Fail(column, message);
            }
        }

        if (reading.Problems.Count > 0)
        {
            return new ImportRow(row.Line, name, null, reading.Problems, []);
        }

        var party = Party.Create(newId(), draft);
        return party.Success
            ? new ImportRow(row.Line, name, party.Value, [], [])
            : new ImportRow(row.Line, name, null, [new ImportProblem(row.Line, WholeRow, party.Error)], []);
    }

    /// <summary>
    /// Why a value would be run as a formula by a spreadsheet program opening an export later (OWASP CSV
    /// injection), or null. Numbers and telephone numbers such as "-12,50" or "+33 1 23 45 67 89" are fine.
    /// </summary>
    public static string? FormulaDanger(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Length > 0 && raw[0] is '\t' or '\r')
        {
            return "The value starts with a tab or a carriage return, which spreadsheet programs may read as the start of a formula (CSV injection). Remove it in the file.";
        }

        var value = raw.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var dangerous = value[0] switch
        {
            '=' or '@' => true,
            '+' or '-' => value.Length > 1 && !IsPlainNumber(value[1..]),
            _ => false,
        };
        return dangerous
            ? $"The value starts with '{value[0]}', so spreadsheet programs would run it as a formula (CSV injection). "
                + $"Remove the '{value[0]}' in the file if the value is genuine."
            : null;
    }

    private static CustomerColumn? ColumnOf(string validationMessage)
    {
        foreach (var (start, column) in ValidationColumns)
        {
            if (validationMessage.StartsWith(start, StringComparison.Ordinal))
            {
                return column;
            }
        }

        return null;
    }

    private static bool IsPlainNumber(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or ',' or '-' or '(' or ')' or '/');

    private static string? ReadCountry(RowReading reading)
    {
        var text = reading.Text(CustomerColumn.Country);
        if (text is null)
        {
            return null;
        }

        var parsed = CountryCode.Parse(CountryNames.GetValueOrDefault(CustomerColumns.Fold(text), text));
        if (parsed.Success)
        {
            return parsed.Value.Value;
        }

        reading.Fail(CustomerColumn.Country, parsed.Error);
        return text;
    }

    private static void CheckFrenchPostCode(RowReading reading, string postCode)
    {
        var compact = postCode.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 5 && compact.All(char.IsAsciiDigit))
        {
            return;
        }

        reading.Fail(CustomerColumn.PostCode, compact.Length == 4 && compact.All(char.IsAsciiDigit)
            ? $"A French post code has 5 digits; '{postCode}' has 4: the spreadsheet probably dropped a leading zero (0{compact}?). Format the column as text."
            : $"A French post code has 5 digits; '{postCode}' is not one.");
    }

    private static FrozenDictionary<string, T> Words<T>(Dictionary<string, T> groups) =>
        groups.SelectMany(group => group.Key.Split('|').Select(word => KeyValuePair.Create(word, group.Value)))
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The values of one row, and the problems found so far.</summary>
    private sealed class RowReading(CustomerHeader header, CsvRow row)
    {
        private readonly HashSet<string> failedColumns = new(StringComparer.Ordinal);

        public List<ImportProblem> Problems { get; } = [];

        public bool HasProblem(CustomerColumn column) => failedColumns.Contains(header.HeadingOf(column));

        public void Fail(CustomerColumn column, string message) => Fail(header.HeadingOf(column), message);

        public void Fail(string heading, string message)
        {
            failedColumns.Add(heading);
            Problems.Add(new ImportProblem(row.Line, heading, message));
        }

        /// <summary>The trimmed value, null when blank or absent, or when it is unsafe (reported).</summary>
        public string? Text(CustomerColumn column)
        {
            var index = header.IndexOf(column);
            if (index < 0 || index >= row.Fields.Count)
            {
                return null;
            }

            var raw = row.Fields[index];
            if (FormulaDanger(raw) is { } danger)
            {
                Fail(column, danger);
                return null;
            }

            var value = raw.Trim();
            if (value.Any(char.IsControl))
            {
                Fail(column, "The value contains a line break or another control character: keep it on one line (each address line has its own column).");
                return null;
            }

            return value.Length == 0 ? null : value;
        }

        public T? Parse<T>(CustomerColumn column, Func<string, ParseResult<T>> parse)
            where T : class
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            var result = parse(text);
            if (result.Success)
            {
                return result.Value;
            }

            Fail(column, result.Error + SpreadsheetHint(column, text));
            return null;
        }

        public T? Lookup<T>(CustomerColumn column, FrozenDictionary<string, T> words, string expected)
            where T : struct
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (words.TryGetValue(CustomerColumns.Fold(text), out var value))
            {
                return value;
            }

            Fail(column, $"'{text}' is not understood as a {CustomerColumns.Describe(column)}: expected {expected}.");
            return null;
        }

        // Spreadsheets turn long digit strings into numbers: 55208131700084 becomes 5,52081E+13, and
        // identifiers lose their leading zero. Say so, since the clerk will not guess it from "not valid".
        private static string SpreadsheetHint(CustomerColumn column, string text)
        {
            if (column is not (CustomerColumn.Siren or CustomerColumn.Siret or CustomerColumn.Iban or CustomerColumn.VatNumber))
            {
                return string.Empty;
            }

            if (text.Contains("E+", StringComparison.OrdinalIgnoreCase) && text.Any(char.IsAsciiDigit))
            {
                return " The spreadsheet turned it into a number in scientific notation: format the column as text and export again.";
            }

            var digits = text.Count(char.IsAsciiDigit);
            var allDigits = text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-');
            return allDigits && ((column == CustomerColumn.Siren && digits == Siren.Length - 1) || (column == CustomerColumn.Siret && digits == Siret.Length - 1))
                ? " The spreadsheet may have dropped a leading zero: format the column as text and export again."
                : string.Empty;
        }
    }
}
