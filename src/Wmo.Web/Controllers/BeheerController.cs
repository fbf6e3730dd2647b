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
/// Accounts for the beheerder (the policy has its own screens, <see cref="BeleidBeheerController"/>). The beheerder manages who may do what, but sees no
/// dossier contents (DOMAIN.md §8): nothing here reads households, vragen or decisions.
/// </summary>
[GeenInzage("beheer van accounts en beleid: geen dossiergegevens")]
[Authorize(Policy = Authorization.Beleid.MagBeheren)]
[Route("Beheer")]
public sealed class BeheerController(WmoDbContext db, Accountbeheer accounts, TimeProvider klok) : Controller
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

    [HttpGet("Gebruikers/Nieuw")]
    public async Task<IActionResult> GebruikerNieuw() => View(await MetKeuzesAsync(new GebruikerNieuwModel()));

    [HttpPost("Gebruikers/Nieuw")]
    public async Task<IActionResult> GebruikerNieuw(GebruikerNieuwModel model)
    {
        if (await KeuzesKloppenAsync(model) && ModelState.IsValid
            && await accounts.AanmakenAsync(model.Gegevens(), model.Gebruikersnaam!, model.Wachtwoord!, HttpContext.RequestAborted) is var uitkomst
            && Gelukt(uitkomst.Resultaat))
        {
            return AccountOverdrachtController.NaarOverdracht(this, klok, "Account aangemaakt", $"Het account {model.Gebruikersnaam} is aangemaakt.", model.Naam!.Trim(), uitkomst.Inrichtingscode);
        }

        model.Wachtwoord = null;
        return View(await MetKeuzesAsync(model));
    }

    [HttpGet("Gebruikers/{id:guid}/Wijzigen")]
    public async Task<IActionResult> GebruikerWijzigen(Guid id)
    {
        if (await accounts.ZoekAsync(id, HttpContext.RequestAborted) is not { } gebruiker)
        {
            return NotFound();
        }

        var model = new GebruikerWijzigModel
        {
            Gebruikersnaam = gebruiker.UserName ?? string.Empty,
            Naam = gebruiker.Naam,
            Rol = await accounts.RolAsync(gebruiker),
            OrganisatieId = gebruiker.OrganisatieId,
            BuurtkamerIds = gebruiker.Buurtkamers.Select(b => b.BuurtkamerId).ToList(),
            ConcurrencyStamp = gebruiker.ConcurrencyStamp,
        };
        return View(await MetKeuzesAsync(model));
    }

    [HttpPost("Gebruikers/{id:guid}/Wijzigen")]
    public async Task<IActionResult> GebruikerWijzigen(Guid id, GebruikerWijzigModel model)
    {
        if (await accounts.ZoekAsync(id, HttpContext.RequestAborted) is not { } gebruiker)
        {
            return NotFound();
        }

        model.Gebruikersnaam = gebruiker.UserName ?? string.Empty;
        var kamersVoor = await Bezetting.KamersAlsSociaalWerkerAsync(db, id);
        if (await KeuzesKloppenAsync(model) && ModelState.IsValid
            && Gelukt(await accounts.WijzigenAsync(id, model.Gegevens(), model.ConcurrencyStamp, HttpContext.RequestAborted)))
        {
            return await BevestigdAsync($"Het account {model.Gebruikersnaam} is bijgewerkt.", id, model.Naam!.Trim(), kamersVoor);
        }

        return View(await MetKeuzesAsync(model));
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

        return await BevestigdAsync(melding, id, naam, kamersVoor);
    }

    /// <summary>The confirmation, plus a warning when the change left a buurtkamer without a sociaal werker.</summary>
    private async Task<IActionResult> BevestigdAsync(string melding, Guid id, string naam, IReadOnlyCollection<Guid> kamersVoor)
    {
        TempData["Melding"] = melding;
        if (await Bezetting.WaarschuwingAsync(db, id, naam, kamersVoor) is { } waarschuwing)
        {
            TempData["Waarschuwing"] = waarschuwing;
        }

        return RedirectToAction(nameof(Gebruikers));
    }

    /// <summary>Identity's Dutch messages next to the field they concern; true when there were none.</summary>
    private bool Gelukt(IdentityResult resultaat)
    {
        foreach (var fout in resultaat.Errors)
        {
            var veld = fout.Code switch
            {
                _ when fout.Code.StartsWith("Password", StringComparison.Ordinal) || fout.Code == VeelgebruiktWachtwoordValidator.Code => nameof(GebruikerNieuwModel.Wachtwoord),
                "DuplicateUserName" or "InvalidUserName" => nameof(GebruikerNieuwModel.Gebruikersnaam),
                _ => string.Empty,
            };
            ModelState.AddModelError(veld, fout.Description);
        }

        return resultaat.Succeeded;
    }

    /// <summary>Never trust ids from the form: the organisation and buurtkamers must exist.</summary>
    private async Task<bool> KeuzesKloppenAsync(GebruikerGegevensModel model)
    {
        var (organisatie, buurtkamers) = await accounts.KeuzesBestaanAsync(model.OrganisatieId, model.BuurtkamerIds, HttpContext.RequestAborted);
        if (!organisatie)
        {
            ModelState.AddModelError(nameof(model.OrganisatieId), "Kies de organisatie uit de lijst.");
        }

        if (!buurtkamers)
        {
            ModelState.AddModelError(nameof(model.BuurtkamerIds), "Kies de buurt- en dorpskamers uit de lijst.");
        }

        return organisatie && buurtkamers;
    }

    private async Task<T> MetKeuzesAsync<T>(T model)
        where T : GebruikerGegevensModel
    {
        var (organisaties, buurtkamers) = await accounts.KeuzesAsync(model.BuurtkamerIds, HttpContext.RequestAborted);
        model.Organisaties = organisaties.Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToList();
        model.Buurtkamers = buurtkamers;
        return model;
    }
}
