namespace Encaisse.Domain.Parties;

/// <summary>What a party is to the tenant; one party can be both.</summary>
public enum PartyRole
{
    /// <summary>Receives our invoices (the buyer, BG-7).</summary>
    Customer,

    /// <summary>Sends us invoices (the seller of inbound invoices, BG-4).</summary>
    Supplier,
}
