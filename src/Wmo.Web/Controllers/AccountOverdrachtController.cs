using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Beheer;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;

namespace Wmo.Web.Controllers;

/// <summary>
/// The beheerder's password reset and the hand-over page with the one-time enrolment code (issue 9); part of the Beheer
/// screen (same routes and views as <see cref="BeheerController"/>). No dossier contents.
/// </summary>
[Scherm("Beheer")]
[GeenInzage("beheer van accounts: geen dossiergegevens")]
[Authorize(Policy = Authorization.Beleid.MagBeheren)]
[Route("Beheer")]
public sealed class AccountOverdrachtController(Accountbeheer accounts, TimeProvider klok) : Controller
{
    [HttpGet("Gebruikers/{id:guid}/WachtwoordReset")]
    public async Task<IActionResult> WachtwoordReset(Guid id) =>
        await accounts.ZoekAsync(id, HttpContext.RequestAborted) is { } gebruiker
            ? View(new WachtwoordResetModel { Naam = gebruiker.Naam, Gebruikersnaam = gebruiker.UserName ?? string.Empty })
            : NotFound();

    /// <summary>
    /// "Dwing een nieuw wachtwoord af" (issue 9): a temporary password the user must change at the next sign-in; open
    /// sessions end; audited as an account change. Without a linked authenticator app a new enrolment code is shown once.
    /// </summary>
    [HttpPost("Gebruikers/{id:guid}/WachtwoordReset")]
    public async Task<IActionResult> WachtwoordReset(Guid id, WachtwoordResetModel model)
    {
        if (await accounts.ZoekAsync(id, HttpContext.RequestAborted) is not { } gebruiker)
        {
            return NotFound();
        }

        model.Naam = gebruiker.Naam;
        model.Gebruikersnaam = gebruiker.UserName ?? string.Empty;
        if (ModelState.IsValid
            && await accounts.WachtwoordResetAfdwingenAsync(id, model.TijdelijkWachtwoord!, model.TweeStapsOpnieuw, HttpContext.RequestAborted) is var uitkomst
            && GeluktVoor(uitkomst.Resultaat, nameof(WachtwoordResetModel.TijdelijkWachtwoord)))
        {
            return NaarOverdracht(this, klok, "Nieuw wachtwoord afgedwongen",
                $"Het account {model.Gebruikersnaam} heeft een tijdelijk wachtwoord. Bij de volgende keer inloggen kiest de gebruiker een eigen wachtwoord; open sessies zijn beëindigd.",
                model.Naam, uitkomst.Inrichtingscode);
        }

        model.TijdelijkWachtwoord = null;
        return View(model);
    }

    /// <summary>
    /// What to hand over after making or resetting an account, with the enrolment code: read once from TempData (a
    /// data-protected cookie), so a reload or the back button does not show the code again (issue 9).
    /// </summary>
    [HttpGet("Gebruikers/Overdracht")]
    public IActionResult Overdracht()
    {
        if (TempData["OverdrachtTitel"] is not string titel)
        {
            return RedirectToAction(nameof(BeheerController.Gebruikers));
        }

        var code = TempData["Inrichtingscode"] as string;
        var tot = TempData["InrichtingscodeTot"] is string t ? DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return View("AccountOverdracht", new AccountOverdracht(titel, TempData["OverdrachtMelding"] as string ?? string.Empty,
            TempData["OverdrachtNaam"] as string ?? string.Empty, code, tot));
    }

    /// <summary>Puts what to hand over in TempData and redirects to <see cref="Overdracht"/> (also after "Nieuwe gebruiker").</summary>
    internal static RedirectToActionResult NaarOverdracht(Controller controller, TimeProvider klok, string titel, string melding, string naam, string? inrichtingscode)
    {
        var tempData = controller.TempData;
        tempData["OverdrachtTitel"] = titel;
        tempData["OverdrachtMelding"] = melding;
        tempData["OverdrachtNaam"] = naam;
        if (inrichtingscode is not null)
        {
            tempData["Inrichtingscode"] = inrichtingscode;
            tempData["InrichtingscodeTot"] = (klok.GetUtcNow() + Inrichtingscodes.Geldigheid).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        return controller.RedirectToAction(nameof(Overdracht), "Beheer");
    }

    private bool GeluktVoor(IdentityResult resultaat, string veld)
    {
        foreach (var fout in resultaat.Errors)
        {
            ModelState.AddModelError(veld, fout.Description);
        }

        return resultaat.Succeeded;
    }
}
