using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Iwmo;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The moment a toewijzing is made in the portal (DOMAIN.md §2.7, issue 14): the sociaal werker on a verwijzing to an
/// aanbieder (omvang and period), the toetser on a beschikking tot toekenning in natura (the aanbieder). The toewijzing
/// goes out with the next WMO301 (Uitgaande berichten).
/// </summary>
[Route("Toewijzing")]
public sealed class ToewijzingController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, ToewijzingMaken maken, ToewijzingContextLezen contexten) : WmoController
{
    [Authorize(Policy = Beleid.MagDossierInzien)]
    [Inzage(Dossierdeel.Vraag)]
    [HttpGet("Verwijzing/{id:guid}")]
    public async Task<IActionResult> Verwijzing(Guid id) =>
        await VerwijzingAsync(id) is { } vraag
            ? View(new VerwijzingToewijzenModel { Ingangsdatum = vraag.UitkomstDatum, Context = await ContextAsync(vraag) })
            : NotFound();

    [Authorize(Policy = Beleid.MagDossierInzien)]
    [Inzage(Dossierdeel.Vraag)]
    [HttpPost("Verwijzing/{id:guid}")]
    public async Task<IActionResult> Verwijzing(Guid id, VerwijzingToewijzenModel model) =>
        await PostAsync(
            await VerwijzingAsync(id),
            async vraag =>
            {
                var toewijzing = await maken.OpVerwijzingAsync(vraag.Id, model.Omvang(), model.Periode(), User.AlsActor(), HttpContext.RequestAborted);
                return Bevestigd($"Toewijzing {toewijzing.Nummer} is gemaakt; hij gaat met de volgende verzending als toewijzingsbericht naar de aanbieder.",
                    nameof(VraagController.Details), "Vraag", new { id });
            },
            async vraag =>
            {
                model.Context = await ContextAsync(vraag);
                return View(model);
            },
            regel => VerwijzingToewijzenModel.VeldVanRegel.GetValueOrDefault(regel) ?? string.Empty);

    [Authorize(Policy = Beleid.MagAdviesToetsen)]
    [Inzage(Dossierdeel.Beschikking)]
    [HttpGet("Beschikking/{id:guid}")]
    public async Task<IActionResult> Beschikking(Guid id) =>
        await BeschikkingAsync(id) is { } beschikking
            ? View(await MetKeuzesAsync(new BeschikkingToewijzenModel(), beschikking))
            : NotFound();

    [Authorize(Policy = Beleid.MagAdviesToetsen)]
    [Inzage(Dossierdeel.Beschikking)]
    [HttpPost("Beschikking/{id:guid}")]
    public async Task<IActionResult> Beschikking(Guid id, BeschikkingToewijzenModel model) =>
        await PostAsync(
            await BeschikkingAsync(id),
            async beschikking =>
            {
                var toewijzing = await maken.OpBeschikkingAsync(beschikking.Id, model.AanbiederId!.Value, HttpContext.RequestAborted);
                return Bevestigd($"Toewijzing {toewijzing.Nummer} is gemaakt; hij gaat met de volgende verzending als toewijzingsbericht naar de aanbieder.",
                    nameof(ToetsingController.Beschikking), "Toetsing", new { id });
            },
            async beschikking => View(await MetKeuzesAsync(model, beschikking)),
            regel => BeschikkingToewijzenModel.VeldVanRegel.GetValueOrDefault(regel) ?? string.Empty);

    /// <summary>A vraag the user may see whose uitkomst is a verwijzing to an aanbieder.</summary>
    private Task<Ondersteuningsvraag?> VerwijzingAsync(Guid id) =>
        toegang.ZichtbareVragen(User).AsNoTracking()
            .SingleOrDefaultAsync(v => v.Id == id && v.Uitkomst != null && v.Uitkomst.Soort == UitkomstSoort.AanvullendViaVerwijzing && v.Uitkomst.AanbiederId != null);

    /// <summary>A beschikking tot toekenning in natura on a vraag the toetser may see.</summary>
    private Task<Beschikking?> BeschikkingAsync(Guid id)
    {
        var vragen = toegang.ZichtbareVragen(User);
        return db.Beschikkingen.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && vragen.Any(v => v.Id == b.VraagId)
            && b.Soort == BeschikkingSoort.Toekenning && b.Leveringsvorm != Leveringsvorm.Pgb);
    }

    private Task<ToewijzingContext> ContextAsync(Ondersteuningsvraag vraag) =>
        contexten.LeesAsync(vraag.Id, vraag.InwonerId, beleid.VoorzieningNaam(vraag.Uitkomst!.VoorzieningCode), vraag.Uitkomst.AanbiederId, vraag.Id,
            HttpContext.RequestAborted);

    private async Task<BeschikkingToewijzenModel> MetKeuzesAsync(BeschikkingToewijzenModel model, Beschikking beschikking)
    {
        var perceel = beleid.Catalogus.Bevat(beschikking.VoorzieningCode ?? string.Empty) ? beleid.Catalogus.Zoek(beschikking.VoorzieningCode!).Perceel : null;
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.Soort == OrganisatieSoort.Aanbieder && o.IsActief).OrderBy(o => o.Naam).ToListAsync();
        model.Aanbieders = [.. aanbieders.Where(o => perceel is null || o.LevertIn(perceel.Value))
            .Select(o => new SelectListItem(o.AgbCode is null ? $"{o.Naam} (geen AGB-code)" : o.Naam, o.Id.ToString()))];
        model.Context = await contexten.LeesAsync(beschikking.Id, beschikking.InwonerId, beleid.VoorzieningNaam(beschikking.VoorzieningCode), null,
            beschikking.VraagId, HttpContext.RequestAborted);
        return model;
    }
}
