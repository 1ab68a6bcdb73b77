using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>
/// The XSDs a written document must satisfy: UBL 2.1, CII D16B or D22B for the version, and the Factur-X 1.09 profile
/// schema for profiles narrower or wider than EN 16931. D22B is not in main's XsdValidator (its schema lives in the
/// French test data), so it is loaded here.
/// </summary>
internal static class Schemas
{
    private static readonly Lazy<XmlSchemaSet> D22B = new(() =>
    {
        var path = Path.Combine(TestFiles.Shared, "testdata", "fr-cius", "rules", "CII", "1xsd-CII_D22B_uncoupled", "CrossIndustryInvoice_100pD22B.xsd");
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    });

    /// <summary>Every schema violation of a written document (empty when valid).</summary>
    public static List<string> Violations(byte[] written, OutputFormat format)
    {
        var document = XDocument.Load(new MemoryStream(written), LoadOptions.SetLineInfo);
        var errors = new List<string>();
        if (format.Syntax == DocumentSyntax.Ubl)
        {
            Add(errors, "UBL", XsdValidator.FirstError(document, XsdValidator.KindFor(document, null)));
            return errors;
        }

        if (format.Version == SyntaxVersion.CiiD22B)
        {
            document.Validate(D22B.Value, (_, e) => errors.Add($"D22B: {e.Message}"));
        }
        else
        {
            Add(errors, "D16B", XsdValidator.FirstError(document, SchemaKind.CiiD16B));
        }

        var facturX = format.Profile.Level switch
        {
            ProfileLevel.Minimum => SchemaKind.FacturXMinimum,
            ProfileLevel.BasicWl => SchemaKind.FacturXBasicWl,
            ProfileLevel.Basic => SchemaKind.FacturXBasic,
            ProfileLevel.Extended => SchemaKind.FacturXExtended,
            _ => SchemaKind.FacturXEn16931,
        };
        Add(errors, facturX.ToString(), XsdValidator.FirstError(document, facturX));
        return errors;
    }

    private static void Add(List<string> errors, string schema, string? error)
    {
        if (error is not null)
        {
            errors.Add($"{schema}: {error}");
        }
    }
}
