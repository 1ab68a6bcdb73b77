using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Encaisse.Domain.Common;
using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Syntax;

namespace Encaisse.Pdf.Isolation;

/// <summary>Bounds of an out-of-process PDF read.</summary>
public sealed record IsolationOptions
{
    /// <summary>Wall-clock time the child may take, start-up included (default 15 s); it is killed after that.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Memory the child may use (default 512 MiB): half of it is the managed heap hard limit
    /// (DOTNET_GCHeapHardLimit), and the child is killed when its working set goes beyond all of it.
    /// </summary>
    public long MemoryLimitBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The Encaisse CLI to run: an encaisse.dll (run with the dotnet host), an apphost, or the ./encaisse launcher.
    /// Null: encaisse.dll next to the running assembly, else the ./encaisse launcher found above it.
    /// </summary>
    public string? EncaissePath { get; init; }
}

/// <summary>What one isolated read did, for callers that log or assert its cost.</summary>
/// <param name="Result">The invoice, or why there is none.</param>
/// <param name="Elapsed">Wall-clock time of the child process.</param>
/// <param name="PeakWorkingSetBytes">The largest working set seen while polling the child.</param>
/// <param name="Killed">True when the child was killed for time or memory.</param>
public sealed record IsolatedRun(ParseResult<EmbeddedInvoice> Result, TimeSpan Elapsed, long PeakWorkingSetBytes, bool Killed);

/// <summary>
/// Reads the e-invoice of an untrusted PDF in a child process (`encaisse pdf extract FILE -o OUT --json`) with a
/// wall-clock timeout and a memory cap, because no in-process PDF parser (PdfPig included) can promise bounded
/// time and memory on hostile input. A child that hangs or grows is killed; the caller gets a failure value.
/// </summary>
public sealed class IsolatedPdfExtractor
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly IsolationOptions _options;

    public IsolatedPdfExtractor(IsolationOptions? options = null) => _options = options ?? new IsolationOptions();

    public async Task<ParseResult<EmbeddedInvoice>> ExtractAsync(string pdfPath, CancellationToken cancellationToken) =>
        (await RunAsync(pdfPath, cancellationToken)).Result;

    /// <summary>Writes the bytes to a temporary file and reads them in a child process.</summary>
    public async Task<IsolatedRun> RunAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var path = Path.Combine(Path.GetTempPath(), "encaisse-in-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf, cancellationToken);
        try
        {
            return await RunAsync(path, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<IsolatedRun> RunAsync(string pdfPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdfPath);
        var info = new FileInfo(pdfPath);
        if (!info.Exists)
        {
            return Failed($"The file {pdfPath} does not exist.");
        }

        if (info.Length > PdfReadLimits.Default.MaxFileBytes)
        {
            return Failed($"The file is larger than the {PdfReadLimits.Default.MaxFileBytes / (1024 * 1024)} MiB Encaisse accepts for a PDF.");
        }

        var output = Path.Combine(Path.GetTempPath(), "encaisse-out-" + Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            return await RunChildAsync(info.FullName, output, cancellationToken);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private async Task<IsolatedRun> RunChildAsync(string pdfPath, string output, CancellationToken cancellationToken)
    {
        var start = StartInfo(ResolveCommand());
        foreach (var arg in new[] { "pdf", "extract", pdfPath, "-o", output, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = (_options.MemoryLimitBytes / 2).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("The PDF reader process did not start.");
        }
        catch (Win32Exception ex)
        {
            return Failed($"The PDF reader process could not start ({start.FileName}): {ex.Message}");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            long peak = 0;
            string? killedFor = null;
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_options.Timeout);
            var exited = process.WaitForExitAsync(CancellationToken.None);
            while (!exited.IsCompleted)
            {
                try
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                }
                catch (InvalidOperationException)
                {
                    break; // exited between the check and the read
                }

                if (peak > _options.MemoryLimitBytes)
                {
                    killedFor = $"The PDF reader used more than {_options.MemoryLimitBytes / (1024 * 1024)} MiB and was stopped (hostile or damaged file?).";
                }
                else if (deadline.IsCancellationRequested)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    killedFor = $"The PDF could not be read within {_options.Timeout.TotalSeconds:0.#} s; the reader was stopped (hostile or damaged file?).";
                }

                if (killedFor is not null)
                {
                    Kill(process);
                    break;
                }

                await Task.WhenAny(exited, Task.Delay(PollInterval, CancellationToken.None));
            }

            await exited;
            clock.Stop();
            if (killedFor is not null)
            {
                return new IsolatedRun(ParseResult<EmbeddedInvoice>.Fail(killedFor), clock.Elapsed, peak, Killed: true);
            }

            var message = Message(await stderr);
            var result = process.ExitCode switch
            {
                0 => ReadResult(await stdout, output),
                1 or 2 => ParseResult<EmbeddedInvoice>.Fail(message),
                _ when message.Contains("Stack overflow", StringComparison.Ordinal) =>
                    ParseResult<EmbeddedInvoice>.Fail("The PDF reader crashed on this file (stack overflow: hostile or damaged file?)."),
                _ when message.Contains("OutOfMemory", StringComparison.Ordinal) || process.ExitCode is 134 or 137 =>
                    ParseResult<EmbeddedInvoice>.Fail($"The PDF reader ran out of its {_options.MemoryLimitBytes / (1024 * 1024)} MiB memory allowance (hostile or damaged file?)."),
                _ => ParseResult<EmbeddedInvoice>.Fail($"The PDF reader failed (exit {process.ExitCode}): {message}"),
            };
            return new IsolatedRun(result, clock.Elapsed, peak, Killed: false);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static ParseResult<EmbeddedInvoice> ReadResult(string stdout, string output)
    {
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.TrimStart().StartsWith('{'));
        Report? report = null;
        try
        {
            report = line is null ? null : JsonSerializer.Deserialize(line, ReportContext.Default.Report);
        }
        catch (JsonException)
        {
            // Reported below as an unreadable answer.
        }

        if (report is null || !File.Exists(output) || new FileInfo(output).Length != report.Size || report.Size > PdfReadLimits.Default.MaxDecodedStreamBytes)
        {
            return ParseResult<EmbeddedInvoice>.Fail("The PDF reader process gave no usable answer.");
        }

        return ParseResult<EmbeddedInvoice>.Ok(new EmbeddedInvoice(report.FileName, File.ReadAllBytes(output), report.Attachments, report.Reader + " (isolated)"));
    }

    /// <summary>The child's error line without the "encaisse: pdf extract: " prefix.</summary>
    private static string Message(string stderr)
    {
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        foreach (var prefix in new[] { "encaisse: ", "pdf extract: " })
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                line = line[prefix.Length..];
            }
        }

        return line.Length > 500 ? line[..500] : line;
    }

    private string ResolveCommand()
    {
        if (_options.EncaissePath is { } configured)
        {
            return configured;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "encaisse.dll");
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var launcher = Path.Combine(dir.FullName, "encaisse");
            if (File.Exists(launcher) && File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return launcher;
            }
        }

        throw new FileNotFoundException("The encaisse CLI was not found next to " + AppContext.BaseDirectory + " nor as an ./encaisse launcher above it; set IsolationOptions.EncaissePath.");
    }

    private static ProcessStartInfo StartInfo(string command)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        if (command.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            // Run the dll with the same dotnet host as this process when there is one.
            var host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? self
                : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            start.FileName = host;
            start.ArgumentList.Add(command);
        }
        else
        {
            start.FileName = command;
        }

        return start;
    }

    private static IsolatedRun Failed(string message) => new(ParseResult<EmbeddedInvoice>.Fail(message), TimeSpan.Zero, 0, Killed: false);

    internal sealed record Report(string FileName, IReadOnlyList<string> Attachments, int Size, string Reader);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(IsolatedPdfExtractor.Report))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ReportContext : System.Text.Json.Serialization.JsonSerializerContext;
