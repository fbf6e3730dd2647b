using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
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
public sealed class TweeStapsController(SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, ILogger<TweeStapsController> logger) : Controller
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
    public async Task<IActionResult> TweeStaps(TweeStapsModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("Inloggen", "Account");
        }

        if (!ModelState.IsValid)
        {
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
    public async Task<IActionResult> Herstelcode(HerstelcodeModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("Inloggen", "Account");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.Herstelcode!.Replace(" ", string.Empty, StringComparison.Ordinal));
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

    private async Task<TweeStapsInstellenModel> MaakInstelModelAsync(Gebruiker gebruiker)
    {
        var sleutel = await users.GetAuthenticatorKeyAsync(gebruiker);
        if (string.IsNullOrEmpty(sleutel))
        {
            await users.ResetAuthenticatorKeyAsync(gebruiker);
            sleutel = await users.GetAuthenticatorKeyAsync(gebruiker) ?? string.Empty;
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
