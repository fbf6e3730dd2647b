using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>Signing in and out (issue 9); changing one's own password: <see cref="WachtwoordWijzigenController"/>.</summary>
[Authorize(Policy = Beleid.IsIngelogd)]
public sealed class AccountController(
    SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, WmoDbContext db, InlogBegrenzer begrenzer, ILogger<AccountController> logger) : Controller
{
    /// <summary>
    /// One answer for an unknown name, a wrong password, a deactivated account and a locked account: the page never tells
    /// whether an account exists (issue 9). The lockout is named, without saying it applies.
    /// </summary>
    public const string OnjuisteInlog = "De gebruikersnaam of het wachtwoord is onjuist, of het account is na te veel pogingen 15 minuten geblokkeerd.";
    public const string Geblokkeerd = OnjuisteInlog;
    public const string TeVeelPogingen = "Er zijn te veel pogingen gedaan. Wacht een minuut en probeer het dan opnieuw.";

    // Hash of a random password, made once with the portal's own hasher: an unknown user costs the same hashing as a known one.
    private static string? _nepHash;

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Inloggen(string? returnUrl = null) =>
        View(new InloggenModel { ReturnUrl = returnUrl });

    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(InlogBegrenzer.Beleidsnaam)]
    public async Task<IActionResult> Inloggen(InloggenModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (!begrenzer.MagProberen(model.Gebruikersnaam!))
        {
            await MisluktAsync(model.Gebruikersnaam!, "te veel pogingen voor dit account");
            ModelState.AddModelError(string.Empty, TeVeelPogingen);
            model.Wachtwoord = null;
            return View(model);
        }

        var gebruiker = await users.FindByNameAsync(model.Gebruikersnaam!);
        if (gebruiker is null)
        {
            _nepHash ??= users.PasswordHasher.HashPassword(new Gebruiker(), Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(new Gebruiker(), _nepHash, model.Wachtwoord!);
        }

        var result = gebruiker is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(gebruiker, model.Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
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
        await MisluktAsync(gebruiker?.UserName ?? InlogBegrenzer.Gehasht(model.Gebruikersnaam!), result.IsLockedOut ? "geblokkeerd" : "onjuist");
        ModelState.AddModelError(string.Empty, OnjuisteInlog);
        model.Wachtwoord = null;
        return View(model);
    }

    /// <summary>Ends the session on the server too: a new security stamp makes every cookie issued before it worthless.</summary>
    [HttpPost]
    public async Task<IActionResult> Uitloggen()
    {
        if (await users.GetUserAsync(User) is { } gebruiker)
        {
            await users.UpdateSecurityStampAsync(gebruiker);
        }

        await signIn.SignOutAsync();
        TempData["Melding"] = "U bent uitgelogd.";
        return RedirectToAction(nameof(Inloggen));
    }

    [HttpGet]
    public IActionResult Geweigerd() => View();

    private Task MisluktAsync(string wie, string waarom) => InlogBegrenzer.LegMisluktVastAsync(db, HttpContext, wie, waarom);
}
