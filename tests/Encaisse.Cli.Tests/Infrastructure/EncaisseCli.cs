using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Encaisse.Cli.Tests.Infrastructure;

/// <summary>The documented exit codes of `encaisse` (README), as a script sees them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Usage = 2;
    public const int Database = 3;
    public const int Internal = 4;
}

/// <summary>What a finished `encaisse` process left: its exit code and everything it wrote.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Fails with the whole output when the exit code is not <paramref name="expected"/>.</summary>
    public CliResult Expect(int expected)
    {
        Assert.True(ExitCode == expected, $"encaisse exited with {ExitCode}, expected {expected}.\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}");
        return this;
    }
}

/// <summary>
/// Runs the real `encaisse` CLI as a child process: the encaisse.dll built next to the tests (the test project
/// references the CLI project), under the same dotnet host. Nothing is mocked; a test sees exit codes, stdout and
/// stderr as a user or a script would, and can kill the process like `kill -9`.
/// </summary>
public static class EncaisseCli
{
    /// <summary>How long a command may run before the test gives up on it.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>The CLI assembly copied next to the test assembly.</summary>
    public static string DllPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "encaisse.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"encaisse.dll is not next to the tests ({AppContext.BaseDirectory}): build the test project, which references the CLI.", path);
        }
    }

    /// <summary>The dotnet host running the tests (DOTNET_HOST_PATH, set by `dotnet test`), else `dotnet` from PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";

    /// <summary>Runs `encaisse args…` to completion (killed after <paramref name="timeout"/>).</summary>
    public static async Task<CliResult> RunAsync(
        IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var process = CliProcess.Start(args, environment);
        return await process.WaitForExitAsync(timeout ?? DefaultTimeout);
    }
}

/// <summary>A running `encaisse` process whose output is captured line by line as it comes.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly TaskCompletionSource stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim lineArrived = new(0);

    private CliProcess(Process process) => this.process = process;

    /// <summary>Lines written to stdout so far.</summary>
    public IReadOnlyCollection<string> OutputLines => stdout;

    public bool HasExited => process.HasExited;

    /// <summary>
    /// Starts `dotnet encaisse.dll args…`. The child inherits the test's environment except the ENCAISSE_*
    /// variables, so only what the test passes (<paramref name="environment"/>) configures it; ENCAISSE_DEBUG=1
    /// makes an unexpected error print its stack trace into the captured stderr.
    /// </summary>
    public static CliProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(EncaisseCli.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(EncaisseCli.DllPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("ENCAISSE_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["ENCAISSE_DEBUG"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => cli.OnError(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits until a stdout line satisfies <paramref name="match"/>; false if the process ends or time runs out first.</summary>
    public async Task<bool> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var seen = 0;
        while (true)
        {
            var lines = stdout.ToArray();
            if (lines.Skip(seen).Any(match))
            {
                return true;
            }

            seen = lines.Length;
            var left = deadline - DateTime.UtcNow;
            if (stdoutClosed.Task.IsCompleted || left <= TimeSpan.Zero)
            {
                return false;
            }

            await lineArrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>
    /// SIGINT, as Ctrl-C in a terminal: the CLI cancels what it is doing and exits 130. Unix only (there is no
    /// managed API to send it, so this runs `kill -INT`).
    /// </summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", process.Id.ToString(CultureInfo.InvariantCulture) } })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>SIGKILL on Linux (TerminateProcess on Windows): no cleanup code runs, as with `kill -9`.</summary>
    public async Task<CliResult> KillAsync()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        return await WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Waits for the process to end (killing it after <paramref name="timeout"/>) and returns its output.</summary>
    public async Task<CliResult> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            await Task.WhenAll(stdoutClosed.Task, stderrClosed.Task);
            Assert.Fail($"encaisse did not finish within {timeout.TotalSeconds:0} s.\n--- stdout\n{string.Join('\n', stdout)}\n--- stderr\n{Stderr()}");
        }

        await Task.WhenAll(stdoutClosed.Task, stderrClosed.Task);
        return new CliResult(process.ExitCode, string.Join('\n', stdout), Stderr());
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        // Also waits for the output readers to finish, so no line arrives after the semaphore is gone.
        process.WaitForExit();
        process.Dispose();
        lineArrived.Dispose();
    }

    private string Stderr()
    {
        lock (stderr)
        {
            return stderr.ToString();
        }
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            stdoutClosed.TrySetResult();
        }
        else
        {
            stdout.Enqueue(line);
        }

        lineArrived.Release();
    }

    private void OnError(string? line)
    {
        if (line is null)
        {
            stderrClosed.TrySetResult();
            return;
        }

        lock (stderr)
        {
            stderr.AppendLine(line);
        }
    }
}
