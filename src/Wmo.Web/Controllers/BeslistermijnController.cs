using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The beslistermijn on the aanvraag under the Awb: verdaging (4:14), opschorting (4:15, 4:5) and the ingebrekestelling
/// that starts the dwangsom (4:17). Each step is one domain operation on the vraag, on the vraag's own route name.
/// </summary>
[Scherm("Vraag")]
[Inzage(Dossierdeel.Vraag)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class BeslistermijnController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok) : VraagStapController(db, toegang)
{
    [HttpGet]
    public async Task<IActionResult> Verdagen(Guid id) =>
        await Toegang.MagVraagZienAsync(User, id) ? View(new VerdagenModel { BerichtOp = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Verdagen(Guid id, VerdagenModel model) =>
        WijzigVraagAsync(id, model, "De beslistermijn is verdaagd; de nieuwe datum staat in de werkvoorraad.",
            vraag => vraag.VerdaagBeslistermijn(model.BerichtOp!.Value, model.NieuweDatum!.Value, model.Reden!, beleid.Termijnen, klok.Vandaag()));

    [HttpGet]
    public async Task<IActionResult> BeslistermijnOpschorten(Guid id) =>
        await Toegang.MagVraagZienAsync(User, id) ? View(new BeslistermijnOpschortenModel { Van = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> BeslistermijnOpschorten(Guid id, BeslistermijnOpschortenModel model) =>
        WijzigVraagAsync(id, model, "De beslistermijn is opgeschort.",
            vraag => vraag.SchortBeslistermijnOp(model.Van!.Value, model.Grond!.Value, model.Reden!, beleid.Termijnen, klok.Vandaag()));

    [HttpGet]
    public async Task<IActionResult> BeslistermijnHervatten(Guid id) =>
        await Toegang.MagVraagZienAsync(User, id) ? View(new HervattenModel { LaatsteOpgeschorteDag = klok.Vandaag().AddDays(-1) }) : NotFound();

    [HttpPost]
    public Task<IActionResult> BeslistermijnHervatten(Guid id, HervattenModel model) =>
        WijzigVraagAsync(id, model, "De beslistermijn loopt weer.", vraag => vraag.HervatBeslistermijn(model.LaatsteOpgeschorteDag!.Value, klok.Vandaag()));

    [HttpGet]
    public async Task<IActionResult> Ingebrekestelling(Guid id) =>
        await Toegang.MagVraagZienAsync(User, id) ? View(new IngebrekestellingModel { OntvangenOp = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Ingebrekestelling(Guid id, IngebrekestellingModel model) =>
        WijzigVraagAsync(id, model, "De ingebrekestelling is vastgelegd; twee weken na ontvangst gaat de dwangsom lopen.",
            vraag => vraag.RegistreerIngebrekestelling(model.OntvangenOp!.Value, beleid.Termijnen, klok.Vandaag()));
}
