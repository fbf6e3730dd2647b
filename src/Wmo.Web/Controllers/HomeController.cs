using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Web.Authorization;

namespace Wmo.Web.Controllers;

[Authorize(Policy = Beleid.IsIngelogd)]
public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();

    /// <summary>
    /// The bare signed-in page: the same middleware, authentication and layout as every page, without any database
    /// work. The benchmark (<c>wmo bench</c>, docs/performance.md) measures every page against it in the same run.
    /// </summary>
    [HttpGet]
    public IActionResult Kaal() => View();
}
