using Encaisse.Domain.Parties;

namespace Encaisse.Billing.Import;

/// <summary>What a customer is recognised by when looking for probable duplicates.</summary>
public sealed record MatchKeys(string? Siren, string? Siret, string? VatNumber, IReadOnlyList<string> Ibans, string Name, string? PostCode)
{
    public static MatchKeys Of(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new MatchKeys(
            party.Siren?.Value,
            party.Siret?.Value,
            party.VatNumber?.Value,
            party.BankAccounts.Select(account => account.Iban.Value).ToArray(),
            party.NameForMatching,
            NormalizePostCode(party.BillingAddress.PostCode));
    }

    /// <summary>"75 001" and "75001" are the same post code.</summary>
    public static string? NormalizePostCode(string? postCode)
    {
        var compact = postCode?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return string.IsNullOrEmpty(compact) ? null : compact;
    }
}

/// <summary>
/// Finds the customers that are probably the same as a given one. Rules, so that legitimate look-alikes pass:
/// same SIRET; same IBAN; same SIREN or VAT number unless both have a SIRET and the SIRETs differ (two
/// establishments of one company); same normalised name unless both have a post code and they differ.
/// </summary>
public sealed class DuplicateIndex<T>
    where T : notnull
{
    /// <summary>At most this many matches are returned per key, so one name shared by thousands of rows stays cheap.</summary>
    public const int MaxMatchesPerKey = 20;

    private readonly Dictionary<string, Bucket> siren = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> siret = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> vatNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> iban = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> name = new(StringComparer.Ordinal);

    public void Add(MatchKeys keys, T item)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Put(siren, keys.Siren, keys.Siret, item);
        Put(siret, keys.Siret, null, item);
        Put(vatNumber, keys.VatNumber, keys.Siret, item);
        foreach (var account in keys.Ibans.Distinct(StringComparer.Ordinal))
        {
            Put(iban, account, null, item);
        }

        Put(name, keys.Name, keys.PostCode, item);
    }

    /// <summary>Every indexed item that is probably the same customer, with each key they share.</summary>
    public IReadOnlyDictionary<T, List<DuplicateKey>> Matches(MatchKeys keys) => Find(keys, excludeSelf: false, default!);

    /// <summary>As <see cref="Matches(MatchKeys)"/>, for an item that is itself indexed: it does not match itself.</summary>
    public IReadOnlyDictionary<T, List<DuplicateKey>> MatchesOf(MatchKeys keys, T self) => Find(keys, excludeSelf: true, self);

    private Dictionary<T, List<DuplicateKey>> Find(MatchKeys keys, bool excludeSelf, T self)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<T, List<DuplicateKey>>();
        void Collect(Dictionary<string, Bucket> index, string? primary, string? secondary, DuplicateKey key)
        {
            if (primary is null || !index.TryGetValue(primary, out var bucket))
            {
                return;
            }

            foreach (var item in bucket.Candidates(secondary).Where(item => !excludeSelf || !item.Equals(self)).Take(MaxMatchesPerKey))
            {
                if (!found.TryGetValue(item, out var shared))
                {
                    found[item] = shared = [];
                }

                if (!shared.Contains(key))
                {
                    shared.Add(key);
                }
            }
        }

        Collect(siret, keys.Siret, null, DuplicateKey.Siret);
        Collect(siren, keys.Siren, keys.Siret, DuplicateKey.Siren);
        Collect(vatNumber, keys.VatNumber, keys.Siret, DuplicateKey.VatNumber);
        foreach (var account in keys.Ibans.Distinct(StringComparer.Ordinal))
        {
            Collect(iban, account, null, DuplicateKey.Iban);
        }

        Collect(name, keys.Name, keys.PostCode, DuplicateKey.Name);
        return found;
    }

    private static void Put(Dictionary<string, Bucket> index, string? primary, string? secondary, T item)
    {
        if (string.IsNullOrEmpty(primary))
        {
            return;
        }

        if (!index.TryGetValue(primary, out var bucket))
        {
            index[primary] = bucket = new Bucket();
        }

        bucket.Add(secondary, item);
    }

    /// <summary>
    /// Items sharing a primary key. Most keys have one item, so a bucket is a short list; a bucket that grows
    /// large (one name on thousands of rows) is indexed by the secondary key so lookups stay cheap.
    /// </summary>
    private sealed class Bucket
    {
        private const int IndexFrom = 16;

        private readonly List<(string? Secondary, T Item)> entries = new(1);
        private Dictionary<string, List<T>>? bySecondary;
        private List<T>? withoutSecondary;

        public void Add(string? secondary, T item)
        {
            entries.Add((secondary, item));
            if (bySecondary is not null)
            {
                Index(secondary, item);
            }
            else if (entries.Count > IndexFrom)
            {
                bySecondary = new Dictionary<string, List<T>>(StringComparer.Ordinal);
                withoutSecondary = [];
                foreach (var entry in entries)
                {
                    Index(entry.Secondary, entry.Item);
                }
            }
        }

        /// <summary>Without a secondary key, everything matches; with one, the same one or none.</summary>
        public IEnumerable<T> Candidates(string? secondary)
        {
            if (string.IsNullOrEmpty(secondary))
            {
                return entries.Select(entry => entry.Item);
            }

            if (bySecondary is null)
            {
                return entries.Where(entry => string.IsNullOrEmpty(entry.Secondary) || entry.Secondary == secondary).Select(entry => entry.Item);
            }

            return (bySecondary.TryGetValue(secondary, out var same) ? same : []).Concat(withoutSecondary!);
        }

        private void Index(string? secondary, T item)
        {
            if (string.IsNullOrEmpty(secondary))
            {
                withoutSecondary!.Add(item);
                return;
            }

            if (!bySecondary!.TryGetValue(secondary, out var list))
            {
                bySecondary[secondary] = list = [];
            }

            list.Add(item);
        }
    }
}
