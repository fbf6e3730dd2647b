using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Wmo.Web.Controllers;

/// <summary>Dutch error pages; never a stack trace, never personal data.</summary>
[AllowAnonymous]
[Route("Fout")]
public sealed class FoutController : Controller
{
    [Route("")]
    [Route("{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index()
    {
        // Read from the route, not bound as a parameter: for a re-executed POST whose form could not be read (too many
        // fields, say) MVC binds no parameter at all, and the 400 would be shown as a 500.
        var code = int.TryParse(RouteData.Values["statusCode"] as string, out var statusCode) ? statusCode : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        ViewData["StatusCode"] = code;
        return View();
    }
}
