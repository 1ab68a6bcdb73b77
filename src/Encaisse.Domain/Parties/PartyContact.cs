using Encaisse.Domain.Common;

namespace Encaisse.Domain.Parties;

/// <summary>What a contact person is there for.</summary>
public enum ContactRole
{
    /// <summary>Receives invoices and answers questions about them.</summary>
    Billing,

    /// <summary>Receives payment reminders and formal notices.</summary>
    Dunning,

    /// <summary>The accounts payable or accounting department.</summary>
    Accounting,

    /// <summary>The buyer who places orders.</summary>
    Purchasing,
}

/// <summary>A contact of a party (BG-6 / BG-9 on an invoice), with what it is there for when known.</summary>
public sealed record PartyContact(Contact Contact, ContactRole? Role = null);
