using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>One assertion of a Factur-X business rule: its id, flag, the profiles that have it, and the test.</summary>
internal sealed record FacturXAssertion(string Id, RuleFlag Flag, FacturXProfiles Profiles, Func<XElement, bool> Holds);

/// <summary>
/// A business-rule context of the Factur-X Schematron with its assertions. In the reference XSLT every business
/// pattern has a single rule, so a context is checked on every element it matches, independently of the others.
/// </summary>
internal sealed record FacturXContext(string Context, XName[]? Names, Func<XElement, bool> Matches, FacturXAssertion[] Assertions);

/// <summary>
/// The business rules of the Factur-X 1.09.2 profiles (BR-*, BR-CO-*, BR-DEC-*, BR-&lt;category&gt;-*, CII-SR-*,
/// BR-FXEXT-*, and the FX-SCH-A / PEPPOL ids the Factur-X business patterns use), written once for the five
/// profiles: each assertion says which profiles have it. The contexts are in FacturXRules.*.cs.
/// </summary>
internal static partial class FacturXRules
{
    /// <summary>The id given to the Factur-X reports that carry none ("... is marked as not used in the given context").</summary>
    public const string NotUsedId = "FX-NOT-USED";

    private const FacturXProfiles M = FacturXProfiles.Minimum;
    private const FacturXProfiles W = FacturXProfiles.BasicWl;
    private const FacturXProfiles B = FacturXProfiles.Basic;
    private const FacturXProfiles E = FacturXProfiles.En16931;
    private const FacturXProfiles X = FacturXProfiles.Extended;
    private const FacturXProfiles All = FacturXProfiles.All;

    private static readonly Lazy<FacturXContext[]> AllContexts = new(BuildContexts);

    /// <summary>Every assertion a profile has.</summary>
    public static IEnumerable<FacturXAssertion> Assertions(FacturXProfiles profile)
    {
        foreach (var context in AllContexts.Value)
        {
            foreach (var assertion in context.Assertions)
            {
                if ((assertion.Profiles & profile) != 0)
                {
                    yield return assertion;
                }
            }
        }
    }

    /// <summary>The business patterns of a profile: one per context that has assertions for it.</summary>
    public static IEnumerable<RulePattern> Patterns(FacturXProfiles profile)
    {
        var index = 0;
        foreach (var context in AllContexts.Value)
        {
            var assertions = Array.FindAll(context.Assertions, a => (a.Profiles & profile) != 0);
            if (assertions.Length == 0)
            {
                continue;
            }

            index++;
            yield return new PatternBuilder($"facturx-business-{index}")
                .Rule(context.Context, context.Names, context.Matches, (e, r) =>
                {
                    foreach (var assertion in assertions)
                    {
                        r.Assert(assertion.Id, assertion.Flag, assertion.Holds(e));
                    }
                })
                .Build();
        }
    }

    private static FacturXContext[] BuildContexts()
    {
        var contexts = new List<FacturXContext>();
        AddDocumentRules(contexts);
        AddTaxRules(contexts);
        AddLineRules(contexts);
        AddExtendedRules(contexts);
        return [.. contexts];
    }

    private static FacturXAssertion A(string id, FacturXProfiles profiles, Func<XElement, bool> holds) => new(id, RuleFlag.Error, profiles, holds);

    private static FacturXAssertion A(string id, FacturXProfiles profiles, RuleFlag flag, Func<XElement, bool> holds) => new(id, flag, profiles, holds);

    private static FacturXContext C(string context, XName name, Func<XElement, bool> matches, params FacturXAssertion[] assertions) =>
        new(context, [name], matches, assertions);

    private static FacturXContext C(string context, XName name, params FacturXAssertion[] assertions) =>
        new(context, [name], static _ => true, assertions);
}
