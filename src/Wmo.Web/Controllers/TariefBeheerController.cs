using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Beheer;
using Wmo.Domain.Common;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The abonnementstarief per year (DOMAIN.md §7): set, changed or removed for a coming year; a started year is history.</summary>
[GeenInzage("beheer van beleid: geen dossiergegevens")]
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Beleid/Tarieven")]
public sealed class TariefBeheerController(AbonnementstariefVaststellen tarieven) : WmoController
{
    private static readonly Dictionary<string, string> Velden = new(StringComparer.Ordinal)
    {
        [Regelnamen.TariefjaarBestaat] = nameof(TariefModel.Jaar),
        [Regelnamen.EenTariefPerJaar] = nameof(TariefModel.Jaar),
        [Regelnamen.IngegaanTariefLigtVast] = nameof(TariefModel.Jaar),
        [Regelnamen.TariefIsBedragPerPeriode] = nameof(TariefModel.Bedrag),
    };

    [HttpGet("Nieuw")]
    public IActionResult Nieuw() => View("Tarief", MetKeuzes(new TariefModel { IsNieuw = true, Periode = Tariefperiode.Maand }));

    [HttpPost("Nieuw")]
    public Task<IActionResult> Nieuw(TariefModel model) =>
        PostAsync(
            model,
            async m =>
            {
                await tarieven.VaststellenAsync(m.Jaar!.Value, m.Bedrag!.Value, m.Periode!.Value, HttpContext.RequestAborted);
                return Bevestigd($"Het abonnementstarief voor {m.Jaar} is vastgesteld.", nameof(BeleidBeheerController.Index), "BeleidBeheer", null);
            },
            m =>
            {
                m.IsNieuw = true;
                return View("Tarief", MetKeuzes(m));
            },
            Velden);

    [HttpGet("{jaar:int}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(int jaar) =>
        await tarieven.ZoekAsync(jaar, HttpContext.RequestAborted) is { } tarief
            ? View("Tarief", MetKeuzes(new TariefModel { Jaar = tarief.Jaar, Bedrag = tarief.Bedrag, Periode = tarief.Periode }))
            : NotFound();

    [HttpPost("{jaar:int}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(int jaar, TariefModel model) =>
        await PostAsync(
            await tarieven.ZoekAsync(jaar, HttpContext.RequestAborted),
            async t =>
            {
                await tarieven.WijzigenAsync(t.Jaar, model.Bedrag!.Value, model.Periode!.Value, HttpContext.RequestAborted);
                return Bevestigd($"Het abonnementstarief voor {t.Jaar} is gewijzigd.", nameof(BeleidBeheerController.Index), "BeleidBeheer", null);
            },
            t =>
            {
                model.Jaar = t.Jaar;
                return View("Tarief", MetKeuzes(model));
            },
            Velden);

    [HttpGet("{jaar:int}/Verwijderen")]
    public async Task<IActionResult> Verwijderen(int jaar) =>
        await tarieven.ZoekAsync(jaar, HttpContext.RequestAborted) is { } tarief
            ? View("~/Views/BeleidBeheer/Verwijderen.cshtml", Bevestiging(tarief))
            : NotFound();

    [HttpPost("{jaar:int}/Verwijderen")]
    [ActionName(nameof(Verwijderen))]
    public async Task<IActionResult> VerwijderenBevestigd(int jaar) =>
        await PostAsync(
            await tarieven.ZoekAsync(jaar, HttpContext.RequestAborted),
            async t =>
            {
                await tarieven.VerwijderenAsync(t.Jaar, HttpContext.RequestAborted);
                return Bevestigd($"Het abonnementstarief voor {t.Jaar} is verwijderd.", nameof(BeleidBeheerController.Index), "BeleidBeheer", null);
            },
            t => View("~/Views/BeleidBeheer/Verwijderen.cshtml", Bevestiging(t)));

    private static Verwijderbevestiging Bevestiging(Tariefjaar tarief) => new(
        $"Abonnementstarief {tarief.Jaar} verwijderen",
        $"Zonder eigen tarief geldt in {tarief.Jaar} het tarief van het laatste eerdere jaar.",
        nameof(Verwijderen), new Dictionary<string, string> { ["jaar"] = tarief.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture) }, null);

    private static TariefModel MetKeuzes(TariefModel model)
    {
        model.Perioden = [.. Teksten.Keuzes<Tariefperiode>(p => p.Tekst())];
        return model;
    }
}
