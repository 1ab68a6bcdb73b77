using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Invoicing;

public class InvoiceValueTypeTests
{
    [Theory]
    [InlineData("F2026-0001")]
    [InlineData("FA/2026/12_b+1")]
    [InlineData("12345678901234567890123456789012345")]
    public void Invoice_numbers_in_the_french_format_parse(string text) => Assert.Equal(text, InvoiceNumber.Parse(text).Value.Value);

    [Theory]
    [InlineData("")]
    [InlineData("F 2026 1")]
    [InlineData("FACTURE-É1")]
    [InlineData("F#1")]
    [InlineData("123456789012345678901234567890123456")]
    public void Other_invoice_numbers_are_refused_with_a_reason(string text)
    {
        var result = InvoiceNumber.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("invoice number", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_codes_parse_any_one_to_three_digit_code_and_name_the_common_ones()
    {
        var creditNote = InvoiceTypeCode.Parse("381").Value;
        Assert.Equal(InvoiceTypeCode.CreditNote, creditNote);
        Assert.True(creditNote.IsCreditNote);
        Assert.Equal("Credit note", creditNote.Name);
        Assert.True(InvoiceTypeCode.Parse("81").Value.IsCreditNote);
        Assert.Null(InvoiceTypeCode.Parse("999").Value.Name);
        Assert.False(InvoiceTypeCode.Parse("1000").Success);
        Assert.False(InvoiceTypeCode.Parse("38O").Success);
        Assert.False(InvoiceTypeCode.Parse(null).Success);
    }

    [Fact]
    public void The_default_type_code_is_a_commercial_invoice()
    {
        Assert.Equal(InvoiceTypeCode.CommercialInvoice, default);
        Assert.Equal("380", default(InvoiceTypeCode).Code);
        Assert.True(InvoiceTypeCode.CorrectedInvoice.IsCorrectiveInvoice);
        Assert.True(InvoiceTypeCode.SelfBilledInvoice.IsSelfBilled);
        Assert.True(InvoiceTypeCode.PrepaymentInvoice.IsPrepayment);
        Assert.False(InvoiceTypeCode.CommercialInvoice.IsCreditNote);
    }

    [Fact]
    public void Billing_frameworks_follow_the_french_list()
    {
        var framework = BillingFramework.Parse("M4").Value;
        Assert.Equal((OperationCategory.Mixed, BillingFrameworkKind.FinalAfterDeposit), (framework.Category, framework.Kind));
        Assert.Equal("B1", BillingFramework.Goods.Code);
        Assert.Equal("S2", BillingFramework.Of(OperationCategory.Services, BillingFrameworkKind.AlreadyPaid).Code);
        Assert.False(BillingFramework.Parse("B5").Success);
        Assert.False(BillingFramework.Parse("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0").Success);
        Assert.Throws<FormatException>(() => BillingFramework.Of(OperationCategory.Goods, BillingFrameworkKind.Subcontractor));
    }

    [Fact]
    public void Vat_treatments_compare_by_value()
    {
        Assert.Equal(VatTreatment.Standard(20m), VatTreatment.Standard(20.00m));
        Assert.Equal(VatTreatment.Standard(20m).GetHashCode(), VatTreatment.Standard(20.00m).GetHashCode());
        Assert.NotEqual(VatTreatment.Standard(20m), VatTreatment.CanaryIslands(20m));
        Assert.Equal("S 5.5%", VatTreatment.Standard(5.5m).ToString());
        Assert.Equal("O", VatTreatment.OutsideScope.ToString());
        Assert.False(VatTreatment.ReverseCharge.ChargesVat);
        Assert.True(VatTreatment.CeutaMelilla(4m).ChargesVat);
    }

    [Fact]
    public void Vat_point_date_codes_map_to_untdid_2005()
    {
        Assert.Equal("3", VatPointDateCode.InvoiceIssueDate.ToUntdid2005());
        Assert.True(VatPointDateCodes.TryParseUntdid2005("432", out var code));
        Assert.Equal(VatPointDateCode.PaymentDate, code);
        Assert.False(VatPointDateCodes.TryParseUntdid2005("5", out _));
    }

    [Fact]
    public void A_price_base_quantity_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PriceDetails { NetPrice = 1m, BaseQuantity = 0m });

    [Fact]
    public void Records_holding_lists_compare_by_content()
    {
        var first = Samples.ValidDraft();
        var second = Samples.ValidDraft();
        Assert.NotSame(first.Lines, second.Lines);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Notes = [new InvoiceNote("Autre")] });
    }

    [Fact]
    public void Lists_given_to_a_record_are_copied()
    {
        var notes = new List<InvoiceNote> { new("Merci") };
        var draft = Samples.ValidDraft() with { Notes = notes };
        notes.Add(new InvoiceNote("Ajout après coup"));
        Assert.Single(draft.Notes);
    }

    [Fact]
    public void Attachments_compare_by_bytes_and_are_copied()
    {
        var bytes = new byte[] { 1, 2, 3 };
        var attachment = new AttachedObject { Content = bytes, MimeCode = "application/pdf", FileName = "a.pdf" };
        bytes[0] = 9;
        Assert.Equal(new AttachedObject { Content = new byte[] { 1, 2, 3 }, MimeCode = "application/pdf", FileName = "a.pdf" }, attachment);
        Assert.NotEqual(new AttachedObject { Content = new byte[] { 9, 2, 3 }, MimeCode = "application/pdf", FileName = "a.pdf" }, attachment);
    }

    [Fact]
    public void Category_codes_used_in_the_breakdown_are_the_en16931_ones() =>
        Assert.Equal(["S", "Z", "E", "AE", "K", "G", "O", "L", "M"],
            new[] { VatCategory.StandardRate, VatCategory.ZeroRated, VatCategory.Exempt, VatCategory.ReverseCharge, VatCategory.IntraCommunitySupply,
                VatCategory.Export, VatCategory.OutsideScope, VatCategory.CanaryIslands, VatCategory.CeutaMelilla }.Select(c => c.ToCode()));
}
