namespace Encaisse.Cli.Tests.EInvoices;

/// <summary>
/// The shared e-invoice material (../shared/einvoice next to the repository root) and a scratch folder for one test,
/// deleted at the end.
/// </summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "encaisse-cli-einvoice", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

/// <summary>Files of ../shared/einvoice, found from the repository root (the folder holding Encaisse.slnx).</summary>
public static class SharedEInvoices
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "einvoice"));
            }
        }

        throw new DirectoryNotFoundException("No Encaisse.slnx above " + AppContext.BaseDirectory);
    });

    /// <summary>The absolute path of a file under ../shared/einvoice; fails the test when it is missing.</summary>
    public static string File(string relative)
    {
        var path = Path.Combine(Root.Value, relative);
        Assert.True(System.IO.File.Exists(path), $"shared test material missing: {path}");
        return path;
    }
}
