using Wmo.Domain.Common;

namespace Wmo.Domain.Vragen;

/// <summary>Who came in or signalled (DOMAIN.md §2.1).</summary>
public enum MelderSoort
{
    Inwoner = 1,
    Buur = 2,
    Huisarts = 3,
    School = 4,
    Familie = 5,
    Anders = 6,
}

/// <summary>Kinds of urgent/safety signals that need a beroepskracht now.</summary>
public enum Veiligheidssignaal
{
    HuiselijkGeweld = 1,
    Kindermishandeling = 2,
    DreigendeHuisuitzetting = 3,
    AcuteZorgOmGezondheid = 4,
    Suicidaliteit = 5,
    Anders = 6,
}

/// <summary>The person who came in or signalled, and how to reach them.</summary>
public sealed record Melder(MelderSoort Soort, string Naam, string? Telefoon, string? Email);

/// <summary>
/// First-contact note in the buurtkamer (002 §3.1 "Werkwijze"; DOMAIN.md §2.1). Volunteers record the minimum
/// and only add to their own notes. The <see cref="Meldingsdatum"/> starts the onderzoekstermijn.
/// </summary>
public sealed class EersteContact
{
    private readonly List<ContactNotitie> _notities = [];

    private EersteContact()
    {
        Melder = null!;
        VraagInEigenWoorden = string.Empty;
    }

    public EersteContact(
        Actor auteur, Guid buurtkamerId, DateOnly meldingsdatum, Melder melder, string? overWie, string vraagInEigenWoorden, bool beroepskrachtIngeschakeld, Veiligheidssignaal? signaal, DateTimeOffset vastgelegdOp,
        DateOnly? geboortedatum = null, int? leeftijd = null)
    {
        // 002 §3.1: volunteers and beroepskrachten receive people at the buurtkamer.
        Regel.Eis(auteur.Rol is Rol.Vrijwilliger or Rol.SociaalWerker, Regelnamen.EersteContactInBuurtkamer, "Een eerste contact wordt vastgelegd door een vrijwilliger of beroepskracht van de buurtkamer.");
        Regel.Eis(melder.Soort == MelderSoort.Inwoner || !string.IsNullOrWhiteSpace(overWie), Regelnamen.SignaalNoemtOverWie, "Noteer over wie het signaal gaat.");
        Id = Guid.CreateVersion7();
        AuteurId = auteur.GebruikerId;
        BuurtkamerId = buurtkamerId;
        Meldingsdatum = meldingsdatum;
        Melder = melder;
        OverWie = overWie?.Trim();
        VraagInEigenWoorden = Regel.VerplichteTekst(vraagInEigenWoorden, Regelnamen.EersteContactHeeftVraag, "Noteer de vraag in de eigen woorden van de inwoner.");
        Signaal = signaal;
        GeboortedatumOfLeeftijd(geboortedatum, leeftijd, meldingsdatum);
        Geboortedatum = geboortedatum;
        LeeftijdBijMelding = leeftijd;

        // An urgent or safety signal always brings in a beroepskracht (DOMAIN.md §2.1).
        BeroepskrachtIngeschakeld = beroepskrachtIngeschakeld || signaal is not null;
        VastgelegdOp = vastgelegdOp;
    }

    /// <summary>The highest age a first contact accepts.</summary>
    public const int HoogsteLeeftijd = 120;

    public Guid Id { get; private set; }

    public Guid AuteurId { get; private set; }

    public Guid BuurtkamerId { get; private set; }

    public DateOnly Meldingsdatum { get; private set; }

    public Melder Melder { get; private set; }

    public string? OverWie { get; private set; }

    public string VraagInEigenWoorden { get; private set; }

    public bool BeroepskrachtIngeschakeld { get; private set; }

    public Veiligheidssignaal? Signaal { get; private set; }

    public bool IsUrgent => Signaal is not null;

    public DateTimeOffset VastgelegdOp { get; private set; }

    /// <summary>Birth date of the person it is about, if the melder knew it (optional).</summary>
    public DateOnly? Geboortedatum { get; private set; }

    /// <summary>Age on the meldingsdatum, if that is all the melder said (optional; never together with a birth date).</summary>
    public int? LeeftijdBijMelding { get; private set; }

    /// <summary>The age on <paramref name="datum"/>: from the birth date, or the age given at the melding plus the years since.</summary>
    public int? LeeftijdOp(DateOnly datum) => LeeftijdVan(Geboortedatum, LeeftijdBijMelding, Meldingsdatum, datum);

    /// <summary>The same for a list row that read only the three columns.</summary>
    public static int? LeeftijdVan(DateOnly? geboortedatum, int? leeftijdBijMelding, DateOnly meldingsdatum, DateOnly datum) =>
        geboortedatum is { } geboren ? Leeftijd.Op(geboren, datum)
        : leeftijdBijMelding is { } jaren ? jaren + Leeftijd.Op(meldingsdatum, datum)
        : null;

    /// <summary>Set when a beroepskracht turns the contact into an ondersteuningsvraag.</summary>
    public Guid? OndersteuningsvraagId { get; private set; }

    public IReadOnlyList<ContactNotitie> Notities => _notities;

    public void VoegNotitieToe(Actor actor, string tekst, DateTimeOffset moment)
    {
        // DOMAIN.md §8 need-to-know: a volunteer works only on their own notes.
        Regel.Eis(actor.GebruikerId == AuteurId, Regelnamen.AlleenAuteurVultEersteContactAan, "Alleen wie het eerste contact vastlegde kan er een vervolgnotitie aan toevoegen.");
        _notities.Add(new ContactNotitie(Regel.VerplichteTekst(tekst, Regelnamen.NotitieHeeftTekst, "De notitie is leeg."), actor.GebruikerId, moment));
    }

    public void SchakelBeroepskrachtIn() => BeroepskrachtIngeschakeld = true;

    internal void KoppelAanVraag(Guid vraagId) => OndersteuningsvraagId = vraagId;

    /// <summary>A wrong pickup was undone: the contact is open again (back in the werkvoorraad).</summary>
    internal void Ontkoppel() => OndersteuningsvraagId = null;

    /// <summary>The name the contact is about: the melder when that is the inwoner, otherwise "over wie".</summary>
    public string? NaamVanInwoner => Melder.Soort == MelderSoort.Inwoner ? Melder.Naam : OverWie;

    /// <summary>
    /// Issue 12 (the right person): how a known inwoner differs from what was noted at this contact — a surname that does
    /// not occur in the noted name, another birth date, or an age that does not fit. Empty when nothing was noted or all fits.
    /// </summary>
    public IReadOnlyList<string> VerschillenMet(string voornamen, string achternaam, DateOnly geboortedatum)
    {
        ArgumentNullException.ThrowIfNull(voornamen);
        ArgumentNullException.ThrowIfNull(achternaam);
        var verschillen = new List<string>();
        var naam = NaamVanInwoner;
        if (!string.IsNullOrWhiteSpace(naam) && !Bevat(naam, achternaam) && !Bevat(naam, voornamen.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? voornamen))
        {
            verschillen.Add($"De naam bij het eerste contact ({naam}) komt niet overeen met de naam bij dit BSN ({voornamen} {achternaam}).");
        }

        if (Geboortedatum is { } geboren && geboren != geboortedatum)
        {
            verschillen.Add($"De geboortedatum bij het eerste contact ({geboren:dd-MM-yyyy}) is een andere dan bij dit BSN ({geboortedatum:dd-MM-yyyy}).");
        }
        else if (LeeftijdBijMelding is { } jaren && Math.Abs(Leeftijd.Op(geboortedatum, Meldingsdatum) - jaren) > 1)
        {
            verschillen.Add($"De leeftijd bij het eerste contact ({jaren} jaar) past niet bij de geboortedatum bij dit BSN ({geboortedatum:dd-MM-yyyy}).");
        }

        return verschillen;

        static bool Bevat(string tekst, string deel) =>
            !string.IsNullOrWhiteSpace(deel) && System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(tekst, deel.Trim(),
                System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0;
    }

    // Issue 12 (optional birth date or age at the first contact): one of the two, a real date not after the melding, an age a person can have.
    private static void GeboortedatumOfLeeftijd(DateOnly? geboortedatum, int? leeftijd, DateOnly meldingsdatum)
    {
        Regel.Eis(geboortedatum is null || leeftijd is null, Regelnamen.GeboortedatumOfLeeftijd, "Vul de geboortedatum of de leeftijd in, niet allebei.");
        if (geboortedatum is { } geboren)
        {
            Regel.BruikbareDatum(geboren);
            Regel.Eis(geboren <= meldingsdatum, Regelnamen.GeboortedatumOfLeeftijd, "De geboortedatum ligt niet na vandaag.");
        }

        Regel.Eis(leeftijd is null or >= 0 and <= HoogsteLeeftijd, Regelnamen.GeboortedatumOfLeeftijd, $"Vul een leeftijd van 0 tot en met {HoogsteLeeftijd} jaar in.");
    }
}

public sealed class ContactNotitie
{
    private ContactNotitie()
    {
        Tekst = string.Empty;
    }

    internal ContactNotitie(string tekst, Guid auteurId, DateTimeOffset moment)
    {
        Id = Guid.CreateVersion7();
        Tekst = tekst;
        AuteurId = auteurId;
        Moment = moment;
    }

    public Guid Id { get; private set; }

    public string Tekst { get; private set; }

    public Guid AuteurId { get; private set; }

    public DateTimeOffset Moment { get; private set; }
}
