using System.CommandLine;
using Encaisse.EInvoicing.Bindings;
using Encaisse.Pdf.Rendering;
using Encaisse.Pdf.Syntax;

namespace Encaisse.Cli.Commands;

/// <summary>
/// `encaisse convert IN --to ubl|cii|facturx [--profile P] -o OUT`: reads a UBL, CII or Factur-X/ZUGFeRD PDF
/// invoice into the model (a PDF through the isolated extractor), writes it in the target syntax and profile,
/// validates the result and writes OUT atomically. Exit 0 written and valid, 1 written but invalid (the rules are
/// named), 2 unreadable input, unconvertible invoice or bad arguments: then nothing is written.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>The largest XML file read (the PDF limit is the PDF reader's).</summary>
    private const long MaxXmlBytes = 64L * 1024 * 1024;

    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "A UBL or CII invoice, or a Factur-X/ZUGFeRD PDF" };
        var to = new Option<string>("--to") { Description = "ubl, cii or facturx (a PDF/A-3 drawn with the default template, with the CII embedded)", Required = true };
        var profile = new Option<string?>("--profile") { Description = $"The profile to write: {EInvoiceFiles.ProfileNames}. Default: the input's when the target has it, else EN 16931" };
        var output = new Option<string>("--output", "-o") { Description = "The file to write (replaced atomically)", Required = true };
        var command = new Command("convert", "Convert an e-invoice between UBL, CII and Factur-X, and validate the result") { input, to, profile, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = EInvoiceFiles.ParseTarget(parse.GetValue(to)!, allowPdf: false);
            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            var read = await ReadAsync(path, cancellationToken);
            var chosen = EInvoiceFiles.ResolveProfile(parse.GetValue(profile), target, read);
            var produced = EInvoiceFiles.Produce(read.Invoice, target, chosen, InvoiceTemplate.Default, cancellationToken);
            var report = EInvoiceFiles.Validate(produced);
            await EInvoiceFiles.WriteAtomicallyAsync(outPath, produced.Bytes, cancellationToken);
            Console.WriteLine($"convert: {path} ({read.Syntax.ToString().ToLowerInvariant()}, {read.Profile.Name}) -> {outPath} ({target.ToString().ToLowerInvariant()}, {chosen!.Name}, {produced.Bytes.Length} bytes)");
            EInvoiceFiles.PrintVerdict(outPath, report!);
            return EInvoiceFiles.ExitFor("convert", outPath, report);
        });
        return command;
    }

    /// <summary>The input invoice; any reason it cannot be read is a <see cref="CliException"/> with exit code 2.</summary>
    private static async Task<ReadInvoice> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new CliException($"convert: {path}: no such file");
        }

        byte[] head = new byte[5];
        int got;
        try
        {
            await using var stream = info.OpenRead();
            got = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"convert: cannot read {path}: {ex.Message}");
        }

        byte[] xml;
        if (got == head.Length && head.AsSpan().SequenceEqual("%PDF-"u8))
        {
            if (info.Length > PdfReadLimits.Default.MaxFileBytes)
            {
                throw new CliException($"convert: {path} is larger than the {PdfReadLimits.Default.MaxFileBytes / (1024 * 1024)} MiB Encaisse accepts for a PDF");
            }

            // A PDF is untrusted input: read in a child process bounded in time and memory.
            var extracted = await PdfInvoices.ExtractIsolatedAsync(info.FullName, cancellationToken);
            xml = extracted.TryGetValue(out var embedded) ? embedded : throw new CliException($"convert: {path}: {extracted.Error}");
        }
        else
        {
            if (info.Length > MaxXmlBytes)
            {
                throw new CliException($"convert: {path} is larger than the {MaxXmlBytes / (1024 * 1024)} MiB Encaisse accepts for an XML invoice");
            }

            try
            {
                xml = await File.ReadAllBytesAsync(info.FullName, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"convert: cannot read {path}: {ex.Message}");
            }
        }

        var read = EInvoiceReader.Read(xml);
        return read.TryGetValue(out var invoice) ? invoice : throw new CliException($"convert: {path}: {read.Error}");
    }
}
