using Encaisse.Domain.Parties;

namespace Encaisse.Billing.Import;

/// <summary>What happens to a row of the file on apply.</summary>
public enum ImportRowStatus
{
    /// <summary>Checked and unlike any other customer: written on apply.</summary>
    Clean,

    /// <summary>Has at least one error: left out until the file is corrected.</summary>
    Invalid,

    /// <summary>Valid, but probably the same customer as another row or an existing customer: left out.</summary>
    Duplicate,
}

/// <summary>One thing wrong with a row: the line, the column as the file names it, and what to fix.</summary>
public sealed record ImportProblem(int Line, string Column, string Message);

/// <summary>What two customers have in common that makes them probably the same.</summary>
public enum DuplicateKey
{
    Siren,
    Siret,
    VatNumber,
    Iban,

    /// <summary>The same name once legal forms, accents and punctuation are ignored, and no different post code.</summary>
    Name,
}

/// <summary>A party already in the database: usually a customer; a supplier being imported as a customer is the same company too.</summary>
public sealed record ExistingParty(Guid PartyId, string Name, bool IsCustomer = true);

/// <summary>
/// Row <see cref="Line"/> is probably the same customer as row <see cref="OtherLine"/> of the file, or as the
/// <see cref="Existing"/> customer (exactly one of the two is set), because of the <see cref="SameKeys"/>.
/// </summary>
public sealed record ProbableDuplicate(int Line, string Name, int? OtherLine, ExistingParty? Existing, IReadOnlyList<DuplicateKey> SameKeys)
{
    /// <summary>"line 7" or "existing customer Boulangerie Dupont (0196…)".</summary>
    public string Target => Existing is { } existing
        ? $"existing {(existing.IsCustomer ? "customer" : "supplier")} {existing.Name} ({existing.PartyId})"
        : $"line {OtherLine}";

    /// <summary>"same SIRET, same name".</summary>
    public string Reasons => string.Join(", ", SameKeys.Select(key => "same " + Describe(key)));

    public static string Describe(DuplicateKey key) => key switch
    {
        DuplicateKey.Siren => "SIREN",
        DuplicateKey.Siret => "SIRET",
        DuplicateKey.VatNumber => "VAT number",
        DuplicateKey.Iban => "IBAN",
        DuplicateKey.Name => "name",
        _ => key.ToString(),
    };
}

/// <summary>One data row of the file, checked.</summary>
public sealed record ImportRow(int Line, string? Name, Party? Party, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ProbableDuplicate> Duplicates)
{
    public ImportRowStatus Status =>
        Party is null ? ImportRowStatus.Invalid : Duplicates.Count > 0 ? ImportRowStatus.Duplicate : ImportRowStatus.Clean;
}

/// <summary>
/// The dry-run report of a customer import: every row with its fate, the errors and the probable duplicates.
/// Nothing is written until the plan is applied, and then only its clean rows.
/// </summary>
public sealed record ImportPlan(Guid TenantId, string EncodingName, char Delimiter, IReadOnlyList<ImportRow> Rows, IReadOnlyList<string> Warnings)
{
    public int TotalRows => Rows.Count;

    public int CleanRows => Rows.Count(row => row.Status == ImportRowStatus.Clean);

    public int InvalidRows => Rows.Count(row => row.Status == ImportRowStatus.Invalid);

    public int DuplicateRows => Rows.Count(row => row.Status == ImportRowStatus.Duplicate);

    /// <summary>True when every row would be written.</summary>
    public bool IsClean => Rows.All(row => row.Status == ImportRowStatus.Clean);

    public IEnumerable<ImportProblem> Problems => Rows.SelectMany(row => row.Problems);

    public IEnumerable<ProbableDuplicate> Duplicates => Rows.SelectMany(row => row.Duplicates);

    /// <summary>The customers apply writes.</summary>
    public IEnumerable<Party> CleanParties => Rows.Where(row => row.Status == ImportRowStatus.Clean).Select(row => row.Party!);
}

/// <summary>What apply did.</summary>
public sealed record ImportResult(int Written, int LeftOutInvalid, int LeftOutDuplicates, int LeftOutSincePlanned, IReadOnlyList<Guid> WrittenPartyIds)
{
    /// <summary>Rows not written, for whatever reason.</summary>
    public int LeftOut => LeftOutInvalid + LeftOutDuplicates + LeftOutSincePlanned;
}
