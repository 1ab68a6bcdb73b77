#:project ../../src/Encaisse.EInvoicing/Encaisse.EInvoicing.csproj
#:property TreatWarningsAsErrors=false
// Test-side tool for the differential check of the EN 16931 CII rules (not part of the product):
// validates every *.xml under the given folders/files with the en16931 rule set only (no XSD) and
// prints "file<TAB>ID:flag,..." in the oracle's batch.sh form.
using Encaisse.EInvoicing.Validation;

var files = new List<string>();
foreach (var a in args)
{
    if (Directory.Exists(a))
    {
        files.AddRange(Directory.EnumerateFiles(a, "*.xml", SearchOption.AllDirectories));
    }
    else
    {
        files.Add(a);
    }
}

files.Sort(StringComparer.Ordinal);
var options = new ValidationOptions { RuleSets = [RuleSetIds.En16931], CheckSchema = false };
foreach (var f in files)
{
    var result = EInvoiceValidator.Validate(File.ReadAllBytes(f), options);
    var fired = result.TryGetValue(out var report) ? string.Join(",", report.Fired) : "PARSE-ERROR";
    Console.WriteLine($"{Path.GetFullPath(f)}\t{fired}");
}
