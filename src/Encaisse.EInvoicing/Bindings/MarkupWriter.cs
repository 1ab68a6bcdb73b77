using System.Buffers.Text;
using System.Text;

namespace Encaisse.EInvoicing.Bindings;

/// <summary>
/// The few XmlWriter calls the UBL and CII writers make, written straight to UTF-8 in one reused buffer: the same
/// bytes as <c>XmlWriter.Create</c> with <see cref="XmlOutput"/>'s settings (no indentation, LF newlines, namespace
/// declarations the caller writes first and the ones the element needs after them, <c>&lt;x /&gt;</c> for an element
/// without content), at about half the cost: no well-formedness state machine, no stream, one copy out. Element and
/// attribute names come from the writers' constants; text and attribute values are escaped as XmlWriter escapes
/// them and characters XML cannot carry are refused with an <see cref="ArgumentException"/>, as XmlWriter does with
/// CheckCharacters.
/// </summary>
internal sealed class MarkupWriter
{
    private const string XmlnsPrefix = "xmlns";

    // Namespace declarations in scope, innermost last, and how many each open element added.
    private readonly List<(string Prefix, string Namespace)> _scope = [];
    private readonly Stack<(string? Prefix, string LocalName, int Declared)> _open = new();

    // Implicit declarations of the element being started, written when its start tag closes.
    private readonly List<(string Prefix, string Namespace)> _pending = [];

    private byte[] _buffer;
    private int _length;
    private bool _inStartTag;

    public MarkupWriter(byte[] buffer) => _buffer = buffer;

    /// <summary>The buffer written so far (may have grown: the caller keeps it for the next document).</summary>
    public byte[] Buffer => _buffer;

    public int Length => _length;

    public void WriteStartDocument() => Ascii("<?xml version=\"1.0\" encoding=\"utf-8\"?>");

    public void WriteEndDocument()
    {
        while (_open.Count > 0)
        {
            WriteEndElement();
        }
    }

    /// <summary>An element in <paramref name="ns"/> without a prefix: declares it the default namespace unless it is.</summary>
    public void WriteStartElement(string localName, string ns) => WriteStartElement(null, localName, ns);

    public void WriteStartElement(string? prefix, string localName, string ns)
    {
        CloseStartTag();
        var declaredBefore = _scope.Count;
        var effective = prefix ?? string.Empty;
        if (Lookup(effective) != ns)
        {
            _pending.Add((effective, ns));
            _scope.Add((effective, ns));
        }

        Byte((byte)'<');
        if (effective.Length > 0)
        {
            Ascii(effective);
            Byte((byte)':');
        }

        Ascii(localName);
        _open.Push((effective.Length > 0 ? effective : null, localName, declaredBefore));
        _inStartTag = true;
    }

    /// <summary>A namespace declaration (<c>xmlns:prefix="ns"</c>) on the element being started.</summary>
    public void WriteAttributeString(string xmlns, string prefix, string? ns, string value)
    {
        if (xmlns != XmlnsPrefix || ns is not null || !_inStartTag)
        {
            throw new InvalidOperationException("Only namespace declarations on a start tag are written this way.");
        }

        if (Lookup(prefix) != value)
        {
            _scope.Add((prefix, value));
        }

        Ascii(" xmlns:");
        Ascii(prefix);
        Ascii("=\"");
        Escaped(value, attribute: true);
        Byte((byte)'"');
    }

    /// <summary>An attribute without namespace on the element being started; null writes an empty value, as XmlWriter does.</summary>
    public void WriteAttributeString(string localName, string? value)
    {
        if (!_inStartTag)
        {
            throw new InvalidOperationException("Attributes go on a start tag.");
        }

        Byte((byte)' ');
        Ascii(localName);
        Ascii("=\"");
        Escaped(value ?? string.Empty, attribute: true);
        Byte((byte)'"');
    }

    public void WriteString(string? text)
    {
        if (text is null)
        {
            return;
        }

        // Even "" closes the start tag: XmlWriter then writes <x></x>, not <x />.
        CloseStartTag();
        Escaped(text, attribute: false);
    }

    public void WriteElementString(string prefix, string localName, string ns, string? value)
    {
        WriteStartElement(prefix, localName, ns);
        if (!string.IsNullOrEmpty(value))
        {
            WriteString(value);
        }

        WriteEndElement();
    }

    public void WriteBase64(byte[] bytes, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        // No bytes keep the short form <x />, as XmlWriter gives.
        if (count == 0)
        {
            return;
        }

        CloseStartTag();
        var data = bytes.AsSpan(offset, count);
        Ensure(Base64.GetMaxEncodedToUtf8Length(count));
        Base64.EncodeToUtf8(data, _buffer.AsSpan(_length), out _, out var written);
        _length += written;
    }

    public void WriteEndElement()
    {
        var (prefix, localName, declared) = _open.Pop();
        if (_inStartTag)
        {
            WritePendingDeclarations();
            Ascii(" />");
            _inStartTag = false;
        }
        else
        {
            CloseStartTag();
            Ascii("</");
            if (prefix is not null)
            {
                Ascii(prefix);
                Byte((byte)':');
            }

            Ascii(localName);
            Byte((byte)'>');
        }

        _scope.RemoveRange(declared, _scope.Count - declared);
    }

    private string? Lookup(string prefix)
    {
        for (var i = _scope.Count - 1; i >= 0; i--)
        {
            if (_scope[i].Prefix == prefix)
            {
                return _scope[i].Namespace;
            }
        }

        return prefix.Length == 0 ? string.Empty : null;
    }

    private void CloseStartTag()
    {
        if (!_inStartTag)
        {
            return;
        }

        WritePendingDeclarations();
        Byte((byte)'>');
        _inStartTag = false;
    }

    private void WritePendingDeclarations()
    {
        foreach (var (prefix, ns) in _pending)
        {
            Ascii(prefix.Length == 0 ? " xmlns" : " xmlns:");
            Ascii(prefix);
            Ascii("=\"");
            Escaped(ns, attribute: true);
            Byte((byte)'"');
        }

        _pending.Clear();
    }

    // Escapes as XmlUtf8RawTextWriter does with NewLineHandling.Replace and "\n": in text, < > & escaped and CR LF
    // or CR become LF; in attributes, < > & " escaped and TAB, LF, CR as character references.
    private void Escaped(string value, bool attribute)
    {
        Ensure(value.Length * 6);
        var buffer = _buffer;
        var at = _length;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case '<':
                        at = Put(buffer, at, "&lt;");
                        break;
                    case '>':
                        at = Put(buffer, at, "&gt;");
                        break;
                    case '&':
                        at = Put(buffer, at, "&amp;");
                        break;
                    case '"' when attribute:
                        at = Put(buffer, at, "&quot;");
                        break;
                    case '\t':
                        at = attribute ? Put(buffer, at, "&#x9;") : Put(buffer, at, c);
                        break;
                    case '\n':
                        at = attribute ? Put(buffer, at, "&#xA;") : Put(buffer, at, '\n');
                        break;
                    case '\r':
                        if (attribute)
                        {
                            at = Put(buffer, at, "&#xD;");
                        }
                        else
                        {
                            at = Put(buffer, at, '\n');
                            if (i + 1 < value.Length && value[i + 1] == '\n')
                            {
                                i++;
                            }
                        }

                        break;
                    default:
                        if (c < 0x20)
                        {
                            throw Invalid(c);
                        }

                        buffer[at++] = (byte)c;
                        break;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                new Rune(c, value[i + 1]).EncodeToUtf8(buffer.AsSpan(at));
                at += 4;
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                throw Invalid(c);
            }
            else
            {
                at += new Rune(c).EncodeToUtf8(buffer.AsSpan(at));
            }
        }

        _length = at;
    }

    private static ArgumentException Invalid(char c) =>
        new($"'\\u{(int)c:X4}' is not a character XML can carry.", nameof(c));

    private static int Put(byte[] buffer, int at, string ascii)
    {
        foreach (var c in ascii)
        {
            buffer[at++] = (byte)c;
        }

        return at;
    }

    private static int Put(byte[] buffer, int at, char c)
    {
        buffer[at] = (byte)c;
        return at + 1;
    }

    private void Ascii(string ascii)
    {
        Ensure(ascii.Length);
        _length = Put(_buffer, _length, ascii);
    }

    private void Byte(byte b)
    {
        Ensure(1);
        _buffer[_length++] = b;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
