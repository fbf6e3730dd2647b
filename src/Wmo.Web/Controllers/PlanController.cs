using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Plannen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The household's ondersteuningsplan (003 L2849-2857): drawing it up, activation, evaluation and closing, and throwing
/// a concept away. Goals and actions are edited in <see cref="PlanInhoudController"/>.
/// </summary>
[Inzage(Dossierdeel.Plan)]
[Scherm("Plan")]
public sealed class PlanController(WmoDbContext db, DossierToegang toegang, PlanBewerken bewerken, PlanLezen lezen, TimeProvider klok) : PlanSchermController(db, toegang, bewerken, lezen, klok)
{
    [HttpPost]
    public async Task<IActionResult> Nieuw(Guid huishoudenId)
    {
        if (!await Toegang.MagHuishoudenZienAsync(User, huishoudenId))
        {
            return NotFound();
        }

        var (plan, nieuw) = await Wijzigingen.NieuwConceptAsync(huishoudenId, User.AlsActor(), Klok.Vandaag(), HttpContext.RequestAborted);
        if (!nieuw)
        {
            TempData["Waarschuwing"] = $"Dit huishouden heeft al een conceptplan (van {plan.OpgesteldOp.Lang()}). U gaat verder met dat plan; gooi het weg als u opnieuw wilt beginnen.";
            return RedirectToAction(nameof(Bewerken), new { id = plan.Id });
        }

        return Bevestigd("Er is een nieuw conceptplan opgesteld. Voeg doelen en acties toe en activeer het plan.", nameof(Bewerken), new { id = plan.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Bewerken(Guid id)
    {
        var weergave = await WeergaveAsync(id);
        return weergave is null ? NotFound() : View(weergave);
    }

    [HttpGet]
    public Task<IActionResult> Weggooien(Guid id) => ToonFormulierAsync(id, new PlanVersieModel());

    /// <summary>Throws a concept plan away (after confirmation): removed, with the removal in the audit trail.</summary>
    [HttpPost]
    public Task<IActionResult> Weggooien(Guid id, PlanVersieModel model) =>
        OpslaanAsync(id, model, versie => Wijzigingen.WeggooienAsync(model.Weergave!.Plan, versie, HttpContext.RequestAborted),
            w => Bevestigd("Het conceptplan is weggegooid.", "Details", "Huishouden", new { id = w.HuishoudenId }));

    [HttpGet]
    public Task<IActionResult> Evalueren(Guid id, Guid? doelId) => ToonFormulierAsync(id, new EvaluatieModel { DoelId = doelId, Datum = Klok.Vandaag() });

    [HttpPost]
    public Task<IActionResult> Evalueren(Guid id, EvaluatieModel model) =>
        WijzigAsync(id, model, "De evaluatie is vastgelegd.", (plan, _) =>
            plan.EvalueerDoel(model.DoelId!.Value, model.Uitkomst!.Value, model.Toelichting!, model.Datum!.Value, model.VolgendeEvaluatie, Klok.Vandaag()));

    [HttpGet]
    public Task<IActionResult> Activeren(Guid id) => ToonFormulierAsync(id, new PlanVersieModel());

    [HttpPost]
    public Task<IActionResult> Activeren(Guid id, PlanVersieModel model) =>
        WijzigAsync(id, model, "Het ondersteuningsplan is actief.", (plan, huishouden) => huishouden.ActiveerPlan(plan, Klok.Vandaag()));

    [HttpGet]
    public Task<IActionResult> Afsluiten(Guid id) => ToonFormulierAsync(id, new PlanVersieModel());

    [HttpPost]
    public Task<IActionResult> Afsluiten(Guid id, PlanVersieModel model) =>
        WijzigAsync(id, model, "Het ondersteuningsplan is afgesloten.", (plan, huishouden) => huishouden.SluitPlanAf(plan, Klok.Vandaag()));

}
