using System.Text.Json;
using Encaisse.Billing.Serialization;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Terms;

namespace Encaisse.Billing.Ledger;

/// <summary>
/// A stored draft: the EN 16931 draft plus what issuing still needs and the draft itself does not carry — the
/// customer's party id and the payment terms (the due date depends on the issue date, known only at issue).
/// </summary>
public sealed record DraftEnvelope(InvoiceDraft Draft, Guid CustomerId, PaymentTerms Terms)
{
    public byte[] ToBytes() => MasterDataJson.SerializeValue(new Stored(Convert.ToBase64String(InvoiceJson.SerializeDraft(Draft)), CustomerId, Terms.ToCode()));

    public static DraftEnvelope FromBytes(ReadOnlySpan<byte> body)
    {
        var stored = MasterDataJson.DeserializeValue<Stored>(body);
        var terms = PaymentTerms.Parse(stored.Terms);
        return new DraftEnvelope(
            InvoiceJson.DeserializeDraft(Convert.FromBase64String(stored.Draft)),
            stored.CustomerId,
            terms.Success ? terms.Value : throw new JsonException($"Stored payment terms '{stored.Terms}' are invalid: {terms.Error}"));
    }

    // The draft is kept in its own canonical form (base64 of InvoiceJson) so one serializer owns the invoice model.
    private sealed record Stored(string Draft, Guid CustomerId, string Terms);
}
