namespace Encaisse.EInvoicing.Tests.Rules.En16931CiiSyntax;

/// <summary>Finds ../shared/einvoice next to the repository root (the folder holding Encaisse.slnx).</summary>
internal static class SharedFolder
{
    public static string Einvoice { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "einvoice"));
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    }
}
