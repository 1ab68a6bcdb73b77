using System.Xml.Linq;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>
/// Collects the findings of the rules checked on one context element. <see cref="Assert"/> fires when its
/// condition is false (Schematron <c>assert</c>); <see cref="Report"/> fires when it is true (<c>report</c>).
/// </summary>
public sealed class RuleScope
{
    private readonly List<ValidationFinding> _findings;
    private readonly RuleCatalog _catalog;
    private XElement _context = null!;
    private string? _location;

    internal RuleScope(List<ValidationFinding> findings, RuleCatalog catalog)
    {
        _findings = findings;
        _catalog = catalog;
    }

    internal void Enter(XElement context)
    {
        _context = context;
        _location = null;
    }

    /// <summary>Fires <paramref name="ruleId"/> when <paramref name="holds"/> is false.</summary>
    public void Assert(string ruleId, RuleFlag flag, bool holds)
    {
        if (!holds)
        {
            Fire(ruleId, flag);
        }
    }

    /// <summary>Fires <paramref name="ruleId"/> when <paramref name="fires"/> is true.</summary>
    public void Report(string ruleId, RuleFlag flag, bool fires)
    {
        if (fires)
        {
            Fire(ruleId, flag);
        }
    }

    private void Fire(string ruleId, RuleFlag flag)
    {
        _location ??= XPathLocation.Of(_context);
        var text = _catalog.Text(ruleId);
        _findings.Add(new ValidationFinding(ruleId, flag, _location, text.English, text.French, _catalog.RuleSet));
    }
}
