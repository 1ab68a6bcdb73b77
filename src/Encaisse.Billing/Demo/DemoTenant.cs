namespace Encaisse.Billing.Demo;

/// <summary>
/// The demo tenant: a French software and IT services company in Lyon with customers, a catalogue, recurring
/// contracts and a year of invoices and credit notes, generated from a seed and "today" so every run with the
/// same inputs gives the same data.
/// </summary>
public static partial class DemoTenant
{
    /// <summary>The demo data for <paramref name="today"/>, in memory: nothing is written.</summary>
    public static DemoData Generate(DemoOptions options, DateOnly today) => DemoGenerator.Generate(options, today);
}
