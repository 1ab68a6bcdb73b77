using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;
using static Encaisse.EInvoicing.Validation.Rules.XRechnung.XRechnungFunctions;
using C = Encaisse.EInvoicing.Validation.Rules.XRechnung.XrCii;

namespace Encaisse.EInvoicing.Validation.Rules.XRechnung;

/// <summary>
/// The KoSIT XRechnung 3.0.2 rules for CII, as the compiled XSLT of the release runs them: the Peppol rules XRechnung
/// embeds (peppol-cii-pattern-1: PEPPOL-EN16931-R*; peppol-cii-pattern-0-a: empty elements; peppol-cii-pattern-0-b:
/// gross price), the German CIUS (cii-pattern: BR-DE-*, BR-TMP-2, BR-TMP-3), the extension (cii-extension-pattern:
/// BR-DEX-*) and the clean-vehicles profile (cii-cvd-pattern), in that order.
/// </summary>
public sealed class XRechnungCii : RuleSetDefinition
{
    private static readonly XName UnitCode = "unitCode";
    private static readonly XName CurrencyId = "currencyID";
    private static readonly XName SchemeId = "schemeID";
    private static readonly XName ListId = "listID";
    private static readonly XName MimeCode = "mimeCode";
    private static readonly XName FileName = "filename";

    // //ram:ParentLineID is a whole-document question asked once per line (BR-DEX-15): answer it once per document.
    private static readonly ConditionalWeakTable<XDocument, StrongBox<bool>> ParentLineIds = [];

    private XRechnungCii()
    {
    }

    /// <summary>The one instance.</summary>
    public static XRechnungCii Instance { get; } = new();

    public override string Id => RuleSetIds.XRechnung;

    public override DocumentSyntax Syntax => DocumentSyntax.Cii;

    protected override IEnumerable<RulePattern> BuildPatterns() =>
        [PeppolRules(), EmptyElements(), GrossPrice(), Cius(), Extension(), CleanVehicles()];

    protected override IReadOnlyDictionary<string, RuleText> BuildTexts() => XRechnungTexts.All;

    // ---------------------------------------------------------------- peppol-cii-pattern-1

    private static RulePattern PeppolRules() =>
        new PatternBuilder("peppol-cii-pattern-1")
            .Rule("rsm:ExchangedDocumentContext", C.ExchangedDocumentContext, static (e, r) =>
                r.Assert("PEPPOL-EN16931-R001", RuleFlag.Fatal, Has(e, C.BusinessProcessSpecifiedDocumentContextParameter, C.ID))) // BT-23
            .Rule("ram:ApplicableHeaderTradeSettlement", C.ApplicableHeaderTradeSettlement, HeaderSettlement)
            .Rule("ram:BuyerTradeParty", C.BuyerTradeParty, static (e, r) =>
                r.Assert("PEPPOL-EN16931-R010", RuleFlag.Fatal, Has(e, C.URIUniversalCommunication, C.URIID))) // BT-49
            .Rule("ram:SellerTradeParty", C.SellerTradeParty, static (e, r) =>
                r.Assert("PEPPOL-EN16931-R020", RuleFlag.Fatal, Has(e, C.URIUniversalCommunication, C.URIID))) // BT-34
            .Rule("ram:SpecifiedTradeAllowanceCharge[ram:CalculationPercent and not(ram:BasisAmount)]", C.SpecifiedTradeAllowanceCharge,
                static e => Has(e, C.CalculationPercent) && !Has(e, C.BasisAmount),
                static (_, r) => r.Assert("PEPPOL-EN16931-R041", RuleFlag.Fatal, false))
            .Rule("ram:SpecifiedTradeAllowanceCharge[not(ram:CalculationPercent) and ram:BasisAmount]", C.SpecifiedTradeAllowanceCharge,
                static e => !Has(e, C.CalculationPercent) && Has(e, C.BasisAmount),
                static (_, r) => r.Assert("PEPPOL-EN16931-R042", RuleFlag.Fatal, false))
            .Rule("ram:SpecifiedTradeAllowanceCharge", C.SpecifiedTradeAllowanceCharge, static (e, r) =>
            {
                // BT-92/BT-99 = BT-93/BT-100 × BT-94/BT-101 / 100, within the slack.
                var percent = e.Element(C.CalculationPercent);
                var basis = e.Element(C.BasisAmount);
                if (percent is not null && basis is not null && TryDecimalOrDefault(e.Element(C.ActualAmount), 0m, out var amount) &&
                    Xp.TryDecimal(basis.Value, out var b) && Xp.TryDecimal(percent.Value, out var p))
                {
                    r.Assert("PEPPOL-EN16931-R040", RuleFlag.Fatal, WithinSlack(amount, Divide(b * p, 100m), SlackOf(e)));
                }

                r.Assert("PEPPOL-EN16931-R043-1", RuleFlag.Fatal, IndicatorText(e) is "true" or "false");
            })
            .Rule("ram:AppliedTradeAllowanceCharge", C.AppliedTradeAllowanceCharge, static (e, r) =>
                r.Assert("PEPPOL-EN16931-R043-2", RuleFlag.Fatal, IndicatorText(e) is "true" or "false"))
            .Rule("ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) = ('49', '59')]", C.SpecifiedTradeSettlementPaymentMeans,
                static e => NormOfSingle(e, C.TypeCode) is "49" or "59",
                static (e, r) => r.Assert("PEPPOL-EN16931-R061", RuleFlag.Fatal, Has(e.Parent, C.SpecifiedTradePaymentTerms, C.DirectDebitMandateID))) // BT-89
            .Rule("rsm:SupplyChainTradeTransaction[…/ram:StartDateTime]/…/ram:BillingSpecifiedPeriod/ram:StartDateTime", C.StartDateTime,
                static e => IsLinePeriodDateWithHeaderDate(e, C.StartDateTime), static (e, r) =>
                    // BT-134 not before BT-73: untyped values compare as strings.
                    r.Assert("PEPPOL-EN16931-R110", RuleFlag.Fatal, AnyStringPair(e, C.StartDateTime, static c => c >= 0)))
            .Rule("rsm:SupplyChainTradeTransaction[…/ram:EndDateTime]/…/ram:BillingSpecifiedPeriod/ram:EndDateTime", C.EndDateTime,
                static e => IsLinePeriodDateWithHeaderDate(e, C.EndDateTime), static (e, r) =>
                    r.Assert("PEPPOL-EN16931-R111", RuleFlag.Fatal, AnyStringPair(e, C.EndDateTime, static c => c <= 0))) // BT-135 not after BT-74
            .Rule("ram:IncludedSupplyChainTradeLineItem", C.IncludedSupplyChainTradeLineItem, Line)
            .Rule("ram:NetPriceProductTradePrice | ram:GrossPriceProductTradePrice", [C.NetPriceProductTradePrice, C.GrossPriceProductTradePrice],
                static _ => true, static (e, r) =>
                {
                    // BT-149 positive.
                    var quantity = e.Element(C.BasisQuantity);
                    if (quantity is null)
                    {
                        r.Assert("PEPPOL-EN16931-R121", RuleFlag.Fatal, true);
                    }
                    else if (Xp.TryDecimal(quantity.Value, out var q))
                    {
                        r.Assert("PEPPOL-EN16931-R121", RuleFlag.Fatal, q > 0);
                    }
                })
            .Rule("ram:NetPriceProductTradePrice/ram:BasisQuantity[@unitCode] | ram:GrossPriceProductTradePrice/ram:BasisQuantity[@unitCode]", C.BasisQuantity,
                static e => Is(e.Parent, C.NetPriceProductTradePrice, C.GrossPriceProductTradePrice) && e.Attribute(UnitCode) is not null,
                static (e, r) =>
                {
                    // BT-150 equals BT-130 (no quantity: the comparison is false).
                    var unit = e.Attribute(UnitCode)!.Value;
                    var same = false;
                    foreach (var billed in Xp.Path(e.Parent!.Parent?.Parent, C.SpecifiedLineTradeDelivery, C.BilledQuantity))
                    {
                        same |= billed.Attribute(UnitCode)?.Value == unit;
                    }

                    r.Assert("PEPPOL-EN16931-R130", RuleFlag.Fatal, same);
                })
            .Build();

    private static void HeaderSettlement(XElement e, RuleScope r)
    {
        var taxCurrency = e.Element(C.TaxCurrencyCode);
        r.Assert("PEPPOL-EN16931-R005", RuleFlag.Fatal,
            taxCurrency is null || Xp.NormalizeSpace(DirectText(taxCurrency)) != Xp.NormalizeSpace(DirectText(e.Element(C.InvoiceCurrencyCode))));

        // $documentCurrencyCode and $taxCurrencyCode are the document's BT-5 and BT-6 (absolute paths).
        var root = RootOf(e);
        var documentCodes = HeaderSettlementValues(root, C.InvoiceCurrencyCode);
        var taxCodes = HeaderSettlementValues(root, C.TaxCurrencyCode);
        var inDocumentCurrency = 0;
        var inOtherCurrency = 0;
        var amounts = new List<XElement>();
        foreach (var total in Xp.Path(e, C.SpecifiedTradeSettlementHeaderMonetarySummation, C.TaxTotalAmount))
        {
            amounts.Add(total);
            var currency = total.Attribute(CurrencyId)?.Value;
            if (currency is null)
            {
                continue;
            }

            if (documentCodes.Contains(currency))
            {
                inDocumentCurrency++;
            }

            if (documentCodes.Exists(d => d != currency))
            {
                inOtherCurrency++;
            }
        }

        r.Assert("PEPPOL-EN16931-R053", RuleFlag.Fatal, inDocumentCurrency <= 1);
        r.Assert("PEPPOL-EN16931-R054", RuleFlag.Fatal, inOtherCurrency == (taxCurrency is null ? 0 : 1));

        // BT-110 and BT-111 have the same sign (existential comparisons of untyped amounts as doubles).
        var applies = taxCodes.Count > 0 && inDocumentCurrency > 0;
        var sameSign = (AnyAmount(amounts, taxCodes, static d => d < 0) && AnyAmount(amounts, documentCodes, static d => d < 0)) ||
                       (AnyAmount(amounts, taxCodes, static d => d >= 0) && AnyAmount(amounts, documentCodes, static d => d >= 0));
        r.Assert("PEPPOL-EN16931-R055", RuleFlag.Fatal, !applies || sameSign);
    }

    private static List<string> HeaderSettlementValues(XElement root, XName name)
    {
        var values = new List<string>();
        if (root.Name == C.CrossIndustryInvoice)
        {
            foreach (var x in Xp.Path(root, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement, name))
            {
                values.Add(x.Value);
            }
        }

        return values;
    }

    private static bool AnyAmount(List<XElement> amounts, List<string> currencies, Func<double, bool> test)
    {
        foreach (var amount in amounts)
        {
            if (amount.Attribute(CurrencyId) is { } currency && currencies.Contains(currency.Value) && test(Xp.Double(amount)))
            {
                return true;
            }
        }

        return false;
    }

    // normalize-space(ram:ChargeIndicator/udt:Indicator/text()).
    private static string IndicatorText(XElement allowanceCharge) =>
        Xp.NormalizeSpace(DirectText(Xp.First(allowanceCharge, C.ChargeIndicator, C.Indicator)));

    // rsm:SupplyChainTradeTransaction[ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:X]
    //   /ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:X
    private static bool IsLinePeriodDateWithHeaderDate(XElement e, XName dateName) =>
        Xp.HasPath(e, C.SupplyChainTradeTransaction, C.IncludedSupplyChainTradeLineItem, C.SpecifiedLineTradeSettlement, C.BillingSpecifiedPeriod, dateName) &&
        Has(e.Parent!.Parent!.Parent!.Parent, C.ApplicableHeaderTradeSettlement, C.BillingSpecifiedPeriod, dateName);

    // udt:DateTimeString op ../../../../ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:X/udt:DateTimeString
    private static bool AnyStringPair(XElement e, XName dateName, Func<int, bool> test)
    {
        var header = Xp.Path(e.Parent!.Parent!.Parent!.Parent, C.ApplicableHeaderTradeSettlement, C.BillingSpecifiedPeriod, dateName, C.DateTimeString).ToList();
        foreach (var line in e.Elements(C.DateTimeString))
        {
            foreach (var h in header)
            {
                if (test(string.CompareOrdinal(line.Value, h.Value)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Line(XElement e, RuleScope r)
    {

        // BT-131 = BT-129 × (BT-146 / BT-149) + line charges − line allowances, within the slack (decimals).
        if (TryDecimalOrDefault(Xp.First(e, C.SpecifiedLineTradeSettlement, C.SpecifiedTradeSettlementLineMonetarySummation, C.LineTotalAmount), 0m, out var lineAmount) &&
            TryDecimalOrDefault(Xp.First(e, C.SpecifiedLineTradeDelivery, C.BilledQuantity), 1m, out var quantity) &&
            TryDecimalOrDefault(Xp.First(e, C.SpecifiedLineTradeAgreement, C.NetPriceProductTradePrice, C.ChargeAmount), 0m, out var priceAmount) &&
            TryBaseQuantity(
                Xp.First(e, C.SpecifiedLineTradeAgreement, C.NetPriceProductTradePrice, C.BasisQuantity),
                Xp.First(e, C.SpecifiedLineTradeAgreement, C.GrossPriceProductTradePrice, C.BasisQuantity),
                out var baseQuantity) &&
            TryLineAllowances(e, "false", out var allowances) &&
            TryLineAllowances(e, "true", out var charges))
        {
            var computed = (quantity * Divide(priceAmount, baseQuantity)) + charges - allowances;
            r.Assert("PEPPOL-EN16931-R120", RuleFlag.Warning, WithinSlack(lineAmount, computed, SlackOf(e)));
        }

        // BT-128 line object identifier only with document type 130.
        var references = false;
        var is130 = false;
        foreach (var reference in Xp.Path(e, C.SpecifiedLineTradeSettlement, C.AdditionalReferencedDocument))
        {
            references = true;
            foreach (var code in reference.Elements(C.TypeCode))
            {
                is130 |= code.Value == "130";
            }
        }

        r.Assert("PEPPOL-EN16931-R101", RuleFlag.Fatal, !references || is130);
    }

    // The net price's base quantity when present and not zero, else the gross price's, else 1.
    private static bool TryBaseQuantity(XElement? net, XElement? gross, out decimal value)
    {
        value = 1m;
        foreach (var candidate in new[] { net, gross })
        {
            if (candidate is null)
            {
                continue;
            }

            if (!Xp.TryDecimal(candidate.Value, out var v))
            {
                return false;
            }

            if (v != 0m)
            {
                value = v;
                return true;
            }
        }

        return true;
    }

    private static bool TryLineAllowances(XElement line, string indicator, out decimal total)
    {
        total = 0m;
        var any = false;
        foreach (var ac in Xp.Path(line, C.SpecifiedLineTradeSettlement, C.SpecifiedTradeAllowanceCharge))
        {
            if (Xp.Norm(Xp.First(ac, C.ChargeIndicator, C.Indicator)) != indicator)
            {
                continue;
            }

            any = true;
            foreach (var amount in ac.Elements(C.ActualAmount))
            {
                if (!Xp.TryDecimal(amount.Value, out var a))
                {
                    return false;
                }

                total += a;
            }
        }

        total = any ? Xp.Round(total * 10 * 10) / 100 : 0m;
        return true;
    }

    // ---------------------------------------------------------------- peppol-cii-pattern-0-a

    private static RulePattern EmptyElements() =>
        new PatternBuilder("peppol-cii-pattern-0-a")
            .Rule("//*[not(name() = 'ram:ApplicableHeaderTradeDelivery') and not(*) and not(normalize-space())]", (XName[]?)null,
                static e => IsEmptyLeaf(e) && !IsLexicallyRamApplicableHeaderTradeDelivery(e),
                static (_, r) => r.Assert("PEPPOL-EN16931-R008", RuleFlag.Fatal, false))
            .Build();

    // name() = 'ram:ApplicableHeaderTradeDelivery' compares the prefixed name as written in the document.
    private static bool IsLexicallyRamApplicableHeaderTradeDelivery(XElement e) =>
        e.Name.LocalName == "ApplicableHeaderTradeDelivery" && e.GetPrefixOfNamespace(e.Name.Namespace) == "ram";

    // ---------------------------------------------------------------- peppol-cii-pattern-0-b

    private static RulePattern GrossPrice() =>
        new PatternBuilder("peppol-cii-pattern-0-b")
            .Rule("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice",
                C.GrossPriceProductTradePrice,
                static e => Xp.HasPath(e, C.SupplyChainTradeTransaction, C.IncludedSupplyChainTradeLineItem, C.SpecifiedLineTradeAgreement, C.GrossPriceProductTradePrice),
                static (e, r) =>
                {
                    // BT-147 is an allowance only.
                    var hasDiscount = false;
                    var isAllowance = false;
                    foreach (var ac in e.Elements(C.AppliedTradeAllowanceCharge))
                    {
                        hasDiscount |= Has(ac, C.ActualAmount);
                        foreach (var indicator in Xp.Path(ac, C.ChargeIndicator, C.Indicator))
                        {
                            isAllowance |= indicator.Value == "false";
                        }
                    }

                    r.Assert("PEPPOL-EN16931-R044", RuleFlag.Fatal, !hasDiscount || isAllowance);

                    // BT-146 = BT-148 − BT-147 (u:decimalOrZero of the first discount).
                    var grossAmount = e.Element(C.ChargeAmount);
                    if (grossAmount is null)
                    {
                        r.Assert("PEPPOL-EN16931-R046", RuleFlag.Fatal, true);
                        return;
                    }

                    var netAmount = Xp.First(e.Parent, C.NetPriceProductTradePrice, C.ChargeAmount);
                    XElement? discount = null;
                    foreach (var ac in e.Elements(C.AppliedTradeAllowanceCharge))
                    {
                        discount ??= ac.Element(C.ActualAmount);
                    }

                    if (!Xp.TryDecimal(grossAmount.Value, out var g) || !TryDecimalOrDefault(discount, 0m, out var d) ||
                        (netAmount is not null && !Xp.IsDecimal(netAmount.Value)))
                    {
                        return;
                    }

                    r.Assert("PEPPOL-EN16931-R046", RuleFlag.Fatal, netAmount is not null && Xp.Decimal(netAmount) == g - d);
                })
            .Build();

    // ---------------------------------------------------------------- cii-pattern (CIUS)

    private static RulePattern Cius() =>
        new PatternBuilder("cii-pattern")
            .Rule("/rsm:CrossIndustryInvoice", C.CrossIndustryInvoice, Xp.IsRoot, CiusDocument)
            .Rule("/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext", C.ExchangedDocumentContext,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.ExchangedDocumentContext), static (e, r) =>
                {
                    var customization = false;
                    foreach (var id in Xp.Path(e, C.GuidelineSpecifiedDocumentContextParameter, C.ID))
                    {
                        customization |= id.Value is CiusId or ExtensionId or CvdId;
                    }

                    r.Assert("BR-DE-21", RuleFlag.Warning, customization); // BT-24
                })
            .Rule("/rsm:CrossIndustryInvoice/…/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty", C.SellerTradeParty,
                static e => InAgreement(e, C.SellerTradeParty),
                static (e, r) => r.Assert("BR-DE-2", RuleFlag.Fatal, Has(e, C.DefinedTradeContact))) // BG-6
            .Rule("/rsm:CrossIndustryInvoice/…/ram:SellerTradeParty/ram:PostalTradeAddress", C.PostalTradeAddress,
                static e => InAgreement(e, C.SellerTradeParty, C.PostalTradeAddress), static (e, r) =>
                {
                    r.Assert("BR-DE-3", RuleFlag.Fatal, HasNonBlank(e, C.CityName)); // BT-37
                    r.Assert("BR-DE-4", RuleFlag.Fatal, HasNonBlank(e, C.PostcodeCode)); // BT-38
                })
            .Rule("/rsm:CrossIndustryInvoice/…/ram:SellerTradeParty/ram:DefinedTradeContact", C.DefinedTradeContact,
                static e => InAgreement(e, C.SellerTradeParty, C.DefinedTradeContact), static (e, r) =>
                {
                    var phone = false;
                    foreach (var x in e.Elements(C.TelephoneUniversalCommunication))
                    {
                        phone |= HasNonBlank(x, C.CompleteNumber);
                    }

                    var mail = false;
                    foreach (var x in e.Elements(C.EmailURIUniversalCommunication))
                    {
                        mail |= HasNonBlank(x, C.URIID);
                    }

                    r.Assert("BR-DE-5", RuleFlag.Fatal, HasNonBlank(e, C.PersonName) || HasNonBlank(e, C.DepartmentName)); // BT-41
                    r.Assert("BR-DE-6", RuleFlag.Fatal, phone); // BT-42
                    r.Assert("BR-DE-7", RuleFlag.Fatal, mail); // BT-43
                    r.Assert("BR-DE-27", RuleFlag.Warning, HasThreeDigits(Xp.Norm(Xp.First(e, C.TelephoneUniversalCommunication, C.CompleteNumber))));
                    r.Assert("BR-DE-28", RuleFlag.Warning, IsEmailAddress(Xp.Norm(Xp.First(e, C.EmailURIUniversalCommunication, C.URIID))));
                })
            .Rule("/rsm:CrossIndustryInvoice/…/ram:BuyerTradeParty/ram:PostalTradeAddress", C.PostalTradeAddress,
                static e => InAgreement(e, C.BuyerTradeParty, C.PostalTradeAddress), static (e, r) =>
                {
                    r.Assert("BR-DE-8", RuleFlag.Fatal, HasNonBlank(e, C.CityName)); // BT-52
                    r.Assert("BR-DE-9", RuleFlag.Fatal, HasNonBlank(e, C.PostcodeCode)); // BT-53
                })
            .Rule("/rsm:CrossIndustryInvoice/…/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode = '916']", C.AdditionalReferencedDocument,
                static e => InAgreement(e, C.AdditionalReferencedDocument) && e.Elements(C.TypeCode).Any(t => t.Value == "916"),
                static (e, r) => r.Assert("BR-TMP-2", RuleFlag.Warning, !Has(e, C.URIID) || HasUrlScheme(e.Element(C.URIID)!.Value))) // BT-124
            .Rule("/rsm:CrossIndustryInvoice/…/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress", C.PostalTradeAddress,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeDelivery, C.ShipToTradeParty, C.PostalTradeAddress),
                static (e, r) =>
                {
                    r.Assert("BR-DE-10", RuleFlag.Fatal, HasNonBlank(e, C.CityName)); // BT-77
                    r.Assert("BR-DE-11", RuleFlag.Fatal, HasNonBlank(e, C.PostcodeCode)); // BT-78
                })
            .Rule("…/ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) = ('30','58')]", C.SpecifiedTradeSettlementPaymentMeans,
                static e => IsHeaderPaymentMeans(e) && NormOfSingle(e, C.TypeCode) is "30" or "58", static (e, r) =>
                {
                    // BT-84 is an IBAN for SEPA credit transfer (58).
                    r.Assert("BR-DE-19", RuleFlag.Warning,
                        Xp.Norm(e.Element(C.TypeCode)) != "58" || IsValidIban(Xp.Str(Xp.First(e, C.PayeePartyCreditorFinancialAccount, C.IBANID))));
                    r.Assert("BR-DE-23-a", RuleFlag.Fatal, Has(e, C.PayeePartyCreditorFinancialAccount)); // BG-17
                    r.Assert("BR-DE-23-b", RuleFlag.Fatal, !Has(e, C.ApplicableTradeSettlementFinancialCard) && !HasDirectDebit(e)); // no BG-18, BG-19
                })
            .Rule("…/ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) = ('48','54','55')]", C.SpecifiedTradeSettlementPaymentMeans,
                static e => IsHeaderPaymentMeans(e) && NormOfSingle(e, C.TypeCode) is "48" or "54" or "55", static (e, r) =>
                {
                    r.Assert("BR-DE-24-a", RuleFlag.Fatal, Has(e, C.ApplicableTradeSettlementFinancialCard)); // BG-18
                    r.Assert("BR-DE-24-b", RuleFlag.Fatal, !Has(e, C.PayeePartyCreditorFinancialAccount) && !HasDirectDebit(e)); // no BG-17, BG-19
                })
            .Rule("…/ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) = '59']", C.SpecifiedTradeSettlementPaymentMeans,
                static e => IsHeaderPaymentMeans(e) && NormOfSingle(e, C.TypeCode) == "59", static (e, r) =>
                {
                    // BT-91 is an IBAN for SEPA direct debit (59).
                    r.Assert("BR-DE-20", RuleFlag.Warning, IsValidIban(Xp.Str(Xp.First(e, C.PayerPartyDebtorFinancialAccount, C.IBANID))));
                    r.Assert("BR-DE-25-a", RuleFlag.Fatal, HasDirectDebit(e)); // BG-19
                    r.Assert("BR-DE-25-b", RuleFlag.Fatal,
                        !Has(e, C.PayeePartyCreditorFinancialAccount) && !Has(e, C.PayeeSpecifiedCreditorFinancialInstitution) &&
                        !Has(e, C.PayerSpecifiedDebtorFinancialInstitution) && !Has(e, C.ApplicableTradeSettlementFinancialCard));
                })
            .Rule("/rsm:CrossIndustryInvoice/…/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", C.ApplicableTradeTax,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement, C.ApplicableTradeTax),
                static (e, r) => r.Assert("BR-DE-14", RuleFlag.Fatal, HasNonBlank(e, C.RateApplicablePercent))) // BT-119
            .Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction", C.SupplyChainTradeTransaction,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction), static (e, r) =>
                {
                    // BT-72, BG-14 or BG-26 on every line.
                    var dated = Has(e, C.ApplicableHeaderTradeDelivery, C.ActualDeliverySupplyChainEvent, C.OccurrenceDateTime) ||
                                Has(e, C.ApplicableHeaderTradeSettlement, C.BillingSpecifiedPeriod);
                    if (!dated)
                    {
                        dated = true;
                        foreach (var line in e.Elements(C.IncludedSupplyChainTradeLineItem))
                        {
                            dated &= Has(line, C.SpecifiedLineTradeSettlement, C.BillingSpecifiedPeriod);
                        }
                    }

                    r.Assert("BR-DE-TMP-32", RuleFlag.Information, dated);
                })
            .Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem", C.IncludedSupplyChainTradeLineItem,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.IncludedSupplyChainTradeLineItem),
                static (e, r) => r.Assert("BR-TMP-3", RuleFlag.Fatal, SameBaseQuantities(e)))
            .Build();

    private static void CiusDocument(XElement e, RuleScope r)
    {
        var settlement = Xp.Path(e, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement).ToList();

        // BG-19 direct debit: BT-89 mandate, BT-90 creditor id, BT-91 debited account.
        var mandate = settlement.Any(s => Has(s, C.SpecifiedTradePaymentTerms, C.DirectDebitMandateID));
        var creditor = settlement.Any(s => Has(s, C.CreditorReferenceID));
        var debited = settlement.Any(s => Has(s, C.SpecifiedTradeSettlementPaymentMeans, C.PayerPartyDebtorFinancialAccount, C.IBANID));
        var noDirectDebit = !mandate && !creditor && !debited;
        r.Assert("BR-DE-30", RuleFlag.Fatal, ((mandate || debited) && creditor) || noDirectDebit);
        r.Assert("BR-DE-31", RuleFlag.Fatal, ((mandate || creditor) && debited) || noDirectDebit);
        r.Assert("BR-DE-1", RuleFlag.Fatal, settlement.Any(s => Has(s, C.SpecifiedTradeSettlementPaymentMeans))); // BG-16
        r.Assert("BR-DE-15", RuleFlag.Fatal, Xp.Path(e, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeAgreement).Any(a => HasNonBlank(a, C.BuyerReference))); // BT-10

        // BR-DE-16: VAT categories S, Z, E, AE, K, G, L, M need BT-31/BT-32 (scheme VA or FC) or BG-11. Each half of a
        // condition is an existential test on its own (the type and the category need not be on the same tax).
        var lineTaxes = Xp.Path(e, C.SupplyChainTradeTransaction, C.IncludedSupplyChainTradeLineItem, C.SpecifiedLineTradeSettlement, C.ApplicableTradeTax).ToList();
        var lineVat = lineTaxes.Any(t => t.Elements(C.TypeCode).Any(c => c.Value == "VAT"));
        var lineCategory = lineTaxes.Any(t => t.Elements(C.CategoryCode).Any(c => VatCategoriesNeedingSellerTaxId.Contains(c.Value)));
        var headerTaxes = Xp.Path(e, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement, C.SpecifiedTradeAllowanceCharge, C.CategoryTradeTax).ToList();
        var headerVat = headerTaxes.Any(t => t.Value == "VAT"); // the whole CategoryTradeTax's string value, as the Schematron writes it
        var headerCategory = headerTaxes.Any(t => t.Elements(C.CategoryCode).Any(c => VatCategoriesNeedingSellerTaxId.Contains(c.Value)));
        var needsTaxId = (lineVat && lineCategory) || (headerVat && headerCategory);
        var agreement = Xp.Path(e, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeAgreement).ToList();
        var hasTaxId = agreement.Any(a => Has(a, C.SellerTaxRepresentativeTradeParty)) ||
                       agreement.SelectMany(a => Xp.Path(a, C.SellerTradeParty, C.SpecifiedTaxRegistration, C.ID))
                           .Any(id => Xp.Norm(id.Attribute(SchemeId)) is "VA" or "FC" && NonBlank(id));
        r.Assert("BR-DE-16", RuleFlag.Fatal, !needsTaxId || hasTaxId);

        var typeCode = Xp.Norm(Xp.First(e, C.ExchangedDocument, C.TypeCode));
        r.Assert("BR-DE-17", RuleFlag.Warning, TypeCodes.Contains(typeCode)); // BT-3

        var notes = new List<string>();
        foreach (var terms in settlement.SelectMany(s => s.Elements(C.SpecifiedTradePaymentTerms)))
        {
            if (terms.Element(C.Description) is { } description)
            {
                notes.Add(description.Value);
            }
        }

        r.Assert("BR-DE-18", RuleFlag.Fatal, SkontoLinesValid(notes)); // BT-20

        // Attachment file names are unique among sibling additional referenced documents.
        var duplicate = false;
        foreach (var reference in e.Descendants(C.AdditionalReferencedDocument))
        {
            foreach (var name in FileNames(reference))
            {
                foreach (var earlier in reference.ElementsBeforeSelf(C.AdditionalReferencedDocument))
                {
                    duplicate |= FileNames(earlier).Contains(name);
                }
            }
        }

        r.Assert("BR-DE-22", RuleFlag.Fatal, !duplicate);
        r.Assert("BR-DE-26", RuleFlag.Warning, typeCode != "384" || settlement.Any(s => Has(s, C.InvoiceReferencedDocument))); // BG-3
    }

    private static IEnumerable<string> FileNames(XElement reference)
    {
        foreach (var binary in reference.Elements(C.AttachmentBinaryObject))
        {
            if (binary.Attribute(FileName) is { } name)
            {
                yield return name.Value;
            }
        }
    }

    // /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/...
    private static bool InAgreement(XElement e, params XName[] rest) =>
        RootedPath(e, [C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeAgreement, .. rest]);

    private static bool IsHeaderPaymentMeans(XElement e) =>
        RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement, C.SpecifiedTradeSettlementPaymentMeans);

    // /…/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID or /…/ram:CreditorReferenceID or ram:PayerPartyDebtorFinancialAccount/ram:IBANID
    private static bool HasDirectDebit(XElement paymentMeans)
    {
        var root = RootOf(paymentMeans);
        return Xp.Path(root, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement, C.SpecifiedTradePaymentTerms, C.DirectDebitMandateID).Any() ||
               Xp.Path(root, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement, C.CreditorReferenceID).Any() ||
               Has(paymentMeans, C.PayerPartyDebtorFinancialAccount, C.IBANID);
    }

    // BR-TMP-3: when both prices give a base quantity (BT-149), they are equal (as strings) and so are their units (BT-150).
    private static bool SameBaseQuantities(XElement line)
    {
        var gross = Xp.Path(line, C.SpecifiedLineTradeAgreement, C.GrossPriceProductTradePrice, C.BasisQuantity).ToList();
        var net = Xp.Path(line, C.SpecifiedLineTradeAgreement, C.NetPriceProductTradePrice, C.BasisQuantity).ToList();
        if (gross.Count == 0 || net.Count == 0)
        {
            return true;
        }

        var sameValue = gross.Any(g => net.Any(n => g.Value == n.Value));
        var grossUnits = gross.Select(g => g.Attribute(UnitCode)).OfType<XAttribute>().ToList();
        var netUnits = net.Select(n => n.Attribute(UnitCode)).OfType<XAttribute>().ToList();
        var sameUnit = grossUnits.Count == 0 || netUnits.Count == 0 || grossUnits.Any(g => netUnits.Any(n => g.Value == n.Value));
        return sameValue && sameUnit;
    }

    // ---------------------------------------------------------------- cii-extension-pattern

    private static RulePattern Extension() =>
        new PatternBuilder("cii-extension-pattern")
            .Rule("/rsm:CrossIndustryInvoice/…/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument[$isExtension]", C.AssociatedDocumentLineDocument,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.IncludedSupplyChainTradeLineItem, C.AssociatedDocumentLineDocument) && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-15", RuleFlag.Warning, !HasParentLineIds(e)))
            .Rule("//ram:GlobalID[@schemeID and $isExtension][not(ancestor::ram:SpecifiedTradeProduct) and not(ancestor::ram:ShipToTradeParty)]", C.GlobalID,
                static e => e.Attribute(SchemeId) is not null && IsExtension(e) && !e.Ancestors().Any(a => a.Name == C.SpecifiedTradeProduct || a.Name == C.ShipToTradeParty),
                static (e, r) => r.Assert("BR-DEX-04", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("ram:ID[@schemeID and $isExtension][not(ancestor::ram:SpecifiedTaxRegistration)]", C.ID,
                static e => e.Attribute(SchemeId) is not null && IsExtension(e) && !e.Ancestors(C.SpecifiedTaxRegistration).Any(),
                static (e, r) => r.Assert("BR-DEX-05", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("ram:SpecifiedTradeProduct/ram:GlobalID[@schemeID and $isExtension]", C.GlobalID,
                static e => e.Parent?.Name == C.SpecifiedTradeProduct && e.Attribute(SchemeId) is not null && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-06", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("ram:URIUniversalCommunication/ram:URIID[@schemeID and $isExtension]", C.URIID,
                static e => e.Parent?.Name == C.URIUniversalCommunication && e.Attribute(SchemeId) is not null && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-07", RuleFlag.Fatal, InCodeString(CefEasExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID[@schemeID and $isExtension]", C.GlobalID,
                static e => Xp.HasPath(e, C.ApplicableHeaderTradeDelivery, C.ShipToTradeParty, C.GlobalID) && e.Attribute(SchemeId) is not null && IsExtension(e),
                static (e, r) => r.Assert("BR-DEX-08", RuleFlag.Fatal, InCodeString(IsoIcdExtCodes, e.Attribute(SchemeId)!.Value)))
            .Rule("ram:AttachmentBinaryObject[$isExtension]", C.AttachmentBinaryObject, IsExtension, static (e, r) =>
                r.Assert("BR-DEX-01", RuleFlag.Fatal, e.Attribute(MimeCode) is { } mime && ExtensionMimeCodes.Contains(mime.Value))) // BT-125
            .Build();

    // $isExtension: exists(/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID[text() = $XR-EXTENSION-ID]).
    private static bool IsExtension(XElement e) => GuidelineTextIs(e, ExtensionId);

    private static bool GuidelineTextIs(XElement e, string value)
    {
        var root = RootOf(e);
        if (root.Name != C.CrossIndustryInvoice)
        {
            return false;
        }

        foreach (var id in Xp.Path(root, C.ExchangedDocumentContext, C.GuidelineSpecifiedDocumentContextParameter, C.ID))
        {
            if (TextEquals(id, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasParentLineIds(XElement e)
    {
        if (e.Document is not { } document)
        {
            return RootOf(e).Descendants(C.ParentLineID).Any();
        }

        return ParentLineIds.GetValue(document, static d => new StrongBox<bool>(d.Descendants(C.ParentLineID).Any())).Value;
    }

    // ---------------------------------------------------------------- cii-cvd-pattern

    private static RulePattern CleanVehicles() =>
        new PatternBuilder("cii-cvd-pattern")
            .Rule("/rsm:CrossIndustryInvoice[$isCVD]/rsm:SupplyChainTradeTransaction", C.SupplyChainTradeTransaction,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction) && IsCvd(e), static (e, r) =>
                {
                    var cvdLine = false;
                    foreach (var product in Xp.Path(e, C.IncludedSupplyChainTradeLineItem, C.SpecifiedTradeProduct))
                    {
                        cvdLine |= CvdClassCount(product) > 0 && CvaCount(product) > 0;
                    }

                    r.Assert("BR-DE-CVD-03", RuleFlag.Fatal, cvdLine);
                })
            .Rule("/rsm:CrossIndustryInvoice[$isCVD]/…/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct", C.SpecifiedTradeProduct,
                IsCvdProduct, static (e, r) =>
                {
                    r.Assert("BR-DE-CVD-06-b", RuleFlag.Fatal, CvaCount(e) == 0 || CvdClassCount(e) == 1);
                    r.Assert("BR-DE-CVD-06-a", RuleFlag.Fatal, CvdClassCount(e) == 0 || CvaCount(e) == 1);
                })
            .Rule("…/ram:SpecifiedTradeProduct/ram:DesignatedProductClassification/ram:ClassCode", C.ClassCode,
                static e => e.Parent?.Name == C.DesignatedProductClassification && e.Parent.Parent is { } product && IsCvdProduct(product), static (e, r) =>
                {
                    var listId = e.Attribute(ListId)?.Value;
                    r.Assert("BR-TMP-CVD-01", RuleFlag.Fatal, InCodeString(Untdid7143CvdCodes, listId)); // BT-158 scheme
                    r.Assert("BR-DE-CVD-04", RuleFlag.Fatal, Xp.NormalizeSpace(listId) != "CVD" || CvdVehicleCategories.Contains(Xp.Norm(e)));
                })
            .Rule("…/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic[ram:Description = 'cva']", C.ApplicableProductCharacteristic,
                static e => e.Parent is { } product && IsCvdProduct(product) && e.Elements(C.Description).Any(d => d.Value == "cva"),
                static (e, r) => r.Assert("BR-DE-CVD-05", RuleFlag.Fatal, CvaCodes.Contains(Xp.Norm(e.Element(C.Value))))) // BT-161
            .Rule("/rsm:CrossIndustryInvoice[$isCVD]/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement", C.ApplicableHeaderTradeAgreement,
                static e => RootedPath(e, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeAgreement) && IsCvd(e), static (e, r) =>
                {
                    var contract = false;
                    foreach (var reference in e.Elements(C.ContractReferencedDocument))
                    {
                        contract |= HasNonBlank(reference, C.IssuerAssignedID);
                    }

                    var tender = false;
                    foreach (var reference in e.Elements(C.AdditionalReferencedDocument))
                    {
                        tender |= Xp.Norm(reference.Element(C.TypeCode)) == "50" && Xp.Norm(reference.Element(C.IssuerAssignedID)).Length > 0;
                    }

                    r.Assert("BR-DE-CVD-01", RuleFlag.Fatal, contract); // BT-12
                    r.Assert("BR-DE-CVD-02", RuleFlag.Fatal, tender); // BT-17
                })
            .Build();

    // $isCVD: rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID/text() = $XR-CVD-ID.
    private static bool IsCvd(XElement e) => GuidelineTextIs(e, CvdId);

    private static bool IsCvdProduct(XElement product) =>
        RootedPath(product, C.CrossIndustryInvoice, C.SupplyChainTradeTransaction, C.IncludedSupplyChainTradeLineItem, C.SpecifiedTradeProduct) && IsCvd(product);

    // count(ram:DesignatedProductClassification/ram:ClassCode[@listID = 'CVD']).
    private static int CvdClassCount(XElement product) =>
        Xp.Path(product, C.DesignatedProductClassification, C.ClassCode).Count(c => c.Attribute(ListId)?.Value == "CVD");

    // count(ram:ApplicableProductCharacteristic[ram:Description = 'cva']).
    private static int CvaCount(XElement product) =>
        product.Elements(C.ApplicableProductCharacteristic).Count(c => c.Elements(C.Description).Any(d => d.Value == "cva"));

    // ---------------------------------------------------------------- shared

    private static XElement RootOf(XElement e) => e.Document?.Root ?? e.AncestorsAndSelf().Last();

    private static decimal SlackOf(XElement e)
    {
        var root = RootOf(e);
        return Slack(root.Name == C.CrossIndustryInvoice
            ? Xp.Path(root, C.SupplyChainTradeTransaction, C.ApplicableHeaderTradeSettlement, C.InvoiceCurrencyCode)
            : []);
    }

    private static bool TryDecimalOrDefault(XElement? x, decimal fallback, out decimal value)
    {
        if (x is null)
        {
            value = fallback;
            return true;
        }

        return Xp.TryDecimal(x.Value, out value);
    }
}
