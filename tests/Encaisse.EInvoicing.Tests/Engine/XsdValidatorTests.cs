using System.Xml.Linq;
using Encaisse.EInvoicing.Tests.Infrastructure;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Engine;

/// <summary>XSD validation against the official schemas (the XSD pseudo-rule of the reference results).</summary>
public sealed class XsdValidatorTests
{
    [Theory]
    [InlineData("examples/en16931/ubl/guide-example1.xml", SchemaKind.UblInvoice)]
    [InlineData("examples/en16931/cii/CII_business_example_01.xml", SchemaKind.CiiD16B)]
    public void Official_examples_are_schema_valid(string file, SchemaKind kind)
    {
        var doc = XDocument.Load(SharedMaterial.InEInvoice(file));
        Assert.Equal(kind, XsdValidator.KindFor(doc, null));
        Assert.Null(XsdValidator.FirstError(doc, kind));
    }

    [Fact]
    public void An_unknown_element_is_a_schema_violation_reported_as_the_XSD_rule()
    {
        var doc = XDocument.Load(SharedMaterial.InEInvoice("examples/en16931/ubl/guide-example1.xml"));
        doc.Root!.AddFirst(new XElement(Namespaces.Cbc + "NoSuchElement", "x"));
        var report = EInvoiceValidator.Validate(doc, new ValidationOptions { RuleSets = [] });
        var xsd = Assert.Single(report.Findings);
        Assert.Equal("XSD:fatal", xsd.IdAndFlag);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Factur_X_profiles_use_their_own_schema()
    {
        var doc = XDocument.Load(SharedMaterial.InEInvoice("examples/en16931/cii/CII_business_example_01.xml"));
        Assert.Equal(SchemaKind.FacturXMinimum, XsdValidator.KindFor(doc, "MINIMUM"));

        // A full EN 16931 invoice carries far more than the MINIMUM profile allows.
        Assert.NotNull(XsdValidator.FirstError(doc, SchemaKind.FacturXMinimum));
    }
}
