using System.Collections.Frozen;

namespace Encaisse.Domain.Invoicing;

/// <summary>
/// The allowance and charge reason code lists EN 16931 allows (BR-CL-19: UNTDID 5189 for BT-98/BT-140, BR-CL-20:
/// UNTDID 7161 for BT-105/BT-145), as the CEN validation artefacts 1.3.16 list them, so that an invoice with a code
/// the e-invoice rules reject is refused at issue instead of being issued invalid.
/// </summary>
public static class ReasonCodes
{
    private static readonly FrozenSet<string> AllowanceCodes = Split("41 42 60 62 63 64 65 66 67 68 70 71 88 95 100 102 103 104 105");

    private static readonly FrozenSet<string> ChargeCodes = Split(
        "AA AAA AAC AAD AAE AAF AAH AAI AAS AAT AAV AAY AAZ ABA ABB ABC ABD ABF ABK ABL ABN ABR ABS ABT ABU" +
        " ACF ACG ACH ACI ACJ ACK ACL ACM ACS ADC ADE ADJ ADK ADL ADM ADN ADO ADP ADQ ADR ADT ADW ADY ADZ AEA" +
        " AEB AEC AED AEF AEH AEI AEJ AEK AEL AEM AEN AEO AEP AES AET AEU AEV AEW AEX AEY AEZ AJ AU CA CAB CAD" +
        " CAE CAF CAI CAJ CAK CAL CAM CAN CAO CAP CAQ CAR CAS CAT CAU CAV CAW CAX CAY CAZ CD CG CS CT DAB DAD" +
        " DAC DAF DAG DAH DAI DAJ DAK DAL DAM DAN DAO DAP DAQ DL EG EP ER FAA FAB FAC FC FH FI GAA HAA HD HH" +
        " IAA IAB ID IF IR IS KO L1 LA LAA LAB LF MAE MI ML NAA OA PA PAA PC PL PRV RAB RAC RAD RAF RE RF RH" +
        " RV SA SAA SAD SAE SAI SG SH SM SU TAB TAC TT TV V1 V2 WH XAA YY ZZZ");

    /// <summary>True when the code is absent or a UNTDID 5189 allowance reason code.</summary>
    public static bool IsAllowanceReason(string? code) => code is null || AllowanceCodes.Contains(code.Trim());

    /// <summary>True when the code is absent or a UNTDID 7161 charge reason code.</summary>
    public static bool IsChargeReason(string? code) => code is null || ChargeCodes.Contains(code.Trim());

    private static FrozenSet<string> Split(string codes) =>
        codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
