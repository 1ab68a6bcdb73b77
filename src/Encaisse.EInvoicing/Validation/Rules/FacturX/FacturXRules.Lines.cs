using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using F = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXFunctions;
using N = Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXNames;

namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>Invoice line rules (BG-25): line fields, line allowances and charges, line VAT categories.</summary>
internal static partial class FacturXRules
{
    private static void AddLineRules(List<FacturXContext> contexts)
    {
        contexts.Add(C("//ram:ApplicableProductCharacteristic", N.ApplicableProductCharacteristic,
            A("BR-54", B | E, static e => F.Has(e, N.Description) && F.Has(e, N.Value)),
            A("BR-FXEXT-BR-54-1", X, static e => F.Has(e, N.Description) || F.Has(e, N.TypeCode)),
            A("BR-FXEXT-BR-54-2", X, static e => (F.Has(e, N.Value) && !F.Has(e, N.ValueMeasure))
                || (!F.Has(e, N.Value) && e.Elements(N.ValueMeasure).Any(static m => m.Attribute(N.UnitCodeAttribute) is { } u && u.Value.Length != 0)))));

        contexts.Add(C("//ram:IncludedSupplyChainTradeLineItem", N.IncludedSupplyChainTradeLineItem,
            A("BR-21", B | E | X, static e => F.AnyNotEmpty(Xp.Path(e, N.AssociatedDocumentLineDocument, N.LineId))),
            A("BR-22", B | E, static e => F.Has(e, N.SpecifiedLineTradeDelivery, N.BilledQuantity)),
            A("BR-23", B | E, static e => Xp.Path(e, N.SpecifiedLineTradeDelivery, N.BilledQuantity).Any(static q => q.Attribute(N.UnitCodeAttribute) is not null)),
            A("BR-24", B | E, static e => F.Has(e, N.SpecifiedLineTradeSettlement, N.SpecifiedTradeSettlementLineMonetarySummation, N.LineTotalAmount)),
            A("BR-25", B | E | X, static e => F.AnyNotEmpty(Xp.Path(e, N.SpecifiedTradeProduct, N.Name))),
            A("BR-26", B | E, static e => F.Has(e, N.SpecifiedLineTradeAgreement, N.NetPriceProductTradePrice, N.ChargeAmount)),
            A("BR-27", B | E, static e => F.AnyCompare(Xp.Path(e, N.SpecifiedLineTradeAgreement, N.NetPriceProductTradePrice, N.ChargeAmount), static p => p >= 0)),
            A("BR-28", B | E, static e => F.AnyCompare(Xp.Path(e, N.SpecifiedLineTradeAgreement, N.GrossPriceProductTradePrice, N.ChargeAmount), static p => p >= 0)
                || !F.Has(e, N.SpecifiedLineTradeAgreement, N.GrossPriceProductTradePrice, N.ChargeAmount)),
            A("BR-64", B | E | X, static e => Xp.Path(e, N.SpecifiedTradeProduct, N.GlobalId).Attributes(N.SchemeIdAttribute).Any(static s => s.Value.Length != 0)
                || !F.Has(e, N.SpecifiedTradeProduct, N.GlobalId)),
            A("BR-65", B | E | X, static e => Xp.Path(e, N.SpecifiedTradeProduct, N.DesignatedProductClassification, N.ClassCode).Attributes(N.ListIdAttribute).Any(static s => s.Value.Length != 0)
                || !F.Has(e, N.SpecifiedTradeProduct, N.DesignatedProductClassification)),
            A("BR-CO-04", B | E, static e => Xp.Path(e, N.SpecifiedLineTradeSettlement, N.ApplicableTradeTax).Any(static t => F.IsVat(t) && t.Element(N.CategoryCode) is not null)),
            A("BR-DEC-23", B | E | X, static e => F.TwoDecimals(Xp.First(e, N.SpecifiedLineTradeSettlement, N.SpecifiedTradeSettlementLineMonetarySummation, N.LineTotalAmount))),
            // A sub-line (BT-X-304 parent line id) has a line status (BT-X-7).
            A("BR-FXEXT-06", X, static e =>
            {
                var parent = Xp.Norm(Xp.First(e, N.AssociatedDocumentLineDocument, N.ParentLineId));
                return parent.Length == 0 || F.AnyNotEmpty(Xp.Path(e, N.AssociatedDocumentLineDocument, N.LineStatusReasonCode));
            }),
            A("BR-FXEXT-08", X, static e => GroupTotalsMatch(e))));

        contexts.Add(C("//ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod", N.BillingSpecifiedPeriod,
            static e => e.Parent?.Name == N.SpecifiedLineTradeSettlement,
            A("BR-30", B | E | X, static e => PeriodOrdered(e)),
            A("BR-CO-20", B | E | X, static e => F.Has(e, N.StartDateTime) || F.Has(e, N.EndDateTime))));

        contexts.Add(C("//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'false']", N.ChargeIndicator,
            static e => LineIndicator(e, "false"),
            A("BR-42", B | E | X, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode))));

        contexts.Add(C("//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'false'] (second pattern)", N.ChargeIndicator,
            static e => LineIndicator(e, "false"),
            A("BR-41", B | E | X, static e => F.Has(e.Parent, N.ActualAmount)),
            A("BR-CO-07", B | E | X, static _ => true),
            A("BR-CO-23", B | E | X, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode)),
            A("BR-DEC-24", B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.ActualAmount))),
            A("BR-DEC-25", B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.BasisAmount)))));

        contexts.Add(C("//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'true']", N.ChargeIndicator,
            static e => LineIndicator(e, "true"),
            A("BR-43", B | E | X, static e => F.Has(e.Parent, N.ActualAmount)),
            A("BR-44", B | E, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode)),
            A("BR-CO-08", B | E, static _ => true),
            A("BR-CO-24", B | E, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode)),
            A("BR-DEC-27", B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.ActualAmount))),
            A("BR-DEC-28", B | E | X, static e => F.TwoDecimals(e.Parent!.Element(N.BasisAmount))),
            A("BR-FXEXT-BR-44", X, static e => F.Has(e.Parent, N.Reason) || F.Has(e.Parent, N.ReasonCode))));

        contexts.Add(LineTaxContext("AE",
            A("BR-AE-02", B | E | X, static e => SellerVatGiven(e, SellerVat.ReverseCharge)),
            A("BR-AE-05", B | E | X, static e => RateEquals(e, 0))));
        contexts.Add(LineTaxContext("E",
            A("BR-E-02", B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
            A("BR-E-05", B | E | X, static e => RateEquals(e, 0))));
        contexts.Add(LineTaxContext("G",
            A("BR-G-02", B | E | X, static e => SellerVatGiven(e, SellerVat.Export)),
            A("BR-G-05", B | E | X, static e => RateEquals(e, 0))));
        contexts.Add(LineTaxContext("K",
            A("BR-IC-02", B | E | X, static e => SellerVatGiven(e, SellerVat.IntraCommunity)),
            A("BR-IC-05", B | E | X, static e => RateEquals(e, 0))));
        contexts.Add(LineTaxContext("L",
            A("BR-AF-02", B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
            A("BR-AF-05", B | E | X, static e => F.AnyCompare(e.Elements(N.RateApplicablePercent), static r => r > 0))));
        contexts.Add(LineTaxContext("M",
            A("BR-AG-02", B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
            A("BR-AG-05", B | E | X, static e => F.AnyCompare(e.Elements(N.RateApplicablePercent), static r => r >= 0))));
        contexts.Add(LineTaxContext("O",
            A("BR-O-02", B | E, static e => SellerVatGiven(e, SellerVat.NotSubject)),
            A("BR-O-05", B | E | X, static e => !F.Has(e, N.RateApplicablePercent))));
        contexts.Add(LineTaxContext("S",
            A("BR-S-02", B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
            A("BR-S-05", B | E | X, static e => F.AnyCompare(e.Elements(N.RateApplicablePercent), static r => r > 0))));
        contexts.Add(LineTaxContext("Z",
            A("BR-Z-02", B | E | X, static e => SellerVatGiven(e, SellerVat.SellerOrRepresentative)),
            A("BR-Z-05", B | E | X, static e => RateEquals(e, 0))));

        contexts.Add(C("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement", N.SpecifiedLineTradeSettlement,
            static e => Xp.HasPath(e, N.CrossIndustryInvoice, N.SupplyChainTradeTransaction, N.IncludedSupplyChainTradeLineItem, N.SpecifiedLineTradeSettlement)
                && e.Parent!.Parent!.Parent!.Parent is null,
            A("CII-SR-474", E, RuleFlag.Warning, static e => e.Elements(N.AdditionalReferencedDocument).Count(static d => d.Elements(N.TypeCode).Any(static t => Xp.Norm(t) == "130")) <= 1),
            A("FX-SCH-A-000278", E, static e => F.Count(e.Elements(N.ApplicableTradeTax)) == 1),
            A("FX-SCH-A-000279", E, static e => F.Count(e.Elements(N.SpecifiedTradeSettlementLineMonetarySummation)) == 1),
            A("FX-SCH-A-000293", E, static e => F.Count(e.Elements(N.AdditionalReferencedDocument)) <= 1),
            A("FX-SCH-A-000614", E, static e => F.Count(e.Elements(N.ReceivableSpecifiedTradeAccountingAccount)) <= 1)));
    }

    // //rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = code]
    private static FacturXContext LineTaxContext(string code, params FacturXAssertion[] assertions) =>
        C($"//rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = '{code}']",
            N.ApplicableTradeTax,
            e => F.AnyEquals(e.Elements(N.CategoryCode), code)
                && e.Parent is { } settlement && settlement.Name == N.SpecifiedLineTradeSettlement
                && settlement.Parent is { } line && line.Name == N.IncludedSupplyChainTradeLineItem
                && line.Parent?.Name == N.SupplyChainTradeTransaction,
            assertions);

    private static bool LineIndicator(XElement indicator, string value) =>
        F.AnyEquals(indicator.Elements(N.Indicator), value) && indicator.Parent is { } ac && ac.Name == N.SpecifiedTradeAllowanceCharge
        && ac.Parent?.Name == N.SpecifiedLineTradeSettlement;

    // BR-FXEXT-08: the net amount (BT-131) of every GROUP line equals the rounded sum of its DETAIL and GROUP sub-lines.
    // The test does not depend on the line it is checked on; sub-line sums are gathered in one pass (linear per line).
    private static bool GroupTotalsMatch(XElement e)
    {
        var lines = F.All(e, N.IncludedSupplyChainTradeLineItem).ToList();
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var child in lines)
        {
            var statuses = Xp.Path(child, N.AssociatedDocumentLineDocument, N.LineStatusReasonCode);
            if (F.AnyEquals(statuses, "DETAIL") || F.AnyEquals(statuses, "GROUP"))
            {
                var parent = Xp.Norm(Xp.First(child, N.AssociatedDocumentLineDocument, N.ParentLineId));
                var amount = Xp.Number(Xp.Norm(Xp.First(child, N.SpecifiedLineTradeSettlement, N.SpecifiedTradeSettlementLineMonetarySummation, N.LineTotalAmount)));
                sums[parent] = sums.GetValueOrDefault(parent) + amount;
            }
        }

        foreach (var item in lines)
        {
            var total = Xp.Norm(Xp.First(item, N.SpecifiedLineTradeSettlement, N.SpecifiedTradeSettlementLineMonetarySummation, N.LineTotalAmount));
            if (!F.AnyEquals(Xp.Path(item, N.AssociatedDocumentLineDocument, N.LineStatusReasonCode), "GROUP") || total.Length == 0)
            {
                continue;
            }

            var id = Xp.Norm(Xp.First(item, N.AssociatedDocumentLineDocument, N.LineId));
            if (Xp.Number(total) != Xp.Round(sums.GetValueOrDefault(id) * 100) / 100)
            {
                return false;
            }
        }

        return true;
    }
}
