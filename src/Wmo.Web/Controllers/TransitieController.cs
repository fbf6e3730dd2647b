using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Transitie;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Bestaande cliënten (002 §6.1): legacy beschikkingen that need a maatwerkgesprek before the transition date, with
/// the pillar the transition table suggests and the conclusion the sociaal werker records.
/// </summary>
[Inzage(Dossierdeel.LegacyBeschikking)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class TransitieController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Index(int? pagina, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        var nummer = Pagina<TransitieRegel>.Normaliseer(pagina);
        var grootte = Pagina<TransitieRegel>.StandaardGrootte;
        var lijst = await TransitieWerklijstLezer.LeesAsync(db, toegang, User, (nummer - 1) * grootte, grootte, Sortering.Lees(sorteer, richting), cancellationToken);
        var regels = lijst.Open.Select(b => new TransitieRegel(b.Id, b.HuishoudenId, b.Inwoner, b.Product, beleid.LegacyProducten.Overgang(b.Product), b.Einddatum, b.GeplandGesprekOp)).ToList();
        return View(new TransitieLijst
        {
            Pagina = new Pagina<TransitieRegel>(regels, nummer, grootte, lijst.AantalOpen) { Sortering = lijst.Sortering },
            GesprekkenUiterlijkVoor = beleid.Transitie.GesprekkenUiterlijkVoor,
            AantalAfgerond = lijst.AantalAfgerond,
        });
    }

    [HttpGet]
    public async Task<IActionResult> Gesprek(Guid id)
    {
        var (beschikking, context) = await LaadAsync(id);
        return beschikking is null ? NotFound() : View(new MaatwerkgesprekModel { Datum = beschikking.GeplandGesprekOp, Context = context });
    }

    [HttpPost]
    public async Task<IActionResult> Gesprek(Guid id, MaatwerkgesprekModel model)
    {
        var (beschikking, context) = await LaadAsync(id);
        model.Context = context;
        return await PostAsync(beschikking, async b =>
        {
            b.PlanMaatwerkgesprek(model.Datum!.Value, beleid.Transitie);
            await BewaarAsync(b);
            return Bevestigd($"Het maatwerkgesprek met {context!.Inwoner} is gepland.", nameof(Index));
        }, _ => Task.FromResult<IActionResult>(View(model)), _ => nameof(model.Datum));
    }

    [HttpGet]
    public async Task<IActionResult> Conclusie(Guid id)
    {
        var (beschikking, context) = await LaadAsync(id);
        return beschikking is null ? NotFound() : View(new ConclusieModel { Context = context });
    }

    [HttpPost]
    public async Task<IActionResult> Conclusie(Guid id, ConclusieModel model)
    {
        var (beschikking, context) = await LaadAsync(id);
        model.Context = context;
        return await PostAsync(beschikking, async b =>
        {
            b.LegConclusieVast(model.Conclusie!.Value, User.AlsActor(), beleid.LegacyProducten, model.Motivering);
            await BewaarAsync(b);
            return Bevestigd($"De conclusie voor {context!.Inwoner} is vastgelegd.", nameof(Index));
        }, _ => View(model));
    }

    private async Task BewaarAsync(LegacyBeschikking beschikking)
    {
        db.Bewaar(beschikking);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private async Task<(LegacyBeschikking? Beschikking, TransitieContext? Context)> LaadAsync(Guid id)
    {
        var beschikking = await db.LegacyBeschikkingen.SingleOrDefaultAsync(b => b.Id == id);
        if (beschikking is null || !await toegang.MagHuishoudenZienAsync(User, beschikking.HuishoudenId))
        {
            return (null, null);
        }

        var naam = await db.Inwoners.Where(i => i.Id == beschikking.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).SingleAsync();
        return (beschikking, new TransitieContext(naam, beschikking.Product, beschikking.Voorstel(beleid.LegacyProducten), beschikking.Einddatum, beschikking.GeplandGesprekOp, beleid.Transitie.GesprekkenUiterlijkVoor));
    }
}
