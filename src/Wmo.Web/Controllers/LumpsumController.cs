using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Lumpsum;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Sturing;

namespace Wmo.Web.Controllers;

/// <summary>
/// Lumpsum management (002 §2.5, §5.1, §7; DOMAIN.md §5): budget years, their division over the percelen and the
/// contracts. The beheerder (contractmanagement) changes; the toetser reads along. Herverdeling and realisation have
/// their own controllers on the same screen.
/// </summary>
[GeenInzage(GeenInwonergegevens)]
[Scherm("Lumpsum")]
public sealed class LumpsumController(LumpsumLezen lezen) : LumpsumSchermController(lezen)
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await Lezen.JarenAsync(HttpContext.RequestAborted));

    [HttpGet("{jaar:int}")]
    public async Task<IActionResult> Details(int jaar) => await OverzichtAsync(jaar) is { } overzicht ? View(overzicht) : NotFound();

    [HttpGet("Nieuw")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public IActionResult Nieuw() => View(new BegrotingModel { Jaar = DateTime.Today.Year + 1 });

    /// <summary>"Stel de begroting van het jaar op."</summary>
    [HttpPost("Nieuw")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public Task<IActionResult> Nieuw(BegrotingModel model, [FromServices] BegrotingsjaarOpstellen opstellen) =>
        OpslaanAsync(model, model.Jaar ?? 0, $"De begroting voor {model.Jaar} is opgesteld.",
            () => opstellen.VoerUitAsync(model.Jaar!.Value, BedragInvoer.Lees(model.Totaal)!.Value, model.Verdeling(), HttpContext.RequestAborted),
            m => Task.FromResult<IActionResult>(View(m)), BegrotingModel.Veld);

    [HttpGet("{jaar:int}/Verdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Verdeling(int jaar) =>
        await OverzichtAsync(jaar) is { } o ? View("Nieuw", BegrotingModel.Van(o)) : NotFound();

    [HttpPost("{jaar:int}/Verdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public Task<IActionResult> Verdeling(int jaar, BegrotingModel model, [FromServices] VerdelingWijzigen wijzigen)
    {
        model.Jaar = jaar;
        model.IsWijziging = true;
        return OpslaanAsync(model, jaar, "De verdeling is gewijzigd.",
            () => wijzigen.VoerUitAsync(jaar, model.Versie, BedragInvoer.Lees(model.Totaal)!.Value, model.Verdeling(), HttpContext.RequestAborted),
            m => Task.FromResult<IActionResult>(View("Nieuw", m)), BegrotingModel.Veld);
    }

    [HttpGet("{jaar:int}/Contract")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Contract(int jaar) =>
        await OverzichtAsync(jaar) is { } o
            ? View(await MetKeuzesAsync(new ContractModel { Versie = o.Versie, Start = new DateOnly(jaar, 1, 1), Einde = new DateOnly(jaar, 12, 31) }))
            : NotFound();

    /// <summary>"Contracteer de aanbieder in het perceel."</summary>
    [HttpPost("{jaar:int}/Contract")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public Task<IActionResult> Contract(int jaar, ContractModel model, [FromServices] AanbiederContracteren contracteren) =>
        OpslaanAsync(model, jaar, "Het contract is vastgelegd.",
            () => contracteren.VoerUitAsync(jaar, model.Versie, model.AanbiederId!.Value, model.Perceel!.Value, model.Rol!.Value, model.Start!.Value, model.Einde, HttpContext.RequestAborted),
            async m => View(await MetKeuzesAsync(m)), ContractModel.Veld);

    [HttpGet("{jaar:int}/Contract/{id:guid}/Verwijderen")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> ContractVerwijderen(int jaar, Guid id) =>
        (await OverzichtAsync(jaar))?.Contracten.SingleOrDefault(c => c.Id == id) is { } contract ? View(contract) : NotFound();

    [HttpPost("{jaar:int}/Contract/{id:guid}/Verwijderen")]
    [Authorize(Policy = Beleid.MagBeheren)]
    [ActionName(nameof(ContractVerwijderen))]
    public async Task<IActionResult> ContractVerwijderenBevestigd(int jaar, Guid id, [FromServices] ContractVerwijderen verwijderen)
    {
        await verwijderen.VoerUitAsync(jaar, id, HttpContext.RequestAborted);
        return Bevestigd("Het contract is verwijderd.", nameof(Details), new { jaar });
    }

    private async Task<ContractModel> MetKeuzesAsync(ContractModel model)
    {
        model.Aanbieders = [.. (await Lezen.PartijenAsync(HttpContext.RequestAborted)).Select(p => new SelectListItem(p.Naam, p.Id.ToString()))];
        return model;
    }
}
