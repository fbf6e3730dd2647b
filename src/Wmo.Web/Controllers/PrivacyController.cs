using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Avg;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Brieven;
using Wmo.Web.Hosting;
using Wmo.Web.Models;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// For the privacy officer: who looked at or changed one inwoner's data (what an inwoner receives on an AVG
/// art. 15 request about access to their file), exportable; and the integrity check of the audit trail. The export of
/// all the inwoner's data itself is not here: a beheerder sees no dossier content (<see cref="AvgInzageController"/>); the
/// check of the hash chain has its own controller (<see cref="KetencontroleController"/>).
/// The BSN travels only in POST bodies, never in a URL.
/// </summary>
[Authorize(Policy = Beleid.MagBeheren)]
public sealed class PrivacyController(
    WmoDbContext db,
    InzageLogboek logboek,
    InzageExport inzage,
    Bewaartermijn bewaartermijn) : Controller
{
    [HttpGet]
    public IActionResult Index() => View(new InzageoverzichtModel(null, null, null));

    [HttpPost]
    public async Task<IActionResult> Index(InzageverzoekModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new InzageoverzichtModel(model.Bsn, null, null));
        }

        var inwoner = await db.Inwoners.AsNoTracking().SingleOrDefaultAsync(i => i.Bsn == Bsn.Parse(model.Bsn), cancellationToken);
        await logboek.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Inzageoverzicht", null, inwoner?.Id, Details: "Overzicht van toegang opgevraagd", Geslaagd: inwoner is not null), cancellationToken);
        if (inwoner is null)
        {
            ModelState.AddModelError(nameof(InzageverzoekModel.Bsn), "Er is geen inwoner met dit BSN bekend in het portaal.");
            return View(new InzageoverzichtModel(model.Bsn, null, null));
        }

        var nummer = Pagina<AuditRegel>.Normaliseer(model.Pagina);
        var query = await RegelsVanAsync(inwoner.Id, cancellationToken);
        var totaal = await query.CountAsync(cancellationToken);
        var regels = await query.OrderByDescending(r => r.Volgnummer)
            .Skip((nummer - 1) * Pagina<AuditRegel>.StandaardGrootte).Take(Pagina<AuditRegel>.StandaardGrootte)
            .ToListAsync(cancellationToken);
        return View(new InzageoverzichtModel(model.Bsn, inwoner.VolledigeNaam,
            new Pagina<AuditRegel>(regels, nummer, Pagina<AuditRegel>.StandaardGrootte, totaal)));
    }

    /// <summary>The same overview as a CSV file for the inwoner (semicolon-separated, as Dutch spreadsheets expect).</summary>
    [HttpPost]
    public async Task<IActionResult> Exporteer(InzageverzoekModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), new InzageoverzichtModel(model.Bsn, null, null));
        }

        var inwoner = await db.Inwoners.AsNoTracking().SingleOrDefaultAsync(i => i.Bsn == Bsn.Parse(model.Bsn), cancellationToken);
        if (inwoner is null)
        {
            ModelState.AddModelError(nameof(InzageverzoekModel.Bsn), "Er is geen inwoner met dit BSN bekend in het portaal.");
            return View(nameof(Index), new InzageoverzichtModel(model.Bsn, null, null));
        }

        var regels = await (await RegelsVanAsync(inwoner.Id, cancellationToken)).OrderBy(r => r.Volgnummer).ToListAsync(cancellationToken);
        await logboek.LegVastAsync(new AuditGebeurtenis(AuditActie.Exporteren, "Inzageoverzicht", null, inwoner.Id, Details: $"{regels.Count} regels"), cancellationToken);

        var csv = new StringBuilder("Moment;Gebruiker;Rol;Actie;Onderwerp;Geslaagd\n");
        foreach (var r in regels)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.Moment.Moment()};{Veld(r.GebruikerNaam)};{r.Rol};{r.Actie};{Veld(r.Onderwerp)};{(r.Geslaagd ? "ja" : "nee")}\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "toegang-tot-gegevens.csv");
    }

    /// <summary>Confirmation page for the retention purge: what a run would remove now.</summary>
    [HttpGet]
    public async Task<IActionResult> Opschonen(CancellationToken cancellationToken)
    {
        ViewData["Aantal"] = await bewaartermijn.TelVerlopenAsync(cancellationToken);
        ViewData["Jaren"] = bewaartermijn.TermijnJaren;
        return View();
    }

    [HttpPost]
    [ActionName(nameof(Opschonen))]
    public async Task<IActionResult> OpschonenBevestigd(CancellationToken cancellationToken)
    {
        var resultaat = await bewaartermijn.OpschonenAsync(cancellationToken);
        TempData["Melding"] = $"Opgeschoond: {resultaat.Huishoudens} huishoudens, {resultaat.Inwoners} inwoners en {resultaat.Vragen} vragen. De run is vastgelegd in de audittrail.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Every "inzage buiten eigen caseload", newest first, with its reason.</summary>
    [HttpGet]
    public async Task<IActionResult> BuitenCaseload(int? pagina, CancellationToken cancellationToken)
    {
        var nummer = Pagina<AuditRegel>.Normaliseer(pagina);
        await logboek.SpoelAsync(cancellationToken);
        var query = db.AuditTrail.AsNoTracking().Where(r => r.Actie == AuditActie.InzageBuitenCaseload);
        var totaal = await query.CountAsync(cancellationToken);
        var regels = await query.OrderByDescending(r => r.Volgnummer)
            .Skip((nummer - 1) * Pagina<AuditRegel>.StandaardGrootte).Take(Pagina<AuditRegel>.StandaardGrootte).ToListAsync(cancellationToken);
        return View(new Pagina<AuditRegel>(regels, nummer, Pagina<AuditRegel>.StandaardGrootte, totaal));
    }

    private Task<IQueryable<AuditRegel>> RegelsVanAsync(Guid inwonerId, CancellationToken cancellationToken) => inzage.ToegangsregelsVanAsync(inwonerId, cancellationToken);

    /// <summary>
    /// One quoted CSV cell. A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) gets a leading
    /// apostrophe: a user name or subject can never run as a formula on the privacy officer's machine (issue 9, OWASP CSV injection).
    /// </summary>
    public static string Veld(string tekst)
    {
        var veilig = tekst.Length > 0 && tekst[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + tekst : tekst;
        return "\"" + veilig.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
