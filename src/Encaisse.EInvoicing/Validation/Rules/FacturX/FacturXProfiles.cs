namespace Encaisse.EInvoicing.Validation.Rules.FacturX;

/// <summary>The Factur-X 1.09 profiles, as flags so one rule can say which profiles it belongs to.</summary>
[Flags]
public enum FacturXProfiles
{
    /// <summary>No profile.</summary>
    None = 0,

    /// <summary>MINIMUM.</summary>
    Minimum = 1,

    /// <summary>BASIC WL (without lines).</summary>
    BasicWl = 2,

    /// <summary>BASIC.</summary>
    Basic = 4,

    /// <summary>EN 16931 (COMFORT).</summary>
    En16931 = 8,

    /// <summary>EXTENDED.</summary>
    Extended = 16,

    /// <summary>Every profile.</summary>
    All = Minimum | BasicWl | Basic | En16931 | Extended,
}
