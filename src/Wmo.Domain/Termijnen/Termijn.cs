using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Termijnen;

/// <summary>The statutory terms of DOMAIN.md §6.</summary>
public enum TermijnSoort
{
    /// <summary>Wmo 2015 art. 2.3.2 lid 1: onderzoek within 6 weeks of the melding.</summary>
    Onderzoek = 1,

    /// <summary>Wmo 2015 art. 2.3.2 lid 2: 7 days to hand in a persoonlijk plan.</summary>
    PersoonlijkPlan = 2,

    /// <summary>Wmo 2015 art. 2.3.5 lid 1: beschikking within 2 weeks of the aanvraag.</summary>
    Beschikking = 3,

    /// <summary>Awb 6:7 / 6:8: bezwaar within 6 weeks, starting the day after sending.</summary>
    Bezwaar = 4,

    /// <summary>Awb 7:10: beslissing op bezwaar within 6 weeks after the bezwaartermijn.</summary>
    BeslissingOpBezwaar = 5,
}

public enum TermijnStatus
{
    OpSchema = 1,
    BinnenkortVerlopen = 2,
    Verlopen = 3,
}

/// <summary>Term lengths in days, as data (DOMAIN.md §6); <see cref="Wettelijk"/> holds the national defaults.</summary>
public sealed record TermijnInstellingen(
    int OnderzoekDagen,
    int PersoonlijkPlanDagen,
    int BeschikkingDagen,
    int BezwaarDagen,
    int BeslissingOpBezwaarDagen,
    int BinnenkortWerkdagen)
{
    public static TermijnInstellingen Wettelijk { get; } = new(42, 7, 14, 42, 42, 5);

    /// <summary>The working-day calendar every term uses, including the gelijkgestelde dagen of Atw art. 3 lid 3 (data).</summary>
    public Feestdagkalender Kalender { get; init; } = Feestdagkalender.Wettelijk;

    public int Lengte(TermijnSoort soort) => soort switch
    {
        TermijnSoort.Onderzoek => OnderzoekDagen,
        TermijnSoort.PersoonlijkPlan => PersoonlijkPlanDagen,
        TermijnSoort.Beschikking => BeschikkingDagen,
        TermijnSoort.Bezwaar => BezwaarDagen,
        _ => BeslissingOpBezwaarDagen,
    };
}

public static class TermijnSoortBron
{
    /// <summary>The statutory source of each term, for explanations to juristen.</summary>
    public static string Wetsartikel(this TermijnSoort soort) => soort switch
    {
        TermijnSoort.Onderzoek => "Wmo 2015 art. 2.3.2 lid 1",
        TermijnSoort.PersoonlijkPlan => "Wmo 2015 art. 2.3.2 lid 2",
        TermijnSoort.Beschikking => "Wmo 2015 art. 2.3.5 lid 1",
        TermijnSoort.Bezwaar => "Awb 6:7 en 6:8",
        TermijnSoort.BeslissingOpBezwaar => "Awb 7:10",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };
}

/// <summary>
/// A computed deadline. The term starts the day after <see cref="Aanvang"/> (Awb 6:8) so the nominal end is
/// aanvang + length; suspended days are added, then the Algemene termijnenwet moves the end (art. 2, art. 1).
/// <see cref="Uitleg"/> says, line by line, why the end date is what it is.
/// </summary>
public sealed record Termijn(TermijnSoort Soort, DateOnly Aanvang, DateOnly Einddatum, int OpgeschorteDagen)
{
    private const int DagenVoorArtikel2 = 3;
    private const int WerkdagenVolgensArtikel2 = 2;

    private static readonly System.Globalization.CultureInfo Nederlands = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    // The explanation is written when it is read (the CLI's `termijn`, a bezwaar's beslistermijn): a list computes the end
    // dates of many terms and shows none of their explanations (issue 15, eleventh round).
    private Lazy<IReadOnlyList<string>> _uitleg = new([]);

    public IReadOnlyList<string> Uitleg { get => _uitleg.Value; init => _uitleg = new(value); }

    /// <summary>The calendar the end date was computed with; the status of the term counts working days with it too.</summary>
    public Feestdagkalender Kalender { get; init; } = Feestdagkalender.Wettelijk;

    public static Termijn Bereken(TermijnSoort soort, DateOnly aanvang, TermijnInstellingen instellingen, IEnumerable<Periode>? opschortingen = null) =>
        Bereken(soort, aanvang, instellingen.Lengte(soort), instellingen.Kalender, TelOpgeschorteDagen(opschortingen ?? []));

    /// <summary>
    /// A term of <paramref name="dagen"/> calendar days (plus <paramref name="opgeschorteDagen"/>) after <paramref name="aanvang"/>,
    /// extended by the Algemene termijnenwet: art. 2 (a term of at least three days contains at least two working days),
    /// then art. 1 (a term ending on a Saturday, Sunday or feestdag runs to the next working day).
    /// </summary>
    public static Termijn Bereken(TermijnSoort soort, DateOnly aanvang, int dagen, Feestdagkalender kalender, int opgeschorteDagen = 0)
    {
        ArgumentNullException.ThrowIfNull(kalender);
        var einde = Einde(soort, aanvang, dagen, kalender, opgeschorteDagen, uitleg: null);
        return new Termijn(soort, aanvang, einde, opgeschorteDagen)
        {
            Kalender = kalender,
            _uitleg = new(() =>
            {
                var uitleg = new List<string>();
                Einde(soort, aanvang, dagen, kalender, opgeschorteDagen, uitleg);
                return uitleg;
            }),
        };
    }

    // The end date, and (when asked for) why, line by line: one computation for both, so the explanation cannot tell another story.
    private static DateOnly Einde(TermijnSoort soort, DateOnly aanvang, int dagen, Feestdagkalender kalender, int opgeschorteDagen, List<string>? uitleg)
    {
        var lengte = dagen + opgeschorteDagen;
        var nominaal = aanvang.AddDays(lengte);
        uitleg?.AddRange(
        [
            $"aanvang: {Toon(aanvang)}; de termijn begint de dag erna",
            $"termijn: {dagen} dagen ({soort.Wetsartikel()})" + (opgeschorteDagen > 0 ? $" plus {opgeschorteDagen} opgeschorte dagen" : string.Empty),
            $"laatste dag zonder Algemene termijnenwet: {Toon(nominaal)}",
        ]);

        for (var dag = aanvang.AddDays(1); uitleg is not null && dag < nominaal; dag = dag.AddDays(1))
        {
            if (kalender.WaaromGeenWerkdag(dag) is { } reden && dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                uitleg.Add($"{Toon(dag)} valt binnen de termijn: {reden}; telt gewoon mee (de Atw verlengt alleen een termijn die op zo'n dag eindigt)");
            }
        }

        var einde = nominaal;
        if (lengte >= DagenVoorArtikel2 && kalender.Tussen(aanvang, einde) < WerkdagenVolgensArtikel2)
        {
            uitleg?.Add($"Atw art. 2: de termijn bevat {kalender.Tussen(aanvang, einde)} werkdag(en); verlengd tot er {WerkdagenVolgensArtikel2} in vallen");
            while (kalender.Tussen(aanvang, einde) < WerkdagenVolgensArtikel2)
            {
                einde = einde.AddDays(1);
                if (kalender.WaaromGeenWerkdag(einde) is { } reden)
                {
                    uitleg?.Add($"{Toon(einde)} overgeslagen: {reden} (Atw art. 2)");
                }
            }
        }

        while (kalender.WaaromGeenWerkdag(einde) is { } reden)
        {
            uitleg?.Add($"{Toon(einde)} overgeslagen: {reden}");
            einde = einde.AddDays(1);
        }

        uitleg?.Add(einde == nominaal
            ? $"{Toon(einde)} is een werkdag: geen verlenging (Atw art. 1)"
            : $"verlengd tot de eerstvolgende werkdag: {Toon(einde)}");
        return einde;
    }

    /// <summary>The same term with another end (Awb 4:14, a verdaging), its explanation ending with <paramref name="regel"/>.</summary>
    public Termijn MetEinde(DateOnly einde, Func<string> regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        var eerder = _uitleg;
        return this with { Einddatum = einde, _uitleg = new(() => [.. eerder.Value, regel()]) };
    }

    /// <summary>Days left until the end date (negative when overdue).</summary>
    public int DagenResterend(DateOnly vandaag) => Einddatum.DayNumber - vandaag.DayNumber;

    /// <summary>"Bijna verlopen" from <paramref name="binnenkortWerkdagen"/> working days before the end (the gemeente's setting).</summary>
    public TermijnStatus Status(DateOnly vandaag, int binnenkortWerkdagen)
    {
        if (vandaag > Einddatum)
        {
            return TermijnStatus.Verlopen;
        }

        return Kalender.Tussen(vandaag, Einddatum) <= binnenkortWerkdagen ? TermijnStatus.BinnenkortVerlopen : TermijnStatus.OpSchema;
    }

    public TermijnStatus Status(TimeProvider klok, TermijnInstellingen instellingen) => Status(Vandaag.Volgens(klok), instellingen.BinnenkortWerkdagen);

    private static string Toon(DateOnly dag) =>
        dag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " (" + dag.ToString("dddd", Nederlands) + ")";

    // An open opschorting (not yet resumed) cannot extend by a known number of days; it is counted once it ends.
    private static int TelOpgeschorteDagen(IEnumerable<Periode> opschortingen)
    {
        var dagen = 0;
        foreach (var periode in opschortingen)
        {
            Regel.Eis(!periode.IsOpen, Regelnamen.OpschortingHeeftEinde, "Een opschorting moet beëindigd zijn voordat de termijn kan worden berekend.");
            dagen += periode.AantalDagen!.Value;
        }

        return dagen;
    }
}

/// <summary>
/// The one place that turns the clock into a calendar date: the gemeente's day in Europe/Amsterdam, whatever time
/// zone the server (or a test clock) runs in. Terms are counted in Dutch calendar days (Awb 6:8, Algemene termijnenwet).
/// </summary>
public static class Vandaag
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Volgens(TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime);
    }
}
