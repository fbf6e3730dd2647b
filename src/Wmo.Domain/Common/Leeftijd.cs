namespace Wmo.Domain.Common;

public static class Leeftijd
{
    /// <summary>Age in whole years on <paramref name="datum"/> (a birthday counts from that day).</summary>
    public static int Op(DateOnly geboortedatum, DateOnly datum)
    {
        var jaren = datum.Year - geboortedatum.Year;
        return geboortedatum.AddYears(jaren) > datum ? jaren - 1 : jaren;
    }
}
