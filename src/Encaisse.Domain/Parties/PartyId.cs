namespace Encaisse.Domain.Parties;

/// <summary>The identity of a customer or supplier in Encaisse.</summary>
public readonly record struct PartyId(Guid Value)
{
    /// <summary>Wraps an identifier chosen by the caller (the domain does not generate random values).</summary>
    public static PartyId New(Guid value) =>
        value == Guid.Empty ? throw new ArgumentException("A party identifier cannot be empty.", nameof(value)) : new(value);

    public override string ToString() => Value.ToString();
}
