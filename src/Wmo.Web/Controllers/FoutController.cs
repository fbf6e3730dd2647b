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
    public IActionResult Index(int? statusCode = null)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        ViewData["StatusCode"] = code;
        return View();
    }
}
