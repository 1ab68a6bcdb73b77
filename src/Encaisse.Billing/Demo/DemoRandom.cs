using System.Buffers.Binary;

namespace Encaisse.Billing.Demo;

/// <summary>
/// The one source of chance of the demo: a seeded <see cref="Random"/> (whose seeded sequence .NET keeps stable
/// across versions) and identifiers drawn from it, so the same seed and day always give the same tenant.
/// </summary>
internal sealed class DemoRandom
{
#pragma warning disable CA5394 // Demo data, not security: the sequence must be reproducible from a seed.
    private readonly Random random;
    private readonly long idClockStart;
    private long idCount;

    /// <param name="seed">The demo seed.</param>
    /// <param name="idClockStart">Unix milliseconds the identifiers' time field starts from.</param>
    public DemoRandom(int seed, long idClockStart)
    {
        random = new Random(seed);
        this.idClockStart = idClockStart;
    }

    /// <summary>An integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => random.Next(min, maxExclusive);

    /// <summary>True <paramref name="percent"/> times out of a hundred.</summary>
    public bool Percent(int percent) => random.Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>One of the values, each as likely as its weight.</summary>
    public T Weighted<T>(params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("Weighted choice without weights.");
    }

    /// <summary>A string of random decimal digits.</summary>
    public string Digits(int count) =>
        string.Create(count, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + r.Next(10));
            }
        });

    /// <summary>
    /// A UUID version 7 whose time field counts up one millisecond per identifier from the clock start, with
    /// random bits from the seed: reproducible, and listed in the order the demo created them.
    /// </summary>
    public Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var millis = idClockStart + idCount++;
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, millis);
        time[2..].CopyTo(bytes); // 48-bit big-endian timestamp
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
#pragma warning restore CA5394
}
