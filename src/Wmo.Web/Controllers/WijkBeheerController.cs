using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;

namespace Wmo.Web.Controllers;

/// <summary>
/// A new wijk or dorp for the buurt- and dorpskamers; part of the BuurtkamerBeheer screen (same routes and views as
/// <see cref="BuurtkamerBeheerController"/>).
/// </summary>
[Scherm("BuurtkamerBeheer")]
[GeenInzage("beheer van buurt- en dorpskamers: geen dossiergegevens")]
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Buurtkamers")]
public sealed class WijkBeheerController(WmoDbContext db) : Controller
{
    [HttpGet("NieuweWijk")]
    public IActionResult NieuweWijk() => View(new WijkModel());

    [HttpPost("NieuweWijk")]
    public async Task<IActionResult> NieuweWijk(WijkModel model)
    {
        var naam = model.Naam?.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
        if (naam is { Length: > 0 } && await db.Wijken.AnyAsync(w => w.Naam.ToLower() == naam))
        {
            ModelState.AddModelError(nameof(model.Naam), $"De wijk of het dorp {model.Naam!.Trim()} bestaat al. Kies die bij de buurt- of dorpskamer, of geef een andere naam.");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        Wijk wijk;
        try
        {
            wijk = new Wijk(model.Naam!, model.IsDorp);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        db.Add(wijk);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"{wijk.Naam} is toegevoegd; u kunt er nu een buurt- of dorpskamer aan koppelen.";
        return RedirectToAction(nameof(BuurtkamerBeheerController.Nieuw));
    }
}
