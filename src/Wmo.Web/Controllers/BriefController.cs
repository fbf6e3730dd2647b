using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Besluiten;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Brieven;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The letters (verwijzing, zwaarwegend advies, beschikking) as print-ready pages and as PDF. Need-to-know: only who
/// may see the vraag or advies (the sociaal werkers of the case, toetsers of submitted adviezen) gets the letter.
/// The letter shows what was decided, read from the decision itself.
/// </summary>
[Authorize(Policy = Beleid.IsIngelogd)]
[Route("Brief")]
public sealed class BriefController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, BriefWeergave weergave, IPdfRenderer pdf, TimeProvider klok, ILogger<BriefController> logger) : Controller
{
    [Inzage(Dossierdeel.Vraag, "vraagId")]
    [HttpGet("Verwijsbrief/{vraagId:guid}")]
    public async Task<IActionResult> Verwijsbrief(Guid vraagId) =>
        await VerwijsbriefAsync(vraagId) is { } brief ? View(brief) : NotFound();

    [Inzage(Dossierdeel.Vraag, "vraagId", AuditActie.Afdrukken)]
    [HttpGet("Verwijsbrief/{vraagId:guid}/Pdf")]
    public async Task<IActionResult> VerwijsbriefPdf(Guid vraagId) =>
        await VerwijsbriefAsync(vraagId) is { } brief ? await PdfAsync(nameof(Verwijsbrief), brief, $"verwijsbrief-{brief.Datum:yyyy-MM-dd}.pdf") : NotFound();

    [Inzage(Dossierdeel.Advies, "adviesId")]
    [HttpGet("Advies/{adviesId:guid}")]
    public async Task<IActionResult> Advies(Guid adviesId) =>
        await AdviesbriefAsync(adviesId) is { } brief ? View(brief) : NotFound();

    [Inzage(Dossierdeel.Advies, "adviesId", AuditActie.Afdrukken)]
    [HttpGet("Advies/{adviesId:guid}/Pdf")]
    public async Task<IActionResult> AdviesPdf(Guid adviesId) =>
        await AdviesbriefAsync(adviesId) is { } brief ? await PdfAsync(nameof(Advies), brief, $"zwaarwegend-advies-{brief.Datum:yyyy-MM-dd}.pdf") : NotFound();

    [Inzage(Dossierdeel.Beschikking, "beschikkingId")]
    [HttpGet("Beschikking/{beschikkingId:guid}")]
    public async Task<IActionResult> Beschikking(Guid beschikkingId) =>
        await BeschikkingsbriefAsync(beschikkingId) is { } brief ? View(brief) : NotFound();

    [Inzage(Dossierdeel.Beschikking, "beschikkingId", AuditActie.Afdrukken)]
    [HttpGet("Beschikking/{beschikkingId:guid}/Pdf")]
    public async Task<IActionResult> BeschikkingPdf(Guid beschikkingId) =>
        await BeschikkingsbriefAsync(beschikkingId) is { } brief ? await PdfAsync(nameof(Beschikking), brief, $"beschikking-{brief.Kenmerk}.pdf") : NotFound();

    /// <summary>The toetser's preview of the letter before the verzending is recorded (issue 12: see the letter, then send it).</summary>
    [Authorize(Policy = Beleid.MagAdviesToetsen)]
    [Inzage(Dossierdeel.Beschikking, "beschikkingId")]
    [HttpGet("Beschikking/{beschikkingId:guid}/Voorbeeld")]
    public async Task<IActionResult> BeschikkingVoorbeeld(Guid beschikkingId) =>
        await BeschikkingsbriefAsync(beschikkingId, voorbeeld: true) is { } brief ? View(nameof(Beschikking), brief) : NotFound();

    private async Task<IActionResult> PdfAsync(string view, Brief brief, string bestandsnaam)
    {
        var html = await weergave.RenderAsync(ControllerContext, view, brief);
        try
        {
            var bytes = await pdf.RenderAsync(html, HttpContext.RequestAborted);
            return File(bytes, "application/pdf", bestandsnaam);
        }
        catch (PdfMislukt e)
        {
            logger.LogError(e, "PDF van een brief mislukt");
            ViewData["Title"] = "PDF niet beschikbaar";
            ViewData["Melding"] = $"{e.Message} De brief zelf kunt u wel bekijken en afdrukken via {brief.PdfUrl[..^4]}.";
            return new ViewResult { ViewName = "~/Views/Fout/Melding.cshtml", ViewData = ViewData, StatusCode = StatusCodes.Status503ServiceUnavailable };
        }
    }

    private async Task<Verwijsbrief?> VerwijsbriefAsync(Guid vraagId)
    {
        var vraag = await toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == vraagId);
        if (vraag?.Uitkomst is not { Soort: UitkomstSoort.AanvullendViaVerwijzing } uitkomst)
        {
            return null;
        }

        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == vraag.InwonerId);
        var aanbieder = await db.Organisaties.AsNoTracking().Where(o => o.Id == uitkomst.AanbiederId).Select(o => o.Naam).SingleOrDefaultAsync() ?? "–";
        var datum = vraag.UitkomstDatum ?? vraag.Meldingsdatum;
        return new Verwijsbrief("Verwijzing naar aanvullende ondersteuning", datum, $"V-{vraag.Id.ToString()[..8].ToUpperInvariant()}", Geadresseerde.Van(inwoner),
            $"/Brief/Verwijsbrief/{vraag.Id}/Pdf", $"/Vraag/Details/{vraag.Id}",
            aanbieder, beleid.VoorzieningNaam(uitkomst.VoorzieningCode), uitkomst.Perceel?.Tekst() ?? "–",
            string.IsNullOrWhiteSpace(uitkomst.Toelichting) ? "Ondersteuning zoals hieronder beschreven." : uitkomst.Toelichting,
            vraag.VraagAchterDeVraag, await NaamAsync(vraag.UitkomstVastgelegdDoorId));
    }

    private async Task<Adviesbrief?> AdviesbriefAsync(Guid adviesId)
    {
        var advies = await toegang.ZichtbareAdviezen(User).AsNoTracking().SingleOrDefaultAsync(a => a.Id == adviesId);
        if (advies is null)
        {
            return null;
        }

        var vraag = await db.Ondersteuningsvragen.AsNoTracking().SingleAsync(v => v.Id == advies.VraagId);
        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == vraag.InwonerId);
        var datum = vraag.Aanvraagdatum ?? vraag.UitkomstDatum ?? vraag.Meldingsdatum;
        var terug = User.Rol() == Domain.Common.Rol.Toetser ? $"/Toetsing/Advies/{advies.Id}" : $"/Vraag/Details/{vraag.Id}";
        return new Adviesbrief("Zwaarwegend advies", datum, $"A-{advies.Id.ToString()[..8].ToUpperInvariant()}", Geadresseerde.Van(inwoner),
            $"/Brief/Advies/{advies.Id}/Pdf", terug, advies, beleid.VoorzieningNaam(advies.VoorzieningCode), await NaamAsync(advies.AuteurId));
    }

    /// <param name="voorbeeld">Only an unsent beschikking, dated today; otherwise only a sent one, dated its verzending.</param>
    private async Task<Beschikkingsbrief?> BeschikkingsbriefAsync(Guid beschikkingId, bool voorbeeld = false)
    {
        // Need-to-know tested through this beschikking's own vraag (issue 15): a list of every visible vraag scanned the gemeente.
        var vragen = toegang.ZichtbareVragen(User);
        var beschikking = await db.Beschikkingen.AsNoTracking().SingleOrDefaultAsync(b => b.Id == beschikkingId && vragen.Any(v => v.Id == b.VraagId));
        if (beschikking is null || beschikking.IsVerzonden == voorbeeld)
        {
            return null;
        }

        var verzonden = beschikking.Verzenddatum ?? klok.Vandaag();
        var bezwaarUiterlijk = beschikking.BezwaartermijnEinde ?? Domain.Besluiten.Beschikking.BezwaartermijnEindeBijVerzending(verzonden, beleid.Termijnen);

        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == beschikking.InwonerId);
        var onderwerp = beschikking.Soort == BeschikkingSoort.Toekenning ? "Besluit op uw aanvraag: toekenning" : "Besluit op uw aanvraag: afwijzing";
        var terug = User.Rol() == Domain.Common.Rol.Toetser ? $"/Toetsing/Beschikking/{beschikking.Id}" : $"/Vraag/Details/{beschikking.VraagId}";
        return new Beschikkingsbrief(onderwerp, verzonden, beschikking.Nummer, Geadresseerde.Van(inwoner), voorbeeld ? string.Empty : $"/Brief/Beschikking/{beschikking.Id}/Pdf", terug,
            beschikking, beleid.VoorzieningNaam(beschikking.VoorzieningCode), await NaamAsync(beschikking.BeslisserId), bezwaarUiterlijk, voorbeeld,
            await AanbiederVanBeschikking.NaamAsync(db, beschikking));
    }

    private async Task<string> NaamAsync(Guid? gebruikerId) =>
        gebruikerId is null ? "–" : await db.Users.AsNoTracking().Where(u => u.Id == gebruikerId).Select(u => u.Naam).SingleOrDefaultAsync() ?? "–";
}
