using System.Text.Json;
using System.Text.Json.Serialization;
using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Common;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Parties;

namespace Encaisse.Billing.Serialization;

/// <summary>
/// The bodies of master data rows (parties, legal entities, catalogue items, contracts). Drafts are stored and
/// the domain object is rebuilt through its validating <c>Create</c> on load, so what comes out of the database
/// obeys the same rules as what a clerk typed in.
/// </summary>
public static class MasterDataJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static byte[] Serialize(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return JsonSerializer.SerializeToUtf8Bytes(party.ToDraft(), Options);
    }

    public static Party DeserializeParty(Guid partyId, ReadOnlySpan<byte> body) =>
        Rebuild(Party.Create(PartyId.New(partyId), Read<PartyDraft>(body)), "customer", partyId);

    public static byte[] Serialize(LegalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return JsonSerializer.SerializeToUtf8Bytes(entity.ToDraft(), Options);
    }

    public static LegalEntity DeserializeLegalEntity(Guid legalEntityId, ReadOnlySpan<byte> body) =>
        Rebuild(LegalEntity.Create(LegalEntityId.New(legalEntityId), Read<LegalEntityDraft>(body)), "legal entity", legalEntityId);

    public static byte[] Serialize(CatalogueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.SerializeToUtf8Bytes(item.ToDraft(), Options);
    }

    public static CatalogueItem DeserializeCatalogueItem(Guid itemId, ReadOnlySpan<byte> body) =>
        Rebuild(CatalogueItem.Create(ItemId.New(itemId), Read<CatalogueItemDraft>(body)), "catalogue item", itemId);

    public static byte[] Serialize(RecurringContract contract) => JsonSerializer.SerializeToUtf8Bytes(contract, Options);

    public static RecurringContract DeserializeContract(ReadOnlySpan<byte> body) => Read<RecurringContract>(body);

    /// <summary>Any other small record kept as a body (tenant settings).</summary>
    public static byte[] SerializeValue<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T DeserializeValue<T>(ReadOnlySpan<byte> body) => Read<T>(body);

    private static T Read<T>(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize<T>(body, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is empty.");

    private static T Rebuild<T>(ParseResult<T> result, string what, Guid id) =>
        result.Success ? result.Value : throw new InvalidDataException($"Stored {what} {id} no longer passes its checks: {result.Error}");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new PaymentTermsConverter());
        options.Converters.Add(new BillingFrequencyConverter());
        options.Converters.Add(new ParseableValueConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
