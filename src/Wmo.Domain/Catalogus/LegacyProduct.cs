namespace Wmo.Domain.Catalogus;

/// <summary>Products of the beschikkingen before 2021 (002 §4.1, §6.1).</summary>
public enum LegacyProduct
{
    PraktischeThuisondersteuning = 1,
    TO1,
    TO2,
    TO3,
    TO4,
    DB1,
    DB2,
    DB3,
    DB4,
    DB5,
    DB6,
    PersoonlijkeVerzorging,
    KortdurendVerblijf,
    HulpBijHetHuishouden,
}

/// <summary>Where a legacy product goes in the new model.</summary>
public enum LegacyRichting
{
    Basisondersteuning = 1,
    AanvullendeOndersteuning = 2,

    /// <summary>TO3, DB2, DB5: decided per person with the afwegingskader; lumpsum split 50/50 initially.</summary>
    PerPersoonBeoordelen = 3,
}

/// <summary>Ontwikkelen vs stabiliseren (001 L893-906): DB1-3 stabiliseren, DB4-6 ontwikkelen (002 §4.1).</summary>
public enum Doelsoort
{
    Stabiliseren = 1,
    Ontwikkelen = 2,
}

public sealed record LegacyOvergang(LegacyProduct Product, LegacyRichting Richting, Doelsoort? Doelsoort);

/// <summary>The mapping table of 002 §4.1 "Startsituatie per 1 januari 2021", as data.</summary>
public sealed class LegacyProductTabel
{
    private readonly Dictionary<LegacyProduct, LegacyOvergang> _overgangen;

    public LegacyProductTabel(IEnumerable<LegacyOvergang> overgangen) =>
        _overgangen = overgangen.ToDictionary(o => o.Product);

    public LegacyOvergang Overgang(LegacyProduct product) => _overgangen[product];

    public static LegacyProductTabel Leeuwarden { get; } = new(
    [
        new(LegacyProduct.PraktischeThuisondersteuning, LegacyRichting.Basisondersteuning, null),
        new(LegacyProduct.TO1, LegacyRichting.Basisondersteuning, null),
        new(LegacyProduct.TO2, LegacyRichting.Basisondersteuning, null),
        new(LegacyProduct.TO3, LegacyRichting.PerPersoonBeoordelen, null),
        new(LegacyProduct.TO4, LegacyRichting.AanvullendeOndersteuning, null),
        new(LegacyProduct.DB1, LegacyRichting.Basisondersteuning, Doelsoort.Stabiliseren),
        new(LegacyProduct.DB2, LegacyRichting.PerPersoonBeoordelen, Doelsoort.Stabiliseren),
        new(LegacyProduct.DB3, LegacyRichting.AanvullendeOndersteuning, Doelsoort.Stabiliseren),
        new(LegacyProduct.DB4, LegacyRichting.Basisondersteuning, Doelsoort.Ontwikkelen),
        new(LegacyProduct.DB5, LegacyRichting.PerPersoonBeoordelen, Doelsoort.Ontwikkelen),
        new(LegacyProduct.DB6, LegacyRichting.AanvullendeOndersteuning, Doelsoort.Ontwikkelen),
        new(LegacyProduct.PersoonlijkeVerzorging, LegacyRichting.Basisondersteuning, null),
        new(LegacyProduct.KortdurendVerblijf, LegacyRichting.AanvullendeOndersteuning, null),
        new(LegacyProduct.HulpBijHetHuishouden, LegacyRichting.AanvullendeOndersteuning, null),
    ]);
}
