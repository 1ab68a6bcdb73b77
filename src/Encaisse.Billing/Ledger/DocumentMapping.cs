using Encaisse.Domain.Invoicing;
using Encaisse.Storage;

namespace Encaisse.Billing.Ledger;

/// <summary>How an issued invoice or a draft becomes a ledger row: searchable header columns plus the domain's bytes.</summary>
public static class DocumentMapping
{
    /// <summary>The row of an issued document. The body is the exact <see cref="InvoiceJson"/> bytes the hash chain covers.</summary>
    public static DocumentRecord ToRecord(Invoice invoice, Guid documentId, Guid customerId, Guid? contractId = null, DateOnly? periodStart = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new DocumentRecord
        {
            DocumentId = documentId,
            TypeCode = invoice.TypeCode.Code, // BT-3
            IssueDate = invoice.IssueDate, // BT-2
            DueDate = invoice.DueDate, // BT-9
            CustomerId = customerId,
            Currency = invoice.Currency.Code, // BT-5
            TotalWithoutVat = invoice.Totals.TotalWithoutVat, // BT-109
            TotalVat = invoice.Totals.TotalVat, // BT-110
            TotalWithVat = invoice.Totals.TotalWithVat, // BT-112
            AmountDue = invoice.Totals.AmountDueForPayment, // BT-115
            ContractId = contractId,
            PeriodStart = contractId is null ? null : periodStart,
            Body = InvoiceJson.Serialize(invoice),
        };
    }

    /// <summary>The row of a draft: amounts as they would be issued (for lists), body = the draft with its envelope.</summary>
    public static DocumentRecord ToDraftRecord(DraftEnvelope envelope, Guid documentId)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var totals = envelope.Draft.Calculate().Totals;
        return new DocumentRecord
        {
            DocumentId = documentId,
            TypeCode = envelope.Draft.TypeCode.Code,
            CustomerId = envelope.CustomerId,
            Currency = envelope.Draft.Currency.Code,
            TotalWithoutVat = totals.TotalWithoutVat,
            TotalVat = totals.TotalVat,
            TotalWithVat = totals.TotalWithVat,
            AmountDue = totals.AmountDueForPayment,
            Body = envelope.ToBytes(),
        };
    }

    /// <summary>Reads the invoice of an issued row.</summary>
    public static Invoice ReadInvoice(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Header.Status == DocumentStatus.Issued
            ? InvoiceJson.Deserialize(document.Body)
            : throw new InvalidOperationException($"Document {document.Header.DocumentId} is a draft, not an issued invoice.");
    }
}
