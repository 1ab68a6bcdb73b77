using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The CEN EN 16931 rules for Ubl (validation artefacts 1.3.16): the patterns UBL-model, UBL-syntax, Codesmodel, in that order, as the
/// normative Schematron declares them. Each pattern lives in its own file (En16931Ubl.Model.cs, .Syntax.cs, .Codes.cs).
/// </summary>
public sealed partial class En16931Ubl : RuleSetDefinition
{
    /// <summary>The one instance.</summary>
    public static En16931Ubl Instance { get; } = new();

    private En16931Ubl()
    {
    }

    public override string Id => RuleSetIds.En16931;

    public override DocumentSyntax Syntax => DocumentSyntax.Ubl;

    protected override IEnumerable<RulePattern> BuildPatterns()
    {
        var model = new PatternBuilder("UBL-model");
        DefineModel(model);
        var syntax = new PatternBuilder("UBL-syntax");
        DefineSyntax(syntax);
        var codes = new PatternBuilder("Codesmodel");
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

    /// <summary>The UBL-model pattern (business rules BR-*, BR-CO-*, BR-DEC-*, BR-&lt;category&gt;-*).</summary>
    static partial void DefineModel(PatternBuilder pattern);

    /// <summary>The UBL-syntax pattern (syntax binding rules).</summary>
    static partial void DefineSyntax(PatternBuilder pattern);

    /// <summary>The Codesmodel pattern (code lists, BR-CL-*).</summary>
    static partial void DefineCodes(PatternBuilder pattern);

    static partial void AddModelTexts(Dictionary<string, RuleText> texts);

    static partial void AddSyntaxTexts(Dictionary<string, RuleText> texts);

    static partial void AddCodesTexts(Dictionary<string, RuleText> texts);
}
