using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Besluiten;
using Wmo.Application.Vragen;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Seeding;

/// <summary>
/// Builds dossiers at a given stage of the workflow through the domain's own operations — for the demo data
/// and for tests that need, say, a submitted advies without clicking through the whole intake first.
/// Every step is a real domain call or the portal's own use case (<see cref="AdviesIndienen"/>, <see cref="AdviesToetsen"/>),
/// so a dossier built here obeys the same rules, in the same order, as one built in the UI.
/// </summary>
[UseCase]
public sealed class DossierBouwer(WmoDbContext db, UserManager<Gebruiker> users, WmoBeleid beleid, AdviesIndienen adviesIndienen, AdviesToetsen adviesToetsen)
{
    public async Task<Actor> ActorAsync(string gebruikersnaam)
    {
        var gebruiker = await users.FindByNameAsync(gebruikersnaam) ?? throw new InvalidOperationException($"Onbekende gebruiker {gebruikersnaam}.");
        var rol = Enum.Parse<Rol>((await users.GetRolesAsync(gebruiker)).Single());
        return new Actor(gebruiker.Id, gebruiker.Naam, rol, gebruiker.OrganisatieId);
    }

    public async Task<Guid> BuurtkamerIdAsync(string naam) =>
        await db.Buurtkamers.Where(b => b.Naam == naam).Select(b => b.Id).SingleAsync();

    /// <summary>An inwoner living alone (or as the first member) in a new household.</summary>
    public async Task<(Inwoner Inwoner, Huishouden Huishouden)> HuishoudenAsync(
        string bsn, string voornamen, string achternaam, DateOnly geboortedatum, string straat, int huisnummer, string postcode, string woonplaats)
    {
        var inwoner = new Inwoner(Bsn.Parse(bsn), voornamen, achternaam, geboortedatum, new Adres(straat, huisnummer, null, Postcode.Parse(postcode), woonplaats));
        var huishouden = new Huishouden(achternaam);
        huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, geboortedatum, []);
        db.AddRange(inwoner, huishouden);
        await db.SaveChangesAsync();
        return (inwoner, huishouden);
    }

    public async Task<EersteContact> EersteContactAsync(Actor auteur, string buurtkamer, DateOnly melding, string naam, string vraag, Veiligheidssignaal? signaal = null)
    {
        var contact = new EersteContact(auteur, await BuurtkamerIdAsync(buurtkamer), melding, new Melder(MelderSoort.Inwoner, naam, "06-12345678", null),
            null, vraag, beroepskrachtIngeschakeld: false, signaal, melding.ToDateTime(new TimeOnly(10, 0)));
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>
    /// A vraag picked up by <paramref name="sociaalWerker"/>: one completed gesprek, cliëntondersteuning offered and the
    /// order of checks answered up to (not including) <paramref name="totStap"/>, each ruled out with a motivation.
    /// </summary>
    public async Task<Ondersteuningsvraag> VraagInVraagverheldering(
        Huishouden huishouden, Inwoner inwoner, Actor sociaalWerker, string buurtkamer, DateOnly melding,
        EersteContact? contact = null, Afwegingsstap totStap = Afwegingsstap.AanvullendeOndersteuning)
    {
        var vraag = contact is null
            ? new Ondersteuningsvraag(huishouden.Id, inwoner.Id, melding, await BuurtkamerIdAsync(buurtkamer))
            : new Ondersteuningsvraag(huishouden.Id, inwoner.Id, contact);
        vraag.StartVraagverheldering(sociaalWerker);
        vraag.LegClientondersteuningAangebodenVast(melding.AddDays(3));
        var gesprek = vraag.PlanGesprek(melding.AddDays(3), Gesprekslocatie.Thuis, [new Deelnemer(inwoner.VolledigeNaam, DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "Keukentafelgesprek gevoerd; de vraag achter de vraag is besproken.");
        foreach (var stap in Enum.GetValues<Afwegingsstap>().Where(s => s < totStap))
        {
            vraag.BeantwoordStap(stap, biedtOplossing: false, "Biedt onvoldoende oplossing voor deze vraag.");
        }

        db.Add(vraag);
        await db.SaveChangesAsync();
        return vraag;
    }

    /// <summary>The inwoner asks for a beschikking on <paramref name="datum"/>; the sociaal werker writes and submits a zwaarwegend advies.</summary>
    public Task<ZwaarwegendAdvies> IngediendAdviesAsync(Ondersteuningsvraag vraag, Actor sociaalWerker, DateOnly datum, string voorzieningCode = "AO-TO") =>
        adviesIndienen.IndienenAsync(vraag, new AdviesInhoud(voorzieningCode, new Omvang(3, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(datum.AddDays(14), datum.AddDays(14).AddMonths(12).AddDays(-1)), Leveringsvorm.ZorgInNatura,
            "Specialistische begeleiding is nodig: de zorg is vaak onplanbaar en er is weinig inzicht in de beperking."), sociaalWerker, datum);

    /// <summary>The toetser decides on a submitted advies, as on the toets page (one transaction).</summary>
    public Task<Beschikking?> GetoetstAsync(ZwaarwegendAdvies advies, Actor toetser, Toetsbesluit besluit) =>
        adviesToetsen.ToetsAsync(advies.Id, null, besluit, toetser);

    /// <summary>The sociaal werker refers the inwoner to aanvullende ondersteuning at a contracted aanbieder (a verwijzing, 002 §3.1).</summary>
    public async Task<Ondersteuningsvraag> VerwijzingAsync(Ondersteuningsvraag vraag, Actor sociaalWerker, DateOnly datum, string aanbieder = "Zorggroep Noord", string voorzieningCode = "AO-TO")
    {
        var voorziening = beleid.Catalogus.Zoek(voorzieningCode);
        var organisatie = await ContracteerAsync(aanbieder, voorziening.Perceel!.Value);
        vraag.LegUitkomstVast(Uitkomst.AanvullendViaVerwijzing(voorzieningCode, organisatie.Id, voorziening.Perceel!.Value, "Specialistische ondersteuning nodig."),
            sociaalWerker, datum, beleid.Catalogus);
        db.Bewaar(vraag);
        await db.SaveChangesAsync();
        return vraag;
    }

    /// <summary>Makes sure <paramref name="aanbieder"/> is contracted for <paramref name="perceel"/> (002 §5.1).</summary>
    public async Task<Organisatie> ContracteerAsync(string aanbieder, Perceel perceel)
    {
        var organisatie = await db.Organisaties.SingleAsync(o => o.Naam == aanbieder);
        if (!organisatie.LevertIn(perceel))
        {
            organisatie.ZetPercelen([.. organisatie.Percelen, perceel]);
            db.Bewaar(organisatie);
            await db.SaveChangesAsync();
        }

        return organisatie;
    }
}
