using System.Globalization;
using Wmo.Domain.Termijnen;

namespace Wmo.Web.Weergave;

/// <summary>How the portal writes dates and amounts for people: Dutch, "14 maart 2026".</summary>
public static class Formaat
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Lang(this DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    public static string Lang(this DateOnly? datum) => datum is { } d ? d.Lang() : "–";

    public static string Kort(this DateOnly datum) => datum.ToString("dd-MM-yyyy", Nl);

    public static string Kort(this DateOnly? datum) => datum is { } d ? d.Kort() : "–";

    public static string Moment(this DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Klok.Amsterdam).ToString("d MMMM yyyy 'om' HH:mm", Nl);

    /// <summary>"12 seconden", "3 minuten en 5 seconden": how long a job took, for people.</summary>
    public static string Duur(this TimeSpan duur)
    {
        var seconden = (long)Math.Round(duur.TotalSeconds);
        var minuten = seconden / 60;
        var rest = seconden % 60;
        var deel = rest == 1 ? "1 seconde" : $"{rest} seconden";
        return minuten switch
        {
            0 when duur < TimeSpan.FromSeconds(1) => "minder dan een seconde",
            0 => deel,
            1 => rest == 0 ? "1 minuut" : $"1 minuut en {deel}",
            _ => rest == 0 ? $"{minuten} minuten" : $"{minuten} minuten en {deel}",
        };
    }

    public static string Euro(this decimal bedrag) => bedrag.ToString("C2", Nl);

    /// <summary>A count as written in Dutch: 1.000, 175.071.</summary>
    public static string Getal(this long aantal) => aantal.ToString("N0", Nl);

    /// <inheritdoc cref="Getal(long)"/>
    public static string Getal(this int aantal) => ((long)aantal).Getal();

    /// <summary>"nog 12 dagen", "vandaag", "3 dagen te laat" — the text that goes with the colour.</summary>
    public static string Resterend(this Termijn termijn, DateOnly vandaag)
    {
        var dagen = termijn.DagenResterend(vandaag);
        return dagen switch
        {
            0 => "verloopt vandaag",
            1 => "nog 1 dag",
            > 1 => $"nog {dagen} dagen",
            -1 => "1 dag te laat",
            _ => $"{-dagen} dagen te laat",
        };
    }
}

/// <summary>The web layer's shorthand for the domain's one "vandaag" (<see cref="Domain.Termijnen.Vandaag"/>).</summary>
public static class Klok
{
    public static TimeZoneInfo Amsterdam => Domain.Termijnen.Vandaag.Amsterdam;

    public static DateOnly Vandaag(this TimeProvider klok) => Domain.Termijnen.Vandaag.Volgens(klok);
}
