using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Huishoudens;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>Who belongs to a household (DOMAIN.md §4): members joining and leaving (the mantelzorgers: <see cref="HuishoudenMantelzorgController"/>).</summary>
[Scherm("Huishouden")]
[Inzage(Dossierdeel.Huishouden)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class HuishoudenLedenController(WmoDbContext db, DossierToegang toegang, LidToevoegen leden, TimeProvider klok) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> LidToevoegen(Guid id)
    {
        var huishouden = await toegang.HuishoudenAsync(User, id);
        return huishouden is null ? NotFound() : View(new LidToevoegenModel { HuishoudenNaam = huishouden.Naam, Vanaf = klok.Vandaag() });
    }

    [HttpPost]
    public async Task<IActionResult> LidToevoegen(Guid id, LidToevoegenModel model) =>
        await PostAsync(
            await toegang.HuishoudenAsync(User, id),
            async huishouden =>
            {
                // The person's data are always asked, known BSN or not: the answer does not tell whether it exists (issue 9).
                if (!InwonerIsCompleet(model))
                {
                    return Formulier(model, huishouden);
                }

                // Every BSN becomes an aanmelding with the same answer: known elsewhere or not, it is not told (issue 9).
                var aanmelding = await leden.AanmeldenAsync(huishouden, Bsn.Parse(model.Bsn), model.Gegevens()!, model.Relatie!.Value, model.Vanaf!.Value, User.AlsActor(),
                    ander => toegang.MagHuishoudenZienAsync(User, ander, HttpContext.RequestAborted));
                return Bevestigd(AanmeldingVastgelegd(aanmelding.Naam), nameof(HuishoudenController.Details), new { id });
            },
            huishouden => Formulier(model, huishouden));

    /// <summary>The answer to every aanmelding, known BSN or not (issue 9).</summary>
    public static string AanmeldingVastgelegd(string naam) =>
        $"Aanmelding vastgelegd: {naam} staat bij de leden als aangemeld tot de aanmelding is bevestigd.";

    [HttpGet]
    public async Task<IActionResult> LidBeeindigen(Guid id, Guid inwonerId)
    {
        var huishouden = await toegang.HuishoudenAsync(User, id);
        if (huishouden is null || !huishouden.Lidmaatschappen.Any(l => l.InwonerId == inwonerId && l.Tot is null))
        {
            return NotFound();
        }

        return View(await VulAsync(new LidBeeindigenModel { TotEnMet = klok.Vandaag() }, huishouden, inwonerId));
    }

    [HttpPost]
    public async Task<IActionResult> LidBeeindigen(Guid id, Guid inwonerId, LidBeeindigenModel model)
    {
        var huishouden = await toegang.HuishoudenAsync(User, id);
        return await PostAsync(
            huishouden is not null && huishouden.Lidmaatschappen.Any(l => l.InwonerId == inwonerId) ? huishouden : null,
            async h =>
            {
                h.BeeindigLidmaatschap(inwonerId, model.TotEnMet!.Value);
                db.Bewaar(h);
                await db.SaveChangesAsync();
                return Bevestigd("Het lidmaatschap is beëindigd. De geschiedenis blijft bewaard.", nameof(HuishoudenController.Details), new { id });
            },
            async h => View(await VulAsync(model, h, inwonerId)));
    }

    private ViewResult Formulier(LidToevoegenModel model, Huishouden huishouden)
    {
        model.HuishoudenNaam = huishouden.Naam;
        return View(nameof(LidToevoegen), model);
    }

    private async Task<LidBeeindigenModel> VulAsync(LidBeeindigenModel model, Huishouden huishouden, Guid inwonerId)
    {
        model.HuishoudenNaam = huishouden.Naam;
        model.InwonerNaam = await db.Inwoners.Where(i => i.Id == inwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).SingleOrDefaultAsync() ?? string.Empty;
        return model;
    }

    /// <summary>Name, birth date and address, for every BSN: a known one gets no shorter form (no BSN oracle, issue 9).</summary>
    private bool InwonerIsCompleet(LidToevoegenModel model)
    {
        foreach (var (veld, melding) in model.Ontbrekend())
        {
            ModelState.AddModelError(veld, melding);
        }

        return ModelState.IsValid;
    }
}
