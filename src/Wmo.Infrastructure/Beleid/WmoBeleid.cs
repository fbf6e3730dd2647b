using Microsoft.Extensions.Configuration;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Transitie;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// The gemeente's policy as data, handed to the domain: catalogue, term lengths, duration policy, transition
/// date and the beschikkingsvrij switch. Defaults are Leeuwarden's; the <c>Beleid</c> configuration section
/// overrides them, so another gemeente changes policy without code.
/// </summary>
public sealed class WmoBeleid
{
    public WmoBeleid(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var sectie = configuration.GetSection("Beleid");
        BasisondersteuningBeschikkingsvrij = sectie.GetValue("BasisondersteuningBeschikkingsvrij", true);
        Catalogus = Voorzieningencatalogus.Leeuwarden2021(BasisondersteuningBeschikkingsvrij);

        var wettelijk = TermijnInstellingen.Wettelijk;
        var termijnen = sectie.GetSection("Termijnen");
        Termijnen = new TermijnInstellingen(
            termijnen.GetValue("OnderzoekDagen", wettelijk.OnderzoekDagen),
            termijnen.GetValue("PersoonlijkPlanDagen", wettelijk.PersoonlijkPlanDagen),
            termijnen.GetValue("BeschikkingDagen", wettelijk.BeschikkingDagen),
            termijnen.GetValue("BezwaarDagen", wettelijk.BezwaarDagen),
            termijnen.GetValue("BeslissingOpBezwaarDagen", wettelijk.BeslissingOpBezwaarDagen),
            termijnen.GetValue("BinnenkortWerkdagen", wettelijk.BinnenkortWerkdagen));

        var transitieDatum = sectie.GetValue<DateOnly?>("TransitieGesprekkenUiterlijkVoor");
        Transitie = transitieDatum is { } datum ? new TransitieInstellingen(datum) : TransitieInstellingen.Leeuwarden;
        Duur = Duurbeleid.Leeuwarden;
        LegacyProducten = LegacyProductTabel.Leeuwarden;
    }

    public bool BasisondersteuningBeschikkingsvrij { get; }

    public Voorzieningencatalogus Catalogus { get; }

    public TermijnInstellingen Termijnen { get; }

    public TransitieInstellingen Transitie { get; }

    public Duurbeleid Duur { get; }

    public LegacyProductTabel LegacyProducten { get; }
}
