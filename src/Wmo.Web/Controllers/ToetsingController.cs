using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Besluiten;
using Wmo.Application.Weergave;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;
using Wmo.Domain.Huishoudens;

namespace Wmo.Web.Controllers;

/// <summary>
/// The gemeente toetser's work (DOMAIN.md §2.5-2.6): the queue of submitted zwaarwegende adviezen, the toets
/// decision, and — on approval, deviation or refusal — the beschikking, issued in the same transaction.
/// </summary>
[Authorize(Policy = Beleid.MagAdviesToetsen)]
public sealed class ToetsingController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, AdviesToetsen toetsen, ToetsDossierLezen dossiers, TimeProvider klok) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Index(int? pagina, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        var nummer = Pagina<ToetsRegel>.Normaliseer(pagina);
        var grootte = Pagina<ToetsRegel>.StandaardGrootte;
        var vandaag = klok.Vandaag();
        var (items, totaal, sortering) = await ToetsWachtrijLezer.LeesAsync(db, toegang, beleid, User, vandaag, (nummer - 1) * grootte, grootte, Sortering.Lees(sorteer, richting), cancellationToken);
        return View(new ToetsWachtrij(new Pagina<ToetsRegel>(items, nummer, Pagina<ToetsRegel>.StandaardGrootte, totaal) { Sortering = sortering }, vandaag));
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
                    : Bevestigd($"Het advies is getoetst en beschikking {beschikking.Nummer} is genomen. Leg de verzending vast als de brief verstuurd wordt: daarvan hangt de bezwaartermijn af.", nameof(Beschikking), new { id = beschikking.Id });
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
        var vragen = toegang.ZichtbareVragen(User);
        var beschikking = await db.Beschikkingen.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && vragen.Any(v => v.Id == b.VraagId));
        if (beschikking is null)
        {
            return NotFound();
        }

        var inwoner = await db.Inwoners.AsNoTracking().Where(i => i.Id == beschikking.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).SingleAsync();
        var beslisser = await db.Users.AsNoTracking().Where(u => u.Id == beschikking.BeslisserId).Select(u => u.Naam).SingleOrDefaultAsync() ?? "–";
        return View(new BeschikkingOverzicht(beschikking, inwoner, beleid.VoorzieningNaam(beschikking.VoorzieningCode), beslisser, await AanbiederVanBeschikking.NaamAsync(db, beschikking)));
    }

    [Inzage(Dossierdeel.Beschikking)]
    [HttpGet]
    public async Task<IActionResult> Verzenden(Guid id) =>
        await BeschikkingAsync(id) is { IsVerzonden: false } ? View(new VerzendenModel { Verzonden = klok.Vandaag() }) : NotFound();

    /// <summary>"Leg de verzending vast": the day the letter went out, from which the bezwaartermijn runs (Awb 6:8).</summary>
    [Inzage(Dossierdeel.Beschikking)]
    [HttpPost]
    public async Task<IActionResult> Verzenden(Guid id, VerzendenModel model) =>
        await PostAsync(
            await BeschikkingAsync(id),
            async beschikking =>
            {
                beschikking.Verzend(model.Verzonden!.Value, klok.Vandaag(), beleid.Termijnen);
                await db.SaveChangesAsync();
                return Bevestigd($"De verzending is vastgelegd; bezwaar kan tot en met {beschikking.BezwaartermijnEinde.Lang()}.", nameof(Beschikking), new { id });
            },
            _ => View(model),
            new Dictionary<string, string>
            {
                [Regelnamen.VerzendingNietInDeToekomst] = nameof(VerzendenModel.Verzonden),
                [Regelnamen.VerzendingNietVoorHetBesluit] = nameof(VerzendenModel.Verzonden),
                [Regelnamen.BruikbareDatum] = nameof(VerzendenModel.Verzonden),
                [Regelnamen.PlanOfTermijnDatum] = nameof(VerzendenModel.Verzonden),
            });

    /// <summary>A beschikking on a vraag the toetser may see (tracked).</summary>
    private Task<Domain.Besluiten.Beschikking?> BeschikkingAsync(Guid id)
    {
        var vragen = toegang.ZichtbareVragen(User);
        return db.Beschikkingen.SingleOrDefaultAsync(b => b.Id == id && vragen.Any(v => v.Id == b.VraagId));
    }
}
