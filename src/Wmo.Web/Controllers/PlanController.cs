using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Plannen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The household's ondersteuningsplan (003 L2849-2857): goals per leefgebied, actions (who delivers, who pays),
/// activation, evaluation and closing. Every form carries the plan's version: a colleague's save in between gives a
/// conflict message with the current plan, the user's input stays in the form and nothing is overwritten.
/// </summary>
[Inzage(Dossierdeel.Plan)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class PlanController(WmoDbContext db, DossierToegang toegang, TimeProvider klok) : Controller
{
    public const string ConflictMelding = "Een collega heeft dit plan intussen gewijzigd. Uw wijziging is niet opgeslagen; hieronder ziet u het plan zoals het nu is. Uw invoer staat nog in het formulier: controleer die en sla opnieuw op.";

    [HttpPost]
    public async Task<IActionResult> Nieuw(Guid huishoudenId)
    {
        if (!await toegang.MagHuishoudenZienAsync(User, huishoudenId))
        {
            return NotFound();
        }

        var plan = new Ondersteuningsplan(huishoudenId, User.AlsActor(), klok.Vandaag());
        db.Ondersteuningsplannen.Add(plan);
        await db.SaveChangesAsync();
        TempData["Melding"] = "Er is een nieuw conceptplan opgesteld. Voeg doelen en acties toe en activeer het plan.";
        return RedirectToAction(nameof(Bewerken), new { id = plan.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Bewerken(Guid id)
    {
        var weergave = await WeergaveAsync(id);
        return weergave is null ? NotFound() : View(weergave);
    }

    /// <summary>A new goal, or with <paramref name="doelId"/> the correction of a goal of a concept plan.</summary>
    [HttpGet]
    public async Task<IActionResult> Doel(Guid id, Guid? doelId)
    {
        var bestaand = doelId is { } d ? (await WeergaveAsync(id))?.Plan.Doelen.SingleOrDefault(x => x.Id == d) : null;
        return doelId is not null && bestaand is null
            ? NotFound()
            : await ToonFormulierAsync(id, bestaand is null
                ? new DoelModel { Evaluatiedatum = klok.Vandaag().AddMonths(3) }
                : new DoelModel
                {
                    CorrigeerDoelId = bestaand.Id, Leefgebied = bestaand.Leefgebied, Omschrijving = bestaand.Omschrijving,
                    Doelsoort = bestaand.Doelsoort, Evaluatiedatum = bestaand.Evaluatiedatum, InwonerId = bestaand.InwonerId,
                });
    }

    [HttpPost]
    public Task<IActionResult> Doel(Guid id, DoelModel model) => model.CorrigeerDoelId is { } doelId
        ? WijzigAsync(id, model, "Het doel is gewijzigd.", (plan, huishouden) =>
            plan.WijzigDoel(huishouden, doelId, model.Leefgebied!.Value, model.Omschrijving!, model.Doelsoort!.Value, model.Evaluatiedatum!.Value, model.InwonerId, klok.Vandaag()))
        : WijzigAsync(id, model, "Het doel is toegevoegd.", (plan, huishouden) =>
            plan.VoegDoelToe(huishouden, model.Leefgebied!.Value, model.Omschrijving!, model.Doelsoort!.Value, model.Evaluatiedatum!.Value, model.InwonerId, klok.Vandaag()));

    /// <summary>A new action, or with <paramref name="actieId"/> the correction of an action of a concept plan.</summary>
    [HttpGet]
    public async Task<IActionResult> Actie(Guid id, Guid? doelId, Guid? actieId)
    {
        var bestaand = actieId is { } a ? (await WeergaveAsync(id))?.Plan.Acties.SingleOrDefault(x => x.Id == a) : null;
        if (actieId is not null && bestaand is null)
        {
            return NotFound();
        }

        var model = bestaand is null
            ? new ActieModel { DoelId = doelId }
            : new ActieModel
            {
                CorrigeerActieId = bestaand.Id, DoelId = bestaand.DoelId, Omschrijving = bestaand.Omschrijving, Uitvoerder = bestaand.Uitvoerder,
                UitgevoerdDoor = bestaand.UitgevoerdDoor, Financier = bestaand.Financier, SocialeKaartAanbodId = bestaand.SocialeKaartAanbodId,
            };
        model.SocialeKaartKeuzes = await SocialeKaartKeuzesAsync();
        return await ToonFormulierAsync(id, model);
    }

    [HttpPost]
    public async Task<IActionResult> Actie(Guid id, ActieModel model)
    {
        model.SocialeKaartKeuzes = await SocialeKaartKeuzesAsync();
        if (model.SocialeKaartAanbodId is { } aanbod && !await db.SocialeKaart.AnyAsync(a => a.Id == aanbod && a.IsActief))
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

    [HttpGet]
    public Task<IActionResult> Weggooien(Guid id) => ToonFormulierAsync(id, new PlanVersieModel());

    /// <summary>Throws a concept plan away (after confirmation): removed, with the removal in the audit trail.</summary>
    [HttpPost]
    public async Task<IActionResult> Weggooien(Guid id, PlanVersieModel model)
    {
        var weergave = await WeergaveAsync(id);
        if (weergave is null)
        {
            return NotFound();
        }

        model.Weergave = weergave;
        if (model.Versie is null)
        {
            ModelState.AddModelError(string.Empty, "Open het formulier opnieuw vanuit het plan.");
        }

        try
        {
            weergave.Plan.ControleerWeggooien();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        db.Bewaar(weergave.Plan, model.Versie);
        db.Ondersteuningsplannen.Remove(weergave.Plan);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var actueel = await WeergaveAsync(id);
            if (actueel is null)
            {
                return RedirectToAction("Details", "Huishouden", new { id = weergave.HuishoudenId });
            }

            actueel.Conflict = true;
            model.Weergave = actueel;
            ModelState.Remove(nameof(PlanFormulier.Versie));
            model.Versie = actueel.Versie;
            return View(model);
        }

        TempData["Melding"] = "Het conceptplan is weggegooid.";
        return RedirectToAction("Details", "Huishouden", new { id = weergave.HuishoudenId });
    }

    private async Task<List<SelectListItem>> SocialeKaartKeuzesAsync() =>
        (await db.SocialeKaart.AsNoTracking().Where(a => a.IsActief).OrderBy(a => a.Naam)
            .Select(a => new { a.Id, a.Naam, a.Organisatie }).ToListAsync())
        .Select(a => new SelectListItem($"{a.Naam} ({a.Organisatie})", a.Id.ToString())).ToList();

    [HttpGet]
    public Task<IActionResult> Evalueren(Guid id, Guid? doelId) => ToonFormulierAsync(id, new EvaluatieModel { DoelId = doelId, Datum = klok.Vandaag() });

    [HttpPost]
    public Task<IActionResult> Evalueren(Guid id, EvaluatieModel model) =>
        WijzigAsync(id, model, "De evaluatie is vastgelegd.", (plan, _) =>
            plan.EvalueerDoel(model.DoelId!.Value, model.Uitkomst!.Value, model.Toelichting!, model.Datum!.Value, model.VolgendeEvaluatie));

    [HttpGet]
    public Task<IActionResult> Activeren(Guid id) => ToonFormulierAsync(id, new PlanVersieModel());

    [HttpPost]
    public Task<IActionResult> Activeren(Guid id, PlanVersieModel model) =>
        WijzigAsync(id, model, "Het ondersteuningsplan is actief.", (plan, huishouden) => huishouden.ActiveerPlan(plan, klok.Vandaag()));

    [HttpGet]
    public Task<IActionResult> Afsluiten(Guid id) => ToonFormulierAsync(id, new PlanVersieModel());

    [HttpPost]
    public Task<IActionResult> Afsluiten(Guid id, PlanVersieModel model) =>
        WijzigAsync(id, model, "Het ondersteuningsplan is afgesloten.", (plan, huishouden) => huishouden.SluitPlanAf(plan, klok.Vandaag()));

    private async Task<IActionResult> ToonFormulierAsync(Guid id, PlanFormulier model)
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

    /// <summary>
    /// The one way a plan form is saved: validate, apply the domain operation, save against the form's version.
    /// A domain refusal or a conflict re-shows the form with the user's input.
    /// </summary>
    private async Task<IActionResult> WijzigAsync(Guid id, PlanFormulier model, string melding, Action<Ondersteuningsplan, Domain.Huishoudens.Huishouden> handeling)
    {
        var weergave = await WeergaveAsync(id);
        if (weergave is null)
        {
            return NotFound();
        }

        model.Weergave = weergave;
        if (model.Versie is null && ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, "Open het formulier opnieuw vanuit het plan.");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var plan = weergave.Plan;
        var huishouden = await db.Huishoudens.SingleAsync(h => h.Id == plan.HuishoudenId);
        var actiefPlanVoor = huishouden.ActiefPlanId;
        try
        {
            handeling(plan, huishouden);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        db.Bewaar(plan, model.Versie);
        if (huishouden.ActiefPlanId != actiefPlanVoor)
        {
            db.Bewaar(huishouden);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var actueel = await WeergaveAsync(id);
            if (actueel is null)
            {
                return NotFound();
            }

            actueel.Conflict = true;
            model.Weergave = actueel;

            // The form now carries the current version: saving again is a deliberate choice after seeing the new state.
            ModelState.Remove(nameof(PlanFormulier.Versie));
            model.Versie = actueel.Versie;
            return View(model);
        }

        TempData["Melding"] = melding;
        return RedirectToAction(nameof(Bewerken), new { id });
    }

    private async Task<PlanWeergave?> WeergaveAsync(Guid id)
    {
        var plan = await db.Ondersteuningsplannen.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null || !await toegang.MagHuishoudenZienAsync(User, plan.HuishoudenId))
        {
            return null;
        }

        var huishouden = await db.Huishoudens.AsNoTracking().SingleAsync(h => h.Id == plan.HuishoudenId);
        var vandaag = klok.Vandaag();
        var ledenIds = huishouden.LedenOp(vandaag).Select(l => l.InwonerId).ToList();
        var leden = await db.Inwoners.AsNoTracking().Where(i => ledenIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Voornamen + " " + i.Achternaam);
        var aanbodIds = plan.Acties.Where(a => a.SocialeKaartAanbodId != null).Select(a => a.SocialeKaartAanbodId!.Value).ToList();
        var aanbod = await db.SocialeKaart.AsNoTracking().Where(a => aanbodIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => $"{a.Naam} ({a.Organisatie}, {a.Contact})");
        return new PlanWeergave
        {
            Plan = plan,
            HuishoudenId = huishouden.Id,
            HuishoudenNaam = huishouden.Naam,
            Leden = leden,
            Versie = db.VersieVan(plan),
            Aanbod = aanbod,
        };
    }
}
