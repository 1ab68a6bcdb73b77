using Encaisse.Domain.Invoicing;

namespace Encaisse.Billing.Invoicing;

/// <summary>An invoice that its issue-time rules refuse; carries the findings a clerk must fix.</summary>
public sealed class InvoicingException : Exception
{
    public InvoicingException(string message, IReadOnlyList<InvoiceFinding> findings)
        : base(message) => Findings = findings;

    public InvoicingException()
    {
    }

    public InvoicingException(string message)
        : base(message)
    {
    }

    public InvoicingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<InvoiceFinding> Findings { get; } = [];

    internal static InvoicingException Refused(string what, IReadOnlyList<InvoiceFinding> findings)
    {
        var fatal = findings.Where(f => f.Severity == FindingSeverity.Fatal).ToList();
        return new InvoicingException($"{what} refused by {string.Join(", ", fatal.Select(f => f.RuleId).Distinct())}: {fatal.FirstOrDefault()?.Message}", findings);
    }
}
