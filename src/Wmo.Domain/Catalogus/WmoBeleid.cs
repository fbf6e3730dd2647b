using Wmo.Domain.Besluiten;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Transitie;

namespace Wmo.Domain.Catalogus;

/// <summary>
/// All policy of one gemeente in one place, so the platform can load it from configuration or reference tables
/// and hand it to the domain ("policy is data", DOMAIN.md). <see cref="Leeuwarden2021"/> is built from the seeds.
/// </summary>
public sealed record WmoBeleid(
    Voorzieningencatalogus Catalogus,
    LegacyProductTabel LegacyProducten,
    TermijnInstellingen Termijnen,
    TariefTabel Tarieven,
    Duurbeleid Duur,
    IReadOnlyList<PerceelInstelling> Percelen,
    TransitieInstellingen Transitie)
{
    /// <summary>The dwangsom bij niet tijdig beslissen (Awb 4:17), as policy data.</summary>
    public DwangsomTarief Dwangsom { get; init; } = DwangsomTarief.Awb;

    public static WmoBeleid Leeuwarden2021(bool basisondersteuningBeschikkingsvrij = true) => new(
        Voorzieningencatalogus.Leeuwarden2021(basisondersteuningBeschikkingsvrij),
        LegacyProductTabel.Leeuwarden,
        TermijnInstellingen.Wettelijk,
        TariefTabel.Leeuwarden,
        Duurbeleid.Leeuwarden,
        PerceelInstelling.Leeuwarden,
        TransitieInstellingen.Leeuwarden);
}
