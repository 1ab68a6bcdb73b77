using System.Xml.Linq;
using Encaisse.EInvoicing.Tests.Infrastructure;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.FacturX;

/// <summary>Targeted checks of Factur-X rules on official samples changed in one place.</summary>
public sealed class FacturXRuleTests
{
    private static readonly XNamespace Ram = Namespaces.Ram;

    [Fact]
    public void A_minimum_sample_is_clean_and_an_element_the_profile_does_not_use_is_reported_as_not_used()
    {
        var document = Sample("MINIMUM/MINIMUM_Rechnung.xml");
        Assert.Empty(Fired(document, RuleSetIds.FacturXMinimum));

        // MINIMUM marks the buyer postal address (BG-8) as not used.
        var buyer = document.Descendants(Ram + "BuyerTradeParty").First();
        buyer.Add(new XElement(Ram + "PostalTradeAddress", new XElement(Ram + "CountryID", "DE")));
        Assert.Contains("FX-NOT-USED:error", Fired(document, RuleSetIds.FacturXMinimum));
    }

    [Fact]
    public void Two_seller_vat_registrations_break_the_cardinality_of_the_va_variant_only()
    {
        var document = Sample("EN16931/EN16931_Einfach.xml");
        var seller = document.Descendants(Ram + "SellerTradeParty").First();
        var va = seller.Elements(Ram + "SpecifiedTaxRegistration").First(r => (string?)r.Element(Ram + "ID")?.Attribute("schemeID") == "VA");
        va.AddAfterSelf(new XElement(va));

        var fired = Fired(document, RuleSetIds.FacturXEn16931);
        Assert.Contains("FX-SCH-A-000033:error", fired);
        Assert.DoesNotContain("FX-SCH-A-000034:error", fired);
    }

    [Fact]
    public void A_vat_identifier_without_a_country_prefix_fires_br_co_09()
    {
        var document = Sample("EN16931/EN16931_Einfach.xml");
        var id = document.Descendants(Ram + "ID").First(i => (string?)i.Attribute("schemeID") == "VA" && i.Parent?.Name == Ram + "SpecifiedTaxRegistration");
        id.Value = "QQ123456789";
        Assert.Contains("BR-CO-09:error", Fired(document, RuleSetIds.FacturXEn16931));
    }

    [Fact]
    public void A_duplicated_standard_rate_line_breaks_the_taxable_amount_per_rate()
    {
        var document = Sample("EN16931/EN16931_Einfach.xml");
        Assert.DoesNotContain("BR-S-08:error", Fired(document, RuleSetIds.FacturXEn16931));
        var line = document.Descendants(Ram + "IncludedSupplyChainTradeLineItem").First();
        line.AddAfterSelf(new XElement(line));

        var fired = Fired(document, RuleSetIds.FacturXEn16931);
        Assert.Contains("BR-S-08:error", fired);
        Assert.Contains("BR-CO-10:error", fired);
    }

    [Fact]
    public void A_code_outside_the_profile_code_list_fires_the_structure_code_check()
    {
        var document = Sample("EN16931/EN16931_Einfach.xml");
        document.Descendants(Ram + "InvoiceCurrencyCode").First().Value = "EURO";
        Assert.Contains(Fired(document, RuleSetIds.FacturXEn16931), id => id.StartsWith("FX-SCH-A-", StringComparison.Ordinal));
    }

    private static XDocument Sample(string relative)
    {
        Assert.True(SafeXml.Load(File.ReadAllBytes(SharedMaterial.InEInvoice(Path.Combine("zugferd", "ferd-2.3.3", relative)))).TryGetValue(out var document));
        return document;
    }

    private static SortedSet<string> Fired(XDocument document, string ruleSet)
    {
        var findings = new List<ValidationFinding>();
        RuleRunner.Run(document, [FacturXConformanceTests.RuleSet(ruleSet)], findings);
        return new SortedSet<string>(findings.Select(f => f.IdAndFlag), StringComparer.Ordinal);
    }
}
