using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.Benchmarks;

/// <summary>
/// Validation of one CEN example, stage by stage: load (SafeXml, bytes → XDocument), XML schema (on the loaded
/// document), the EN 16931 rules (on the loaded document), and the whole of <see cref="EInvoiceValidator.Validate(byte[], ValidationOptions?)"/>
/// with EN 16931 and with the automatic rule sets. Target: parse + XSD + EN 16931 at least 10,000 documents per
/// second per core on the CEN examples (`encaisse bench einvoice` measures the whole folder).
/// </summary>
[MemoryDiagnoser]
public class EInvoiceValidationBenchmarks
{
    private static readonly ValidationOptions En16931 = new() { RuleSets = [RuleSetIds.En16931] };
    private static readonly ValidationOptions RulesOnly = new() { RuleSets = [RuleSetIds.En16931], CheckSchema = false };

    private byte[] bytes = null!;
    private XDocument document = null!;
    private SchemaKind schema;

    /// <summary>A CEN example: ubl/ubl-tc434-example1.xml (UBL, 20 KB) or cii/CII_example1.xml (CII, 34 KB).</summary>
    [Params("ubl/ubl-tc434-example1.xml", "cii/CII_example1.xml")]
    public string File { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        bytes = System.IO.File.ReadAllBytes(Path.Combine(SharedFolder.Path, "einvoice", "examples", "en16931", File));
        document = SafeXml.Load(bytes).Value;
        schema = XsdValidator.KindFor(document, null);
        _ = XsdValidator.SchemaSet(schema);
    }

    [Benchmark(Description = "load: bytes → XDocument (SafeXml)")]
    public XDocument Load() => SafeXml.Load(bytes).Value;

    [Benchmark(Description = "XSD on the loaded document")]
    public string? Schema() => XsdValidator.FirstError(document, schema);

    [Benchmark(Description = "EN 16931 rules on the loaded document")]
    public ValidationReport Rules() => EInvoiceValidator.Validate(document, RulesOnly);

    [Benchmark(Description = "validate: load + XSD + EN 16931")]
    public ValidationReport Validate() => EInvoiceValidator.Validate(bytes, En16931).Value;

    [Benchmark(Description = "validate: load + XSD + automatic rule sets")]
    public ValidationReport ValidateAuto() => EInvoiceValidator.Validate(bytes).Value;
}

/// <summary>The shared test material (../shared beside the repository root).</summary>
internal static class SharedFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Encaisse.slnx")))
                {
                    return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                }
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found: run the benchmarks from the repository.");
    }
}
