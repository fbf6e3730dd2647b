using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Application.Beheer;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>
/// The enrolment in two-factor sign-in that a toetser or beheerder must finish before using the portal (issue 5):
/// first the one-time enrolment code the beheerder handed out, next to the password (issue 9: the app is linked by the
/// person the account is for, not by whoever signs in first); then a new key (as text and QR code), a first code to
/// confirm it, and recovery codes shown once. A key is shown once: every time the page shows one, it is a new one. New
/// recovery codes only after the password (issue 9).
/// </summary>
[Authorize(Policy = Beleid.IsIngelogd)]
[Route("Account/[action]")]
[Scherm("TweeStaps")]
public sealed class TweeStapsInstellenController(
    SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, WmoDbContext db, TweeStapsInrichting inrichting, TimeProvider klok,
    ILogger<TweeStapsInstellenController> logger) : Controller
{
    public const string OnjuisteInrichting = "De inrichtingscode of het wachtwoord is onjuist, of de code is verlopen of al gebruikt. Vraag de beheerder zo nodig om een nieuwe code.";

    /// <summary>Step 1: the enrolment code and the password; never a key.</summary>
    [HttpGet]
    public async Task<IActionResult> TweeStapsInstellen()
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null)
        {
            return Challenge();
        }

        // Once set up, the secret is never shown again (issue 9): a new app means a reset by the beheerder.
        return gebruiker.TwoFactorEnabled ? View("TweeStapsIngesteld") : View("TweeStapsInrichten", new TweeStapsInrichtenModel());
    }

    /// <summary>Step 1 checked: a wrong code or password counts towards the lockout; a right one gives a new key.</summary>
    [HttpPost]
    [EnableRateLimiting(InlogBegrenzer.Beleidsnaam)]
    public async Task<IActionResult> TweeStapsInrichten(TweeStapsInrichtenModel model)
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null)
        {
            return Challenge();
        }

        if (gebruiker.TwoFactorEnabled)
        {
            return View("TweeStapsIngesteld");
        }

        if (ModelState.IsValid && (await users.IsLockedOutAsync(gebruiker) || !Inrichtingscodes.Klopt(gebruiker, model.Inrichtingscode, klok.GetUtcNow())
            || !await users.CheckPasswordAsync(gebruiker, model.Wachtwoord!)))
        {
            await users.AccessFailedAsync(gebruiker);
            await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Geweigerd, "Gebruiker.Tweestaps", gebruiker.Id.ToString(),
                Details: $"Inrichtingscode of wachtwoord onjuist vanaf {InlogBegrenzer.Adres(HttpContext)}", Geslaagd: false));
            ModelState.AddModelError(nameof(TweeStapsInrichtenModel.Inrichtingscode), OnjuisteInrichting);
        }

        if (!ModelState.IsValid)
        {
            return View("TweeStapsInrichten", new TweeStapsInrichtenModel());
        }

        await users.ResetAccessFailedCountAsync(gebruiker);
        return View("TweeStapsInstellen", await NieuweSleutelAsync(gebruiker));
    }

    /// <summary>Step 2: the first code from the app, with the proof of step 1. A wrong code gives a new key, never the old one again.</summary>
    [HttpPost]
    [EnableRateLimiting(InlogBegrenzer.Beleidsnaam)]
    public async Task<IActionResult> TweeStapsInstellen(TweeStapsInstellenModel model)
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null)
        {
            return Challenge();
        }

        if (gebruiker.TwoFactorEnabled)
        {
            return View("TweeStapsIngesteld");
        }

        // Without a fresh step 1 (the enrolment code, still unused) nothing is linked: back to step 1.
        if (!inrichting.BewijsKlopt(gebruiker, model.Bewijs) || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(gebruiker)))
        {
            return RedirectToAction(nameof(TweeStapsInstellen));
        }

        if (!ModelState.IsValid)
        {
            return View(await NieuweSleutelAsync(gebruiker));
        }

        var code = model.Code!.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(gebruiker, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            var opnieuw = await NieuweSleutelAsync(gebruiker);
            ModelState.AddModelError(nameof(TweeStapsInstellenModel.Code), TweeStapsController.OngeldigeCode + " Er is een nieuwe sleutel gemaakt: verwijder de vorige uit uw app en voeg deze toe.");
            return View(opnieuw);
        }

        Inrichtingscodes.Verbruik(gebruiker);
        await users.SetTwoFactorEnabledAsync(gebruiker, true);
        var herstelcodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, 10) ?? [];
        await signIn.RefreshSignInAsync(gebruiker);
        logger.LogInformation("Tweestapsverificatie ingesteld");

        // The recovery codes are shown once, on this response; they are not kept anywhere readable.
        return View("HerstelcodesBewaren", herstelcodes.ToList());
    }

    /// <summary>Every key shown is a new one (issue 9): an earlier, unconfirmed key is never shown again.</summary>
    private async Task<TweeStapsInstellenModel> NieuweSleutelAsync(Gebruiker gebruiker)
    {
        var (sleutel, bewijs) = await inrichting.NieuweSleutelAsync(gebruiker);

        // A new key changes the security stamp, which is checked on every request: keep this session signed in.
        await signIn.RefreshSignInAsync(gebruiker);
        var model = TweeStapsInstellenModel.Voor(sleutel, gebruiker.UserName ?? string.Empty);
        model.Bewijs = bewijs;
        return model;
    }
}
