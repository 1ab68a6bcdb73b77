using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Rules.XRechnung;

/// <summary>One mutant of an XML-Mutate test file and what its instruction says about rules.</summary>
internal sealed record Mutant(
    string File,
    int Instruction,
    string Id,
    string Mutator,
    string? Value,
    byte[] Xml,
    IReadOnlyList<string> MustFire,
    IReadOnlyList<string> MustNotFire);

/// <summary>
/// A small re-implementation of KoSIT's XML-Mutate for the instructions the XRechnung rule tests use: each
/// <c>&lt;?xmute mutator="..." ...?&gt;</c> acts on the next sibling element (or its <c>attribute</c>) of the unchanged
/// document: <c>identity</c> (no change), <c>remove</c> (the element or the attribute), <c>empty</c> (no content, or
/// an empty attribute value), <c>code</c> (one mutant per comma-separated value, set as text or attribute value).
/// <c>schematron-valid</c>/<c>schematron-invalid</c> list <c>prefix:RULE</c> items that must not fire / must fire.
/// </summary>
internal static partial class XmlMutate
{
    public static IEnumerable<Mutant> Mutants(string path)
    {
        var text = File.ReadAllBytes(path);
        var original = SafeXml.Load(text, options: LoadOptions.PreserveWhitespace).Value;
        var instructions = original.DescendantNodes().OfType<XProcessingInstruction>().Where(p => p.Target == "xmute").ToList();
        for (var i = 0; i < instructions.Count; i++)
        {
            var attributes = Attributes().Matches(instructions[i].Data).Select(m => (Key: m.Groups[1].Value, Value: m.Groups[2].Value)).ToList();
            string? Get(string key) => attributes.FirstOrDefault(a => a.Key == key).Value;
            List<string> Rules(string key) =>
                [.. attributes.Where(a => a.Key == key).SelectMany(a => a.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).Select(r => r[(r.IndexOf(':') + 1)..])];

            var mutator = Get("mutator") ?? "identity";
            var attribute = Get("attribute");
            string?[] values = mutator == "code"
                ? (Get("values") ?? string.Empty).Split(',').Select(v => (string?)v.Trim()).ToArray()
                : [null];
            foreach (var value in values)
            {
                var copy = new XDocument(original);
                var pi = copy.DescendantNodes().OfType<XProcessingInstruction>().Where(p => p.Target == "xmute").ElementAt(i);
                var target = pi.NodesAfterSelf().OfType<XElement>().FirstOrDefault();
                if (target is null)
                {
                    throw new InvalidOperationException($"{path}: instruction {i + 1} has no element after it");
                }

                Apply(mutator, target, attribute, value);
                yield return new Mutant(path, i + 1, Get("id") ?? string.Empty, mutator, value, Serialize(copy), Rules("schematron-invalid"), Rules("schematron-valid"));
            }
        }
    }

    private static void Apply(string mutator, XElement target, string? attribute, string? value)
    {
        switch (mutator)
        {
            case "identity":
                break;
            case "remove" when attribute is not null:
                target.Attribute(attribute)?.Remove();
                break;
            case "remove":
                target.Remove();
                break;
            case "empty" when attribute is not null:
                target.SetAttributeValue(attribute, string.Empty);
                break;
            case "empty":
                target.RemoveNodes();
                break;
            case "code" when attribute is not null:
                target.SetAttributeValue(attribute, value);
                break;
            case "code":
                target.Value = value ?? string.Empty;
                break;
            default:
                throw new NotSupportedException($"mutator {mutator}");
        }
    }

    private static byte[] Serialize(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    [GeneratedRegex(@"([\w-]+)\s*=\s*""([^""]*)""")]
    private static partial Regex Attributes();
}
