using System.Collections;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// An immutable list that compares by content. The invoice records expose their collections as
/// <see cref="IReadOnlyList{T}"/> and store them as a <see cref="ValueList{T}"/>, so the equality that C# generates
/// for records compares two invoices by what they say, not by which array instance they hold.
/// </summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    public static readonly ValueList<T> Empty = new([]);

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>Copies the items (a caller's array or list cannot change the invoice afterwards).</summary>
    public static ValueList<T> From(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => Wrap([.. items]),
    };

    /// <summary>Takes ownership of an array nobody else holds.</summary>
    internal static ValueList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>The count of a <see cref="ValueList{T}"/> without knowing its item type (the JSON writer skips empty lists).</summary>
internal interface IValueList
{
    int Count { get; }
}

internal static class ValueList
{
    public static ValueList<T> Of<T>(IEnumerable<T>? items) => ValueList<T>.From(items);
}
