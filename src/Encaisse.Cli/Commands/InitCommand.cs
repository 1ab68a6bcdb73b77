using System.CommandLine;
using System.Globalization;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Common;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Parties;

namespace Encaisse.Cli.Commands;

/// <summary>
/// `encaisse init`: creates or migrates the database, creates the tenant, and optionally sets up the company that
/// issues its invoices. Running it again changes nothing, or updates the company's details (never its SIREN).
/// </summary>
internal static class InitCommand
{
    /// <summary>Invoice and credit-note number prefixes: no year in them, because a prefix is frozen once used.</summary>
    public const string InvoicePrefix = "F-";

    public const string CreditNotePrefix = "AV-";

    private static readonly Option<string?> Company = new("--company") { Description = "Legal name of the company that issues the invoices (BT-27)" };
    private static readonly Option<string?> SirenOption = new("--siren") { Description = "Its SIREN, 9 digits (BT-30)" };
    private static readonly Option<string?> SiretOption = new("--siret") { Description = "SIRET of the issuing establishment, 14 digits (BT-29)" };
    private static readonly Option<string?> Vat = new("--vat") { Description = "Intra-community VAT number, e.g. FR + key + SIREN (BT-31); needed to invoice with VAT" };
    private static readonly Option<string?> IbanOption = new("--iban") { Description = "IBAN customers pay to (BT-84)" };
    private static readonly Option<string?> BicOption = new("--bic") { Description = "BIC of that account (BT-86)" };
    private static readonly Option<string?> Address = new("--address") { Description = "Registered office: street line (BT-35)" };
    private static readonly Option<string?> PostCode = new("--postcode") { Description = "Registered office: post code (BT-38)" };
    private static readonly Option<string?> City = new("--city") { Description = "Registered office: city (BT-37)" };
    private static readonly Option<string> Country = new("--country") { Description = "Registered office: country code (BT-40)", DefaultValueFactory = _ => "FR" };
    private static readonly Option<string?> LegalForm = new("--legal-form") { Description = "Legal form as printed: SAS, SARL, EURL…" };
    private static readonly Option<decimal?> Capital = new("--capital") { Description = "Share capital in euros (needs --legal-form)" };
    private static readonly Option<string?> Rcs = new("--rcs") { Description = "City of the trade register, e.g. Lyon for \"RCS Lyon\"" };
    private static readonly Option<string?> Email = new("--email") { Description = "Contact email printed on invoices (BT-43)" };

    private static readonly Option[] CompanyDetails = [SirenOption, SiretOption, Vat, IbanOption, BicOption, Address, PostCode, City, LegalForm, Capital, Rcs, Email];

    public static Command Create()
    {
        var command = new Command("init", "Create or migrate the database and the tenant; with --company, set up the company that issues the invoices")
        {
            Company, SirenOption, SiretOption, Vat, IbanOption, BicOption, Address, PostCode, City, Country, LegalForm, Capital, Rcs, Email,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var companyName = parse.GetValue(Company);
        if (companyName is null && CompanyDetails.FirstOrDefault(o => parse.GetResult(o) is not null) is { } stray)
        {
            throw new CliException($"{stray.Name} describes the company: give its name with --company too");
        }

        // Checked before the database is touched: a typing error creates nothing.
        var draft = companyName is null ? null : CompanyDraft(parse, companyName);
        await using var db = await CliRuntime.OpenDatabaseAsync(parse, cancellationToken);
        var tenantName = parse.GetValue(GlobalOptions.Tenant) ?? GlobalOptions.DefaultTenant;
        var directory = new TenantDirectory(db);
        var existing = await directory.FindAsync(tenantName, cancellationToken);
        var tenant = existing ?? await directory.EnsureAsync(tenantName, new BillingPolicy(), cancellationToken);

        LegalEntity? company = null;
        if (draft is not null)
        {
            company = await SetUpCompanyAsync(directory, tenant, draft, cancellationToken);
            tenant = await directory.AddLegalEntityAsync(tenant, company, InvoicePrefix, CreditNotePrefix, cancellationToken);
        }
        else if (tenant.DefaultLegalEntityId is { } entityId)
        {
            company = await directory.GetLegalEntityAsync(tenant.TenantId, entityId, cancellationToken);
        }

        // Plain lines rather than a table: where the data is must be readable whole, however long the path.
        Console.WriteLine($"database: {db.Target}, schema version {db.SchemaVersion.ToString(CultureInfo.InvariantCulture)}");
        Console.WriteLine($"tenant: {tenant.Name} ({tenant.TenantId}){(existing is null ? ", created" : ", already there")}");
        if (company is null)
        {
            Console.WriteLine("company: none yet (add it with: encaisse init --company NAME --siren … --address … --postcode … --city …)");
        }
        else
        {
            Console.WriteLine($"company: {string.Join(", ", new[] { company.LegalName, company.LegalForm }.OfType<string>())}, SIREN {company.Siren?.Formatted ?? "-"}");
            Console.WriteLine($"VAT number: {company.VatNumber?.Value ?? "none (invoices with VAT need one: --vat)"}");
            Console.WriteLine($"IBAN: {company.BankAccount?.Iban.Formatted ?? "none"}");
            var series = await db.NumberSeries.ListAsync(tenant.TenantId, company.Id.Value, cancellationToken);
            Console.WriteLine($"numbering: {string.Join(", ", series.Select(s => $"series {s.Series} next {s.Format(s.NextSeq)}"))}");
        }

        Console.WriteLine("init: ready");
        return ExitCodes.Ok;
    }

    /// <summary>The company as typed, each identifier through its parser: the first problem ends the command in one line.</summary>
    private static LegalEntityDraft CompanyDraft(ParseResult parse, string name)
    {
        T? Parsed<T>(Option<string?> option, Func<string, ParseResult<T>> parser)
            where T : class
        {
            var text = parse.GetValue(option);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var result = parser(text);
            return result.Success ? result.Value : throw new CliException($"{option.Name}: {result.Error}");
        }

        var siren = Parsed(SirenOption, Siren.Parse) ?? throw new CliException("--siren is required with --company: every French invoice shows the seller's SIREN");
        var iban = Parsed(IbanOption, Iban.Parse);
        var bic = Parsed(BicOption, Bic.Parse);
        if (bic is not null && iban is null)
        {
            throw new CliException("--bic goes with --iban: give the account number too");
        }

        var street = parse.GetValue(Address);
        var postCode = parse.GetValue(PostCode);
        var city = parse.GetValue(City);
        var draft = new LegalEntityDraft
        {
            LegalName = name,
            LegalForm = parse.GetValue(LegalForm),
            ShareCapital = parse.GetValue(Capital),
            RcsCity = parse.GetValue(Rcs),
            Siren = siren,
            Siret = Parsed(SiretOption, Siret.Parse),
            VatNumber = Parsed(Vat, VatNumber.Parse),
            Address = street is null && postCode is null && city is null
                ? null
                : new PostalAddress { Line1 = street, PostCode = postCode, City = city, CountryCode = parse.GetValue(Country)!.Trim().ToUpperInvariant() },
            Email = parse.GetValue(Email),
            BankAccount = iban is null ? null : new BankAccount(iban, bic, name),
        };
        var errors = LegalEntity.Validate(draft);
        return errors.Count == 0 ? draft : throw CannotSetUp(string.Join(" ", errors));
    }

    private static CliException CannotSetUp(string problems) =>
        new($"the company cannot be set up: {problems.ReplaceLineEndings(" ")}");

    /// <summary>A new company for the tenant, or the tenant's company with new details; another SIREN is refused.</summary>
    private static async Task<LegalEntity> SetUpCompanyAsync(TenantDirectory directory, TenantProfile tenant, LegalEntityDraft draft, CancellationToken cancellationToken)
    {
        var id = LegalEntityId.New(Guid.CreateVersion7());
        if (tenant.DefaultLegalEntityId is { } existingId)
        {
            var current = await directory.GetLegalEntityAsync(tenant.TenantId, existingId, cancellationToken);
            if (current.Siren != draft.Siren)
            {
                throw new CliException(
                    $"tenant '{tenant.Name}' already issues invoices as {current.LegalName} (SIREN {current.Siren?.Formatted}): "
                    + "a company's numbering cannot be handed to another SIREN; use another --tenant");
            }

            id = current.Id;
        }

        var created = LegalEntity.Create(id, draft);
        return created.Success ? created.Value : throw CannotSetUp(created.Error!);
    }
}
