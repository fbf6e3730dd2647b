namespace Wmo.Domain.Common;

/// <summary>What typed text may contain before it is stored, printed in a letter or sent in an iWmo message.</summary>
public static class Invoertekst
{
    public const string StuurtekenMelding =
        "Dit veld bevat een onzichtbaar stuurteken (bijvoorbeeld uit tekst die is geplakt). Typ de tekst opnieuw, zonder te plakken.";

    /// <summary>TekstZonderStuurtekens: XML 1.0 (iWmo-berichten, W3C XML §2.2) en brieven kunnen U+0000–U+001F en U+007F–U+009F niet dragen; tab en regeleinden mogen wel.</summary>
    public static bool BevatStuurteken(string? tekst) =>
        tekst is not null && tekst.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
}
