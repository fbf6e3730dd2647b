namespace Wmo.Domain.Common;

/// <summary>
/// Issue 9 ("every date field has a sane range: 1900–2100 for history, today ± a few years for plans and terms"): the one
/// place for the range of plan and term dates — opschorten and hervatten of onderzoek and beslistermijn, verdagen, the
/// ingebrekestelling, the evaluatiedatums of a plan's doelen and the verzenddatum of a beschikking. A date more than
/// <see cref="Jaren"/> years before or after today is a typing error (a year 2062 for 2026); stored, it stretched every term
/// and deadline computed from it. History (birth dates, memberships) keeps 1900–2100 (<see cref="Regel.BruikbareDatum"/>).
/// The forms check the same range at the field (<c>PlanOfTermijnDatum</c> in the validators), the domain refuses the rest.
/// </summary>
public static class Datumbereik
{
    /// <summary>Years before and after today: a term runs weeks to months, a plan a year or two, an old case is picked up late.</summary>
    public const int Jaren = 5;

    public static DateOnly Vroegste(DateOnly vandaag) => vandaag.AddYears(-Jaren);

    public static DateOnly Laatste(DateOnly vandaag) => vandaag.AddYears(Jaren);

    public static bool IsPlanOfTermijnDatum(DateOnly datum, DateOnly vandaag) => datum >= Vroegste(vandaag) && datum <= Laatste(vandaag);

    public static string Melding(DateOnly vandaag) =>
        $"Vul een datum tussen {Vroegste(vandaag):dd-MM-yyyy} en {Laatste(vandaag):dd-MM-yyyy} in.";

    /// <summary>
    /// The longest a period (a toekenning, a toewijzing) may run from its start: the longest toekenning a duurbeleid may set
    /// (002 §3.1; <c>DuurbeleidIsSamenhangend</c> allows at most 120 months). Its end is judged from its start, not from
    /// today, so a 60-month toekenning for a chronic limitation that starts next month is not refused.
    /// </summary>
    public const int LangstePeriodeJaren = 10;

    public static bool IsPeriodeEinde(DateOnly einde, DateOnly start) => einde <= start.AddYears(LangstePeriodeJaren);

    public static string MeldingPeriodeEinde(DateOnly start) =>
        $"Een periode duurt hoogstens {LangstePeriodeJaren} jaar: vul een einddatum uiterlijk {start.AddYears(LangstePeriodeJaren):dd-MM-yyyy} in.";

    /// <summary>The end of a period that starts on <paramref name="start"/> when it lies within <see cref="LangstePeriodeJaren"/>; otherwise the rule breaks.</summary>
    public static DateOnly PeriodeEinde(DateOnly einde, DateOnly start)
    {
        Regel.Eis(IsPeriodeEinde(einde, start), nameof(PeriodeEinde), MeldingPeriodeEinde(start));
        return einde;
    }

    /// <summary>The date when it lies within <see cref="Jaren"/> years of <paramref name="vandaag"/>; otherwise the rule breaks.</summary>
    public static DateOnly PlanOfTermijnDatum(DateOnly datum, DateOnly vandaag)
    {
        Regel.Eis(IsPlanOfTermijnDatum(datum, vandaag), Regelnamen.PlanOfTermijnDatum, Melding(vandaag));
        return datum;
    }
}
