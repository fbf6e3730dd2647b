namespace Wmo.Infrastructure;

/// <summary>The gemeente's calendar day and wall-clock time, whatever time zone the server runs in.</summary>
public static class Gemeentetijd
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime Nu(TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime;
    }

    public static DateOnly Vandaag(TimeProvider klok) => DateOnly.FromDateTime(Nu(klok));
}
