using System.Diagnostics;

namespace Encaisse.Pdf.Tests;

/// <summary>Runs a command-line tool of the test machine and captures what it says.</summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output, string Stdout) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " did not finish within 3 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result, stdout.Result);
    }
}
