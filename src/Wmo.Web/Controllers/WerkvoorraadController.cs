using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Toewijzingen;
using Wmo.Application.Vragen;
using Wmo.Application.Weergave;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;
using Wmo.Domain.Huishoudens;

namespace Wmo.Web.Controllers;

/// <summary>
/// The sociaal werker's worklist: new first contacts of their buurtkamers, their own open vragen with the statutory
/// terms (DOMAIN.md §6), adviezen the toetser sent back, and aanbieders' verzoeken om toewijzing (WMO315). Urgent first.
/// </summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class WerkvoorraadController(WerkvoorraadTonen werkvoorraad, TimeProvider klok) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(WerkvoorraadFilter filter, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        var vandaag = klok.Vandaag();
        var mijnId = User.Id();
        // The names come with the session's claims, which the stamp check compares with the database on every request.
        var buurtkamers = User.Buurtkamers().OrderBy(b => b.Naam, StringComparer.CurrentCulture).ToDictionary(b => b.Id, b => b.Naam);
        var buurtkamerIds = buurtkamers.Keys.ToList();

        var grootte = Pagina<VraagRegel>.StandaardGrootte;
        var contactNummer = Pagina<NieuwContactRegel>.Normaliseer(filter.ContactPagina);
        var nummer = Pagina<VraagRegel>.Normaliseer(filter.Pagina);
        var gelezen = await werkvoorraad.LeesAsync(mijnId, buurtkamerIds,
            new WerkvoorraadSelectie(filter.Status, filter.Buurtkamer, filter.AlleenUrgent, nummer, grootte, Sortering.Lees(sorteer, richting)), contactNummer, vandaag, cancellationToken);

        var contacten = new Pagina<NieuwContactRegel>(
            [.. gelezen.Contacten.Select(c => new NieuwContactRegel(c.Id, c.Meldingsdatum, c.MelderNaam, c.OverWie, c.Vraag, buurtkamers.GetValueOrDefault(c.BuurtkamerId, "–"), c.Signaal,
                EersteContact.LeeftijdVan(c.Geboortedatum, c.LeeftijdBijMelding, c.Meldingsdatum, vandaag)))],
            contactNummer, grootte, gelezen.AantalContacten);
        var regels = gelezen.Open.Vragen
            .Select(v => new VraagRegel(v.Id, v.Inwoner, buurtkamers.GetValueOrDefault(v.BuurtkamerId, "–"), v.Status, v.Meldingsdatum, v.Signaal,
                v.Onderzoekstermijn, v.Beschikkingstermijn, v.IsOpgeschort) { IsVerdaagd = v.IsVerdaagd })
            .ToList();
        var pagina = new Pagina<VraagRegel>(regels, nummer, grootte, gelezen.Open.Totaal) { Sortering = gelezen.Open.Sortering };
        var teruggestuurd = gelezen.Teruggestuurd.Select(t => new TeruggestuurdRegel(t.VraagId, t.AdviesId, t.Inwoner, t.Meldingsdatum)).ToList();

        var keuzes = buurtkamers.Select(b => new SelectListItem(b.Value, b.Key.ToString())).ToList();
        return View(new WerkvoorraadModel(contacten, pagina, teruggestuurd, filter, keuzes, vandaag)
        {
            Verzoeken = gelezen.Verzoeken,
        });
    }
}
