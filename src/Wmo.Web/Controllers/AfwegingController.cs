using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Domain.Afweging;
using Wmo.Domain.Catalogus;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The afweging in the vraagverheldering (DOMAIN.md §2.3): the fixed order of checks and the afwegingskader; part of
/// the Vraag screen (same routes and views as <see cref="VraagverhelderingController"/>).
/// </summary>
[Scherm("Vraag")]
[Inzage(Dossierdeel.Vraag)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class AfwegingController(WmoDbContext db, DossierToegang toegang) : VraagStapController(db, toegang)
{
    [HttpGet]
    public async Task<IActionResult> Afweging(Guid id)
    {
        // Tracked, so the form carries the aggregate's current Versie (optimistic concurrency).
        var vraag = await VraagAsync(id);
        return vraag is null ? NotFound() : View(AfwegingModel.Van(vraag, Db.VersieVan(vraag)));
    }

    [HttpPost]
    public Task<IActionResult> Afweging(Guid id, AfwegingModel model) =>
        WijzigVraagAsync(id, model, "De afweging is opgeslagen.", model.BeantwoordStappen, model.Versie, _ => model.VulAlleStappen());

    [HttpGet]
    public async Task<IActionResult> Afwegingskader(Guid id, Ondersteuningsvorm vorm = Ondersteuningsvorm.Thuisondersteuning)
    {
        if (!Enum.IsDefined(vorm) || !await Toegang.MagVraagZienAsync(User, id))
        {
            return NotFound();
        }

        var kader = KaderModel.Kader(vorm);
        return View(new KaderPagina(id, kader, new KaderModel { Vorm = vorm, Scores = kader.Criteria.ToDictionary(c => c.Code, _ => (Kant?)null) }, null));
    }

    /// <summary>"Bereken" shows the suggestion of the afwegingskader; "vastleggen" records the professional's choice with it.</summary>
    [HttpPost]
    public async Task<IActionResult> Afwegingskader(Guid id, KaderModel model)
    {
        Afwegingsresultaat? resultaat = null;
        return await PostAsync(
            Enum.IsDefined(model.Vorm) ? await VraagAsync(id) : null,
            async vraag =>
            {
                resultaat = model.Beoordeel();
                if (model.Actie != "vastleggen")
                {
                    return View(KaderPagina(id, model, resultaat));
                }

                vraag.LegAfwegingskaderVast(resultaat.Kies(model.Keuze!.Value, model.Motivering), User.AlsActor());
                Db.Bewaar(vraag);
                await Db.SaveChangesAsync();
                return Bevestigd($"De afweging voor {model.Vorm.Tekst().ToLowerInvariant()} is vastgelegd.", nameof(VraagController.Details), new { id });
            },
            _ => View(KaderPagina(id, model, resultaat)),
            KaderModel.VeldVanRegel);
    }

    private static KaderPagina KaderPagina(Guid id, KaderModel model, Afwegingsresultaat? resultaat)
    {
        var kader = KaderModel.Kader(model.Vorm);
        foreach (var c in kader.Criteria)
        {
            model.Scores.TryAdd(c.Code, null);
        }

        return new KaderPagina(id, kader, model, resultaat);
    }
}
