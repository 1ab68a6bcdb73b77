using System.Xml.Linq;
using Encaisse.EInvoicing.Validation.Engine;
using F = Encaisse.EInvoicing.Validation.Rules.En16931.CiiSyntaxFunctions;
using N = Encaisse.EInvoicing.Validation.Rules.En16931.CiiSyntaxNames;

namespace Encaisse.EInvoicing.Validation.Rules.En16931;

/// <summary>
/// The EN16931-CII-Syntax pattern (CII-SR-*, CII-DT-*): which UN/CEFACT CII elements and attributes an EN 16931
/// invoice should not (warning) or must not (fatal) use, and how often the others may occur. The 31 rules are kept
/// in the Schematron's order because an element is checked by the first rule whose context matches it (for
/// instance ram:TypeCode elements are all taken by the //ram:TypeCode rule, so the rule on the invoice type code
/// that follows it never applies, exactly as in the compiled reference). Most assertions are table lines (see
/// <see cref="CiiSyntaxTable"/>); the others are functions in <see cref="CiiSyntaxFunctions"/>.
/// </summary>
public sealed partial class En16931Cii
{
    static partial void DefineSyntax(PatternBuilder pattern)
    {
        // Rules whose context is any element name (filtered by their matcher).
        XName[]? AnyElement = null;
        var t = SyntaxTables.All;
        var i = 0;
        pattern.Rule("//ram:SpecifiedTradeSettlementPaymentMeans", N.SpecifiedTradeSettlementPaymentMeans, t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext", N.ExchangedDocumentContext, static e => F.IsAt(e, SyntaxPaths.DocumentContext), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument", N.ExchangedDocument, static e => F.IsAt(e, SyntaxPaths.Document), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote", N.IncludedNote, static e => F.IsAt(e, SyntaxPaths.DocumentNote), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem", N.IncludedSupplyChainTradeLineItem, static e => F.IsAt(e, SyntaxPaths.Line), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument", N.AssociatedDocumentLineDocument, static e => F.IsAt(e, SyntaxPaths.LineDocument), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct", N.SpecifiedTradeProduct, static e => F.IsAt(e, SyntaxPaths.LineProduct), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic", N.ApplicableProductCharacteristic, static e => F.IsAt(e, SyntaxPaths.LineProductCharacteristic), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement", N.SpecifiedLineTradeAgreement, static e => F.IsAt(e, SyntaxPaths.LineAgreement), t[i++].Check);
        pattern.Rule("//ram:SpecifiedTradeAllowanceCharge", N.SpecifiedTradeAllowanceCharge, t[i++].Check);
        pattern.Rule("//ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge", N.AppliedTradeAllowanceCharge, static e => e.Parent?.Name == N.GrossPriceProductTradePrice, t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery", N.SpecifiedLineTradeDelivery, static e => F.IsAt(e, SyntaxPaths.LineDelivery), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement", N.SpecifiedLineTradeSettlement, static e => F.IsAt(e, SyntaxPaths.LineSettlement), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement", N.ApplicableHeaderTradeAgreement, static e => F.IsAt(e, SyntaxPaths.HeaderAgreement), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery", N.ApplicableHeaderTradeDelivery, static e => F.IsAt(e, SyntaxPaths.HeaderDelivery), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement", N.ApplicableHeaderTradeSettlement, static e => F.IsAt(e, SyntaxPaths.HeaderSettlement), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation", N.SpecifiedTradeSettlementHeaderMonetarySummation, static e => F.IsAt(e, SyntaxPaths.HeaderTotals), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice", N.CrossIndustryInvoice, Xp.IsRoot, CheckSyntaxRoot);
        pattern.Rule("//*[ends-with(name(), 'DocumentContextParameter')]", AnyElement, static e => e.Name.LocalName.EndsWith("DocumentContextParameter", StringComparison.Ordinal), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | /rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID | /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument/ram:LineID | /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:SellerAssignedID", [N.Id, N.LineId, N.SellerAssignedId], IsSyntaxKeyIdentifier, t[i++].Check);
        pattern.Rule("//ram:*[ends-with(name(), 'ID')]", AnyElement, static e => F.IsRamEndingWith(e, "ID"), t[i++].Check);
        pattern.Rule("//ram:TypeCode", N.TypeCode, t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode", N.TypeCode, static e => F.IsAt(e, SyntaxPaths.DocumentTypeCode), t[i++].Check);
        pattern.Rule("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode", N.CategoryCode, static e => F.IsAt(e, SyntaxPaths.LineTaxCategory), t[i++].Check);
        pattern.Rule("//ram:*[ends-with(name(), 'ReferencedDocument')]", AnyElement, static e => F.IsRamEndingWith(e, "ReferencedDocument"), t[i++].Check);
        pattern.Rule("//ram:*[ends-with(name(), 'Amount') and not (self::ram:TaxTotalAmount)]", AnyElement, static e => F.IsRamEndingWith(e, "Amount") && e.Name != N.TaxTotalAmount, t[i++].Check);
        pattern.Rule("//ram:*[ends-with(name(), 'Quantity')]", AnyElement, static e => F.IsRamEndingWith(e, "Quantity"), t[i++].Check);
        pattern.Rule("//ram:*[ends-with(name(), 'TradeTax')]", AnyElement, static e => F.IsRamEndingWith(e, "TradeTax"), t[i++].Check);
        pattern.Rule("//ram:BillingSpecifiedPeriod", N.BillingSpecifiedPeriod, t[i++].Check);
        pattern.Rule("//ram:PostalTradeAddress", N.PostalTradeAddress, t[i++].Check);
        pattern.Rule("//udt:DateTimeString[@format = '102']", N.DateTimeString, F.HasFormat102, t[i++].Check);
    }

    static partial void AddSyntaxTexts(Dictionary<string, RuleText> texts) => CiiSyntaxTexts.Add(texts, SyntaxTables.All);

    // The root rule: two attributes, one element, and three document-wide payment checks computed in one walk.
    private static void CheckSyntaxRoot(XElement e, RuleScope r)
    {
        r.Assert("CII-DT-013", RuleFlag.Fatal, e.Attribute(SyntaxPaths.LanguageId) is null);
        r.Assert("CII-DT-014", RuleFlag.Fatal, e.Attribute(SyntaxPaths.LanguageLocaleId) is null);
        r.Assert("CII-SR-438", RuleFlag.Warning, e.Element(SyntaxPaths.ValuationBreakdownStatement) is null);
        var facts = F.FactsAtRoot(e);
        r.Assert("CII-SR-467", RuleFlag.Fatal, facts.OneMeansCode);
        r.Assert("CII-SR-468", RuleFlag.Fatal, facts.OneMeansText);
        r.Assert("CII-SR-469", RuleFlag.Fatal, facts.OnePaymentReference);
    }

    private static bool IsSyntaxKeyIdentifier(XElement e) =>
        F.IsAt(e, SyntaxPaths.GuidelineId) || F.IsAt(e, SyntaxPaths.DocumentId) || F.IsAt(e, SyntaxPaths.LineId) || F.IsAt(e, SyntaxPaths.ProductSellerId);

    /// <summary>The absolute context paths, below /rsm:CrossIndustryInvoice.</summary>
    private static class SyntaxPaths
    {
        internal static readonly XName LanguageId = XName.Get("languageID");
        internal static readonly XName LanguageLocaleId = XName.Get("languageLocaleID");
        internal static readonly XName ValuationBreakdownStatement = Xml.Namespaces.Ram + "ValuationBreakdownStatement";
        internal static readonly XName[] DocumentContext = [N.ExchangedDocumentContext];
        internal static readonly XName[] Document = [N.ExchangedDocument];
        internal static readonly XName[] DocumentNote = [N.ExchangedDocument, N.IncludedNote];
        internal static readonly XName[] DocumentTypeCode = [N.ExchangedDocument, N.TypeCode];
        internal static readonly XName[] DocumentId = [N.ExchangedDocument, N.Id];
        internal static readonly XName[] GuidelineId = [N.ExchangedDocumentContext, N.GuidelineSpecifiedDocumentContextParameter, N.Id];
        internal static readonly XName[] Line = [N.SupplyChainTradeTransaction, N.IncludedSupplyChainTradeLineItem];
        internal static readonly XName[] LineDocument = [.. Line, N.AssociatedDocumentLineDocument];
        internal static readonly XName[] LineId = [.. LineDocument, N.LineId];
        internal static readonly XName[] LineProduct = [.. Line, N.SpecifiedTradeProduct];
        internal static readonly XName[] ProductSellerId = [.. LineProduct, N.SellerAssignedId];
        internal static readonly XName[] LineProductCharacteristic = [.. LineProduct, N.ApplicableProductCharacteristic];
        internal static readonly XName[] LineAgreement = [.. Line, N.SpecifiedLineTradeAgreement];
        internal static readonly XName[] LineDelivery = [.. Line, N.SpecifiedLineTradeDelivery];
        internal static readonly XName[] LineSettlement = [.. Line, N.SpecifiedLineTradeSettlement];
        internal static readonly XName[] LineTaxCategory = [.. LineSettlement, N.ApplicableTradeTax, N.CategoryCode];
        internal static readonly XName[] HeaderAgreement = [N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeAgreement];
        internal static readonly XName[] HeaderDelivery = [N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeDelivery];
        internal static readonly XName[] HeaderSettlement = [N.SupplyChainTradeTransaction, N.ApplicableHeaderTradeSettlement];
        internal static readonly XName[] HeaderTotals = [.. HeaderSettlement, N.SpecifiedTradeSettlementHeaderMonetarySummation];
    }

    /// <summary>The table-driven rules, in pattern order (the root rule, written out above, is not among them).</summary>
    internal static class SyntaxTables
    {
        private static readonly XName BasisAmount = Xml.Namespaces.Ram + "BasisAmount";
        private static readonly XName ExemptionReasonCode = Xml.Namespaces.Ram + "ExemptionReasonCode";
        private static readonly XName ExemptionReason = Xml.Namespaces.Ram + "ExemptionReason";
        private static readonly XName TaxPointDate = Xml.Namespaces.Ram + "TaxPointDate";
        private static readonly XName DueDateTypeCode = Xml.Namespaces.Ram + "DueDateTypeCode";
        private static readonly XName UriId = Xml.Namespaces.Ram + "URIID";
        private static readonly XName Name = Xml.Namespaces.Ram + "Name";
        private static readonly XName AttachmentBinaryObject = Xml.Namespaces.Ram + "AttachmentBinaryObject";

        internal static readonly CiiSyntaxTable[] All =
        [
            new("in a payment means (BG-16)", "dans un moyen de paiement (BG-16)", """
                SR-464 W !PayerSpecifiedDebtorFinancialInstitution
                """),
            new("in the document context (BG-2)", "dans le contexte du document (BG-2)", """
                SR-001 W !SpecifiedTransactionID
                SR-002 W !TestIndicator
                SR-003 W <BusinessProcessSpecifiedDocumentContextParameter
                SR-006 W !BIMSpecifiedDocumentContextParameter
                SR-007 W !ScenarioSpecifiedDocumentContextParameter
                SR-008 W !ApplicationSpecifiedDocumentContextParameter
                SR-009 F =GuidelineSpecifiedDocumentContextParameter
                SR-010 F =GuidelineSpecifiedDocumentContextParameter/ID
                SR-011 W !SubsetSpecifiedDocumentContextParameter
                SR-012 W !MessageStandardSpecifiedDocumentContextParameter
                """),
            new("in the document header", "dans l’en-tête du document", """
                SR-013 W !Name
                SR-014 F =TypeCode
                SR-015 W !IssueDateTime/udt:DateTime
                SR-016 W !CopyIndicator
                SR-017 W !Purpose
                SR-018 W !ControlRequirementIndicator
                SR-019 W !LanguageID
                SR-020 W !PurposeCode
                SR-021 W !RevisionDateTime
                SR-022 W !VersionID
                SR-023 W !GlobalID
                SR-024 W !RevisionID
                SR-025 W !PreviousRevisionID
                SR-026 W !CategoryCode
                SR-027 W !IncludedNote/Subject
                SR-028 W !IncludedNote/ContentCode
                SR-032 W !IncludedNote/ID
                SR-033 W !EffectiveSpecifiedPeriod
                SR-034 W !IssuerTradeParty
                """),
            new("in an invoice note (BG-1)", "dans une note de facture (BG-1)", """
                SR-030 W <Content
                """),
            new("in an invoice line (BG-25)", "dans une ligne de facture (BG-25)", """
                SR-035 W !DescriptionCode
                SR-036 W !ParentLineID
                SR-037 W !LineStatusCode
                SR-038 W !LineStatusReasonCode
                SR-221 W !IncludedSubordinateTradeLineItem
                """),
            new("in the line identification of an invoice line (BG-25)", "dans l’identification d’une ligne de facture (BG-25)", """
                SR-039 W <IncludedNote
                SR-040 W <IncludedNote/Content
                SR-041 W !IncludedNote/SubjectCode
                SR-042 W !IncludedNote/ID
                SR-043 W !IncludedNote/Subject
                SR-044 W !IncludedNote/ContentCode
                """),
            new("in the item information of an invoice line (BG-31)", "dans la description de l’article d’une ligne (BG-31)", """
                SR-045 W !ID
                SR-046 F *GlobalID
                SR-048 W !ManufacturerAssignedID
                SR-049 W !TradeName
                SR-050 W !TypeCode
                SR-051 W !NetWeightMeasure
                SR-052 W !GrossWeightMeasure
                SR-053 W !ProductGroupID
                SR-054 W !EndItemTypeCode
                SR-055 W !EndItemName
                SR-056 W !AreaDensityMeasure
                SR-057 W !UseDescription
                SR-058 W !BrandName
                SR-059 W !SubBrandName
                SR-060 W !DrainedNetWeightMeasure
                SR-061 W !VariableMeasureIndicator
                SR-062 W !ColourCode
                SR-063 W !ColourDescription
                SR-064 W !Designation
                SR-065 W !FormattedCancellationAnnouncedLaunchDateTime
                SR-066 W !FormattedLatestProductDataChangeDateTime
                SR-067 W !ApplicableProductCharacteristic/ID
                SR-068 W !ApplicableProductCharacteristic/TypeCode
                SR-070 W !ApplicableProductCharacteristic/ValueMeasure
                SR-071 W !ApplicableProductCharacteristic/MeasurementMethodCode
                SR-073 W !ApplicableProductCharacteristic/ValueCode
                SR-074 W !ApplicableProductCharacteristic/ValueDateTime
                SR-075 W !ApplicableProductCharacteristic/ValueIndicator
                SR-076 W !ApplicableProductCharacteristic/ContentTypeCode
                SR-077 W !ApplicableProductCharacteristic/ValueSpecifiedBinaryFile
                SR-078 W !ApplicableProductCharacteristic/ApplicableProductCharacteristicCondition
                SR-079 W !ApplicableProductCharacteristic/ApplicableReferencedStandard
                SR-080 W !ApplicableMaterialGoodsCharacteristic
                SR-081 W !DesignatedProductClassification/SystemID
                SR-082 W !DesignatedProductClassification/SystemName
                SR-083 W !DesignatedProductClassification/ClassName
                SR-084 W !DesignatedProductClassification/SubClassCode
                SR-085 W !DesignatedProductClassification/ClassProductCharacteristic
                SR-086 W !DesignatedProductClassification/ApplicableReferencedStandard
                SR-087 W !IndividualTradeProductInstance
                SR-088 W !CertificationEvidenceReferenceReferencedDocument
                SR-089 W !InspectionReferenceReferencedDocument
                SR-090 F *OriginTradeCountry
                SR-091 W !OriginTradeCountry/Name
                SR-092 W !OriginTradeCountry/SubordinateTradeCountrySubDivision
                SR-093 W !LinearSpatialDimension
                SR-094 W !MinimumLinearSpatialDimension
                SR-095 W !MaximumLinearSpatialDimension
                SR-096 W !ManufacturerTradeParty
                SR-097 W !PresentationSpecifiedBinaryFile
                SR-098 W !MSDSReferenceReferencedDocument
                SR-099 W !AdditionalReferenceReferencedDocument
                SR-100 W !LegalRightsOwnerTradeParty
                SR-101 W !BrandOwnerTradeParty
                SR-102 W !IncludedReferencedProduct
                SR-103 W !InformationNote
                """,
                ("SR-046", F.GlobalIdHasScheme),
                ("SR-090", F.OriginCountryHasOneId)),
            new("in an item attribute (BG-32)", "dans un attribut d’article (BG-32)", """
                SR-069 F =Description
                SR-072 F =Value
                """),
            new("in the price details of an invoice line (BG-29)", "dans le détail du prix d’une ligne (BG-29)", """
                SR-104 W !BuyerReference
                SR-105 W !BuyerRequisitionerTradeParty
                SR-106 W !ApplicableTradeDeliveryTerms
                SR-107 W !SellerOrderReferencedDocument
                SR-108 W !BuyerOrderReferencedDocument/IssuerAssignedID
                SR-109 W !QuotationReferencedDocument
                SR-110 W !ContractReferencedDocument
                SR-111 W !DemandForecastReferencedDocument
                SR-112 W !PromotionalDealReferencedDocument
                SR-113 W !AdditionalReferencedDocument
                SR-114 W !GrossPriceProductTradePrice/TypeCode
                SR-115 W !GrossPriceProductTradePrice/MinimumQuantity
                SR-116 W !GrossPriceProductTradePrice/MaximumQuantity
                SR-117 W !GrossPriceProductTradePrice/ChangeReason
                SR-118 W !GrossPriceProductTradePrice/OrderUnitConversionFactorNumeric
                SR-439 F =NetPriceProductTradePrice/ChargeAmount
                SR-119 W *GrossPriceProductTradePrice/AppliedTradeAllowanceCharge
                SR-120 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/ID
                SR-121 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/SequenceNumeric
                SR-122 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/CalculationPercent
                SR-123 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/BasisAmount
                SR-124 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/BasisQuantity
                SR-125 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/PrepaidIndicator
                SR-126 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/UnitBasisAmount
                SR-127 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/ReasonCode
                SR-128 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/Reason
                SR-129 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/TypeCode
                SR-130 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/CategoryTradeTax
                SR-131 W !GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/ActualTradeCurrencyExchange
                SR-445 W !GrossPriceProductTradePrice/IncludedTradeTax
                SR-132 W !GrossPriceProductTradePrice/ValiditySpecifiedPeriod
                SR-133 W !GrossPriceProductTradePrice/DeliveryTradeLocation
                SR-134 W !GrossPriceProductTradePrice/TradeComparisonReferencePrice
                SR-135 W !GrossPriceProductTradePrice/AssociatedReferencedDocument
                SR-136 W !NetPriceProductTradePrice/TypeCode
                SR-138 W !NetPriceProductTradePrice/MinimumQuantity
                SR-139 W !NetPriceProductTradePrice/MaximumQuantity
                SR-140 W !NetPriceProductTradePrice/ChangeReason
                SR-141 W !NetPriceProductTradePrice/OrderUnitConversionFactorNumeric
                SR-142 W !NetPriceProductTradePrice/AppliedTradeAllowanceCharge
                SR-446 W !NetPriceProductTradePrice/IncludedTradeTax
                SR-143 W !NetPriceProductTradePrice/ValiditySpecifiedPeriod
                SR-144 W !NetPriceProductTradePrice/DeliveryTradeLocation
                SR-145 W !NetPriceProductTradePrice/TradeComparisonReferencePrice
                SR-146 W !NetPriceProductTradePrice/AssociatedReferencedDocument
                SR-441 F <NetPriceProductTradePrice/ChargeAmount
                SR-147 W !RequisitionerReferencedDocument
                SR-148 W !ItemSellerTradeParty
                SR-149 W !ItemBuyerTradeParty
                SR-150 W !IncludedSpecifiedMarketplace
                SR-447 W !UltimateCustomerOrderReferencedDocument
                """,
                ("SR-119", F.GrossPriceOnlyAllowances)),
            new("in an allowance or charge (BG-20, BG-21, BG-27, BG-28)", "dans une remise ou une charge (BG-20, BG-21, BG-27, BG-28)", """
                SR-463 F +ChargeIndicator
                SR-471 F <RateApplicablePercent
                SR-472 F <CategoryTradeTax
                SR-473 F <ActualAmount
                """),
            new("in the price discount of an invoice line (BT-147)", "dans le rabais sur le prix d’une ligne (BT-147)", """
                SR-440 F <ActualAmount
                """),
            new("in the delivery part of an invoice line", "dans la partie livraison d’une ligne de facture", """
                SR-151 W !RequestedQuantity
                SR-152 W !ReceivedQuantity
                SR-153 W !ChargeFreeQuantity
                SR-154 W !PackageQuantity
                SR-155 W !ProductUnitQuantity
                SR-156 W !PerPackageUnitQuantity
                SR-157 W !NetWeightMeasure
                SR-158 W !GrossWeightMeasure
                SR-159 W !TheoreticalWeightMeasure
                SR-160 W !DespatchedQuantity
                SR-161 W !SpecifiedDeliveryAdjustment
                SR-162 W !IncludedSupplyChainPackaging
                SR-163 W !RelatedSupplyChainConsignment
                SR-164 W !ShipToTradeParty
                SR-165 W !UltimateShipToTradeParty
                SR-166 W !ShipFromTradeParty
                SR-167 W !ActualDespatchSupplyChainEvent
                SR-168 W !ActualPickUpSupplyChainEvent
                SR-169 W !RequestedDeliverySupplyChainEvent
                SR-170 W !ActualDeliverySupplyChainEvent
                SR-171 W !ActualReceiptSupplyChainEvent
                SR-172 W !AdditionalReferencedDocument
                SR-173 W !DespatchAdviceReferencedDocument
                SR-174 W !ReceivingAdviceReferencedDocument
                SR-175 W !DeliveryNoteReferencedDocument
                SR-176 W !ConsumptionReportReferencedDocument
                SR-177 W !PackingListReferencedDocument
                """),
            new("in the settlement part of an invoice line", "dans la partie règlement d’une ligne de facture", """
                SR-178 W !PaymentReference
                SR-179 W !InvoiceIssuerReference
                SR-180 W !TotalAdjustmentAmount
                SR-181 W !DiscountIndicator
                SR-182 W !ApplicableTradeTax/CalculatedAmount
                SR-183 W !SpecifiedTradeAllowanceCharge/ChargeIndicator/udt:IndicatorString
                SR-184 W !SpecifiedTradeAllowanceCharge/ID
                SR-185 W !SpecifiedTradeAllowanceCharge/SequenceNumeric
                SR-186 W !SpecifiedTradeAllowanceCharge/CalculationPercent/@format
                SR-187 W !SpecifiedTradeAllowanceCharge/BasisQuantity
                SR-188 W !SpecifiedTradeAllowanceCharge/PrepaidIndicator
                SR-189 W !SpecifiedTradeAllowanceCharge/UnitBasisAmount
                SR-190 W !SpecifiedTradeAllowanceCharge/TypeCode
                SR-191 W !SpecifiedTradeAllowanceCharge/CategoryTradeTax
                SR-192 W !SpecifiedTradeAllowanceCharge/ActualTradeCurrencyExchange
                SR-193 W !SpecifiedTradeAllowanceCharge/ID
                SR-194 W !SubtotalCalculatedTradeTax
                SR-195 W !SpecifiedLogisticsServiceCharge
                SR-196 W !SpecifiedTradePaymentTerms
                SR-197 W !SpecifiedTradeSettlementLineMonetarySummation/ChargeTotalAmount
                SR-198 W !SpecifiedTradeSettlementLineMonetarySummation/AllowanceTotalAmount
                SR-199 W !SpecifiedTradeSettlementLineMonetarySummation/TaxBasisTotalAmount
                SR-200 W !SpecifiedTradeSettlementLineMonetarySummation/TaxTotalAmount
                SR-201 W !SpecifiedTradeSettlementLineMonetarySummation/GrandTotalAmount
                SR-202 W !SpecifiedTradeSettlementLineMonetarySummation/InformationAmount
                SR-203 W !SpecifiedTradeSettlementLineMonetarySummation/TotalAllowanceChargeAmount
                SR-204 W !SpecifiedTradeSettlementLineMonetarySummation/TotalRetailValueInformationAmount
                SR-205 W !SpecifiedTradeSettlementLineMonetarySummation/GrossLineTotalAmount
                SR-206 W !SpecifiedTradeSettlementLineMonetarySummation/NetLineTotalAmount
                SR-207 W !SpecifiedTradeSettlementLineMonetarySummation/NetIncludingTaxesLineTotalAmount
                SR-208 W !SpecifiedTradeSettlementLineMonetarySummation/ProductWeightLossInformationAmount
                SR-209 W !SpecifiedFinancialAdjustment
                SR-210 W !InvoiceReferencedDocument
                SR-212 W !PayableSpecifiedTradeAccountingAccount
                SR-213 W !ReceivableSpecifiedTradeAccountingAccount/SetTriggerCode
                SR-214 W !ReceivableSpecifiedTradeAccountingAccount/TypeCode
                SR-215 W !ReceivableSpecifiedTradeAccountingAccount/AmountTypeCode
                SR-216 W !ReceivableSpecifiedTradeAccountingAccount/Name
                SR-217 W !ReceivableSpecifiedTradeAccountingAccount/CostReferenceDimensionPattern
                SR-218 W !PurchaseSpecifiedTradeAccountingAccount
                SR-219 W !SalesSpecifiedTradeAccountingAccount
                SR-220 W !SpecifiedTradeSettlementFinancialCard
                SR-454 W =ApplicableTradeTax
                SR-474 W *AdditionalReferencedDocument
                """,
                ("SR-474", F.AtMostOneObjectReference)),
            new("in the agreement part of the header (seller, buyer, references)", "dans la partie accord de l’en-tête (vendeur, acheteur, références)", """
                SR-442 W !Reference
                SR-222 W !SellerTradeParty/RoleCode
                SR-223 W !SellerTradeParty/SpecifiedLegalOrganization/LegalClassificationCode
                SR-224 W !SellerTradeParty/SpecifiedLegalOrganization/Name
                SR-225 W !SellerTradeParty/SpecifiedLegalOrganization/PostalTradeAddress
                SR-226 W !SellerTradeParty/SpecifiedLegalOrganization/AuthorizedLegalRegistration
                SR-227 W !SellerTradeParty/DefinedTradeContact/ID
                SR-228 W !SellerTradeParty/DefinedTradeContact/TypeCode
                SR-229 W !SellerTradeParty/DefinedTradeContact/JobTitle
                SR-230 W !SellerTradeParty/DefinedTradeContact/Responsibility
                SR-231 W !SellerTradeParty/DefinedTradeContact/PersonID
                SR-232 W !SellerTradeParty/DefinedTradeContact/TelephoneUniversalCommunication/URIID
                SR-233 W !SellerTradeParty/DefinedTradeContact/TelephoneUniversalCommunication/ChannelCode
                SR-234 W !SellerTradeParty/DefinedTradeContact/DirectTelephoneUniversalCommunication
                SR-235 W !SellerTradeParty/DefinedTradeContact/MobileTelephoneUniversalCommunication
                SR-236 W !SellerTradeParty/DefinedTradeContact/FaxUniversalCommunication
                SR-237 W !SellerTradeParty/DefinedTradeContact/EmailURIUniversalCommunication/ChannelCode
                SR-238 W !SellerTradeParty/DefinedTradeContact/EmailURIUniversalCommunication/CompleteNumber
                SR-239 W !SellerTradeParty/DefinedTradeContact/TelexUniversalCommunication
                SR-240 W !SellerTradeParty/DefinedTradeContact/VOIPUniversalCommunication
                SR-241 W !SellerTradeParty/DefinedTradeContact/InstantMessagingUniversalCommunication
                SR-242 W !SellerTradeParty/DefinedTradeContact/SpecifiedNote
                SR-243 W !SellerTradeParty/DefinedTradeContact/SpecifiedContactPerson
                SR-244 W !SellerTradeParty/URIUniversalCommunication/ChannelCode
                SR-245 W !SellerTradeParty/URIUniversalCommunication/CompleteNumber
                SR-246 W !SellerTradeParty/SpecifiedTaxRegistration/AssociatedRegisteredTax
                SR-247 W !SellerTradeParty/EndPointURIUniversalCommunication
                SR-248 W !SellerTradeParty/LogoAssociatedSpecifiedBinaryFile
                SR-249 W !BuyerTradeParty/RoleCode
                SR-250 W !BuyerTradeParty/Description
                SR-251 W !BuyerTradeParty/SpecifiedLegalOrganization/LegalClassificationCode
                SR-252 W !BuyerTradeParty/SpecifiedLegalOrganization/Name
                SR-254 W !BuyerTradeParty/SpecifiedLegalOrganization/PostalTradeAddress
                SR-255 W !BuyerTradeParty/SpecifiedLegalOrganization/AuthorizedLegalRegistration
                SR-256 W !BuyerTradeParty/DefinedTradeContact/ID
                SR-257 W !BuyerTradeParty/DefinedTradeContact/TypeCode
                SR-258 W !BuyerTradeParty/DefinedTradeContact/JobTitle
                SR-259 W !BuyerTradeParty/DefinedTradeContact/Responsibility
                SR-260 W !BuyerTradeParty/DefinedTradeContact/PersonID
                SR-261 W !BuyerTradeParty/DefinedTradeContact/TelephoneUniversalCommunication/URIID
                SR-262 W !BuyerTradeParty/DefinedTradeContact/TelephoneUniversalCommunication/ChannelCode
                SR-263 W !BuyerTradeParty/DefinedTradeContact/DirectTelephoneUniversalCommunication
                SR-264 W !BuyerTradeParty/DefinedTradeContact/MobileTelephoneUniversalCommunication
                SR-265 W !BuyerTradeParty/DefinedTradeContact/FaxUniversalCommunication
                SR-266 W !BuyerTradeParty/DefinedTradeContact/EmailURIUniversalCommunication/ChannelCode
                SR-267 W !BuyerTradeParty/DefinedTradeContact/EmailURIUniversalCommunication/CompleteNumber
                SR-268 W !BuyerTradeParty/DefinedTradeContact/TelexUniversalCommunication
                SR-269 W !BuyerTradeParty/DefinedTradeContact/VOIPUniversalCommunication
                SR-270 W !BuyerTradeParty/DefinedTradeContact/InstantMessagingUniversalCommunication
                SR-271 W !BuyerTradeParty/DefinedTradeContact/SpecifiedNote
                SR-272 W !BuyerTradeParty/DefinedTradeContact/SpecifiedContactPerson
                SR-273 W !BuyerTradeParty/URIUniversalCommunication/ChannelCode
                SR-274 W !BuyerTradeParty/URIUniversalCommunication/CompleteNumber
                SR-275 W !BuyerTradeParty/SpecifiedTaxRegistration/AssociatedRegisteredTax
                SR-276 W !BuyerTradeParty/EndPointURIUniversalCommunication
                SR-277 W !BuyerTradeParty/LogoAssociatedSpecifiedBinaryFile
                SR-278 W !SalesAgentTradeParty
                SR-279 W !BuyerRequisitionerTradeParty
                SR-280 W !BuyerAssignedAccountantTradeParty
                SR-281 W !SellerAssignedAccountantTradeParty
                SR-282 W !SellerTaxRepresentativeTradeParty/ID
                SR-283 W !SellerTaxRepresentativeTradeParty/GlobalID
                SR-284 W !SellerTaxRepresentativeTradeParty/RoleCode
                SR-285 W !SellerTaxRepresentativeTradeParty/Description
                SR-286 W !SellerTaxRepresentativeTradeParty/SpecifiedLegalOrganization
                SR-287 W !SellerTaxRepresentativeTradeParty/DefinedTradeContact
                SR-288 W !SellerTaxRepresentativeTradeParty/URIUniversalCommunication
                SR-289 W !SellerTaxRepresentativeTradeParty/SpecifiedTaxRegistration/AssociatedRegisteredTax
                SR-290 W !SellerTaxRepresentativeTradeParty/EndPointURIUniversalCommunication
                SR-291 W !SellerTaxRepresentativeTradeParty/LogoAssociatedSpecifiedBinaryFile
                SR-292 W !ProductEndUserTradeParty
                SR-293 W !ApplicableTradeDeliveryTerms
                SR-294 W !SellerOrderReferencedDocument/LineID
                SR-295 W !BuyerOrderReferencedDocument/LineID
                SR-296 W !QuotationReferencedDocument
                SR-297 W !OrderResponseReferencedDocument
                SR-298 W !ContractReferencedDocument/LineID
                SR-299 W !DemandForecastReferencedDocument
                SR-300 W !SupplyInstructionReferencedDocument
                SR-301 W !PromotionalDealReferencedDocument
                SR-302 W !PriceListReferencedDocument
                SR-303 W !AdditionalReferencedDocument/LineID
                SR-304 W !RequisitionerReferencedDocument
                SR-305 W !BuyerAgentTradeParty
                SR-306 W !PurchaseConditionsReferencedDocument
                SR-307 W !SpecifiedProcuringProject/Description
                SR-448 W !UltimateCustomerOrderReferencedDocument
                SR-450 W *BuyerTradeParty/GlobalID
                SR-455 F <SellerTradeParty/DefinedTradeContact
                SR-456 F <BuyerTradeParty/DefinedTradeContact
                SR-457 W *AdditionalReferencedDocument
                SR-458 W *AdditionalReferencedDocument
                SR-459 F <SellerTradeParty/URIUniversalCommunication
                SR-460 F <BuyerTradeParty/URIUniversalCommunication
                SR-465 W *SellerTradeParty/DefinedTradeContact/DepartmentName
                SR-466 W *BuyerTradeParty/DefinedTradeContact/DepartmentName
                SR-475 W *AdditionalReferencedDocument/Name
                SR-476 W *AdditionalReferencedDocument/AttachmentBinaryObject
                """,
                ("SR-450", F.BuyerNotBothIds),
                ("SR-457", static e => F.AtMostOneDocumentWithTypeCode(e, "50")),
                ("SR-458", static e => F.AtMostOneDocumentWithTypeCode(e, "130")),
                ("SR-465", F.SellerContactSingleName),
                ("SR-466", F.BuyerContactSingleName),
                ("SR-475", F.AtMostOneSupportingDocumentName),
                ("SR-476", F.AtMostOneSupportingDocumentAttachment)),
            new("in the delivery information (BG-13)", "dans les informations de livraison (BG-13)", """
                SR-308 W !RelatedSupplyChainConsignment
                SR-309 W !ShipToTradeParty/RoleCode
                SR-310 W !ShipToTradeParty/Description
                SR-311 W !ShipToTradeParty/SpecifiedLegalOrganization
                SR-312 W !ShipToTradeParty/DefinedTradeContact
                SR-313 W !ShipToTradeParty/URIUniversalCommunication
                SR-314 W !ShipToTradeParty/SpecifiedTaxRegistration
                SR-315 W !ShipToTradeParty/EndPointURIUniversalCommunication
                SR-316 W !ShipToTradeParty/LogoAssociatedSpecifiedBinaryFile
                SR-317 W !UltimateShipToTradeParty
                SR-318 W !ShipFromTradeParty
                SR-319 W !ActualDespatchSupplyChainEvent
                SR-320 W !ActualPickUpSupplyChainEvent
                SR-321 W !ActualDeliverySupplyChainEvent/ID
                SR-322 W !ActualDeliverySupplyChainEvent/OccurrenceDateTime/udt:DateTime
                SR-323 W !ActualDeliverySupplyChainEvent/TypeCode
                SR-324 W !ActualDeliverySupplyChainEvent/Description
                SR-325 W !ActualDeliverySupplyChainEvent/DescriptionBinaryObject
                SR-326 W !ActualDeliverySupplyChainEvent/UnitQuantity
                SR-327 W !ActualDeliverySupplyChainEvent/LatestOccurrenceDateTime
                SR-328 W !ActualDeliverySupplyChainEvent/EarliestOccurrenceDateTime
                SR-329 W !ActualDeliverySupplyChainEvent/OccurrenceSpecifiedPeriod
                SR-330 W !ActualDeliverySupplyChainEvent/OccurrenceLogisticsLocation
                SR-331 W !ActualReceiptSupplyChainEvent
                SR-332 W !AdditionalReferencedDocument
                SR-333 W !DespatchAdviceReferencedDocument/LineID
                SR-334 W !DespatchAdviceReferencedDocument/LineID
                SR-335 W !DeliveryNoteReferencedDocument
                SR-336 W !ConsumptionReportReferencedDocument
                SR-337 W !PreviousDeliverySupplyChainEvent
                SR-338 W !PackingListReferencedDocument
                SR-449 W *ShipToTradeParty/GlobalID
                """,
                ("SR-449", F.ShipToNotBothIds)),
            new("in the settlement part of the header (payment, VAT, totals)", "dans la partie règlement de l’en-tête (paiement, TVA, totaux)", """
                SR-339 W !DuePayableAmount
                SR-340 W !CreditorReferenceTypeCode
                SR-341 W !CreditorReferenceType
                SR-342 W !CreditorReferenceIssuerID
                SR-344 W !PaymentCurrencyCode
                SR-345 W !InvoiceIssuerReference
                SR-346 W !InvoiceDateTime
                SR-347 W !NextInvoiceDateTime
                SR-348 W !CreditReasonCode
                SR-349 W !CreditReason
                SR-350 W !InvoicerTradeParty
                SR-351 W !InvoiceeTradeParty
                SR-352 W !PayeeTradeParty/RoleCode
                SR-353 W !PayeeTradeParty/Description
                SR-354 W !PayeeTradeParty/SpecifiedLegalOrganization/LegalClassificationCode
                SR-355 W !PayeeTradeParty/SpecifiedLegalOrganization/Name
                SR-356 W !PayeeTradeParty/SpecifiedLegalOrganization/TradingBusinessName
                SR-357 W !PayeeTradeParty/SpecifiedLegalOrganization/PostalTradeAddress
                SR-358 W !PayeeTradeParty/SpecifiedLegalOrganization/AuthorizedLegalRegistration
                SR-359 W !PayeeTradeParty/DefinedTradeContact
                SR-360 W !PayeeTradeParty/PostalTradeAddress
                SR-361 W !PayeeTradeParty/URIUniversalCommunication
                SR-362 W !PayeeTradeParty/SpecifiedTaxRegistration
                SR-363 W !PayeeTradeParty/EndPointURIUniversalCommunication
                SR-364 W !PayeeTradeParty/LogoAssociatedSpecifiedBinaryFile
                SR-451 W *PayeeTradeParty/GlobalID
                SR-365 W !PayerTradeParty
                SR-366 W !TaxApplicableTradeCurrencyExchange
                SR-367 W !InvoiceApplicableTradeCurrencyExchange
                SR-368 W !PaymentApplicableTradeCurrencyExchange
                SR-369 W !SpecifiedTradeSettlementPaymentMeans/PaymentChannelCode
                SR-370 W !SpecifiedTradeSettlementPaymentMeans/GuaranteeMethodCode
                SR-371 W !SpecifiedTradeSettlementPaymentMeans/PaymentMethodCode
                SR-443 W !SpecifiedTradeSettlementPaymentMeans/ID
                SR-372 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/MicrochipIndicator
                SR-373 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/TypeCode
                SR-375 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/ExpiryDate
                SR-376 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/VerificationNumeric
                SR-377 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/ValidFromDateTime
                SR-378 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/CreditLimitAmount
                SR-379 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/CreditAvailableAmount
                SR-380 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/InterestRatePercent
                SR-381 W !SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard/Description
                SR-382 W !SpecifiedTradeSettlementPaymentMeans/PayerPartyDebtorFinancialAccount/AccountName
                SR-444 W !SpecifiedTradeSettlementPaymentMeans/PayerPartyDebtorFinancialAccount/ProprietaryID
                SR-384 W !SpecifiedTradeSettlementPaymentMeans/PayerSpecifiedDebtorFinancialInstitution/ClearingSystemName
                SR-385 W !SpecifiedTradeSettlementPaymentMeans/PayerSpecifiedDebtorFinancialInstitution/Name
                SR-386 W !SpecifiedTradeSettlementPaymentMeans/PayerSpecifiedDebtorFinancialInstitution/LocationFinancialInstitutionAddress
                SR-388 W !SpecifiedTradeAllowanceCharge/ID
                SR-389 W !SpecifiedTradeAllowanceCharge/SequenceNumeric
                SR-390 W !SpecifiedTradeAllowanceCharge/BasisQuantity
                SR-391 W !SpecifiedTradeAllowanceCharge/PrepaidIndicator
                SR-392 W !SpecifiedTradeAllowanceCharge/UnitBasisAmount
                SR-393 W !SpecifiedTradeAllowanceCharge/TypeCode
                SR-394 W !SpecifiedTradeAllowanceCharge/ActualTradeCurrencyExchange
                SR-395 W !SubtotalCalculatedTradeTax
                SR-396 W !SpecifiedLogisticsServiceCharge
                SR-397 W !SpecifiedTradePaymentTerms/ID
                SR-398 W !SpecifiedTradePaymentTerms/FromEventCode
                SR-399 W !SpecifiedTradePaymentTerms/SettlementPeriodMeasure
                SR-400 W !SpecifiedTradePaymentTerms/DueDateDateTime/udt:DateTime
                SR-401 W !SpecifiedTradePaymentTerms/TypeCode
                SR-402 W !SpecifiedTradePaymentTerms/InstructionTypeCode
                SR-404 W !SpecifiedTradePaymentTerms/PartialPaymentPercent
                SR-405 W !SpecifiedTradePaymentTerms/PaymentMeansID
                SR-406 W !SpecifiedTradePaymentTerms/PartialPaymentAmount
                SR-407 W !SpecifiedTradePaymentTerms/ApplicableTradePaymentPenaltyTerms
                SR-408 W !SpecifiedTradePaymentTerms/ApplicableTradePaymentDiscountTerms
                SR-409 W !SpecifiedTradePaymentTerms/PayeeTradeParty
                SR-421 W !SpecifiedFinancialAdjustment
                SR-422 W !InvoiceReferencedDocument/LineID
                SR-423 W !ProFormaInvoiceReferencedDocument
                SR-424 W !LetterOfCreditReferencedDocument
                SR-425 W !FactoringAgreementReferencedDocument
                SR-426 W !FactoringListReferencedDocument
                SR-427 W !PayableSpecifiedTradeAccountingAccount
                SR-428 W !ReceivableSpecifiedTradeAccountingAccount/SetTriggerCode
                SR-429 W !ReceivableSpecifiedTradeAccountingAccount/TypeCode
                SR-430 W !ReceivableSpecifiedTradeAccountingAccount/AmountTypeCode
                SR-431 W !ReceivableSpecifiedTradeAccountingAccount/Name
                SR-432 W !ReceivableSpecifiedTradeAccountingAccount/CostReferenceDimensionPattern
                SR-433 W !PurchaseSpecifiedTradeAccountingAccount
                SR-434 W !SalesSpecifiedTradeAccountingAccount
                SR-435 W !SpecifiedTradeSettlementFinancialCard
                SR-436 W !SpecifiedAdvancePayment
                SR-437 W !UltimatePayeeTradeParty
                SR-452 W <SpecifiedTradePaymentTerms
                SR-453 W <SpecifiedTradePaymentTerms/Description
                SR-461 F <ApplicableTradeTax/TaxPointDate
                SR-462 F *
                SR-470 F *SpecifiedTradeSettlementPaymentMeans
                """,
                ("SR-451", F.PayeeNotBothIds),
                ("SR-462", F.OneDueDateTypeCode),
                ("SR-470", F.CreditTransfersHaveAccount)),
            new("in the document totals (BG-22)", "dans les totaux du document (BG-22)", """
                SR-411 W !InformationAmount
                SR-412 W !TotalDiscountAmount
                SR-413 W !TotalAllowanceChargeAmount
                SR-414 W !RetailValueExcludingTaxInformationAmount
                SR-415 W !TotalDepositFeeInformationAmount
                SR-416 W !ProductValueExcludingTobaccoTaxInformationAmount
                SR-417 W !TotalRetailValueInformationAmount
                SR-418 W !GrossLineTotalAmount
                SR-419 W !NetLineTotalAmount
                SR-420 W !NetIncludingTaxesLineTotalAmount
                SR-477 F <LineTotalAmount
                SR-478 F <ChargeTotalAmount
                SR-479 F <AllowanceTotalAmount
                SR-480 F <TaxBasisTotalAmount
                SR-481 F <RoundingAmount
                SR-482 F <GrandTotalAmount
                SR-483 F <InformationAmount
                SR-484 F <TotalPrepaidAmount
                SR-485 F <TotalDiscountAmount
                SR-486 F <TotalAllowanceChargeAmount
                SR-487 F <DuePayableAmount
                SR-488 F <RetailValueExcludingTaxInformationAmount
                SR-489 F <TotalDepositFeeInformationAmount
                SR-490 F <ProductValueExcludingTobaccoTaxInformationAmount
                SR-491 F <TotalRetailValueInformationAmount
                SR-492 F <GrossLineTotalAmount
                SR-493 F <NetLineTotalAmount
                SR-494 F <NetIncludingTaxesLineTotalAmount
                """),
            new("in a document context parameter (BG-2)", "dans un paramètre du contexte du document (BG-2)", """
                SR-04 W !Value
                SR-05 W !SpecifiedDocumentVersion
                """),
            new("on the invoice number, specification identifier, line identifier or item seller identifier (BT-1, BT-24, BT-126, BT-155)", "sur le numéro de facture, l’identifiant de spécification, l’identifiant de ligne ou la référence vendeur d’un article (BT-1, BT-24, BT-126, BT-155)", """
                DT-001 F !@schemeName
                DT-002 F !@schemeAgencyName
                DT-003 F !@schemeDataURI
                DT-004 F !@schemeURI
                DT-005 F !@schemeID
                DT-006 F !@schemeAgencyID
                DT-007 F !@schemeVersionID
                """),
            new("on an identifier", "sur un identifiant", """
                DT-101 F !@schemeName
                DT-102 F !@schemeAgencyName
                DT-103 F !@schemeDataURI
                DT-104 F !@schemeURI
                """),
            new("on a type code", "sur un code de type", """
                DT-008 F !@name
                DT-009 F !@listURI
                """),
            new("on the invoice type code (BT-3)", "sur le code de type de facture (BT-3)", """
                DT-010 F !@listID
                DT-011 F !@listAgencyID
                DT-012 F !@listVersionID
                """),
            new("on the VAT category code of an invoice line (BT-151)", "sur le code de catégorie de TVA d’une ligne (BT-151)", """
                DT-045 W !@listID
                DT-046 W !@listAgencyID
                DT-047 W !@listVersionID
                DT-048 W !@listURI
                """),
            new("in a referenced document", "dans un document référencé", """
                DT-015 F *URIID
                DT-016 F !StatusCode
                DT-017 F !CopyIndicator
                DT-018 F *TypeCode
                DT-019 F !GlobalID
                DT-020 F !RevisionID
                DT-021 F *Name
                DT-022 F *AttachmentBinaryObject
                DT-023 F !Information
                DT-024 F *ReferenceTypeCode
                DT-025 F !SectionName
                DT-026 F !PreviousRevisionID
                DT-027 F *FormattedIssueDateTime
                DT-028 F !EffectiveSpecifiedPeriod
                DT-029 F !IssuerTradeParty
                DT-030 F !AttachedSpecifiedBinaryFile
                """,
                ("DT-015", static e => F.OnlyInSupportingDocument(e, UriId)),
                ("DT-018", F.TypeCodeOnlyOnAdditionalDocument),
                ("DT-021", static e => F.OnlyInSupportingDocument(e, Name)),
                ("DT-022", static e => F.OnlyInSupportingDocument(e, AttachmentBinaryObject)),
                ("DT-024", F.ReferenceTypeCodeOnlyOnObjectReference),
                ("DT-027", F.IssueDateOnlyOnPrecedingInvoice)),
            new("on an amount", "sur un montant", """
                DT-031 F !@currencyID
                DT-032 F !@currencyCodeListVersionID
                """),
            new("on a quantity", "sur une quantité", """
                DT-033 F *@unitCode
                DT-034 F !@unitCodeListID
                DT-035 F !@unitCodeListAgencyID
                DT-036 F !@unitCodeListAgencyName
                """,
                ("DT-033", F.UnitCodeAllowed)),
            new("in a tax breakdown or tax category", "dans une ventilation ou une catégorie de taxe", """
                DT-037 F *TypeCode
                DT-038 W !CalculatedRate
                DT-039 W !CalculationSequenceNumeric
                DT-040 W !BasisQuantity
                DT-041 W *BasisAmount
                DT-042 W !UnitBasisAmount
                DT-043 W !LineTotalBasisAmount
                DT-044 W !AllowanceChargeBasisAmount
                DT-049 W !CurrencyCode
                DT-050 W !Jurisdiction
                DT-051 W !CustomsDutyIndicator
                DT-052 W *ExemptionReasonCode
                DT-098 W *ExemptionReason
                DT-053 W !TaxBasisAllowanceRate
                DT-054 W *TaxPointDate
                DT-055 W !Type
                DT-056 W !InformationAmount
                DT-057 W !CategoryName
                DT-058 W *DueDateTypeCode
                DT-059 W !RateApplicablePercent/@format
                DT-060 W !SpecifiedTradeAccountingAccount
                DT-061 W !ServiceSupplyTradeCountry
                DT-062 W !BuyerRepayableTaxSpecifiedTradeAccountingAccount
                DT-063 W !SellerPayableTaxSpecifiedTradeAccountingAccount
                DT-064 W !SellerRefundableTaxSpecifiedTradeAccountingAccount
                DT-065 W !BuyerDeductibleTaxSpecifiedTradeAccountingAccount
                DT-066 W !BuyerNonDeductibleTaxSpecifiedTradeAccountingAccount
                DT-067 W !PlaceApplicableTradeLocation
                """,
                ("DT-037", F.TaxTypeIsVat),
                ("DT-041", static e => F.OnlyInHeaderSettlement(e, BasisAmount)),
                ("DT-052", static e => F.OnlyInApplicableTradeTax(e, ExemptionReasonCode)),
                ("DT-098", static e => F.OnlyInApplicableTradeTax(e, ExemptionReason)),
                ("DT-054", static e => F.OnlyInHeaderSettlement(e, TaxPointDate)),
                ("DT-058", static e => F.OnlyInHeaderSettlement(e, DueDateTypeCode))),
            new("in an invoicing period (BG-14, BG-26)", "dans une période de facturation (BG-14, BG-26)", """
                DT-068 F !StartDateTime/udt:DateTime
                DT-069 F !DurationMeasure
                DT-070 F !InclusiveIndicator
                DT-071 F !Description
                DT-072 F !EndDateTime/udt:DateTime
                DT-073 F !CompleteDateTime
                DT-074 F !OpenIndicator
                DT-075 F !SeasonCode
                DT-076 F !ID
                DT-077 F !Name
                DT-078 F !SequenceNumeric
                DT-079 F !StartDateFlexibilityCode
                DT-080 F !ContinuousIndicator
                DT-081 F !PurposeCode
                """),
            new("in a postal address", "dans une adresse postale", """
                DT-082 F !ID
                DT-083 F !PostOfficeBox
                DT-084 F !BuildingName
                DT-086 F !LineFour
                DT-087 F !LineFive
                DT-088 F !StreetName
                DT-089 F !CitySubDivisionName
                DT-090 F !CountryName
                DT-091 F !CountrySubDivisionID
                DT-092 F !AttentionOf
                DT-093 F !CareOf
                DT-094 F !BuildingNumber
                DT-095 F !DepartmentName
                DT-096 F !AdditionalStreetName
                """),
            new("in a date", "dans une date", """
                DT-097 F *
                """,
                ("DT-097", F.IsYyyyMmDd)),
        ];
    }
}
