namespace Encaisse.Domain.Common;

/// <summary>A contact point (BG-6 seller contact, BG-9 buyer contact).</summary>
public sealed record Contact
{
    /// <summary>BT-41 / BT-56 Contact point (a person or a department).</summary>
    public string? Name { get; init; }

    /// <summary>BT-42 / BT-57 Contact telephone number.</summary>
    public string? Telephone { get; init; }

    /// <summary>BT-43 / BT-58 Contact email address.</summary>
    public string? Email { get; init; }
}
