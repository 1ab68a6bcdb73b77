using BenchmarkDotNet.Attributes;
using Encaisse.Domain.Common;
using Encaisse.EInvoicing.Bindings;

namespace Encaisse.Benchmarks;

/// <summary>
/// The e-invoice bindings on CEN example-sized invoices: write UBL, write CII, read UBL, read CII (targets: write
/// at least 40,000 and read at least 20,000 invoices per second per core). Inputs are the CEN examples
/// ubl-tc434-example1.xml (UBL, 20 lines) and CII_example1.xml (CII, 11 lines) from ../shared/einvoice/examples.
/// </summary>
[MemoryDiagnoser]
public class EInvoiceBindingBenchmarks
{
    private byte[] ublBytes = null!;
    private byte[] ciiBytes = null!;
    private ReadInvoice ubl = null!;
    private ReadInvoice cii = null!;

    [GlobalSetup]
    public void Setup()
    {
        var examples = Path.Combine(SharedFolder(), "einvoice", "examples", "en16931");
        ublBytes = File.ReadAllBytes(Path.Combine(examples, "ubl", "ubl-tc434-example1.xml"));
        ciiBytes = File.ReadAllBytes(Path.Combine(examples, "cii", "CII_example1.xml"));
        ubl = EInvoiceReader.Read(ublBytes).Value;
        cii = EInvoiceReader.Read(ciiBytes).Value;
    }

    [Benchmark(Description = "write UBL (ubl-tc434-example1)")]
    public byte[] WriteUbl() => EInvoiceWriter.Write(ubl.Invoice, ubl.SameFormat);

    [Benchmark(Description = "write CII (CII_example1)")]
    public byte[] WriteCii() => EInvoiceWriter.Write(cii.Invoice, cii.SameFormat);

    [Benchmark(Description = "read UBL (ubl-tc434-example1)")]
    public ParseResult<ReadInvoice> ReadUbl() => EInvoiceReader.Read(ublBytes);

    [Benchmark(Description = "read CII (CII_example1)")]
    public ParseResult<ReadInvoice> ReadCii() => EInvoiceReader.Read(ciiBytes);

    private static string SharedFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                }
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found: run the benchmarks from the repository.");
    }
}
