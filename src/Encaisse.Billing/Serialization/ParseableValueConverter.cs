using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Encaisse.Domain.Common;

namespace Encaisse.Billing.Serialization;

/// <summary>
/// Stores a domain value type (SIREN, IBAN, currency, unit code…) as its canonical text and reads it back through
/// its validating <c>Parse</c>, so a stored body can never smuggle an invalid identifier into the domain.
/// Applies to every type with <c>public static ParseResult&lt;T&gt; Parse(string?)</c>.
/// </summary>
internal sealed class ParseableValueConverterFactory : JsonConverterFactory
{
    private static readonly ConcurrentDictionary<Type, MethodInfo?> ParseMethods = new();

    public override bool CanConvert(Type typeToConvert) => FindParse(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var parse = FindParse(typeToConvert)!;
        var converterType = typeof(ParseableValueConverter<>).MakeGenericType(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(converterType, parse)!;
    }

    private static MethodInfo? FindParse(Type type) => ParseMethods.GetOrAdd(type, static t =>
    {
        if (t.IsPrimitive || t == typeof(string) || t.Namespace?.StartsWith("Encaisse.Domain", StringComparison.Ordinal) != true)
        {
            return null;
        }

        var method = t.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        return method?.ReturnType == typeof(ParseResult<>).MakeGenericType(t) ? method : null;
    });
}

internal sealed class ParseableValueConverter<T>(MethodInfo parse) : JsonConverter<T>
{
    private readonly Func<string?, ParseResult<T>> _parse = parse.CreateDelegate<Func<string?, ParseResult<T>>>();

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        var result = _parse(text);
        return result.Success ? result.Value : throw new JsonException($"Stored {typeof(T).Name} '{text}' is invalid: {result.Error}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value!.ToString());
}
