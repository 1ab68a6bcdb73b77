namespace Encaisse.EInvoicing.Xml;

/// <summary>
/// Where the official XML schemas (UBL 2.1, CII D16B, Factur-X 1.09) are read from. They are published by OASIS,
/// UN/CEFACT and FNFE-MPE/FeRD and are not copied into this repository: a release ships them beside the binaries;
/// a checkout reads them from <c>../shared/einvoice/schemas</c>. <c>ENCAISSE_SCHEMAS</c> overrides both.
/// </summary>
public static class SchemaLocation
{
    /// <summary>The environment variable naming the schema folder.</summary>
    public const string EnvironmentVariable = "ENCAISSE_SCHEMAS";

    private static readonly Lazy<string?> Found = new(Locate);

    /// <summary>The schema folder (holding ubl-2.1/, cii-d16b/, facturx-1.09/), or null when none is found.</summary>
    public static string? Directory => Found.Value;

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "schemas"), Path.Combine(dir.FullName, "..", "shared", "einvoice", "schemas") })
                {
                    if (System.IO.Directory.Exists(Path.Combine(candidate, "ubl-2.1")))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }

        return null;
    }
}
