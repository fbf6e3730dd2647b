using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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
public sealed class SocialeKaartBeheerController(WmoDbContext db) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Nieuw() => View(new AanbodModel { Wijken = await SocialeKaartController.WijkKeuzesAsync(db) });

    [HttpPost]
    public Task<IActionResult> Nieuw(AanbodModel model) =>
        PostAsync(model, async m =>
        {
            var aanbod = new SocialeKaartAanbod(m.Organisatie!, m.Naam!, m.Soort!.Value, m.Omschrijving ?? string.Empty, await BestaandeWijkAsync(m.WijkId), m.Wanneer ?? string.Empty, m.Waar ?? string.Empty, m.Contact!);
            db.SocialeKaart.Add(aanbod);
            await db.SaveChangesAsync();
            return Bevestigd($"Het aanbod {aanbod.Naam} staat op de sociale kaart.", nameof(SocialeKaartController.Index));
        }, ToonAsync);

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
    public async Task<IActionResult> Wijzigen(Guid id, AanbodModel model) =>
        await PostAsync(await db.SocialeKaart.SingleOrDefaultAsync(a => a.Id == id), async aanbod =>
        {
            aanbod.Wijzig(model.Organisatie!, model.Naam!, model.Soort!.Value, model.Omschrijving ?? string.Empty, await BestaandeWijkAsync(model.WijkId), model.Wanneer ?? string.Empty, model.Waar ?? string.Empty, model.Contact!);
            return await BewaarAsync(aanbod, "is opgeslagen.");
        }, _ => ToonAsync(model));

    [HttpGet]
    public async Task<IActionResult> Deactiveren(Guid id)
    {
        var aanbod = await db.SocialeKaart.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.IsActief);
        return aanbod is null ? NotFound() : View(aanbod);
    }

    /// <summary>A refused save shows the confirmation again, with the message.</summary>
    [HttpPost]
    [ActionName(nameof(Deactiveren))]
    public async Task<IActionResult> DeactiverenBevestigd(Guid id) =>
        await PostAsync(await AanbodAsync(id), aanbod =>
        {
            aanbod.Deactiveer();
            return BewaarAsync(aanbod, "is van de sociale kaart gehaald. Eerdere verwijzingen blijven bewaard.");
        }, aanbod => View(nameof(Deactiveren), aanbod));

    /// <summary>A refused save shows the stopped offer in the list again, with the message.</summary>
    [HttpPost]
    public async Task<IActionResult> Activeren(Guid id) =>
        await PostAsync(await AanbodAsync(id), aanbod =>
        {
            aanbod.Activeer();
            return BewaarAsync(aanbod, "staat weer op de sociale kaart.");
        }, async aanbod => View(nameof(SocialeKaartController.Index),
            await SocialeKaartController.ZoekAsync(db, new SocialeKaartZoekModel { Zoek = aanbod.Naam, Inactief = true }, pagina: null, User)));

    private Task<SocialeKaartAanbod?> AanbodAsync(Guid id) => db.SocialeKaart.SingleOrDefaultAsync(a => a.Id == id);

    private async Task<IActionResult> BewaarAsync(SocialeKaartAanbod aanbod, string melding)
    {
        db.Bewaar(aanbod);
        await db.SaveChangesAsync();
        return Bevestigd($"Het aanbod {aanbod.Naam} {melding}", nameof(SocialeKaartController.Index));
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
