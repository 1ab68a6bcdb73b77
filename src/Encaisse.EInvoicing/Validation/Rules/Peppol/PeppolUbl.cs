using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The Peppol BIS Billing 3.0 rules for UBL, release 2026.5 (PEPPOL-EN16931-*, PEPPOL-COMMON-*, and the national
/// rules of Norway, Denmark, Italy, Sweden, Greece, Iceland, the Netherlands and Germany), translated from the
/// official Schematron. The patterns keep its order; within a pattern, the first rule whose context matches an
/// element checks it. Document-level variables live in <see cref="PeppolDocument"/>, functions in
/// <see cref="PeppolFunctions"/>, code lists in <see cref="PeppolCodeLists"/>.
/// </summary>
public sealed partial class PeppolUbl : RuleSetDefinition
{
    private PeppolUbl()
    {
    }

    /// <summary>The one instance.</summary>
    public static PeppolUbl Instance { get; } = new();

    public override string Id => RuleSetIds.Peppol;

    public override DocumentSyntax Syntax => DocumentSyntax.Ubl;

    protected override IEnumerable<RulePattern> BuildPatterns()
    {
        // Not a Schematron pattern: recomputes the document variables when the runner reaches the root (it comes first).
        var variables = new PatternBuilder("peppol-document-variables")
            .Rule("/*", names: null, Xp.IsRoot, static (e, _) => PeppolDocument.Refresh(e));

        var empty = new PatternBuilder("peppol-empty-elements");
        DefineEmptyElements(empty);
        var creditNote = new PatternBuilder("peppol-credit-note");
        DefineCreditNote(creditNote);
        var transaction = new PatternBuilder("peppol-transaction");
        DefineTransaction(transaction);
        DefineIdentifiers(transaction);
        var norway = new PatternBuilder("peppol-norway");
        DefineNorway(norway);
        var denmark = new PatternBuilder("peppol-denmark");
        DefineDenmark(denmark);
        var italy = new PatternBuilder("peppol-italy");
        DefineItaly(italy);
        var sweden = new PatternBuilder("peppol-sweden");
        DefineSweden(sweden);
        var greece = new PatternBuilder("peppol-greece");
        DefineGreece(greece);
        var greeceBoth = new PatternBuilder("peppol-greece-buyer");
        DefineGreeceBuyer(greeceBoth);
        var iceland = new PatternBuilder("peppol-iceland");
        DefineIceland(iceland);
        var netherlands = new PatternBuilder("peppol-netherlands");
        DefineNetherlands(netherlands);
        var germany = new PatternBuilder("german-rules");
        DefineGermany(germany);
        var codes = new PatternBuilder("peppol-codes");
        DefineCodes(codes);
        return
        [
            variables.Build(), empty.Build(), creditNote.Build(), transaction.Build(), norway.Build(), denmark.Build(),
            italy.Build(), sweden.Build(), greece.Build(), greeceBoth.Build(), iceland.Build(), netherlands.Build(),
            germany.Build(), codes.Build(),
        ];
    }

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts()
    {
        var texts = new Dictionary<string, RuleText>(StringComparer.Ordinal);
        AddTransactionTexts(texts);
        AddNationalTexts(texts);
        AddGermanTexts(texts);
        return texts;
    }

    // PEPPOL-EN16931-R008: //*[not(*) and not(normalize-space())], every element, the document element included.
    private static void DefineEmptyElements(PatternBuilder p) =>
        p.Rule("//*[not(*) and not(normalize-space())]", names: null, static e => !e.HasElements && PeppolFunctions.IsBlank(e.Value), static (_, r) =>
            r.Assert("PEPPOL-EN16931-R008", RuleFlag.Fatal, false));

    // PEPPOL-EN16931-R080: at most one project reference (BT-11) on a credit note.
    private static void DefineCreditNote(PatternBuilder p) =>
        p.Rule("ubl-creditnote:CreditNote", Ubl.CreditNote, static (e, r) =>
        {
            var projects = 0;
            foreach (var reference in e.Elements(Cac.AdditionalDocumentReference))
            {
                if (PeppolFunctions.AnyChildEquals(reference, Cbc.DocumentTypeCode, "50"))
                {
                    projects++;
                }
            }

            r.Assert("PEPPOL-EN16931-R080", RuleFlag.Fatal, projects <= 1);
        });

    /// <summary>Whether the element's parent is named <paramref name="parent"/>.</summary>
    private static bool Under(XElement e, XName parent) => e.Parent?.Name == parent;

    /// <summary>Whether the element's parent is <paramref name="parent"/> and its grandparent <paramref name="grandparent"/>.</summary>
    private static bool Under(XElement e, XName grandparent, XName parent) =>
        e.Parent is { } p && p.Name == parent && p.Parent?.Name == grandparent;

    /// <summary>Whether the element's ancestors are, from the nearest, <paramref name="parent"/>, <paramref name="grandparent"/>, <paramref name="great"/>.</summary>
    private static bool Under(XElement e, XName great, XName grandparent, XName parent) =>
        e.Parent is { } p && p.Name == parent && Under(p, great, grandparent);

    /// <summary>Whether the element is a child of the document element and that is a UBL Invoice or CreditNote (<c>/ubl-invoice:Invoice/x | /ubl-creditnote:CreditNote/x</c>).</summary>
    private static bool UnderUblRoot(XElement e) =>
        e.Parent is { Parent: null } root && (root.Name == Ubl.Invoice || root.Name == Ubl.CreditNote);

    /// <summary>Whether the element is a UBL Invoice or CreditNote document element.</summary>
    private static bool IsUblRoot(XElement e) => e.Parent is null && (e.Name == Ubl.Invoice || e.Name == Ubl.CreditNote);

    private static PeppolDocument Doc(XElement e) => PeppolDocument.Of(e);
}
