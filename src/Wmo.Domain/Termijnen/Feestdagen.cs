using System.Collections.Concurrent;
using System.Collections.Frozen;
using Wmo.Domain.Common;

namespace Wmo.Domain.Termijnen;

/// <summary>
/// The algemeen erkende feestdagen named by the Algemene termijnenwet itself (art. 3 lid 1 and 2): Nieuwjaarsdag,
/// Goede Vrijdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, both Kerstdagen, the King's birthday and 5 mei.
/// Eerste Paas- and Pinksterdag are Sundays and therefore already excluded by art. 1. Days declared equal by
/// koninklijk besluit (art. 3 lid 3) are data and live in <see cref="Feestdagkalender"/>.
/// </summary>
public static class Feestdagen
{
    // A term computation asks for every day it passes; the feestdagen of a year never change, so each year is computed once.
    private static readonly ConcurrentDictionary<int, FrozenDictionary<DateOnly, string>> PerJaar = new();

    public static bool IsFeestdag(DateOnly datum) => Van(datum.Year).ContainsKey(datum);

    /// <summary>The statutory feestdagen of <paramref name="jaar"/> with their name and the article that names them.</summary>
    public static IReadOnlyDictionary<DateOnly, string> Van(int jaar) => PerJaar.GetOrAdd(jaar, Bereken);

    private static FrozenDictionary<DateOnly, string> Bereken(int jaar)
    {
        var pasen = Paaszondag(jaar);
        var dagen = new Dictionary<DateOnly, string>
        {
            [new(jaar, 1, 1)] = "Nieuwjaarsdag (Atw art. 3 lid 1)",
            [pasen.AddDays(-2)] = "Goede Vrijdag (Atw art. 3 lid 2)",
            [pasen.AddDays(1)] = "tweede Paasdag (Atw art. 3 lid 1)",
            [pasen.AddDays(39)] = "Hemelvaartsdag (Atw art. 3 lid 1)",
            [pasen.AddDays(50)] = "tweede Pinksterdag (Atw art. 3 lid 1)",
            [new(jaar, 12, 25)] = "eerste Kerstdag (Atw art. 3 lid 1)",
            [new(jaar, 12, 26)] = "tweede Kerstdag (Atw art. 3 lid 1)",
        };

        // 5 mei and the King's birthday are separate keys: in some years (none so far) they could coincide with a moving feast.
        dagen.TryAdd(new DateOnly(jaar, 5, 5), "5 mei (Atw art. 3 lid 1)");
        dagen.TryAdd(Koningsdag(jaar), jaar >= 2014 ? "Koningsdag (Atw art. 3 lid 1)" : "Koninginnedag (Atw art. 3 lid 1, vóór 2014)");
        return dagen.ToFrozenDictionary();
    }

    /// <summary>
    /// The day the King's birthday is celebrated (Atw art. 3 lid 1): since 2014 Koningsdag on 27 April, or 26 April when the
    /// 27th is a Sunday; before 2014 Koninginnedag on 30 April, or 29 April when the 30th was a Sunday (historic data).
    /// </summary>
    public static DateOnly Koningsdag(int jaar)
    {
        var dag = jaar >= 2014 ? new DateOnly(jaar, 4, 27) : new DateOnly(jaar, 4, 30);
        return dag.DayOfWeek == DayOfWeek.Sunday ? dag.AddDays(-1) : dag;
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly Paaszondag(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }
}

/// <summary>
/// A day declared equal to an algemeen erkende feestdag by koninklijk besluit (Atw art. 3 lid 3), with that besluit.
/// Reference data the beheerder maintains (the besluiten appear every three years in the Staatscourant).
/// </summary>
public sealed class GelijkgesteldeDag
{
    public const int BesluitLengte = 300;

    public GelijkgesteldeDag(DateOnly datum, string besluit)
    {
        // Atw art. 3 lid 3 only adds days: a Saturday, Sunday or feestdag of lid 1-2 already counts, so entering it is a typing error.
        Regel.Eis(Feestdagkalender.Wettelijk.IsWerkdag(datum), Regelnamen.GelijkgesteldeDagIsAnderszinsEenWerkdag,
            $"{datum:dd-MM-yyyy} is al een zaterdag, zondag of feestdag; gelijkstelling heeft dan geen betekenis.");
        Datum = datum;
        Besluit = Regel.VerplichteTekst(besluit, Regelnamen.GelijkgesteldeDagNoemtBesluit, "Noem het besluit waarin de dag is gelijkgesteld.");
        Regel.Eis(Besluit.Length <= BesluitLengte, Regelnamen.GelijkgesteldeDagNoemtBesluit, $"De naam van het besluit is te lang (hoogstens {BesluitLengte} tekens).");
    }

    private GelijkgesteldeDag()
    {
        Besluit = string.Empty;
    }

    public DateOnly Datum { get; private set; }

    public string Besluit { get; private set; }
}

/// <summary>
/// Working days in the sense of the Algemene termijnenwet: not a Saturday or Sunday (art. 1), not a feestdag of art. 3 lid 1
/// and 2, and not a day declared equal by koninklijk besluit (art. 3 lid 3). The gelijkgestelde dagen are policy data the
/// beheerder maintains; <see cref="Wettelijk"/> knows only the days the law names itself.
/// </summary>
public sealed class Feestdagkalender
{
    private readonly Dictionary<DateOnly, GelijkgesteldeDag> _gelijkgesteld;

    public Feestdagkalender(IEnumerable<GelijkgesteldeDag> gelijkgesteld)
    {
        _gelijkgesteld = [];
        foreach (var dag in gelijkgesteld)
        {
            _gelijkgesteld[dag.Datum] = dag;
        }
    }

    /// <summary>Only the days of art. 1 and art. 3 lid 1-2; no besluit of art. 3 lid 3 entered.</summary>
    public static Feestdagkalender Wettelijk { get; } = new([]);

    public IReadOnlyCollection<GelijkgesteldeDag> GelijkgesteldeDagen => _gelijkgesteld.Values;

    /// <summary>
    /// The years from <paramref name="vanJaar"/> through <paramref name="totEnMetJaar"/> without any gelijkgestelde dag: the
    /// besluit of Atw art. 3 lid 3 for them is probably not entered yet, so terms in those years may end a day too early.
    /// </summary>
    public IReadOnlyList<int> JarenZonderGelijkstelling(int vanJaar, int totEnMetJaar) =>
        Enumerable.Range(vanJaar, Math.Max(0, totEnMetJaar - vanJaar + 1)).Where(jaar => _gelijkgesteld.Keys.All(d => d.Year != jaar)).ToList();

    public bool IsWerkdag(DateOnly datum) => WaaromGeenWerkdag(datum) is null;

    /// <summary>Why <paramref name="datum"/> is not a working day, with the article; null for a working day.</summary>
    public string? WaaromGeenWerkdag(DateOnly datum)
    {
        if (datum.DayOfWeek == DayOfWeek.Saturday)
        {
            return "zaterdag (Atw art. 1 lid 1)";
        }

        if (datum.DayOfWeek == DayOfWeek.Sunday)
        {
            return "zondag (Atw art. 1 lid 1)";
        }

        if (Feestdagen.Van(datum.Year).TryGetValue(datum, out var feestdag))
        {
            return feestdag;
        }

        return _gelijkgesteld.TryGetValue(datum, out var gelijk) ? $"gelijkgestelde dag, {gelijk.Besluit} (Atw art. 3 lid 3)" : null;
    }

    /// <summary>Atw art. 1 lid 1: a term ending on a Saturday, Sunday or feestdag runs to the next day that is none of these.</summary>
    public DateOnly VerlengTotWerkdag(DateOnly einde)
    {
        while (!IsWerkdag(einde))
        {
            einde = einde.AddDays(1);
        }

        return einde;
    }

    /// <summary>Working days after <paramref name="van"/> up to and including <paramref name="tot"/>.</summary>
    public int Tussen(DateOnly van, DateOnly tot)
    {
        var aantal = 0;
        for (var dag = van.AddDays(1); dag <= tot; dag = dag.AddDays(1))
        {
            if (IsWerkdag(dag))
            {
                aantal++;
            }
        }

        return aantal;
    }
}
