namespace Encaisse.EInvoicing.Tests.Infrastructure;

/// <summary>The external test material in ../shared (a sibling of the repository root).</summary>
public static class SharedMaterial
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException("Encaisse.slnx not found above the test assembly.");
    });

    /// <summary>The shared folder (../shared from the repository root).</summary>
    public static string Root => RootPath.Value;

    /// <summary>../shared/einvoice.</summary>
    public static string EInvoice => Path.Combine(Root, "einvoice");

    /// <summary>A path under ../shared/einvoice.</summary>
    public static string InEInvoice(string relative) => Path.Combine(EInvoice, relative);
}
