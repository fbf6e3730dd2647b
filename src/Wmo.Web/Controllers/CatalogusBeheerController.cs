using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Beheer;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The voorzieningencatalogus of a coming policy version: add, change, remove (the domain checks every rule).</summary>
[GeenInzage("beheer van beleid: geen dossiergegevens")]
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Beleid/{id:guid}/Voorzieningen")]
public sealed class CatalogusBeheerController(BeleidLezen lezen, BeleidsversieVastleggen vastleggen) : WmoController
{
    private static readonly Dictionary<string, string> Velden = new(StringComparer.Ordinal)
    {
        [Regelnamen.VoorzieningHeeftGeldigeCode] = nameof(VoorzieningModel.Code),
        [Regelnamen.VoorzieningcodeIsUniek] = nameof(VoorzieningModel.Code),
        [Regelnamen.VoorzieningHeeftNaam] = nameof(VoorzieningModel.Naam),
        [Regelnamen.ProductcodeIsIwmoCode] = nameof(VoorzieningModel.Productcode),
        [Regelnamen.ProductcodeHoortBijCategorie] = nameof(VoorzieningModel.ProductCategorie),
        [Regelnamen.PerceelAlleenVoorProfessioneleOndersteuning] = nameof(VoorzieningModel.Perceel),
        [Regelnamen.PerceelInVersie] = nameof(VoorzieningModel.Perceel),
    };

    [HttpGet("Nieuw")]
    public async Task<IActionResult> Nieuw(Guid id) =>
        await lezen.LeesAsync(id, HttpContext.RequestAborted) is { } gegevens
            ? View(MetKeuzes(new VoorzieningModel { Versie = gegevens.GekozenVersie, Ingangsdatum = gegevens.Gekozen.Ingangsdatum }, gegevens.Gekozen))
            : NotFound();

    [HttpPost("Nieuw")]
    public async Task<IActionResult> Nieuw(Guid id, VoorzieningModel model) =>
        await PostAsync(
            await vastleggen.ZoekAsync(id, HttpContext.RequestAborted),
            async _ =>
            {
                await vastleggen.VoorzieningToevoegenAsync(id, model.Versie, model.NaarVoorziening(), HttpContext.RequestAborted);
                return Bevestigd($"De voorziening {model.Naam} is toegevoegd aan de catalogus.", nameof(BeleidBeheerController.Index), "BeleidBeheer", new { versie = id });
            },
            v => Task.FromResult<IActionResult>(View(MetKeuzes(model, v))),
            regel => Velden.GetValueOrDefault(regel) ?? string.Empty,
            BeleidsversieVastleggen.Conflictmelding);

    [HttpGet("{regelId:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id, Guid regelId) =>
        await lezen.LeesAsync(id, HttpContext.RequestAborted) is { } gegevens && gegevens.Gekozen.Voorzieningen.SingleOrDefault(r => r.Id == regelId) is { } regel
            ? View(MetKeuzes(VoorzieningModel.Van(regel, gegevens.GekozenVersie, gegevens.Gekozen.Ingangsdatum), gegevens.Gekozen))
            : NotFound();

    [HttpPost("{regelId:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id, Guid regelId, VoorzieningModel model) =>
        await PostAsync(
            await vastleggen.ZoekAsync(id, HttpContext.RequestAborted) is { } versie && versie.Voorzieningen.Any(r => r.Id == regelId) ? versie : null,
            async _ =>
            {
                await vastleggen.VoorzieningWijzigenAsync(id, model.Versie, regelId, model.NaarVoorziening(), HttpContext.RequestAborted);
                return Bevestigd($"De voorziening {model.Naam} is gewijzigd.", nameof(BeleidBeheerController.Index), "BeleidBeheer", new { versie = id });
            },
            v => Task.FromResult<IActionResult>(View(MetKeuzes(model, v))),
            regel => Velden.GetValueOrDefault(regel) ?? string.Empty,
            BeleidsversieVastleggen.Conflictmelding);

    [HttpGet("{regelId:guid}/Verwijderen")]
    public async Task<IActionResult> Verwijderen(Guid id, Guid regelId) =>
        await vastleggen.ZoekAsync(id, HttpContext.RequestAborted) is { } versie && versie.Voorzieningen.SingleOrDefault(r => r.Id == regelId) is { } regel
            ? View("~/Views/BeleidBeheer/Verwijderen.cshtml", Bevestiging(versie, regel))
            : NotFound();

    [HttpPost("{regelId:guid}/Verwijderen")]
    [ActionName(nameof(Verwijderen))]
    public async Task<IActionResult> VerwijderenBevestigd(Guid id, Guid regelId) =>
        await PostAsync(
            await vastleggen.ZoekAsync(id, HttpContext.RequestAborted) is { } versie && versie.Voorzieningen.Any(r => r.Id == regelId) ? versie : null,
            async v =>
            {
                var regel = v.Voorzieningen.Single(r => r.Id == regelId);
                await vastleggen.VoorzieningVerwijderenAsync(id, regelId, HttpContext.RequestAborted);
                return Bevestigd($"De voorziening {regel.Naam} is uit deze beleidsversie verwijderd.", nameof(BeleidBeheerController.Index), "BeleidBeheer", new { versie = id });
            },
            v => View("~/Views/BeleidBeheer/Verwijderen.cshtml", Bevestiging(v, v.Voorzieningen.Single(r => r.Id == regelId))));

    private static Verwijderbevestiging Bevestiging(Beleidsversie versie, CatalogusRegel regel) => new(
        $"{regel.Naam} ({regel.Code}) verwijderen",
        $"Vanaf {versie.Ingangsdatum.Lang()} kan deze voorziening niet meer worden geadviseerd, verwezen of toegekend. Besluiten van vóór die dag blijven zoals ze zijn.",
        nameof(Verwijderen), new Dictionary<string, string> { ["id"] = versie.Id.ToString(), ["regelId"] = regel.Id.ToString() }, versie.Id);

    private static VoorzieningModel MetKeuzes(VoorzieningModel model, Beleidsversie versie)
    {
        model.Ingangsdatum = versie.Ingangsdatum;
        model.Pijlers = [.. Teksten.Keuzes<Pijler>(p => p.Tekst())];
        model.Percelen = [.. versie.Percelen.OrderBy(p => p.Perceel).Select(p => new SelectListItem(p.Perceel.Tekst(), p.Perceel.ToString()))];
        model.Categorieen = [.. Teksten.Keuzes<ProductCategorie>(c => c.Tekst())];
        model.Doelsoorten = [.. Teksten.Keuzes<Doelsoort>(d => d.Tekst())];
        model.Vrijstellingen = [.. Teksten.Keuzes<EigenBijdrageVrijstelling>(v => v.Tekst())];
        return model;
    }
}
