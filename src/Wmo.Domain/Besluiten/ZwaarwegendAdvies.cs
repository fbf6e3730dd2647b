using System.Diagnostics.CodeAnalysis;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Organisaties;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Besluiten;

/// <summary>Zorg in natura or persoonsgebonden budget (Wmo 2015 art. 2.3.6).</summary>
public enum Leveringsvorm
{
    ZorgInNatura = 1,
    Pgb = 2,
}

/// <summary>Wmo 2015 art. 2.3.6 lid 2 onder a: the inwoner manages the pgb alone, or with help (e.g. a vertegenwoordiger).</summary>
public enum PgbBeheer
{
    Zelfstandig = 1,
    MetHulp = 2,
}

/// <summary>
/// The three conditions of Wmo 2015 art. 2.3.6 lid 2, each motivated, and the amount with its calculation (lid 3):
/// a. the inwoner (alone or with help) can manage the pgb; b. the inwoner's own motivation for a pgb; c. the quality of the
/// support bought with it (safe, effective, client-centred).
/// </summary>
public sealed record PgbOnderbouwing(PgbBeheer Beheer, string BeheerMotivering, string EigenMotivatie, string KwaliteitMotivering, decimal Bedrag, string Berekening);

public enum AdviesStatus
{
    Concept = 1,
    Ingediend = 2,
    Teruggestuurd = 3,
    Goedgekeurd = 4,
    Afgeweken = 5,
}

public enum ToetsUitkomst
{
    Goedkeuren = 1,
    TerugsturenMetOpmerkingen = 2,
    AfwijkenMetMotivering = 3,
}

/// <summary>
/// The zwaarwegend advies of the basisondersteuning on an aanvraag or a regional provision (002 §4.5, §4.7;
/// DOMAIN.md §2.4), toetsed by a gemeente toetser under the four-eyes rules (001 §3.3).
/// </summary>
public sealed class ZwaarwegendAdvies
{
    private readonly List<Toetsing> _toetsingen = [];

    private ZwaarwegendAdvies()
    {
        VoorzieningCode = string.Empty;
        Omvang = null!;
        Motivering = string.Empty;
    }

    public ZwaarwegendAdvies(Guid vraagId, Actor auteur, string voorzieningCode, Omvang omvang, Periode periode, Leveringsvorm leveringsvorm, string motivering, PgbOnderbouwing? pgb = null)
    {
        // 002 §4.5: the advies is written by the sociaal werker of the basisondersteuning.
        Regel.Eis(auteur.IsBeroepskrachtBasisondersteuning, Regelnamen.AdviesDoorBasisondersteuning, "Een zwaarwegend advies wordt geschreven door een sociaal werker van de basisondersteuning.");
        Id = Guid.CreateVersion7();
        VraagId = vraagId;
        AuteurId = auteur.GebruikerId;
        Status = AdviesStatus.Concept;
        Vul(voorzieningCode, omvang, periode, leveringsvorm, motivering, pgb);
    }

    public Guid Id { get; private set; }

    public Guid VraagId { get; private set; }

    public Guid AuteurId { get; private set; }

    public string VoorzieningCode { get; private set; }

    public Omvang Omvang { get; private set; }

    public DateOnly Ingangsdatum { get; private set; }

    public DateOnly? Einddatum { get; private set; }

    public Periode Periode => new(Ingangsdatum, Einddatum);

    public Leveringsvorm Leveringsvorm { get; private set; }

    public string Motivering { get; private set; }

    /// <summary>Why the inwoner (or representative) can manage a PGB (Wmo 2015 art. 2.3.6 lid 2 onder a; 004 PGB conditions).</summary>
    public string? PgbVaardigheidMotivering { get; private set; }

    /// <summary>Alone or with help (Wmo 2015 art. 2.3.6 lid 2 onder a); null without a pgb.</summary>
    public PgbBeheer? PgbBeheer { get; private set; }

    /// <summary>The inwoner's own motivation for a pgb (Wmo 2015 art. 2.3.6 lid 2 onder b).</summary>
    public string? PgbEigenMotivatie { get; private set; }

    /// <summary>Why the support bought is safe, effective and client-centred (Wmo 2015 art. 2.3.6 lid 2 onder c).</summary>
    public string? PgbKwaliteitMotivering { get; private set; }

    /// <summary>The pgb amount for the whole period (Wmo 2015 art. 2.3.6 lid 3).</summary>
    public decimal? PgbBedrag { get; private set; }

    /// <summary>How the amount was calculated (Wmo 2015 art. 2.3.6 lid 3, the verordening's tariff).</summary>
    public string? PgbBerekening { get; private set; }

    /// <summary>The recorded pgb conditions, or null without a pgb.</summary>
    public PgbOnderbouwing? Pgb => PgbBeheer is { } beheer
        ? new PgbOnderbouwing(beheer, PgbVaardigheidMotivering!, PgbEigenMotivatie!, PgbKwaliteitMotivering!, PgbBedrag!.Value, PgbBerekening!)
        : null;

    public AdviesStatus Status { get; private set; }

    /// <summary>The day the advies was (last) submitted to the toetser; null for adviezen submitted before this was recorded.</summary>
    public DateOnly? IngediendOp { get; private set; }

    /// <summary>
    /// The aanvraagdatum of the vraag, taken over each time the advies is submitted
    /// (<see cref="Vragen.Ondersteuningsvraag.MarkeerAdviesIngediend"/>); the aanvraag cannot change while the advies waits for
    /// the toetser. The beslistermijn runs from it (Wmo 2015 art. 2.3.5 lid 1), so the toetser's queue is sorted on it, oldest
    /// first, from an index on the advies alone (issue 15, docs/performance.md, eighth round).
    /// </summary>
    public DateOnly? Aanvraagdatum { get; private set; }

    /// <summary>The aanbieder that delivers the voorziening, when the sociaal werker names one (issue 12); the beschikking shows it.</summary>
    public Guid? AanbiederId { get; private set; }

    public IReadOnlyList<Toetsing> Toetsingen => _toetsingen;

    public bool IsAanvaard => Status is AdviesStatus.Goedgekeurd or AdviesStatus.Afgeweken;

    public Guid? BeslisserId => _toetsingen.LastOrDefault(t => t.Uitkomst != ToetsUitkomst.TerugsturenMetOpmerkingen)?.ToetserId;

    /// <summary>The author may revise it: it was sent back with remarks (or is still a concept).</summary>
    public bool KanHerzien => Status is AdviesStatus.Concept or AdviesStatus.Teruggestuurd;

    public void DienIn(DateOnly? op = null)
    {
        Regel.Eis(Status is AdviesStatus.Concept or AdviesStatus.Teruggestuurd, Regelnamen.AdviesStatusovergang, "Alleen een concept of teruggestuurd advies kan worden ingediend.");
        Status = AdviesStatus.Ingediend;
        IngediendOp = op ?? IngediendOp;
    }

    /// <summary>The vraag takes its aanvraagdatum over on submission (<see cref="Aanvraagdatum"/>).</summary>
    internal void NeemAanvraagdatumOver(DateOnly? aanvraagdatum) => Aanvraagdatum = aanvraagdatum;

    /// <summary>
    /// The advies names the aanbieder that delivers <paramref name="voorziening"/>, or none (<c>null</c>): only an active
    /// aanbieder contracted for the voorziening's perceel (002 §5.1, <see cref="Organisatie.AanbiederLevertInPerceel"/>).
    /// </summary>
    public void NoemAanbieder(Organisatie? aanbieder, Voorziening voorziening)
    {
        ArgumentNullException.ThrowIfNull(voorziening);
        Regel.Eis(KanHerzien, Regelnamen.AdviesStatusovergang, "Een ingediend of getoetst advies kan niet meer worden gewijzigd.");
        Regel.Eis(voorziening.Code == VoorzieningCode, Regelnamen.AdviesNoemtVoorziening, "De aanbieder hoort bij de voorziening van het advies.");
        if (aanbieder is not null)
        {
            Organisatie.AanbiederLevertInPerceel(aanbieder, voorziening);
        }

        AanbiederId = aanbieder?.Id;
    }

    /// <summary>After a return with remarks the author revises the advies, then submits it again.</summary>
    public void Herzie(Actor auteur, Omvang omvang, Periode periode, Leveringsvorm leveringsvorm, string motivering, PgbOnderbouwing? pgb = null)
    {
        Regel.Eis(auteur.GebruikerId == AuteurId, Regelnamen.AlleenAuteurHerzietAdvies, "Alleen de schrijver van het advies kan het herzien.");
        Regel.Eis(KanHerzien, Regelnamen.AdviesStatusovergang, "Een ingediend of getoetst advies kan niet meer worden gewijzigd.");
        Vul(VoorzieningCode, omvang, periode, leveringsvorm, motivering, pgb);
    }

    /// <summary>
    /// Wmo 2015 art. 2.3.6 lid 1: a pgb is a form of a maatwerkvoorziening; an algemene voorziening (sociale basis,
    /// basisondersteuning) is never given as a pgb. Checked with the catalogue when the advies is submitted and at the toekenning.
    /// </summary>
    public static void GeenPgbVoorAlgemeneVoorziening(Voorziening voorziening, Leveringsvorm leveringsvorm)
    {
        ArgumentNullException.ThrowIfNull(voorziening);
        Regel.Eis(leveringsvorm != Leveringsvorm.Pgb || voorziening.Pijler.IsMaatwerkvoorziening(), Regelnamen.GeenPgbVoorAlgemeneVoorziening,
            $"'{voorziening.Naam}' is een algemene voorziening; een pgb kan alleen voor een maatwerkvoorziening (Wmo 2015 art. 2.3.6 lid 1).");
    }

    /// <summary>
    /// Why <paramref name="toetser"/> cannot toets this advies now (the message of the first broken rule), or <c>null</c>:
    /// the same checks as <see cref="Keur"/>, <see cref="StuurTerug"/> and <see cref="WijkAf"/>, so a page can hide its buttons.
    /// </summary>
    public string? BelemmeringVoorToetsing(Actor toetser, Guid? clientondersteunerVanDeZaak)
    {
        try
        {
            ControleerToetser(toetser, clientondersteunerVanDeZaak);
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

    public void Keur(Actor toetser, Guid? clientondersteunerVanDeZaak, string? opmerking, DateTimeOffset moment)
    {
        ControleerToetser(toetser, clientondersteunerVanDeZaak);
        _toetsingen.Add(new Toetsing(toetser.GebruikerId, ToetsUitkomst.Goedkeuren, opmerking, moment));
        Status = AdviesStatus.Goedgekeurd;
    }

    public void StuurTerug(Actor toetser, Guid? clientondersteunerVanDeZaak, string opmerkingen, DateTimeOffset moment)
    {
        ControleerToetser(toetser, clientondersteunerVanDeZaak);
        var tekst = Regel.VerplichteTekst(opmerkingen, Regelnamen.TerugsturenMetOpmerkingen, "Geef aan wat er aan het advies moet veranderen.");
        _toetsingen.Add(new Toetsing(toetser.GebruikerId, ToetsUitkomst.TerugsturenMetOpmerkingen, tekst, moment));
        Status = AdviesStatus.Teruggestuurd;
    }

    /// <summary>The gemeente deviates from the advies (e.g. a different omvang); the deviation is motivated (DOMAIN.md §2.5).</summary>
    public void WijkAf(Actor toetser, Guid? clientondersteunerVanDeZaak, string motivering, Omvang? andereOmvang, Periode? anderePeriode, DateTimeOffset moment)
    {
        ControleerToetser(toetser, clientondersteunerVanDeZaak);
        var tekst = Regel.VerplichteTekst(motivering, Regelnamen.AfwijkenVereistMotivering, "Motiveer waarom de gemeente afwijkt van het zwaarwegend advies.");
        _toetsingen.Add(new Toetsing(toetser.GebruikerId, ToetsUitkomst.AfwijkenMetMotivering, tekst, moment));
        Omvang = andereOmvang ?? Omvang;
        if (anderePeriode is not null)
        {
            Ingangsdatum = anderePeriode.Start;
            Einddatum = anderePeriode.Einde;
        }

        Status = AdviesStatus.Afgeweken;
    }

    [MemberNotNull(nameof(VoorzieningCode), nameof(Omvang), nameof(Motivering))]
    private void Vul(string voorzieningCode, Omvang omvang, Periode periode, Leveringsvorm leveringsvorm, string motivering, PgbOnderbouwing? pgb)
    {
        VoorzieningCode = Regel.VerplichteTekst(voorzieningCode, Regelnamen.AdviesNoemtVoorziening, "Kies de voorziening.");
        Omvang = omvang;

        // 002 §3.1 (HH): a toekenning runs for a limited time, so the advies proposes the duration the toetser decides on.
        Regel.Eis(periode.Einde is not null, Regelnamen.AdviesNoemtEinddatum, "Vul de einddatum in: een toekenning geldt voor een bepaalde duur.");
        Ingangsdatum = periode.Start;
        Einddatum = periode.Einde;
        Leveringsvorm = leveringsvorm;
        Motivering = Regel.VerplichteTekst(motivering, Regelnamen.AdviesIsGemotiveerd, "Motiveer het advies aan de hand van de criteria.");
        var onderbouwing = leveringsvorm == Leveringsvorm.Pgb ? PgbVoorwaarden(pgb) : null;
        PgbBeheer = onderbouwing?.Beheer;
        PgbVaardigheidMotivering = onderbouwing?.BeheerMotivering;
        PgbEigenMotivatie = onderbouwing?.EigenMotivatie;
        PgbKwaliteitMotivering = onderbouwing?.KwaliteitMotivering;
        PgbBedrag = onderbouwing?.Bedrag;
        PgbBerekening = onderbouwing?.Berekening;
    }

    private void ControleerToetser(Actor toetser, Guid? clientondersteunerVanDeZaak)
    {
        Regel.Eis(Status == AdviesStatus.Ingediend, Regelnamen.AdviesStatusovergang, "Alleen een ingediend advies kan worden getoetst.");
        AlleenGemeenteToetserToetst(toetser);
        ToetserMagEigenAdviesNietToetsen(toetser);
        Vierogen.ClientondersteunerIsNooitBeslisser(toetser, clientondersteunerVanDeZaak);
    }

    // 003 L2811: toetsing is done by a gemeente employee.
    private static void AlleenGemeenteToetserToetst(Actor toetser) =>
        Regel.Eis(toetser.Rol == Rol.Toetser, nameof(AlleenGemeenteToetserToetst), "Alleen een toetser van de gemeente kan een zwaarwegend advies toetsen.");

    // DOMAIN.md §2.5 (four-eyes): the toetser is never the author of the advies.
    private void ToetserMagEigenAdviesNietToetsen(Actor toetser) =>
        Regel.Eis(toetser.GebruikerId != AuteurId, nameof(ToetserMagEigenAdviesNietToetsen), "U kunt een advies dat u zelf schreef niet toetsen.");

    // Wmo 2015 art. 2.3.6 lid 2 (the three conditions, each motivated) and lid 3 (the amount and how it is calculated).
    private static PgbOnderbouwing PgbVoorwaarden(PgbOnderbouwing? pgb)
    {
        // lid 2 onder a: the inwoner, alone or with help, can perform the tasks of a pgb responsibly.
        Regel.Eis(pgb is not null && Enum.IsDefined(pgb.Beheer) && !string.IsNullOrWhiteSpace(pgb.BeheerMotivering), Regelnamen.PgbVereistVaardigheidsmotivering,
            "Bij een PGB hoort een motivering waarom de inwoner (alleen of met hulp) het budget kan beheren.");
        // lid 2 onder b: the inwoner states, motivated, why the support should come as a pgb.
        Regel.Eis(!string.IsNullOrWhiteSpace(pgb!.EigenMotivatie), Regelnamen.PgbVereistEigenMotivatie, "Noteer de eigen motivatie van de inwoner voor een PGB.");
        // lid 2 onder c: the support bought is safe, effective and client-centred.
        Regel.Eis(!string.IsNullOrWhiteSpace(pgb.KwaliteitMotivering), Regelnamen.PgbVereistKwaliteitswaarborg,
            "Motiveer waarom de ondersteuning die met het PGB wordt ingekocht veilig, doeltreffend en cliëntgericht is.");
        // lid 3: the amount, and how it follows from the verordening's tariff.
        Regel.Eis(pgb.Bedrag > 0 && pgb.Bedrag <= 1_000_000m, Regelnamen.PgbVereistBedragEnBerekening, "Vul het bedrag van het PGB in (meer dan € 0).");
        Regel.Eis(!string.IsNullOrWhiteSpace(pgb.Berekening), Regelnamen.PgbVereistBedragEnBerekening, "Leg vast hoe het bedrag van het PGB is berekend.");
        return new PgbOnderbouwing(pgb.Beheer, pgb.BeheerMotivering.Trim(), pgb.EigenMotivatie.Trim(), pgb.KwaliteitMotivering.Trim(), Geld.Rond(pgb.Bedrag), pgb.Berekening.Trim());
    }
}

/// <summary>One toets decision on an advies.</summary>
public sealed class Toetsing
{
    private Toetsing()
    {
    }

    internal Toetsing(Guid toetserId, ToetsUitkomst uitkomst, string? opmerking, DateTimeOffset moment)
    {
        Id = Guid.CreateVersion7();
        ToetserId = toetserId;
        Uitkomst = uitkomst;
        Opmerking = string.IsNullOrWhiteSpace(opmerking) ? null : opmerking.Trim();
        Moment = moment;
    }

    public Guid Id { get; private set; }

    public Guid ToetserId { get; private set; }

    public ToetsUitkomst Uitkomst { get; private set; }

    public string? Opmerking { get; private set; }

    public DateTimeOffset Moment { get; private set; }
}

/// <summary>Four-eyes rules shared by toetsing and beschikking.</summary>
public static class Vierogen
{
    // 001 §3.3 (L659-663): the cliëntondersteuner of a case is never its beslisser.
    public static void ClientondersteunerIsNooitBeslisser(Actor beslisser, Guid? clientondersteunerVanDeZaak) =>
        Regel.Eis(clientondersteunerVanDeZaak is null || beslisser.GebruikerId != clientondersteunerVanDeZaak, nameof(ClientondersteunerIsNooitBeslisser),
            "U bent cliëntondersteuner in deze zaak en kunt er daarom niet over beslissen.");
}
