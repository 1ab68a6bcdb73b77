using System.Xml.Linq;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Validation.Rules.En16931;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.En16931UblSyntax;

/// <summary>
/// The EN 16931 UBL rule set reduced to its UBL-syntax pattern, so these tests judge that pattern alone (the other
/// patterns of the set are written and tested separately).
/// </summary>
internal sealed class UblSyntaxOnly : RuleSetDefinition
{
    public static UblSyntaxOnly Instance { get; } = new();

    private static readonly string[] Prefixes = ["UBL-SR-", "UBL-CR-", "UBL-DT-"];

    public override string Id => RuleSetIds.En16931;

    public override DocumentSyntax Syntax => DocumentSyntax.Ubl;

    /// <summary>Whether a rule id belongs to the UBL-syntax pattern.</summary>
    public static bool Owns(string ruleId) => Prefixes.Any(p => ruleId.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The <c>ID:flag</c> items the pattern fires on a document.</summary>
    public static SortedSet<string> Fired(XDocument document)
    {
        var findings = new List<ValidationFinding>();
        RuleRunner.Run(document, [Instance], findings);
        return new SortedSet<string>(findings.Select(f => f.IdAndFlag), StringComparer.Ordinal);
    }

    /// <summary>The items of a reference list that belong to the pattern.</summary>
    public static SortedSet<string> Own(IEnumerable<string> items) =>
        new(items.Where(i => Owns(i)), StringComparer.Ordinal);

    protected override IEnumerable<RulePattern> BuildPatterns() =>
        [En16931Ubl.Instance.Patterns.Single(p => p.Id == "UBL-syntax")];

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts() => new Dictionary<string, RuleText>();
}

/// <summary>Where the shared test material is: ../shared next to the folder holding Encaisse.slnx.</summary>
internal static class SharedFolder
{
    public static string Einvoice { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "einvoice"));
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    }
}
