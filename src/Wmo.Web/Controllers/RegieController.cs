using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Huishoudens;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;

namespace Wmo.Web.Controllers;

/// <summary>Regie of a household (DOMAIN.md §2.7): the one regievoerder, its hand-over, and the regie of JET or Sociale Zaken.</summary>
[Scherm("Huishouden")]
[Inzage(Dossierdeel.Huishouden)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class RegieController(WmoDbContext db, DossierToegang toegang, Regievoering regie) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> RegievoerderToewijzen(Guid id)
    {
        var huishouden = await toegang.HuishoudenAsync(User, id);
        return huishouden is null ? NotFound() : View(await VulAsync(new RegievoerderModel(), huishouden));
    }

    [HttpPost]
    public async Task<IActionResult> RegievoerderToewijzen(Guid id, RegievoerderModel model) =>
        await PostAsync(
            await toegang.HuishoudenAsync(User, id),
            async huishouden =>
            {
                var regievoerder = await regie.ToewijzenAsync(huishouden, model.RegievoerderId, User.AlsActor());
                return Bevestigd($"{regievoerder.Naam} is regievoerder van huishouden {huishouden.Naam}.", nameof(HuishoudenController.Details), new { id });
            },
            async huishouden => View(await VulAsync(model, huishouden)));

    [HttpGet]
    public async Task<IActionResult> RegieOverdragen(Guid id)
    {
        var huishouden = await toegang.HuishoudenAsync(User, id);
        return huishouden is null ? NotFound() : View(await VulAsync(new RegieOverdrachtModel(), huishouden));
    }

    [HttpPost]
    public async Task<IActionResult> RegieOverdragen(Guid id, RegieOverdrachtModel model) =>
        await PostAsync(
            await toegang.HuishoudenAsync(User, id),
            async huishouden =>
            {
                var nieuwe = await regie.OverdragenAsync(huishouden, model.RegievoerderId, model.Reden!, User.AlsActor());
                return Bevestigd($"De regie is overgedragen aan {nieuwe.Naam}.", nameof(HuishoudenController.Details), new { id });
            },
            async huishouden => View(await VulAsync(model, huishouden)));

    [HttpGet]
    public async Task<IActionResult> AndereRegie(Guid id)
    {
        var huishouden = await toegang.HuishoudenAsync(User, id);
        return huishouden is null ? NotFound() : View(new AndereRegieModel { HuishoudenNaam = huishouden.Naam });
    }

    [HttpPost]
    public async Task<IActionResult> AndereRegie(Guid id, AndereRegieModel model) =>
        await PostAsync(
            await toegang.HuishoudenAsync(User, id),
            async huishouden =>
            {
                var andere = new AndereRegie(model.Domein!.Value, model.Naam!.Trim(), string.IsNullOrWhiteSpace(model.Contact) ? null : model.Contact.Trim());
                await regie.AndereRegieVastleggenAsync(huishouden, andere);
                return Bevestigd(andere.Domein == RegieDomein.JeugdExpertTeam ? "De JET-procesregie is vastgelegd." : "De regie van Sociale Zaken is vastgelegd.",
                    nameof(HuishoudenController.Details), new { id });
            },
            huishouden =>
            {
                model.HuishoudenNaam = huishouden.Naam;
                return View(model);
            });

    private async Task<IEnumerable<SelectListItem>> SociaalWerkersAsync(Guid? behalve) =>
        (await regie.KandidatenAsync(behalve)).Select(k => new SelectListItem(k.Naam, k.Id.ToString())).ToList();

    private async Task<string?> NaamAsync(Guid? gebruikerId) =>
        gebruikerId is { } id ? await db.Users.Where(u => u.Id == id).Select(u => u.Naam).SingleOrDefaultAsync() : null;

    private async Task<RegievoerderModel> VulAsync(RegievoerderModel model, Huishouden huishouden)
    {
        model.HuishoudenNaam = huishouden.Naam;
        model.HuidigeRegievoerder = await NaamAsync(huishouden.RegievoerderId);
        model.SociaalWerkers = await SociaalWerkersAsync(null);
        return model;
    }

    private async Task<RegieOverdrachtModel> VulAsync(RegieOverdrachtModel model, Huishouden huishouden)
    {
        model.HuishoudenNaam = huishouden.Naam;
        model.HuidigeRegievoerder = await NaamAsync(huishouden.RegievoerderId);
        model.SociaalWerkers = await SociaalWerkersAsync(huishouden.RegievoerderId);
        return model;
    }
}
