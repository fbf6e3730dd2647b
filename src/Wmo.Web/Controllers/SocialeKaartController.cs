using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.SocialeKaart;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The sociale kaart (002 §2.2, §3.1): searchable at the buurtkamer table by vrijwilligers and sociaal werkers, kept
/// up to date by beheerders. Offers that stop are deactivated, never deleted.
/// </summary>
[GeenInzage("beheer van de sociale kaart: aanbod, geen gegevens van inwoners")]
[Authorize(Policy = Beleid.MagSocialeKaartZien)]
public sealed class SocialeKaartController(WmoDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(SocialeKaartZoekModel model, int? pagina)
    {
        // Only beheerders look at deactivated offers (to reactivate them); at the table only what runs counts.
        var toonActief = !(User.IsInRole(nameof(Rol.Beheerder)) && model.Inactief);
        var query = db.SocialeKaart.AsNoTracking().Where(a => a.IsActief == toonActief);
        if (!string.IsNullOrWhiteSpace(model.Zoek))
        {
            var patroon = "%" + model.Zoek.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.Like(a.Naam, patroon, "\\") || EF.Functions.Like(a.Organisatie, patroon, "\\") || EF.Functions.Like(a.Omschrijving, patroon, "\\"));
        }

        if (model.Soort is { } soort)
        {
            query = query.Where(a => a.Soort == soort);
        }

        if (model.WijkId is { } wijkId)
        {
            // An offer for the whole gemeente (no wijk) is available in every wijk.
            query = query.Where(a => a.WijkId == wijkId || a.WijkId == null);
        }

        var nummer = Pagina<AanbodRegel>.Normaliseer(pagina);
        var totaal = await query.CountAsync();
        var regels = await query.OrderBy(a => a.Naam).ThenBy(a => a.Organisatie)
            .Skip((nummer - 1) * Pagina<AanbodRegel>.StandaardGrootte).Take(Pagina<AanbodRegel>.StandaardGrootte)
            .Select(a => new AanbodRegel(a.Id, a.Naam, a.Organisatie, a.Soort, a.Omschrijving,
                db.Wijken.Where(w => w.Id == a.WijkId).Select(w => w.Naam).FirstOrDefault(), a.Wanneer, a.Waar, a.Contact, a.IsActief))
            .ToListAsync();
        model.Resultaat = new Pagina<AanbodRegel>(regels, nummer, Pagina<AanbodRegel>.StandaardGrootte, totaal);
        model.Wijken = await WijkKeuzesAsync();
        return View(model);
    }

    [HttpGet]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Nieuw() => View(new AanbodModel { Wijken = await WijkKeuzesAsync() });

    [HttpPost]
    [Authorize(Policy = Beleid.MagBeheren)]
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
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = Beleid.MagBeheren)]
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
    [Authorize(Policy = Beleid.MagBeheren)]
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
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Deactiveren(Guid id)
    {
        var aanbod = await db.SocialeKaart.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.IsActief);
        return aanbod is null ? NotFound() : View(aanbod);
    }

    [HttpPost]
    [Authorize(Policy = Beleid.MagBeheren)]
    [ActionName(nameof(Deactiveren))]
    public Task<IActionResult> DeactiverenBevestigd(Guid id) =>
        WijzigStatusAsync(id, a => a.Deactiveer(), "is van de sociale kaart gehaald. Eerdere verwijzingen blijven bewaard.");

    [HttpPost]
    [Authorize(Policy = Beleid.MagBeheren)]
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
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ToonAsync(AanbodModel model)
    {
        model.Wijken = await WijkKeuzesAsync();
        return View(model);
    }

    /// <summary>The wijk from the form, only if it exists (never trust an id from the form).</summary>
    private async Task<Guid?> BestaandeWijkAsync(Guid? wijkId) =>
        wijkId is { } id && await db.Wijken.AnyAsync(w => w.Id == id) ? id : null;

    private async Task<IEnumerable<SelectListItem>> WijkKeuzesAsync() =>
        await db.Wijken.AsNoTracking().OrderBy(w => w.Naam)
            .Select(w => new SelectListItem(w.IsDorp ? w.Naam + " (dorp)" : w.Naam, w.Id.ToString())).ToListAsync();
}
