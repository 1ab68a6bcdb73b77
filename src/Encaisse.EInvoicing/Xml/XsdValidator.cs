using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Encaisse.EInvoicing.Xml;

/// <summary>The XML schema a document is checked against.</summary>
public enum SchemaKind
{
    /// <summary>UBL 2.1 Invoice.</summary>
    UblInvoice,

    /// <summary>UBL 2.1 CreditNote.</summary>
    UblCreditNote,

    /// <summary>UN/CEFACT CII D16B (uncoupled code lists, as the CEN validation uses).</summary>
    CiiD16B,

    /// <summary>Factur-X 1.09 MINIMUM.</summary>
    FacturXMinimum,

    /// <summary>Factur-X 1.09 BASIC WL.</summary>
    FacturXBasicWl,

    /// <summary>Factur-X 1.09 BASIC.</summary>
    FacturXBasic,

    /// <summary>Factur-X 1.09 EN 16931.</summary>
    FacturXEn16931,

    /// <summary>Factur-X 1.09 EXTENDED.</summary>
    FacturXExtended,
}

/// <summary>
/// Validates documents against the official XSDs, compiled once per schema and shared across threads. Schema
/// files are trusted local files; their includes resolve only inside the schema folder.
/// </summary>
public static class XsdValidator
{
    private static readonly ConcurrentDictionary<SchemaKind, Lazy<XmlSchemaSet>> Sets = new();

    /// <summary>The schema for a syntax and, for CII, the Factur-X profile folder name (MINIMUM, BASICWL, ...) or null.</summary>
    public static SchemaKind KindFor(XDocument document, string? facturXProfile)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root?.Name;
        if (root == Namespaces.UblCreditNote + "CreditNote")
        {
            return SchemaKind.UblCreditNote;
        }

        if (root == Namespaces.UblInvoice + "Invoice")
        {
            return SchemaKind.UblInvoice;
        }

        return facturXProfile switch
        {
            "MINIMUM" => SchemaKind.FacturXMinimum,
            "BASICWL" => SchemaKind.FacturXBasicWl,
            "BASIC" => SchemaKind.FacturXBasic,
            "EN16931" => SchemaKind.FacturXEn16931,
            "EXTENDED" => SchemaKind.FacturXExtended,
            _ => SchemaKind.CiiD16B,
        };
    }

    /// <summary>The first schema violation, or null when the document is valid.</summary>
    public static string? FirstError(XDocument document, SchemaKind kind)
    {
        ArgumentNullException.ThrowIfNull(document);
        var set = SchemaSet(kind);
        string? first = null;
        document.Validate(set, (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                first ??= e.Exception is { LineNumber: > 0 } ex ? $"line {ex.LineNumber}: {e.Message}" : e.Message;
            }
        });
        return first;
    }

    /// <summary>The compiled schema set (throws when the schema folder cannot be found).</summary>
    public static XmlSchemaSet SchemaSet(SchemaKind kind) =>
        Sets.GetOrAdd(kind, k => new Lazy<XmlSchemaSet>(() => Compile(k), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static XmlSchemaSet Compile(SchemaKind kind)
    {
        var root = SchemaLocation.Directory
            ?? throw new InvalidOperationException($"The e-invoice XML schemas were not found: set {SchemaLocation.EnvironmentVariable} to the folder holding ubl-2.1/, cii-d16b/ and facturx-1.09/.");
        var relative = kind switch
        {
            SchemaKind.UblInvoice => "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd",
            SchemaKind.UblCreditNote => "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd",
            SchemaKind.CiiD16B => "cii-d16b/uncoupled/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd",
            SchemaKind.FacturXMinimum => "facturx-1.09/MINIMUM/Factur-X_MINIMUM.xsd",
            SchemaKind.FacturXBasicWl => "facturx-1.09/BASICWL/Factur-X_BASICWL.xsd",
            SchemaKind.FacturXBasic => "facturx-1.09/BASIC/Factur-X_BASIC.xsd",
            SchemaKind.FacturXEn16931 => "facturx-1.09/EN16931/Factur-X_EN16931.xsd",
            _ => "facturx-1.09/EXTENDED/Factur-X_EXTENDED.xsd",
        };
        var path = Path.Combine(root, relative);
        var set = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver(root) };
        // The UBL copy of the XML-DSig schema declares its namespace with internal DTD entities. Schema files are
        // trusted local files, so that one is read first with its internal subset allowed (still no resolver).
        var dsig = Path.Combine(root, "ubl-2.1/common/UBL-xmldsig-core-schema-2.1.xsd");
        if (kind is SchemaKind.UblInvoice or SchemaKind.UblCreditNote && File.Exists(dsig))
        {
            var dtd = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null, MaxCharactersFromEntities = 1024 };
            using var dsigReader = XmlReader.Create(dsig, dtd);
            set.Add(null, dsigReader);
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = XmlReader.Create(path, settings))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Resolves schema includes and imports to files under the schema folder, nothing else.</summary>
    private sealed class LocalSchemaResolver(string root) : XmlResolver
    {
        private readonly string _root = Path.GetFullPath(root);

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            if (!absoluteUri.IsFile)
            {
                throw new XmlException($"Schema reference outside the schema folder refused: {absoluteUri}");
            }

            var full = Path.GetFullPath(absoluteUri.LocalPath);
            if (!full.StartsWith(_root, StringComparison.Ordinal))
            {
                throw new XmlException($"Schema reference outside the schema folder refused: {absoluteUri}");
            }

            return File.OpenRead(full);
        }
    }
}
