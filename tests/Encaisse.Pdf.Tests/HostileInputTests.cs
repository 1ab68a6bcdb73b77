using System.Diagnostics;
using Encaisse.Domain.Common;
using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Isolation;
using Xunit.Abstractions;

namespace Encaisse.Pdf.Tests;

/// <summary>
/// Malformed and hostile PDFs neither crash nor hang: Encaisse's own parser answers each with a clear failure
/// within its limits, in process; the full extractor (PdfPig included) runs them in a child process bounded in
/// time and memory.
/// </summary>
public class HostileInputTests(ITestOutputHelper output)
{
    private static readonly IsolationOptions Bounds = new() { Timeout = TimeSpan.FromSeconds(10), MemoryLimitBytes = 512L * 1024 * 1024 };

    public static TheoryData<string> Cases => new(HostileCases().Keys);

    private static Dictionary<string, byte[]> HostileCases()
    {
        var good = FacturXSamples.FacturX(FacturXLevel.En16931);
        return new Dictionary<string, byte[]>
        {
            ["1 GiB declared stream length"] = HostilePdfs.HugeDeclaredLength(),
            ["decompression bomb (200 MiB of zeros)"] = HostilePdfs.DecompressionBomb(200),
            ["truncated at 50 %"] = HostilePdfs.Truncated(good, 0.5),
            ["truncated at 99 %"] = HostilePdfs.Truncated(good, 0.99),
            ["truncated to the header"] = HostilePdfs.Truncated(good, 0.0001),
            ["cyclic /Prev"] = HostilePdfs.SelfReferencingPrev(),
            ["object reference loop"] = HostilePdfs.ReferenceLoop(),
            ["name tree loop"] = HostilePdfs.NameTreeLoop(),
            ["arrays nested 200,000 deep"] = HostilePdfs.DeepNesting(),
            ["random bytes"] = HostilePdfs.Garbage(64 * 1024, 42),
            ["PDF header then random bytes"] = HostilePdfs.PdfHeaderThenGarbage(),
            ["empty file"] = [],
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Own_parser_in_process_gives_a_clear_failure_quickly(string name)
    {
        var pdf = HostileCases()[name];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = FacturXExtractor.WithOwnParser(pdf);
        var invoice = result.Success ? FacturXExtractor.Choose(result.Value, "encaisse") : ParseResult<EmbeddedInvoice>.Fail(result.Error!);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        output.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms, {allocated / 1024} KiB allocated: {invoice}");

        AssertClearOutcome(name, invoice);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"{name} took {clock.Elapsed}");
        Assert.True(allocated < 100L * 1024 * 1024, $"{name} allocated {allocated / (1024 * 1024)} MiB");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Isolated_extraction_gives_a_clear_failure_within_time_and_memory(string name)
    {
        var pdf = HostileCases()[name];
        var run = await new IsolatedPdfExtractor(Bounds).RunAsync(pdf, CancellationToken.None);
        output.WriteLine($"{name}: {run.Elapsed.TotalMilliseconds:0} ms, peak {run.PeakWorkingSetBytes / (1024 * 1024)} MiB, killed {run.Killed}: {run.Result}");

        AssertClearOutcome(name, run.Result);
        Assert.True(run.Elapsed < Bounds.Timeout + TimeSpan.FromSeconds(2), $"{name} took {run.Elapsed}");
        Assert.True(run.PeakWorkingSetBytes <= Bounds.MemoryLimitBytes + (64L * 1024 * 1024), $"{name} peaked at {run.PeakWorkingSetBytes / (1024 * 1024)} MiB");
    }

    [Fact]
    public async Task Isolated_extraction_returns_the_invoice_of_a_good_pdf()
    {
        var xml = FacturXSamples.Xml(FacturXLevel.Extended);
        var run = await new IsolatedPdfExtractor(Bounds).RunAsync(FacturXSamples.FacturX(FacturXLevel.Extended), CancellationToken.None);
        output.WriteLine($"{run.Elapsed.TotalMilliseconds:0} ms, peak {run.PeakWorkingSetBytes / (1024 * 1024)} MiB");

        var invoice = run.Result.Value;
        Assert.Equal("factur-x.xml", invoice.FileName);
        Assert.Equal(xml, invoice.Xml);
        Assert.Equal(["factur-x.xml"], invoice.AttachmentNames);
    }

    [Fact]
    public async Task A_child_that_outlives_the_timeout_is_killed()
    {
        // A "reader" that sleeps stands in for a parser stuck in a loop.
        var script = Path.Combine(Path.GetTempPath(), "encaisse-sleeper-" + Guid.NewGuid().ToString("N") + ".sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nsleep 30\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        try
        {
            var options = Bounds with { Timeout = TimeSpan.FromSeconds(1), EncaissePath = script };
            var run = await new IsolatedPdfExtractor(options).RunAsync(HostilePdfs.Garbage(10, 1), CancellationToken.None);

            Assert.True(run.Killed);
            Assert.Contains("within 1 s", run.Result.Error, StringComparison.Ordinal);
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(5), $"took {run.Elapsed}");
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static void AssertClearOutcome(string name, ParseResult<EmbeddedInvoice> result)
    {
        if (result.Success)
        {
            if (name.StartsWith("truncated", StringComparison.Ordinal))
            {
                // A truncated file may still hold the whole attachment; then it must be exactly the invoice.
                Assert.Equal(FacturXSamples.Xml(FacturXLevel.En16931), result.Value.Xml);
            }
            else
            {
                // A lying /Length is not trusted: the stream ends at "endstream", so the few bytes really there come back.
                Assert.StartsWith("1 GiB", name, StringComparison.Ordinal);
                Assert.Equal("<a>tiny</a>"u8.ToArray(), result.Value.Xml);
            }

            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.DoesNotContain("\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal); // no stack trace
        Assert.True(result.Error.Length < 400, result.Error);
    }
}
