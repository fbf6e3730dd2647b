using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>Find an inwoner among the households the sociaal werker may see (need-to-know, DOMAIN.md §8).</summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class ZoekenController(WmoDbContext db, DossierToegang toegang) : Controller
{
    /// <summary>Results per page (issue 15: only the page is read, tested for need-to-know and audited).</summary>
    public const int PaginaGrootte = 20;

    [HttpGet]
    public IActionResult Index() => View(new ZoekPagina(new ZoekModel(), null));

    [HttpPost]
    public async Task<IActionResult> Index(ZoekModel zoek, CancellationToken cancellationToken)
    {
        // The page number comes from the paging buttons; a malformed one is page 1, never an error at a field.
        ModelState.Remove(nameof(ZoekModel.Pagina));
        if (!ModelState.IsValid)
        {
            return View(new ZoekPagina(zoek, null));
        }

        var zichtbaar = toegang.ZichtbareHuishoudens(User);
        var inwoners = db.Inwoners.AsNoTracking();
        if (Bsn.TryParse(zoek.Bsn, out var bsn))
        {
            inwoners = inwoners.Where(i => i.Bsn == bsn);
        }

        if (!string.IsNullOrWhiteSpace(zoek.Achternaam))
        {
            // A prefix of the surname without tussenvoegsel, diacritics or capitals ("vis" finds Visser, "de vries"
            // and "Vries" find de Vries): a range in the index on ZoekAchternaam (SEARCH, docs/performance.md);
            // the prefix test keeps the result exact where the range is wider.
            var begin = Zoeknaam.Van(zoek.Achternaam);
            inwoners = inwoners.Where(i => string.Compare(i.ZoekAchternaam, begin) >= 0 && i.ZoekAchternaam.StartsWith(begin));
            if (Zoeknaam.BovengrensVan(begin) is { } tot)
            {
                inwoners = inwoners.Where(i => string.Compare(i.ZoekAchternaam, tot) < 0);
            }
        }

        if (zoek.Geboortedatum is { } geboren)
        {
            inwoners = inwoners.Where(i => i.Geboortedatum == geboren);
        }

        if (Postcode.TryParse(zoek.Postcode, out var postcode) && zoek.Huisnummer is { } huisnummer)
        {
            inwoners = inwoners.Where(i => i.BrpAdres.Postcode == postcode && i.BrpAdres.Huisnummer == huisnummer);
        }

        // Need-to-know drives from what was found (issue 15): the visible current memberships are a join
        // Lidmaatschappen → Huishoudens, so the database looks up each found inwoner's membership by its index and
        // then tests only that household — never every household of the gemeente (EXPLAIN QUERY PLAN in
        // docs/performance.md). The results are paged in SQL in the order of the name index (surname without
        // tussenvoegsel, first names, id): the database walks the index, tests each treffer until the page is full
        // and stops; one more than the page tells whether there is a next page. Nothing is counted.
        var nummer = Pagina<ZoekResultaat>.Normaliseer(zoek.Pagina);
        var zichtbareLeden = zichtbaar.SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => new { HuishoudenId = h.Id, l.InwonerId });
        var gevonden = await inwoners
            .Where(i => zichtbareLeden.Any(z => z.InwonerId == i.Id))
            .OrderBy(i => i.ZoekAchternaam).ThenBy(i => i.Voornamen).ThenBy(i => i.Id)
            .Skip((nummer - 1) * PaginaGrootte)
            .Take(PaginaGrootte + 1)
            .Select(i => new { Inwoner = i, HuishoudenId = zichtbareLeden.Where(z => z.InwonerId == i.Id).Select(z => z.HuishoudenId).First() })
            .ToListAsync(cancellationToken);
        var resultaten = gevonden
            .Take(PaginaGrootte)
            .Select(r => new ZoekResultaat(r.HuishoudenId, r.Inwoner.Id, r.Inwoner.VolledigeNaam, r.Inwoner.Bsn, r.Inwoner.Geboortedatum, r.Inwoner.BrpAdres.ToString()))
            .ToList();

        // The search is recorded for every inwoner it showed (never the search terms: they may hold a BSN).
        var waarop = string.Join(", ", new[]
        {
            zoek.Bsn is { Length: > 0 } ? "BSN" : null, zoek.Achternaam is { Length: > 0 } ? "naam" : null,
            zoek.Geboortedatum is not null ? "geboortedatum" : null, zoek.Postcode is { Length: > 0 } ? "adres" : null,
        }.OfType<string>());
        // Only the inwoners on this page were shown, so only they are recorded.
        foreach (var resultaat in resultaten)
        {
            db.LegVast(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, resultaat.InwonerId, resultaat.HuishoudenId, $"Gezocht op {waarop}"));
        }

        if (resultaten.Count == 0)
        {
            db.LegVast(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, Details: $"Gezocht op {waarop}, niets gevonden"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(new ZoekPagina(zoek, resultaten) { Nummer = nummer, HeeftVolgende = gevonden.Count > PaginaGrootte });
    }
}
