using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Lumpsum;
using Wmo.Application.Monitoring;
using Wmo.Domain.Lumpsum;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Sturing;
using Wmo.Web.Weergave;
using Wmo.Domain.Common;

namespace Wmo.Web.Controllers;

/// <summary>
/// Herverdeling between basisondersteuning and aanvullende ondersteuning (002 §2.5): the contract parties' joint
/// request with the client figures of that day, and the gemeente's motivated decision; the total never changes.
/// </summary>
[GeenInzage(GeenInwonergegevens)]
[Scherm("Lumpsum")]
public sealed class LumpsumHerverdelingController(LumpsumLezen lezen, Clienttelling telling, TimeProvider klok) : LumpsumSchermController(lezen)
{
    [HttpGet("{jaar:int}/Herverdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Herverdeling(int jaar) =>
        await OverzichtAsync(jaar) is { } o ? View(await MetKeuzesAsync(new HerverdelingModel { Versie = o.Versie })) : NotFound();

    /// <summary>"Leg het gezamenlijke verzoek tot herverdeling vast."</summary>
    [HttpPost("{jaar:int}/Herverdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public Task<IActionResult> Herverdeling(int jaar, HerverdelingModel model, [FromServices] HerverdelingAanvragen aanvragen) =>
        OpslaanAsync(model, jaar, "Het verzoek tot herverdeling is vastgelegd; de gemeente besluit erover.",
            () => aanvragen.VoerUitAsync(jaar, model.Versie, model.Van!.Value, model.Naar!.Value, BedragInvoer.Lees(model.Bedrag)!.Value,
                model.PartijBasisondersteuningId!.Value, model.PartijAanvullendId!.Value, model.Toelichting!, HttpContext.RequestAborted),
            async m => View(await MetKeuzesAsync(m)), HerverdelingModel.Veld);

    [HttpGet("{jaar:int}/Herverdeling/{id:guid}/Besluit")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Besluit(int jaar, Guid id) =>
        await OverzichtAsync(jaar) is { } o && o.Herverdelingen.SingleOrDefault(h => h.Id == id && h.Status == HerverdelingStatus.Aangevraagd) is { } verzoek
            ? View(new BesluitModel { Versie = o.Versie, Verzoek = verzoek })
            : NotFound();

    /// <summary>"Besluit over de herverdeling" — toekennen moves the money, the total stays the same.</summary>
    [HttpPost("{jaar:int}/Herverdeling/{id:guid}/Besluit")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Besluit(int jaar, Guid id, BesluitModel model, [FromServices] HerverdelingBesluiten besluiten)
    {
        model.Verzoek = (await OverzichtAsync(jaar))?.Herverdelingen.SingleOrDefault(h => h.Id == id);
        return model.Verzoek is null
            ? NotFound()
            : await OpslaanAsync(model, jaar, model.Toekennen == true ? "De herverdeling is toegekend; het totaal is gelijk gebleven." : "De herverdeling is afgewezen.",
                () => besluiten.VoerUitAsync(jaar, model.Versie, id, User.AlsActor(), model.Toekennen!.Value, model.Motivering!, HttpContext.RequestAborted),
                m => Task.FromResult<IActionResult>(View(m)), regel => regel == Regelnamen.BesluitIsGemotiveerd ? nameof(BesluitModel.Motivering) : string.Empty);
    }

    private async Task<HerverdelingModel> MetKeuzesAsync(HerverdelingModel model)
    {
        model.Partijen = [.. (await Lezen.PartijenAsync(HttpContext.RequestAborted)).Select(p => new SelectListItem(p.Naam, p.Id.ToString()))];
        model.Clienten = await telling.PerPijlerOpAsync(klok.Vandaag(), HttpContext.RequestAborted);
        return model;
    }
}
