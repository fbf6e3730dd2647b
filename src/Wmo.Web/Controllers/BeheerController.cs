using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Beheer;
using Wmo.Application.Weergave;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Accounts for the beheerder (the policy has its own screens, <see cref="BeleidBeheerController"/>; the account form is
/// <see cref="GebruikerGegevensController"/>). The beheerder manages who may do what, but sees no
/// dossier contents (DOMAIN.md §8): nothing here reads households, vragen or decisions.
/// </summary>
[GeenInzage("beheer van accounts en beleid: geen dossiergegevens")]
[Authorize(Policy = Authorization.Beleid.MagBeheren)]
[Route("Beheer")]
public sealed class BeheerController(WmoDbContext db, Accountbeheer accounts) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => RedirectToAction(nameof(Gebruikers));

    [HttpGet("Gebruikers")]
    public async Task<IActionResult> Gebruikers(int? pagina, string? sorteer, string? richting)
    {
        var nummer = Pagina<AccountRegel>.Normaliseer(pagina);
        var grootte = Pagina<AccountRegel>.StandaardGrootte;
        var (regels, totaal, sortering) = await accounts.LijstAsync((nummer - 1) * grootte, grootte, Sortering.Lees(sorteer, richting), HttpContext.RequestAborted);
        return View(new GebruikersLijst(new Pagina<AccountRegel>(regels, nummer, grootte, totaal) { Sortering = sortering }));
    }

    [HttpGet("Gebruikers/{id:guid}/Deactiveren")]
    public async Task<IActionResult> GebruikerDeactiveren(Guid id) =>
        await accounts.ZoekAsync(id, HttpContext.RequestAborted) is { } gebruiker
            ? View(new GebruikerBevestiging(gebruiker.Id, gebruiker.Naam, gebruiker.UserName ?? string.Empty))
            : NotFound();

    /// <summary>A deactivated account cannot sign in; its open sessions end at the next security stamp check.</summary>
    [HttpPost("Gebruikers/{id:guid}/Deactiveren")]
    [ActionName(nameof(GebruikerDeactiveren))]
    public async Task<IActionResult> GebruikerDeactiverenBevestigd(Guid id)
    {
        if (await accounts.ZoekAsync(id, HttpContext.RequestAborted) is not { } gebruiker)
        {
            return NotFound();
        }

        if (gebruiker.Id == User.Id())
        {
            ModelState.AddModelError(string.Empty, "U kunt uw eigen account niet deactiveren; vraag een andere beheerder.");
            return View(new GebruikerBevestiging(gebruiker.Id, gebruiker.Naam, gebruiker.UserName ?? string.Empty));
        }

        return await ZetActiefAsync(gebruiker.Id, gebruiker.Naam, actief: false, $"Het account {gebruiker.UserName} is gedeactiveerd. Open sessies worden beëindigd.");
    }

    [HttpPost("Gebruikers/{id:guid}/Activeren")]
    public async Task<IActionResult> GebruikerActiveren(Guid id) =>
        await accounts.ZoekAsync(id, HttpContext.RequestAborted) is { } gebruiker
            ? await ZetActiefAsync(gebruiker.Id, gebruiker.Naam, actief: true, $"Het account {gebruiker.UserName} is weer actief.")
            : NotFound();

    private async Task<IActionResult> ZetActiefAsync(Guid id, string naam, bool actief, string melding)
    {
        var kamersVoor = await Bezetting.KamersAlsSociaalWerkerAsync(db, id);
        var resultaat = await accounts.ZetActiefAsync(id, actief, HttpContext.RequestAborted);
        if (!resultaat.Succeeded)
        {
            TempData["Melding"] = string.Join(" ", resultaat.Errors.Select(e => e.Description));
            return RedirectToAction(nameof(Gebruikers));
        }

        return await BevestigdAsync(this, db, melding, id, naam, kamersVoor);
    }

    /// <summary>
    /// The confirmation, plus a warning when the change left a buurtkamer without a sociaal werker (also after
    /// "Wijzigen" in <see cref="GebruikerGegevensController"/>).
    /// </summary>
    internal static async Task<IActionResult> BevestigdAsync(Controller controller, WmoDbContext db, string melding, Guid id, string naam, IReadOnlyCollection<Guid> kamersVoor)
    {
        controller.TempData["Melding"] = melding;
        if (await Bezetting.WaarschuwingAsync(db, id, naam, kamersVoor) is { } waarschuwing)
        {
            controller.TempData["Waarschuwing"] = waarschuwing;
        }

        return controller.RedirectToAction(nameof(Gebruikers), "Beheer");
    }
}
