using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The CEN EN 16931 rules for Cii (validation artefacts 1.3.16): the patterns EN16931-CII-Model, EN16931-CII-Syntax, EN16931-Codes, in that order, as the
/// normative Schematron declares them. Each pattern lives in its own file (En16931Cii.Model.cs, .Syntax.cs, .Codes.cs).
/// </summary>
public sealed partial class En16931Cii : RuleSetDefinition
{
    /// <summary>The one instance.</summary>
    public static En16931Cii Instance { get; } = new();

    private En16931Cii()
    {
    }

    public override string Id => RuleSetIds.En16931;

    public override DocumentSyntax Syntax => DocumentSyntax.Cii;

    protected override IEnumerable<RulePattern> BuildPatterns()
    {
        var model = new PatternBuilder("EN16931-CII-Model");
        DefineModel(model);
        var syntax = new PatternBuilder("EN16931-CII-Syntax");
        DefineSyntax(syntax);
        var codes = new PatternBuilder("EN16931-Codes");
        DefineCodes(codes);
        return [model.Build(), syntax.Build(), codes.Build()];
    }

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts()
    {
        var texts = new Dictionary<string, RuleText>(StringComparer.Ordinal);
        AddModelTexts(texts);
        AddSyntaxTexts(texts);
        AddCodesTexts(texts);
        return texts;
    }

    /// <summary>The EN16931-CII-Model pattern (business rules BR-*, BR-CO-*, BR-DEC-*, BR-&lt;category&gt;-*).</summary>
    static partial void DefineModel(PatternBuilder pattern);

    /// <summary>The EN16931-CII-Syntax pattern (syntax binding rules).</summary>
    static partial void DefineSyntax(PatternBuilder pattern);

    /// <summary>The EN16931-Codes pattern (code lists, BR-CL-*).</summary>
    static partial void DefineCodes(PatternBuilder pattern);

    static partial void AddModelTexts(Dictionary<string, RuleText> texts);

    static partial void AddSyntaxTexts(Dictionary<string, RuleText> texts);

    static partial void AddCodesTexts(Dictionary<string, RuleText> texts);
}
