using System.Text;
using System.Xml;
using System.Xml.Linq;
using Encaisse.Domain.Common;

namespace Encaisse.EInvoicing.Xml;

/// <summary>
/// The one way Encaisse reads untrusted XML: DTDs prohibited (no entity expansion, so no billion laughs), no
/// external resolution, and <see cref="XmlLimits"/> on size, depth and attributes. Failures are values with a
/// message a clerk understands, never an exception from deep inside the parser.
/// </summary>
public static class SafeXml
{
    /// <summary>Reader settings with DTDs prohibited and no resolver; the base of every XML read in Encaisse.</summary>
    public static XmlReaderSettings ReaderSettings(XmlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = false,
            IgnoreProcessingInstructions = false,
            CloseInput = false,
        };
    }

    /// <summary>Reads a document from bytes (encoding from the BOM or the XML declaration).</summary>
    public static ParseResult<XDocument> Load(byte[] bytes, XmlLimits? limits = null, LoadOptions options = LoadOptions.None)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return Load(stream, limits, options);
    }

    /// <summary>Reads a document from a stream, which must stay within <see cref="XmlLimits.MaxCharacters"/>.</summary>
    public static ParseResult<XDocument> Load(Stream stream, XmlLimits? limits = null, LoadOptions options = LoadOptions.None)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= XmlLimits.Default;
        try
        {
            using var inner = XmlReader.Create(stream, ReaderSettings(limits));
            using var reader = new GuardedXmlReader(inner, limits);
            var document = XDocument.Load(reader, options);
            return ParseResult<XDocument>.Ok(document);
        }
        catch (XmlException ex)
        {
            return ParseResult<XDocument>.Fail(Describe(ex));
        }
        catch (DecoderFallbackException ex)
        {
            return ParseResult<XDocument>.Fail($"The file is not in the character encoding it declares: {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            // Unsupported encoding names in the XML declaration surface as ArgumentException.
            return ParseResult<XDocument>.Fail($"The file declares an encoding that cannot be read: {ex.Message}");
        }
        catch (XmlLimitException ex)
        {
            return ParseResult<XDocument>.Fail(ex.Message);
        }
    }

    /// <summary>
    /// Reads a document to map it into the model (<see cref="Bindings.EInvoiceReader"/>), with the same protections as
    /// <see cref="Load(byte[], XmlLimits?, LoadOptions)"/>, but without the indentation: whitespace-only text in an
    /// element that has child elements is not kept. The readers take values from leaf elements only, where all text
    /// is kept as written, so they read the same; navigating a tree without those text nodes costs about a fifth less.
    /// Not for validation: XPath string values of elements with children include that whitespace.
    /// </summary>
    public static ParseResult<XDocument> LoadWithoutIndentation(byte[] bytes, XmlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= XmlLimits.Default;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var inner = XmlReader.Create(stream, ReaderSettings(limits));
            using var reader = new GuardedXmlReader(inner, limits);
            return ParseResult<XDocument>.Ok(IndentationFreeLoader.Load(reader));
        }
        catch (XmlException ex)
        {
            return ParseResult<XDocument>.Fail(Describe(ex));
        }
        catch (DecoderFallbackException ex)
        {
            return ParseResult<XDocument>.Fail($"The file is not in the character encoding it declares: {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            return ParseResult<XDocument>.Fail($"The file declares an encoding that cannot be read: {ex.Message}");
        }
        catch (XmlLimitException ex)
        {
            return ParseResult<XDocument>.Fail(ex.Message);
        }
    }

    /// <summary>Reads a document from text already decoded.</summary>
    public static ParseResult<XDocument> Parse(string xml, XmlLimits? limits = null, LoadOptions options = LoadOptions.None)
    {
        ArgumentNullException.ThrowIfNull(xml);
        limits ??= XmlLimits.Default;
        try
        {
            using var text = new StringReader(xml);
            using var inner = XmlReader.Create(text, ReaderSettings(limits));
            using var reader = new GuardedXmlReader(inner, limits);
            return ParseResult<XDocument>.Ok(XDocument.Load(reader, options));
        }
        catch (XmlException ex)
        {
            return ParseResult<XDocument>.Fail(Describe(ex));
        }
        catch (XmlLimitException ex)
        {
            return ParseResult<XDocument>.Fail(ex.Message);
        }
    }

    private static string Describe(XmlException ex)
    {
        var message = ex.Message;
        if (message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return "The XML contains a DTD (document type declaration), which e-invoices never need and Encaisse refuses: " +
                   "it is how entity-expansion and external-entity attacks work.";
        }

        if (message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || message.Contains("too large", StringComparison.OrdinalIgnoreCase))
        {
            return "The XML document is larger than Encaisse accepts.";
        }

        return $"The file is not well-formed XML: {message}";
    }
}

/// <summary>A limit of <see cref="XmlLimits"/> was exceeded.</summary>
#pragma warning disable CA1064 // Internal on purpose: callers get a ParseResult, never this exception.
internal sealed class XmlLimitException(string message) : Exception(message);
#pragma warning restore CA1064
