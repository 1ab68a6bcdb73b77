using System.Text.Json;
using System.Text.Json.Serialization;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Terms;

namespace Encaisse.Billing.Serialization;

/// <summary>Payment terms are stored as their one-line code (NET30, 45EOM, 30%@RECEIPT;BAL@NET30 …).</summary>
internal sealed class PaymentTermsConverter : JsonConverter<PaymentTerms>
{
    public override bool CanConvert(Type typeToConvert) => typeof(PaymentTerms).IsAssignableFrom(typeToConvert);

    public override PaymentTerms Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        var result = PaymentTerms.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"Stored payment terms '{text}' are invalid: {result.Error}");
    }

    public override void Write(Utf8JsonWriter writer, PaymentTerms value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToCode());
}

/// <summary>A billing frequency is stored as "month:3" or "day:14".</summary>
internal sealed class BillingFrequencyConverter : JsonConverter<BillingFrequency>
{
    public override BillingFrequency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        var parts = text.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            switch (parts[0])
            {
                case "month" when count <= BillingFrequency.MaximumMonths: return BillingFrequency.EveryMonths(count);
                case "day" when count <= BillingFrequency.MaximumDays: return BillingFrequency.EveryDays(count);
            }
        }

        throw new JsonException($"Stored billing frequency '{text}' is invalid.");
    }

    public override void Write(Utf8JsonWriter writer, BillingFrequency value, JsonSerializerOptions options) =>
        writer.WriteStringValue($"{(value.Unit == BillingUnit.Month ? "month" : "day")}:{value.Count}");
}
