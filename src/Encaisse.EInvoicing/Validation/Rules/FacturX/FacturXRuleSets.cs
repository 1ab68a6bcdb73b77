using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>
/// A Factur-X 1.09.2 profile rule set (CII only). The five profiles share one definition of the business rules
/// (<see cref="FacturXRules"/>, each rule tagged with its profiles) and one structure table
/// (<see cref="FacturXStructureTable"/>); a profile takes the business patterns that have rules for it, in the
/// reference Schematron's order, then its structure pattern.
/// </summary>
public abstract class FacturXRuleSet : RuleSetDefinition
{
    private readonly FacturXProfiles _profile;
    private readonly string _id;

    private protected FacturXRuleSet(FacturXProfiles profile, string id)
    {
        _profile = profile;
        _id = id;
    }

    public override string Id => _id;

    public override DocumentSyntax Syntax => DocumentSyntax.Cii;

    /// <summary>The profile.</summary>
    public FacturXProfiles Profile => _profile;

    /// <summary>Every rule id this profile can fire, with its flag.</summary>
    public IReadOnlyDictionary<string, RuleFlag> RuleIds
    {
        get
        {
            var ids = new SortedDictionary<string, RuleFlag>(StringComparer.Ordinal);
            foreach (var assertion in FacturXRules.Assertions(_profile))
            {
                ids[assertion.Id] = assertion.Flag;
            }

            foreach (var check in new FacturXStructure(_profile).Checks)
            {
                ids[check.Id] = RuleFlag.Error;
            }

            return ids;
        }
    }

    protected override IEnumerable<RulePattern> BuildPatterns()
    {
        foreach (var pattern in FacturXRules.Patterns(_profile))
        {
            yield return pattern;
        }

        yield return new FacturXStructure(_profile).Pattern($"{_id}-structure");
    }

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts()
    {
        var texts = new Dictionary<string, RuleText>(StringComparer.Ordinal);
        FacturXTexts.AddBusinessTexts(texts);
        foreach (var check in new FacturXStructure(_profile).Checks)
        {
            texts.TryAdd(check.Id, FacturXTexts.StructureText(check));
        }

        return texts;
    }
}

/// <summary>Factur-X MINIMUM.</summary>
public sealed class FacturXMinimum : FacturXRuleSet
{
    private FacturXMinimum()
        : base(FacturXProfiles.Minimum, RuleSetIds.FacturXMinimum)
    {
    }

    /// <summary>The one instance.</summary>
    public static FacturXMinimum Instance { get; } = new();
}

/// <summary>Factur-X BASIC WL.</summary>
public sealed class FacturXBasicWl : FacturXRuleSet
{
    private FacturXBasicWl()
        : base(FacturXProfiles.BasicWl, RuleSetIds.FacturXBasicWl)
    {
    }

    /// <summary>The one instance.</summary>
    public static FacturXBasicWl Instance { get; } = new();
}

/// <summary>Factur-X BASIC.</summary>
public sealed class FacturXBasic : FacturXRuleSet
{
    private FacturXBasic()
        : base(FacturXProfiles.Basic, RuleSetIds.FacturXBasic)
    {
    }

    /// <summary>The one instance.</summary>
    public static FacturXBasic Instance { get; } = new();
}

/// <summary>Factur-X EN 16931 (COMFORT).</summary>
public sealed class FacturXEn16931 : FacturXRuleSet
{
    private FacturXEn16931()
        : base(FacturXProfiles.En16931, RuleSetIds.FacturXEn16931)
    {
    }

    /// <summary>The one instance.</summary>
    public static FacturXEn16931 Instance { get; } = new();
}

/// <summary>Factur-X EXTENDED.</summary>
public sealed class FacturXExtended : FacturXRuleSet
{
    private FacturXExtended()
        : base(FacturXProfiles.Extended, RuleSetIds.FacturXExtended)
    {
    }

    /// <summary>The one instance.</summary>
    public static FacturXExtended Instance { get; } = new();
}
