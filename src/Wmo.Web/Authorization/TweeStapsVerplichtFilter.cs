using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Wmo.Web.Authorization;

/// <summary>
/// Toetsers and beheerders (configurable: <c>Beveiliging:TweeStapsVerplicht</c>) must have two-factor sign-in
/// before they can use anything else: until then every page sends them to the enrolment page.
/// </summary>
public sealed class TweeStapsVerplichtFilter(IConfiguration configuration) : IAsyncActionFilter
{
    public const string ClaimType = "wmo:2fa";

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var gebruiker = context.HttpContext.User;
        var controller = context.RouteData.Values["controller"] as string;
        var verplicht = (configuration["Beveiliging:TweeStapsVerplicht"] ?? "Toetser,Beheerder")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (gebruiker.Identity?.IsAuthenticated == true
            && controller is not ("TweeStaps" or "Account" or "Fout")
            && verplicht.Any(gebruiker.IsInRole)
            && gebruiker.FindFirst(ClaimType)?.Value != "1")
        {
            context.Result = new RedirectToActionResult("TweeStapsInstellen", "TweeStaps", null);
            return Task.CompletedTask;
        }

        return next();
    }
}
