namespace Wmo.Application;

/// <summary>The gemeente's calendar day, whatever time zone the server runs in (one definition for web, CLI and use cases).</summary>
public static class Kalender
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime);
    }
}
