using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Huishoudens;

public enum AanmeldingStatus
{
    Aangemeld = 1,
    Bevestigd = 2,
    NietBevestigd = 3,
}

/// <summary>
/// "Lid toevoegen" as an aanmelding (issue 9, no BSN oracle): a sociaal werker registers a person (BSN and the data as the
/// person gave them) for a household; the person becomes a member only when the one who may release the person confirms.
/// That is the regievoerder of the household the person is a member of now (a move, DOMAIN.md §4: one household at a time),
/// or, for a person who is a member nowhere (a new BSN) or whose household has no regievoerder, a beheerder who checks the
/// BSN against the BRP. The sociaal werker sees the same "aangemeld" in every case, so the answer never tells whether the BSN
/// is known in a household outside the caseload.
/// </summary>
public sealed class LidAanmelding
{
    private LidAanmelding()
    {
        Bsn = null!;
        Voornamen = string.Empty;
        Achternaam = string.Empty;
        Adres = null!;
        AangemeldDoorNaam = string.Empty;
    }

    private LidAanmelding(Guid huishoudenId, Bsn bsn, string voornamen, string achternaam, DateOnly geboortedatum, Adres adres, Relatie relatie, DateOnly vanaf,
        Guid? inwonerId, Guid? vrijgevendHuishoudenId, Actor door, DateTimeOffset moment)
    {
        Id = Guid.CreateVersion7();
        HuishoudenId = huishoudenId;
        Bsn = bsn;
        Voornamen = Regel.VerplichteTekst(voornamen, Regelnamen.InwonerHeeftNaam, "Vul de voornamen in.");
        Achternaam = Regel.VerplichteTekst(achternaam, Regelnamen.InwonerHeeftNaam, "Vul de achternaam in.");
        Geboortedatum = Regel.BruikbareDatum(geboortedatum);
        Adres = adres;
        Relatie = relatie;
        Vanaf = Regel.BruikbareDatum(vanaf);
        InwonerId = inwonerId;
        VrijgevendHuishoudenId = vrijgevendHuishoudenId;
        AangemeldDoorId = door.GebruikerId;
        AangemeldDoorNaam = door.Naam;
        AangemeldOp = moment;
        Status = AanmeldingStatus.Aangemeld;
    }

    public Guid Id { get; private set; }

    /// <summary>The household the person is registered for.</summary>
    public Guid HuishoudenId { get; private set; }

    public Bsn Bsn { get; private set; }

    /// <summary>As the sociaal werker entered them; a known inwoner's stored data are neither changed nor shown.</summary>
    public string Voornamen { get; private set; }

    public string Achternaam { get; private set; }

    public DateOnly Geboortedatum { get; private set; }

    public Adres Adres { get; private set; }

    public Relatie Relatie { get; private set; }

    public DateOnly Vanaf { get; private set; }

    /// <summary>The inwoner the BSN belonged to when registered; null for a new BSN (the inwoner is made on confirmation).</summary>
    public Guid? InwonerId { get; private set; }

    /// <summary>The household the person is a member of in the period from <see cref="Vanaf"/>: its regievoerder decides.</summary>
    public Guid? VrijgevendHuishoudenId { get; private set; }

    public Guid AangemeldDoorId { get; private set; }

    public string AangemeldDoorNaam { get; private set; }

    public DateTimeOffset AangemeldOp { get; private set; }

    public AanmeldingStatus Status { get; private set; }

    public Guid? BeslistDoorId { get; private set; }

    public DateTimeOffset? BeslistOp { get; private set; }

    public string Naam => Inwoner.NaamVan(Voornamen, Achternaam);

    /// <summary>Registers a person for <paramref name="huishouden"/>; the household's own rules (one household at a time, within it) hold already.</summary>
    public static LidAanmelding Meld(Huishouden huishouden, Bsn bsn, string voornamen, string achternaam, DateOnly geboortedatum, Adres adres, Relatie relatie,
        DateOnly vanaf, Guid? inwonerId, Guid? vrijgevendHuishoudenId, Actor door, DateTimeOffset moment)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        ArgumentNullException.ThrowIfNull(door);
        AanmeldingDoorSociaalWerker(door);
        if (inwonerId is { } bekend)
        {
            huishouden.ToetsNieuwLid(bekend, vanaf, []);
        }

        return new LidAanmelding(huishouden.Id, bsn, voornamen, achternaam, geboortedatum, adres, relatie, vanaf, inwonerId, vrijgevendHuishoudenId, door, moment);
    }

    /// <summary>
    /// Confirms: the person moves from <paramref name="van"/> (the old membership ends the day before, history stays) or, when a
    /// member nowhere, joins <paramref name="naar"/>.
    /// </summary>
    /// <param name="inwonerId">The inwoner of <see cref="Bsn"/> (made by the platform for a new BSN).</param>
    /// <param name="overigeLidmaatschappen">The inwoner's memberships of households other than both.</param>
    public Lidmaatschap Bevestig(Huishouden naar, Huishouden? van, Guid inwonerId, IEnumerable<Periode> overigeLidmaatschappen, Actor door, DateTimeOffset moment)
    {
        ArgumentNullException.ThrowIfNull(naar);
        Regel.Eis(naar.Id == HuishoudenId, Regelnamen.AanmeldingHoortBijHuishouden, "Deze aanmelding hoort bij een ander huishouden.");
        Regel.Eis(InwonerId is null || InwonerId == inwonerId, Regelnamen.AanmeldingHoortBijInwoner, "Deze aanmelding hoort bij een andere inwoner.");
        Beslis(van, door, moment);
        InwonerId = inwonerId;
        Status = AanmeldingStatus.Bevestigd;
        return van is null
            ? naar.VoegLidToe(inwonerId, Relatie, Vanaf, overigeLidmaatschappen)
            : Verhuizing.Verhuis(inwonerId, van, naar, Relatie, Vanaf, overigeLidmaatschappen);
    }

    /// <summary>Not confirmed: the person stays where they are; the sociaal werker sees "niet bevestigd", nothing more.</summary>
    public void BevestigNiet(Huishouden? van, Actor door, DateTimeOffset moment)
    {
        Beslis(van, door, moment);
        Status = AanmeldingStatus.NietBevestigd;
    }

    /// <summary>Who decides: the regievoerder of the household that releases the person, else a beheerder (see the class).</summary>
    public static bool BeslistDoorBeheerder(Huishouden? van) => van?.RegievoerderId is null;

    private void Beslis(Huishouden? van, Actor door, DateTimeOffset moment)
    {
        ArgumentNullException.ThrowIfNull(door);
        AanmeldingWordtEenKeerBeslist();
        Regel.Eis(van?.Id == VrijgevendHuishoudenId, Regelnamen.AanmeldingHoortBijHuishouden, "Deze aanmelding hoort bij een ander huishouden.");
        AanmeldingBeslistDoorWieDeInwonerVrijgeeft(van, door);
        BeslistDoorId = door.GebruikerId;
        BeslistOp = moment;
    }

    // Issue 9: "lid toevoegen" is work of the basisondersteuning (DOMAIN.md §8: only sociaal werkers work in dossiers).
    private static void AanmeldingDoorSociaalWerker(Actor door) =>
        Regel.Eis(door.IsBeroepskrachtBasisondersteuning, nameof(AanmeldingDoorSociaalWerker), "Alleen een sociaal werker meldt een lid aan.");

    // Issue 9: a decision is final; a new aanmelding starts over.
    private void AanmeldingWordtEenKeerBeslist() =>
        Regel.Eis(Status == AanmeldingStatus.Aangemeld, nameof(AanmeldingWordtEenKeerBeslist), "Over deze aanmelding is al beslist.");

    // DOMAIN.md §4 (one household at a time; moving keeps history) and §8 (need-to-know, issue 9): the household the person
    // leaves is released by its regievoerder, never by the one who registers; without such a household, a beheerder checks.
    private void AanmeldingBeslistDoorWieDeInwonerVrijgeeft(Huishouden? van, Actor door) =>
        Regel.Eis(BeslistDoorBeheerder(van) ? door.Rol == Rol.Beheerder : door.GebruikerId == van!.RegievoerderId,
            nameof(AanmeldingBeslistDoorWieDeInwonerVrijgeeft),
            BeslistDoorBeheerder(van) ? "Alleen een beheerder bevestigt deze aanmelding." : "Alleen de regievoerder van het huishouden van de inwoner bevestigt deze aanmelding.");
}
