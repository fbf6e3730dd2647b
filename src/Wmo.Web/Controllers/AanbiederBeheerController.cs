using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;

namespace Wmo.Web.Controllers;

/// <summary>Contracted aanbieders: name, AGB code and the percelen they deliver in (002 §5.1). Deactivated, never deleted.</summary>
[GeenInzage("beheer van aanbieders: geen dossiergegevens")]
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Aanbieders")]
public sealed class AanbiederBeheerController(WmoDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.Soort == OrganisatieSoort.Aanbieder).OrderBy(o => o.Naam).ToListAsync();
        return View(aanbieders.Select(o => new AanbiederRegel(o.Id, o.Naam, o.AgbCode, o.Percelen, o.IsActief)).ToList());
    }

    [HttpGet("Nieuw")]
    public IActionResult Nieuw() => View(new AanbiederModel());

    [HttpPost("Nieuw")]
    public async Task<IActionResult> Nieuw(AanbiederModel model)
    {
        await ControleerUniekAsync(model, id: null);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        Organisatie aanbieder;
        try
        {
            aanbieder = new Organisatie(model.Naam!, OrganisatieSoort.Aanbieder);
            aanbieder.WijzigAgbCode(model.AgbCode);
            aanbieder.ZetPercelen(model.Percelen);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        db.Add(aanbieder);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"Aanbieder {aanbieder.Naam} is toegevoegd.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id) =>
        await AanbiederAsync(id) is { } o ? View(new AanbiederModel { Naam = o.Naam, AgbCode = o.AgbCode, Percelen = [.. o.Percelen] }) : NotFound();

    [HttpPost("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id, AanbiederModel model)
    {
        var aanbieder = await AanbiederAsync(id);
        if (aanbieder is null)
        {
            return NotFound();
        }

        await ControleerUniekAsync(model, id);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        try
        {
            aanbieder.WijzigNaam(model.Naam!);
            aanbieder.WijzigAgbCode(model.AgbCode);
            aanbieder.ZetPercelen(model.Percelen);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        await db.SaveChangesAsync();
        TempData["Melding"] = $"Aanbieder {aanbieder.Naam} is bijgewerkt.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/Deactiveren")]
    public async Task<IActionResult> Deactiveren(Guid id) =>
        await AanbiederAsync(id) is { } o ? View(new Bevestiging(o.Id, o.Naam)) : NotFound();

    [HttpPost("{id:guid}/Deactiveren")]
    [ActionName(nameof(Deactiveren))]
    public Task<IActionResult> DeactiverenBevestigd(Guid id) => ZetActiefAsync(id, actief: false);

    [HttpPost("{id:guid}/Activeren")]
    public Task<IActionResult> Activeren(Guid id) => ZetActiefAsync(id, actief: true);

    private async Task<IActionResult> ZetActiefAsync(Guid id, bool actief)
    {
        var aanbieder = await AanbiederAsync(id);
        if (aanbieder is null)
        {
            return NotFound();
        }

        if (actief)
        {
            aanbieder.Activeer();
        }
        else
        {
            aanbieder.Deactiveer();
        }

        await db.SaveChangesAsync();
        TempData["Melding"] = actief ? $"Aanbieder {aanbieder.Naam} is weer actief." : $"Aanbieder {aanbieder.Naam} is gedeactiveerd; er kan niet meer naar worden verwezen.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// One organisation per name and per AGB code: the AGB code identifies the aanbieder in iWmo messages (Vektis AGB-register),
    /// so two with the same code would receive each other's toewijzingen.
    /// </summary>
    private async Task ControleerUniekAsync(AanbiederModel model, Guid? id)
    {
        var naam = model.Naam?.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
        if (naam is { Length: > 0 } && await db.Organisaties.AnyAsync(o => o.Id != id && o.Naam.ToLower() == naam))
        {
            ModelState.AddModelError(nameof(model.Naam), $"Er is al een organisatie met de naam {model.Naam!.Trim()}. Kies een andere naam of wijzig de bestaande.");
        }

        var agb = model.AgbCode?.Trim();
        if (agb is { Length: > 0 } && await db.Organisaties.Where(o => o.Id != id && o.AgbCode == agb).Select(o => o.Naam).FirstOrDefaultAsync() is { } ander)
        {
            ModelState.AddModelError(nameof(model.AgbCode), $"AGB-code {agb} hoort al bij {ander}. Controleer de code.");
        }
    }

    private Task<Organisatie?> AanbiederAsync(Guid id) =>
        db.Organisaties.SingleOrDefaultAsync(o => o.Id == id && o.Soort == OrganisatieSoort.Aanbieder);
}
