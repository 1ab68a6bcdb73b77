namespace Encaisse.Storage;

/// <summary>
/// Keyset pagination: the next page starts after the last id of the previous one, so pages stay fast and
/// stable however deep they go. Ids order like their lowercase text (UUIDv7 ids therefore list oldest first, to the millisecond).
/// </summary>
public sealed record PageRequest
{
    public const int MaxLimit = 1000;

    public PageRequest(Guid? after, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        After = after;
        Limit = limit;
    }

    /// <summary>The first page of <paramref name="limit"/> items.</summary>
    public static PageRequest First(int limit) => new(null, limit);

    public Guid? After { get; }

    public int Limit { get; }
}

/// <summary>One page; <see cref="Next"/> is the cursor for the following page, null on the last one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, Guid? Next);
