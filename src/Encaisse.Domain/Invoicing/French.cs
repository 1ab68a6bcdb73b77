using Encaisse.Domain.Common;

namespace Encaisse.Domain.Invoicing;

/// <summary>The category of operation, a mandatory mention since the French reform, carried by the first letter of BT-23.</summary>
public enum OperationCategory
{
    /// <summary>B — supply of goods.</summary>
    Goods,
    /// <summary>S — supply of services.</summary>
    Services,
    /// <summary>M — mixed (goods and services that are not ancillary to each other).</summary>
    Mixed,
}

/// <summary>The digit of the French BT-23 "cadre de facturation".</summary>
public enum BillingFrameworkKind
{
    /// <summary>1 — an ordinary invoice.</summary>
    Standard = 1,
    /// <summary>2 — an invoice already paid (BT-113 = BT-112, BT-115 = 0).</summary>
    AlreadyPaid = 2,
    /// <summary>3 — exists only as S3; our sources do not say what it means, so it has no better name here.</summary>
    Code3 = 3,
    /// <summary>4 — final invoice after a deposit.</summary>
    FinalAfterDeposit = 4,
    /// <summary>5 — subcontractor invoice.</summary>
    Subcontractor = 5,
    /// <summary>6 — co-contractor invoice.</summary>
    CoContractor = 6,
    /// <summary>7 — invoice already e-reported.</summary>
    AlreadyReported = 7,
    /// <summary>8 — multi-vendor invoice.</summary>
    MultiVendor = 8,
    /// <summary>9 — bidirectional multi-vendor invoice.</summary>
    Bidirectional = 9,
}

/// <summary>
/// The French BT-23 Business process type ("cadre de facturation"): the category of operation (B, S, M) followed by
/// a digit, from the closed list of BR-FR-08 (B1 S1 M1 B2 S2 M2 S3 B4 S4 M4 S5 S6 B7 S7 B8 S8 M8 B9 S9 M9).
/// </summary>
public readonly record struct BillingFramework
{
    private static readonly string[] AllowedCodes =
        ["B1", "S1", "M1", "B2", "S2", "M2", "S3", "B4", "S4", "M4", "S5", "S6", "B7", "S7", "B8", "S8", "M8", "B9", "S9", "M9"];

    public static readonly BillingFramework Goods = new(OperationCategory.Goods, BillingFrameworkKind.Standard);
    public static readonly BillingFramework Services = new(OperationCategory.Services, BillingFrameworkKind.Standard);
    public static readonly BillingFramework Mixed = new(OperationCategory.Mixed, BillingFrameworkKind.Standard);

    private BillingFramework(OperationCategory category, BillingFrameworkKind kind)
    {
        Category = category;
        Kind = kind;
    }

    public OperationCategory Category { get; }

    public BillingFrameworkKind Kind { get; }

    /// <summary>The BT-23 code, e.g. "S1".</summary>
    public string Code => $"{Letter(Category)}{(int)Kind}";

    public static ParseResult<BillingFramework> Parse(string? text)
    {
        var code = text?.Trim();
        if (code is null || Array.IndexOf(AllowedCodes, code) < 0)
        {
            return ParseResult<BillingFramework>.Fail(
                $"'{text}' is not a French billing framework code (B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8, M8, B9, S9, M9).");
        }

        var category = code[0] switch { 'B' => OperationCategory.Goods, 'S' => OperationCategory.Services, _ => OperationCategory.Mixed };
        return ParseResult<BillingFramework>.Ok(new BillingFramework(category, (BillingFrameworkKind)(code[1] - '0')));
    }

    /// <summary>Trusted construction; throws when the combination is not in the French list (e.g. B5).</summary>
    public static BillingFramework Of(OperationCategory category, BillingFrameworkKind kind) =>
        Parse($"{Letter(category)}{(int)kind}").Value;

    public override string ToString() => Code;

    private static char Letter(OperationCategory category) => category switch
    {
        OperationCategory.Goods => 'B',
        OperationCategory.Services => 'S',
        OperationCategory.Mixed => 'M',
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}

/// <summary>The BAR note: how the French platforms treat the invoice (BR-FR-20).</summary>
public enum InvoiceTreatment
{
    /// <summary>B2B — domestic business invoice, exchanged through the platforms.</summary>
    B2B,
    /// <summary>B2BINT — international business invoice (e-reporting).</summary>
    B2BInternational,
    /// <summary>B2C — invoice to a consumer (e-reporting).</summary>
    B2C,
    /// <summary>OUTOFSCOPE — outside the reform's scope.</summary>
    OutOfScope,
    /// <summary>ARCHIVEONLY — kept for archiving only.</summary>
    ArchiveOnly,
}

public static class InvoiceTreatments
{
    public static string ToCode(this InvoiceTreatment treatment) => treatment switch
    {
        InvoiceTreatment.B2B => "B2B",
        InvoiceTreatment.B2BInternational => "B2BINT",
        InvoiceTreatment.B2C => "B2C",
        InvoiceTreatment.OutOfScope => "OUTOFSCOPE",
        InvoiceTreatment.ArchiveOnly => "ARCHIVEONLY",
        _ => throw new ArgumentOutOfRangeException(nameof(treatment), treatment, null),
    };

    public static bool TryParse(string? code, out InvoiceTreatment treatment)
    {
        switch (code?.Trim())
        {
            case "B2B": treatment = InvoiceTreatment.B2B; return true;
            case "B2BINT": treatment = InvoiceTreatment.B2BInternational; return true;
            case "B2C": treatment = InvoiceTreatment.B2C; return true;
            case "OUTOFSCOPE": treatment = InvoiceTreatment.OutOfScope; return true;
            case "ARCHIVEONLY": treatment = InvoiceTreatment.ArchiveOnly; return true;
            default: treatment = default; return false;
        }
    }
}
