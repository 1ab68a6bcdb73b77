using Encaisse.Billing.Serialization;
using Encaisse.Domain.Contracts;
using Encaisse.Storage;

namespace Encaisse.Billing.BillRuns;

/// <summary>How a recurring contract is stored so that bill runs pick it up.</summary>
public static class ContractRecords
{
    /// <summary>
    /// A new contract's row: billable (<see cref="BillRunner.BillableStatus"/>), its first period starting on the
    /// contract start date, numbered in the contract's series of its issuing company.
    /// </summary>
    public static ContractRecord ForNewContract(Guid tenantId, RecurringContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ContractRecord(tenantId, contract.Id.Value, contract.CustomerId, contract.LegalEntityId, contract.SeriesCode,
            BillRunner.BillableStatus, contract.StartDate, MasterDataJson.Serialize(contract));
    }
}
