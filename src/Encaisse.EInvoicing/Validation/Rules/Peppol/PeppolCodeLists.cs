using Encaisse.EInvoicing.Validation.Engine;

namespace Encaisse.EInvoicing.Validation.Rules.Peppol;

/// <summary>
/// The restricted code lists of Peppol BIS Billing 3.0, release 2026.5 (the lists the Schematron inlines; compare
/// them with the codelist/ folder of a new release when upgrading).
/// </summary>
internal static class PeppolCodeLists
{
    /// <summary>ISO 4217 currency codes (PEPPOL-EN16931-CL007).</summary>
    public static readonly HashSet<string> Currencies = Xp.CodeList(
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF "
        + "CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD "
        + "HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD "
        + "MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN "
        + "PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD "
        + "TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XDR XOF XPD XPF XPT "
        + "XSU XTS XUA YER ZAR ZMW ZWG XXX CNH XCG");

    /// <summary>MIME codes allowed for attachments (PEPPOL-EN16931-CL001).</summary>
    public static readonly HashSet<string> MimeCodes = Xp.CodeList(
        "application/pdf image/png image/jpeg text/csv application/vnd.openxmlformats-officedocument.spreadsheetml.sheet "
        + "application/vnd.oasis.opendocument.spreadsheet");

    /// <summary>UNCL 2005 subset: invoice period description codes (PEPPOL-EN16931-CL006).</summary>
    public static readonly HashSet<string> Uncl2005 = Xp.CodeList("3 35 432");

    /// <summary>UNCL 5189 subset: allowance reason codes (PEPPOL-EN16931-CL002).</summary>
    public static readonly HashSet<string> Uncl5189 = Xp.CodeList("41 42 60 62 63 64 65 66 67 68 70 71 88 95 100 102 103 104 105");

    /// <summary>UNCL 7161: charge reason codes (PEPPOL-EN16931-CL003).</summary>
    public static readonly HashSet<string> Uncl7161 = Xp.CodeList(
        "AA AAA AAC AAD AAE AAF AAH AAI AAS AAT AAV AAY AAZ ABA ABB ABC ABD ABF ABK ABL ABN ABR ABS ABT ABU ACF ACG ACH ACI "
        + "ACJ ACK ACL ACM ACS ADC ADE ADJ ADK ADL ADM ADN ADO ADP ADQ ADR ADT ADW ADY ADZ AEA AEB AEC AED AEF AEH AEI AEJ AEK "
        + "AEL AEM AEN AEO AEP AES AET AEU AEV AEW AEX AEY AEZ AJ AU CA CAB CAD CAE CAF CAI CAJ CAK CAL CAM CAN CAO CAP CAQ CAR "
        + "CAS CAT CAU CAV CAW CAX CAY CAZ CD CG CS CT DAB DAC DAD DAF DAG DAH DAI DAJ DAK DAL DAM DAN DAO DAP DAQ DL EG EP ER "
        + "FAA FAB FAC FC FH FI GAA HAA HD HH IAA IAB ID IF IR IS KO L1 LA LAA LAB LF MAE MI ML NAA OA PA PAA PC PL PRV RAB "
        + "RAC RAD RAF RE RF RH RV SA SAA SAD SAE SAI SG SH SM SU TAB TAC TT TV V1 V2 WH XAA YY ZZZ");

    /// <summary>Electronic address scheme identifiers, EAS (PEPPOL-EN16931-CL008).</summary>
    public static readonly HashSet<string> ElectronicAddressSchemes = Xp.CodeList(
        "0002 0007 0009 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188 0190 0191 0192 0195 0196 0198 0199 0200 "
        + "0201 0204 0208 0209 0210 0211 0216 0218 0221 0225 0230 0235 0240 0242 0244 0245 0246 0248 9910 9913 9914 9915 9918 "
        + "9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 "
        + "9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959");

    /// <summary>Invoice type codes allowed in the billing profiles (PEPPOL-EN16931-P0100).</summary>
    public static readonly HashSet<string> InvoiceTypeCodes = Xp.CodeList(
        "71 80 82 84 102 218 219 326 331 380 382 383 384 386 388 393 395 553 575 623 780 817 870 875 876 877");

    /// <summary>Credit note type codes allowed in the billing profiles (PEPPOL-EN16931-P0101).</summary>
    public static readonly HashSet<string> CreditNoteTypeCodes = Xp.CodeList("381 396 81 83 532");

    /// <summary>Greek document types in the fourth segment of a Greek invoice number (GR-R-001-5); tokenize() of the list leaves an empty last token.</summary>
    public static readonly HashSet<string> GreekDocumentTypes = new(["1.1", "1.6", "2.1", "2.4", "5.1", "5.2", string.Empty], StringComparer.Ordinal);

    /// <summary>German rules: VAT categories that need a seller VAT or tax registration identifier (DE-R-016).</summary>
    public static readonly HashSet<string> GermanVatCategories = Xp.CodeList("S Z E AE K G L M");

    /// <summary>German rules: recommended type codes (DE-R-017).</summary>
    public static readonly HashSet<string> GermanTypeCodes = Xp.CodeList("326 380 384 389 381 875 876 877");
}
