using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;
using Wmo.Domain.Huishoudens;

namespace Wmo.Web.Controllers;

/// <summary>
/// The toetser's list of issued beschikkingen: find one by number, the inwoner's name or the date it was sent, newest
/// first, a page at a time. A search by name is a search for a person and is recorded in the audit trail.
/// </summary>
[Authorize(Policy = Beleid.MagAdviesToetsen)]
public sealed class BeschikkingenController(WmoDbContext db, InzageLogboek logboek, DossierToegang toegang, WmoBeleid beleid) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(BeschikkingZoekModel filter, string? sorteer, string? richting)
    {
        var vragen = toegang.ZichtbareVragen(User).Select(v => v.Id);
        var query = from b in db.Beschikkingen.AsNoTracking()
                    where vragen.Contains(b.VraagId)
                    join i in db.Inwoners on b.InwonerId equals i.Id
                    select new { b.Id, b.Nummer, b.Soort, b.VoorzieningCode, b.Verzenddatum, Naam = Inwoner.NaamVan(i.Voornamen, i.Achternaam) };
        var term = filter.Zoek?.Trim();
        if (!string.IsNullOrEmpty(term) && ModelState.IsValid)
        {
            var klein = term.ToLower(System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(r => r.Nummer.ToLower().Contains(klein) || r.Naam.ToLower().Contains(klein));
        }

        if (filter.Datum is { } datum)
        {
            query = query.Where(r => r.Verzenddatum == datum);
        }

        var nummer = Pagina<BeschikkingRegel>.Normaliseer(filter.Pagina);
        var grootte = Pagina<BeschikkingRegel>.StandaardGrootte;
        var totaal = await query.CountAsync();
        var (gesorteerd, sortering) = query.SorteerOp(Sortering.Lees(sorteer, richting))
            .Kolom("nummer", r => r.Nummer)
            .Kolom("inwoner", r => r.Naam)
            .Kolom("besluit", r => r.Soort)
            .Kolom("verzonden", r => r.Verzenddatum)
            .Anders(q => q.OrderByDescending(r => r.Verzenddatum).ThenByDescending(r => r.Nummer), r => r.Id, new Sortering("verzonden", Aflopend: true));
        var regels = await gesorteerd
            .Skip((nummer - 1) * grootte).Take(grootte).ToListAsync();
        if (!string.IsNullOrEmpty(term) || filter.Datum is not null)
        {
            await logboek.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Beschikkingen", null, Details: $"Gezocht in beschikkingen, {totaal} gevonden"), HttpContext.RequestAborted);
        }

        filter.Resultaat = new Pagina<BeschikkingRegel>(
            [.. regels.Select(r => new BeschikkingRegel(r.Id, r.Nummer, r.Naam, beleid.VoorzieningNaam(r.VoorzieningCode), r.Soort, r.Verzenddatum))], nummer, grootte, totaal) { Sortering = sortering };
        return View(filter);
    }
}
