using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;

namespace Wmo.Domain.Afweging;

public enum Ondersteuningsvorm
{
    Thuisondersteuning = 1,
    Dagbesteding = 2,
}

/// <summary>Which column of the criteria table the professional found fits the inwoner.</summary>
public enum Kant
{
    Basis = 1,
    Aanvullend = 2,
}

/// <summary>One row of a 002 §4.1 criteria table.</summary>
public sealed record Criterium(string Code, string Omschrijving, string Basisondersteuning, string AanvullendeOndersteuning);

/// <summary>
/// The criteria of 002 §4.1 for one form of support, as data. <see cref="Beoordeel"/> turns the professional's
/// score per criterion into a suggested pillar with reasons; the professional decides (see <see cref="Afwegingsresultaat.Kies"/>).
/// </summary>
public sealed record Afwegingskader(Ondersteuningsvorm Vorm, IReadOnlyList<Criterium> Criteria)
{
    public static Afwegingskader Thuisondersteuning { get; } = new(Ondersteuningsvorm.Thuisondersteuning,
    [
        new("doel", "Doel", "Algemene ondersteuning voor zelfredzaamheid en participatie", "Specialistische ondersteuning"),
        new("inzicht", "Inzicht in beperking", "Redelijk tot beperkt", "Beperkt tot zeer beperkt"),
        new("planbaarheid", "Planbaarheid van de zorg", "Deels planbaar, deels onplanbaar; soms direct ingrijpen nodig", "Voornamelijk onplanbaar en complex; vaak direct ingrijpen"),
        new("deskundigheid", "Deskundigheid medewerker", "Generiek, aangevuld met specifiek en signalerend vermogen", "Specifiek en signalerend vermogen"),
    ]);

    public static Afwegingskader Dagbesteding { get; } = new(Ondersteuningsvorm.Dagbesteding,
    [
        new("structuur", "Structuur en omgeving", "Gemiddelde tot duidelijke structuur; soms direct ingrijpen", "Strakke structuur; vaak direct ingrijpen"),
        new("doelgroepmix", "Mix in doelgroep", "Vaak mogelijk", "Zeer beperkt mogelijk"),
        new("deskundigheid", "Deskundigheid medewerker", "Generiek, specifiek en signalerend", "Specifiek en signalerend"),
    ]);

    public Afwegingsresultaat Beoordeel(IReadOnlyDictionary<string, Kant> scores)
    {
        // 002 §4.1: the criteria are weighed in coherence, so every criterion needs a score.
        var ontbrekend = Criteria.Where(c => !scores.ContainsKey(c.Code)).Select(c => c.Omschrijving).ToList();
        Regel.Eis(ontbrekend.Count == 0, Regelnamen.AlleCriteriaGescoord, $"Beoordeel eerst alle criteria: {string.Join(", ", ontbrekend)}.");

        var redenen = Criteria.Select(c => scores[c.Code] == Kant.Basis
            ? $"{c.Omschrijving}: {c.Basisondersteuning} (basisondersteuning)"
            : $"{c.Omschrijving}: {c.AanvullendeOndersteuning} (aanvullende ondersteuning)").ToList();
        var aanvullend = Criteria.Count(c => scores[c.Code] == Kant.Aanvullend);

        // Decision (docs/domein.md): a majority for aanvullend suggests aanvullend; a tie suggests the lighter
        // basisondersteuning, in line with "zo licht als mogelijk, zo zwaar als nodig" (002 §2).
        var suggestie = aanvullend * 2 > Criteria.Count ? Pijler.AanvullendeOndersteuning : Pijler.Basisondersteuning;
        return new Afwegingsresultaat(Vorm, suggestie, redenen);
    }
}

/// <summary>The system's suggestion and the professional's choice.</summary>
public sealed record Afwegingsresultaat(Ondersteuningsvorm Vorm, Pijler Suggestie, IReadOnlyList<string> Redenen)
{
    public Pijler? Keuze { get; private init; }

    public string? Motivering { get; private init; }

    public bool WijktAfVanSuggestie => Keuze is not null && Keuze != Suggestie;

    /// <summary>The professional decides; a choice that differs from the suggestion needs a motivation (002 §4.1).</summary>
    public Afwegingsresultaat Kies(Pijler keuze, string? motivering = null)
    {
        Regel.Eis(keuze is Pijler.Basisondersteuning or Pijler.AanvullendeOndersteuning, Regelnamen.KeuzeIsBasisOfAanvullend, "Kies basisondersteuning of aanvullende ondersteuning.");
        Regel.Eis(keuze == Suggestie || !string.IsNullOrWhiteSpace(motivering), Regelnamen.AfwijkenVanSuggestieVereistMotivering,
            "U kiest anders dan de suggestie uit het afwegingskader; motiveer die keuze.");
        return this with { Keuze = keuze, Motivering = motivering?.Trim() };
    }
}
