using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Wmo.Web.Authorization;

/// <summary>
/// A password the beheerder chose (a new account, a forced reset) must be changed at the first sign-in (issue 9): until
/// then every page, also the enrolment of two-factor sign-in, sends the user to the page to change it. The claim comes
/// from the account (<see cref="Wmo.Infrastructure.Identity.Gebruiker.MoetWachtwoordWijzigen"/>) and is renewed with the
/// session, which the security stamp check on every request keeps in step with the account.
/// </summary>
public sealed class WachtwoordWijzigenVerplichtFilter : IAsyncActionFilter
{
    public const string ClaimType = "wmo:wachtwoordwijzigen";

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var gebruiker = context.HttpContext.User;
        var controller = context.RouteData.Values["controller"] as string;
        if (gebruiker.Identity?.IsAuthenticated == true
            && controller is not ("Account" or "Fout")
            && gebruiker.FindFirst(ClaimType)?.Value == "1")
        {
            context.Result = new RedirectToActionResult("WachtwoordWijzigen", "Account", null);
            return Task.CompletedTask;
        }

        return next();
    }
}
