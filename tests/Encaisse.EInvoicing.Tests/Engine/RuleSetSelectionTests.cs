using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Engine;

public sealed class RuleSetSelectionTests
{
    [Theory]
    [InlineData("ubl", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", false, "en16931+xrechnung")]
    [InlineData("ubl", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", false, "en16931+peppol")]
    [InlineData("cii", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", false, "en16931")]
    [InlineData("cii", "urn:factur-x.eu:1p0:minimum", false, "facturx-minimum")]
    [InlineData("cii", "urn:factur-x.eu:1p0:basicwl", false, "facturx-basicwl")]
    [InlineData("cii", "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", false, "facturx-extended")]
    [InlineData("cii", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", false, "en16931+facturx-basic")]
    [InlineData("cii", "urn:cen.eu:en16931:2017", false, "en16931")]
    [InlineData("cii", "urn:cen.eu:en16931:2017", true, "en16931+facturx-en16931")]
    [InlineData("ubl", "urn:cen.eu:en16931:2017", true, "en16931")]
    [InlineData("ubl", null, false, "en16931")]
    public void Rule_sets_follow_the_specification_identifier(string syntax, string? bt24, bool fromPdf, string expected)
    {
        var s = syntax == "ubl" ? DocumentSyntax.Ubl : DocumentSyntax.Cii;
        Assert.Equal(expected, string.Join("+", RuleSetSelection.Auto(s, bt24, fromPdf)));
    }
}
