using System.Globalization;
using Wmo.Domain.Common;

namespace Wmo.Domain.ValueObjects;

/// <summary>iWmo code list WJ756 (LDT_Eenheid); the enum value is the code, <c>((int)e).ToString("D2")</c> gives the XML form.</summary>
public enum Eenheid
{
    Minuut = 1,
    Uur = 4,
    Etmaal = 14,
    Dagdeel = 16,
    StuksOutput = 82,
    Euros = 83,
    StuksInspanning = 84,
}

/// <summary>iWmo code list WMO757 (LDT_Frequentie); the enum value is the code.</summary>
public enum Frequentie
{
    PerDag = 1,
    PerWeek = 2,
    PerMaand = 4,
    TotaalBinnenGeldigheidsduur = 6,
}

/// <summary>Volume + eenheid + frequentie as in the iWmo Omvang element (e.g. 3 uur per week).</summary>
public sealed record Omvang
{
    // iWmo LDT_Volume allows 0..99999999; a toegekende omvang of 0 means nothing, so the domain asks for at least 1.
    public const int MaximaalVolume = 99_999_999;

    public Omvang(int volume, Eenheid eenheid, Frequentie frequentie)
    {
        Regel.Eis(volume is > 0 and <= MaximaalVolume, Regelnamen.OmvangHeeftPositiefVolume, "De omvang moet een positief aantal zijn (hoogstens 99.999.999).");
        Regel.Eis(Enum.IsDefined(eenheid), Regelnamen.OmvangGebruiktIwmoCode, "Onbekende eenheid (iWmo WJ756).");
        Regel.Eis(Enum.IsDefined(frequentie), Regelnamen.OmvangGebruiktIwmoCode, "Onbekende frequentie (iWmo WMO757).");
        Volume = volume;
        Eenheid = eenheid;
        Frequentie = frequentie;
    }

    public int Volume { get; }

    public Eenheid Eenheid { get; }

    public Frequentie Frequentie { get; }

    public string EenheidCode => ((int)Eenheid).ToString("D2", CultureInfo.InvariantCulture);

    public string FrequentieCode => ((int)Frequentie).ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds an omvang from the iWmo codes as they appear in a message ("04", "2").</summary>
    public static Omvang VanIwmoCodes(int volume, string eenheidCode, string frequentieCode)
    {
        Regel.Eis(int.TryParse(eenheidCode, CultureInfo.InvariantCulture, out var eenheid) && Enum.IsDefined((Eenheid)eenheid), Regelnamen.OmvangGebruiktIwmoCode, $"Onbekende eenheidcode '{eenheidCode}' (iWmo WJ756).");
        Regel.Eis(int.TryParse(frequentieCode, CultureInfo.InvariantCulture, out var frequentie) && Enum.IsDefined((Frequentie)frequentie), Regelnamen.OmvangGebruiktIwmoCode, $"Onbekende frequentiecode '{frequentieCode}' (iWmo WMO757).");
        return new Omvang(volume, (Eenheid)eenheid, (Frequentie)frequentie);
    }

    public override string ToString() => $"{Volume} {EenheidTekst} {FrequentieTekst}";

    private string EenheidTekst => Eenheid switch
    {
        Eenheid.Minuut => Volume == 1 ? "minuut" : "minuten",
        Eenheid.Uur => "uur",
        Eenheid.Etmaal => Volume == 1 ? "etmaal" : "etmalen",
        Eenheid.Dagdeel => Volume == 1 ? "dagdeel" : "dagdelen",
        Eenheid.Euros => "euro",
        _ => "stuks",
    };

    private string FrequentieTekst => Frequentie switch
    {
        Frequentie.PerDag => "per dag",
        Frequentie.PerWeek => "per week",
        Frequentie.PerMaand => "per maand",
        _ => "in totaal",
    };
}
