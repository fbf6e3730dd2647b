namespace Wmo.Infrastructure;

/// <summary>The gemeente's calendar day and wall-clock time, whatever time zone the server runs in (the day itself is the domain's: <see cref="Domain.Termijnen.Vandaag"/>).</summary>
public static class Gemeentetijd
{
    public static readonly TimeZoneInfo Amsterdam = Domain.Termijnen.Vandaag.Amsterdam;

    public static DateTime Nu(TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime;
    }

    public static DateOnly Vandaag(TimeProvider klok) => Domain.Termijnen.Vandaag.Volgens(klok);
}
