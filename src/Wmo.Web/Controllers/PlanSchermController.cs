using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Plannen;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// What the plan screens share (003 L2849-2857): the plan as it is now, and saving through the POST pipeline against
/// the form's version. A colleague's save in between gives a conflict message with the current plan, the user's input
/// stays in the form and nothing is overwritten. Each screen class carries <c>[Scherm("Plan")]</c> and its
/// <c>[Inzage]</c> itself (those attributes are not inherited).
/// </summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public abstract class PlanSchermController(WmoDbContext db, DossierToegang toegang, PlanBewerken bewerken, PlanLezen lezen, TimeProvider klok) : WmoController
{
    public const string ConflictMelding = "Een collega heeft dit plan intussen gewijzigd. Uw wijziging is niet opgeslagen; hieronder ziet u het plan zoals het nu is. Uw invoer staat nog in het formulier: controleer die en sla opnieuw op.";

    protected PlanBewerken Wijzigingen { get; } = bewerken;

    protected PlanLezen Lezen { get; } = lezen;

    protected TimeProvider Klok { get; } = klok;

    protected DossierToegang Toegang { get; } = toegang;

    protected async Task<IActionResult> ToonFormulierAsync(Guid id, PlanFormulier model)
    {
        var weergave = await WeergaveAsync(id);
        if (weergave is null)
        {
            return NotFound();
        }

        model.Weergave = weergave;
        model.Versie = weergave.Versie;
        return View(model);
    }

    protected Task<IActionResult> WijzigAsync(Guid id, PlanFormulier model, string melding, Action<Ondersteuningsplan, Huishouden> handeling) =>
        OpslaanAsync(id, model, versie => Wijzigingen.WijzigAsync(model.Weergave!.Plan, versie, handeling, HttpContext.RequestAborted),
            _ => Bevestigd(melding, nameof(PlanController.Bewerken), new { id }));

    /// <summary>
    /// The one way a plan form is saved, through the POST pipeline: validate, the use case saves against the form's version.
    /// A broken rule or a colleague's save in between re-shows the form with the user's input (and, on a conflict, the current plan).
    /// </summary>
    protected async Task<IActionResult> OpslaanAsync(Guid id, PlanFormulier model, Func<Guid, Task<bool>> opslaan, Func<PlanWeergave, IActionResult> bevestiging)
    {
        var weergave = await WeergaveAsync(id);
        if (weergave is not null && model.Versie is null && ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, "Open het formulier opnieuw vanuit het plan.");
        }

        return await PostAsync(weergave, async w =>
        {
            model.Weergave = w;
            if (await opslaan(model.Versie!.Value))
            {
                return bevestiging(w);
            }

            var actueel = await WeergaveAsync(id);
            if (actueel is null)
            {
                return RedirectToAction("Details", "Huishouden", new { id = w.HuishoudenId });
            }

            // The form now carries the current version: saving again is a deliberate choice after seeing the new state.
            actueel.Conflict = true;
            model.Weergave = actueel;
            ModelState.Remove(nameof(PlanFormulier.Versie));
            model.Versie = actueel.Versie;
            return View(model);
        }, w =>
        {
            model.Weergave = w;
            return View(model);
        });
    }

    protected async Task<PlanWeergave?> WeergaveAsync(Guid id)
    {
        var plan = await db.Ondersteuningsplannen.SingleOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (plan is null || !await Toegang.MagHuishoudenZienAsync(User, plan.HuishoudenId))
        {
            return null;
        }

        var gegevens = await Lezen.LeesAsync(plan, Klok.Vandaag(), HttpContext.RequestAborted);
        return new PlanWeergave
        {
            Plan = plan, HuishoudenId = gegevens.HuishoudenId, HuishoudenNaam = gegevens.HuishoudenNaam,
            Leden = gegevens.Leden, Aanbod = gegevens.Aanbod, Versie = gegevens.Versie,
        };
    }
}
