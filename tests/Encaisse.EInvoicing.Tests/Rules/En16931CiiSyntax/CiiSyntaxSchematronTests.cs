using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Rules.En16931;

namespace Encaisse.EInvoicing.Tests.Rules.En16931CiiSyntax;

/// <summary>
/// Checks the C# translation against the normative Schematron (read here, test-side only): same rule contexts in
/// the same order, same assertions in the same order with the same ids and flags, and each table line equal to
/// its assertion when the assertion is a plain <c>not(path)</c>, <c>count(path) &lt;= 1</c>, <c>count(path) = 1</c>
/// or <c>(path)</c>.
/// </summary>
public sealed partial class CiiSyntaxSchematronTests
{
    private static readonly XNamespace Sch = "http://purl.oclc.org/dsdl/schematron";

    [Fact]
    public void Rules_and_table_lines_follow_the_schematron()
    {
        var sch = XDocument.Load(Path.Combine(SharedFolder.Einvoice, "rules", "en16931-1.3.16", "EN16931-CII-validation-preprocessed.sch"));
        var normative = sch.Descendants(Sch + "pattern").Single(p => (string?)p.Attribute("id") == "EN16931-CII-Syntax").Elements(Sch + "rule").ToList();
        var pattern = En16931Cii.Instance.Patterns.Single(p => p.Id == "EN16931-CII-Syntax");
        Assert.Equal(normative.Count, pattern.Rules.Count);
        var simpleLines = 0;
        for (var i = 0; i < normative.Count; i++)
        {
            var context = Spaces().Replace((string)normative[i].Attribute("context")!, " ");
            Assert.Equal(context, pattern.Rules[i].Context);
            var asserts = normative[i].Elements(Sch + "assert").ToList();
            if (pattern.Rules[i].Body.Target is not CiiSyntaxTable table)
            {
                Assert.Equal("/rsm:CrossIndustryInvoice", context);
                continue;
            }

            Assert.Equal(asserts.Count, table.Checks.Count);
            for (var a = 0; a < asserts.Count; a++)
            {
                var check = table.Checks[a];
                Assert.Equal((string)asserts[a].Attribute("id")!, check.Id);
                Assert.Equal((string)asserts[a].Attribute("flag")!, check.Flag.Name());
                if (Simple((string)asserts[a].Attribute("test")!) is { } expected)
                {
                    Assert.Equal(expected, (check.Kind, check.Path));
                    simpleLines++;
                }
                else
                {
                    Assert.Equal(CiiSyntaxCheckKind.Custom, check.Kind);
                }
            }
        }

        Assert.True(simpleLines > 500, $"only {simpleLines} plain assertions recognised");
    }

    // The table form of a plain assertion, or null when the test is anything else.
    private static (CiiSyntaxCheckKind Kind, string Path)? Simple(string test)
    {
        test = test.Trim();
        if (NotPath().Match(test) is { Success: true } not)
        {
            return (CiiSyntaxCheckKind.Absent, TablePath(not.Groups[1].Value));
        }

        if (CountPath().Match(test) is { Success: true } count)
        {
            return (count.Groups[2].Value == "<=" ? CiiSyntaxCheckKind.AtMostOne : CiiSyntaxCheckKind.ExactlyOne, TablePath(count.Groups[1].Value));
        }

        if (ExistsPath().Match(test) is { Success: true } exists)
        {
            return (CiiSyntaxCheckKind.Present, TablePath(exists.Groups[1].Value));
        }

        return null;
    }

    private static string TablePath(string xpath) => xpath.Replace("ram:", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^not\s*\(\s*((?:(?:ram|udt):\w+/)*(?:(?:ram|udt):\w+|@\w+))\s*\)$")]
    private static partial Regex NotPath();

    [GeneratedRegex(@"^\(?\s*count\(\s*((?:ram|udt):\w+(?:/(?:ram|udt):\w+)*)\s*\)\s*(<=|=)\s*1\s*\)?$")]
    private static partial Regex CountPath();

    [GeneratedRegex(@"^\(\s*(ram:\w+)\s*\)$")]
    private static partial Regex ExistsPath();
}
