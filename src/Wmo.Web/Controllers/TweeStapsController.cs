using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP), required for toetsers and beheerders (issue 5):
/// the second step after the password, recovery codes, and the enrolment that a required role must finish
/// before using the portal.
/// </summary>
[Authorize(Policy = Beleid.IsIngelogd)]
[Route("Account/[action]")]
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

    /// <summary>Enrolment: show the key, confirm with a first code, then hand out recovery codes once.</summary>
    [HttpGet]
    public async Task<IActionResult> TweeStapsInstellen()
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null)
        {
            return Challenge();
        }

        // Once set up, the secret is never shown again (issue 9): a new app means new enrolment by the beheerder.
        if (gebruiker.TwoFactorEnabled)
        {
            return View("TweeStapsIngesteld");
        }

        return View(await MaakInstelModelAsync(gebruiker));
    }

    [HttpPost]
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

        // Only the page (GET) makes a key; a post without one saves nothing and sends the user to that page.
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(gebruiker)))
        {
            return RedirectToAction(nameof(TweeStapsInstellen));
        }

        if (!ModelState.IsValid)
        {
            return View(await MaakInstelModelAsync(gebruiker));
        }

        var code = model.Code!.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(gebruiker, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(TweeStapsInstellenModel.Code), OngeldigeCode);
            return View(await MaakInstelModelAsync(gebruiker));
        }

        await users.SetTwoFactorEnabledAsync(gebruiker, true);
        var herstelcodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, 10) ?? [];
        await signIn.RefreshSignInAsync(gebruiker);
        logger.LogInformation("Tweestapsverificatie ingesteld");

        // The recovery codes are shown once, on this response; they are not kept anywhere readable.
        return View("HerstelcodesBewaren", herstelcodes.ToList());
    }

    /// <summary>New recovery codes replace the old ones; only after the password is entered again (issue 9).</summary>
    [HttpGet]
    public IActionResult HerstelcodesVernieuwen() => View(new HerstelcodesVernieuwenModel());

    [HttpPost]
    [EnableRateLimiting(InlogBegrenzer.Beleidsnaam)]
    public async Task<IActionResult> HerstelcodesVernieuwen(HerstelcodesVernieuwenModel model)
    {
        var gebruiker = await users.GetUserAsync(User);
        if (gebruiker is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && !gebruiker.TwoFactorEnabled)
        {
            ModelState.AddModelError(string.Empty, "Stel eerst tweestapsverificatie in.");
        }

        if (ModelState.IsValid && (await users.IsLockedOutAsync(gebruiker) || !await users.CheckPasswordAsync(gebruiker, model.Wachtwoord!)))
        {
            await users.AccessFailedAsync(gebruiker);
            ModelState.AddModelError(nameof(HerstelcodesVernieuwenModel.Wachtwoord), "Het wachtwoord is onjuist.");
        }

        if (!ModelState.IsValid)
        {
            return View(new HerstelcodesVernieuwenModel());
        }

        await users.ResetAccessFailedCountAsync(gebruiker);
        var herstelcodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, 10) ?? [];
        logger.LogInformation("Herstelcodes vernieuwd");
        return View("HerstelcodesBewaren", herstelcodes.ToList());
    }

    private async Task<TweeStapsInstellenModel> MaakInstelModelAsync(Gebruiker gebruiker)
    {
        var sleutel = await users.GetAuthenticatorKeyAsync(gebruiker);
        if (string.IsNullOrEmpty(sleutel))
        {
            await users.ResetAuthenticatorKeyAsync(gebruiker);
            sleutel = await users.GetAuthenticatorKeyAsync(gebruiker) ?? string.Empty;

            // A new key changes the security stamp, which is checked on every request: keep this session signed in.
            await signIn.RefreshSignInAsync(gebruiker);
        }

        return new TweeStapsInstellenModel
        {
            Sleutel = InGroepen(sleutel),
            AuthenticatorUri = string.Create(CultureInfo.InvariantCulture,
                $"otpauth://totp/{Uri.EscapeDataString("Wmo-portaal")}:{Uri.EscapeDataString(gebruiker.UserName ?? string.Empty)}?secret={sleutel}&issuer={Uri.EscapeDataString("Wmo-portaal")}&digits=6"),
        };
    }

    private static string InGroepen(string sleutel)
    {
        var tekst = new StringBuilder();
        for (var i = 0; i < sleutel.Length; i += 4)
        {
            tekst.Append(sleutel.AsSpan(i, Math.Min(4, sleutel.Length - i))).Append(' ');
        }

        return tekst.ToString().TrimEnd().ToLowerInvariant();
    }
}
