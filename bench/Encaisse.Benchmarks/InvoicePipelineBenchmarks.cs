using BenchmarkDotNet.Attributes;
using Encaisse.Billing.BillRuns;
using Encaisse.Billing.Ledger;
using Encaisse.Billing.Serialization;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Parties;
using Encaisse.Storage;

namespace Encaisse.Benchmarks;

/// <summary>
/// The per-invoice work of a bill run, stage by stage, on the same synthetic data as `encaisse bench bill-run`
/// (a two-line monthly contract, a French business customer): what the CPU spends on one invoice before storage.
/// </summary>
[MemoryDiagnoser]
public class InvoicePipelineBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private static readonly BillingPolicy Policy = new();
    private static readonly IReadOnlyDictionary<Guid, decimal> NoUsage = new Dictionary<Guid, decimal>();

    private LegalEntity seller = null!;
    private Party customer = null!;
    private RecurringContract contract = null!;
    private byte[] contractBody = null!;
    private byte[] customerBody = null!;
    private BillingPeriod period = null!;
    private IReadOnlyList<ChargeLine> charges = null!;
    private InvoiceDraft draft = null!;
    private Invoice invoice = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seed = Guid.Parse("0195a000-0000-7000-8000-000000000000");
        seller = SyntheticTenant.Company(Guid.Parse("0195a000-0000-7000-8000-0000000000e1"));
        customer = SyntheticTenant.Customer(SyntheticTenant.CustomerId(seed, 42), 42);
        contract = SyntheticTenant.MonthlyContract(seed, 42, seller.Id.Value, AsOf);
        contractBody = MasterDataJson.Serialize(contract);
        customerBody = MasterDataJson.Serialize(customer);
        period = BillingSchedule.PeriodsDue(contract, AsOf, AsOf)[0];
        charges = ContractCharges.For(contract, period, NoUsage).Lines;
        draft = InvoiceComposer.ForContractPeriod(seller, customer, contract, period, charges, Policy);
        invoice = IssueNow(draft);
    }

    [Benchmark(Description = "read: contract body → RecurringContract")]
    public RecurringContract DeserializeContract() => MasterDataJson.DeserializeContract(contractBody);

    [Benchmark(Description = "read: customer body → Party (validated)")]
    public Party DeserializeCustomer() => MasterDataJson.DeserializeParty(customer.Id.Value, customerBody);

    [Benchmark(Description = "compose: periods due + charges")]
    public IReadOnlyList<ChargeLine> PeriodsAndCharges() =>
        ContractCharges.For(contract, BillingSchedule.PeriodsDue(contract, AsOf, AsOf)[0], NoUsage).Lines;

    [Benchmark(Description = "compose: draft from master data")]
    public InvoiceDraft Compose() => InvoiceComposer.ForContractPeriod(seller, customer, contract, period, charges, Policy);

    [Benchmark(Description = "compose: issue-time pre-check")]
    public IReadOnlyList<InvoiceFinding> PreCheck() => InvoiceRules.CheckForIssue(draft, InvoiceRules.Core);

    [Benchmark(Description = "issue: terms + totals + rules")]
    public Invoice Issue() => IssueNow(draft);

    [Benchmark(Description = "calculator: totals of the draft")]
    public InvoiceCalculation Calculate() => InvoiceCalculator.Calculate(draft);

    [Benchmark(Description = "serialize: invoice → JSON bytes")]
    public byte[] Serialize() => InvoiceJson.Serialize(invoice);

    [Benchmark(Description = "all: compose + issue + ledger row")]
    public DocumentRecord ComposeIssueSerialize()
    {
        var composed = InvoiceComposer.ForContractPeriod(seller, customer, contract, period,
            ContractCharges.For(contract, period, NoUsage).Lines, Policy);
        return DocumentMapping.ToRecord(IssueNow(composed), Guid.Empty, customer.Id.Value, contract.Id.Value, period.Start);
    }

    private static Invoice IssueNow(InvoiceDraft draft) =>
        InvoiceComposer.ApplyIssueTerms(draft, new Domain.Terms.PaymentTerms.NetDays(30), AsOf, "F-000042")
            .Issue(InvoiceNumber.Of("F-000042"), AsOf).Value;
}
