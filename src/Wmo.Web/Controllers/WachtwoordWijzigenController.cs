using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Application.Beheer;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>
/// A signed-in user changes their own password (issue 9); part of the Account screen (same routes and views as
/// <see cref="AccountController"/>), so the must-change filter still lets it through.
/// </summary>
[Scherm("Account")]
[Authorize(Policy = Beleid.IsIngelogd)]
public sealed class WachtwoordWijzigenController(
    SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, WmoDbContext db, Accountbeheer accounts, ILogger<WachtwoordWijzigenController> logger) : Controller
{
    /// <summary>"Wijzig mijn wachtwoord" (issue 9); after a password the beheerder chose, the only page that opens.</summary>
    [HttpGet]
    public async Task<IActionResult> WachtwoordWijzigen() =>
        await users.GetUserAsync(User) is { } gebruiker
            ? View(new WachtwoordWijzigenModel { Verplicht = gebruiker.MoetWachtwoordWijzigen })
            : Challenge();

    /// <summary>
    /// Only with the current password (a wrong one counts towards the lockout); the new one is checked against the policy and
    /// the list of common and breached passwords. The change is audited and every other session of the user ends (new
    /// security stamp); this one is signed in again.
    /// </summary>
    [HttpPost]
    [EnableRateLimiting(InlogBegrenzer.Beleidsnaam)]
    public async Task<IActionResult> WachtwoordWijzigen(WachtwoordWijzigenModel model)
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && (await users.IsLockedOutAsync(gebruiker) || !await users.CheckPasswordAsync(gebruiker, model.HuidigWachtwoord!)))
        {
            await users.AccessFailedAsync(gebruiker);
            await InlogBegrenzer.LegMisluktVastAsync(db, HttpContext, gebruiker.UserName!, "huidig wachtwoord onjuist bij wachtwoord wijzigen");
            ModelState.AddModelError(nameof(WachtwoordWijzigenModel.HuidigWachtwoord), "Het huidige wachtwoord is onjuist.");
        }

        if (ModelState.IsValid)
        {
            var resultaat = await accounts.EigenWachtwoordWijzigenAsync(gebruiker, model.HuidigWachtwoord!, model.NieuwWachtwoord!);
            foreach (var fout in resultaat.Errors)
            {
                ModelState.AddModelError(fout.Code == "PasswordMismatch" ? nameof(WachtwoordWijzigenModel.HuidigWachtwoord) : nameof(WachtwoordWijzigenModel.NieuwWachtwoord), fout.Description);
            }

            if (resultaat.Succeeded)
            {
                await users.ResetAccessFailedCountAsync(gebruiker);
                await signIn.RefreshSignInAsync(gebruiker);
                logger.LogInformation("Wachtwoord gewijzigd");
                TempData["Melding"] = "Uw wachtwoord is gewijzigd. Op andere apparaten moet u opnieuw inloggen.";
                return LocalRedirect("/");
            }
        }

        return View(new WachtwoordWijzigenModel { Verplicht = gebruiker.MoetWachtwoordWijzigen });
    }
}
