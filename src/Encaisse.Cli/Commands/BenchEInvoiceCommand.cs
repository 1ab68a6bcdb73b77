using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Validation;
using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Rendering;

namespace Encaisse.Cli.Commands;

/// <summary>
/// `encaisse bench einvoice [--seconds N] [--examples DIR]`: single-threaded throughput of the e-invoice code on the
/// CEN examples (../shared/einvoice/examples/en16931/{ubl,cii}): write UBL, write CII, parse, validate (parse + XSD +
/// EN 16931), validate with the automatic rule sets, and one-page Factur-X PDF/A-3. Each operation runs over the files
/// in turn, after a warm-up of all of them, for N seconds; it reports operations per second of wall clock, CPU µs of the process per
/// operation (the per-core figure, honest on a shared machine), and bytes allocated per operation.
/// </summary>
internal static class BenchEInvoiceCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Files above this size are measured apart: one CEN example carries a 3.3 MB base64 attachment.</summary>
    private const int LargeFile = 1024 * 1024;

    private static readonly string[] Syntaxes = ["ubl", "cii"];

    public static Command Create()
    {
        var seconds = new Option<double>("--seconds") { Description = "Seconds to measure each operation (after a warm-up)", DefaultValueFactory = _ => 3 };
        var examples = new Option<string?>("--examples") { Description = "Folder holding ubl/ and cii/ example invoices (default ../shared/einvoice/examples/en16931)" };
        var command = new Command("einvoice",
            "Single-threaded throughput on the CEN examples: write UBL/CII, parse, validate (XSD + EN 16931), validate (auto rule sets), Factur-X PDF")
        {
            seconds, examples,
        };
        command.SetAction(parse =>
        {
            var duration = TimeSpan.FromSeconds(parse.GetValue(seconds));
            if (duration <= TimeSpan.Zero)
            {
                throw new CliException("--seconds must be positive");
            }

            var folder = parse.GetValue(examples) ?? DefaultExamples();
            Run(folder, duration);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Run(string folder, TimeSpan duration)
    {
        var files = Syntaxes
            .SelectMany(sub => Directory.Exists(Path.Combine(folder, sub)) ? Directory.GetFiles(Path.Combine(folder, sub)) : [])
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .ToList();
        if (files.Count == 0)
        {
            throw new CliException($"bench einvoice: no *.xml under {folder}/ubl or {folder}/cii");
        }

        var all = files.Select(f => f.Bytes).ToArray();
        var small = files.Where(f => f.Bytes.Length <= LargeFile).Select(f => f.Bytes).ToArray();
        var large = files.Where(f => f.Bytes.Length > LargeFile).ToList();
        var invoices = small.Select(b => EInvoiceReader.Read(b)).Where(r => r.Success).Select(r => r.Value.Invoice).ToArray();
        var ublFormat = OutputFormat.Ubl(EInvoiceProfile.En16931);
        var ciiFormat = OutputFormat.Cii(EInvoiceProfile.En16931);
        var en16931 = new ValidationOptions { RuleSets = [RuleSetIds.En16931] };
        var renderer = new InvoicePdfRenderer(CliRuntime.Clock);
        var embedder = new FacturXEmbedder(CliRuntime.Clock);
        var onePage = OnePageInvoice();
        var facturX = OutputFormat.Cii(EInvoiceProfile.FacturXEn16931);

        Console.WriteLine($"bench einvoice: {files.Count} files from {folder} ({files.Sum(f => f.Bytes.Length) / 1024:N0} KB), "
            + $"{small.Length} of at most 1 MB ({small.Sum(b => b.Length) / small.Length / 1024.0:0.0} KB on average), {invoices.Length} read into the model");
        foreach (var (name, bytes) in large)
        {
            Console.WriteLine($"  measured apart: {name} ({bytes.Length / 1024.0 / 1024:0.0} MB, an embedded attachment)");
        }

        var operations = new List<Operation>
        {
            Operation.Over("write UBL (EInvoiceWriter, model → UBL 2.1)", invoices, i => EInvoiceWriter.Write(i, ublFormat).Length),
            Operation.Over("write CII (EInvoiceWriter, model → CII D16B)", invoices, i => EInvoiceWriter.Write(i, ciiFormat).Length),
            Operation.Over("parse (EInvoiceReader, bytes → model)", small, b => EInvoiceReader.Read(b).Success ? 1 : 0),
            Operation.Over("validate: parse + XSD + EN 16931", small, b => EInvoiceValidator.Validate(b, en16931).Value.Findings.Count),
            Operation.Over("validate: parse + XSD + automatic rule sets", small, b => EInvoiceValidator.Validate(b).Value.Findings.Count),
            Operation.Over("validate: all files incl. the large one (XSD + EN 16931)", all, b => EInvoiceValidator.Validate(b, en16931).Value.Findings.Count),
        };
        foreach (var (name, bytes) in large)
        {
            operations.Add(Operation.Over($"validate: {Shorten(name, 32)} alone", [bytes], b => EInvoiceValidator.Validate(b, en16931).Value.Findings.Count));
        }

        operations.Add(Operation.Over("Factur-X: render one page + write CII + embed (PDF/A-3)", [onePage],
            i => embedder.Embed(renderer.Render(i, InvoiceTemplate.Default), EInvoiceWriter.Write(i, facturX), FacturXLevel.En16931).Value.Length));

        // Warm-up: every operation in turn, twice, before any is measured, so that tiered compilation has settled for
        // the code they share (the rule sets have thousands of small methods).
        var warmup = TimeSpan.FromSeconds(Math.Max(1, duration.TotalSeconds / 3));
        Console.WriteLine($"single thread, {duration.TotalSeconds:0.#} s per operation after 2 × {warmup.TotalSeconds:0.#} s of warm-up each; load average {LoadAverage()}");
        for (var round = 0; round < 2; round++)
        {
            foreach (var operation in operations)
            {
                operation.Repeat(warmup);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"operation",-58} {"ops/s (wall)",12} {"ops/CPU-s",10} {"CPU µs/op",10} {"alloc B/op",11}");
        foreach (var operation in operations)
        {
            operation.Measure(duration);
        }

        Console.WriteLine();
        Console.WriteLine($"load average at the end: {LoadAverage()}");
    }

    /// <summary>One operation over a set of inputs, run over them in turn.</summary>
    private sealed class Operation(string label, Func<int> pass, int inputs)
    {
        private int _sink;

        public static Operation Over<T>(string label, T[] inputs, Func<T, int> operation) =>
            new(label, () =>
            {
                var sink = 0;
                foreach (var input in inputs)
                {
                    sink ^= operation(input);
                }

                return sink;
            }, inputs.Length);

        /// <summary>Passes over the inputs for at least <paramref name="duration"/>; returns the operations done.</summary>
        public long Repeat(TimeSpan duration)
        {
            var clock = Stopwatch.StartNew();
            long ops = 0;
            do
            {
                _sink ^= pass();
                ops += inputs;
            }
            while (clock.Elapsed < duration);

            return ops;
        }

        public void Measure(TimeSpan duration)
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var ops = Repeat(duration);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            var cpuPerOp = cpu.TotalMicroseconds / ops;
            Console.WriteLine(string.Create(Invariant,
                $"{label,-58} {ops / clock.Elapsed.TotalSeconds,12:N0} {1e6 / cpuPerOp,10:N0} {cpuPerOp,10:N1} {allocated / ops,11:N0}"));
            GC.KeepAlive(_sink);
        }
    }

    private static string Shorten(string name, int length) => name.Length <= length ? name : name[..(length - 1)] + "…";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string DefaultExamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "einvoice", "examples", "en16931"));
                }
            }
        }

        throw new CliException("bench einvoice: the repository root (Encaisse.slnx) was not found; give --examples DIR");
    }

    // The one-page invoice of the Factur-X micro-benchmark (bench/Encaisse.Benchmarks/FacturXBenchmarks.cs).
    private static Invoice OnePageInvoice()
    {
        var issueDate = new DateOnly(2026, 3, 31);
        return new InvoiceDraftBuilder(
                new Seller
                {
                    Name = "Atelier Dupont SARL",
                    LegalRegistrationId = new Identifier("552081317", SchemeIds.Siren),
                    VatId = "FR03552081317",
                    AdditionalLegalInformation = "SARL au capital de 10 000 € – RCS Lyon 552 081 317",
                    Address = new PostalAddress { Line1 = "12 rue des Tanneurs", City = "Lyon", PostCode = "69002", CountryCode = "FR" },
                },
                Buyer.ForFrenchCompany("Boulangerie Martin SAS", "732829320",
                    new PostalAddress { Line1 = "3 place du Marché", City = "Nantes", PostCode = "44000", CountryCode = "FR" }))
            .WithDueDate(issueDate.AddDays(30))
            .WithPaymentInstructions(PaymentInstructions.BySepaCreditTransfer("FR7630006000011234567890189", "AGRIFRPP", remittanceInformation: "RF18539007547034"))
            .WithFrenchPaymentNotes("Taux des pénalités de retard : 12,15 % (taux BCE + 10 points)", "Pas d'escompte pour paiement anticipé")
            .AddLine("Conseil en organisation", 3m, 450m, VatTreatment.Standard(20m), "HUR")
            .AddLine("Frais de déplacement", 1m, 86.40m, VatTreatment.Standard(10m))
            .AddLine("Licence logiciel annuelle", 12m, 1234.5m, VatTreatment.Standard(20m), "MON")
            .Build()
            .Issue(InvoiceNumber.Of("F2026-0042"), issueDate).Value;
    }
}
