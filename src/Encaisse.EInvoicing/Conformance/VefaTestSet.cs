using System.Xml.Linq;
using Encaisse.Domain.Common;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Conformance;

/// <summary>
/// What one vefa <c>&lt;test&gt;</c> expects, merged with its <c>&lt;testSet&gt;</c>-level assert: rules that must fire
/// as errors or warnings (with a count), rules that must not fire, and the scope outside which firings are ignored.
/// </summary>
public sealed class VefaExpectation
{
    public List<string> Scope { get; } = [];

    public Dictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Warnings { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Success { get; } = new(StringComparer.Ordinal);

    public string Description { get; set; } = string.Empty;

    internal void Add(XElement assert)
    {
        foreach (var child in assert.Elements())
        {
            var value = child.Value.Trim();
            var count = int.TryParse(child.Attribute("number")?.Value.Trim(), out var n) ? n : 1;
            switch (child.Name.LocalName)
            {
                case "scope":
                    Scope.Add(value);
                    break;
                case "fatal":
                case "error":
                    Errors[value] = Errors.GetValueOrDefault(value) + count;
                    break;
                case "warning":
                    Warnings[value] = Warnings.GetValueOrDefault(value) + count;
                    break;
                case "success":
                    Success.Add(value);
                    break;
                case "description" when Description.Length == 0:
                    Description = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    break;
                default:
                    break;
            }
        }
    }

    internal void Inherit(VefaExpectation set)
    {
        Scope.AddRange(set.Scope);
        foreach (var (k, v) in set.Errors)
        {
            Errors[k] = Errors.GetValueOrDefault(k) + v;
        }

        foreach (var (k, v) in set.Warnings)
        {
            Warnings[k] = Warnings.GetValueOrDefault(k) + v;
        }

        Success.UnionWith(set.Success);
        if (Description.Length == 0)
        {
            Description = set.Description;
        }
    }

    /// <summary>
    /// The vefa verdict: firings outside the scope are ignored; a "success" rule must not fire; error and warning
    /// rules must fire at least the given number of times with that severity (fatal counts as error); any other
    /// in-scope fatal or error firing fails. Returns the problems; none means the test passes.
    /// </summary>
    public IReadOnlyList<string> Problems(IEnumerable<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var errors = new Dictionary<string, int>(Errors, StringComparer.Ordinal);
        var warnings = new Dictionary<string, int>(Warnings, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var f in findings)
        {
            if (Scope.Count > 0 && !Scope.Contains(f.RuleId))
            {
                continue;
            }

            if (Success.Contains(f.RuleId))
            {
                problems.Add($"{f.RuleId} fired ({f.Flag.Name()}) but expected not to");
                continue;
            }

            var isError = f.Flag.IsBlocking();
            var target = isError ? errors : warnings;
            if (target.TryGetValue(f.RuleId, out var left) && left > 0)
            {
                target[f.RuleId] = left - 1;
            }
            else if (isError)
            {
                problems.Add($"{f.RuleId} fired ({f.Flag.Name()}) unexpectedly");
            }
        }

        problems.AddRange(errors.Where(e => e.Value > 0).Select(e => $"{e.Key} (error) not fired {e.Value}x"));
        problems.AddRange(warnings.Where(e => e.Value > 0).Select(e => $"{e.Key} (warning) not fired {e.Value}x"));
        return problems;
    }
}

/// <summary>One <c>&lt;test&gt;</c> of a vefa testSet file: its 1-based position, expectations and invoice fragment.</summary>
public sealed record VefaTest(int Position, VefaExpectation Expectation, XDocument Payload);

/// <summary>Reads vefa <c>&lt;testSet&gt;</c> unit-test files (../shared/einvoice/unit).</summary>
public static class VefaTestSet
{
    private static readonly XNamespace Vefa = "http://difi.no/xsd/vefa/validator/1.0";

    /// <summary>The tests of a file, or why it is not a testSet.</summary>
    public static ParseResult<IReadOnlyList<VefaTest>> Load(byte[] bytes)
    {
        var loaded = SafeXml.Load(bytes);
        if (!loaded.TryGetValue(out var document))
        {
            return ParseResult<IReadOnlyList<VefaTest>>.Fail(loaded.Error!);
        }

        var root = document.Root;
        if (root is null || root.Name != Vefa + "testSet")
        {
            return ParseResult<IReadOnlyList<VefaTest>>.Fail("not a vefa testSet");
        }

        var setLevel = new VefaExpectation();
        var tests = new List<VefaTest>();
        var position = 0;
        foreach (var child in root.Elements())
        {
            if (child.Name == Vefa + "assert")
            {
                setLevel.Add(child);
            }
        }

        foreach (var test in root.Elements(Vefa + "test"))
        {
            position++;
            var expectation = new VefaExpectation();
            XElement? payload = null;
            foreach (var child in test.Elements())
            {
                if (child.Name == Vefa + "assert")
                {
                    expectation.Add(child);
                }
                else
                {
                    payload ??= child;
                }
            }

            expectation.Inherit(setLevel);
            if (payload is not null)
            {
                tests.Add(new VefaTest(position, expectation, new XDocument(new XElement(payload))));
            }
        }

        return ParseResult<IReadOnlyList<VefaTest>>.Ok(tests);
    }
}
