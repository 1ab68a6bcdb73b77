using System.Text;
using Encaisse.Storage;

namespace Encaisse.Storage.Tests.Infrastructure;

/// <summary>A tenant with one legal entity, one customer and one configured series.</summary>
public sealed record Seeded(Guid TenantId, Guid LegalEntityId, Guid CustomerId, string Series);

public static class Ledger
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static async Task<Seeded> SeedAsync(EncaisseDatabase db, string prefix = "F2026-", int width = 6)
    {
        var tenantId = Guid.CreateVersion7();
        var legalEntityId = Guid.CreateVersion7();
        var customerId = Guid.CreateVersion7();
        await db.Tenants.UpsertAsync(new TenantRecord(tenantId, "Acme Services", Json("{}")), CancellationToken.None);
        await db.Tenants.UpsertLegalEntityAsync(
            new LegalEntityRecord(tenantId, legalEntityId, "Acme Services SAS", "552081317", "FR03552081317", Json("{}")),
            CancellationToken.None);
        await db.Parties.UpsertAsync(
            new PartyRecord(tenantId, customerId, PartyRoles.Customer, "Boulangerie Martin", "BOULANGERIE MARTIN",
                "732829320", "73282932000074", "FR44732829320", "compta@martin.example", Json("{}")),
            CancellationToken.None);
        await db.NumberSeries.EnsureAsync(tenantId, legalEntityId, "invoices", prefix, width, CancellationToken.None);
        return new Seeded(tenantId, legalEntityId, customerId, "invoices");
    }

    /// <summary>An invoice whose body, like the domain's, carries its final number.</summary>
    public static DocumentRecord Invoice(
        Seeded seeded, AllocatedNumber number, decimal netAmount = 100m, DateOnly? issueDate = null, int padding = 0,
        Guid? documentId = null, Guid? contractId = null, DateOnly? periodStart = null)
    {
        var vat = decimal.Round(netAmount * 0.2m, 2, MidpointRounding.AwayFromZero);
        return new DocumentRecord
        {
            DocumentId = documentId ?? Guid.CreateVersion7(),
            TypeCode = "380",
            IssueDate = issueDate ?? Today,
            DueDate = (issueDate ?? Today).AddDays(30),
            CustomerId = seeded.CustomerId,
            Currency = "EUR",
            TotalWithoutVat = netAmount,
            TotalVat = vat,
            TotalWithVat = netAmount + vat,
            AmountDue = netAmount + vat,
            ContractId = contractId,
            PeriodStart = periodStart,
            Body = Json($"{{\"number\":\"{number.Number}\",\"net\":{netAmount},\"notes\":\"{new string('x', padding)}\"}}"),
        };
    }

    public static DocumentRecord Draft(Seeded seeded, Guid documentId, decimal netAmount = 100m) => new()
    {
        DocumentId = documentId,
        TypeCode = "380",
        CustomerId = seeded.CustomerId,
        Currency = "EUR",
        TotalWithoutVat = netAmount,
        TotalVat = 0m,
        TotalWithVat = netAmount,
        AmountDue = netAmount,
        Body = Json($"{{\"draft\":true,\"net\":{netAmount}}}"),
    };

    public static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    public static string Sql(Guid id) => $"'{id:D}'";
}
