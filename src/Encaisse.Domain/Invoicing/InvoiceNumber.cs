using Encaisse.Domain.Common;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// BT-1 Invoice number as Encaisse issues it: at most 35 characters from <c>A-Z a-z 0-9 + - _ /</c>, no space
/// (French rules BR-FR-01 and BR-FR-02, which are stricter than EN 16931). Invoices received from others keep
/// their number as a plain string (<see cref="Invoice.Number"/>), whatever it looks like.
/// </summary>
public readonly record struct InvoiceNumber
{
    public const int MaxLength = 35;

    private readonly string? _value;

    private InvoiceNumber(string value) => _value = value;

    /// <summary>The number; empty for a default-initialised value, which <see cref="InvoiceDraft.Issue"/> refuses.</summary>
    public string Value => _value ?? string.Empty;

    public static ParseResult<InvoiceNumber> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<InvoiceNumber>.Fail("The invoice number is missing.");
        }

        if (text.Length > MaxLength)
        {
            return ParseResult<InvoiceNumber>.Fail($"The invoice number '{text}' has {text.Length} characters; at most {MaxLength} are allowed.");
        }

        foreach (var c in text)
        {
            if (!IsAllowed(c))
            {
                return ParseResult<InvoiceNumber>.Fail(
                    $"The invoice number '{text}' contains '{c}'; only letters A-Z, digits and + - _ / are allowed, without spaces.");
            }
        }

        return ParseResult<InvoiceNumber>.Ok(new InvoiceNumber(text));
    }

    /// <summary>Trusted construction for numbers produced by the program (a numbering series); throws when invalid.</summary>
    public static InvoiceNumber Of(string value) => Parse(value).Value;

    /// <summary>True when the text satisfies the French number format (used for BT-25 references too).</summary>
    public static bool IsValid(string? text) => Parse(text).Success;

    public override string ToString() => Value;

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '_' or '/';
}
