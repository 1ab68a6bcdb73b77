using System.Text.Json;
using Encaisse.Billing.Serialization;
using Encaisse.Domain.Parties;
using Encaisse.Storage;

namespace Encaisse.Billing.Import;

/// <summary>
/// Imports customers from a CSV file in two steps: <see cref="PlanAsync"/> reads and checks everything and
/// reports errors and probable duplicates without writing anything; <see cref="ApplyAsync"/> then writes only
/// the clean rows, in one transaction.
/// </summary>
public sealed class CustomerImport(TimeProvider time, CsvLimits? limits = null)
{
    private const int PageSize = 1000;

    private readonly TimeProvider time = time ?? throw new ArgumentNullException(nameof(time));
    private readonly CsvLimits limits = limits ?? CsvLimits.Default;

    /// <summary>
    /// Reads and checks the file against the tenant's existing customers. Throws <see cref="ImportFileException"/>
    /// when the file cannot be read at all; problems of single rows are in the plan.
    /// </summary>
    public async Task<ImportPlan> PlanAsync(EncaisseDatabase db, Guid tenantId, Stream csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(csv);
        var table = await CsvFile.ReadAsync(csv, limits, cancellationToken);
        var header = CustomerHeader.Read(table);
        var rows = table.Rows.Select(row => CustomerRows.Check(header, row, NewId)).ToList();
        await RequireTenantAsync(db, tenantId, cancellationToken);
        var existing = await LoadExistingAsync(db, tenantId, cancellationToken);
        return new ImportPlan(tenantId, table.EncodingName, table.Delimiter, MarkDuplicates(rows, existing), header.Warnings);
    }

    /// <summary>
    /// Writes the clean rows of the plan in one transaction. A clean row that now matches an existing customer
    /// (written since the plan was made, or by applying the same plan before) is left out, so applying twice
    /// writes nothing twice.
    /// </summary>
    public static async Task<ImportResult> ApplyAsync(EncaisseDatabase db, Guid tenantId, ImportPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.TenantId != tenantId)
        {
            throw new ArgumentException("The import plan was made for another tenant.", nameof(plan));
        }

        await RequireTenantAsync(db, tenantId, cancellationToken);
        var existing = await LoadExistingAsync(db, tenantId, cancellationToken);
        var toWrite = new List<Party>();
        var sincePlanned = 0;
        foreach (var party in plan.CleanParties)
        {
            if (existing.Matches(MatchKeys.Of(party)).Count > 0)
            {
                sincePlanned++;
            }
            else
            {
                toWrite.Add(party);
            }
        }

        await db.Parties.UpsertManyAsync(toWrite.Select(party => ToRecord(tenantId, party)).ToArray(), cancellationToken);
        return new ImportResult(toWrite.Count, plan.InvalidRows, plan.DuplicateRows, sincePlanned, toWrite.Select(party => party.Id.Value).ToArray());
    }

    /// <summary>The stored form of an imported customer.</summary>
    public static PartyRecord ToRecord(Guid tenantId, Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var roles = (party.IsCustomer ? PartyRoles.Customer : PartyRoles.None) | (party.IsSupplier ? PartyRoles.Supplier : PartyRoles.None);
        return new PartyRecord(tenantId, party.Id.Value, roles, party.LegalName, party.NameForMatching, party.Siren?.Value,
            party.Siret?.Value, party.VatNumber?.Value, party.InvoiceEmailAddress, MasterDataJson.Serialize(party));
    }

    private static List<ImportRow> MarkDuplicates(List<ImportRow> rows, DuplicateIndex<ExistingParty> existing)
    {
        var inFile = new DuplicateIndex<int>();
        foreach (var row in rows.Where(row => row.Party is not null))
        {
            inFile.Add(MatchKeys.Of(row.Party!), row.Line);
        }

        return rows.Select(row =>
        {
            if (row.Party is null)
            {
                return row;
            }

            var keys = MatchKeys.Of(row.Party);
            var duplicates = inFile.MatchesOf(keys, row.Line)
                .OrderBy(match => match.Key)
                .Select(match => new ProbableDuplicate(row.Line, row.Party.LegalName, match.Key, null, Ordered(match.Value)))
                .Concat(existing.Matches(keys)
                    .OrderBy(match => match.Key.PartyId)
                    .Select(match => new ProbableDuplicate(row.Line, row.Party.LegalName, null, match.Key, Ordered(match.Value))))
                .ToArray();
            return duplicates.Length == 0 ? row : row with { Duplicates = duplicates };
        }).ToList();
    }

    private static DuplicateKey[] Ordered(List<DuplicateKey> keys) => keys.Order().ToArray();

    /// <summary>Every party of the tenant (customers and suppliers: a supplier imported again as a customer is the same company).</summary>
    private static async Task<DuplicateIndex<ExistingParty>> LoadExistingAsync(EncaisseDatabase db, Guid tenantId, CancellationToken cancellationToken)
    {
        var index = new DuplicateIndex<ExistingParty>();
        Guid? after = null;
        do
        {
            var page = await db.Parties.ListAsync(tenantId, new PageRequest(after, PageSize), cancellationToken);
            foreach (var record in page.Items)
            {
                index.Add(KeysOf(record), new ExistingParty(record.PartyId, record.Name, record.Roles.HasFlag(PartyRoles.Customer)));
            }

            after = page.Next;
        }
        while (after is not null);

        return index;
    }

    private static MatchKeys KeysOf(PartyRecord record)
    {
        // Post code and IBANs are only in the body; a body that no longer reads still matches on its columns.
        string? postCode = null;
        IReadOnlyList<string> ibans = [];
        try
        {
            var draft = MasterDataJson.DeserializeValue<PartyDraft>(record.Body);
            postCode = MatchKeys.NormalizePostCode(draft.BillingAddress?.PostCode);
            ibans = (draft.BankAccounts ?? []).Select(account => account.Iban.Value).ToArray();
        }
        catch (JsonException)
        {
        }

        return new MatchKeys(record.Siren, record.Siret, record.VatNumber, ibans, PartyNames.NormalizeForMatching(record.Name), postCode);
    }

    private static async Task RequireTenantAsync(EncaisseDatabase db, Guid tenantId, CancellationToken cancellationToken)
    {
        if (await db.Tenants.GetAsync(tenantId, cancellationToken) is null)
        {
            throw new InvalidOperationException($"The tenant {tenantId} does not exist.");
        }
    }

    private PartyId NewId() => PartyId.New(Guid.CreateVersion7(time.GetUtcNow()));
}
