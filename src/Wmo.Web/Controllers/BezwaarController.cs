using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Bezwaar against a beschikking (002 §4.9; Awb 6:7-7:10): extend, decide, withdraw — the gemeente's work. The list
/// and registering a bezwaar are <see cref="BezwaarRegistratieController"/>.
/// </summary>
[Inzage(Dossierdeel.Bezwaar)]
[Authorize(Policy = Beleid.MagAdviesToetsen)]
public sealed class BezwaarController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Details(Guid id) =>
        await OverzichtAsync(id) is { } overzicht ? View(overzicht) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Verdagen(Guid id) => await FormulierAsync(id, new VerdaagModel());

    [HttpPost]
    public Task<IActionResult> Verdagen(Guid id, VerdaagModel model) =>
        HandelAsync(id, model, bezwaar => bezwaar.Verdaag(model.Dagen!.Value), "De beslistermijn is verdaagd.");

    [HttpGet]
    public async Task<IActionResult> Gronden(Guid id) => await FormulierAsync(id, new GrondenModel { OntvangenOp = klok.Vandaag() });

    /// <summary>Awb 6:6: the gronden of a bezwaarschrift without them came in.</summary>
    [HttpPost]
    public Task<IActionResult> Gronden(Guid id, GrondenModel model) =>
        HandelAsync(id, model, bezwaar => bezwaar.VulGrondenAan(model.Gronden!, model.OntvangenOp!.Value), "De gronden zijn aangevuld; de beslistermijn loopt weer.");

    [HttpGet]
    public async Task<IActionResult> Uitstel(Guid id) => await FormulierAsync(id, new UitstelModel());

    /// <summary>Awb 7:10 lid 4: further postponement, only with the indiener's consent.</summary>
    [HttpPost]
    public Task<IActionResult> Uitstel(Guid id, UitstelModel model) =>
        HandelAsync(id, model, bezwaar => bezwaar.StelUitMetInstemming(model.Dagen!.Value, model.IndienerStemtIn, model.Instemming!), "Het uitstel met instemming van de indiener is vastgelegd.");

    [HttpGet]
    public async Task<IActionResult> Verschoonbaar(Guid id) => await FormulierAsync(id, new VerschoonbaarModel());

    /// <summary>Awb 6:11: a late bezwaar declared excusable, with its motivation.</summary>
    [HttpPost]
    public Task<IActionResult> Verschoonbaar(Guid id, VerschoonbaarModel model) =>
        HandelAsync(id, model, bezwaar => bezwaar.VerklaarVerschoonbaar(model.Motivering!), "De termijnoverschrijding is verschoonbaar verklaard.");

    [HttpGet]
    public async Task<IActionResult> Beslissen(Guid id) => await FormulierAsync(id, new BeslisModel());

    [HttpPost]
    public Task<IActionResult> Beslissen(Guid id, BeslisModel model) =>
        HandelAsync(id, model, bezwaar => bezwaar.Beslis(model.Beslissing!.Value, model.Toelichting!, klok.Vandaag()), "De beslissing op het bezwaar is vastgelegd.");

    [HttpGet]
    public async Task<IActionResult> Intrekken(Guid id) => await FormulierAsync(id, new IntrekModel());

    [HttpPost]
    public Task<IActionResult> Intrekken(Guid id, IntrekModel model) =>
        HandelAsync(id, model, bezwaar => bezwaar.TrekIn(klok.Vandaag()), "Het bezwaar is ingetrokken.");

    private async Task<IActionResult> FormulierAsync(Guid id, BezwaarHandelingModel model)
    {
        if (await OverzichtAsync(id) is not { } overzicht)
        {
            return NotFound();
        }

        model.Overzicht = overzicht;
        model.Versie = db.VersieVan(overzicht.Bezwaar);
        return View(model);
    }

    private async Task<IActionResult> HandelAsync(Guid id, BezwaarHandelingModel model, Action<Bezwaar> handeling, string melding)
    {
        model.Overzicht = await OverzichtAsync(id);
        return await PostAsync(model.Overzicht, async overzicht =>
        {
            handeling(overzicht.Bezwaar);
            db.Bewaar(overzicht.Bezwaar, model.Versie);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return Bevestigd(melding, nameof(Details), new { id });
        }, async _ =>
        {
            // After a refused step the bezwaar is shown as it is stored, not as the step left it in memory.
            model.Overzicht = await OverzichtAsync(id);
            return View(model);
        });
    }

    private async Task<BezwaarOverzicht?> OverzichtAsync(Guid id)
    {
        var vragen = toegang.ZichtbareVragen(User);
        var gevonden = await (from z in db.Bezwaren
                              join b in db.Beschikkingen on z.BeschikkingId equals b.Id
                              where z.Id == id && vragen.Any(v => v.Id == b.VraagId)
                              select new { Bezwaar = z, b.Nummer, BeschikkingId = b.Id }).SingleOrDefaultAsync();
        return gevonden is null
            ? null
            : new BezwaarOverzicht(gevonden.Bezwaar, gevonden.Nummer, gevonden.BeschikkingId, gevonden.Bezwaar.Beslistermijn(beleid.Termijnen, klok.Vandaag()), klok.Vandaag());
    }
}
