using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>
/// The structure pattern of one Factur-X profile (the last pattern of its Schematron): cardinalities, required
/// attributes and code lists per element path (FX-SCH-A-*), and the elements and attributes the profile does not use
/// (FX-NOT-USED). The rules come from <see cref="FacturXStructureTable"/>; an element is checked by the first rule,
/// in table order, whose path and predicates match it. Lookup walks a tree of element names, so the cost per element
/// does not grow with the number of rules.
/// </summary>
internal sealed class FacturXStructure
{
    private static readonly XName InvoiceCurrencyCode = Namespaces.Ram + "InvoiceCurrencyCode";
    private static readonly XName TaxCurrencyCode = Namespaces.Ram + "TaxCurrencyCode";
    private static readonly XName Id = Namespaces.Ram + "ID";
    private static readonly XName TypeCode = Namespaces.Ram + "TypeCode";
    private static readonly XName ChargeIndicator = Namespaces.Ram + "ChargeIndicator";
    private static readonly XName Indicator = Namespaces.Udt + "Indicator";
    private static readonly XName SchemeIdAttribute = "schemeID";
    private static readonly XName CurrencyIdAttribute = "currencyID";
    private static readonly XName ListIdAttribute = "listID";
    private static readonly XName Root = Namespaces.Rsm + "CrossIndustryInvoice";
    private static readonly XName Transaction = Namespaces.Rsm + "SupplyChainTradeTransaction";
    private static readonly XName HeaderSettlement = Namespaces.Ram + "ApplicableHeaderTradeSettlement";

    private static readonly HashSet<string>[] CodeLists = Array.ConvertAll(FacturXStructureTable.CodeLists, Xp.CodeList);

    // Deeper than every path of the table.
    private const int MaxDepth = 24;

    [ThreadStatic]
    private static XElement[]? t_chain;

    private readonly FacturXProfiles _profile;
    private readonly Node _root = new();

    public FacturXStructure(FacturXProfiles profile)
    {
        _profile = profile;
        foreach (var rule in FacturXStructureTable.Rules)
        {
            if ((rule.Profiles & profile) == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var name in rule.Names)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(name, out var child))
                {
                    child = new Node();
                    node.Children.Add(name, child);
                }

                node = child;
            }

            var checks = Array.FindAll(rule.Checks, c => (c.Profiles & profile) != 0);
            node.Rules.Add(new CompiledRule(rule, checks));
        }
    }

    /// <summary>The ids this profile's structure pattern can fire.</summary>
    public IEnumerable<StructureCheck> Checks
    {
        get
        {
            foreach (var rule in FacturXStructureTable.Rules)
            {
                if ((rule.Profiles & _profile) == 0)
                {
                    continue;
                }

                foreach (var check in rule.Checks)
                {
                    if ((check.Profiles & _profile) != 0)
                    {
                        yield return check;
                    }
                }
            }
        }
    }

    /// <summary>The pattern: one engine rule that takes every element and dispatches on its path.</summary>
    public RulePattern Pattern(string id) =>
        new PatternBuilder(id).Rule("Factur-X profile structure (element paths of the profile)", (XName[]?)null, static _ => true, Check).Build();

    private void Check(XElement e, RuleScope r)
    {
        var rule = Find(e);
        if (rule is null)
        {
            return;
        }

        foreach (var check in rule.Checks)
        {
            switch (check.Kind)
            {
                case StructureCheckKind.Exactly:
                    r.Assert(check.Id, RuleFlag.Error, CountChildren(e, check) == check.Count);
                    break;
                case StructureCheckKind.AtMost:
                    r.Assert(check.Id, RuleFlag.Error, CountChildren(e, check) <= check.Count);
                    break;
                case StructureCheckKind.AtLeast:
                    r.Assert(check.Id, RuleFlag.Error, CountChildren(e, check) >= check.Count);
                    break;
                case StructureCheckKind.Attribute:
                    r.Assert(check.Id, RuleFlag.Error, e.Attribute(check.Attribute!) is not null);
                    break;
                case StructureCheckKind.Code:
                    // string-length($v)=0 or codedb/cl[@id=n]/enumeration[@value=$v]: exact string, no normalisation.
                    var value = check.Attribute is null ? e.Value : e.Attribute(check.Attribute)?.Value ?? string.Empty;
                    r.Assert(check.Id, RuleFlag.Error, value.Length == 0 || CodeLists[check.CodeList].Contains(value));
                    break;
                case StructureCheckKind.NotUsed:
                    r.Report(check.Id, RuleFlag.Error, true);
                    break;
                case StructureCheckKind.NotUsedAttribute:
                    r.Report(check.Id, RuleFlag.Error, e.Attribute(check.Attribute!) is not null);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown structure check {check.Kind}.");
            }
        }
    }

    // The first rule (in priority order) whose path and step predicates match the element, or null.
    private CompiledRule? Find(XElement e)
    {
        // Ancestors from the root down, in a per-thread buffer; deeper than any table path: no rule.
        var chain = t_chain ??= new XElement[MaxDepth];
        var depth = 0;
        for (var a = e; a is not null; a = a.Parent)
        {
            if (depth == MaxDepth)
            {
                return null;
            }

            chain[depth++] = a;
        }

        try
        {
            var node = _root;
            for (var i = depth - 1; i >= 0; i--)
            {
                if (node.Children is null || !node.Children.TryGetValue(chain[i].Name, out var next))
                {
                    return null;
                }

                node = next;
            }

            foreach (var rule in node.Rules)
            {
                if (StepsMatch(rule.Rule.Predicates, chain, depth))
                {
                    return rule;
                }
            }

            return null;
        }
        finally
        {
            // Do not keep the document alive from a thread-static buffer.
            Array.Clear(chain, 0, depth);
        }
    }

    // chain holds the element at [0] and the root at [depth - 1]; predicates go from the root down.
    private static bool StepsMatch(StepPredicate[] predicates, XElement[] chain, int depth)
    {
        for (var i = 0; i < predicates.Length; i++)
        {
            if (predicates[i] != StepPredicate.None && !Holds(predicates[i], chain[depth - 1 - i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountChildren(XElement e, StructureCheck check)
    {
        var count = 0;
        foreach (var child in e.Elements(check.Child!))
        {
            if (check.ChildPredicate == StepPredicate.None || Holds(check.ChildPredicate, child))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether a step predicate holds on an element.</summary>
    internal static bool Holds(StepPredicate predicate, XElement e) => predicate switch
    {
        StepPredicate.None => true,
        StepPredicate.SchemeVa => ChildIdScheme(e, "VA"),
        StepPredicate.SchemeFc => ChildIdScheme(e, "FC"),
        StepPredicate.SchemeOther => !ChildIdScheme(e, "VA") && !ChildIdScheme(e, "FC"),
        StepPredicate.InvoiceCurrency => CurrencyIn(e, e.Parent?.Parent, InvoiceCurrencyCode),
        StepPredicate.TaxCurrency => CurrencyIn(e, e.Parent?.Parent, TaxCurrencyCode),
        StepPredicate.OtherCurrency => !CurrencyIn(e, e.Parent?.Parent, InvoiceCurrencyCode) && !CurrencyIn(e, e.Parent?.Parent, TaxCurrencyCode),
        StepPredicate.HeaderInvoiceCurrency => CurrencyInHeader(e, InvoiceCurrencyCode),
        StepPredicate.HeaderTaxCurrency => CurrencyInHeader(e, TaxCurrencyCode),
        StepPredicate.HeaderOtherCurrency => !CurrencyInHeader(e, InvoiceCurrencyCode) && !CurrencyInHeader(e, TaxCurrencyCode),
        StepPredicate.Allowance => IndicatorIs(e, "false"),
        StepPredicate.Charge => IndicatorIs(e, "true"),
        StepPredicate.NeitherAllowanceNorCharge => !IndicatorIs(e, "false") && !IndicatorIs(e, "true"),
        StepPredicate.NoListId => e.Attribute(ListIdAttribute) is null,
        StepPredicate.ListId5153 => e.Attribute(ListIdAttribute)?.Value == "5153",
        StepPredicate.OtherListId => e.Attribute(ListIdAttribute) is { } listId && listId.Value != "5153",
        StepPredicate.Type916 => ChildEquals(e, TypeCode, "916"),
        StepPredicate.Type50 => ChildEquals(e, TypeCode, "50"),
        StepPredicate.Type130 => ChildEquals(e, TypeCode, "130"),
        StepPredicate.OtherType => !ChildEquals(e, TypeCode, "916") && !ChildEquals(e, TypeCode, "50") && !ChildEquals(e, TypeCode, "130"),
        _ => throw new InvalidOperationException($"Unknown predicate {predicate}."),
    };

    private static bool ChildIdScheme(XElement e, string scheme)
    {
        foreach (var id in e.Elements(Id))
        {
            if (id.Attribute(SchemeIdAttribute)?.Value == scheme)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ChildEquals(XElement e, XName name, string value)
    {
        foreach (var child in e.Elements(name))
        {
            if (child.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IndicatorIs(XElement e, string value)
    {
        foreach (var indicator in e.Elements(ChargeIndicator).Elements(Indicator))
        {
            if (indicator.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    // @currencyID = holder/name: the attribute exists and equals the string value of one of the elements.
    private static bool CurrencyIn(XElement e, XElement? holder, XName name)
    {
        var currency = e.Attribute(CurrencyIdAttribute);
        return currency is not null && holder is not null && ChildEquals(holder, name, currency.Value);
    }

    // @currencyID = /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/name.
    private static bool CurrencyInHeader(XElement e, XName name)
    {
        var root = e.Document?.Root;
        if (root is null || root.Name != Root)
        {
            return false;
        }

        foreach (var settlement in root.Elements(Transaction).Elements(HeaderSettlement))
        {
            if (CurrencyIn(e, settlement, name))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Node
    {
        public Dictionary<XName, Node>? Children { get; set; }

        public List<CompiledRule> Rules { get; } = [];
    }

    private sealed record CompiledRule(FacturXStructureRule Rule, StructureCheck[] Checks);
}
