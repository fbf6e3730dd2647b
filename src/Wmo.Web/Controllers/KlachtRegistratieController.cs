using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Klachten;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// A klacht registered on a household (002 §4.9), optionally about an aanbieder; its handling level by level is
/// <see cref="KlachtController"/> (same screen, routes and views).
/// </summary>
[Scherm("Klacht")]
[Inzage(Dossierdeel.Klacht)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class KlachtRegistratieController(WmoDbContext db, DossierToegang toegang, TimeProvider klok) : WmoController
{
    [Inzage(Dossierdeel.Huishouden, "huishoudenId")]
    [HttpGet]
    public async Task<IActionResult> Nieuw(Guid huishoudenId)
    {
        var naam = await toegang.HuishoudenNaamAsync(User, huishoudenId);
        return naam is null ? NotFound() : View(await VulAsync(new KlachtModel { OntvangenOp = klok.Vandaag() }, naam));
    }

    [Inzage(Dossierdeel.Huishouden, "huishoudenId")]
    [HttpPost]
    public async Task<IActionResult> Nieuw(Guid huishoudenId, KlachtModel model)
    {
        if (model.AanbiederId is { } aanbiederId && !await Aanbieders().AnyAsync(o => o.Id == aanbiederId))
        {
            ModelState.AddModelError(nameof(model.AanbiederId), "Kies een aanbieder uit de lijst.");
        }

        return await PostAsync(await toegang.HuishoudenNaamAsync(User, huishoudenId), async _ =>
        {
            var klacht = new Klacht(huishoudenId, model.AanbiederId, model.OntvangenOp!.Value, model.Omschrijving!, User.AlsActor());
            db.Klachten.Add(klacht);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return Bevestigd("De klacht is geregistreerd. Eerst wordt geprobeerd haar met de ondersteuner op te lossen.", nameof(KlachtController.Details), new { id = klacht.Id });
        }, async naam => View(await VulAsync(model, naam)));
    }

    private IQueryable<Organisatie> Aanbieders() => db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Aanbieder);

    private async Task<KlachtModel> VulAsync(KlachtModel model, string huishoudenNaam)
    {
        model.HuishoudenNaam = huishoudenNaam;
        model.Aanbieders = await Aanbieders().OrderBy(o => o.Naam).Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToListAsync();
        return model;
    }
}
