namespace Encaisse.Domain.Terms;

/// <summary>
/// One due date of a payment schedule. EN 16931 has a single due date (BT-9); several instalments are an
/// extension (CII EXTENDED carries several payment terms), so the first instalment's date is also BT-9.
/// </summary>
/// <param name="DueDate">When this part is due.</param>
/// <param name="Amount">The part of the amount due for payment (BT-115), two decimals.</param>
public sealed record Instalment(DateOnly DueDate, decimal Amount);
