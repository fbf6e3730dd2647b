using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Iwmo;
using Wmo.Domain.Common;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Iwmo;

namespace Wmo.Web.Controllers;

/// <summary>
/// "Lees de berichten van de aanbieders in" (issue 14): one or more WMO305/307/315 files through the same use case as
/// <c>iwmo import</c>, a report per file and per client, and the retour messages to download.
/// </summary>
[Scherm("Iwmo")]
[Authorize(Policy = Beleid.MagIwmoInlezen)]
public sealed class IwmoInlezenController(IwmoImporteren importeren, IwmoBerichtenLezen lezen, DossierToegang toegang) : WmoController
{
    [HttpGet]
    public IActionResult Inlezen() => View(new InlezenModel());

    /// <summary>"Lees de bestanden in." A file sent twice is answered the same and not read twice, so a repeated POST is harmless.</summary>
    [HttpPost]
    public Task<IActionResult> Inlezen(InlezenModel model) =>
        PostAsync(model, async m =>
        {
            var bestanden = new List<ImportBestand>(m.Bestanden.Count);
            foreach (var bestand in m.Bestanden)
            {
                using var inhoud = new MemoryStream((int)bestand.Length);
                await bestand.CopyToAsync(inhoud, HttpContext.RequestAborted);
                bestanden.Add(new ImportBestand(Path.GetFileName(bestand.FileName), inhoud.ToArray()));
            }

            m.Resultaten = await importeren.ImporteerAsync(bestanden, null, HttpContext.RequestAborted);
            return View("Rapport", m);
        }, m =>
        {
            // Unusable input (no files, a wrong extension, a file too large): the form with the message at the field, as a 400.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(m);
        });

    /// <summary>The message as received or sent.</summary>
    [HttpGet]
    [Inzage(Dossierdeel.IwmoBericht)]
    public Task<IActionResult> Bestand(Guid id) => DownloadAsync(id, retour: false);

    /// <summary>The retour message (WMO306, 308 or 316) that answered a received message.</summary>
    [HttpGet]
    [Inzage(Dossierdeel.IwmoBericht)]
    public Task<IActionResult> Retour(Guid id) => DownloadAsync(id, retour: true);

    /// <summary>The beheerder handles the berichtenverkeer; a sociaal werker only the messages of households they may see.</summary>
    private async Task<IActionResult> DownloadAsync(Guid id, bool retour)
    {
        var (bestaat, huishoudenId) = await lezen.EigenaarAsync(id, HttpContext.RequestAborted);
        var mag = bestaat && (User.Rol() == Rol.Beheerder || huishoudenId is null
            || await toegang.MagHuishoudenZienAsync(User, huishoudenId.Value, HttpContext.RequestAborted));
        if (!mag || await lezen.BestandAsync(id, retour, HttpContext.RequestAborted) is not { } bestand)
        {
            return NotFound();
        }

        return File(System.Text.Encoding.UTF8.GetBytes(bestand.Inhoud), "application/xml", bestand.Bestandsnaam);
    }
}
