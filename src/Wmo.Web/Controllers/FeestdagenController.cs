using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Days declared equal to a feestdag by koninklijk besluit (Atw art. 3 lid 3), maintained by the beheerder: every term
/// computation reads this table, so a new besluit (every three years) is entered here, not in code.
/// </summary>
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Feestdagen")]
public sealed class FeestdagenController(WmoDbContext db, TimeProvider klok) : WmoController
{
    /// <summary>How far ahead the screens warn about a missing besluit: this year and the next two.</summary>
    public const int JarenVooruit = 2;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var dagen = await db.GelijkgesteldeDagen.AsNoTracking().OrderBy(d => d.Datum).ToListAsync();
        var jaar = Vandaag.Volgens(klok).Year;
        var kalender = new Feestdagkalender(dagen);
        return View(new FeestdagenOverzicht(dagen.Select(d => new GelijkgesteldeDagRegel(d.Datum, d.Besluit)).ToList(),
            kalender.JarenZonderGelijkstelling(jaar, jaar + JarenVooruit)));
    }

    [HttpGet("Nieuw")]
    public IActionResult Nieuw() => View(new GelijkgesteldeDagModel());

    [HttpPost("Nieuw")]
    public async Task<IActionResult> Nieuw(GelijkgesteldeDagModel model)
    {
        if (ModelState.IsValid && await db.GelijkgesteldeDagen.AnyAsync(d => d.Datum == model.Datum!.Value))
        {
            ModelState.AddModelError(nameof(model.Datum), $"{model.Datum!.Value.Lang()} is al als gelijkgestelde dag vastgelegd.");
        }

        return await PostAsync(model, async m =>
        {
            var dag = new GelijkgesteldeDag(m.Datum!.Value, m.Besluit!);
            db.GelijkgesteldeDagen.Add(dag);
            await db.SaveChangesAsync();
            return Bevestigd($"{dag.Datum.Lang()} telt vanaf nu als feestdag in elke termijnberekening.", nameof(Index));
        }, m => Task.FromResult<IActionResult>(View(m)), regel => regel == Regelnamen.GelijkgesteldeDagNoemtBesluit ? nameof(model.Besluit) : nameof(model.Datum));
    }

    [HttpGet("{datum}/Verwijderen")]
    public async Task<IActionResult> Verwijderen(DateOnly datum) =>
        ModelState.IsValid && await db.GelijkgesteldeDagen.AsNoTracking().SingleOrDefaultAsync(d => d.Datum == datum) is { } dag
            ? View(new GelijkgesteldeDagRegel(dag.Datum, dag.Besluit))
            : NotFound();

    /// <summary>A refused save shows the confirmation again, with the message.</summary>
    [HttpPost("{datum}/Verwijderen")]
    [ActionName(nameof(Verwijderen))]
    public async Task<IActionResult> VerwijderenBevestigd(DateOnly datum) =>
        await PostAsync(ModelState.IsValid ? await db.GelijkgesteldeDagen.SingleOrDefaultAsync(d => d.Datum == datum) : null, async dag =>
        {
            db.GelijkgesteldeDagen.Remove(dag);
            await db.SaveChangesAsync();
            return Bevestigd($"{datum.Lang()} is geen gelijkgestelde dag meer.", nameof(Index));
        }, dag => View(nameof(Verwijderen), new GelijkgesteldeDagRegel(dag.Datum, dag.Besluit)));
}
