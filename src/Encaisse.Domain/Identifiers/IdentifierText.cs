using System.Text;

namespace Encaisse.Domain.Identifiers;

/// <summary>Clean-up shared by the identifier parsers: people type identifiers with spaces, dots and dashes.</summary>
internal static class IdentifierText
{
    /// <summary>Longest input worth looking at; anything longer is rejected before any work is done.</summary>
    public const int MaxInputLength = 200;

    /// <summary>
    /// Removes white space (including the non-breaking spaces word processors insert) and the given separators,
    /// and upper-cases ASCII letters. Returns null for null or blank text.
    /// </summary>
    public static string? Compact(string? text, string separators = ".-")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || separators.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c);
        }

        return builder.ToString();
    }

    public static bool IsAllDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    public static bool IsAllUpperAlphanumeric(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    public static bool IsAllUpperLetters(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    /// <summary>Splits into groups separated by a space, as bank and tax documents print identifiers.</summary>
    public static string Group(string value, params ReadOnlySpan<int> sizes)
    {
        var builder = new StringBuilder(value.Length + sizes.Length);
        var position = 0;
        foreach (var size in sizes)
        {
            if (position >= value.Length)
            {
                break;
            }

            if (position > 0)
            {
                builder.Append(' ');
            }

            var take = Math.Min(size, value.Length - position);
            builder.Append(value, position, take);
            position += take;
        }

        if (position < value.Length)
        {
            builder.Append(' ').Append(value, position, value.Length - position);
        }

        return builder.ToString();
    }

    /// <summary>Splits into groups of <paramref name="size"/> characters (IBAN and RF references use 4).</summary>
    public static string GroupEvery(string value, int size)
    {
        var builder = new StringBuilder(value.Length + (value.Length / size));
        for (var i = 0; i < value.Length; i++)
        {
            if (i > 0 && i % size == 0)
            {
                builder.Append(' ');
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }
}
