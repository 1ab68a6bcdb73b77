using System.Collections.Frozen;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Identifiers;

/// <summary>
/// A language as ISO 639-1 codes it ("fr", "en"): the language a party reads its invoices and reminders in.
/// </summary>
public sealed record LanguageCode
{
    // ISO 639-1 two-letter codes (the 183 current ones; "bh" was withdrawn in 2021).
    private static readonly FrozenSet<string> Codes = """
        aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
        da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
        hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
        la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
        oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
        st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
        za zh zu
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // The 24 official languages of the European Union.
    private static readonly FrozenSet<string> EuOfficial = """
        bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static readonly LanguageCode French = new("fr");

    public static readonly LanguageCode English = new("en");

    private LanguageCode(string value) => Value = value;

    /// <summary>The two-letter code, lower case.</summary>
    public string Value { get; }

    /// <summary>True for the 24 official languages of the European Union.</summary>
    public bool IsEuOfficialLanguage => EuOfficial.Contains(Value);

    /// <summary>Every code this type accepts.</summary>
    public static IReadOnlyCollection<string> All => Codes;

    /// <summary>Parses "fr", "FR"; a regional tag such as "fr-BE" is read as its language, "fr".</summary>
    public static ParseResult<LanguageCode> Parse(string? text)
    {
        var code = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return ParseResult<LanguageCode>.Fail("The language code is missing.");
        }

        var separator = code.IndexOfAny(['-', '_']);
        if (separator == 2)
        {
            code = code[..2];
        }

        return Codes.Contains(code)
            ? ParseResult<LanguageCode>.Ok(new LanguageCode(code))
            : ParseResult<LanguageCode>.Fail($"'{text}' is not an ISO 639-1 two-letter language code (such as fr or en).");
    }

    /// <summary>Trusted construction for codes known in code; throws <see cref="FormatException"/> when unknown.</summary>
    public static LanguageCode Of(string code) => Parse(code).Value;

    public override string ToString() => Value;
}
