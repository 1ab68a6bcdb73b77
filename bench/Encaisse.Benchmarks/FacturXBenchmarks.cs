using BenchmarkDotNet.Attributes;
using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Pdf.FacturX;
using Encaisse.Pdf.Rendering;

namespace Encaisse.Benchmarks;

/// <summary>
/// One Factur-X invoice as a bill run would produce it: render a one-page invoice to PDF/A with SkiaSharp, then
/// embed its CII XML by incremental update. Invoices/s on one core = 1 s ÷ the mean of "render + embed".
/// The XML is a CEN/Factur-X EN 16931 sample from ../shared (Encaisse's own CII writer will replace it).
/// </summary>
[MemoryDiagnoser]
public class FacturXBenchmarks
{
    private static readonly DateOnly IssueDate = new(2026, 3, 31);

    private readonly InvoicePdfRenderer _renderer = new(TimeProvider.System);
    private readonly FacturXEmbedder _embedder = new(TimeProvider.System);
    private Invoice _invoice = null!;
    private byte[] _xml = null!;
    private byte[] _pdf = null!;

    [GlobalSetup]
    public void Setup()
    {
        _invoice = OnePageInvoice();
        _xml = File.ReadAllBytes(Path.Combine(SharedFolder(), "einvoice", "examples", "facturx-akretion", "factur-x-en16931.xml"));
        _pdf = _renderer.Render(_invoice, InvoiceTemplate.Default);
    }

    [Benchmark(Description = "render: one-page invoice → PDF/A")]
    public byte[] Render() => _renderer.Render(_invoice, InvoiceTemplate.Default);

    [Benchmark(Description = "embed: PDF/A + CII → Factur-X (incremental update)")]
    public byte[] Embed() => _embedder.Embed(_pdf, _xml, FacturXLevel.En16931).Value;

    [Benchmark(Description = "render + embed a one-page Factur-X invoice")]
    public byte[] RenderAndEmbed() => _embedder.Embed(_renderer.Render(_invoice, InvoiceTemplate.Default), _xml, FacturXLevel.En16931).Value;

    private static Invoice OnePageInvoice() => new InvoiceDraftBuilder(
            new Seller
            {
                Name = "Atelier Dupont SARL",
                LegalRegistrationId = new Identifier("552081317", SchemeIds.Siren),
                VatId = "FR03552081317",
                AdditionalLegalInformation = "SARL au capital de 10 000 € – RCS Lyon 552 081 317",
                Address = new PostalAddress { Line1 = "12 rue des Tanneurs", City = "Lyon", PostCode = "69002", CountryCode = "FR" },
            },
            Buyer.ForFrenchCompany("Boulangerie Martin SAS", "732829320",
                new PostalAddress { Line1 = "3 place du Marché", City = "Nantes", PostCode = "44000", CountryCode = "FR" }))
        .WithDueDate(IssueDate.AddDays(30))
        .WithPaymentInstructions(PaymentInstructions.BySepaCreditTransfer("FR7630006000011234567890189", "AGRIFRPP", remittanceInformation: "RF18539007547034"))
        .WithFrenchPaymentNotes("Taux des pénalités de retard : 12,15 % (taux BCE + 10 points)", "Pas d'escompte pour paiement anticipé")
        .AddLine("Conseil en organisation", 3m, 450m, VatTreatment.Standard(20m), "HUR")
        .AddLine("Frais de déplacement", 1m, 86.40m, VatTreatment.Standard(10m))
        .AddLine("Licence logiciel annuelle", 12m, 1234.5m, VatTreatment.Standard(20m), "MON")
        .Build()
        .Issue(InvoiceNumber.Of("F2026-0042"), IssueDate).Value;

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Encaisse.slnx")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        throw new InvalidOperationException("Encaisse.slnx not found above " + AppContext.BaseDirectory);
    }
}
