using Encaisse.Domain.Invoicing;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;
using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Rendering;

namespace Encaisse.Cli;

/// <summary>The file kinds `convert` and `invoices export` write.</summary>
internal enum FileTarget
{
    Ubl,
    Cii,
    FacturX,
    Pdf,
}

/// <summary>A file to write and the e-invoice XML in it (null for a plain PDF), with what validates it.</summary>
internal sealed record ProducedFile(byte[] Bytes, byte[]? Xml, EInvoiceProfile? Profile, bool FromFacturXContainer);

/// <summary>
/// What `convert` and `invoices export` share: profile names, writing an invoice as UBL, CII, Factur-X or a plain
/// PDF, validating the result with the same validator as `encaisse validate`, and writing the file atomically.
/// </summary>
internal static class EInvoiceFiles
{
    /// <summary>The --profile values (the names of <see cref="EInvoiceProfile"/> and their short forms).</summary>
    public const string ProfileNames =
        "en16931, peppol, xrechnung, fr-en16931, fr-extended-ctc, minimum, basicwl, basic, extended (also the full names peppol-bis-3, xrechnung-3, fr-extended-ctc-fr, factur-x-minimum, …)";

    // EInvoiceProfile.AsStated's name: a BT-24 read from a document that no known profile writes.
    private const string AsStatedName = "as-stated";

    private static readonly Dictionary<string, EInvoiceProfile> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["peppol"] = EInvoiceProfile.PeppolBis3,
        ["xrechnung"] = EInvoiceProfile.XRechnung3,
        ["fr-extended-ctc"] = EInvoiceProfile.FrenchExtendedCtcFr,
        ["minimum"] = EInvoiceProfile.FacturXMinimum,
        ["basicwl"] = EInvoiceProfile.FacturXBasicWl,
        ["basic-wl"] = EInvoiceProfile.FacturXBasicWl,
        ["basic"] = EInvoiceProfile.FacturXBasic,
        ["extended"] = EInvoiceProfile.FacturXExtended,
    };

    public static FileTarget ParseTarget(string text, bool allowPdf) => text.Trim().ToLowerInvariant() switch
    {
        "ubl" => FileTarget.Ubl,
        "cii" => FileTarget.Cii,
        "facturx" or "factur-x" or "zugferd" => FileTarget.FacturX,
        "pdf" when allowPdf => FileTarget.Pdf,
        _ => throw new CliException($"unknown format '{text}' ({(allowPdf ? "facturx, ubl, cii or pdf" : "ubl, cii or facturx")})"),
    };

    /// <summary>
    /// The profile to write: the one named (an error when it does not exist in the target), else the input's
    /// profile when it exists in the target, else EN 16931 (Factur-X EN 16931 for a Factur-X PDF).
    /// </summary>
    public static EInvoiceProfile? ResolveProfile(string? name, FileTarget target, ReadInvoice? input)
    {
        if (target == FileTarget.Pdf)
        {
            return name is null ? null : throw new CliException("--profile does not apply to a plain PDF (it holds no e-invoice XML); use --format facturx");
        }

        if (name is not null)
        {
            var named = ShortNames.GetValueOrDefault(name.Trim()) ?? EInvoiceProfile.Find(name.Trim())
                ?? throw new CliException($"unknown profile '{name}' ({ProfileNames})");
            return Fit(named, target)
                ?? throw new CliException(target == FileTarget.FacturX
                    ? $"the profile {named.Name} is not a Factur-X profile (minimum, basicwl, basic, en16931, extended, fr-en16931, fr-extended-ctc)"
                    : $"the profile {named.Name} does not exist in {target.ToString().ToUpperInvariant()} (Factur-X profiles are CII only)");
        }

        if (input is not null)
        {
            var profile = input.Profile;
            if (profile.Name == AsStatedName)
            {
                // A BT-24 Encaisse does not know (ZUGFeRD 2.x, an older CIUS): kept as written in its own syntax, else
                // the known profile of the same level.
                if (SameSyntax(input.Syntax, target))
                {
                    return profile;
                }

                profile = ByLevel(profile.Level);
            }

            if (Fit(profile, target) is { } kept)
            {
                return kept;
            }
        }

        return target == FileTarget.FacturX ? EInvoiceProfile.FacturXEn16931 : EInvoiceProfile.En16931;
    }

    /// <summary>The profile as the target can carry it, or null when it cannot.</summary>
    private static EInvoiceProfile? Fit(EInvoiceProfile profile, FileTarget target) => target switch
    {
        FileTarget.Ubl => profile.Supports(DocumentSyntax.Ubl) ? profile : null,
        FileTarget.Cii => profile.Supports(DocumentSyntax.Cii) ? profile : null,
        // Factur-X EN 16931 writes the same terms and BT-24 as the core; the French profiles have a Factur-X form.
        FileTarget.FacturX when profile == EInvoiceProfile.En16931 => EInvoiceProfile.FacturXEn16931,
        FileTarget.FacturX when profile.Name.StartsWith("factur-x-", StringComparison.Ordinal)
            || profile == EInvoiceProfile.FrenchEn16931 || profile == EInvoiceProfile.FrenchExtendedCtcFr => profile,
        _ => null,
    };

    private static bool SameSyntax(DocumentSyntax syntax, FileTarget target) =>
        (syntax == DocumentSyntax.Ubl && target == FileTarget.Ubl) || (syntax == DocumentSyntax.Cii && target == FileTarget.Cii);

    private static EInvoiceProfile ByLevel(ProfileLevel level) => level switch
    {
        ProfileLevel.Minimum => EInvoiceProfile.FacturXMinimum,
        ProfileLevel.BasicWl => EInvoiceProfile.FacturXBasicWl,
        ProfileLevel.Basic => EInvoiceProfile.FacturXBasic,
        ProfileLevel.Extended => EInvoiceProfile.FacturXExtended,
        _ => EInvoiceProfile.En16931,
    };

    private static FacturXLevel LevelOf(EInvoiceProfile profile) => profile.Level switch
    {
        ProfileLevel.Minimum => FacturXLevel.Minimum,
        ProfileLevel.BasicWl => FacturXLevel.BasicWl,
        ProfileLevel.Basic => FacturXLevel.Basic,
        ProfileLevel.Extended => FacturXLevel.Extended,
        _ => FacturXLevel.En16931,
    };

    /// <summary>The file's bytes; a failure (nothing to write) as a <see cref="CliException"/> with exit code 2.</summary>
    public static ProducedFile Produce(Invoice invoice, FileTarget target, EInvoiceProfile? profile, InvoiceTemplate template, CancellationToken cancellationToken)
    {
        switch (target)
        {
            case FileTarget.Ubl:
            case FileTarget.Cii:
                var xml = EInvoiceWriter.Write(invoice, target == FileTarget.Ubl ? OutputFormat.Ubl(profile!) : OutputFormat.Cii(profile!));
                return new ProducedFile(xml, xml, profile, FromFacturXContainer: false);
            case FileTarget.Pdf:
                return new ProducedFile(new InvoicePdfRenderer(CliRuntime.Clock).Render(invoice, template), null, null, FromFacturXContainer: false);
            default:
                // The readable PDF is drawn from the whole invoice; the XML carries what the profile carries.
                var cii = EInvoiceWriter.Write(invoice, OutputFormat.Cii(profile!));
                var pdf = new InvoicePdfRenderer(CliRuntime.Clock).Render(invoice, template);
                var embedded = new FacturXEmbedder(CliRuntime.Clock).Embed(pdf, cii, LevelOf(profile!), cancellationToken);
                return embedded.TryGetValue(out var facturX)
                    ? new ProducedFile(facturX, cii, profile, FromFacturXContainer: true)
                    : throw new CliException($"the Factur-X PDF cannot be made: {embedded.Error}");
        }
    }

    /// <summary>The validator's report on the produced XML (auto rule sets), or null for a plain PDF.</summary>
    public static ValidationReport? Validate(ProducedFile file)
    {
        if (file.Xml is null)
        {
            return null;
        }

        var result = EInvoiceValidator.Validate(file.Xml, new ValidationOptions { FromFacturXContainer = file.FromFacturXContainer });
        return result.TryGetValue(out var report)
            ? report
            : throw new CliException($"the written XML cannot be read back ({result.Error}): this is a bug", ExitCodes.Internal);
    }

    /// <summary>The verdict in the form `encaisse validate` prints it.</summary>
    public static void PrintVerdict(string output, ValidationReport report)
    {
        var verdict = report.IsValid ? "valid" : "INVALID";
        Console.WriteLine($"{output}: {verdict} ({report.Syntax.ToString().ToLowerInvariant()}, {report.SpecificationIdentifier ?? "no BT-24"}; rules {string.Join("+", report.RuleSets)})");
        foreach (var f in report.Findings)
        {
            Console.WriteLine($"  {f.Flag.Name(),-7} {f.RuleId,-24} {f.Location}");
            Console.WriteLine($"          {f.Message}");
        }
    }

    /// <summary>Exit 0, or 1 with one line naming the blocking rules when the written file is invalid.</summary>
    public static int ExitFor(string command, string output, ValidationReport? report)
    {
        if (report is null || report.IsValid)
        {
            return ExitCodes.Ok;
        }

        var blocking = report.Findings.Where(f => f.Flag.IsBlocking()).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList();
        Console.Error.WriteLine($"encaisse: {command}: {output} was written but is not valid: {string.Join(", ", blocking)}");
        return ExitCodes.Findings;
    }

    /// <summary>
    /// Writes the file through a temporary file in the same folder and a rename, so OUT is either the whole new file
    /// or what it was before (never a partial file, even after a crash).
    /// </summary>
    public static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new CliException($"cannot write {path}: the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {ex.Message}");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
