using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Iwmo;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// An aanbieder's verzoek om toewijzing (WMO315) as a work item of the werkvoorraad: the household's regievoerder (or, without
/// one, the sociaal werkers of its buurtkamer) answers it with a toewijzing, which leaves as a WMO301, or refuses it.
/// </summary>
[Route("Werkvoorraad/Verzoek")]
[Inzage(Dossierdeel.VerzoekOmToewijzing)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class VerzoekOmToewijzingController(WmoDbContext db, VerzoekenOmToewijzing verzoeken, TimeProvider klok) : WmoController
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id) =>
        await VerzoekAsync(id) is { } verzoek ? View(await PaginaAsync(verzoek)) : NotFound();

    [HttpGet("{id:guid}/Toewijzen")]
    public async Task<IActionResult> Toewijzen(Guid id)
    {
        var verzoek = await VerzoekAsync(id);
        if (verzoek is null)
        {
            return NotFound();
        }

        var verwijzingen = await VerwijzingenAsync(verzoek);
        return View(new VerzoekToewijzenModel
        {
            VraagId = verwijzingen.Count == 1 ? Guid.Parse(verwijzingen[0].Value) : null,
            Volume = verzoek.Omvang?.Volume,
            Eenheid = verzoek.Omvang?.Eenheid,
            Frequentie = verzoek.Omvang?.Frequentie,
            Ingangsdatum = verzoek.GewensteIngangsdatum < klok.Vandaag() ? klok.Vandaag() : verzoek.GewensteIngangsdatum,
            Einddatum = verzoek.GewensteEinddatum ?? verzoek.GewensteIngangsdatum.AddYears(1).AddDays(-1),
        });
    }

    [HttpPost("{id:guid}/Toewijzen")]
    public async Task<IActionResult> Toewijzen(Guid id, VerzoekToewijzenModel model) =>
        await PostAsync(
            await VerzoekAsync(id),
            async verzoek =>
            {
                var toewijzing = await verzoeken.ToewijzenAsync(verzoek, model.VraagId!.Value, new Omvang(model.Volume!.Value, model.Eenheid!.Value, model.Frequentie!.Value),
                    new Periode(model.Ingangsdatum!.Value, model.Einddatum), User.AlsActor());
                return Bevestigd($"Het verzoek is toegewezen met toewijzing {toewijzing.Nummer.Value}; de aanbieder krijgt die bij de volgende verzending.", nameof(WerkvoorraadController.Index), "Werkvoorraad", null);
            },
            async verzoek =>
            {
                await VerwijzingenAsync(verzoek);
                return View(model);
            },
            VerzoekToewijzenModel.VeldVanRegel);

    [HttpGet("{id:guid}/Afwijzen")]
    public async Task<IActionResult> Afwijzen(Guid id) => await VerzoekAsync(id) is null ? NotFound() : View(new VerzoekAfwijzenModel());

    [HttpPost("{id:guid}/Afwijzen")]
    public async Task<IActionResult> Afwijzen(Guid id, VerzoekAfwijzenModel model) =>
        await PostAsync(
            await VerzoekAsync(id),
            async verzoek =>
            {
                await verzoeken.AfwijzenAsync(verzoek, model.Reden!, User.AlsActor());
                return Bevestigd("Het verzoek om toewijzing is afgewezen.", nameof(WerkvoorraadController.Index), "Werkvoorraad", null);
            },
            _ => View(model));

    private Task<VerzoekOmToewijzing?> VerzoekAsync(Guid id) => verzoeken.VindAsync(id, User.Id(), User.BuurtkamerIds(), HttpContext.RequestAborted);

    /// <summary>The choice of verwijzing for the form (also in ViewData, for the select).</summary>
    private async Task<IReadOnlyList<SelectListItem>> VerwijzingenAsync(VerzoekOmToewijzing verzoek)
    {
        IReadOnlyList<SelectListItem> keuzes = [.. (await verzoeken.VerwijzingenAsync(verzoek, HttpContext.RequestAborted))
            .Select(v => new SelectListItem($"{v.VoorzieningCode}, verwezen op {v.UitkomstDatum.Lang()}", v.VraagId.ToString()))];
        ViewData["Verwijzingen"] = keuzes;
        return keuzes;
    }

    private async Task<VerzoekPagina> PaginaAsync(VerzoekOmToewijzing verzoek)
    {
        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == verzoek.InwonerId);
        var aanbieder = await db.Organisaties.AsNoTracking().Where(o => o.Id == verzoek.AanbiederId).Select(o => o.Naam).SingleAsync();
        return new VerzoekPagina(verzoek, inwoner.VolledigeNaam, inwoner.Bsn.Gemaskeerd, aanbieder, await VerwijzingenAsync(verzoek));
    }
}
