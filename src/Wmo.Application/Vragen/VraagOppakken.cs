using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Vragen;

/// <summary>The person data of an inwoner who is registered for the first time (the Oppakken and LidToevoegen forms).</summary>
public sealed record InwonerGegevens(
    string Voornamen, string Achternaam, DateOnly Geboortedatum, string Straat, int Huisnummer, string? Toevoeging, string Postcode, string Woonplaats)
{
    public Inwoner NieuweInwoner(Bsn bsn) =>
        new(bsn, Voornamen.Trim(), Achternaam.Trim(), Geboortedatum,
            new Adres(Straat.Trim(), Huisnummer, string.IsNullOrWhiteSpace(Toevoeging) ? null : Toevoeging.Trim(), Wmo.Domain.ValueObjects.Postcode.Parse(Postcode), Woonplaats.Trim()));
}

/// <summary>What the pickup found for a BSN: the inwoner (if known), their current household, and whether that is in the user's caseload.</summary>
public sealed record BekendeInwoner(Inwoner? Inwoner, Guid? HuidigHuishoudenId, bool InCaseload);

/// <summary>
/// "Pak het eerste contact op" (DOMAIN.md §2.2): the inwoner is found by BSN or registered, gets a household if
/// they have none, and the ondersteuningsvraag starts its vraagverheldering — in one save.
/// </summary>
[UseCase]
public sealed class VraagOppakken(WmoDbContext db, TimeProvider klok)
{
    /// <param name="contact">The open first contact, loaded (tracked) through the user's access.</param>
    /// <param name="gevonden">The need-to-know lookup of the BSN (audited as a search by the caller).</param>
    /// <param name="nieuw">Person data; required when the BSN is not known yet.</param>
    public async Task<Ondersteuningsvraag> OppakkenAsync(
        EersteContact contact, Bsn bsn, BekendeInwoner gevonden, InwonerGegevens? nieuw, Actor sociaalWerker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(gevonden);
        var vandaag = Vandaag.Volgens(klok);
        var inwoner = gevonden.Inwoner;
        Guid huishoudenId;
        var afgeschermd = false;
        if (inwoner is null)
        {
            inwoner = (nieuw ?? throw new InvoerFout("Voornamen", "Dit BSN is nog niet bekend: vul de gegevens van de inwoner in.")).NieuweInwoner(bsn);
            var huishouden = new Huishouden(inwoner.Achternaam);
            huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, vandaag, []);
            db.AddRange(inwoner, huishouden);
            huishoudenId = huishouden.Id;
        }
        else if (gevonden.HuidigHuishoudenId is { } huidig)
        {
            // The inwoner lives in a household: the new vraag belongs there, but opens it only for who already may see it (issue 9).
            huishoudenId = huidig;
            afgeschermd = !gevonden.InCaseload;
        }
        else
        {
            huishoudenId = await NieuwHuishoudenAsync(inwoner, vandaag, cancellationToken);
        }

        var vraag = new Ondersteuningsvraag(huishoudenId, inwoner.Id, contact);
        if (afgeschermd)
        {
            vraag.SchermHuishoudenAf();
        }

        vraag.StartVraagverheldering(sociaalWerker);
        db.Add(vraag);
        db.Bewaar(contact);
        await db.SaveChangesAsync(cancellationToken);
        return vraag;
    }

    /// <summary>
    /// "Maak de koppeling ongedaan" (issue 12): the pickup linked the contact to the wrong inwoner. The contact is open
    /// again (back in the werkvoorraad), the vraag is removed, and the trail records who did it and why. An inwoner who
    /// was registered for this pickup only (their own one-person household, nothing else on either) is removed with it:
    /// a wrongly typed BSN must not leave a person in the register (AVG art. 5 lid 1 onder c and d, minimal and correct).
    /// An inwoner with anything else (another vraag, a beschikking, a household with others, ...) stays.
    /// </summary>
    /// <param name="vraag">The vraag, loaded (tracked) through the user's access.</param>
    public async Task<Guid> KoppelingOngedaanMakenAsync(Ondersteuningsvraag vraag, string reden, Actor sociaalWerker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        var toelichting = Regel.VerplichteTekst(reden, Regelnamen.KoppelingOngedaanHeeftReden, "Noteer waarom de koppeling niet klopt.");
        var contactId = vraag.EersteContactId ?? throw new InvoerFout(string.Empty, "Deze ondersteuningsvraag komt niet uit een eerste contact.");
        var contact = await db.EersteContacten.SingleAsync(c => c.Id == contactId, cancellationToken);
        vraag.MaakKoppelingOngedaan(contact, sociaalWerker);
        db.Bewaar(contact);
        db.Ondersteuningsvragen.Remove(vraag);
        var alleenHiervoor = await AlleenVoorDezeKoppelingAsync(vraag, cancellationToken);
        if (alleenHiervoor is { } ingeschreven)
        {
            db.Huishoudens.Remove(ingeschreven.Huishouden);
            db.Inwoners.Remove(ingeschreven.Inwoner);
        }

        db.LegVast(new AuditGebeurtenis(AuditActie.Verwijderen, nameof(Ondersteuningsvraag), vraag.Id.ToString(), vraag.InwonerId, vraag.HuishoudenId,
            $"Koppeling van eerste contact {contactId} aan deze inwoner ongedaan gemaakt; het contact staat weer in de werkvoorraad. Reden: {toelichting}"
            + (alleenHiervoor is null
                ? " De inwoner blijft bestaan: er is meer over deze inwoner of dit huishouden vastgelegd."
                : " De inwoner en het huishouden waren alleen hiervoor ingeschreven en zijn verwijderd.")));
        await db.SaveChangesAsync(cancellationToken);
        return contactId;
    }

    /// <summary>
    /// The inwoner and household of <paramref name="vraag"/> when they exist for this vraag only: the inwoner is the one
    /// member of this household and of no other, and nothing else refers to either (every table with a foreign key to
    /// an inwoner or a household); otherwise null.
    /// </summary>
    private async Task<(Inwoner Inwoner, Huishouden Huishouden)?> AlleenVoorDezeKoppelingAsync(Ondersteuningsvraag vraag, CancellationToken cancellationToken)
    {
        var (vraagId, inwonerId, huishoudenId) = (vraag.Id, vraag.InwonerId, vraag.HuishoudenId);
        var huishouden = await db.Huishoudens.SingleOrDefaultAsync(h => h.Id == huishoudenId, cancellationToken);
        if (huishouden is null || huishouden.Lidmaatschappen.Count != 1 || huishouden.Lidmaatschappen[0].InwonerId != inwonerId)
        {
            return null;
        }

        var elders =
            await db.Huishoudens.AnyAsync(h => h.Id != huishoudenId && h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId), cancellationToken)
            || await db.Ondersteuningsvragen.AnyAsync(v => v.Id != vraagId && (v.InwonerId == inwonerId || v.HuishoudenId == huishoudenId), cancellationToken)
            || await db.Beschikkingen.AnyAsync(b => b.InwonerId == inwonerId, cancellationToken)
            || await db.LegacyBeschikkingen.AnyAsync(b => b.InwonerId == inwonerId || b.HuishoudenId == huishoudenId, cancellationToken)
            || await db.Toewijzingen.AnyAsync(t => t.InwonerId == inwonerId || t.HuishoudenId == huishoudenId, cancellationToken)
            || await db.VerzoekenOmToewijzing.AnyAsync(v => v.InwonerId == inwonerId || v.HuishoudenId == huishoudenId, cancellationToken)
            || await db.Ondersteuningsplannen.AnyAsync(p => p.HuishoudenId == huishoudenId, cancellationToken)
            || await db.Klachten.AnyAsync(k => k.HuishoudenId == huishoudenId, cancellationToken)
            || await db.CakAanleveringen.SelectMany(a => a.Regels).AnyAsync(r => r.InwonerId == inwonerId || r.HuishoudenId == huishoudenId, cancellationToken)
            || await db.InzagesBuitenCaseload.AnyAsync(i => i.HuishoudenId == huishoudenId, cancellationToken);
        return elders ? null : (await db.Inwoners.SingleAsync(i => i.Id == inwonerId, cancellationToken), huishouden);
    }

    /// <summary>A new household for a known inwoner who lives in none now (their earlier memberships stay history).</summary>
    private async Task<Guid> NieuwHuishoudenAsync(Inwoner inwoner, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var inwonerId = inwoner.Id;
        var huishouden = new Huishouden(inwoner.Achternaam);
        var elders = await db.Huishoudens.SelectMany(h => h.Lidmaatschappen).Where(l => l.InwonerId == inwonerId).ToListAsync(cancellationToken);
        huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, vandaag, elders.Select(l => l.Periode));
        db.Add(huishouden);
        return huishouden.Id;
    }
}
