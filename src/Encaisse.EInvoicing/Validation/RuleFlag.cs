namespace Encaisse.EInvoicing.Validation;

/// <summary>
/// How serious a finding is, with the Schematron flag names: <see cref="Fatal"/> and <see cref="Error"/> make a
/// document invalid; <see cref="Warning"/> and <see cref="Information"/> do not.
/// </summary>
public enum RuleFlag
{
    /// <summary>The document is invalid (CEN, Peppol, KoSIT "fatal").</summary>
    Fatal,

    /// <summary>The document is invalid (rules that carry no flag, e.g. Factur-X; BR-FR errors).</summary>
    Error,

    /// <summary>The document is valid but something should be fixed.</summary>
    Warning,

    /// <summary>A remark.</summary>
    Information,
}

/// <summary>Text forms of <see cref="RuleFlag"/>.</summary>
public static class RuleFlags
{
    /// <summary>The Schematron flag name: fatal, error, warning, information.</summary>
    public static string Name(this RuleFlag flag) => flag switch
    {
        RuleFlag.Fatal => "fatal",
        RuleFlag.Error => "error",
        RuleFlag.Warning => "warning",
        _ => "information",
    };

    /// <summary>Whether the flag makes the document invalid.</summary>
    public static bool IsBlocking(this RuleFlag flag) => flag is RuleFlag.Fatal or RuleFlag.Error;
}
