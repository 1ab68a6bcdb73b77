using System.Text;
using Encaisse.Billing.Import;
using Encaisse.Billing.Serialization;
using Encaisse.Domain.Common;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;
using Encaisse.Storage;
using Encaisse.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Encaisse.Billing.Tests.Import;

public sealed class CustomerImportTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Encoding Windows1252 = CreateWindows1252();

    private static readonly Siren SirenA = Siren.FromFirstEightDigits(55208131);
    private static readonly Siren SirenB = Siren.FromFirstEightDigits(40123456);
    private static readonly Siren SirenC = Siren.FromFirstEightDigits(30987654);
    private static readonly Siren SirenExisting = Siren.FromFirstEightDigits(77665544);
    private static readonly string IbanB = Iban.FromBban("FR", "30006000011234567890189").Value.Formatted;

    private readonly CustomerImport import = new(new FakeTimeProvider(DatabaseFixture.Start));

    /// <summary>
    /// A French Excel export (Windows-1252, semicolons) with every kind of dirt: a bad SIRET, a bad IBAN, a formula,
    /// the same bakery under two spellings, and a customer already in the database under another name.
    /// </summary>
    private static byte[] DirtyFile()
    {
        var siretA = Siret.Create(SirenA, 1).Value;
        var badSiret = siretA[..13] + (siretA[13] == '9' ? '0' : (char)(siretA[13] + 1));
        var badIban = IbanB.Replace("7890 189", "7890 198", StringComparison.Ordinal);
        var lines = new[]
        {
            "Raison sociale;SIRET;N° TVA;IBAN;Courriel;Adresse;Code postal;Ville",
            $"Boulangerie Dupont SARL;{siretA};;;compta@dupont.fr;1 rue Haute;75001;Paris",
            $"Façonnage Bérénice;{Siret.Create(SirenB, 2)};{VatNumber.ForFrenchSiren(SirenB)};{IbanB};contact@faconnage.fr;2 rue Basse;69001;Lyon",
            $"Mauvais Siret SA;{badSiret};;;a@mauvais.fr;;;",
            "BOULANGERIE DUPONT;;;;boulangerie@dupont.fr;1 rue Haute;75 001;Paris",
            $"Banque Fausse;;;{badIban};b@fausse.fr;;;",
            "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\";;;;c@evil.fr;;;",
            $"Garçon & Cie;{Siret.Create(SirenC, 3)};;;garcon@cie.fr;;13001;Marseille",
            $"Lefèvre Transports;;{VatNumber.ForFrenchSiren(SirenExisting)};;flotte@lefevre.fr;;33000;Bordeaux",
        };
        return Windows1252.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    private static async Task<Guid> AddTenantAsync(EncaisseDatabase db)
    {
        var tenantId = Guid.CreateVersion7();
        await db.Tenants.UpsertAsync(new TenantRecord(tenantId, "Import " + tenantId.ToString("N")[..8], []), None);
        return tenantId;
    }

    private static async Task<Party> AddExistingCustomerAsync(EncaisseDatabase db, Guid tenantId)
    {
        var party = Party.Create(PartyId.New(Guid.CreateVersion7()), new PartyDraft
        {
            LegalName = "Transports Lefèvre SAS",
            Siret = Siret.Create(SirenExisting, 1),
            VatNumber = VatNumber.ForFrenchSiren(SirenExisting),
            BillingAddress = new PostalAddress { City = "Mérignac", PostCode = "33700", CountryCode = "FR" },
            InvoiceEmail = "compta@lefevre.fr",
        }).Value;
        await db.Parties.UpsertAsync(CustomerImport.ToRecord(tenantId, party), None);
        return party;
    }

    private static async Task<IReadOnlyList<PartyRecord>> PartiesAsync(EncaisseDatabase db, Guid tenantId) =>
        (await db.Parties.ListAsync(tenantId, PageRequest.First(PageRequest.MaxLimit), None)).Items;

    [Theory, Sqlite, Postgres]
    public async Task A_dirty_file_is_reported_without_writing_and_applying_writes_only_the_clean_rows(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (db, tenantId) = (test.Db, await AddTenantAsync(test.Db));
        var existing = await AddExistingCustomerAsync(db, tenantId);

        var plan = await import.PlanAsync(db, tenantId, new MemoryStream(DirtyFile()), None);

        Assert.Equal("Windows-1252", plan.EncodingName);
        Assert.Equal(';', plan.Delimiter);
        Assert.Equal((8, 2, 3, 3), (plan.TotalRows, plan.CleanRows, plan.InvalidRows, plan.DuplicateRows));
        Assert.Equal([3, 8], plan.Rows.Where(row => row.Status == ImportRowStatus.Clean).Select(row => row.Line));
        // Accents of the Windows-1252 file are read as written.
        Assert.Equal(["Façonnage Bérénice", "Garçon & Cie"], plan.CleanParties.Select(party => party.LegalName));

        var problems = plan.Problems.ToArray();
        Assert.Equal([(4, "SIRET"), (6, "IBAN"), (7, "Raison sociale")], problems.Select(problem => (problem.Line, problem.Column)));
        Assert.Contains("formula", problems[2].Message, StringComparison.Ordinal);

        var duplicates = plan.Duplicates.ToArray();
        Assert.Equal(3, duplicates.Length);
        // The same bakery under two spellings: each row points at the other, by name (same post code).
        Assert.Equal((2, 5, DuplicateKey.Name), (duplicates[0].Line, duplicates[0].OtherLine, Assert.Single(duplicates[0].SameKeys)));
        Assert.Equal((5, 2), (duplicates[1].Line, duplicates[1].OtherLine));
        // The carrier is already a customer, under another name: found by the SIREN inside its VAT number.
        Assert.Equal(9, duplicates[2].Line);
        Assert.Equal(existing.Id.Value, duplicates[2].Existing!.PartyId);
        Assert.Equal([DuplicateKey.Siren, DuplicateKey.VatNumber], duplicates[2].SameKeys);

        // Dry run: nothing written.
        Assert.Equal([existing.Id.Value], (await PartiesAsync(db, tenantId)).Select(record => record.PartyId));

        var result = await CustomerImport.ApplyAsync(db, tenantId, plan, None);
        Assert.Equal((2, 3, 3, 0), (result.Written, result.LeftOutInvalid, result.LeftOutDuplicates, result.LeftOutSincePlanned));
        var stored = await PartiesAsync(db, tenantId);
        Assert.Equal(
            ["Façonnage Bérénice", "Garçon & Cie", "Transports Lefèvre SAS"],
            stored.Select(record => record.Name).Order(StringComparer.Ordinal));
        var faconnage = stored.Single(record => record.Name == "Façonnage Bérénice");
        Assert.Equal(PartyRoles.Customer, faconnage.Roles);
        Assert.Equal(SirenB.Value, faconnage.Siren);
        Assert.Equal("contact@faconnage.fr", faconnage.Email);
        var body = MasterDataJson.DeserializeParty(faconnage.PartyId, faconnage.Body);
        Assert.Equal("Lyon", body.BillingAddress.City);
        Assert.Equal(Iban.Parse(IbanB).Value, body.BankAccounts.Single().Iban);
    }

    [Theory, Sqlite, Postgres]
    public async Task Importing_the_same_file_again_finds_every_valid_row_a_duplicate_and_writes_nothing(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (db, tenantId) = (test.Db, await AddTenantAsync(test.Db));
        await AddExistingCustomerAsync(db, tenantId);
        await CustomerImport.ApplyAsync(db, tenantId, await import.PlanAsync(db, tenantId, new MemoryStream(DirtyFile()), None), None);
        var before = await PartiesAsync(db, tenantId);

        var again = await import.PlanAsync(db, tenantId, new MemoryStream(DirtyFile()), None);
        Assert.Equal((0, 3, 5), (again.CleanRows, again.InvalidRows, again.DuplicateRows));
        var faconnage = again.Rows.Single(row => row.Line == 3).Duplicates.Single();
        Assert.Equal("Façonnage Bérénice", faconnage.Existing!.Name);
        Assert.Equal([DuplicateKey.Siren, DuplicateKey.Siret, DuplicateKey.VatNumber, DuplicateKey.Iban, DuplicateKey.Name], faconnage.SameKeys);

        var result = await CustomerImport.ApplyAsync(db, tenantId, again, None);
        Assert.Equal(0, result.Written);
        Assert.Equal(before.Select(record => record.PartyId).Order(), (await PartiesAsync(db, tenantId)).Select(record => record.PartyId).Order());
    }

    [Theory, Sqlite, Postgres]
    public async Task Applying_the_same_plan_twice_writes_its_rows_once(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (db, tenantId) = (test.Db, await AddTenantAsync(test.Db));
        var plan = await import.PlanAsync(db, tenantId, new MemoryStream(DirtyFile()), None);
        Assert.Equal(3, (await CustomerImport.ApplyAsync(db, tenantId, plan, None)).Written);

        var second = await CustomerImport.ApplyAsync(db, tenantId, plan, None);
        Assert.Equal((0, 3), (second.Written, second.LeftOutSincePlanned));
        Assert.Equal(3, (await PartiesAsync(db, tenantId)).Count);
    }

    [Theory, Sqlite, Postgres]
    public async Task Duplicates_are_found_among_more_existing_customers_than_one_page_holds(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (db, tenantId) = (test.Db, await AddTenantAsync(test.Db));
        var records = Enumerable.Range(1, 1001).Select(i => CustomerImport.ToRecord(tenantId, Party.Create(PartyId.New(Guid.NewGuid()), new PartyDraft
        {
            LegalName = $"Client {i}",
            Siren = Siren.FromFirstEightDigits(10_000_000 + i),
            BillingAddress = new PostalAddress { CountryCode = "FR" },
            InvoiceEmail = $"client{i}@example.fr",
        }).Value)).ToArray();
        await db.Parties.UpsertManyAsync(records, None);
        // Storage lists ids in the order of their text: the last one is on the second page.
        var last = records.MaxBy(record => record.PartyId.ToString(), StringComparer.Ordinal)!;

        var csv = $"nom;siren;email\nAutre nom;{last.Siren};x@example.fr\n";
        var plan = await import.PlanAsync(db, tenantId, new MemoryStream(Encoding.UTF8.GetBytes(csv)), None);
        Assert.Equal(last.PartyId, plan.Duplicates.Single().Existing!.PartyId);
    }

    [Theory, Sqlite, Postgres]
    public async Task The_batch_write_is_all_or_nothing(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (db, tenantId) = (test.Db, await AddTenantAsync(test.Db));
        Party Customer(string name) => Party.Create(PartyId.New(Guid.NewGuid()), new PartyDraft
        {
            LegalName = name,
            BillingAddress = new PostalAddress { CountryCode = "FR" },
            InvoiceEmail = "a@b.fr",
        }).Value;

        // The second record belongs to a tenant that does not exist: the first must not stay written.
        var records = new[] { CustomerImport.ToRecord(tenantId, Customer("First")), CustomerImport.ToRecord(Guid.NewGuid(), Customer("Second")) };
        var error = await Assert.ThrowsAsync<StorageException>(() => db.Parties.UpsertManyAsync(records, None));
        Assert.Equal(StorageError.MissingReference, error.Error);
        Assert.Empty(await PartiesAsync(db, tenantId));
    }

    [Theory, Sqlite, Postgres]
    public async Task An_unreadable_file_is_refused_before_anything_else(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (db, tenantId) = (test.Db, await AddTenantAsync(test.Db));
        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            import.PlanAsync(db, tenantId, new MemoryStream("nom;ville\n\"Dupont;Lyon\n"u8.ToArray()), None));
        Assert.Equal(2, error.Line);
    }

    [Theory, Sqlite]
    public async Task A_plan_is_applied_only_to_its_own_tenant(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var (db, tenantId) = (test.Db, await AddTenantAsync(test.Db));
        var plan = await import.PlanAsync(db, tenantId, new MemoryStream("nom;email\nA;a@b.fr\n"u8.ToArray()), None);
        await Assert.ThrowsAsync<ArgumentException>(() => CustomerImport.ApplyAsync(db, Guid.NewGuid(), plan, None));
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
