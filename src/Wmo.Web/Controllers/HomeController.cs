using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Web.Authorization;

namespace Wmo.Web.Controllers;

[Authorize(Policy = Beleid.IsIngelogd)]
public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();
}
