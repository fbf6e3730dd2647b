using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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
public sealed class WijkBeheerController(WmoDbContext db) : WmoController
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

        return await PostAsync(model, async m =>
        {
            var wijk = new Wijk(m.Naam!, m.IsDorp);
            db.Add(wijk);
            await db.SaveChangesAsync();
            return Bevestigd($"{wijk.Naam} is toegevoegd; u kunt er nu een buurt- of dorpskamer aan koppelen.", nameof(BuurtkamerBeheerController.Nieuw));
        }, m => View(m));
    }
}
