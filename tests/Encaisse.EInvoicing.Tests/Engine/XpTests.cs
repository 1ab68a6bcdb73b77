using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;

namespace Encaisse.EInvoicing.Tests.Engine;

/// <summary>The XPath 2.0 semantics the rules depend on.</summary>
public sealed class XpTests
{
    [Theory]
    [InlineData("2.5", "3")]
    [InlineData("-2.5", "-2")]
    [InlineData("-2.51", "-3")]
    [InlineData("0.49", "0")]
    public void Round_goes_half_towards_positive_infinity(string value, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Xp.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Xp.Round(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(" 12.50 ", true)]
    [InlineData("+1", true)]
    [InlineData(".5", true)]
    [InlineData("5.", true)]
    [InlineData("1e3", false)]
    [InlineData("1,5", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData("NaN", false)]
    public void Decimal_cast_follows_the_xs_decimal_lexical_space(string value, bool castable) =>
        Assert.Equal(castable, Xp.IsDecimal(value));

    [Theory]
    [InlineData("1e3", 1000d)]
    [InlineData(" 12.5 ", 12.5d)]
    [InlineData("-INF", double.NegativeInfinity)]
    public void Double_cast_accepts_exponents_and_infinities(string value, double expected)
    {
        Assert.True(Xp.TryDouble(value, out var d));
        Assert.Equal(expected, d);
    }

    [Fact]
    public void Normalize_space_trims_and_collapses()
    {
        Assert.Equal("a b c", Xp.NormalizeSpace("  a \t\n b   c \r\n"));
        Assert.Equal(string.Empty, Xp.NormalizeSpace(" \t "));
        Assert.Equal("abc", Xp.NormalizeSpace("abc"));
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-01-01Z", true)]
    [InlineData("2024-01-01+02:00", true)]
    [InlineData("20240101", false)]
    public void Date_cast_checks_the_calendar(string value, bool castable) => Assert.Equal(castable, Xp.IsDate(value));

    [Fact]
    public void Sum_of_untyped_nodes_is_a_double_and_nan_when_one_is_not_a_number()
    {
        var e = XElement.Parse("<r><a>0.1</a><a>0.2</a><b>x</b><b>1</b></r>");
        Assert.Equal(0.1 + 0.2, Xp.SumDouble(e.Elements("a")));
        Assert.True(double.IsNaN(Xp.SumDouble(e.Elements("b"))));
        Assert.Equal(0.3m, Xp.SumDecimal(e.Elements("a")));
        Assert.Null(Xp.SumDecimal(e.Elements("b")));
    }

    [Fact]
    public void Location_names_each_step_with_its_position_among_namesakes()
    {
        var doc = XDocument.Parse(
            "<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2' xmlns:cac='urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2' xmlns:cbc='urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'>" +
            "<cac:InvoiceLine><cbc:ID>1</cbc:ID></cac:InvoiceLine><cac:InvoiceLine><cbc:ID>2</cbc:ID></cac:InvoiceLine></Invoice>");
        var id = doc.Root!.Elements().Last().Elements().Single();
        Assert.Equal("/ubl:Invoice/cac:InvoiceLine[2]/cbc:ID", XPathLocation.Of(id));
    }
}
