using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The end of a vraag: the Wlz-aanvraag at the CIZ (000 L450: the Wmo stays responsible meanwhile) and closing the vraag
/// with its reason; "overgang naar de Wlz" only with a recorded, granted Wlz-aanvraag. One domain operation per step.
/// </summary>
[Scherm("Vraag")]
[Inzage(Dossierdeel.Vraag)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class VraagAfsluitenController(WmoDbContext db, DossierToegang toegang, TimeProvider klok) : VraagStapController(db, toegang)
{
    [HttpGet]
    public async Task<IActionResult> Wlz(Guid id)
    {
        var vraag = await VraagAsync(id);
        return vraag is null
            ? NotFound()
            : View(new WlzModel { AanvraagOp = vraag.WlzAanvraagSinds, BesluitOp = vraag.WlzBesluitOp, Toegekend = vraag.WlzAfgerond ? vraag.WlzToegekend : null });
    }

    [HttpPost]
    public async Task<IActionResult> Wlz(Guid id, WlzModel model) =>
        await PostAsync(
            await VraagAsync(id),
            async vraag =>
            {
                if (vraag.WlzAanvraagSinds != model.AanvraagOp)
                {
                    vraag.MeldWlzAanvraag(model.AanvraagOp!.Value);
                }

                if (model.BesluitOp is { } besluit)
                {
                    vraag.RondWlzAanvraagAf(model.Toegekend!.Value, besluit);
                }

                Db.Bewaar(vraag);
                await Db.SaveChangesAsync();
                return Bevestigd("De Wlz-aanvraag is vastgelegd.", nameof(VraagController.Details), new { id });
            },
            _ => View(model),
            WlzModel.VeldVanRegel);

    [HttpGet]
    public async Task<IActionResult> Afsluiten(Guid id) =>
        await Toegang.MagVraagZienAsync(User, id) ? View(new AfsluitenModel { Datum = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Afsluiten(Guid id, AfsluitenModel model) =>
        await PostAsync(
            await VraagAsync(id),
            async vraag =>
            {
                vraag.SluitAf(model.Reden!.Value, model.Datum!.Value);
                Db.Bewaar(vraag);
                await Db.SaveChangesAsync();
                return Bevestigd($"De vraag is afgesloten: {model.Reden!.Value.Tekst().ToLowerInvariant()}.", nameof(VraagController.Details), new { id });
            },
            _ => View(model),
            AfsluitenModel.VeldVanRegel);
}
