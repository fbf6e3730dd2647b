using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Besluiten;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The gemeente toetser's work (DOMAIN.md §2.5-2.6): the queue of submitted zwaarwegende adviezen, the toets
/// decision, and — on approval, deviation or refusal — the beschikking, issued in the same transaction.
/// </summary>
[Authorize(Policy = Beleid.MagAdviesToetsen)]
public sealed class ToetsingController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, AdviesToetsen toetsen, ToetsDossierLezen dossiers, TimeProvider klok) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Index(int? pagina)
    {
        var nummer = Pagina<ToetsRegel>.Normaliseer(pagina);
        var ingediend =
            from a in toegang.ZichtbareAdviezen(User).AsNoTracking()
            where a.Status == AdviesStatus.Ingediend
            join v in db.Ondersteuningsvragen on a.VraagId equals v.Id
            join i in db.Inwoners on v.InwonerId equals i.Id
            join u in db.Users on a.AuteurId equals u.Id into auteurs
            from u in auteurs.DefaultIfEmpty()
            select new { a.Id, a.VoorzieningCode, Auteur = u == null ? null : u.Naam, v.Aanvraagdatum, i.Voornamen, i.Achternaam };

        var totaal = await ingediend.CountAsync();

        // The beslistermijn runs from the aanvraag, so the oldest aanvraag is the most urgent (overdue first).
        var regels = await ingediend.OrderBy(r => r.Aanvraagdatum).ThenBy(r => r.Id)
            .Skip((nummer - 1) * Pagina<ToetsRegel>.StandaardGrootte).Take(Pagina<ToetsRegel>.StandaardGrootte).ToListAsync();
        var items = regels.Select(r => new ToetsRegel(r.Id, $"{r.Voornamen} {r.Achternaam}", beleid.VoorzieningNaam(r.VoorzieningCode), r.Auteur ?? "–", r.Aanvraagdatum,
            r.Aanvraagdatum is { } d ? Domain.Termijnen.Termijn.Bereken(Domain.Termijnen.TermijnSoort.Beschikking, d, beleid.Termijnen) : null)).ToList();
        return View(new ToetsWachtrij(new Pagina<ToetsRegel>(items, nummer, Pagina<ToetsRegel>.StandaardGrootte, totaal), klok.Vandaag()));
    }

    [Inzage(Dossierdeel.Advies)]
    [HttpGet]
    public async Task<IActionResult> Advies(Guid id)
    {
        // Tracked, so the form carries the advies' current Versie (optimistic concurrency).
        var advies = await toegang.ZichtbareAdviezen(User).SingleOrDefaultAsync(a => a.Id == id);
        return advies is null ? NotFound() : View(new ToetsModel { Versie = db.VersieVan(advies), Dossier = await dossiers.LeesAsync(id, User.AlsActor()) });
    }

    /// <summary>"Toets het advies": approve, send back, deviate or refuse; every decision except sending back issues the beschikking.</summary>
    [Inzage(Dossierdeel.Advies)]
    [HttpPost]
    public async Task<IActionResult> Advies(Guid id, ToetsModel model) =>
        await PostAsync(
            await toegang.ZichtbareAdviezen(User).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id),
            async _ =>
            {
                var beschikking = await toetsen.ToetsAsync(id, model.Versie, model.Toetsbesluit(), User.AlsActor());
                return beschikking is null
                    ? Bevestigd("Het advies is met uw opmerkingen teruggestuurd naar de sociaal werker.", nameof(Index))
                    : Bevestigd($"Het advies is getoetst en beschikking {beschikking.Nummer} is afgegeven.", nameof(Beschikking), new { id = beschikking.Id });
            },
            async _ =>
            {
                // Shown as stored: nothing of a refused toets was saved.
                model.Dossier = await dossiers.LeesAsync(id, User.AlsActor());
                return View(model);
            });

    [Inzage(Dossierdeel.Beschikking)]
    [HttpGet]
    public async Task<IActionResult> Beschikking(Guid id)
    {
        var vragen = toegang.ZichtbareVragen(User).Select(v => v.Id);
        var beschikking = await db.Beschikkingen.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && vragen.Contains(b.VraagId));
        if (beschikking is null)
        {
            return NotFound();
        }

        var inwoner = await db.Inwoners.AsNoTracking().Where(i => i.Id == beschikking.InwonerId).Select(i => i.Voornamen + " " + i.Achternaam).SingleAsync();
        var beslisser = await db.Users.AsNoTracking().Where(u => u.Id == beschikking.BeslisserId).Select(u => u.Naam).SingleOrDefaultAsync() ?? "–";
        return View(new BeschikkingOverzicht(beschikking, inwoner, beleid.VoorzieningNaam(beschikking.VoorzieningCode), beslisser));
    }
}
