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
