using System.Globalization;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.EigenBijdrage;

/// <summary>The support of one household's members that may carry the abonnementstarief, with their start and stop.</summary>
public sealed record HuishoudenOndersteuning(Guid HuishoudenId, IReadOnlyList<GeleverdeOndersteuning> Ondersteuning);

/// <summary>
/// The one charge of one household for one tariff period (002 §4.8): the member charged, the amount, and the start and
/// stop of the household's uninterrupted chargeable support around the period (what the CAK needs, 002 §5.3).
/// </summary>
public sealed record Huishoudheffing(Guid HuishoudenId, Guid GehevenInwonerId, Periode Periode, decimal Bedrag, DateOnly Start, DateOnly? Stop)
{
    /// <summary>True when the household's support stops within this period (the last charged period).</summary>
    public bool StoptInPeriode => Stop is { } stop && Periode.Bevat(stop);
}

/// <summary>A tariff period named by its month (<c>jjjj-mm</c>), the unit of the CAK exchange.</summary>
public sealed record Heffingsmaand(int Jaar, int Maand) : IComparable<Heffingsmaand>
{
    public Periode Periode
    {
        get
        {
            var start = new DateOnly(Jaar, Maand, 1);
            return new Periode(start, start.AddMonths(1).AddDays(-1));
        }
    }

    public Heffingsmaand Vorige => Maand == 1 ? new(Jaar - 1, 12) : new(Jaar, Maand - 1);

    public static Heffingsmaand Van(DateOnly datum) => new(datum.Year, datum.Month);

    /// <summary>Reads <c>jjjj-mm</c>; anything else is refused with a message for the form or the command line.</summary>
    public static Heffingsmaand Lees(string? tekst)
    {
        var geldig = DateOnly.TryParseExact((tekst ?? string.Empty).Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            && datum >= Regel.VroegsteDatum && datum <= Regel.LaatsteDatum;
        Regel.Eis(geldig, Regelnamen.PeriodeIsJaarEnMaand, "Geef de periode als jaar en maand: jjjj-mm, bijvoorbeeld 2026-03.");
        return Van(datum);
    }

    public int CompareTo(Heffingsmaand? other) => other is null ? 1 : (Jaar * 12 + Maand).CompareTo(other.Jaar * 12 + other.Maand);

    public override string ToString() => $"{Jaar:D4}-{Maand:D2}";
}

/// <summary>
/// Charge periods per household (002 §4.8, DOMAIN.md §7): one charge per household per period while any member has
/// structural, chargeable support; the member charged and the start/stop come from that support.
/// </summary>
public static class Heffingsperiodes
{
    /// <summary>The charges of every household for one month; households without chargeable support in it are absent.</summary>
    public static IReadOnlyList<Huishoudheffing> Bereken(IEnumerable<HuishoudenOndersteuning> huishoudens, Heffingsmaand maand, Voorzieningencatalogus catalogus, TariefTabel tarieven)
    {
        var tarief = TariefVoorMaand(maand, tarieven);
        return [.. huishoudens.Select(h => VoorHuishouden(h, maand.Periode, tarief, catalogus)).OfType<Huishoudheffing>()];
    }

    /// <summary>The one charge of a household for <paramref name="periode"/>, or null when nobody had chargeable support in it.</summary>
    public static Huishoudheffing? VoorHuishouden(HuishoudenOndersteuning huishouden, Periode periode, Abonnementstarief tarief, Voorzieningencatalogus catalogus)
    {
        var belast = huishouden.Ondersteuning.Where(o => AbonnementstariefBerekening.TelwaardigVoorAbonnementstarief(o, catalogus, periode.Start.Year)).ToList();
        var episodes = AaneengeslotenOndersteuning(belast.Select(o => o.Periode)).Where(e => e.Overlapt(periode)).ToList();
        if (episodes.Count == 0)
        {
            return null;
        }

        return new Huishoudheffing(huishouden.HuishoudenId, HeffingBijLidMetOudsteOndersteuning(belast, periode), periode, Geld.Rond(tarief.Bedrag), episodes[0].Start, episodes[^1].Einde);
    }

    // 002 §4.8 ("ieder cliënt ... betaalt € 19,00 per maand"), Wet abonnementstarief: the CAK charges one amount per household
    // per period; it is levied on the member whose running support started first (ties: lowest id), so it stays on one person.
    private static Guid HeffingBijLidMetOudsteOndersteuning(IEnumerable<GeleverdeOndersteuning> belast, Periode periode) =>
        belast.Where(o => o.Periode.Overlapt(periode)).OrderBy(o => o.Periode.Start).ThenBy(o => o.InwonerId).First().InwonerId;

    // 002 §4.8: the tariff is an amount per month from 2020; a year with four-week periods (2019, 000 L533) has no monthly charge.
    public static Abonnementstarief TariefVoorMaand(Heffingsmaand maand, TariefTabel tarieven)
    {
        var tarief = tarieven.Voor(maand.Jaar);
        Regel.Eis(tarief.Periode == Tariefperiode.Maand, nameof(TariefVoorMaand),
            $"Het abonnementstarief van {maand.Jaar} geldt per vier weken; heffen per maand kan vanaf het eerste jaar met een maandtarief.");
        return tarief;
    }

    /// <summary>Support periods that overlap or touch (stop on day d, next start on d+1) form one uninterrupted run.</summary>
    public static IReadOnlyList<Periode> AaneengeslotenOndersteuning(IEnumerable<Periode> perioden)
    {
        var runs = new List<Periode>();
        foreach (var p in perioden.OrderBy(p => p.Start))
        {
            if (runs.Count > 0 && (runs[^1].Einde is null || p.Start.DayNumber <= runs[^1].Einde!.Value.DayNumber + 1))
            {
                var laatste = runs[^1];
                var einde = laatste.Einde is null || p.Einde is null ? (DateOnly?)null : (p.Einde > laatste.Einde ? p.Einde : laatste.Einde);
                runs[^1] = new Periode(laatste.Start, einde);
            }
            else
            {
                runs.Add(p);
            }
        }

        return runs;
    }
}
