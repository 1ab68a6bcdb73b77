using Encaisse.Billing.Ledger;
using Encaisse.Billing.Serialization;
using Encaisse.Billing.Tenancy;
using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Terms;
using Encaisse.Storage;

namespace Encaisse.Billing.Invoicing;

/// <summary>A line of a one-off invoice: a catalogue item (by code) and a quantity, the catalogue price unless overridden.</summary>
public sealed record CatalogueLine(string ItemCode, decimal Quantity, decimal? UnitPrice = null, string? Description = null);

/// <summary>What to credit: everything, or an amount without VAT at the invoice's VAT treatment of its first line.</summary>
public sealed record CreditRequest(decimal? AmountWithoutVat = null, string? Reason = null);

/// <summary>An issued document as the ledger numbered it.</summary>
public sealed record IssuedInvoice(Guid DocumentId, string Number, Invoice Invoice, IReadOnlyList<InvoiceFinding> Warnings);

/// <summary>
/// One-off invoices and credit notes: draft from master data, issue with the next number of the series inside the
/// ledger's transaction, credit an issued invoice. Issued documents are never changed; corrections are new documents.
/// </summary>
public sealed class InvoicingService(EncaisseDatabase db, TimeProvider clock)
{
    private readonly TenantDirectory _tenants = new(db);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Saves a draft for the customer with catalogue lines; it takes no number until issued.</summary>
    public async Task<Guid> CreateDraftAsync(
        TenantProfile tenant, Guid customerId, IReadOnlyList<CatalogueLine> lines, PaymentTerms? terms, CancellationToken cancellationToken)
    {
        var (legalEntityId, envelope) = await ComposeAsync(tenant, customerId, lines, terms, cancellationToken);
        var documentId = Guid.CreateVersion7(clock.GetUtcNow());
        await db.Documents.SaveDraftAsync(tenant.TenantId, legalEntityId, tenant.Policy.InvoiceSeries,
            DocumentMapping.ToDraftRecord(envelope, documentId), cancellationToken);
        return documentId;
    }

    /// <summary>Issues a saved draft: the number, the issue date (today unless given) and the due date are set now.</summary>
    public async Task<IssuedInvoice> IssueDraftAsync(TenantProfile tenant, Guid draftId, DateOnly? issueDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var date = issueDate ?? Today;
        var existing = await db.Documents.GetAsync(tenant.TenantId, draftId, cancellationToken)
            ?? throw new StorageException(StorageError.NotFound, $"Draft {draftId} does not exist.");
        if (existing.Header.Status != DocumentStatus.Draft)
        {
            throw new StorageException(StorageError.DocumentAlreadyIssued, $"Document {draftId} is already issued as {existing.Header.Number}.");
        }

        // Refuse before the numbering transaction whatever does not depend on the number, so refusals never take one.
        var envelope = DraftEnvelope.FromBytes(existing.Body);
        ThrowOnFatal("The draft", envelope.Draft.CheckForIssue());
        await CheckEInvoiceAsync(tenant, existing.Header.LegalEntityId, existing.Header.Series ?? tenant.Policy.InvoiceSeries, envelope, date, "The draft", cancellationToken);

        IssueResult? result = null;
        var issued = await db.Documents.IssueDraftAsync(tenant.TenantId, draftId, (stored, number) =>
        {
            var current = DraftEnvelope.FromBytes(stored.Body);
            result = IssueNow(current.Draft, current.Terms, number, date);
            return DocumentMapping.ToRecord(result.Value, stored.Header.DocumentId, current.CustomerId);
        }, cancellationToken);
        return new IssuedInvoice(issued.DocumentId, issued.Number, result!.Value, Warnings(result));
    }

    /// <summary>Drafts and issues in one step (what the demo and API integrations use).</summary>
    public async Task<IssuedInvoice> IssueAsync(
        TenantProfile tenant, Guid customerId, IReadOnlyList<CatalogueLine> lines, PaymentTerms? terms, DateOnly? issueDate, CancellationToken cancellationToken)
    {
        var (legalEntityId, envelope) = await ComposeAsync(tenant, customerId, lines, terms, cancellationToken);
        return await IssueInSeriesAsync(tenant, legalEntityId, tenant.Policy.InvoiceSeries, envelope, issueDate ?? Today, "The invoice", cancellationToken);
    }

    /// <summary>
    /// Issues a credit note (381, or the matching credit type) referencing an issued invoice (BG-3), in the tenant's
    /// credit-note series: the whole invoice, or an amount without VAT at the VAT of the invoice's first line.
    /// </summary>
    public async Task<IssuedInvoice> CreditAsync(
        TenantProfile tenant, string invoiceNumber, CreditRequest request, DateOnly? issueDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(request);
        var (stored, original) = await GetIssuedAsync(tenant, invoiceNumber, cancellationToken);
        if (original.TypeCode.IsCreditNote)
        {
            throw new StorageException(StorageError.Conflict, $"{invoiceNumber} is itself a credit note; credit the invoice it corrects.");
        }

        var draft = request.AmountWithoutVat is { } amount
            ? Corrections.CreditNoteFor(original, amount, original.Lines[0].Vat, request.Reason ?? $"Avoir partiel sur la facture {invoiceNumber}")
            : Corrections.CreditNoteFor(original);
        var language = tenant.Policy.Language;
        draft = draft with
        {
            // BR-CO-25: a positive amount due needs a due date or payment terms; a credit note is settled against the account.
            PaymentTerms = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
                ? "Avoir imputable sur vos prochains règlements ou remboursable sur demande."
                : "Credit to be offset against future payments or refunded on request.",
            Notes = request.Reason is { } reason ? [.. draft.Notes, new InvoiceNote(reason)] : draft.Notes,
        };
        var envelope = new DraftEnvelope(draft, stored.Header.CustomerId ?? Guid.Empty, PaymentTerms.OnReceipt);
        return await IssueInSeriesAsync(tenant, stored.Header.LegalEntityId, tenant.Policy.CreditNoteSeries, envelope, issueDate ?? Today, "The credit note", cancellationToken);
    }

    /// <summary>An issued document by its number (BT-1) for the tenant's default legal entity.</summary>
    public async Task<(StoredDocument Stored, Invoice Invoice)> GetIssuedAsync(TenantProfile tenant, string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var legalEntityId = tenant.DefaultLegalEntityId ?? throw new StorageException(StorageError.NotFound, $"Tenant '{tenant.Name}' has no legal entity.");
        var stored = await db.Documents.GetByNumberAsync(tenant.TenantId, legalEntityId, number.Trim(), cancellationToken)
            ?? throw new StorageException(StorageError.NotFound, $"No issued document numbered '{number}'.");
        return (stored, DocumentMapping.ReadInvoice(stored));
    }

    private async Task<IssuedInvoice> IssueInSeriesAsync(
        TenantProfile tenant, Guid legalEntityId, string series, DraftEnvelope envelope, DateOnly issueDate, string what, CancellationToken cancellationToken)
    {
        ThrowOnFatal(what, envelope.Draft.CheckForIssue());
        await CheckEInvoiceAsync(tenant, legalEntityId, series, envelope, issueDate, what, cancellationToken);
        var documentId = Guid.CreateVersion7(clock.GetUtcNow());
        IssueResult? result = null;
        var issued = await db.Documents.IssueAsync(tenant.TenantId, legalEntityId, series, number =>
        {
            result = IssueNow(envelope.Draft, envelope.Terms, number, issueDate);
            return DocumentMapping.ToRecord(result.Value, documentId, envelope.CustomerId);
        }, cancellationToken);
        return new IssuedInvoice(issued.DocumentId, issued.Number, result!.Value, Warnings(result));
    }

    /// <summary>
    /// Issues the invoice in memory exactly as the numbering transaction will (same draft, terms and date, the number
    /// the series will give next) and refuses it when its EN 16931 e-invoice forms are invalid
    /// (<see cref="EInvoiceIssueCheck"/>). Runs before the transaction, so a refusal stores nothing and takes no
    /// number. A concurrent issuer can take the peeked number first; the number only reaches BT-1 and the RF
    /// remittance reference (BT-83), whose validity does not depend on which sequence number it is.
    /// </summary>
    private async Task CheckEInvoiceAsync(
        TenantProfile tenant, Guid legalEntityId, string series, DraftEnvelope envelope, DateOnly issueDate, string what, CancellationToken cancellationToken)
    {
        var counter = await db.NumberSeries.GetAsync(tenant.TenantId, legalEntityId, series, cancellationToken);
        var next = counter?.NextSeq ?? 1;
        var number = new AllocatedNumber(series, next, counter?.Format(next) ?? NumberSeriesRecord.FormatNumber(series + "-", 6, next));
        var asIssued = IssueNow(envelope.Draft, envelope.Terms, number, issueDate);
        ThrowOnFatal($"{what} (as an EN 16931 e-invoice)", EInvoiceIssueCheck.Check(asIssued.Value));
    }

    // Runs inside the numbering transaction: a refusal here throws, the transaction rolls back and the number stays free.
    private static IssueResult IssueNow(InvoiceDraft draft, PaymentTerms terms, AllocatedNumber number, DateOnly issueDate)
    {
        var invoiceNumber = InvoiceNumber.Parse(number.Number);
        if (!invoiceNumber.Success)
        {
            throw new InvoicingException($"The series produced an invalid invoice number: {invoiceNumber.Error}");
        }

        var result = InvoiceComposer.ApplyIssueTerms(draft, terms, issueDate, number.Number).Issue(invoiceNumber.Value, issueDate);
        return result.IsIssued ? result : throw InvoicingException.Refused("The document", result.Findings);
    }

    private async Task<(Guid LegalEntityId, DraftEnvelope Envelope)> ComposeAsync(
        TenantProfile tenant, Guid customerId, IReadOnlyList<CatalogueLine> lines, PaymentTerms? terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new InvoicingException("An invoice needs at least one line (BR-16).");
        }

        var legalEntityId = tenant.DefaultLegalEntityId ?? throw new StorageException(StorageError.NotFound, $"Tenant '{tenant.Name}' has no legal entity.");
        var seller = await _tenants.GetLegalEntityAsync(tenant.TenantId, legalEntityId, cancellationToken);
        var customerRecord = await db.Parties.GetAsync(tenant.TenantId, customerId, cancellationToken)
            ?? throw new StorageException(StorageError.NotFound, $"Customer {customerId} does not exist.");
        var customer = MasterDataJson.DeserializeParty(customerRecord.PartyId, customerRecord.Body);

        var draftLines = new List<InvoiceLineDraft>(lines.Count);
        var exemptions = new List<VatExemption>();
        foreach (var line in lines)
        {
            var record = await db.Catalogue.GetByCodeAsync(tenant.TenantId, line.ItemCode.Trim(), cancellationToken)
                ?? throw new StorageException(StorageError.NotFound, $"No catalogue item with code '{line.ItemCode}'.");
            var item = MasterDataJson.DeserializeCatalogueItem(record.ItemId, record.Body);
            draftLines.Add(ToLine(item, line, draftLines.Count + 1));
            if (item.ExemptionReason is not null || item.ExemptionReasonCode is not null)
            {
                exemptions.Add(new VatExemption(item.VatCategory, item.ExemptionReason, item.ExemptionReasonCode));
            }
        }

        var effectiveTerms = terms ?? tenant.Policy.DefaultPaymentTerms;
        var draft = InvoiceComposer.Compose(seller, customer, draftLines, effectiveTerms, tenant.Policy, builder =>
        {
            foreach (var exemption in exemptions.Distinct())
            {
                builder = builder.WithVatExemption(exemption);
            }

            return builder;
        });
        return (legalEntityId, new DraftEnvelope(draft, customerId, effectiveTerms));
    }

    private static InvoiceLineDraft ToLine(CatalogueItem item, CatalogueLine line, int position)
    {
        var vat = new VatTreatment(item.VatCategory, item.VatCategory == Domain.Tax.VatCategory.OutsideScope ? null : item.VatRate);
        var draftLine = InvoiceLineDraft.Create(line.Description ?? item.Name, line.Quantity, line.UnitPrice ?? item.UnitPrice, vat, item.Unit.Value);
        return draftLine with
        {
            Id = position.ToString(System.Globalization.CultureInfo.InvariantCulture), // BT-126
            Item = draftLine.Item with { Description = item.Description, SellerId = item.Sku }, // BT-154, BT-155
        };
    }

    private static void ThrowOnFatal(string what, IReadOnlyList<InvoiceFinding> findings)
    {
        if (findings.Any(f => f.Severity == FindingSeverity.Fatal))
        {
            throw InvoicingException.Refused(what, findings);
        }
    }

    private static List<InvoiceFinding> Warnings(IssueResult result) =>
        result.Findings.Where(f => f.Severity != FindingSeverity.Fatal).ToList();
}
