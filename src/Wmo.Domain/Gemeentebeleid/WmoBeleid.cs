using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Transitie;

namespace Wmo.Domain.Gemeentebeleid;

/// <summary>
/// All policy of one gemeente as it holds on one date ("policy is data", DOMAIN.md). The platform builds it from the
/// reference tables (<see cref="Beleidsversie"/>, tarieven) and hands it to the domain; <see cref="Leeuwarden2021"/>
/// holds the seeds' values and is what a new database is filled with. Lives outside <c>Catalogus</c> because it
/// gathers every other policy namespace, so the domain's namespaces have no cycle.
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

    /// <summary>The first day this policy applies; decisions dated earlier use an earlier version.</summary>
    public DateOnly Ingangsdatum { get; init; } = Leeuwarden2021Ingang;

    /// <summary>The day Leeuwarden's new model (sociale basis, basis- and aanvullende ondersteuning) started (002 §4.1).</summary>
    public static readonly DateOnly Leeuwarden2021Ingang = new(2021, 1, 1);

    public static WmoBeleid Leeuwarden2021(bool basisondersteuningBeschikkingsvrij = true) => new(
        Voorzieningencatalogus.Leeuwarden2021(basisondersteuningBeschikkingsvrij),
        LegacyProductTabel.Leeuwarden,
        TermijnInstellingen.Wettelijk,
        TariefTabel.Leeuwarden,
        Duurbeleid.Leeuwarden,
        PerceelInstelling.Leeuwarden,
        TransitieInstellingen.Leeuwarden);
}
