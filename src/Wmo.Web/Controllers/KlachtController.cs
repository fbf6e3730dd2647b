using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Klachten;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Klachten (002 §4.9): registered on a household, handled level by level — ondersteuner, leidinggevende,
/// klachtenbemiddelaar of the aanbieder, externe klachtencommissie — and finally the nationale ombudsman.
/// </summary>
[Inzage(Dossierdeel.Klacht)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class KlachtController(WmoDbContext db, DossierToegang toegang, TimeProvider klok) : Controller
{
    [Inzage(Dossierdeel.Huishouden, "huishoudenId")]
    [HttpGet]
    public async Task<IActionResult> Nieuw(Guid huishoudenId)
    {
        var naam = await ZichtbaarHuishoudenNaamAsync(huishoudenId);
        return naam is null ? NotFound() : View(await VulAsync(new KlachtModel { OntvangenOp = klok.Vandaag() }, naam));
    }

    [Inzage(Dossierdeel.Huishouden, "huishoudenId")]
    [HttpPost]
    public async Task<IActionResult> Nieuw(Guid huishoudenId, KlachtModel model)
    {
        var naam = await ZichtbaarHuishoudenNaamAsync(huishoudenId);
        if (naam is null)
        {
            return NotFound();
        }

        if (model.AanbiederId is { } aanbiederId && !await Aanbieders().AnyAsync(o => o.Id == aanbiederId))
        {
            ModelState.AddModelError(nameof(model.AanbiederId), "Kies een aanbieder uit de lijst.");
        }

        if (!ModelState.IsValid)
        {
            return View(await VulAsync(model, naam));
        }

        Klacht klacht;
        try
        {
            klacht = new Klacht(huishoudenId, model.AanbiederId, model.OntvangenOp!.Value, model.Omschrijving!, User.AlsActor());
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(await VulAsync(model, naam));
        }

        db.Klachten.Add(klacht);
        await db.SaveChangesAsync();
        TempData["Melding"] = "De klacht is geregistreerd. Eerst wordt geprobeerd haar met de ondersteuner op te lossen.";
        return RedirectToAction(nameof(Details), new { id = klacht.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var (klacht, details) = await LaadAsync(id);
        return klacht is null ? NotFound() : View(new KlachtAfhandelingModel { Details = details, Datum = klok.Vandaag() });
    }

    [HttpPost]
    public async Task<IActionResult> HandelAf(Guid id, KlachtAfhandelingModel model)
    {
        var (klacht, details) = await LaadAsync(id);
        if (klacht is null)
        {
            return NotFound();
        }

        model.Details = details;
        if (!ModelState.IsValid)
        {
            return View(nameof(Details), model);
        }

        try
        {
            klacht.HandelAf(model.Uitkomst!.Value, model.Toelichting!, model.Datum!.Value);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(nameof(Details), model);
        }

        db.Bewaar(klacht);
        await db.SaveChangesAsync();
        TempData["Melding"] = "De uitkomst op dit niveau is vastgelegd.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Escaleer(Guid id)
    {
        var (klacht, details) = await LaadAsync(id);
        return klacht is null ? NotFound() : View(new KlachtEscalatieModel { Details = details, Datum = klok.Vandaag() });
    }

    [HttpPost]
    public async Task<IActionResult> Escaleer(Guid id, KlachtEscalatieModel model)
    {
        var (klacht, details) = await LaadAsync(id);
        if (klacht is null)
        {
            return NotFound();
        }

        model.Details = details;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        try
        {
            klacht.Escaleer(model.Datum!.Value);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        db.Bewaar(klacht);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"De klacht is doorgezet naar: {klacht.Niveau.Tekst().ToLowerInvariant()}.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<string?> ZichtbaarHuishoudenNaamAsync(Guid huishoudenId) =>
        await toegang.ZichtbareHuishoudens(User).Where(h => h.Id == huishoudenId).Select(h => h.Naam).SingleOrDefaultAsync();

    private async Task<(Klacht? Klacht, KlachtDetails? Details)> LaadAsync(Guid id)
    {
        var klacht = await db.Klachten.SingleOrDefaultAsync(k => k.Id == id);
        var naam = klacht is null ? null : await ZichtbaarHuishoudenNaamAsync(klacht.HuishoudenId);
        if (klacht is null || naam is null)
        {
            return (null, null);
        }

        var aanbieder = klacht.AanbiederId is { } aid ? await db.Organisaties.Where(o => o.Id == aid).Select(o => o.Naam).SingleOrDefaultAsync() : null;
        var door = await db.Users.Where(u => u.Id == klacht.GeregistreerdDoorId).Select(u => u.Naam).SingleOrDefaultAsync() ?? "onbekend";
        return (klacht, new KlachtDetails { Klacht = klacht, HuishoudenNaam = naam, Aanbieder = aanbieder, GeregistreerdDoor = door });
    }

    private IQueryable<Organisatie> Aanbieders() => db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Aanbieder);

    private async Task<KlachtModel> VulAsync(KlachtModel model, string huishoudenNaam)
    {
        model.HuishoudenNaam = huishoudenNaam;
        model.Aanbieders = await Aanbieders().OrderBy(o => o.Naam).Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToListAsync();
        return model;
    }
}
