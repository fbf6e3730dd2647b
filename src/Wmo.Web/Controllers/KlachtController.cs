using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Klachten;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Klachten (002 §4.9): registered on a household, handled level by level — ondersteuner, leidinggevende,
/// klachtenbemiddelaar of the aanbieder, externe klachtencommissie — and finally the nationale ombudsman. Registering
/// one: <see cref="KlachtRegistratieController"/>.
/// </summary>
[Inzage(Dossierdeel.Klacht)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class KlachtController(WmoDbContext db, DossierToegang toegang, TimeProvider klok) : WmoController
{
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
        model.Details = details;
        return await PostAsync(klacht, async k =>
        {
            k.HandelAf(model.Uitkomst!.Value, model.Toelichting!, model.Datum!.Value);
            await BewaarAsync(k);
            return Bevestigd("De uitkomst op dit niveau is vastgelegd.", nameof(Details), new { id });
        }, _ => View(nameof(Details), model));
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
        model.Details = details;
        return await PostAsync(klacht, async k =>
        {
            k.Escaleer(model.Datum!.Value);
            await BewaarAsync(k);
            return Bevestigd($"De klacht is doorgezet naar: {k.Niveau.Tekst().ToLowerInvariant()}.", nameof(Details), new { id });
        }, _ => View(model));
    }

    private async Task BewaarAsync(Klacht klacht)
    {
        db.Bewaar(klacht);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private async Task<(Klacht? Klacht, KlachtDetails? Details)> LaadAsync(Guid id)
    {
        var klacht = await db.Klachten.SingleOrDefaultAsync(k => k.Id == id);
        var naam = klacht is null ? null : await toegang.HuishoudenNaamAsync(User, klacht.HuishoudenId);
        if (klacht is null || naam is null)
        {
            return (null, null);
        }

        var aanbieder = klacht.AanbiederId is { } aid ? await db.Organisaties.Where(o => o.Id == aid).Select(o => o.Naam).SingleOrDefaultAsync() : null;
        var door = await db.Users.Where(u => u.Id == klacht.GeregistreerdDoorId).Select(u => u.Naam).SingleOrDefaultAsync() ?? "onbekend";
        return (klacht, new KlachtDetails { Klacht = klacht, HuishoudenNaam = naam, Aanbieder = aanbieder, GeregistreerdDoor = door });
    }
}
