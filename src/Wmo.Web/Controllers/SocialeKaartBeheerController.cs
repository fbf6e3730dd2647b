using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.SocialeKaart;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;

namespace Wmo.Web.Controllers;

/// <summary>
/// The beheerder keeps the sociale kaart up to date (002 §2.2, §3.1): add, change, deactivate and reactivate an offer;
/// part of the SocialeKaart screen (same routes and views as <see cref="SocialeKaartController"/>).
/// </summary>
[Scherm("SocialeKaart")]
[GeenInzage("beheer van de sociale kaart: aanbod, geen gegevens van inwoners")]
[Authorize(Policy = Beleid.MagSocialeKaartZien)]
[Authorize(Policy = Beleid.MagBeheren)]
public sealed class SocialeKaartBeheerController(WmoDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Nieuw() => View(new AanbodModel { Wijken = await SocialeKaartController.WijkKeuzesAsync(db) });

    [HttpPost]
    public async Task<IActionResult> Nieuw(AanbodModel model)
    {
        if (!ModelState.IsValid)
        {
            return await ToonAsync(model);
        }

        SocialeKaartAanbod aanbod;
        try
        {
            aanbod = new SocialeKaartAanbod(model.Organisatie!, model.Naam!, model.Soort!.Value, model.Omschrijving ?? string.Empty, await BestaandeWijkAsync(model.WijkId), model.Wanneer ?? string.Empty, model.Waar ?? string.Empty, model.Contact!);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await ToonAsync(model);
        }

        db.SocialeKaart.Add(aanbod);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"Het aanbod {aanbod.Naam} staat op de sociale kaart.";
        return RedirectToAction(nameof(SocialeKaartController.Index));
    }

    [HttpGet]
    public async Task<IActionResult> Wijzigen(Guid id)
    {
        var aanbod = await db.SocialeKaart.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (aanbod is null)
        {
            return NotFound();
        }

        return await ToonAsync(new AanbodModel
        {
            Organisatie = aanbod.Organisatie,
            Naam = aanbod.Naam,
            Soort = aanbod.Soort,
            Omschrijving = aanbod.Omschrijving,
            WijkId = aanbod.WijkId,
            Wanneer = aanbod.Wanneer,
            Waar = aanbod.Waar,
            Contact = aanbod.Contact,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Wijzigen(Guid id, AanbodModel model)
    {
        var aanbod = await db.SocialeKaart.SingleOrDefaultAsync(a => a.Id == id);
        if (aanbod is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await ToonAsync(model);
        }

        try
        {
            aanbod.Wijzig(model.Organisatie!, model.Naam!, model.Soort!.Value, model.Omschrijving ?? string.Empty, await BestaandeWijkAsync(model.WijkId), model.Wanneer ?? string.Empty, model.Waar ?? string.Empty, model.Contact!);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await ToonAsync(model);
        }

        db.Bewaar(aanbod);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"Het aanbod {aanbod.Naam} is opgeslagen.";
        return RedirectToAction(nameof(SocialeKaartController.Index));
    }

    [HttpGet]
    public async Task<IActionResult> Deactiveren(Guid id)
    {
        var aanbod = await db.SocialeKaart.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.IsActief);
        return aanbod is null ? NotFound() : View(aanbod);
    }

    [HttpPost]
    [ActionName(nameof(Deactiveren))]
    public Task<IActionResult> DeactiverenBevestigd(Guid id) =>
        WijzigStatusAsync(id, a => a.Deactiveer(), "is van de sociale kaart gehaald. Eerdere verwijzingen blijven bewaard.");

    [HttpPost]
    public Task<IActionResult> Activeren(Guid id) =>
        WijzigStatusAsync(id, a => a.Activeer(), "staat weer op de sociale kaart.");

    private async Task<IActionResult> WijzigStatusAsync(Guid id, Action<SocialeKaartAanbod> wijziging, string melding)
    {
        var aanbod = await db.SocialeKaart.SingleOrDefaultAsync(a => a.Id == id);
        if (aanbod is null)
        {
            return NotFound();
        }

        wijziging(aanbod);
        db.Bewaar(aanbod);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"Het aanbod {aanbod.Naam} {melding}";
        return RedirectToAction(nameof(SocialeKaartController.Index));
    }

    private async Task<IActionResult> ToonAsync(AanbodModel model)
    {
        model.Wijken = await SocialeKaartController.WijkKeuzesAsync(db);
        return View(model);
    }

    /// <summary>The wijk from the form, only if it exists (never trust an id from the form).</summary>
    private async Task<Guid?> BestaandeWijkAsync(Guid? wijkId) =>
        wijkId is { } id && await db.Wijken.AnyAsync(w => w.Id == id) ? id : null;
}
