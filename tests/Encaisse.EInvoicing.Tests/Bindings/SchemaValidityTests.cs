using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>Everything the writers produce is valid against the schema of its syntax, version and profile.</summary>
public sealed class SchemaValidityTests
{
    public static TheoryData<string, string> ProfilesAndSyntaxes()
    {
        var data = new TheoryData<string, string>();
        foreach (var profile in EInvoiceProfile.All)
        {
            foreach (var syntax in new[] { DocumentSyntax.Ubl, DocumentSyntax.Cii })
            {
                if (profile.Supports(syntax))
                {
                    data.Add(profile.Name, syntax.ToString());
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProfilesAndSyntaxes))]
    public void Sample_invoices_written_in_every_profile_are_schema_valid(string profileName, string syntaxName)
    {
        var profile = EInvoiceProfile.Find(profileName)!;
        var syntax = Enum.Parse<DocumentSyntax>(syntaxName);
        var versions = syntax == DocumentSyntax.Ubl ? [SyntaxVersion.Ubl21] : new[] { SyntaxVersion.CiiD16B, SyntaxVersion.CiiD22B };
        foreach (var version in versions)
        {
            var format = new OutputFormat(syntax, version, profile);
            foreach (var (name, invoice) in SampleInvoices.All())
            {
                var violations = Schemas.Violations(EInvoiceWriter.Write(invoice, format), format);
                Assert.True(violations.Count == 0, $"{name} as {format}: {string.Join("; ", violations)}");
            }
        }
    }

    public static TheoryData<string> Documents => TestFiles.AsTheoryData(TestFiles.RoundTripDocuments);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_example_written_back_in_either_syntax_is_schema_valid(string file)
    {
        var read = EInvoiceReader.Read(File.ReadAllBytes(TestFiles.PathOf(file))).Value;
        foreach (var syntax in new[] { DocumentSyntax.Ubl, DocumentSyntax.Cii })
        {
            var profile = read.Profile.Supports(syntax) ? read.Profile : EInvoiceProfile.AsStated(read.Invoice.SpecificationIdentifier);
            var format = OutputFormat.Of(syntax, profile);
            if (syntax == DocumentSyntax.Ubl && read.Invoice.Lines.Count == 0)
            {
                continue; // UBL requires a line: a MINIMUM or BASIC WL invoice has no valid UBL form (docs/einvoice-bindings.md)
            }

            var violations = Schemas.Violations(EInvoiceWriter.Write(read.Invoice, format), format);
            Assert.True(violations.Count == 0, $"{file} as {format}: {string.Join("; ", violations)}");
        }
    }
}
