using System.Xml.Linq;
using Encaisse.Domain.Common;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation;

/// <summary>What to validate a document with.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: rule sets chosen from the document (auto), XSD checked.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Rule set ids (<see cref="RuleSetIds"/>); null chooses them from syntax and BT-24.</summary>
    public IReadOnlyList<string>? RuleSets { get; init; }

    /// <summary>Whether to check the XML schema first (a violation is the finding <c>XSD</c>).</summary>
    public bool CheckSchema { get; init; } = true;

    /// <summary>The XML came out of a Factur-X/ZUGFeRD PDF (adds the Factur-X EN 16931 rules to plain EN 16931 CII).</summary>
    public bool FromFacturXContainer { get; init; }

    /// <summary>Limits on the untrusted XML.</summary>
    public XmlLimits Limits { get; init; } = XmlLimits.Default;
}

/// <summary>The result of validating one document.</summary>
public sealed record ValidationReport(
    DocumentSyntax Syntax,
    string? SpecificationIdentifier,
    IReadOnlyList<string> RuleSets,
    IReadOnlyList<string> UnavailableRuleSets,
    IReadOnlyList<ValidationFinding> Findings)
{
    /// <summary>No fatal or error finding.</summary>
    public bool IsValid => !Findings.Any(f => f.Flag.IsBlocking());

    /// <summary>The fired rules as sorted, distinct <c>ID:flag</c> items (the reference results' form).</summary>
    public IReadOnlyList<string> Fired => [.. Findings.Select(f => f.IdAndFlag).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>
/// Validates an e-invoice natively: XML schema first, then the rule sets (EN 16931, Peppol, XRechnung, Factur-X,
/// French CIUS) implemented in C#. No XSLT, no JVM.
/// </summary>
public static class EInvoiceValidator
{
    /// <summary>Reads untrusted bytes through <see cref="SafeXml"/> and validates them; fails only when the bytes are not XML.</summary>
    public static ParseResult<ValidationReport> Validate(byte[] xml, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        options ??= ValidationOptions.Default;
        var loaded = SafeXml.Load(xml, options.Limits);
        return loaded.TryGetValue(out var document)
            ? ParseResult<ValidationReport>.Ok(Validate(document, options))
            : ParseResult<ValidationReport>.Fail(loaded.Error!);
    }

    /// <summary>Validates a document already read.</summary>
    public static ValidationReport Validate(XDocument document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var syntax = SyntaxDetector.Detect(document);
        var guideline = SyntaxDetector.SpecificationIdentifier(document);
        if (syntax == DocumentSyntax.Unknown)
        {
            return new ValidationReport(syntax, guideline, [], [], []);
        }

        var ids = options.RuleSets ?? RuleSetSelection.Auto(syntax, guideline, options.FromFacturXContainer);
        var findings = new List<ValidationFinding>();
        if (options.CheckSchema)
        {
            var kind = XsdValidator.KindFor(document, options.RuleSets is null ? RuleSetSelection.FacturXSchemaProfile(ids) : null);
            if (XsdValidator.FirstError(document, kind) is { } error)
            {
                findings.Add(new ValidationFinding(
                    "XSD",
                    RuleFlag.Fatal,
                    "/",
                    $"The document does not follow the {kind} XML schema: {error}",
                    $"Le document ne respecte pas le schéma XML {kind} : {error}",
                    "xsd"));
            }
        }

        var sets = new List<RuleSetDefinition>();
        var unavailable = new List<string>();
        foreach (var id in ids)
        {
            if (RuleSetRegistry.Find(id, syntax) is { } set)
            {
                sets.Add(set);
            }
            else if (!(id == RuleSetIds.Peppol && syntax == DocumentSyntax.Cii))
            {
                unavailable.Add(id);
            }
        }

        RuleRunner.Run(document, sets, findings);
        return new ValidationReport(syntax, guideline, ids, unavailable, findings);
    }
}
