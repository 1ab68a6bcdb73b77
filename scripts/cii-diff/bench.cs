#:project ../../src/Encaisse.EInvoicing/Encaisse.EInvoicing.csproj
#:property TreatWarningsAsErrors=false
#:property Configuration=Release
// Rough throughput of the EN 16931 CII patterns (documents already parsed, no XSD), one thread, per pattern.
using System.Diagnostics;
using Encaisse.EInvoicing.Validation;
using Encaisse.EInvoicing.Validation.Engine;
using Encaisse.EInvoicing.Validation.Rules.En16931;
using Encaisse.EInvoicing.Xml;

var docs = Directory.GetFiles(args[0], "*.xml").Select(f => SafeXml.Load(File.ReadAllBytes(f)).Value).ToArray();
var all = En16931Cii.Instance.Patterns;
Measure("all patterns", all);
foreach (var p in all) Measure(p.Id, [p]);
Measure("no pattern", []);

void Measure(string name, IReadOnlyList<RulePattern> patterns)
{
    var set = new OnePattern(patterns);
    var findings = new List<ValidationFinding>();
    for (var i = 0; i < 2000; i++) { findings.Clear(); RuleRunner.Run(docs[i % docs.Length], [set], findings); }
    var sw = Stopwatch.StartNew();
    var n = 0;
    while (sw.ElapsedMilliseconds < 3000) { findings.Clear(); RuleRunner.Run(docs[n % docs.Length], [set], findings); n++; }
    Console.WriteLine($"{name}: {n / sw.Elapsed.TotalSeconds:N0} documents/s ({docs.Length} documents, avg {docs.Average(d => d.Root!.DescendantsAndSelf().Count()):N0} elements)");
}

sealed class OnePattern(IReadOnlyList<RulePattern> patterns) : RuleSetDefinition
{
    public override string Id => "bench";
    public override DocumentSyntax Syntax => DocumentSyntax.Cii;
    protected override IEnumerable<RulePattern> BuildPatterns() => patterns;
    protected override IReadOnlyDictionary<string, RuleText> BuildTexts() => new Dictionary<string, RuleText>();
}
