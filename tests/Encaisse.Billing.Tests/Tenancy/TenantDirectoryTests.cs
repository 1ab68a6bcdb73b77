using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Terms;
using Encaisse.Storage;
using Encaisse.Testing;

namespace Encaisse.Billing.Tests.Tenancy;

public sealed class TenantDirectoryTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory, Sqlite, Postgres]
    public async Task A_tenant_without_a_legal_entity_reads_back_with_its_policy(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var directory = new TenantDirectory(test.Db);
        var policy = new BillingPolicy { Language = "en", LatePenaltyRatePercent = 10m, DefaultPaymentTerms = new PaymentTerms.NetDays(45) };
        var name = "Client " + Guid.NewGuid().ToString("N")[..6];

        var created = await directory.EnsureAsync(name, policy, default);
        var byName = await directory.FindAsync(name.ToUpperInvariant(), default);
        var byId = await directory.FindAsync(created.TenantId.ToString(), default);
        var again = await directory.EnsureAsync(name, new BillingPolicy(), default);

        Assert.Equal(created, byName);
        Assert.Equal(created, byId);
        Assert.Equal(created.TenantId, again.TenantId); // EnsureAsync never creates a second tenant of that name
        Assert.Null(byName!.DefaultLegalEntityId);
        Assert.Equal(new PaymentTerms.NetDays(45), byName.Policy.DefaultPaymentTerms);
        Assert.Null(await directory.FindAsync("nobody-" + Guid.NewGuid(), default));
    }
}
