using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>
/// The enrolment in two-factor sign-in that a toetser or beheerder must finish before using the portal (issue 5):
/// the key (as text and QR code), a first code to confirm it, and recovery codes shown once; new recovery codes only
/// after the password (issue 9).
/// </summary>
[Authorize(Policy = Beleid.IsIngelogd)]
[Route("Account/[action]")]
[Scherm("TweeStaps")]
public sealed class TweeStapsInstellenController(SignInManager<Gebruiker> signIn, UserManager<Gebruiker> users, ILogger<TweeStapsInstellenController> logger) : Controller
{
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
            ModelState.AddModelError(nameof(TweeStapsInstellenModel.Code), TweeStapsController.OngeldigeCode);
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

        return TweeStapsInstellenModel.Voor(sleutel, gebruiker.UserName ?? string.Empty);
    }
}
