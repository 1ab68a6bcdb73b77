using System.Xml.Linq;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>
/// A predicate on one step of a structure-rule path or on a counted child, as the Factur-X structure pattern writes
/// them (e.g. <c>ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]</c>). Comparisons are exact string
/// comparisons (untyped nodes), existential over sequences, as in XPath 2.0.
/// </summary>
internal enum StepPredicate
{
    /// <summary>No predicate.</summary>
    None,

    /// <summary><c>[ram:ID/@schemeID="VA"]</c>.</summary>
    SchemeVa,

    /// <summary><c>[ram:ID/@schemeID="FC"]</c>.</summary>
    SchemeFc,

    /// <summary><c>[not(ram:ID/@schemeID="VA") and not(ram:ID/@schemeID="FC")]</c>.</summary>
    SchemeOther,

    /// <summary><c>[@currencyID=../../ram:InvoiceCurrencyCode]</c>.</summary>
    InvoiceCurrency,

    /// <summary><c>[@currencyID=../../ram:TaxCurrencyCode]</c>.</summary>
    TaxCurrency,

    /// <summary>Neither of the two above.</summary>
    OtherCurrency,

    /// <summary><c>[@currencyID=/rsm:CrossIndustryInvoice/.../ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode]</c>.</summary>
    HeaderInvoiceCurrency,

    /// <summary>The same with the header <c>ram:TaxCurrencyCode</c>.</summary>
    HeaderTaxCurrency,

    /// <summary>Neither of the two above.</summary>
    HeaderOtherCurrency,

    /// <summary><c>[ram:ChargeIndicator/udt:Indicator="false"]</c>.</summary>
    Allowance,

    /// <summary><c>[ram:ChargeIndicator/udt:Indicator="true"]</c>.</summary>
    Charge,

    /// <summary>Neither of the two above.</summary>
    NeitherAllowanceNorCharge,

    /// <summary><c>[not(@listID)]</c>.</summary>
    NoListId,

    /// <summary><c>[@listID="5153"]</c>.</summary>
    ListId5153,

    /// <summary><c>[@listID]</c> other than 5153.</summary>
    OtherListId,

    /// <summary><c>[ram:TypeCode="916"]</c>.</summary>
    Type916,

    /// <summary><c>[ram:TypeCode="50"]</c>.</summary>
    Type50,

    /// <summary><c>[ram:TypeCode="130"]</c>.</summary>
    Type130,

    /// <summary>None of the three above.</summary>
    OtherType,
}

/// <summary>What a structure check tests.</summary>
internal enum StructureCheckKind
{
    /// <summary><c>count(child)=n</c>.</summary>
    Exactly,

    /// <summary><c>count(child)&lt;=n</c>.</summary>
    AtMost,

    /// <summary><c>count(child)&gt;=n</c>.</summary>
    AtLeast,

    /// <summary>The attribute must be present.</summary>
    Attribute,

    /// <summary>The value (element or attribute) must be empty or one of a code list.</summary>
    Code,

    /// <summary>The element is not used in this profile (id-less report, FX-NOT-USED).</summary>
    NotUsed,

    /// <summary>The attribute is not used in this profile (id-less report, FX-NOT-USED).</summary>
    NotUsedAttribute,
}

/// <summary>One check of a structure rule, with the profiles it applies to.</summary>
internal sealed record StructureCheck(
    FacturXProfiles Profiles,
    StructureCheckKind Kind,
    int Number,
    XName? Child,
    StepPredicate ChildPredicate,
    int Count,
    XName? Attribute,
    int CodeList)
{
    /// <summary>The rule id: FX-SCH-A-nnnnnn, or FX-NOT-USED for the id-less reports.</summary>
    public string Id { get; } = Kind is StructureCheckKind.NotUsed or StructureCheckKind.NotUsedAttribute
        ? FacturXRules.NotUsedId
        : $"FX-SCH-A-{Number:D6}";
}

/// <summary>
/// A rule of the Factur-X structure pattern: an absolute element path (each step may carry a
/// <see cref="StepPredicate"/>), the profiles whose structure pattern has this rule, and its checks.
/// </summary>
internal sealed class FacturXStructureRule
{
    private FacturXStructureRule(FacturXProfiles profiles, string path, StructureCheck[] checks)
    {
        Profiles = profiles;
        Path = path;
        Checks = checks;
        var steps = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Names = new XName[steps.Length];
        Predicates = new StepPredicate[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            (Names[i], Predicates[i]) = ParseStep(steps[i]);
        }
    }

    /// <summary>The profiles whose structure pattern has this rule.</summary>
    public FacturXProfiles Profiles { get; }

    /// <summary>The path as the table writes it.</summary>
    public string Path { get; }

    /// <summary>The element names from the root down.</summary>
    public XName[] Names { get; }

    /// <summary>The predicate of each step (None for most).</summary>
    public StepPredicate[] Predicates { get; }

    /// <summary>The checks, each with its own profiles.</summary>
    public StructureCheck[] Checks { get; }

    public static FacturXStructureRule Rule(FacturXProfiles profiles, string path, params StructureCheck[] checks) => new(profiles, path, checks);

    public static StructureCheck Exactly(FacturXProfiles profiles, int number, string child, int count) => CountCheck(profiles, StructureCheckKind.Exactly, number, child, count);

    public static StructureCheck AtMost(FacturXProfiles profiles, int number, string child, int count) => CountCheck(profiles, StructureCheckKind.AtMost, number, child, count);

    public static StructureCheck AtLeast(FacturXProfiles profiles, int number, string child, int count) => CountCheck(profiles, StructureCheckKind.AtLeast, number, child, count);

    public static StructureCheck Attribute(FacturXProfiles profiles, int number, string attribute) =>
        new(profiles, StructureCheckKind.Attribute, number, null, StepPredicate.None, 0, XName.Get(attribute), 0);

    /// <summary>A code-list check on the element's value (<paramref name="target"/> ".") or on an attribute.</summary>
    public static StructureCheck Code(FacturXProfiles profiles, int number, string target, int codeList) =>
        new(profiles, StructureCheckKind.Code, number, null, StepPredicate.None, 0, target == "." ? null : XName.Get(target), codeList);

    public static StructureCheck NotUsed(FacturXProfiles profiles) =>
        new(profiles, StructureCheckKind.NotUsed, 0, null, StepPredicate.None, 0, null, 0);

    public static StructureCheck NotUsedAttribute(FacturXProfiles profiles, string attribute) =>
        new(profiles, StructureCheckKind.NotUsedAttribute, 0, null, StepPredicate.None, 0, XName.Get(attribute), 0);

    private static StructureCheck CountCheck(FacturXProfiles profiles, StructureCheckKind kind, int number, string child, int count)
    {
        var (name, predicate) = ParseStep(child);
        return new StructureCheck(profiles, kind, number, name, predicate, count, null, 0);
    }

    // "ram:SpecifiedTaxRegistration[SchemeVa]" -> (name, predicate).
    private static (XName Name, StepPredicate Predicate) ParseStep(string step)
    {
        var predicate = StepPredicate.None;
        var bracket = step.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            predicate = Enum.Parse<StepPredicate>(step[(bracket + 1)..^1]);
            step = step[..bracket];
        }

        var colon = step.IndexOf(':', StringComparison.Ordinal);
        XNamespace ns = step[..colon] switch
        {
            "rsm" => Namespaces.Rsm,
            "ram" => Namespaces.Ram,
            "udt" => Namespaces.Udt,
            "qdt" => Namespaces.Qdt,
            var other => throw new InvalidOperationException($"Unknown prefix {other} in a Factur-X structure path."),
        };
        return (ns + step[(colon + 1)..], predicate);
    }
}
