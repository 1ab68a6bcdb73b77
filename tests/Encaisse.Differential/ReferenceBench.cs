using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Encaisse.EInvoicing.Validation;

namespace Encaisse.Differential;

/// <summary>
/// `--bench`: warm throughput of the reference validator and of Encaisse on the same files, in the same run. Both
/// validate with the automatic rule sets and the XML schema. The reference runs the file list <c>rounds</c> times in
/// one JVM (its <c>--repeat</c>); the first rounds pay for the JVM's warm-up, so only the later ones count. Encaisse
/// runs the same list the same number of rounds after a warm-up, single-threaded like the reference (one worker
/// thread); each of its rounds repeats the list enough times to last half a second, for the CPU clock's sake.
/// </summary>
internal static partial class ReferenceBench
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string shared, int rounds, int warmRounds, long maxBytes)
    {
        var examples = Path.Combine(shared, "einvoice", "examples", "en16931");
        var files = new[] { "ubl", "cii" }
            .SelectMany(sub => Directory.GetFiles(Path.Combine(examples, sub)))
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && new FileInfo(f).Length <= maxBytes)
            .Order(StringComparer.Ordinal)
            .ToList();
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        Console.WriteLine($"bench: {files.Count} CEN example files ({bytes.Sum(b => (long)b.Length) / 1024:N0} KB) from {examples}; "
            + $"{rounds} rounds, the first {warmRounds} not counted; automatic rule sets + XSD; one thread each");
        Console.WriteLine($"load average at the start: {LoadAverage()}");

        var reference = await RunReferenceAsync(shared, files, rounds);
        if (reference is null)
        {
            return 2;
        }

        var counted = reference.Skip(warmRounds).ToList();
        if (counted.Count == 0)
        {
            Console.Error.WriteLine("bench: no round left after the warm-up rounds; raise --rounds");
            return 2;
        }

        var encaisse = RunEncaisse(bytes, rounds);
        var encaisseCounted = encaisse.Skip(warmRounds).ToList();

        Console.WriteLine();
        Console.WriteLine($"{"round",5} {"reference docs/s",17} {"ref docs/CPU-s",15} {"encaisse docs/s",16} {"enc docs/CPU-s",15}");
        for (var i = 0; i < rounds; i++)
        {
            var r = i < reference.Count ? reference[i] : default;
            var e = encaisse[i];
            Console.WriteLine(string.Create(Invariant,
                $"{i + 1,5} {r.Wall,17:N0} {r.Cpu,15:N0} {e.Wall,16:N0} {e.Cpu,15:N0}{(i < warmRounds ? "  (warm-up, not counted)" : string.Empty)}"));
        }

        var refWall = Median(counted.Select(r => r.Wall));
        var refCpu = Median(counted.Select(r => r.Cpu));
        var encWall = Median(encaisseCounted.Select(r => r.Wall));
        var encCpu = Median(encaisseCounted.Select(r => r.Cpu));
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"reference (warm, median of rounds {warmRounds + 1}-{rounds}): {refWall:N0} docs/s wall, {refCpu:N0} docs per CPU-second"));
        Console.WriteLine(string.Create(Invariant, $"encaisse  (warm, median of rounds {warmRounds + 1}-{rounds}): {encWall:N0} docs/s wall, {encCpu:N0} docs per CPU-second"));
        Console.WriteLine(string.Create(Invariant, $"ratio encaisse/reference: {encWall / refWall:0.0}x wall clock, {encCpu / refCpu:0.0}x CPU"));
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return 0;
    }

    private static async Task<List<(double Wall, double Cpu)>?> RunReferenceAsync(string shared, List<string> files, int rounds)
    {
        var build = Path.Combine(Path.GetTempPath(), $"encaisse-oracle-build-{Environment.ProcessId}");
        var output = Path.Combine(Path.GetTempPath(), $"encaisse-oracle-bench-{Environment.ProcessId}.tsv");
        var batch = Path.Combine(shared, "tools", "einvoice-oracle", "batch.sh");
        var psi = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { batch, output }.Concat(files).Concat(["--", "--flags", "--xsd", "--repeat", rounds.ToString(Invariant)]))
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["ORACLE_RULES"] = "auto";
        psi.Environment["ORACLE_BUILD"] = build;
        try
        {
            using var process = Process.Start(psi)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var text = await stderr;
            await stdout;
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"bench: the reference failed (exit {process.ExitCode}):");
                Console.Error.WriteLine(text);
                return null;
            }

            // oracle: round 3: 34 docs in 0.05 s wall = 700.0 docs/s; worker CPU 0.05 s = 690.0 docs per CPU-s
            var list = RoundLine().Matches(text)
                .Select(m => (double.Parse(m.Groups["wall"].Value, Invariant), double.Parse(m.Groups["cpu"].Value, Invariant)))
                .ToList();
            Console.WriteLine("reference: " + text.Trim().Split('\n')[^1]);
            return list;
        }
        finally
        {
            File.Delete(output);
            if (Directory.Exists(build))
            {
                Directory.Delete(build, recursive: true);
            }
        }
    }

    private static List<(double Wall, double Cpu)> RunEncaisse(byte[][] files, int rounds)
    {
        var options = ValidationOptions.Default;
        var sink = 0;
        foreach (var file in files)
        {
            sink += EInvoiceValidator.Validate(file, options).Value.Findings.Count;
        }

        // One measured round is as many passes over the files as fill half a second: the process CPU clock ticks
        // in hundredths of a second on Linux, too coarse for a single pass.
        // Warm-up: three seconds, so that tiered compilation has finished with the rule sets' many small methods.
        var clock = Stopwatch.StartNew();
        var passes = 0;
        do
        {
            foreach (var file in files)
            {
                sink += EInvoiceValidator.Validate(file, options).Value.Findings.Count;
            }

            passes++;
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(0.5));

        clock.Restart();
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var file in files)
            {
                sink += EInvoiceValidator.Validate(file, options).Value.Findings.Count;
            }
        }

        var list = new List<(double, double)>();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var file in files)
                {
                    sink += EInvoiceValidator.Validate(file, options).Value.Findings.Count;
                }
            }

            clock.Stop();
            process.Refresh();
            var docs = (double)files.Length * passes;
            list.Add((docs / clock.Elapsed.TotalSeconds, docs / (process.TotalProcessorTime - cpu).TotalSeconds));
        }

        GC.KeepAlive(sink);
        return list;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    [GeneratedRegex(@"round \d+: \d+ docs in [\d.]+ s wall = (?<wall>[\d.]+) docs/s; worker CPU [\d.]+ s = (?<cpu>[\d.]+|Infinity) docs per CPU-s")]
    private static partial Regex RoundLine();
}
