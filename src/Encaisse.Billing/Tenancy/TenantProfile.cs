using Encaisse.Domain.Composition;

namespace Encaisse.Billing.Tenancy;

/// <summary>What a tenant is: its name, its billing policy and the legal entity that issues by default.</summary>
public sealed record TenantProfile(Guid TenantId, string Name, BillingPolicy Policy, Guid? DefaultLegalEntityId);
