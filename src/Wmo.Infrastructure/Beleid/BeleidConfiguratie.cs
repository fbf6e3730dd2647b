using Microsoft.Extensions.Configuration;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Transitie;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// Builds the gemeente's <see cref="WmoBeleid"/> from the <c>Beleid</c> configuration section on top of the
/// Leeuwarden defaults, so another gemeente changes policy (beschikkingsvrij, term lengths, transition date)
/// without code.
/// </summary>
public static class BeleidConfiguratie
{
    public static WmoBeleid Laad(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var sectie = configuration.GetSection("Beleid");
        var standaard = WmoBeleid.Leeuwarden2021(sectie.GetValue("BasisondersteuningBeschikkingsvrij", true));

        var wettelijk = standaard.Termijnen;
        var termijnen = sectie.GetSection("Termijnen");
        var transitie = sectie.GetValue<DateOnly?>("TransitieGesprekkenUiterlijkVoor");
        return standaard with
        {
            Termijnen = new TermijnInstellingen(
                termijnen.GetValue("OnderzoekDagen", wettelijk.OnderzoekDagen),
                termijnen.GetValue("PersoonlijkPlanDagen", wettelijk.PersoonlijkPlanDagen),
                termijnen.GetValue("BeschikkingDagen", wettelijk.BeschikkingDagen),
                termijnen.GetValue("BezwaarDagen", wettelijk.BezwaarDagen),
                termijnen.GetValue("BeslissingOpBezwaarDagen", wettelijk.BeslissingOpBezwaarDagen),
                termijnen.GetValue("BinnenkortWerkdagen", wettelijk.BinnenkortWerkdagen)),
            Transitie = transitie is { } datum ? new TransitieInstellingen(datum) : standaard.Transitie,
        };
    }
}
