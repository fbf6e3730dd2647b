using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;

namespace Wmo.Web.Controllers;

/// <summary>Find an inwoner among the households the sociaal werker may see (need-to-know, DOMAIN.md §8).</summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class ZoekenController(WmoDbContext db, DossierToegang toegang) : Controller
{
    private const int MaximaalAantal = 50;

    [HttpGet]
    public IActionResult Index() => View(new ZoekPagina(new ZoekModel(), null));

    [HttpPost]
    public async Task<IActionResult> Index(ZoekModel zoek, CancellationToken cancellationToken)
    {
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
        // docs/performance.md).
        var zichtbareLeden = zichtbaar.SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => new { HuishoudenId = h.Id, l.InwonerId });
        var gevonden = await inwoners
            .Where(i => zichtbareLeden.Any(z => z.InwonerId == i.Id))
            .OrderBy(i => i.Achternaam).ThenBy(i => i.Voornamen)
            .Take(MaximaalAantal)
            .ToListAsync(cancellationToken);
        var ids = gevonden.Select(i => i.Id).ToList();
        var huishoudenVan = (await zichtbareLeden.Where(z => ids.Contains(z.InwonerId)).ToListAsync(cancellationToken))
            .GroupBy(z => z.InwonerId)
            .ToDictionary(g => g.Key, g => g.First().HuishoudenId);
        var resultaten = gevonden
            .Select(i => new ZoekResultaat(huishoudenVan[i.Id],
                i.Id, i.Voornamen + " " + i.Achternaam, i.Bsn, i.Geboortedatum, i.BrpAdres.ToString()))
            .ToList();

        // The search is recorded for every inwoner it showed (never the search terms: they may hold a BSN).
        var waarop = string.Join(", ", new[]
        {
            zoek.Bsn is { Length: > 0 } ? "BSN" : null, zoek.Achternaam is { Length: > 0 } ? "naam" : null,
            zoek.Geboortedatum is not null ? "geboortedatum" : null, zoek.Postcode is { Length: > 0 } ? "adres" : null,
        }.OfType<string>());
        foreach (var resultaat in resultaten)
        {
            db.LegVast(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, resultaat.InwonerId, resultaat.HuishoudenId, $"Gezocht op {waarop}"));
        }

        if (resultaten.Count == 0)
        {
            db.LegVast(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, Details: $"Gezocht op {waarop}, niets gevonden"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(new ZoekPagina(zoek, resultaten));
    }
}
