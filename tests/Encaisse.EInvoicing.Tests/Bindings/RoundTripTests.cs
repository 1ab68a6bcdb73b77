using Encaisse.EInvoicing.Bindings;
using Encaisse.EInvoicing.Bindings.Profiles;
using Encaisse.EInvoicing.Xml;

namespace Encaisse.EInvoicing.Tests.Bindings;

/// <summary>
/// Every example invoice and every clean XRechnung test-suite file: read, write in the same syntax and profile,
/// read again gives an equal invoice; written in the other syntax and read back, an equal invoice except for the
/// terms the other syntax cannot express (docs/einvoice-bindings.md, applied by <see cref="KnownLosses"/>).
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Documents => TestFiles.AsTheoryData(TestFiles.RoundTripDocuments);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_write_read_in_the_same_syntax_and_profile_gives_an_equal_invoice(string file)
    {
        var first = Read(File.ReadAllBytes(TestFiles.PathOf(file)), file);
        var written = EInvoiceWriter.Write(first.Invoice, first.SameFormat);
        var second = Read(written, file + " (written)");

        Assert.Equal(first.Syntax, second.Syntax);
        Assert.Equal(first.SpecificationIdentifier, second.SpecificationIdentifier);
        TestFiles.AssertSameInvoice(first.Invoice, second.Invoice, file);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Written_in_the_other_syntax_and_read_back_gives_an_equal_invoice_but_for_the_known_losses(string file)
    {
        var first = Read(File.ReadAllBytes(TestFiles.PathOf(file)), file);
        var other = first.Syntax == DocumentSyntax.Ubl ? DocumentSyntax.Cii : DocumentSyntax.Ubl;
        var profile = first.Profile.Supports(other) ? first.Profile : EInvoiceProfile.AsStated(first.Invoice.SpecificationIdentifier);
        var format = OutputFormat.Of(other, profile);
        var converted = Read(EInvoiceWriter.Write(first.Invoice, format), file + " (converted)");

        Assert.Equal(other, converted.Syntax);
        // A profile may name itself differently in each syntax (EXTENDED-CTC-FR): BT-24 follows the profile.
        var expected = first.Invoice with { SpecificationIdentifier = profile.SpecificationIdentifier(other) };
        TestFiles.AssertSameInvoice(KnownLosses.Apply(expected, format), KnownLosses.Apply(converted.Invoice, format), file + " → " + other);
    }

    [Fact]
    public void The_round_trip_set_holds_every_example_but_the_skipped_ones_and_the_clean_xrechnung_files()
    {
        Assert.True(TestFiles.RoundTripDocuments.Count >= 120, $"only {TestFiles.RoundTripDocuments.Count} documents found");
        Assert.Contains(TestFiles.RoundTripDocuments, f => f.StartsWith("xrechnung/testsuite/", StringComparison.Ordinal));
        Assert.All(TestFiles.Skipped.Keys, f => Assert.DoesNotContain(f, TestFiles.RoundTripDocuments));
        // The only examples left out are the three ZUGFeRD 1.0 files, which the reader refuses with a clear message.
        Assert.Equal(3, TestFiles.Skipped.Count);
        foreach (var (file, reason) in TestFiles.Skipped)
        {
            Assert.StartsWith("ZUGFeRD 1.0", reason, StringComparison.Ordinal);
            var result = EInvoiceReader.Read(File.ReadAllBytes(TestFiles.PathOf(file)));
            Assert.False(result.Success);
            Assert.Contains("ZUGFeRD 1.0", result.Error, StringComparison.Ordinal);
        }
    }

    private static ReadInvoice Read(byte[] bytes, string what)
    {
        var result = EInvoiceReader.Read(bytes);
        Assert.True(result.Success, $"{what}: {result.Error}");
        return result.Value;
    }
}
