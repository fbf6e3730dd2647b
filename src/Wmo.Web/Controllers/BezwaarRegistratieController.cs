using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The list of bezwaren and registering a new one (002 §4.9; Awb 6:7-6:11); part of the Bezwaar screen (same routes
/// and views as <see cref="BezwaarController"/>).
/// </summary>
[Scherm("Bezwaar")]
[Inzage(Dossierdeel.Bezwaar)]
[Authorize(Policy = Beleid.MagAdviesToetsen)]
public sealed class BezwaarRegistratieController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Index(int? pagina)
    {
        var nummer = Pagina<BezwaarRegel>.Normaliseer(pagina);
        var bezwaren = from z in db.Bezwaren.AsNoTracking()
                       join b in db.Beschikkingen on z.BeschikkingId equals b.Id
                       select new { Bezwaar = z, b.Nummer };
        var totaal = await bezwaren.CountAsync();

        // Open bezwaren first, the earliest end of the bezwaartermijn (start of the beslistermijn) on top.
        var rijen = await bezwaren.OrderBy(r => r.Bezwaar.Status).ThenBy(r => r.Bezwaar.BezwaartermijnEinde).ThenBy(r => r.Bezwaar.Id)
            .Skip((nummer - 1) * Pagina<BezwaarRegel>.StandaardGrootte).Take(Pagina<BezwaarRegel>.StandaardGrootte).ToListAsync();
        var items = rijen.Select(r => new BezwaarRegel(r.Bezwaar.Id, r.Nummer, r.Bezwaar.OntvangenOp, r.Bezwaar.IsTijdig, r.Bezwaar.Status, r.Bezwaar.IsInBehandeling ? r.Bezwaar.Beslistermijn(beleid.Termijnen, klok.Vandaag()) : null)).ToList();
        return View(new BezwaarLijst(new Pagina<BezwaarRegel>(items, nummer, Pagina<BezwaarRegel>.StandaardGrootte, totaal), klok.Vandaag()));
    }

    [HttpGet]
    public IActionResult Nieuw() => View(new BezwaarNieuwModel { OntvangenOp = klok.Vandaag() });

    /// <summary>"Registreer het bezwaar": on time or late follows from the beschikking's bezwaartermijn (the domain decides).</summary>
    [HttpPost]
    public Task<IActionResult> Nieuw(BezwaarNieuwModel model) => PostAsync(model, async m =>
    {
        var vragen = toegang.ZichtbareVragen(User);
        var nummer = m.Beschikkingsnummer!.Trim().ToUpperInvariant();
        var beschikking = await db.Beschikkingen.SingleOrDefaultAsync(b => b.Nummer == nummer && vragen.Any(v => v.Id == b.VraagId), HttpContext.RequestAborted)
            ?? throw new InvoerFout(nameof(m.Beschikkingsnummer), "Er is geen beschikking met dit nummer.");
        var bezwaar = new Bezwaar(beschikking, m.OntvangenOp!.Value, m.ZonderGronden ? null : m.Gronden, m.Adviescommissie, User.AlsActor(), m.PoststempelOp);
        if (m.ZonderGronden)
        {
            // Awb 6:6: registered all the same, with a hersteltermijn asked today; the beslistermijn is suspended meanwhile (7:10 lid 2).
            bezwaar.VraagOmHerstel(klok.Vandaag(), m.HersteltermijnTot!.Value);
        }

        db.Add(bezwaar);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var melding = (bezwaar.IsTijdig
            ? $"Het bezwaar tegen {beschikking.Nummer} is geregistreerd. Het is op tijd ingediend."
            : $"Het bezwaar tegen {beschikking.Nummer} is geregistreerd. Let op: het is te laat ingediend (de termijn liep tot en met {bezwaar.BezwaartermijnEinde.Lang()}).")
            + (bezwaar.GrondenOntbreken ? $" De gronden ontbreken: de indiener kan ze aanvullen tot en met {bezwaar.HersteltermijnTot.Lang()}." : string.Empty);
        return Bevestigd(melding, nameof(BezwaarController.Details), new { id = bezwaar.Id });
    }, m => View(m));
}
