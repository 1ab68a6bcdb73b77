using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Encaisse.Domain.Money;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// The storage form of an invoice: compact UTF-8 JSON from a source-generated serializer. Property order is fixed
/// by the code, empty lists and absent values are left out, and decimals keep their scale, so the same invoice
/// always gives the same bytes (storage hashes them) and reading them back gives an equal invoice.
/// Codes are written as the standards spell them ("EUR", "380", "S").
/// </summary>
public static class InvoiceJson
{
    private static readonly JsonSerializerOptions StorageOptions = CreateOptions();
    private static readonly JsonTypeInfo<Invoice> InvoiceInfo = (JsonTypeInfo<Invoice>)StorageOptions.GetTypeInfo(typeof(Invoice));
    private static readonly JsonTypeInfo<InvoiceDraft> DraftInfo = (JsonTypeInfo<InvoiceDraft>)StorageOptions.GetTypeInfo(typeof(InvoiceDraft));

    public static byte[] Serialize(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return JsonSerializer.SerializeToUtf8Bytes(invoice, InvoiceInfo);
    }

    /// <summary>Reads an invoice; throws <see cref="JsonException"/> on malformed input or unknown codes.</summary>
    public static Invoice Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, InvoiceInfo) ?? throw new JsonException("The JSON holds null instead of an invoice.");

    /// <summary>The storage form of a draft (kept until it is issued; never hashed).</summary>
    public static byte[] SerializeDraft(InvoiceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return JsonSerializer.SerializeToUtf8Bytes(draft, DraftInfo);
    }

    /// <summary>Reads a draft; throws <see cref="JsonException"/> on malformed input or unknown codes.</summary>
    public static InvoiceDraft DeserializeDraft(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, DraftInfo) ?? throw new JsonException("The JSON holds null instead of a draft.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(InvoiceJsonContext.Default.Options)
        {
            TypeInfoResolver = InvoiceJsonContext.Default.WithAddedModifier(SkipEmptyLists).WithAddedModifier(PutInvoiceBodyLast),
            // Storage bytes are never inlined in HTML, so accented text can stay readable (and shorter).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    // Number and date first, then the shared content, then lines and amounts: easier to read in a database.
    private static void PutInvoiceBodyLast(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Invoice))
        {
            return;
        }

        string[] last = ["lines", "allowances", "charges", "vatBreakdown", "totals"];
        var ordered = typeInfo.Properties.OrderBy(p => Array.IndexOf(last, p.Name)).ToList();
        typeInfo.Properties.Clear();
        foreach (var property in ordered)
        {
            typeInfo.Properties.Add(property);
        }
    }

    private static void SkipEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.ShouldSerialize = static (_, value) => value is IValueList { Count: > 0 };
            }
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    UseStringEnumConverter = true,
    Converters = [typeof(CurrencyCodeJsonConverter), typeof(InvoiceTypeCodeJsonConverter), typeof(VatCategoryJsonConverter)])]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(InvoiceDraft))]
internal sealed partial class InvoiceJsonContext : JsonSerializerContext;

internal sealed class CurrencyCodeJsonConverter : JsonConverter<CurrencyCode>
{
    public override CurrencyCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CurrencyCode.Parse(reader.GetString()).TryGetValue(out var code) ? code : throw new JsonException($"Unknown currency code '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, CurrencyCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}

internal sealed class InvoiceTypeCodeJsonConverter : JsonConverter<InvoiceTypeCode>
{
    public override InvoiceTypeCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        InvoiceTypeCode.Parse(reader.GetString()).TryGetValue(out var code) ? code : throw new JsonException($"Unknown invoice type code '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, InvoiceTypeCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}

internal sealed class VatCategoryJsonConverter : JsonConverter<VatCategory>
{
    public override VatCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        VatCategoryCodes.TryParse(reader.GetString(), out var category) ? category : throw new JsonException($"Unknown VAT category '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, VatCategory value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToCode());
}
