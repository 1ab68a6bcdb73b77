using System.Diagnostics.CodeAnalysis;

namespace Encaisse.Domain.Common;

/// <summary>
/// The outcome of parsing untrusted text into a value: either the value or a message a clerk understands.
/// Expected failures (a mistyped SIRET) are values, not exceptions, as in NodaTime.
/// </summary>
public readonly struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Why parsing failed; null on success.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The parsed value; throws <see cref="FormatException"/> when parsing failed.</summary>
    public T Value => Error is null ? _value! : throw new FormatException(Error);

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error);

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Error is null;
    }

    public override string ToString() => Success ? $"Ok({_value})" : $"Fail({Error})";
}
