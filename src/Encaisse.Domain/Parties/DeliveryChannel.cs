namespace Encaisse.Domain.Parties;

/// <summary>How a party wants to receive its invoices and reminders.</summary>
public enum DeliveryChannel
{
    /// <summary>By email, PDF and XML attached.</summary>
    Email,

    /// <summary>Downloaded from the partner portal.</summary>
    Portal,

    /// <summary>Over the e-invoicing network (Peppol, or the French approved platforms) to its electronic address.</summary>
    Network,

    /// <summary>Printed and posted to the billing address.</summary>
    Paper,
}
