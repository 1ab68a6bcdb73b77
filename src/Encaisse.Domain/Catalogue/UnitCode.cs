using System.Collections.Frozen;
using Encaisse.Domain.Common;

namespace Encaisse.Domain.Catalogue;

/// <summary>
/// A unit of measure as UN/ECE Recommendation 20 (and 21, the X-prefixed package codes) codes it
/// (BT-130 invoiced quantity unit of measure, BT-150 item price base quantity unit). Any 1 to 3 letter or digit
/// code is accepted; the common ones are named. The full recommendation is not checked here (BR-CL-23).
/// </summary>
public sealed record UnitCode
{
    // The units billing uses most, with their Recommendation 20/21 names.
    private static readonly FrozenDictionary<string, string> CommonUnits = new Dictionary<string, string>
    {
        ["C62"] = "one", ["H87"] = "piece", ["EA"] = "each", ["SET"] = "set", ["PR"] = "pair", ["LS"] = "lump sum",
        ["E48"] = "service unit", ["MIN"] = "minute", ["HUR"] = "hour", ["DAY"] = "day", ["WEE"] = "week",
        ["MON"] = "month", ["ANN"] = "year", ["GRM"] = "gram", ["KGM"] = "kilogram", ["TNE"] = "tonne",
        ["LTR"] = "litre", ["MTQ"] = "cubic metre", ["MTR"] = "metre", ["KMT"] = "kilometre", ["MTK"] = "square metre",
        ["KWH"] = "kilowatt hour", ["XBX"] = "box", ["XPK"] = "package", ["XPP"] = "piece (package)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly UnitCode One = new("C62");
    public static readonly UnitCode Piece = new("H87");
    public static readonly UnitCode Hour = new("HUR");
    public static readonly UnitCode Day = new("DAY");
    public static readonly UnitCode Month = new("MON");
    public static readonly UnitCode Year = new("ANN");
    public static readonly UnitCode Kilogram = new("KGM");
    public static readonly UnitCode Litre = new("LTR");
    public static readonly UnitCode Metre = new("MTR");
    public static readonly UnitCode ServiceUnit = new("E48");

    private UnitCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The English name of a common unit ("hour"), null for other codes.</summary>
    public string? Name => CommonUnits.GetValueOrDefault(Value);

    public bool IsCommon => CommonUnits.ContainsKey(Value);

    /// <summary>The common units with their names.</summary>
    public static IReadOnlyDictionary<string, string> Common => CommonUnits;

    public static ParseResult<UnitCode> Parse(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return ParseResult<UnitCode>.Fail("The unit of measure is missing.");
        }

        if (code.Length > 3 || !code.All(char.IsAsciiLetterOrDigit))
        {
            return ParseResult<UnitCode>.Fail($"'{text}' is not a unit code: use a UN/ECE code of 1 to 3 letters or digits, such as C62 (one), HUR (hour) or KGM (kilogram).");
        }

        return ParseResult<UnitCode>.Ok(new UnitCode(code));
    }

    /// <summary>Trusted construction for codes known in code; throws <see cref="FormatException"/> when malformed.</summary>
    public static UnitCode Of(string code) => Parse(code).Value;

    public override string ToString() => Value;
}
