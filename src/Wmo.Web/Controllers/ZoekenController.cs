using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>Find an inwoner among the households the sociaal werker may see (need-to-know, DOMAIN.md §8).</summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class ZoekenController(InzageLogboek logboek, InwonerZoeker zoeker) : Controller
{
    /// <summary>Results per page (issue 15: only the page is read, tested for need-to-know and audited).</summary>
    public const int PaginaGrootte = InwonerZoeker.PaginaGrootte;

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

        // Need-to-know drives from what was found (BSN, address) or from the user's caseload (a name; issue 15,
        // docs/performance.md); the results are paged in SQL in the order of the name index, nothing is counted.
        var zoekopdracht = zoeker.OpZoektermen(zoek);
        var nummer = Pagina<ZoekResultaat>.Normaliseer(zoek.Pagina);
        var (resultaten, heeftVolgende) = await zoeker.PaginaAsync(User, zoekopdracht, nummer, InwonerZoeker.Kies(User, zoekopdracht), cancellationToken);

        // The search is recorded for every inwoner it showed (never the search terms: they may hold a BSN).
        var waarop = string.Join(", ", new[]
        {
            zoek.Bsn is { Length: > 0 } ? "BSN" : null, zoek.Achternaam is { Length: > 0 } ? "naam" : null,
            zoek.Geboortedatum is not null ? "geboortedatum" : null, zoek.Postcode is { Length: > 0 } ? "adres" : null,
        }.OfType<string>());
        // Only the inwoners on this page were shown, so only they are recorded: one entry for the page, with every person it
        // showed (indexed per inwoner for their overview; issue 15: twenty full entries cost half the search). Committed
        // before the page is shown (with other requests' reads in one transaction, docs/privacy-en-beveiliging.md
        // "Inzage vastleggen").
        var gebeurtenis = resultaten.Count == 0
            ? new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, Details: $"Gezocht op {waarop}, niets gevonden")
            : new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null,
                Details: $"Gezocht op {waarop}, {resultaten.Count} {(resultaten.Count == 1 ? "inwoner" : "inwoners")} getoond",
                Betrokkenen: [.. resultaten.Select(r => r.InwonerId)]);
        await logboek.LegVastAsync(gebeurtenis, cancellationToken);
        return View(new ZoekPagina(zoek, resultaten) { Nummer = nummer, HeeftVolgende = heeftVolgende });
    }
}
