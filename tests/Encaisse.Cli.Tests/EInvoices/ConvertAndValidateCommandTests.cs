using Encaisse.Cli.Tests.Infrastructure;

namespace Encaisse.Cli.Tests.EInvoices;

/// <summary>`encaisse convert` and `encaisse validate`, run as child processes on the shared examples and on hostile files.</summary>
public sealed class ConvertAndValidateCommandTests : IDisposable
{
    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Theory]
    [InlineData("examples/en16931/cii/CII_example1.xml", "ubl", "cii", "en16931")]
    [InlineData("examples/en16931/ubl/BIS3_Invoice_negativ.XML", "cii", "ubl", "peppol-bis-3")]
    [InlineData("examples/peppol/Allowance-example.xml", "cii", "ubl", "peppol-bis-3")]
    [InlineData("examples/facturx-akretion/factur-x-en16931.xml", "ubl", "cii", "en16931")]
    [InlineData("examples/en16931/cii/CII_example1.xml", "facturx", "cii", "factur-x-en16931")]
    [InlineData("examples/facturx-akretion/ubl-21-en16931.xml", "facturx", "ubl", "factur-x-en16931")]
    [InlineData("examples/facturx-akretion/factur-x-basic.xml", "facturx", "cii", "factur-x-basic")]
    [InlineData("zugferd/ferd-2.3.3/EN16931/EN16931_Einfach.pdf", "ubl", "cii", "en16931")]
    [InlineData("zugferd/ferd-2.3.3/EN16931/EN16931_Einfach.pdf", "cii", "cii", "en16931")]
    [InlineData("examples/facturx-akretion/invoice_EN16931.pdf", "ubl", "cii", "en16931")]
    public async Task Converts_an_example_and_the_result_passes_validate(string example, string to, string inputSyntax, string profile)
    {
        var output = scratch.File("out." + (to == "facturx" ? "pdf" : "xml"));

        var converted = (await EncaisseCli.RunAsync(["convert", SharedEInvoices.File(example), "--to", to, "-o", output])).Expect(ExitCodes.Ok);

        Assert.Contains($"({inputSyntax}, ", converted.Stdout, StringComparison.Ordinal);
        Assert.Contains($"({to}, {profile}, ", converted.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{output}: valid (", converted.Stdout, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.Equal(to == "facturx", bytes.AsSpan().StartsWith("%PDF-"u8));
        var validated = (await EncaisseCli.RunAsync(["validate", output, "--format", "tsv"])).Expect(ExitCodes.Ok);
        var row = validated.Stdout.Split('\n')[1].Split('\t');
        Assert.Equal(to == "ubl" ? "ubl" : "cii", row[1]);
        Assert.DoesNotContain(":fatal", row[2], StringComparison.Ordinal);
        Assert.DoesNotContain(":error", row[2], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(scratch.Path, "*.tmp")); // the temporary file of the atomic write is gone
    }

    [Fact]
    public async Task A_Factur_X_PDF_converts_back_to_the_same_invoice_XML()
    {
        var pdf = scratch.File("fx.pdf");
        var first = scratch.File("first.xml");
        var back = scratch.File("back.xml");
        var source = SharedEInvoices.File("examples/en16931/cii/CII_example1.xml");
        (await EncaisseCli.RunAsync(["convert", source, "--to", "cii", "-o", first])).Expect(ExitCodes.Ok);
        (await EncaisseCli.RunAsync(["convert", source, "--to", "facturx", "-o", pdf])).Expect(ExitCodes.Ok);

        // The PDF is read through the isolated extractor; written back as CII (profile EN 16931) it is the same document.
        (await EncaisseCli.RunAsync(["convert", pdf, "--to", "cii", "-o", back])).Expect(ExitCodes.Ok);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(back));
    }

    [Fact]
    public async Task A_profile_is_kept_chosen_or_refused()
    {
        var output = scratch.File("out.xml");
        var basic = SharedEInvoices.File("examples/facturx-akretion/factur-x-basic.xml");

        // The input's BASIC profile does not exist in UBL: EN 16931 is written.
        var toUbl = (await EncaisseCli.RunAsync(["convert", basic, "--to", "ubl", "-o", output])).Expect(ExitCodes.Ok);
        Assert.Contains("(ubl, en16931, ", toUbl.Stdout, StringComparison.Ordinal);

        var peppol = (await EncaisseCli.RunAsync(["convert", basic, "--to", "ubl", "--profile", "peppol", "-o", output])).Expect(ExitCodes.Findings);
        Assert.Contains("(ubl, peppol-bis-3, ", peppol.Stdout, StringComparison.Ordinal);
        Assert.Contains("PEPPOL-EN16931-", peppol.Stderr, StringComparison.Ordinal); // the example has no Peppol endpoints

        var extended = (await EncaisseCli.RunAsync(["convert", basic, "--to", "cii", "--profile", "extended", "-o", output])).Expect(ExitCodes.Ok);
        Assert.Contains("(cii, factur-x-extended, ", extended.Stdout, StringComparison.Ordinal);

        File.Delete(output);
        var refused = (await EncaisseCli.RunAsync(["convert", basic, "--to", "ubl", "--profile", "basic", "-o", output])).Expect(ExitCodes.Usage);
        Assert.Contains("does not exist in UBL", refused.Stderr, StringComparison.Ordinal);
        (await EncaisseCli.RunAsync(["convert", basic, "--to", "facturx", "--profile", "xrechnung", "-o", output])).Expect(ExitCodes.Usage);
        (await EncaisseCli.RunAsync(["convert", basic, "--to", "cii", "--profile", "nope", "-o", output])).Expect(ExitCodes.Usage);
        (await EncaisseCli.RunAsync(["convert", basic, "--to", "pdf", "-o", output])).Expect(ExitCodes.Usage);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task An_output_with_fatal_findings_is_written_with_exit_1_naming_the_rules()
    {
        var output = scratch.File("minimum.xml");

        // MINIMUM has no lines and no VAT breakdown; UBL needs both.
        var result = (await EncaisseCli.RunAsync(["convert", SharedEInvoices.File("examples/facturx-akretion/factur-x-minimum.xml"), "--to", "ubl", "-o", output]))
            .Expect(ExitCodes.Findings);

        Assert.True(File.Exists(output));
        Assert.Contains("INVALID", result.Stdout, StringComparison.Ordinal);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("written but is not valid", line, StringComparison.Ordinal);
        Assert.Contains("BR-16", line, StringComparison.Ordinal);
        Assert.Contains("XSD", line, StringComparison.Ordinal);
        (await EncaisseCli.RunAsync(["validate", output])).Expect(ExitCodes.Findings);
    }

    [Fact]
    public async Task Hostile_or_unreadable_input_writes_nothing_and_leaves_an_existing_output_alone()
    {
        var laughs = scratch.File("laughs.xml");
        await File.WriteAllTextAsync(laughs, """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&lol4;</ID></Invoice>
            """);
        var truncated = scratch.File("truncated.pdf");
        var whole = await File.ReadAllBytesAsync(SharedEInvoices.File("zugferd/ferd-2.3.3/EN16931/EN16931_Einfach.pdf"));
        await File.WriteAllBytesAsync(truncated, whole[..(whole.Length / 3)]);
        var noXml = SharedEInvoices.File("zugferd/corpus/unstructured/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf");
        var zugferd1 = SharedEInvoices.File("examples/facturx-akretion/zugferd-basic.xml");
        var notAnInvoice = scratch.File("note.xml");
        await File.WriteAllTextAsync(notAnInvoice, "<note>hello</note>");

        var existing = scratch.File("existing.xml");
        await File.WriteAllTextAsync(existing, "keep me");
        var fresh = scratch.File("fresh.xml");
        foreach (var (input, expected) in new[]
                 {
                     (laughs, "DTD"), (truncated, "PDF"), (noXml, "No e-invoice inside"), (zugferd1, "ZUGFeRD 1.0"),
                     (notAnInvoice, "not a UBL Invoice"), (scratch.File("missing.xml"), "no such file"),
                 })
        {
            foreach (var output in new[] { existing, fresh })
            {
                var result = (await EncaisseCli.RunAsync(["convert", input, "--to", "cii", "-o", output])).Expect(ExitCodes.Usage);
                var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.Contains(expected, line, StringComparison.Ordinal);
            }
        }

        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
        Assert.False(File.Exists(fresh));
        Assert.Equal(["existing.xml", "laughs.xml", "note.xml", "truncated.pdf"], Directory.GetFiles(scratch.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Validate_exits_0_1_or_2_and_prints_a_tsv_row_per_file()
    {
        var valid = SharedEInvoices.File("examples/en16931/cii/CII_example1.xml");
        var invalid = scratch.File("invalid.xml");
        await File.WriteAllTextAsync(invalid, (await File.ReadAllTextAsync(valid)).Replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>999</ram:TypeCode>", StringComparison.Ordinal));
        var broken = scratch.File("broken.xml");
        await File.WriteAllTextAsync(broken, "<rsm:CrossIndustryInvoice");

        (await EncaisseCli.RunAsync(["validate", valid])).Expect(ExitCodes.Ok);
        var one = (await EncaisseCli.RunAsync(["validate", valid, invalid, "--format", "tsv"])).Expect(ExitCodes.Findings);
        var two = (await EncaisseCli.RunAsync(["validate", valid, invalid, broken, "--format", "tsv"])).Expect(ExitCodes.Usage);

        var rows = one.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file\tsyntax\tfired", rows[0]);
        Assert.Equal([valid, "cii", ""], rows[1].Split('\t'));
        Assert.Equal(invalid, rows[2].Split('\t')[0]);
        Assert.Contains("BR-CL-01:fatal", rows[2].Split('\t')[2], StringComparison.Ordinal);
        var lastRow = two.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[3].Split('\t');
        Assert.Equal([broken, "error", ""], lastRow);
    }

    [Fact]
    public async Task Validate_reads_the_XML_embedded_in_a_PDF()
    {
        var pdf = SharedEInvoices.File("zugferd/ferd-2.3.3/EN16931/EN16931_Einfach.pdf");

        var text = (await EncaisseCli.RunAsync(["validate", pdf])).Expect(ExitCodes.Ok);
        var tsv = (await EncaisseCli.RunAsync(["validate", pdf, "--format", "tsv"])).Expect(ExitCodes.Ok);
        var noXml = (await EncaisseCli.RunAsync(["validate", SharedEInvoices.File("zugferd/corpus/unstructured/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf")])).Expect(ExitCodes.Usage);

        // From a PDF, plain EN 16931 CII also gets the Factur-X EN 16931 rules.
        Assert.Contains("(cii, urn:cen.eu:en16931:2017; rules en16931+facturx-en16931)", text.Stdout, StringComparison.Ordinal);
        Assert.Equal([pdf, "cii", ""], tsv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Split('\t'));
        Assert.Contains("No e-invoice inside", noXml.Stdout, StringComparison.Ordinal);
    }
}
