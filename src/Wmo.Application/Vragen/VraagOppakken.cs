using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
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

/// <summary>
/// "Pak het eerste contact op" (DOMAIN.md §2.2): the inwoner is found by BSN or registered, gets a household if
/// they have none, and the ondersteuningsvraag starts its vraagverheldering — in one save.
/// </summary>
[UseCase]
public sealed class VraagOppakken(WmoDbContext db, TimeProvider klok)
{
    /// <summary>The inwoner with this BSN, if the portal knows them (then no person data is needed).</summary>
    public Task<Inwoner?> BekendeInwonerAsync(Bsn bsn, CancellationToken cancellationToken = default) =>
        db.Inwoners.SingleOrDefaultAsync(i => i.Bsn == bsn, cancellationToken);

    /// <param name="contact">The open first contact, loaded (tracked) through the user's access.</param>
    /// <param name="nieuw">Person data; required when the BSN is not known yet.</param>
    public async Task<Ondersteuningsvraag> OppakkenAsync(EersteContact contact, Bsn bsn, InwonerGegevens? nieuw, Actor sociaalWerker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var vandaag = Vandaag.Volgens(klok);
        var inwoner = await BekendeInwonerAsync(bsn, cancellationToken);
        Guid huishoudenId;
        if (inwoner is null)
        {
            inwoner = (nieuw ?? throw new InvoerFout("Bsn", "Dit BSN is nog niet bekend: vul de gegevens van de inwoner in.")).NieuweInwoner(bsn);
            var huishouden = new Huishouden(inwoner.Achternaam);
            huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, vandaag, []);
            db.AddRange(inwoner, huishouden);
            huishoudenId = huishouden.Id;
        }
        else
        {
            huishoudenId = await HuidigHuishoudenAsync(inwoner, vandaag, cancellationToken);
        }

        var vraag = new Ondersteuningsvraag(huishoudenId, inwoner.Id, contact);
        vraag.StartVraagverheldering(sociaalWerker);
        db.Add(vraag);
        db.Bewaar(contact);
        await db.SaveChangesAsync(cancellationToken);
        return vraag;
    }

    /// <summary>The household the inwoner lives in now, or a new one (their earlier memberships stay history).</summary>
    private async Task<Guid> HuidigHuishoudenAsync(Inwoner inwoner, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var inwonerId = inwoner.Id;
        var huidig = await db.Huishoudens.Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId && l.Tot == null))
            .Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken);
        if (huidig is { } id)
        {
            return id;
        }

        var huishouden = new Huishouden(inwoner.Achternaam);
        var elders = await db.Huishoudens.SelectMany(h => h.Lidmaatschappen).Where(l => l.InwonerId == inwonerId).ToListAsync(cancellationToken);
        huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, vandaag, elders.Select(l => l.Periode));
        db.Add(huishouden);
        return huishouden.Id;
    }
}
