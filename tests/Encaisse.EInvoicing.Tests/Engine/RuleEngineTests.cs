using System.Xml.Linq;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Engine;

namespace Encaisse.EInvoicing.Tests.Engine;

/// <summary>The engine keeps compiled Schematron's semantics: first matching rule per pattern, assert vs report.</summary>
public sealed class RuleEngineTests
{
    private sealed class TwoPatterns : RuleSetDefinition
    {
        public override string Id => "test";

        public override Encaisse.EInvoicing.Xml.DocumentSyntax Syntax => Encaisse.EInvoicing.Xml.DocumentSyntax.Ubl;

        protected override IEnumerable<RulePattern> BuildPatterns()
        {
            var first = new PatternBuilder("p1")
                .Rule("a[@x]", "a", e => e.Attribute("x") is not null, (e, r) => r.Assert("T-1", RuleFlag.Fatal, false))
                .Rule("a", "a", (e, r) => r.Assert("T-2", RuleFlag.Warning, false))
                .Rule("*", (System.Xml.Linq.XName[]?)null, _ => true, (e, r) => r.Report("T-3", RuleFlag.Information, e.Name.LocalName == "b"));
            var second = new PatternBuilder("p2")
                .Rule("a", "a", (e, r) => r.Report("T-4", RuleFlag.Fatal, true));
            return [first.Build(), second.Build()];
        }

        protected override IReadOnlyDictionary<string, RuleText> BuildTexts() =>
            new Dictionary<string, RuleText> { ["T-1"] = new("one", "un") };
    }

    [Fact]
    public void Each_element_is_checked_by_the_first_matching_rule_of_each_pattern()
    {
        var doc = XDocument.Parse("<r><a x='1'/><a/><b/></r>");
        var findings = new List<ValidationFinding>();
        RuleRunner.Run(doc, [new TwoPatterns()], findings);
        var fired = findings.Select(f => $"{f.RuleId}@{f.Location}").ToList();
        Assert.Equal(["T-1@/r/a[1]", "T-4@/r/a[1]", "T-2@/r/a[2]", "T-4@/r/a[2]", "T-3@/r/b"], fired);
        Assert.Equal("un", findings[0].MessageFr);
        Assert.Contains("T-2", findings[2].Message, StringComparison.Ordinal);
    }
}
