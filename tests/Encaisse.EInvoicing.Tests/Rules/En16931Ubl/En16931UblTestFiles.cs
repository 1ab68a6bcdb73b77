namespace Encaisse.EInvoicing.Tests.Rules.En16931UblModel;

/// <summary>Where the shared test material is: ../shared next to the repository root (the folder holding Encaisse.slnx).</summary>
internal static class En16931UblTestFiles
{
    private static readonly Lazy<string> SharedRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>../shared/einvoice.</summary>
    public static string EInvoice => Path.Combine(SharedRoot.Value, "einvoice");

    /// <summary>The reference validator's list of rule ids and flags.</summary>
    public static string RuleFlags => Path.Combine(SharedRoot.Value, "tools", "einvoice-oracle", "artefacts", "rule-flags.tsv");
}
