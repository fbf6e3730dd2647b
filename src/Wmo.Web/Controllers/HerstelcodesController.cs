using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Authorization;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>
/// New recovery codes for two-factor sign-in (issue 9), split from <see cref="TweeStapsInstellenController"/>: the same
/// screen (<c>[Scherm("TweeStaps")]</c>), route (<c>/Account/HerstelcodesVernieuwen</c>) and views.
/// </summary>
[Authorize(Policy = Beleid.IsIngelogd)]
[Route("Account/[action]")]
[Scherm("TweeStaps")]
public sealed class HerstelcodesController(UserManager<Gebruiker> users, ILogger<HerstelcodesController> logger) : Controller
{
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
}
