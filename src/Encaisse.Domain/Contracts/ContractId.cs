using Encaisse.Domain.Common;

namespace Encaisse.Domain.Contracts;

/// <summary>Identifies a recurring contract (subscription).</summary>
public readonly record struct ContractId(Guid Value)
{
    public static ParseResult<ContractId> Parse(string? text) =>
        Guid.TryParse(text?.Trim(), out var value) && value != Guid.Empty
            ? ParseResult<ContractId>.Ok(new ContractId(value))
            : ParseResult<ContractId>.Fail($"'{text}' is not a contract id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301).");

    public override string ToString() => Value.ToString("D");
}
