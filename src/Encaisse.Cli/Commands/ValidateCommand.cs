using System.CommandLine;
using System.Text.Json;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.Cli.Commands;

/// <summary>
/// `encaisse validate FILE...`: XSD and business rules of each e-invoice (UBL, CII, or the XML inside a Factur-X PDF).
/// Exit 0 when every file is valid, 1 when one is invalid, 2 when one cannot be read.
/// </summary>
internal static class ValidateCommand
{
    private static readonly Argument<FileInfo[]> Files = new("FILE") { Arity = ArgumentArity.OneOrMore, Description = "UBL or CII XML, or a Factur-X/ZUGFeRD PDF" };

    private static readonly Option<string> Rules = new("--rules")
    {
        Description = "auto (from the document's BT-24), or a comma-separated list of en16931, fr, peppol, xrechnung, facturx (the profile's rules)",
        DefaultValueFactory = _ => "auto",
    };

    private static readonly Option<string> Format = new("--format") { Description = "text, json or tsv", DefaultValueFactory = _ => "text" };

    private static readonly Option<string> Language = new("--lang") { Description = "Language of the messages: en or fr", DefaultValueFactory = _ => "en" };

    public static Command Create()
    {
        var command = new Command("validate", "Validate e-invoices natively: XML schema, EN 16931, French CIUS, Peppol, XRechnung, Factur-X rules")
        {
            Files, Rules, Format, Language,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var format = parse.GetValue(Format)!.ToLowerInvariant();
        if (format is not ("text" or "json" or "tsv"))
        {
            throw new CliException($"validate: unknown format '{format}' (text, json or tsv)");
        }

        var french = parse.GetValue(Language) == "fr";
        var rulesArg = parse.GetValue(Rules)!;
        var results = new List<FileResult>();
        foreach (var file in parse.GetValue(Files)!)
        {
            results.Add(await ValidateFileAsync(file, rulesArg, cancellationToken));
        }

        switch (format)
        {
            case "tsv":
                Console.WriteLine("file\tsyntax\tfired");
                foreach (var r in results)
                {
                    Console.WriteLine($"{r.File}\t{r.SyntaxName}\t{string.Join(",", r.Report?.Fired ?? [])}");
                }

                break;
            case "json":
                Console.WriteLine(JsonSerializer.Serialize(results.Select(r => r.ToJson(french)), JsonOptions));
                break;
            default:
                foreach (var r in results)
                {
                    WriteText(r, french);
                }

                break;
        }

        if (results.Any(r => r.Error is not null))
        {
            return ExitCodes.Usage;
        }

        return results.All(r => r.Report!.IsValid) ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static async Task<FileResult> ValidateFileAsync(FileInfo file, string rulesArg, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            return new FileResult(file.ToString(), null, "no such file");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        }
        catch (IOException ex)
        {
            return new FileResult(file.ToString(), null, ex.Message);
        }

        var fromPdf = false;
        if (bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            var extracted = await PdfInvoices.ExtractIsolatedAsync(file.FullName, cancellationToken);
            if (!extracted.TryGetValue(out var xml))
            {
                return new FileResult(file.ToString(), null, extracted.Error!);
            }

            bytes = xml;
            fromPdf = true;
        }

        var loaded = SafeXml.Load(bytes);
        if (!loaded.TryGetValue(out var document))
        {
            return new FileResult(file.ToString(), null, loaded.Error!);
        }

        var syntax = SyntaxDetector.Detect(document);
        if (syntax == DocumentSyntax.Unknown)
        {
            return new FileResult(file.ToString(), null, $"not a UBL 2.1 or CII invoice (root element {document.Root?.Name.LocalName})");
        }

        var options = new ValidationOptions { RuleSets = ParseRules(rulesArg, syntax, document, fromPdf), FromFacturXContainer = fromPdf };
        return new FileResult(file.ToString(), EInvoiceValidator.Validate(document, options), null);
    }

    private static List<string>? ParseRules(string rulesArg, DocumentSyntax syntax, System.Xml.Linq.XDocument document, bool fromPdf)
    {
        if (rulesArg.Trim() == "auto")
        {
            return null;
        }

        var auto = RuleSetSelection.Auto(syntax, SyntaxDetector.SpecificationIdentifier(document), fromPdf);
        var ids = new List<string>();
        foreach (var name in rulesArg.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (name)
            {
                case RuleSetIds.En16931 or RuleSetIds.Peppol or RuleSetIds.XRechnung or RuleSetIds.French or RuleSetIds.FrenchWarning:
                    ids.Add(name);
                    break;
                case "facturx":
                    // The Factur-X rules of the document's own profile.
                    var profile = auto.FirstOrDefault(a => a.StartsWith("facturx-", StringComparison.Ordinal)) ?? RuleSetIds.FacturXEn16931;
                    ids.Add(profile);
                    break;
                case var other when other.StartsWith("facturx-", StringComparison.Ordinal):
                    ids.Add(other);
                    break;
                default:
                    throw new CliException($"validate: unknown rule set '{name}' (auto, en16931, fr, fr-warning, peppol, xrechnung, facturx)");
            }
        }

        return ids;
    }

    private static void WriteText(FileResult r, bool french)
    {
        if (r.Error is not null)
        {
            Console.WriteLine($"{r.File}: unreadable: {r.Error}");
            return;
        }

        var report = r.Report!;
        var verdict = report.IsValid ? (french ? "valide" : "valid") : (french ? "NON VALIDE" : "INVALID");
        Console.WriteLine($"{r.File}: {verdict} ({r.SyntaxName}, {report.SpecificationIdentifier ?? "no BT-24"}; rules {string.Join("+", report.RuleSets)})");
        foreach (var missing in report.UnavailableRuleSets)
        {
            Console.WriteLine($"  note: rule set {missing} is not implemented; not checked");
        }

        foreach (var f in report.Findings)
        {
            Console.WriteLine($"  {f.Flag.Name(),-7} {f.RuleId,-24} {f.Location}");
            Console.WriteLine($"          {(french ? f.MessageFr : f.Message)}");
        }
    }

    private sealed record FileResult(string File, ValidationReport? Report, string? Error)
    {
        public string SyntaxName => Error is not null ? "error" : Report!.Syntax.ToString().ToLowerInvariant();

        public object ToJson(bool french) => Error is not null
            ? new { file = File, readable = false, error = Error }
            : new
            {
                file = File,
                readable = true,
                syntax = SyntaxName,
                guideline = Report!.SpecificationIdentifier,
                rulesets = Report.RuleSets,
                valid = Report.IsValid,
                findings = Report.Findings.Select(f => new { id = f.RuleId, flag = f.Flag.Name(), location = f.Location, message = french ? f.MessageFr : f.Message }),
            };
    }
}
