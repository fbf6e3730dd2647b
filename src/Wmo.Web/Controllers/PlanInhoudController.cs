using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Plannen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The goals per leefgebied and the actions (who delivers, who pays) of a plan; a concept plan's can be corrected and removed.</summary>
[Inzage(Dossierdeel.Plan)]
[Scherm("Plan")]
public sealed class PlanInhoudController(WmoDbContext db, DossierToegang toegang, PlanBewerken bewerken, PlanLezen lezen, TimeProvider klok) : PlanSchermController(db, toegang, bewerken, lezen, klok)
{
    /// <summary>A new goal, or with <paramref name="doelId"/> the correction of a goal of a concept plan.</summary>
    [HttpGet]
    public async Task<IActionResult> Doel(Guid id, Guid? doelId)
    {
        var bestaand = doelId is { } d ? (await WeergaveAsync(id))?.Plan.Doelen.SingleOrDefault(x => x.Id == d) : null;
        return doelId is not null && bestaand is null
            ? NotFound()
            : await ToonFormulierAsync(id, bestaand is null ? new DoelModel { Evaluatiedatum = Klok.Vandaag().AddMonths(3) } : DoelModel.Van(bestaand));
    }

    [HttpPost]
    public Task<IActionResult> Doel(Guid id, DoelModel model) => model.CorrigeerDoelId is { } doelId
        ? WijzigAsync(id, model, "Het doel is gewijzigd.", (plan, huishouden) =>
            plan.WijzigDoel(huishouden, doelId, model.Leefgebied!.Value, model.Omschrijving!, model.Doelsoort!.Value, model.Evaluatiedatum!.Value, model.InwonerId, Klok.Vandaag()))
        : WijzigAsync(id, model, "Het doel is toegevoegd.", (plan, huishouden) =>
            plan.VoegDoelToe(huishouden, model.Leefgebied!.Value, model.Omschrijving!, model.Doelsoort!.Value, model.Evaluatiedatum!.Value, model.InwonerId, Klok.Vandaag()));

    /// <summary>A new action, or with <paramref name="actieId"/> the correction of an action of a concept plan.</summary>
    [HttpGet]
    public async Task<IActionResult> Actie(Guid id, Guid? doelId, Guid? actieId)
    {
        var bestaand = actieId is { } a ? (await WeergaveAsync(id))?.Plan.Acties.SingleOrDefault(x => x.Id == a) : null;
        if (actieId is not null && bestaand is null)
        {
            return NotFound();
        }

        var model = bestaand is null ? new ActieModel { DoelId = doelId } : ActieModel.Van(bestaand);
        model.SocialeKaartKeuzes = await SocialeKaartKeuzesAsync();
        return await ToonFormulierAsync(id, model);
    }

    [HttpPost]
    public async Task<IActionResult> Actie(Guid id, ActieModel model)
    {
        model.SocialeKaartKeuzes = await SocialeKaartKeuzesAsync();
        if (model.SocialeKaartAanbodId is { } aanbod && !await Lezen.IsActiefAanbodAsync(aanbod, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(ActieModel.SocialeKaartAanbodId), "Kies een aanbod dat op de sociale kaart staat.");
        }

        return model.CorrigeerActieId is { } actieId
            ? await WijzigAsync(id, model, "De actie is gewijzigd.", (plan, _) =>
                plan.WijzigActie(actieId, model.DoelId!.Value, model.Omschrijving!, model.Uitvoerder!.Value, model.UitgevoerdDoor ?? string.Empty, model.Financier!.Value, model.SocialeKaartAanbodId))
            : await WijzigAsync(id, model, "De actie is toegevoegd.", (plan, _) =>
                plan.VoegActieToe(model.DoelId!.Value, model.Omschrijving!, model.Uitvoerder!.Value, model.UitgevoerdDoor ?? string.Empty, model.Financier!.Value, model.SocialeKaartAanbodId));
    }

    /// <summary>Asks before a goal (with its actions) or an action is removed from a concept plan.</summary>
    [HttpGet]
    public async Task<IActionResult> Verwijderen(Guid id, Guid? doelId, Guid? actieId)
    {
        var weergave = await WeergaveAsync(id);
        var bestaat = weergave is not null && ((doelId is { } d && actieId is null && weergave.Plan.Doelen.Any(x => x.Id == d))
            || (actieId is { } a && doelId is null && weergave.Plan.Acties.Any(x => x.Id == a)));
        return bestaat ? await ToonFormulierAsync(id, new PlanVerwijderModel { DoelId = doelId, ActieId = actieId }) : NotFound();
    }

    [HttpPost]
    public Task<IActionResult> Verwijderen(Guid id, PlanVerwijderModel model) => model.DoelId is { } doelId
        ? WijzigAsync(id, model, "Het doel en de acties daarbij zijn verwijderd.", (plan, _) => plan.VerwijderDoel(doelId))
        : WijzigAsync(id, model, "De actie is verwijderd.", (plan, _) => plan.VerwijderActie(model.ActieId!.Value));

    private async Task<List<SelectListItem>> SocialeKaartKeuzesAsync() =>
        (await Lezen.SocialeKaartKeuzesAsync(HttpContext.RequestAborted)).Select(k => new SelectListItem(k.Value, k.Key.ToString())).ToList();
}
