using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;

namespace Wmo.Web.Controllers;

/// <summary>
/// The mantelzorgers of a household (DOMAIN.md §4): added, or their hours and belastbaarheid changed. Same screen and
/// routes as the household's members (<c>/Huishouden/Mantelzorger</c>).
/// </summary>
[Scherm("Huishouden")]
[Inzage(Dossierdeel.Huishouden)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class HuishoudenMantelzorgController(WmoDbContext db, DossierToegang toegang) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Mantelzorger(Guid id, Guid? mantelzorgerId)
    {
        var huishouden = await toegang.HuishoudenAsync(User, id);
        if (huishouden is null)
        {
            return NotFound();
        }

        var model = new MantelzorgerModel { HuishoudenNaam = huishouden.Naam };
        if (mantelzorgerId is { } mid)
        {
            var bestaand = huishouden.Mantelzorgers.SingleOrDefault(m => m.Id == mid);
            if (bestaand is null)
            {
                return NotFound();
            }

            model.MantelzorgerId = mid;
            model.Naam = bestaand.Naam;
            model.Relatie = bestaand.Relatie;
            model.UrenPerWeek = bestaand.UrenPerWeek;
            model.Belastbaarheid = bestaand.Belastbaarheid;
        }

        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Mantelzorger(Guid id, MantelzorgerModel model) =>
        await PostAsync(
            await toegang.HuishoudenAsync(User, id),
            async huishouden =>
            {
                if (model.MantelzorgerId is { } mid)
                {
                    huishouden.WijzigMantelzorg(mid, model.UrenPerWeek!.Value, model.Belastbaarheid!.Value);
                }
                else
                {
                    huishouden.VoegMantelzorgerToe(model.Naam!, model.Relatie ?? string.Empty, model.UrenPerWeek!.Value, model.Belastbaarheid!.Value);
                }

                db.Bewaar(huishouden);
                await db.SaveChangesAsync();
                return Bevestigd("De mantelzorger is opgeslagen.", nameof(HuishoudenController.Details), new { id });
            },
            huishouden =>
            {
                model.HuishoudenNaam = huishouden.Naam;
                return View(model);
            });
}
