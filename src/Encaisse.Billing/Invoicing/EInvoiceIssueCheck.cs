using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.Billing.Invoicing;

/// <summary>
/// The issue-time e-invoice check: the invoice as it will be issued is written as CII and UBL EN 16931 and run
/// through <see cref="EInvoiceValidator"/> (XSD and the EN 16931 rules, the same code `encaisse validate` runs),
/// so nothing Encaisse issues one by one fails its own validation. Bill runs do not call it per invoice (their
/// throughput target forbids it); a property test over generated drafts covers what they issue.
/// </summary>
public static class EInvoiceIssueCheck
{
    /// <summary>The forms every issued invoice must be valid in.</summary>
    public static IReadOnlyList<OutputFormat> Formats { get; } =
    [
        OutputFormat.Cii(EInvoiceProfile.En16931),
        OutputFormat.Ubl(EInvoiceProfile.En16931),
    ];

    /// <summary>
    /// The blocking findings (fatal or error) of the invoice in each of <see cref="Formats"/>, as fatal
    /// <see cref="InvoiceFinding"/>s whose path names the syntax; empty when the invoice is valid in all of them.
    /// </summary>
    public static IReadOnlyList<InvoiceFinding> Check(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var findings = new List<InvoiceFinding>();
        foreach (var format in Formats)
        {
            var validated = EInvoiceValidator.Validate(EInvoiceWriter.Write(invoice, format));
            if (!validated.TryGetValue(out var report))
            {
                // Our own writer produced something that is not XML: a bug, but still a reason not to issue.
                findings.Add(new InvoiceFinding("XML", FindingSeverity.Fatal, format.Syntax.ToString(), validated.Error!, validated.Error!));
                continue;
            }

            foreach (var finding in report.Findings)
            {
                if (finding.Flag.IsBlocking())
                {
                    findings.Add(new InvoiceFinding(finding.RuleId, FindingSeverity.Fatal, $"{format.Syntax} {finding.Location}",
                        $"{finding.Message} ({format.Syntax} EN 16931)", $"{finding.MessageFr} ({format.Syntax} EN 16931)"));
                }
            }
        }

        return findings;
    }
}
