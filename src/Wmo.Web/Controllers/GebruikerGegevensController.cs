using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Beheer;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;

namespace Wmo.Web.Controllers;

/// <summary>
/// Making and changing an account (name, role, organisation, buurtkamers); part of the Beheer screen (same routes and
/// views as <see cref="BeheerController"/>). No dossier contents (DOMAIN.md §8).
/// </summary>
[Scherm("Beheer")]
[GeenInzage("beheer van accounts en beleid: geen dossiergegevens")]
[Authorize(Policy = Authorization.Beleid.MagBeheren)]
[Route("Beheer")]
public sealed class GebruikerGegevensController(WmoDbContext db, Accountbeheer accounts, TimeProvider klok) : Controller
{
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
            return await BeheerController.BevestigdAsync(this, db, $"Het account {model.Gebruikersnaam} is bijgewerkt.", id, model.Naam!.Trim(), kamersVoor);
        }

        return View(await MetKeuzesAsync(model));
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
