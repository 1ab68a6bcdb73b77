using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.French;

/// <summary>
/// Shorthands for the French rule contexts, which are plain child paths (<c>a/b/c</c>, optionally absolute
/// <c>/a/b/c</c>) with at most a predicate.
/// </summary>
internal static class FrenchPatterns
{
    /// <summary>A rule whose context is the child path <paramref name="path"/> (<c>a/b/c</c>: c under b under a, anywhere).</summary>
    public static PatternBuilder At(this PatternBuilder pattern, XName[] path, RuleBody body) => pattern.At(path, null, absolute: false, body);

    /// <summary>A rule whose context is the child path <paramref name="path"/> with a predicate on the context element.</summary>
    public static PatternBuilder At(this PatternBuilder pattern, XName[] path, Func<XElement, bool> where, RuleBody body) => pattern.At(path, where, absolute: false, body);

    /// <summary>
    /// A rule whose context is <paramref name="path"/>, absolute (the first step is the document element) or not, with
    /// a predicate <paramref name="where"/> on the context element.
    /// </summary>
    public static PatternBuilder At(this PatternBuilder pattern, XName[] path, Func<XElement, bool>? where, bool absolute, RuleBody body)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(path);
        var context = (absolute ? "/" : string.Empty) + string.Join('/', path.Select(Prefixed)) + (where is null ? string.Empty : "[...]");
        return pattern.Rule(context, [path[^1]], e => Xp.HasPath(e, path) && (!absolute || IsRootAt(e, path.Length)) && (where is null || where(e)), body);
    }

    /// <summary>
    /// Regroups patterns so the engine offers each element to fewer of them, without changing any verdict:
    /// patterns of a single rule on the same element names become one rule that runs each body whose context
    /// matches (each pattern's first-match is trivially kept), then patterns whose rules share no element name are
    /// concatenated (an element still meets the rules of only one of them, in their order). The French files have
    /// some sixty patterns, most with one rule, and the per-element cost of a pattern dominated the run time.
    /// </summary>
    public static List<RulePattern> Compact(IReadOnlyList<RulePattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);

        // 1. Single-rule patterns with the same names -> one composite rule, at the first one's place.
        var merged = new List<(string Id, List<ContextRule> Rules, bool Composite)>();
        var composites = new Dictionary<string, List<ContextRule>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            if (pattern.Rules.Count == 1 && pattern.Rules[0].Names is { } names)
            {
                var key = string.Join('|', names.Select(n => n.ToString()).Order(StringComparer.Ordinal));
                if (composites.TryGetValue(key, out var group))
                {
                    group.Add(pattern.Rules[0]);
                    continue;
                }

                group = [pattern.Rules[0]];
                composites[key] = group;
                merged.Add((pattern.Id, group, true));
                continue;
            }

            merged.Add((pattern.Id, [.. pattern.Rules], false));
        }

        // 2. Patterns with disjoint element names -> one pattern.
        var buckets = new List<(List<string> Ids, List<ContextRule> Rules, HashSet<XName>? Names)>();
        foreach (var (id, rules, composite) in merged)
        {
            List<ContextRule> ownRules = composite && rules.Count > 1 ? [Composite(rules)] : rules;
            HashSet<XName>? names = ownRules.Exists(r => r.Names is null) ? null : [.. ownRules.SelectMany(r => r.Names!)];
            var bucket = names is null ? -1 : buckets.FindIndex(b => b.Names is not null && !b.Names.Overlaps(names));
            if (bucket < 0)
            {
                buckets.Add(([id], [.. ownRules], names));
            }
            else
            {
                buckets[bucket].Ids.Add(id);
                buckets[bucket].Rules.AddRange(ownRules);
                buckets[bucket].Names!.UnionWith(names!);
            }
        }

        return [.. buckets.Select(b => new RulePattern(string.Join('+', b.Ids), b.Rules))];
    }

    private static ContextRule Composite(List<ContextRule> rules)
    {
        var parts = rules.ToArray();
        return new ContextRule(
            string.Join(" | ", parts.Select(r => r.Context)),
            parts[0].Names,
            e => Array.Exists(parts, r => r.Matches(e)),
            (e, scope) =>
            {
                foreach (var r in parts)
                {
                    if (r.Matches(e))
                    {
                        r.Body(e, scope);
                    }
                }
            });
    }

    private static bool IsRootAt(XElement e, int depth)
    {
        var top = e;
        for (var i = 1; i < depth; i++)
        {
            top = top.Parent!;
        }

        return top.Parent is null;
    }

    private static string Prefixed(XName name) => Namespaces.PrefixOf(name.Namespace) + ":" + name.LocalName;
}
