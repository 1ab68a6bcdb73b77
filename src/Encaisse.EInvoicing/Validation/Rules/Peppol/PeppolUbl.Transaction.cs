using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using static Encaisse.EInvoicing.Validation.Rules.Peppol.PeppolFunctions;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>The transaction rules (PEPPOL-EN16931-R0xx/R1xx), first part of the pattern that also checks identifiers.</summary>
public sealed partial class PeppolUbl
{
    private static readonly XName[] DocumentRoots = [Ubl.CreditNote, Ubl.Invoice];

    // cbc:Amount | cbc:BaseAmount | ... | cbc:PayableAmount (TaxAmount only under a TaxTotal with subtotals or a TaxSubtotal).
    private static readonly XName[] CurrencyAmounts =
    [
        Cbc.Amount, Cbc.BaseAmount, Cbc.PriceAmount, Cbc.TaxAmount, Cbc.TaxableAmount, Cbc.LineExtensionAmount, Cbc.TaxExclusiveAmount,
        Cbc.TaxInclusiveAmount, Cbc.AllowanceTotalAmount, Cbc.ChargeTotalAmount, Cbc.PrepaidAmount, Cbc.PayableRoundingAmount, Cbc.PayableAmount,
    ];

    private static void DefineTransaction(PatternBuilder p)
    {
        p.Rule("ubl-creditnote:CreditNote | ubl-invoice:Invoice", DocumentRoots, static _ => true, CheckDocument);

        // BT-6 VAT accounting currency differs from BT-5.
        p.Rule("cbc:TaxCurrencyCode", Cbc.TaxCurrencyCode, static (e, r) =>
            r.Assert("PEPPOL-EN16931-R005", RuleFlag.Fatal, Xp.NormalizeSpace(Text(e)) != Xp.NormalizeSpace(Text(e.Parent?.Element(Cbc.DocumentCurrencyCode)))));

        p.Rule("cac:AccountingCustomerParty/cac:Party", Cac.Party, static e => Under(e, Cac.AccountingCustomerParty), static (e, r) =>
            r.Assert("PEPPOL-EN16931-R010", RuleFlag.Fatal, e.Element(Cbc.EndpointID) is not null));
        p.Rule("cac:AccountingSupplierParty/cac:Party", Cac.Party, static e => Under(e, Cac.AccountingSupplierParty), static (e, r) =>
            r.Assert("PEPPOL-EN16931-R020", RuleFlag.Fatal, e.Element(Cbc.EndpointID) is not null));

        // Document and line allowances/charges (not price level): percentage and base amount go together.
        p.Rule(
            "(Invoice | Invoice/InvoiceLine | CreditNote | CreditNote/CreditNoteLine)/cac:AllowanceCharge[cbc:MultiplierFactorNumeric and not(cbc:BaseAmount)]",
            Cac.AllowanceCharge,
            static e => IsDocumentOrLineCharge(e) && e.Element(Cbc.MultiplierFactorNumeric) is not null && e.Element(Cbc.BaseAmount) is null,
            static (_, r) => r.Assert("PEPPOL-EN16931-R041", RuleFlag.Fatal, false));
        p.Rule(
            "(Invoice | Invoice/InvoiceLine | CreditNote | CreditNote/CreditNoteLine)/cac:AllowanceCharge[not(cbc:MultiplierFactorNumeric) and cbc:BaseAmount]",
            Cac.AllowanceCharge,
            static e => IsDocumentOrLineCharge(e) && e.Element(Cbc.MultiplierFactorNumeric) is null && e.Element(Cbc.BaseAmount) is not null,
            static (_, r) => r.Assert("PEPPOL-EN16931-R042", RuleFlag.Fatal, false));
        p.Rule("(Invoice | Invoice/InvoiceLine | CreditNote | CreditNote/CreditNoteLine)/cac:AllowanceCharge", Cac.AllowanceCharge, IsDocumentOrLineCharge, CheckAllowanceCharge);

        // Direct debit (49, 59) needs the mandate reference (BT-89).
        p.Rule(
            "cac:PaymentMeans[normalize-space(cbc:PaymentMeansCode) = ('49', '59')]",
            Cac.PaymentMeans,
            static e => NormSingle(e, Cbc.PaymentMeansCode) is "49" or "59",
            static (e, r) => r.Assert("PEPPOL-EN16931-R061", RuleFlag.Fatal, At(e, Cac.PaymentMandate, Cbc.ID) is not null));

        // Every amount but BT-111 is in the invoice currency.
        p.Rule("cbc:Amount | ... | cbc:PayableAmount", CurrencyAmounts, IsDocumentCurrencyAmount, static (e, r) =>
        {
            var currency = e.Attribute(Attr.CurrencyId);
            var same = false;
            if (currency is not null)
            {
                foreach (var code in Doc(e).DocumentCurrencyCodes)
                {
                    same |= code == currency.Value;
                }
            }

            r.Assert("PEPPOL-EN16931-R051", RuleFlag.Fatal, same);
        });

        // Line period within the invoice period (BG-26 within BG-14).
        p.Rule(
            "(Invoice[cac:InvoicePeriod/cbc:StartDate]/cac:InvoiceLine | CreditNote[...]/cac:CreditNoteLine)/cac:InvoicePeriod/cbc:StartDate",
            Cbc.StartDate,
            static e => IsLinePeriodDate(e, Cbc.StartDate),
            static (e, r) => r.Assert("PEPPOL-EN16931-R110", RuleFlag.Fatal, CompareWithDocumentPeriod(e, Cbc.StartDate) is >= 0));
        p.Rule(
            "(Invoice[cac:InvoicePeriod/cbc:EndDate]/cac:InvoiceLine | CreditNote[...]/cac:CreditNoteLine)/cac:InvoicePeriod/cbc:EndDate",
            Cbc.EndDate,
            static e => IsLinePeriodDate(e, Cbc.EndDate),
            static (e, r) => r.Assert("PEPPOL-EN16931-R111", RuleFlag.Fatal, CompareWithDocumentPeriod(e, Cbc.EndDate) is <= 0));

        p.Rule("cac:InvoiceLine | cac:CreditNoteLine", [Cac.InvoiceLine, Cac.CreditNoteLine], static _ => true, CheckLine);

        // Price level allowance (BT-147, BT-148).
        p.Rule("cac:Price/cac:AllowanceCharge", Cac.AllowanceCharge, static e => Under(e, Cac.Price), static (e, r) =>
        {
            r.Assert("PEPPOL-EN16931-R044", RuleFlag.Fatal, Xp.Norm(e.Element(Cbc.ChargeIndicator)) == "false");
            var holds = true;
            if (e.Element(Cbc.BaseAmount) is { } gross)
            {
                var net = Xp.Decimal(e.Parent!.Element(Cbc.PriceAmount));
                var allowance = Xp.Decimal(e.Element(Cbc.Amount));
                var grossValue = Xp.Decimal(gross);
                holds = net is not null && allowance is not null && grossValue is not null && Subtract(grossValue.Value, allowance.Value) == net;
            }

            r.Assert("PEPPOL-EN16931-R046", RuleFlag.Fatal, holds);
        });

        // Unit of the price base quantity (BT-150) equals the invoiced quantity's (BT-130).
        p.Rule(
            "cac:Price/cbc:BaseQuantity[@unitCode]",
            Cbc.BaseQuantity,
            static e => Under(e, Cac.Price) && e.Attribute(Attr.UnitCode) is not null,
            static (e, r) =>
            {
                var line = e.Parent!.Parent;
                var hasQuantity = line?.Element(Cbc.InvoicedQuantity) is not null || line?.Element(Cbc.CreditedQuantity) is not null;
                var holds = true;
                if (hasQuantity)
                {
                    holds = false;
                    var unit = e.Attribute(Attr.UnitCode)!.Value;
                    foreach (var quantity in line!.Elements(Doc(e).IsInvoice ? Cbc.InvoicedQuantity : Cbc.CreditedQuantity))
                    {
                        holds |= quantity.Attribute(Attr.UnitCode)?.Value == unit;
                    }
                }

                r.Assert("PEPPOL-EN16931-R130", RuleFlag.Fatal, holds);
            });
    }

    private static void CheckDocument(XElement e, RuleScope r)
    {
        var doc = Doc(e);
        r.Assert("PEPPOL-EN16931-R001", RuleFlag.Fatal, e.Element(Cbc.ProfileID) is not null);
        r.Assert("PEPPOL-EN16931-R007", RuleFlag.Fatal, doc.Profile != "Unknown");
        r.Assert("PEPPOL-EN16931-R002", RuleFlag.Fatal, Count(e, Cbc.Note) <= 1 || doc.BothGerman);
        r.Assert("PEPPOL-EN16931-R003", RuleFlag.Fatal, e.Element(Cbc.BuyerReference) is not null || At(e, Cac.OrderReference, Cbc.ID) is not null);

        var customization = Xp.NormalizeSpace(Text(e.Element(Cbc.CustomizationID)));
        r.Assert(
            "PEPPOL-EN16931-R004",
            RuleFlag.Fatal,
            customization.StartsWith("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", StringComparison.Ordinal)
                && !customization.Contains("::", StringComparison.Ordinal));

        var withSubtotals = 0;
        var withoutSubtotals = 0;
        foreach (var total in e.Elements(Cac.TaxTotal))
        {
            if (total.Element(Cac.TaxSubtotal) is null)
            {
                withoutSubtotals++;
            }
            else
            {
                withSubtotals++;
            }
        }

        var taxCurrency = e.Element(Cbc.TaxCurrencyCode);
        r.Assert("PEPPOL-EN16931-R053", RuleFlag.Fatal, withSubtotals == 1);
        r.Assert("PEPPOL-EN16931-R054", RuleFlag.Fatal, withoutSubtotals == (taxCurrency is null ? 0 : 1));

        // BT-110 and BT-111 have the same sign: the amounts in each currency are compared with 0 as xs:double.
        var holds = taxCurrency is null;
        if (!holds)
        {
            var taxCode = Xp.Norm(taxCurrency);
            var documentCode = Xp.Norm(e.Element(Cbc.DocumentCurrencyCode));
            bool taxNegative = false, taxPositive = false, documentNegative = false, documentPositive = false;
            foreach (var total in e.Elements(Cac.TaxTotal))
            {
                foreach (var amount in total.Elements(Cbc.TaxAmount))
                {
                    if (amount.Attribute(Attr.CurrencyId) is not { } currency)
                    {
                        continue;
                    }

                    var value = Xp.Double(amount);
                    if (currency.Value == taxCode)
                    {
                        taxNegative |= value <= 0;
                        taxPositive |= value >= 0;
                    }

                    if (currency.Value == documentCode)
                    {
                        documentNegative |= value <= 0;
                        documentPositive |= value >= 0;
                    }
                }
            }

            holds = (taxNegative && documentNegative) || (taxPositive && documentPositive);
        }

        r.Assert("PEPPOL-EN16931-R055", RuleFlag.Fatal, holds);
    }

    // ubl-invoice:Invoice/cac:AllowanceCharge | ubl-invoice:Invoice/cac:InvoiceLine/cac:AllowanceCharge | (same for CreditNote).
    private static bool IsDocumentOrLineCharge(XElement e)
    {
        if (e.Parent is not { } parent)
        {
            return false;
        }

        return parent.Name == Ubl.Invoice || parent.Name == Ubl.CreditNote
            || (parent.Name == Cac.InvoiceLine && parent.Parent?.Name == Ubl.Invoice)
            || (parent.Name == Cac.CreditNoteLine && parent.Parent?.Name == Ubl.CreditNote);
    }

    private static void CheckAllowanceCharge(XElement e, RuleScope r)
    {
        // BT-92/BT-99 = BT-93/BT-100 x BT-94/BT-101 / 100, within 0.02.
        var holds = true;
        if (e.Element(Cbc.MultiplierFactorNumeric) is { } factor && e.Element(Cbc.BaseAmount) is { } baseAmount)
        {
            var amountElement = e.Element(Cbc.Amount);
            var amount = amountElement is null ? 0m : Xp.Decimal(amountElement);
            var b = Xp.Decimal(baseAmount);
            var f = Xp.Decimal(factor);
            holds = amount is not null && b is not null && f is not null && Multiply(b.Value, f.Value) is { } product && Slack(amount.Value, product / 100m, 0.02m);
        }

        r.Assert("PEPPOL-EN16931-R040", RuleFlag.Fatal, holds);
        var indicator = Xp.NormalizeSpace(Text(e.Element(Cbc.ChargeIndicator)));
        r.Assert("PEPPOL-EN16931-R043", RuleFlag.Fatal, indicator is "true" or "false");
    }

    private static bool IsDocumentCurrencyAmount(XElement e)
    {
        if (e.Name != Cbc.TaxAmount)
        {
            return true;
        }

        // cac:TaxTotal[cac:TaxSubtotal]/cbc:TaxAmount | cac:TaxSubtotal/cbc:TaxAmount
        return e.Parent is { } parent
            && ((parent.Name == Cac.TaxTotal && parent.Element(Cac.TaxSubtotal) is not null) || parent.Name == Cac.TaxSubtotal);
    }

    // Invoice[cac:InvoicePeriod/X]/cac:InvoiceLine/cac:InvoicePeriod/X (CreditNote and CreditNoteLine likewise).
    private static bool IsLinePeriodDate(XElement e, XName date)
    {
        if (e.Parent is not { } period || period.Name != Cac.InvoicePeriod || period.Parent is not { } line || line.Parent is not { } document)
        {
            return false;
        }

        var shape = (line.Name == Cac.InvoiceLine && document.Name == Ubl.Invoice) || (line.Name == Cac.CreditNoteLine && document.Name == Ubl.CreditNote);
        return shape && At(document, Cac.InvoicePeriod, date) is not null;
    }

    // xs:date(text()) compared with xs:date(../../../cac:InvoicePeriod/X): null where XPath would raise an error.
    private static int? CompareWithDocumentPeriod(XElement e, XName date)
    {
        var document = e.Parent!.Parent!.Parent!;
        var documentDate = At(document, Cac.InvoicePeriod, date);
        if (!TryDate(Text(e), out var lineValue) || documentDate is null || !TryDate(documentDate.Value, out var documentValue))
        {
            return null;
        }

        return lineValue.CompareTo(documentValue);
    }

    private static void CheckLine(XElement e, RuleScope r)
    {
        var doc = Doc(e);
        var baseQuantityElement = At(e, Cac.Price, Cbc.BaseQuantity);

        // BT-131 = BT-129 x (BT-146 / BT-149) + line charges - line allowances, within 0.02.
        r.Assert("PEPPOL-EN16931-R120", RuleFlag.Fatal, LineAmountHolds(e, doc, baseQuantityElement));
        r.Assert("PEPPOL-EN16931-R121", RuleFlag.Fatal, baseQuantityElement is null || Xp.Decimal(baseQuantityElement) > 0);

        var references = 0;
        var invoicedObject = false;
        foreach (var reference in e.Elements(Cac.DocumentReference))
        {
            references++;
            invoicedObject |= AnyChildEquals(reference, Cbc.DocumentTypeCode, "130");
        }

        r.Assert("PEPPOL-EN16931-R100", RuleFlag.Fatal, references <= 1);
        r.Assert("PEPPOL-EN16931-R101", RuleFlag.Fatal, references == 0 || invoicedObject);
    }

    private static bool LineAmountHolds(XElement line, PeppolDocument doc, XElement? baseQuantityElement)
    {
        var lineAmountElement = line.Element(Cbc.LineExtensionAmount);
        var lineAmount = lineAmountElement is null ? 0m : Xp.Decimal(lineAmountElement);
        var quantityElement = line.Element(doc.IsInvoice ? Cbc.InvoicedQuantity : Cbc.CreditedQuantity);
        var quantity = quantityElement is null ? 1m : Xp.Decimal(quantityElement);
        var priceAmountElement = At(line, Cac.Price, Cbc.PriceAmount);
        var priceAmount = priceAmountElement is null ? 0m : Xp.Decimal(priceAmountElement);
        decimal? baseQuantity = 1m;
        if (baseQuantityElement is not null)
        {
            baseQuantity = Xp.Decimal(baseQuantityElement);
            if (baseQuantity == 0m)
            {
                baseQuantity = 1m;
            }
        }

        var allowances = LineChargeTotal(line, "false");
        var charges = LineChargeTotal(line, "true");
        if (lineAmount is null || quantity is null || priceAmount is null || baseQuantity is null || allowances is null || charges is null)
        {
            return false; // xs:decimal() of a value that is not a decimal: an XPath error.
        }

        try
        {
            var expected = (quantity.Value * (priceAmount.Value / baseQuantity.Value)) + charges.Value - allowances.Value;
            return Slack(lineAmount.Value, expected, 0.02m);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // round(sum(cac:AllowanceCharge[normalize-space(cbc:ChargeIndicator) = X]/cbc:Amount/xs:decimal(.)) * 10 * 10) div 100.
    private static decimal? LineChargeTotal(XElement line, string indicator)
    {
        var sum = 0m;
        foreach (var charge in line.Elements(Cac.AllowanceCharge))
        {
            if (Xp.Norm(charge.Element(Cbc.ChargeIndicator)) != indicator)
            {
                continue;
            }

            foreach (var amount in charge.Elements(Cbc.Amount))
            {
                if (Xp.Decimal(amount) is not { } value)
                {
                    return null;
                }

                sum += value;
            }
        }

        return Xp.Round(sum * 100m) / 100m;
    }

    private static int Count(XElement e, XName name)
    {
        var n = 0;
        foreach (var _ in e.Elements(name))
        {
            n++;
        }

        return n;
    }

    private static decimal? Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Subtract(decimal a, decimal b)
    {
        try
        {
            return a - b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
