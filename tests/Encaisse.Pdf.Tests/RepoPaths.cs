namespace Encaisse.Pdf.Tests;

/// <summary>The repository root (the folder holding Encaisse.slnx) and the shared test material beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    }
}
