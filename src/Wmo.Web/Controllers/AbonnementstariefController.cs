using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.EigenBijdrage;
using Wmo.Domain.Common;
using Wmo.Domain.EigenBijdrage;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Sturing;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The abonnementstarief per month (002 §4.8, §5.3; DOMAIN.md §7): the households charged and their changes since the previous
/// month, and the delivery to the CAK. Beheerder only: it shows who is charged (name, masked BSN), so the page view is audited.
/// </summary>
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Abonnementstarief")]
public sealed class AbonnementstariefController(HeffingsoverzichtLezen overzicht, InzageLogboek logboek, TimeProvider klok) : WmoController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? periode, int? pagina)
    {
        var model = new AbonnementstariefPagina { Periode = periode ?? Heffingsmaand.Van(klok.Vandaag()).ToString() };
        return await ToonAsync(model, Pagina<HeffingRegel>.Normaliseer(pagina));
    }

    /// <summary>"Lever de heffingen van de maand aan bij het CAK."</summary>
    [HttpPost("Aanleveren")]
    public Task<IActionResult> Aanleveren(AbonnementstariefPagina model, [FromServices] CakAanleveren aanleveren) =>
        PostAsync(model, async m =>
        {
            var resultaat = await aanleveren.LeverAanAsync(Heffingsmaand.Lees(m.Periode), User.Id(), HttpContext.RequestAborted);
            if (!resultaat.IsGeslaagd)
            {
                foreach (var fout in resultaat.Fouten.Take(20))
                {
                    ModelState.AddModelError(string.Empty, $"Het bestand is niet gemaakt, het voldoet niet aan het formaat: {fout}.");
                }

                return await ToonAsync(m, 1);
            }

            return resultaat.Bestand is { } bestand
                ? Bevestigd($"Aanlevering {bestand.Volgnummer} ({(bestand.Soort == AanleveringSoort.Volledig ? "volledig" : "mutaties")}, {bestand.AantalRegels} regels) is gemaakt. Download het bestand {bestand.Bestandsnaam} hieronder.",
                    nameof(Index), new { periode = m.Periode })
                : Bevestigd("Er is niets gewijzigd sinds de vorige aanlevering van deze periode; er is geen bestand gemaakt.", nameof(Index), new { periode = m.Periode });
        }, m => ToonAsync(m, 1), _ => nameof(AbonnementstariefPagina.Periode));

    /// <summary>The file of a delivery, as delivered; the download is recorded (Exporteren) by the use case.</summary>
    [HttpGet("Bestand/{id:guid}")]
    [GeenInzage("geen dossier: het CAK-bestand (BSN, bedrag, start en stop) wordt door CakAanleveren als Exporteren in de audittrail vastgelegd")]
    public async Task<IActionResult> Bestand(Guid id, [FromServices] CakAanleveren aanleveren) =>
        await aanleveren.BestandAsync(id, HttpContext.RequestAborted) is { } bestand
            ? File(System.Text.Encoding.UTF8.GetBytes(bestand.Inhoud), "text/csv; charset=utf-8", bestand.Bestandsnaam)
            : NotFound();

    private async Task<IActionResult> ToonAsync(AbonnementstariefPagina model, int pagina)
    {
        try
        {
            var maand = Heffingsmaand.Lees(model.Periode);
            model.Periode = maand.ToString();
            model.Overzicht = await overzicht.LeesAsync(maand, pagina, Pagina<HeffingRegel>.StandaardGrootte, HttpContext.RequestAborted);
            await logboek.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Heffingsoverzicht", maand.ToString(),
                Details: $"Pagina {pagina}: {model.Overzicht.Regels.Count} huishoudens getoond"), HttpContext.RequestAborted);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(AbonnementstariefPagina.Periode), e.Message);
        }

        return View("Index", model);
    }
}
