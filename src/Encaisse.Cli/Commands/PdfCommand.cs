using System.CommandLine;
using System.Text.Json;
using Encaisse.Pdf.FacturX;

namespace Encaisse.Cli.Commands;

/// <summary>
/// `encaisse pdf extract FILE -o OUT.xml [--json]`: writes the e-invoice XML embedded in a PDF (Factur-X,
/// ZUGFeRD, XRechnung). It is also the child process of <see cref="Encaisse.Pdf.Isolation.IsolatedPdfExtractor"/>,
/// which runs it under a time and memory bound for untrusted PDFs; --json is the line that parent reads.
/// Exit codes: 0 extracted, 1 no e-invoice inside, 2 not a readable PDF or bad arguments.
/// </summary>
internal static class PdfCommand
{
    public static Command Create()
    {
        var command = new Command("pdf", "Work with invoice PDFs (Factur-X / ZUGFeRD)");
        command.Subcommands.Add(Extract());
        return command;
    }

    private static Command Extract()
    {
        var file = new Argument<string>("FILE") { Description = "The PDF to read" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the invoice XML", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON line (file name, attachments, size) instead of a sentence" };
        var command = new Command("extract", "Write the e-invoice XML embedded in a PDF (factur-x.xml, zugferd-invoice.xml, xrechnung.xml, ...)")
        {
            file, output, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(output)!;
            byte[] bytes;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > Encaisse.Pdf.Syntax.PdfReadLimits.Default.MaxFileBytes)
                {
                    throw new CliException($"pdf extract: {path} is larger than the {Encaisse.Pdf.Syntax.PdfReadLimits.Default.MaxFileBytes / (1024 * 1024)} MiB Encaisse accepts for a PDF");
                }

                bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"pdf extract: cannot read {path}: {ex.Message}");
            }

            var result = FacturXExtractor.Extract(bytes, cancellationToken: cancellationToken);
            if (!result.TryGetValue(out var invoice))
            {
                var noInvoice = result.Error!.StartsWith("No e-invoice inside", StringComparison.Ordinal);
                throw new CliException("pdf extract: " + result.Error, noInvoice ? ExitCodes.Findings : ExitCodes.Usage);
            }

            try
            {
                await File.WriteAllBytesAsync(target, invoice.Xml, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"pdf extract: cannot write {target}: {ex.Message}");
            }

            Console.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(new ExtractReport(invoice.FileName, invoice.AttachmentNames, invoice.Xml.Length, invoice.Reader), ReportJson.Default.ExtractReport)
                : $"pdf extract: {invoice.FileName} ({invoice.Xml.Length} bytes) written to {target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>What `pdf extract --json` prints; <see cref="Encaisse.Pdf.Isolation.IsolatedPdfExtractor"/> reads the same shape.</summary>
internal sealed record ExtractReport(string FileName, IReadOnlyList<string> Attachments, int Size, string Reader);

[System.Text.Json.Serialization.JsonSerializable(typeof(ExtractReport))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ReportJson : System.Text.Json.Serialization.JsonSerializerContext;
