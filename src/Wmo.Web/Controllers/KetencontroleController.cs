using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Authorization;
using Wmo.Web.Hosting;
using Wmo.Web.Models;

namespace Wmo.Web.Controllers;

/// <summary>
/// For the privacy officer: the integrity check of the audit trail's hash chain, run in the background with its progress
/// on the page (issue 15). Part of the Privacy screen: same URLs (<c>/Privacy/Keten</c>) and views.
/// </summary>
[Scherm("Privacy")]
[Authorize(Policy = Beleid.MagBeheren)]
public sealed class KetencontroleController(InzageLogboek logboek, KetencontroleDienst ketencontrole, IAuditBron bron) : Controller
{
    /// <summary>
    /// The last check of the hash chain and, while one runs, its progress. Reads no database: the check of millions of
    /// entries runs in the background (<see cref="KetencontroleDienst"/>, issue 15). While it runs the page refreshes itself
    /// every two seconds (an HTTP Refresh header, no script), unless <paramref name="verversen"/> is "uit" (WCAG 2.2.1, 2.2.2).
    /// </summary>
    [HttpGet]
    public IActionResult Keten(string? verversen)
    {
        var stand = ketencontrole.Stand;
        var ververst = stand.Lopend is not null && !string.Equals(verversen, "uit", StringComparison.OrdinalIgnoreCase);
        if (ververst)
        {
            Response.Headers["Refresh"] = KetenpaginaModel.VerversSeconden.ToString(CultureInfo.InvariantCulture);
        }

        return View(new KetenpaginaModel(stand, ververst));
    }

    /// <summary>Starts a check in the background ("Controleer de keten nu"); one at a time, so a second click joins the first.</summary>
    [HttpPost]
    [ActionName(nameof(Keten))]
    public async Task<IActionResult> KetenControleren(CancellationToken cancellationToken)
    {
        if (ketencontrole.Start(bron.Huidige()))
        {
            await logboek.LegVastAsync(AuditKeten.Startgebeurtenis("portaal"), cancellationToken);
            TempData["Melding"] = "De controle van de keten is gestart. Deze pagina toont de voortgang.";
        }
        else
        {
            TempData["Melding"] = "Er loopt al een controle van de keten; er wordt er één tegelijk uitgevoerd. Deze pagina toont de voortgang.";
        }

        return RedirectToAction(nameof(Keten));
    }
}
