using System.Globalization;
using System.Xml.Linq;

namespace Encaisse.Differential;

/// <summary>The kinds of change a mutant carries.</summary>
internal enum MutationKind
{
    Remove,
    Empty,
    Code,
    Amount,
    Reorder,
    Duplicate,
}

/// <summary>Applies one random, reproducible change to a valid invoice.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Codes = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M", "XX", "", "380", "381", "384", "389", "751", "EUR", "USD", "FR", "DE", "ZZ", "58", "30", "49", "0088", "0009", "9920", "C62", "HUR", "VAT", "VA", "XYZ"];
    private static readonly string[] Amounts = ["0", "0.00", "-1.00", "1.234", "abc", "1e3", "999999999.99", " 10.00 ", "10,00"];

    private readonly Random _random = new(seed);

    public string Mutate(XDocument document)
    {
        var elements = document.Root!.Descendants().ToList();
        if (elements.Count == 0)
        {
            return "none";
        }

        var kind = (MutationKind)_random.Next(Enum.GetValues<MutationKind>().Length);
        switch (kind)
        {
            case MutationKind.Remove:
            {
                var e = Pick(elements);
                e.Remove();
                return $"remove {Describe(e)}";
            }

            case MutationKind.Empty:
            {
                var leaves = elements.Where(e => !e.HasElements).ToList();
                var e = Pick(leaves.Count > 0 ? leaves : elements);
                e.RemoveNodes();
                return $"empty {Describe(e)}";
            }

            case MutationKind.Code:
            {
                var coded = elements.Where(e => !e.HasElements && (e.Name.LocalName.EndsWith("Code", StringComparison.Ordinal) || e.Name.LocalName is "ID" or "CategoryCode" or "TypeCode")).ToList();
                var withAttributes = elements.Where(e => e.Attributes().Any(a => !a.IsNamespaceDeclaration)).ToList();
                if (coded.Count > 0 && (withAttributes.Count == 0 || _random.Next(3) > 0))
                {
                    var e = Pick(coded);
                    var value = Codes[_random.Next(Codes.Length)];
                    e.Value = value;
                    return $"code {Describe(e)}={value}";
                }

                if (withAttributes.Count > 0)
                {
                    var e = Pick(withAttributes);
                    var a = Pick(e.Attributes().Where(x => !x.IsNamespaceDeclaration).ToList());
                    var value = Codes[_random.Next(Codes.Length)];
                    a.Value = value;
                    return $"code {Describe(e)}/@{a.Name.LocalName}={value}";
                }

                goto case MutationKind.Remove;
            }

            case MutationKind.Amount:
            {
                var amounts = elements.Where(e => !e.HasElements && (e.Name.LocalName.Contains("Amount", StringComparison.Ordinal) || e.Name.LocalName.Contains("Quantity", StringComparison.Ordinal) || e.Name.LocalName.EndsWith("Percent", StringComparison.Ordinal) || e.Name.LocalName.EndsWith("RateApplicablePercent", StringComparison.Ordinal))).ToList();
                if (amounts.Count == 0)
                {
                    goto case MutationKind.Empty;
                }

                var e = Pick(amounts);
                string value;
                if (_random.Next(2) == 0 && decimal.TryParse(e.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                {
                    value = (_random.Next(3) switch { 0 => d + 0.01m, 1 => d * 10m, _ => -d }).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    value = Amounts[_random.Next(Amounts.Length)];
                }

                e.Value = value;
                return $"amount {Describe(e)}={value}";
            }

            case MutationKind.Reorder:
            {
                var parents = elements.Prepend(document.Root!).Where(e => e.Elements().Skip(1).Any()).ToList();
                if (parents.Count == 0)
                {
                    goto case MutationKind.Remove;
                }

                var parent = Pick(parents);
                var children = parent.Elements().ToList();
                var i = _random.Next(children.Count - 1);
                var first = children[i];
                first.Remove();
                children[i + 1].AddAfterSelf(first);
                return $"reorder {Describe(first)}";
            }

            default:
            {
                var e = Pick(elements);
                e.AddAfterSelf(new XElement(e));
                return $"duplicate {Describe(e)}";
            }
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Describe(XElement e) => Encaisse.EInvoicing.Validation.Engine.XPathLocation.Of(e);
}
