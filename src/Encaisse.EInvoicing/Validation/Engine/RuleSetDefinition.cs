using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>
/// One rule set for one syntax (e.g. EN 16931 for UBL): its patterns, in the order the normative Schematron
/// declares them, and the texts of its rules. Implementations are stateless singletons.
/// </summary>
public abstract class RuleSetDefinition
{
    private IReadOnlyList<RulePattern>? _patterns;
    private RuleCatalog? _catalog;
    private RuleDispatch? _dispatch;

    /// <summary>The rule set's name as the reference results use it: en16931, peppol, xrechnung, facturx-basic, fr, ...</summary>
    public abstract string Id { get; }

    /// <summary>The syntax the rules are written for.</summary>
    public abstract DocumentSyntax Syntax { get; }

    /// <summary>The patterns, built once.</summary>
    public IReadOnlyList<RulePattern> Patterns => _patterns ??= [.. BuildPatterns()];

    /// <summary>The patterns as one name → candidate rules table, built once (a race builds it twice, harmlessly).</summary>
    internal RuleDispatch Dispatch => _dispatch ??= new RuleDispatch(Patterns);

    /// <summary>The rule texts, built once.</summary>
    public RuleCatalog Catalog => _catalog ??= new RuleCatalog(Id, BuildTexts());

    /// <summary>Declares the patterns (see <see cref="PatternBuilder"/>).</summary>
    protected abstract IEnumerable<RulePattern> BuildPatterns();

    /// <summary>The English and French text of each rule id.</summary>
    protected abstract IReadOnlyDictionary<string, RuleText> BuildTexts();
}
