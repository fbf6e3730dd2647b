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

    public int Lengte(TermijnSoort soort) => soort switch
    {
        TermijnSoort.Onderzoek => OnderzoekDagen,
        TermijnSoort.PersoonlijkPlan => PersoonlijkPlanDagen,
        TermijnSoort.Beschikking => BeschikkingDagen,
        TermijnSoort.Bezwaar => BezwaarDagen,
        _ => BeslissingOpBezwaarDagen,
    };
}

/// <summary>
/// A computed deadline. The term starts the day after <see cref="Aanvang"/> (Awb 6:8) so the nominal end is
/// aanvang + length; suspended days are added, then the Algemene termijnenwet moves the end to a working day.
/// </summary>
public sealed record Termijn(TermijnSoort Soort, DateOnly Aanvang, DateOnly Einddatum, int OpgeschorteDagen)
{
    public static Termijn Bereken(TermijnSoort soort, DateOnly aanvang, TermijnInstellingen instellingen, IEnumerable<Periode>? opschortingen = null)
    {
        var opgeschort = TelOpgeschorteDagen(opschortingen ?? []);
        var nominaal = aanvang.AddDays(instellingen.Lengte(soort) + opgeschort);
        return new Termijn(soort, aanvang, Werkdagen.VerlengTotWerkdag(nominaal), opgeschort);
    }

    /// <summary>Days left until the end date (negative when overdue).</summary>
    public int DagenResterend(DateOnly vandaag) => Einddatum.DayNumber - vandaag.DayNumber;

    public TermijnStatus Status(DateOnly vandaag, int binnenkortWerkdagen = 5)
    {
        if (vandaag > Einddatum)
        {
            return TermijnStatus.Verlopen;
        }

        return Werkdagen.Tussen(vandaag, Einddatum) <= binnenkortWerkdagen ? TermijnStatus.BinnenkortVerlopen : TermijnStatus.OpSchema;
    }

    public TermijnStatus Status(TimeProvider klok) => Status(Vandaag.Volgens(klok));

    // An open opschorting (not yet resumed) cannot extend by a known number of days; it is counted once it ends.
    private static int TelOpgeschorteDagen(IEnumerable<Periode> opschortingen)
    {
        var dagen = 0;
        foreach (var periode in opschortingen)
        {
            Regel.Eis(!periode.IsOpen, "OpschortingHeeftEinde", "Een opschorting moet beëindigd zijn voordat de termijn kan worden berekend.");
            dagen += periode.AantalDagen!.Value;
        }

        return dagen;
    }
}

/// <summary>The one place that turns the clock into a calendar date: the gemeente's day (Europe/Amsterdam), whatever the server's zone.</summary>
public static class Vandaag
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Volgens(TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime);
    }
}
