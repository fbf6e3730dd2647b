using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Afweging;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Plannen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The vraagverheldering (DOMAIN.md §2.3, 000 L727-731): keukentafelgesprekken, the onderzoek, opschorten and
/// hervatten (the fixed order of checks and the afwegingskader: <see cref="AfwegingController"/>). Each step is one
/// domain operation on the vraag.
/// </summary>
[Scherm("Vraag")]
[Inzage(Dossierdeel.Vraag)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class VraagverhelderingController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok, Clientondersteuners clientondersteuners)
    : VraagStapController(db, toegang)
{
    [HttpGet]
    public async Task<IActionResult> Gesprek(Guid id)
    {
        if (!await Toegang.MagVraagZienAsync(User, id))
        {
            return NotFound();
        }

        var model = new GesprekModel { Datum = klok.Vandaag() };
        VulRijen(model);
        return View(model);
    }

    [HttpPost]
    public Task<IActionResult> Gesprek(Guid id, GesprekModel model) =>
        WijzigVraagAsync(id, model, "Het gesprek is vastgelegd. Rond het af met een verslag als het gevoerd is.",
            vraag => vraag.PlanGesprek(model.Datum!.Value, model.Locatie!.Value,
                model.Deelnemers.Where(d => !string.IsNullOrWhiteSpace(d.Naam) && d.Rol is not null).Select(d => new Deelnemer(d.Naam!.Trim(), d.Rol!.Value))),
            opnieuw: _ => VulRijen(model));

    [HttpGet]
    public async Task<IActionResult> GesprekAfronden(Guid id, Guid gesprekId)
    {
        var vraag = await Toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        var gesprek = vraag?.Gesprekken.SingleOrDefault(g => g.Id == gesprekId);
        return gesprek is null ? NotFound() : View(new AfrondenModel { GesprekId = gesprekId });
    }

    [HttpPost]
    public Task<IActionResult> GesprekAfronden(Guid id, AfrondenModel model) =>
        WijzigVraagAsync(id, model, "Het gesprek is afgerond.", vraag => vraag.RondGesprekAf(model.GesprekId!.Value, model.Verslag!),
            opnieuw: vraag => ViewData[VraagStappen.Sleutel] = VraagStappen.VoorAfronden(vraag));

    [HttpGet]
    public async Task<IActionResult> Onderzoek(Guid id)
    {
        // Tracked, so the form carries the aggregate's current Versie (optimistic concurrency).
        var vraag = await VraagAsync(id);
        return vraag is null ? NotFound() : View(await MetKeuzesAsync(OnderzoekModel.Van(vraag, Db.VersieVan(vraag))));
    }

    /// <summary>The cliëntondersteuner chosen from the list is looked up first (never the id from the form as such).</summary>
    [HttpPost]
    public async Task<IActionResult> Onderzoek(Guid id, OnderzoekModel model) =>
        await PostAsync(
            await VraagAsync(id),
            async vraag =>
            {
                model.LegVast(vraag, await clientondersteuners.GekozenAsync(model.ClientondersteunerId, nameof(OnderzoekModel.ClientondersteunerId)));
                Db.Bewaar(vraag, model.Versie);
                await Db.SaveChangesAsync();
                return Bevestigd("De gegevens van het onderzoek zijn opgeslagen.", nameof(VraagController.Details), new { id });
            },
            async _ => View(await MetKeuzesAsync(model)),
            OnderzoekModel.VeldVanRegel);

    [HttpGet]
    public async Task<IActionResult> Opschorten(Guid id) =>
        await Toegang.MagVraagZienAsync(User, id) ? View(new OpschortenModel { Van = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Opschorten(Guid id, OpschortenModel model) =>
        WijzigVraagAsync(id, model, "Het onderzoek is opgeschort; de termijn loopt niet door.", vraag => vraag.SchortOnderzoekOp(model.Van!.Value, model.Reden!, model.ToestemmingInwoner, beleid.Termijnen, klok.Vandaag()));

    [HttpGet]
    public async Task<IActionResult> Hervatten(Guid id) =>
        await Toegang.MagVraagZienAsync(User, id) ? View(new HervattenModel { LaatsteOpgeschorteDag = klok.Vandaag().AddDays(-1) }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Hervatten(Guid id, HervattenModel model) =>
        WijzigVraagAsync(id, model, "Het onderzoek is hervat.", vraag => vraag.HervatOnderzoek(model.LaatsteOpgeschorteDag!.Value, klok.Vandaag()));

    private async Task<OnderzoekModel> MetKeuzesAsync(OnderzoekModel model)
    {
        model.Clientondersteuners = [.. (await clientondersteuners.KeuzesAsync()).Select(k => new SelectListItem(k.Naam, k.Id.ToString()))];
        return model;
    }

    private static void VulRijen(GesprekModel model)
    {
        while (model.Deelnemers.Count < GesprekModel.AantalRijen)
        {
            model.Deelnemers.Add(new DeelnemerRij());
        }
    }
}
