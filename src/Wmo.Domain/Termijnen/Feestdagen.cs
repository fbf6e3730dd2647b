namespace Wmo.Domain.Termijnen;

/// <summary>
/// Algemeen erkende feestdagen of the Algemene termijnenwet (art. 3 lid 1): Nieuwjaarsdag, tweede Paasdag,
/// Hemelvaartsdag, tweede Pinksterdag, both Kerstdagen, Koningsdag and 5 mei. Goede Vrijdag is not one.
/// (Eerste Paas- and Pinksterdag are Sundays and therefore already excluded.)
/// </summary>
public static class Feestdagen
{
    public static bool IsFeestdag(DateOnly datum) => Van(datum.Year).Contains(datum);

    public static IReadOnlySet<DateOnly> Van(int jaar)
    {
        var pasen = Paaszondag(jaar);
        return new HashSet<DateOnly>
        {
            new(jaar, 1, 1),
            pasen.AddDays(1),
            Koningsdag(jaar),
            new(jaar, 5, 5),
            pasen.AddDays(39),
            pasen.AddDays(50),
            new(jaar, 12, 25),
            new(jaar, 12, 26),
        };
    }

    /// <summary>27 April, or 26 April when the 27th is a Sunday (Atw art. 3 lid 1, since 2014).</summary>
    public static DateOnly Koningsdag(int jaar)
    {
        var dag = new DateOnly(jaar, 4, 27);
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

/// <summary>Working days in the sense of the Algemene termijnenwet.</summary>
public static class Werkdagen
{
    public static bool IsWerkdag(DateOnly datum) =>
        datum.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Feestdagen.IsFeestdag(datum);

    /// <summary>Atw art. 1 lid 1: a term ending on a Saturday, Sunday or feestdag runs to the next day that is none of these.</summary>
    public static DateOnly VerlengTotWerkdag(DateOnly einde)
    {
        while (!IsWerkdag(einde))
        {
            einde = einde.AddDays(1);
        }

        return einde;
    }

    /// <summary>Working days after <paramref name="van"/> up to and including <paramref name="tot"/>.</summary>
    public static int Tussen(DateOnly van, DateOnly tot)
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
