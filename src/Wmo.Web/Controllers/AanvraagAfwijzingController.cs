using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;
using Wmo.Domain.Huishoudens;

namespace Wmo.Web.Controllers;

/// <summary>
/// The toetser's aanvragen without a submitted zwaarwegend advies, and the explicit, motivated afwijzing of one of them
/// (issue 11; Beschikken.WijsAanvraagAf): part of the Toetsing screen. The beschikking is then sent like any other.
/// </summary>
[Scherm("Toetsing")]
[Authorize(Policy = Beleid.MagAdviesToetsen)]
[Route("Toetsing")]
public sealed class AanvraagAfwijzingController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, AanvraagAfwijzen afwijzen, TimeProvider klok) : WmoController
{
    [HttpGet("Aanvragen")]
    public async Task<IActionResult> Aanvragen(int? pagina)
    {
        var nummer = Pagina<AanvraagZonderAdviesRegel>.Normaliseer(pagina);
        var grootte = Pagina<AanvraagZonderAdviesRegel>.StandaardGrootte;
        var aanvragen = Wachtend();
        var totaal = await aanvragen.CountAsync(HttpContext.RequestAborted);
        var regels = await Regels(await aanvragen.OrderBy(v => v.Aanvraagdatum).ThenBy(v => v.Id).Skip((nummer - 1) * grootte).Take(grootte).ToListAsync(HttpContext.RequestAborted));
        return View(new AanvragenZonderAdvies(new Pagina<AanvraagZonderAdviesRegel>(regels, nummer, grootte, totaal), klok.Vandaag()));
    }

    [Inzage(Dossierdeel.Vraag)]
    [HttpGet("Afwijzen/{id:guid}")]
    public async Task<IActionResult> Afwijzen(Guid id)
    {
        var vraag = await Wachtend().AsTracking().SingleOrDefaultAsync(v => v.Id == id, HttpContext.RequestAborted);
        return vraag is null ? NotFound() : View(new AanvraagAfwijzenModel { Versie = db.VersieVan(vraag), Samenvatting = await SamenvattingAsync(vraag) });
    }

    /// <summary>"Wijs de aanvraag af zonder advies": the beschikking (afwijzing) is taken today and sent afterwards.</summary>
    [Inzage(Dossierdeel.Vraag)]
    [HttpPost("Afwijzen/{id:guid}")]
    public async Task<IActionResult> Afwijzen(Guid id, AanvraagAfwijzenModel model) =>
        await PostAsync(
            await Wachtend().SingleOrDefaultAsync(v => v.Id == id, HttpContext.RequestAborted),
            async _ =>
            {
                var beschikking = await afwijzen.WijsAfAsync(id, model.Versie, model.Motivering!, User.AlsActor(), HttpContext.RequestAborted);
                return Bevestigd($"De aanvraag is afgewezen met beschikking {beschikking.Nummer}. Bekijk de brief en leg de verzending vast als hij verstuurd wordt: daarvan hangt de bezwaartermijn af.",
                    nameof(ToetsingController.Beschikking), "Toetsing", new { id = beschikking.Id });
            },
            async vraag =>
            {
                // Shown as stored: nothing of a refused afwijzing was saved.
                model.Samenvatting = await SamenvattingAsync(vraag);
                return View(model);
            },
            new Dictionary<string, string>
            {
                [Regelnamen.BeschikkingIsGemotiveerd] = nameof(AanvraagAfwijzenModel.Motivering),
            });

    /// <summary>Aanvragen the toetser may see that wait for a zwaarwegend advies (none submitted, or one sent back to be rewritten).</summary>
    private IQueryable<Ondersteuningsvraag> Wachtend() =>
        toegang.ZichtbareVragen(User).AsNoTracking().Where(v => v.Status == VraagStatus.AdviesVereist);

    private async Task<List<AanvraagZonderAdviesRegel>> Regels(List<Ondersteuningsvraag> lijst)
    {
        var vandaag = klok.Vandaag();
        var ids = lijst.Select(v => v.InwonerId).ToList();
        var inwoners = await db.Inwoners.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => Inwoner.NaamVan(i.Voornamen, i.Achternaam), HttpContext.RequestAborted);
        var behandelaarIds = lijst.Where(v => v.BehandelaarId != null).Select(v => v.BehandelaarId!.Value).Distinct().ToList();
        var behandelaars = await db.Users.AsNoTracking().Where(u => behandelaarIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Naam, HttpContext.RequestAborted);
        return [.. lijst.Select(v => new AanvraagZonderAdviesRegel(v.Id, inwoners.GetValueOrDefault(v.InwonerId, "–"),
            beleid.VoorzieningNaam(v.Uitkomst?.VoorzieningCode),
            v.BehandelaarId is { } b ? behandelaars.GetValueOrDefault(b, "–") : "–",
            v.Aanvraagdatum, v.Beschikkingstermijn(beleid.Termijnen, vandaag), v.OnderzoekAfgerond))];
    }

    private async Task<AanvraagSamenvatting> SamenvattingAsync(Ondersteuningsvraag vraag)
    {
        var regel = (await Regels([vraag])).Single();
        return new AanvraagSamenvatting(regel, vraag.Gesprekken.Count(g => g.IsAfgerond), vraag.ClientondersteunerNaam, klok.Vandaag());
    }
}
