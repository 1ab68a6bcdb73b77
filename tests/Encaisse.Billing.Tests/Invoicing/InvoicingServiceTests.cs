using Encaisse.Billing.Invoicing;
using Encaisse.Billing.Ledger;
using Encaisse.Billing.Tests.Infrastructure;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Terms;
using Encaisse.Storage;
using Encaisse.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Encaisse.Billing.Tests.Invoicing;

public sealed class InvoicingServiceTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DatabaseFixture.Start.UtcDateTime);

    [Theory, Sqlite, Postgres]
    public async Task A_draft_takes_the_next_number_only_when_issued(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var sample = await SampleLedger.CreateAsync(test.Db);
        var service = new InvoicingService(test.Db, new FakeTimeProvider(DatabaseFixture.Start));

        var draftId = await service.CreateDraftAsync(sample.Tenant, sample.Customer.Id.Value,
            [new CatalogueLine("SUPPORT-H", 3m), new CatalogueLine("LIVRE", 2m)], new PaymentTerms.EndOfMonth(45, EndOfMonthOrder.EndOfMonthThenDays), default);
        var draft = await test.Db.Documents.GetAsync(sample.Tenant.TenantId, draftId, default);
        Assert.Equal(DocumentStatus.Draft, draft!.Header.Status);
        Assert.Null(draft.Header.Number);

        var issued = await service.IssueDraftAsync(sample.Tenant, draftId, null, default);

        Assert.Equal("F-000001", issued.Number);
        Assert.Equal(draftId, issued.DocumentId);
        var invoice = issued.Invoice;
        // 3 × 95.00 at 20 % and 2 × 29.90 at 5.5 %: VAT per rate, then summed (BR-CO-14).
        Assert.Equal(344.80m, invoice.Totals.TotalWithoutVat);
        Assert.Equal(57.00m + 3.29m, invoice.Totals.TotalVat);
        Assert.Equal(405.09m, invoice.Totals.AmountDueForPayment);
        Assert.Equal(new DateOnly(2026, 5, 15), invoice.DueDate); // end of March, then 45 days
        Assert.Equal("552081317", invoice.Seller.Siren);
        Assert.Equal("732829320", invoice.Buyer.Siren);
        Assert.Contains(invoice.Notes, n => n.SubjectCode == "PMT");
        Assert.Contains(invoice.Notes, n => n.SubjectCode == "PMD");
        Assert.Contains(invoice.Notes, n => n.SubjectCode == "AAB");
        Assert.StartsWith("RF", invoice.PaymentInstructions!.RemittanceInformation, StringComparison.Ordinal);

        var stored = await test.Db.Documents.GetByNumberAsync(sample.Tenant.TenantId, sample.Tenant.DefaultLegalEntityId!.Value, "F-000001", default);
        Assert.Equal(invoice, InvoiceJson.Deserialize(stored!.Body));
        Assert.Equal(405.09m, stored.Header.AmountDue);
        Assert.True((await test.Db.Documents.VerifyAsync(sample.Tenant.TenantId, default)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task Credit_notes_have_their_own_series_and_reference_the_invoice(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var sample = await SampleLedger.CreateAsync(test.Db);
        var service = new InvoicingService(test.Db, new FakeTimeProvider(DatabaseFixture.Start));
        var invoice = await service.IssueAsync(sample.Tenant, sample.Customer.Id.Value, [new CatalogueLine("SUPPORT-H", 10m)], null, Today, default);

        var partial = await service.CreditAsync(sample.Tenant, invoice.Number, new CreditRequest(190m, "Deux heures non consommées"), Today, default);
        var full = await service.CreditAsync(sample.Tenant, invoice.Number, new CreditRequest(), Today, default);

        Assert.Equal(["AV-000001", "AV-000002"], new[] { partial.Number, full.Number });
        Assert.Equal("381", partial.Invoice.TypeCode.Code);
        Assert.Equal(invoice.Number, Assert.Single(partial.Invoice.PrecedingInvoices).Number); // BG-3 / BT-25
        Assert.Equal(228.00m, partial.Invoice.Totals.TotalWithVat);
        Assert.Equal(invoice.Invoice.Totals.TotalWithVat, full.Invoice.Totals.TotalWithVat);
        var error = await Assert.ThrowsAsync<StorageException>(() => service.CreditAsync(sample.Tenant, partial.Number, new CreditRequest(), Today, default));
        Assert.Contains("credit note", error.Message, StringComparison.Ordinal);
        Assert.True((await test.Db.Documents.VerifyAsync(sample.Tenant.TenantId, default)).IsIntact);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_refused_invoice_takes_no_number(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var sample = await SampleLedger.CreateAsync(test.Db);
        var service = new InvoicingService(test.Db, new FakeTimeProvider(DatabaseFixture.Start));

        await Assert.ThrowsAsync<InvoicingException>(() => service.IssueAsync(sample.Tenant, sample.Customer.Id.Value, [], null, Today, default));
        await Assert.ThrowsAsync<StorageException>(() => service.IssueAsync(sample.Tenant, sample.Customer.Id.Value, [new CatalogueLine("NOPE", 1m)], null, Today, default));
        var next = await service.IssueAsync(sample.Tenant, sample.Consumer.Id.Value, [new CatalogueLine("LIVRE", 1m)], PaymentTerms.OnReceipt, Today, default);

        Assert.Equal("F-000001", next.Number);
        // The 40 EUR indemnity is for business customers; the PMT note still appears once, saying so.
        Assert.Contains("non applicable", Assert.Single(next.Invoice.Notes, n => n.SubjectCode == "PMT").Text, StringComparison.Ordinal);
        Assert.Equal(Today, next.Invoice.DueDate);
    }

    [Theory, Sqlite, Postgres]
    public async Task A_draft_whose_e_invoice_breaks_an_EN_16931_rule_is_refused_before_it_takes_a_number(DatabaseKind kind)
    {
        await using var test = await fixture.OpenAsync(kind);
        var sample = await SampleLedger.CreateAsync(test.Db);
        var service = new InvoicingService(test.Db, new FakeTimeProvider(DatabaseFixture.Start));
        var valid = await service.CreateDraftAsync(sample.Tenant, sample.Customer.Id.Value, [new CatalogueLine("SUPPORT-H", 3m)], null, default);

        // A draft the domain's own issue rules accept but whose e-invoice breaks BR-CL-21: the item's standard
        // identifier (BT-157) names a scheme that is not an ISO 6523 ICD.
        var stored = await test.Db.Documents.GetAsync(sample.Tenant.TenantId, valid, default);
        var envelope = DraftEnvelope.FromBytes(stored!.Body);
        var line = envelope.Draft.Lines[0];
        var broken = envelope with { Draft = envelope.Draft with { Lines = [line with { Item = line.Item with { StandardId = new("3760123456789", "9999") } }] } };
        Assert.DoesNotContain(broken.Draft.CheckForIssue(), f => f.Severity == FindingSeverity.Fatal);
        var brokenId = Guid.CreateVersion7();
        await test.Db.Documents.SaveDraftAsync(sample.Tenant.TenantId, stored.Header.LegalEntityId, stored.Header.Series!,
            DocumentMapping.ToDraftRecord(broken, brokenId), default);

        var refused = await Assert.ThrowsAsync<InvoicingException>(() => service.IssueDraftAsync(sample.Tenant, brokenId, null, default));

        Assert.Contains("BR-CL-21", refused.Message, StringComparison.Ordinal);
        Assert.Contains(refused.Findings, f => f.RuleId == "BR-CL-21" && f.Path.StartsWith("Cii", StringComparison.Ordinal));
        Assert.Contains(refused.Findings, f => f.RuleId == "BR-CL-21" && f.Path.StartsWith("Ubl", StringComparison.Ordinal));
        Assert.Equal(DocumentStatus.Draft, (await test.Db.Documents.GetAsync(sample.Tenant.TenantId, brokenId, default))!.Header.Status);
        // Nothing was stored and no number was taken: the valid draft gets the first one.
        Assert.Equal("F-000001", (await service.IssueDraftAsync(sample.Tenant, valid, null, default)).Number);
        Assert.True((await test.Db.Documents.VerifyAsync(sample.Tenant.TenantId, default)).IsIntact);
    }

    [Fact]
    public void The_issue_check_passes_a_valid_invoice_and_names_the_syntax_of_each_finding()
    {
        var invoice = new InvoiceDraftBuilder(
                new Seller { Name = "Atelier", VatId = "FR03552081317", Address = new() { City = "Lyon", CountryCode = "FR" } },
                new Buyer { Name = "Client", Address = new() { City = "Nantes", CountryCode = "FR" } })
            .WithDueDate(Today.AddDays(30))
            .AddLine("Conseil", 2m, 100m, VatTreatment.Standard(20m))
            .Build().Issue(InvoiceNumber.Of("F-1"), Today).Value;
        Assert.Empty(EInvoiceIssueCheck.Check(invoice));

        var broken = invoice with { Currency = Domain.Money.CurrencyCode.Of("EUR"), Lines = [invoice.Lines[0] with { UnitCode = "NOT-A-UNIT" }] };
        var findings = EInvoiceIssueCheck.Check(broken);
        Assert.Contains(findings, f => f.RuleId == "BR-CL-23" && f.Path.StartsWith("Cii", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleId == "BR-CL-23" && f.Path.StartsWith("Ubl", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Fatal, f.Severity));
    }
}
