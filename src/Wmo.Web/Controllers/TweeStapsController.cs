using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP), required for toetsers and beheerders (issue 5): the second
/// step after the password, or a recovery code instead. The enrolment is <see cref="TweeStapsInstellenController"/>.
/// </summary>
[Authorize(Policy = Beleid.IsIngelogd)]
[Route("Account/[action]")]
[Scherm("TweeStaps")]
public sealed class TweeStapsController(SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, InlogBegrenzer begrenzer, ILogger<TweeStapsController> logger) : Controller
{
    public const string OngeldigeCode = "De code is onjuist of verlopen. Probeer de nieuwste code uit uw app.";

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> TweeStaps(string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("Inloggen", "Account");
        }

        return View(new TweeStapsModel { ReturnUrl = returnUrl });
    }

    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(InlogBegrenzer.Beleidsnaam)]
    public async Task<IActionResult> TweeStaps(TweeStapsModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } gebruiker)
        {
            return RedirectToAction("Inloggen", "Account");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (!begrenzer.MagProberen(gebruiker.UserName!))
        {
            ModelState.AddModelError(nameof(TweeStapsModel.Code), AccountController.TeVeelPogingen);
            return View(model);
        }

        var code = model.Code!.Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        logger.LogWarning("Tweestapscode geweigerd (geblokkeerd: {Geblokkeerd})", result.IsLockedOut);
        ModelState.AddModelError(nameof(TweeStapsModel.Code), result.IsLockedOut ? AccountController.Geblokkeerd : OngeldigeCode);
        model.Code = null;
        return View(model);
    }

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Herstelcode(string? returnUrl = null) => View(new HerstelcodeModel { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(InlogBegrenzer.Beleidsnaam)]
    public async Task<IActionResult> Herstelcode(HerstelcodeModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } gebruiker)
        {
            return RedirectToAction("Inloggen", "Account");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (!begrenzer.MagProberen(gebruiker.UserName!))
        {
            ModelState.AddModelError(nameof(HerstelcodeModel.Herstelcode), AccountController.TeVeelPogingen);
            return View(model);
        }

        // A recovery code is a second factor like the app's code: a locked account cannot use one, and a wrong one counts.
        if (await users.IsLockedOutAsync(gebruiker))
        {
            ModelState.AddModelError(nameof(HerstelcodeModel.Herstelcode), AccountController.Geblokkeerd);
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.Herstelcode!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (!result.Succeeded && !result.IsLockedOut)
        {
            await users.AccessFailedAsync(gebruiker);
        }

        if (result.Succeeded)
        {
            TempData["Melding"] = "U bent ingelogd met een herstelcode. Die code is nu gebruikt; stel zo nodig uw authenticator-app opnieuw in.";
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        ModelState.AddModelError(nameof(HerstelcodeModel.Herstelcode), "Deze herstelcode is onjuist of al gebruikt.");
        return View(model);
    }
}
