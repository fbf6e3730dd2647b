using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Iwmo;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// A change of a toewijzing's omvang or period with the iWmo reden wijziging (DOMAIN.md §2.7, issue 14); part of the
/// Toewijzing screen (same routes and views as <see cref="ToewijzingController"/>). The change goes out with the next WMO301.
/// </summary>
[Scherm("Toewijzing")]
[Route("Toewijzing")]
public sealed class ToewijzingWijzigenController(
    WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, ToewijzingWijzigen wijzigen, ToewijzingContextLezen contexten) : WmoController
{
    [Authorize(Policy = Beleid.MagDossierInzien)]
    [Inzage(Dossierdeel.Vraag)]
    [HttpGet("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id)
    {
        var toewijzing = await ToewijzingAsync(id);
        if (toewijzing is null)
        {
            return NotFound();
        }

        return View(await MetContextAsync(new ToewijzingWijzigenModel
        {
            Volume = toewijzing.Omvang.Volume, Eenheid = toewijzing.Omvang.Eenheid, Frequentie = toewijzing.Omvang.Frequentie,
            Ingangsdatum = toewijzing.Ingangsdatum, Einddatum = toewijzing.Einddatum, Versie = db.VersieVan(toewijzing),
        }, toewijzing));
    }

    /// <summary>"Wijziging opslaan": omvang or period with the reden wijziging; goes out with the next WMO301.</summary>
    [Authorize(Policy = Beleid.MagDossierInzien)]
    [Inzage(Dossierdeel.Vraag)]
    [HttpPost("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id, ToewijzingWijzigenModel model) =>
        await PostAsync(
            await ToewijzingAsync(id),
            async toewijzing =>
            {
                await wijzigen.VoerUitAsync(toewijzing.Id, model.Versie, model.Omvang(), model.Periode(), model.Reden!.Value, HttpContext.RequestAborted);
                return Bevestigd($"Toewijzing {toewijzing.Nummer} is gewijzigd; de wijziging gaat met de volgende verzending naar de aanbieder.",
                    nameof(VraagController.Details), "Vraag", new { id = toewijzing.VraagId });
            },
            async toewijzing => View(await MetContextAsync(model, toewijzing)),
            regel => ToewijzingWijzigenModel.VeldVanRegel.GetValueOrDefault(regel) ?? string.Empty,
            "Iemand anders heeft deze toewijzing intussen gewijzigd (of de aanbieder meldde een start of stop). Open hem opnieuw.");

    /// <summary>A toewijzing on a vraag the user may see (tracked, for its version).</summary>
    private Task<Domain.Toewijzingen.Toewijzing?> ToewijzingAsync(Guid id)
    {
        var vragen = toegang.ZichtbareVragen(User);
        return db.Toewijzingen.SingleOrDefaultAsync(t => t.Id == id && vragen.Any(v => v.Id == t.VraagId));
    }

    private async Task<ToewijzingWijzigenModel> MetContextAsync(ToewijzingWijzigenModel model, Domain.Toewijzingen.Toewijzing toewijzing)
    {
        model.Nummer = toewijzing.Nummer.ToString();
        model.Context = await contexten.LeesAsync(toewijzing.VraagId, toewijzing.InwonerId, beleid.VoorzieningNaam(toewijzing.VoorzieningCode), toewijzing.AanbiederId,
            toewijzing.VraagId, HttpContext.RequestAborted);
        return model;
    }
}
