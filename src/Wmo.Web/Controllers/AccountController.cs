using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

[Authorize(Policy = Beleid.IsIngelogd)]
public sealed class AccountController(SignInManager<Gebruiker> signIn, ILogger<AccountController> logger) : Controller
{
    public const string OnjuisteInlog = "De gebruikersnaam of het wachtwoord is onjuist.";
    public const string Geblokkeerd = "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.";

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Inloggen(string? returnUrl = null) =>
        View(new InloggenModel { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    public async Task<IActionResult> Inloggen(InloggenModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.PasswordSignInAsync(model.Gebruikersnaam!, model.Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Inloggen geslaagd");
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction("TweeStaps", "TweeStaps", new { returnUrl = Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : null });
        }

        logger.LogWarning("Inloggen mislukt (geblokkeerd: {Geblokkeerd})", result.IsLockedOut);
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? Geblokkeerd : OnjuisteInlog);
        model.Wachtwoord = null;
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Uitloggen()
    {
        await signIn.SignOutAsync();
        TempData["Melding"] = "U bent uitgelogd.";
        return RedirectToAction(nameof(Inloggen));
    }

    [HttpGet]
    public IActionResult Geweigerd() => View();
}
