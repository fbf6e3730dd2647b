using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Weergave;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The toetser's list of issued beschikkingen: find one by number, the inwoner's surname or the date it was sent, newest
/// first, a page at a time (<see cref="BeschikkingenLezer"/>). A search is a search for a person and is recorded in the audit trail.
/// </summary>
[Authorize(Policy = Beleid.MagAdviesToetsen)]
public sealed class BeschikkingenController(WmoDbContext db, InzageLogboek logboek, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(BeschikkingZoekModel filter, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        var term = ModelState.IsValid ? filter.Zoek?.Trim() : null;
        var nummer = Pagina<BeschikkingRegel>.Normaliseer(filter.Pagina);
        var grootte = Pagina<BeschikkingRegel>.StandaardGrootte;
        var gevonden = await BeschikkingenLezer.LeesAsync(db, toegang, beleid, User, term, filter.Datum, (nummer - 1) * grootte, grootte,
            Sortering.Lees(sorteer, richting), klok.Vandaag(), cancellationToken);
        if (!string.IsNullOrEmpty(term) || filter.Datum is not null)
        {
            var aantal = gevonden.MeerDanTelgrens ? $"meer dan {BeschikkingenLezer.Telgrens}" : gevonden.Aantal.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await logboek.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Beschikkingen", null, Details: $"Gezocht in beschikkingen, {aantal} gevonden"), cancellationToken);
        }

        filter.Resultaat = new Pagina<BeschikkingRegel>(gevonden.Regels, nummer, grootte, gevonden.Aantal) { Sortering = gevonden.Sortering };
        filter.MeerDanTelgrens = gevonden.MeerDanTelgrens;
        return View(filter);
    }
}
