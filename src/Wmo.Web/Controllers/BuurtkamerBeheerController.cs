using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;

namespace Wmo.Web.Controllers;

/// <summary>
/// The beheerder's list of buurt- and dorpskamers and their wijken (a new wijk: <see cref="WijkBeheerController"/>).
/// A buurtkamer is closed, never deleted.
/// </summary>
[GeenInzage("beheer van buurt- en dorpskamers: geen dossiergegevens")]
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Buurtkamers")]
public sealed class BuurtkamerBeheerController(WmoDbContext db) : WmoController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await RegelsAsync());

    [HttpGet("Nieuw")]
    public async Task<IActionResult> Nieuw() => View(await MetWijkenAsync(new BuurtkamerModel()));

    [HttpPost("Nieuw")]
    public async Task<IActionResult> Nieuw(BuurtkamerModel model)
    {
        await ControleerWijkAsync(model);
        await ControleerNaamAsync(model, id: null);
        return await PostAsync(model, async m =>
        {
            var buurtkamer = new Buurtkamer(m.Naam!, m.WijkId!.Value, m.Adres!);
            db.Add(buurtkamer);
            await db.SaveChangesAsync();
            return Bevestigd($"{buurtkamer.Naam} is toegevoegd.", nameof(Index));
        }, async m => View(await MetWijkenAsync(m)));
    }

    [HttpGet("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id) =>
        await db.Buurtkamers.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id) is { } b
            ? View(await MetWijkenAsync(new BuurtkamerModel { Naam = b.Naam, WijkId = b.WijkId, Adres = b.Adres }))
            : NotFound();

    [HttpPost("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id, BuurtkamerModel model)
    {
        var buurtkamer = await db.Buurtkamers.SingleOrDefaultAsync(b => b.Id == id);
        if (buurtkamer is not null)
        {
            await ControleerWijkAsync(model);
            await ControleerNaamAsync(model, id);
        }

        return await PostAsync(buurtkamer, b => WijzigAsync(b, k => k.Wijzig(model.Naam!, model.WijkId!.Value, model.Adres!), "is bijgewerkt."),
            async _ => View(await MetWijkenAsync(model)));
    }

    [HttpGet("{id:guid}/Sluiten")]
    public async Task<IActionResult> Sluiten(Guid id) =>
        await db.Buurtkamers.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id) is { } b ? View(new Bevestiging(b.Id, b.Naam)) : NotFound();

    /// <summary>A refused save shows the confirmation again, with the message.</summary>
    [HttpPost("{id:guid}/Sluiten")]
    [ActionName(nameof(Sluiten))]
    public async Task<IActionResult> SluitenBevestigd(Guid id) =>
        await PostAsync(await db.Buurtkamers.SingleOrDefaultAsync(b => b.Id == id), b => WijzigAsync(b, k => k.Sluit(), "is gesloten. Bestaande dossiers blijven bewaard."),
            b => View(nameof(Sluiten), new Bevestiging(b.Id, b.Naam)));

    /// <summary>A refused save shows the list again, with the message.</summary>
    [HttpPost("{id:guid}/Heropenen")]
    public async Task<IActionResult> Heropenen(Guid id) =>
        await PostAsync(await db.Buurtkamers.SingleOrDefaultAsync(b => b.Id == id), b => WijzigAsync(b, k => k.Heropen(), "is weer open."),
            async _ => View(nameof(Index), await RegelsAsync()));

    private async Task<IActionResult> WijzigAsync(Buurtkamer buurtkamer, Action<Buurtkamer> wijziging, string melding)
    {
        wijziging(buurtkamer);
        await db.SaveChangesAsync();
        return Bevestigd($"{buurtkamer.Naam} {melding}", nameof(Index));
    }

    private Task<List<BuurtkamerRegel>> RegelsAsync() =>
        (from b in db.Buurtkamers.AsNoTracking()
         join w in db.Wijken on b.WijkId equals w.Id
         orderby b.Naam
         select new BuurtkamerRegel(b.Id, b.Naam, w.Naam + (w.IsDorp ? " (dorp)" : ""), b.Adres, b.IsActief)).ToListAsync();

    /// <summary>Never trust an id from the form: the wijk must exist.</summary>
    private async Task ControleerWijkAsync(BuurtkamerModel model)
    {
        if (model.WijkId is { } wijk && !await db.Wijken.AnyAsync(w => w.Id == wijk))
        {
            ModelState.AddModelError(nameof(model.WijkId), "Kies de wijk of het dorp uit de lijst.");
        }
    }

    /// <summary>Names are unique (a list of kamers with two "Buurtkamer Oost" helps nobody); upper and lower case do not count.</summary>
    private async Task ControleerNaamAsync(BuurtkamerModel model, Guid? id)
    {
        var naam = model.Naam?.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
        if (naam is { Length: > 0 } && await db.Buurtkamers.AnyAsync(b => b.Id != id && b.Naam.ToLower() == naam))
        {
            ModelState.AddModelError(nameof(model.Naam), $"Er is al een buurt- of dorpskamer met de naam {model.Naam!.Trim()}. Kies een andere naam.");
        }
    }

    private async Task<BuurtkamerModel> MetWijkenAsync(BuurtkamerModel model)
    {
        model.Wijken = await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).Select(w => new SelectListItem(w.Naam, w.Id.ToString())).ToListAsync();
        return model;
    }
}
