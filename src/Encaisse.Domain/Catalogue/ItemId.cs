namespace Encaisse.Domain.Catalogue;

/// <summary>The identity of a product or service of the catalogue.</summary>
public readonly record struct ItemId(Guid Value)
{
    /// <summary>Wraps an identifier chosen by the caller (the domain does not generate random values).</summary>
    public static ItemId New(Guid value) =>
        value == Guid.Empty ? throw new ArgumentException("An item identifier cannot be empty.", nameof(value)) : new(value);

    public override string ToString() => Value.ToString();
}
