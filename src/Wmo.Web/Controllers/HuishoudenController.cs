using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Huishoudens;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The household dossier (DOMAIN.md §4): members, mantelzorgers, the one regievoerder, plan, vragen, timeline.</summary>
[Inzage(Dossierdeel.Huishouden)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class HuishoudenController(WmoDbContext db, DossierToegang toegang, HuishoudenDossierLezen dossiers) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var huishouden = await toegang.HuishoudenVoorInzageAsync(User, id, HttpContext.RequestAborted);
        if (huishouden is null)
        {
            return await BuitenCaseloadOfNietGevondenAsync(id, new InzageBuitenCaseloadModel());
        }

        return View(HuishoudenDossier.Van(await dossiers.LeesAsync(huishouden, HttpContext.RequestAborted)));
    }

    /// <summary>"Inzage buiten eigen caseload": allowed with a reason, logged, and listed for the privacy officer (issue 5).</summary>
    [HttpPost]
    public async Task<IActionResult> InzageBuitenCaseload(Guid id, InzageBuitenCaseloadModel model)
    {
        if (!await db.Huishoudens.AnyAsync(h => h.Id == id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await BuitenCaseloadOfNietGevondenAsync(id, model);
        }

        await toegang.VerleenInzageBuitenCaseloadAsync(User, id, model.Reden!);
        TempData["Melding"] = "U hebt inzage buiten uw eigen caseload. Dit is met uw reden vastgelegd en zichtbaar voor de privacy officer.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> BuitenCaseloadOfNietGevondenAsync(Guid id, InzageBuitenCaseloadModel model)
    {
        if (!await db.Huishoudens.AnyAsync(h => h.Id == id))
        {
            return NotFound();
        }

        var weigering = View("BuitenCaseload", model with { HuishoudenId = id });
        weigering.StatusCode = StatusCodes.Status403Forbidden;
        return weigering;
    }
}
