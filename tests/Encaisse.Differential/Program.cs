using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Encaisse.Differential;
using Encaisse.EInvoicing.Conformance;

// Differential testing of Encaisse's validator against the reference (Saxon + official Schematron XSLT + XSD):
//   dotnet run --project tests/Encaisse.Differential -c Release -- [--mutants N] [--seed S] [--out DIR] [--shared DIR]
// Mutates valid invoices (remove, empty, change a code, change an amount, reorder, duplicate), runs both
// validators with automatic rule sets and XSD, and prints the agreement rate and the rules that disagree.
// Throughput against the reference, on the same files in the same run:
//   dotnet run --project tests/Encaisse.Differential -c Release -- --bench [--rounds 30] [--warm-rounds 15] [--max-bytes N]
if (args.Contains("--bench"))
{
    var rounds = 30;
    var warmRounds = 15;
    var maxBytes = long.MaxValue;
    for (var i = 0; i < args.Length - 1; i++)
    {
        switch (args[i])
        {
            case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            case "--warm-rounds": warmRounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            case "--max-bytes": maxBytes = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
            default: break;
        }
    }

    var sharedIndex = Array.IndexOf(args, "--shared");
    return await ReferenceBench.RunAsync(sharedIndex >= 0 && sharedIndex < args.Length - 1 ? Path.GetFullPath(args[sharedIndex + 1]) : FindShared(), rounds, warmRounds, maxBytes);
}

var mutants = 10_000;
var seed = 1;
var output = Path.GetFullPath(".tmp/differential");
string? shared = null;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--mutants": mutants = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = Path.GetFullPath(args[++i]); break;
        case "--shared": shared = Path.GetFullPath(args[++i]); break;
        default: break;
    }
}

shared ??= FindShared();
var einvoice = Path.Combine(shared, "einvoice");
var sources = ValidSources(einvoice);
Console.WriteLine($"differential: {sources.Count} valid source files, {mutants} mutants, seed {seed}");

var dir = Path.Combine(output, "mutants");
if (Directory.Exists(output))
{
    Directory.Delete(output, recursive: true);
}

Directory.CreateDirectory(dir);
var mutator = new Mutator(seed);
var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < mutants; i++)
{
    var source = sources[i % sources.Count];
    var doc = XDocument.Load(Path.Combine(einvoice, source));
    var what = mutator.Mutate(doc);
    var name = $"m{i:D5}.xml";
    doc.Save(Path.Combine(dir, name));
    descriptions[name] = $"{source}\t{what}";
}

var oracleTsv = Path.Combine(output, "oracle.tsv");
var clock = Stopwatch.StartNew();
var oracle = Path.Combine(shared, "tools", "einvoice-oracle", "batch.sh");
var psi = new ProcessStartInfo("bash", [oracle, oracleTsv, dir, "--", "--flags", "--xsd"]) { RedirectStandardError = true };
psi.Environment["ORACLE_RULES"] = "auto";
psi.Environment["ORACLE_BUILD"] = Path.Combine(output, "oracle-build");
using (var process = Process.Start(psi)!)
{
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    Console.WriteLine($"reference: {(await stderr).Trim().Split('\n').LastOrDefault()} ({clock.Elapsed.TotalSeconds:F0} s)");
    if (process.ExitCode != 0)
    {
        Console.Error.WriteLine(await stderr);
        return 2;
    }
}

var expected = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
var referenceErrors = 0;
foreach (var line in File.ReadLines(oracleTsv).Skip(1))
{
    var cells = line.Split('\t');
    if (cells.Length < 3)
    {
        continue;
    }

    // Where XPath raises a dynamic error (e.g. xs:decimal('abc')) the reference gives no verdict: not compared.
    if (line.Contains("ORACLE-ERROR", StringComparison.Ordinal))
    {
        referenceErrors++;
        continue;
    }

    expected[Path.GetFileName(cells[0])] = ExpectedRow.Items(cells[^1]);
}

clock.Restart();
var agree = 0;
var disagree = 0;
var byRule = new Dictionary<string, (int Extra, int Missing)>(StringComparer.Ordinal);
var byKind = new Dictionary<string, (int Agree, int Disagree)>(StringComparer.Ordinal);
using var report = new StreamWriter(Path.Combine(output, "disagreements.tsv"));
report.WriteLine("mutant\tsource\tmutation\tmissing\textra");
foreach (var (name, description) in descriptions.OrderBy(d => d.Key, StringComparer.Ordinal))
{
    if (!expected.TryGetValue(name, out var reference))
    {
        continue;
    }

    var actual = ConformanceRunner.Fired(File.ReadAllBytes(Path.Combine(dir, name)), fromFacturXContainer: false);
    var kind = description.Split('\t')[1].Split(' ')[0];
    var k = byKind.GetValueOrDefault(kind);
    if (actual.SetEquals(reference))
    {
        agree++;
        byKind[kind] = (k.Agree + 1, k.Disagree);
        continue;
    }

    disagree++;
    byKind[kind] = (k.Agree, k.Disagree + 1);
    var missing = reference.Except(actual).ToList();
    var extra = actual.Except(reference).ToList();
    foreach (var id in missing)
    {
        var r = byRule.GetValueOrDefault(id);
        byRule[id] = (r.Extra, r.Missing + 1);
    }

    foreach (var id in extra)
    {
        var r = byRule.GetValueOrDefault(id);
        byRule[id] = (r.Extra + 1, r.Missing);
    }

    report.WriteLine($"{name}\t{description}\t{string.Join(",", missing)}\t{string.Join(",", extra)}");
}

var total = agree + disagree;
Console.WriteLine($"encaisse: {total} mutants validated in {clock.Elapsed.TotalSeconds:F1} s; {referenceErrors} mutants not compared (the reference raised an XPath error on them)");
foreach (var (kind, (a, d)) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {kind,-10} {a} agree, {d} disagree");
}

Console.WriteLine("rules that disagree most (extra = only Encaisse fired, missing = only the reference fired):");
foreach (var (id, (extra, missing)) in byRule.OrderByDescending(r => r.Value.Extra + r.Value.Missing).Take(40))
{
    Console.WriteLine($"  {id,-36} extra {extra,5}  missing {missing,5}");
}

Console.WriteLine($"details: {Path.Combine(output, "disagreements.tsv")}");
Console.WriteLine($"disagreement rate: {(total == 0 ? 0 : 100.0 * disagree / total):F2} % ({disagree} of {total})");
Console.WriteLine($"{agree} passed, {disagree} failed");
return 0;

static string FindShared()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "Encaisse.slnx")))
        {
            return Path.GetFullPath(Path.Combine(d.FullName, "..", "shared"));
        }
    }

    throw new DirectoryNotFoundException("../shared not found");
}

// Files the reference says are valid (empty fired set), XML only, UBL or CII.
static List<string> ValidSources(string einvoice)
{
    var list = new List<string>();
    foreach (var tsv in new[] { "examples.tsv", "xrechnung.tsv", "zugferd.tsv" })
    {
        foreach (var row in ExpectedResults.Load(Path.Combine(einvoice, "expected", tsv)))
        {
            if (row.Fired.Count == 0 && row["syntax"] is "ubl" or "cii" && row["container"] != "pdf" && row.File.EndsWith(".xml", StringComparison.Ordinal)
                && !row.File.Contains("rule-tests", StringComparison.Ordinal))
            {
                list.Add(row.File);
            }
        }
    }

    list.Sort(StringComparer.Ordinal);
    return list;
}
