using System.Text;
using System.Xml.Linq;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Validation.Engine;

/// <summary>The location of an element as an XPath with conventional prefixes: <c>/ubl:Invoice/cac:InvoiceLine[2]/cbc:ID</c>.</summary>
public static class XPathLocation
{
    public static string Of(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var steps = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var prefix = Namespaces.PrefixOf(e.Name.Namespace);
            var step = prefix.Length == 0 ? e.Name.LocalName : $"{prefix}:{e.Name.LocalName}";
            if (e.Parent is { } parent)
            {
                var index = 0;
                var count = 0;
                foreach (var sibling in parent.Elements(e.Name))
                {
                    count++;
                    if (ReferenceEquals(sibling, e))
                    {
                        index = count;
                    }
                }

                if (count > 1)
                {
                    step += $"[{index}]";
                }
            }

            steps.Add(step);
        }

        var builder = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            builder.Append('/').Append(steps[i]);
        }

        return builder.ToString();
    }
}
