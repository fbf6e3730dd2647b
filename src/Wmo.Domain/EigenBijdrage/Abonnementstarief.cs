using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.EigenBijdrage;

public enum Tariefperiode
{
    /// <summary>13 periods of 4 weeks from 1 January; the 13th runs to 31 December.</summary>
    VierWeken = 1,
    Maand = 2,
}

public sealed record Abonnementstarief(int Jaar, decimal Bedrag, Tariefperiode Periode);

/// <summary>Tariff per year, as data (DOMAIN.md §7). A year without its own row uses the latest earlier year.</summary>
public sealed record TariefTabel(IReadOnlyList<Abonnementstarief> Tarieven)
{
    public static TariefTabel Leeuwarden { get; } = new(
    [
        new(2019, 17.50m, Tariefperiode.VierWeken), // 000 L533
        new(2020, 19.00m, Tariefperiode.Maand),     // 002 §4.8
    ]);

    public Abonnementstarief Voor(int jaar)
    {
        var tarief = Tarieven.Where(t => t.Jaar <= jaar).MaxBy(t => t.Jaar);
        Regel.Eis(tarief is not null, Regelnamen.TariefBekendVoorJaar, $"Er is geen abonnementstarief vastgesteld voor {jaar}.");
        return tarief!;
    }
}

/// <summary>
/// Support a household member received, as registered (start/stop, DOMAIN.md §7); the birth date, when known, decides the
/// exemption for a minor (Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 4).
/// </summary>
public sealed record GeleverdeOndersteuning(Guid InwonerId, string VoorzieningCode, Periode Periode, bool Structureel, DateOnly? Geboortedatum = null);

/// <summary>One charge for the household over one tariff period.</summary>
public sealed record Heffing(Periode Periode, decimal Bedrag);

/// <summary>
/// The abonnementstarief (DOMAIN.md §7): one fixed amount per household per period while any member has structural
/// support from basis- or aanvullende ondersteuning whose voorziening carries the abonnementstarief flag
/// (not vervoer, beschermd wonen, opvang). A period with at least one day of such support is charged (decision).
/// </summary>
public static class AbonnementstariefBerekening
{
    public static IReadOnlyList<Heffing> Heffingen(IEnumerable<GeleverdeOndersteuning> ondersteuning, DateOnly van, DateOnly totEnMet, Voorzieningencatalogus catalogus, TariefTabel tarieven)
    {
        var alle = ondersteuning.ToList();
        var heffingen = new List<Heffing>();
        for (var jaar = van.Year; jaar <= totEnMet.Year; jaar++)
        {
            var tarief = tarieven.Voor(jaar);
            var belast = alle.Where(o => TelwaardigVoorAbonnementstarief(o, catalogus, jaar)).Select(o => o.Periode).ToList();
            foreach (var periode in Perioden(jaar, tarief.Periode))
            {
                var binnenBereik = periode.Overlapt(new Periode(van, totEnMet));
                if (binnenBereik && belast.Any(b => b.Overlapt(periode)))
                {
                    heffingen.Add(new Heffing(periode, Geld.Rond(tarief.Bedrag)));
                }
            }
        }

        return heffingen;
    }

    public static IEnumerable<Periode> Perioden(int jaar, Tariefperiode soort)
    {
        if (soort == Tariefperiode.Maand)
        {
            for (var maand = 1; maand <= 12; maand++)
            {
                var start = new DateOnly(jaar, maand, 1);
                yield return new Periode(start, start.AddMonths(1).AddDays(-1));
            }

            yield break;
        }

        var begin = new DateOnly(jaar, 1, 1);
        for (var i = 0; i < 13; i++)
        {
            var start = begin.AddDays(28 * i);
            yield return new Periode(start, i == 12 ? new DateOnly(jaar, 12, 31) : start.AddDays(27));
        }
    }

    /// <summary>Wmo 2015 art. 2.1.4a (Wet abonnementstarief, in force 1 January 2020): from then also an algemene voorziening with a duurzame hulpverleningsrelatie.</summary>
    public const int AlgemeneVoorzieningVanaf = 2020;

    /// <summary>
    /// Whether this support counts for the abonnementstarief in <paramref name="jaar"/>: structural, with the catalogue flag, not
    /// exempt (Uitvoeringsbesluit Wmo 2015 art. 3.8), and a maatwerkvoorziening — the abonnementstarief of 2019 (art. 3.8 lid 1)
    /// applies to maatwerkvoorzieningen only; from 2020 also the basisondersteuning as an algemene voorziening with a structurele
    /// hulpverleningsrelatie (Wmo 2015 art. 2.1.4a; 002 §4.8). The sociale basis is free.
    /// </summary>
    internal static bool TelwaardigVoorAbonnementstarief(GeleverdeOndersteuning ondersteuning, Voorzieningencatalogus catalogus, int jaar)
    {
        var voorziening = catalogus.Zoek(ondersteuning.VoorzieningCode);
        var soortTelt = voorziening.Pijler.IsMaatwerkvoorziening() || (voorziening.Pijler == Pijler.Basisondersteuning && jaar >= AlgemeneVoorzieningVanaf);
        return ondersteuning.Structureel && soortTelt && voorziening.AbonnementstariefVanToepassing && !IsVrijgesteld(voorziening, ondersteuning);
    }

    /// <summary>Uitvoeringsbesluit Wmo 2015 art. 3.8: the exemption of the voorziening's category applies to this support.</summary>
    public static bool IsVrijgesteld(Voorziening voorziening, GeleverdeOndersteuning ondersteuning)
    {
        ArgumentNullException.ThrowIfNull(voorziening);
        ArgumentNullException.ThrowIfNull(ondersteuning);
        return voorziening.Vrijstelling switch
        {
            // art. 3.8 lid 4 onder d: rolstoelen.
            EigenBijdrageVrijstelling.Rolstoel => true,
            // art. 3.8 lid 1: beschermd wonen and opvang have their own bijdrage, not the abonnementstarief.
            EigenBijdrageVrijstelling.BeschermdWonenOfOpvang => true,
            // art. 3.8 lid 4: a woningaanpassing for a cliënt who is a minor when it starts.
            EigenBijdrageVrijstelling.WoningaanpassingMinderjarige =>
                ondersteuning.Geboortedatum is { } geboren && Leeftijd.Op(geboren, ondersteuning.Periode.Start) < Meerderjarig,
            _ => false,
        };
    }

    private const int Meerderjarig = 18;
}
