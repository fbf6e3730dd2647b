using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Lumpsum;
using Wmo.Application.Monitoring;
using Wmo.Domain.Common;
using Wmo.Domain.Lumpsum;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Sturing;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Lumpsum management (002 §2.5, §5.1, §7; DOMAIN.md §5): budget years, contracts, herverdeling and realisation.
/// The beheerder (contractmanagement) changes; the toetser reads along.
/// </summary>
[Authorize(Policy = Beleid.MagSturingInzien)]
[Route("Lumpsum")]
public sealed class LumpsumController(LumpsumLezen lezen) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await lezen.JarenAsync(HttpContext.RequestAborted));

    [HttpGet("{jaar:int}")]
    public async Task<IActionResult> Details(int jaar) =>
        await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is { } overzicht ? View(overzicht) : NotFound();

    [HttpGet("Nieuw")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public IActionResult Nieuw() => View(new BegrotingModel { Jaar = DateTime.Today.Year + 1 });

    /// <summary>"Stel de begroting van het jaar op."</summary>
    [HttpPost("Nieuw")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Nieuw(BegrotingModel model, [FromServices] BegrotingsjaarOpstellen opstellen)
    {
        if (ModelState.IsValid && await ProbeerAsync(() => opstellen.VoerUitAsync(model.Jaar!.Value, BedragInvoer.Lees(model.Totaal)!.Value, model.Verdeling(), HttpContext.RequestAborted), BegrotingModel.Veld))
        {
            TempData["Melding"] = $"De begroting voor {model.Jaar} is opgesteld.";
            return RedirectToAction(nameof(Details), new { jaar = model.Jaar });
        }

        return View(model);
    }

    [HttpGet("{jaar:int}/Verdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Verdeling(int jaar)
    {
        if (await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is not { } o)
        {
            return NotFound();
        }

        string Bedrag(Domain.Catalogus.Perceel p) => BedragInvoer.Schrijf(o.Percelen.Single(x => x.Perceel == p).Bedrag);
        return View("Nieuw", new BegrotingModel
        {
            Jaar = jaar,
            Versie = o.Versie,
            IsWijziging = true,
            Totaal = BedragInvoer.Schrijf(o.Totaal),
            Basisondersteuning = Bedrag(Domain.Catalogus.Perceel.Basisondersteuning),
            ThuisondersteuningEnDagbesteding = Bedrag(Domain.Catalogus.Perceel.ThuisondersteuningEnDagbesteding),
            HulpBijHetHuishouden = Bedrag(Domain.Catalogus.Perceel.HulpBijHetHuishouden),
            KortdurendVerblijf = Bedrag(Domain.Catalogus.Perceel.KortdurendVerblijf),
        });
    }

    [HttpPost("{jaar:int}/Verdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Verdeling(int jaar, BegrotingModel model, [FromServices] VerdelingWijzigen wijzigen)
    {
        model.Jaar = jaar;
        model.IsWijziging = true;
        if (ModelState.IsValid && await ProbeerAsync(() => wijzigen.VoerUitAsync(jaar, model.Versie, BedragInvoer.Lees(model.Totaal)!.Value, model.Verdeling(), HttpContext.RequestAborted), BegrotingModel.Veld))
        {
            TempData["Melding"] = "De verdeling is gewijzigd.";
            return RedirectToAction(nameof(Details), new { jaar });
        }

        return View("Nieuw", model);
    }

    [HttpGet("{jaar:int}/Contract")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Contract(int jaar) =>
        await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is { } o
            ? View(await MetKeuzesAsync(new ContractModel { Versie = o.Versie, Start = new DateOnly(jaar, 1, 1), Einde = new DateOnly(jaar, 12, 31) }))
            : NotFound();

    /// <summary>"Contracteer de aanbieder in het perceel."</summary>
    [HttpPost("{jaar:int}/Contract")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Contract(int jaar, ContractModel model, [FromServices] AanbiederContracteren contracteren)
    {
        if (ModelState.IsValid && await ProbeerAsync(() => contracteren.VoerUitAsync(jaar, model.Versie, model.AanbiederId!.Value, model.Perceel!.Value, model.Rol!.Value, model.Start!.Value, model.Einde, HttpContext.RequestAborted), ContractModel.Veld))
        {
            TempData["Melding"] = "Het contract is vastgelegd.";
            return RedirectToAction(nameof(Details), new { jaar });
        }

        return View(await MetKeuzesAsync(model));
    }

    [HttpGet("{jaar:int}/Contract/{id:guid}/Verwijderen")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> ContractVerwijderen(int jaar, Guid id) =>
        (await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted))?.Contracten.SingleOrDefault(c => c.Id == id) is { } contract ? View(contract) : NotFound();

    [HttpPost("{jaar:int}/Contract/{id:guid}/Verwijderen")]
    [Authorize(Policy = Beleid.MagBeheren)]
    [ActionName(nameof(ContractVerwijderen))]
    public async Task<IActionResult> ContractVerwijderenBevestigd(int jaar, Guid id, [FromServices] ContractVerwijderen verwijderen)
    {
        await verwijderen.VoerUitAsync(jaar, id, HttpContext.RequestAborted);
        TempData["Melding"] = "Het contract is verwijderd.";
        return RedirectToAction(nameof(Details), new { jaar });
    }

    [HttpGet("{jaar:int}/Herverdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Herverdeling(int jaar, [FromServices] Clienttelling telling, [FromServices] TimeProvider klok) =>
        await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is { } o
            ? View(await MetKeuzesAsync(new HerverdelingModel { Versie = o.Versie }, telling, klok))
            : NotFound();

    /// <summary>"Leg het gezamenlijke verzoek tot herverdeling vast."</summary>
    [HttpPost("{jaar:int}/Herverdeling")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Herverdeling(int jaar, HerverdelingModel model, [FromServices] HerverdelingAanvragen aanvragen, [FromServices] Clienttelling telling, [FromServices] TimeProvider klok)
    {
        if (ModelState.IsValid && await ProbeerAsync(() => aanvragen.VoerUitAsync(jaar, model.Versie, model.Van!.Value, model.Naar!.Value, BedragInvoer.Lees(model.Bedrag)!.Value,
                model.PartijBasisondersteuningId!.Value, model.PartijAanvullendId!.Value, model.Toelichting!, HttpContext.RequestAborted), HerverdelingModel.Veld))
        {
            TempData["Melding"] = "Het verzoek tot herverdeling is vastgelegd; de gemeente besluit erover.";
            return RedirectToAction(nameof(Details), new { jaar });
        }

        return View(await MetKeuzesAsync(model, telling, klok));
    }

    [HttpGet("{jaar:int}/Herverdeling/{id:guid}/Besluit")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Besluit(int jaar, Guid id) =>
        await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is { } o && o.Herverdelingen.SingleOrDefault(h => h.Id == id && h.Status == HerverdelingStatus.Aangevraagd) is { } verzoek
            ? View(new BesluitModel { Versie = o.Versie, Verzoek = verzoek })
            : NotFound();

    /// <summary>"Besluit over de herverdeling" — toekennen moves the money, the total stays the same.</summary>
    [HttpPost("{jaar:int}/Herverdeling/{id:guid}/Besluit")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Besluit(int jaar, Guid id, BesluitModel model, [FromServices] HerverdelingBesluiten besluiten)
    {
        if (ModelState.IsValid && await ProbeerAsync(() => besluiten.VoerUitAsync(jaar, model.Versie, id, User.AlsActor(), model.Toekennen!.Value, model.Motivering!, HttpContext.RequestAborted),
                regel => regel == "BesluitIsGemotiveerd" ? nameof(BesluitModel.Motivering) : string.Empty))
        {
            TempData["Melding"] = model.Toekennen == true ? "De herverdeling is toegekend; het totaal is gelijk gebleven." : "De herverdeling is afgewezen.";
            return RedirectToAction(nameof(Details), new { jaar });
        }

        model.Verzoek = (await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted))?.Herverdelingen.SingleOrDefault(h => h.Id == id);
        return model.Verzoek is null ? NotFound() : View(model);
    }

    [HttpGet("{jaar:int}/Realisatie")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Realisatie(int jaar) =>
        await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is { } o ? View(MetKeuzes(new RealisatieModel { Versie = o.Versie }, o)) : NotFound();

    /// <summary>"Registreer de realisatie van de maand."</summary>
    [HttpPost("{jaar:int}/Realisatie")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Realisatie(int jaar, RealisatieModel model, [FromServices] RealisatieRegistreren registreren)
    {
        if (await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is not { } o)
        {
            return NotFound();
        }

        var contract = o.Contracten.SingleOrDefault(c => c.Id == model.ContractId);
        if (model.ContractId is not null && contract is null)
        {
            ModelState.AddModelError(nameof(model.ContractId), "Kies de aanbieder en het perceel uit de lijst.");
        }

        if (ModelState.IsValid && await ProbeerAsync(() => registreren.VoerUitAsync(jaar, model.Versie, contract!.AanbiederId, contract.Perceel, model.Maand!.Value, BedragInvoer.Lees(model.Bedrag)!.Value, HttpContext.RequestAborted), RealisatieModel.Veld))
        {
            TempData["Melding"] = "De realisatie is geregistreerd.";
            return RedirectToAction(nameof(Details), new { jaar });
        }

        return View(MetKeuzes(model, o));
    }

    [HttpGet("{jaar:int}/Upload")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Upload(int jaar) =>
        await lezen.OverzichtAsync(jaar, HttpContext.RequestAborted) is { } o ? View(new UploadModel { Versie = o.Versie }) : NotFound();

    /// <summary>"Lees de realisatie in uit het bestand" — alles of niets, met een rapport van de geweigerde regels.</summary>
    [HttpPost("{jaar:int}/Upload")]
    [Authorize(Policy = Beleid.MagBeheren)]
    [RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> Upload(int jaar, UploadModel model, [FromServices] RealisatieImporteren importeren)
    {
        if (ModelState.IsValid)
        {
            using var lezer = new StreamReader(model.Bestand!.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var ok = await ProbeerAsync(async () => model.Resultaat = await importeren.VoerUitAsync(jaar, model.Versie, lezer, HttpContext.RequestAborted), _ => nameof(UploadModel.Bestand));
            if (ok && model.Resultaat!.IsOpgeslagen)
            {
                TempData["Melding"] = $"{model.Resultaat.AantalRegels} regels realisatie zijn ingelezen.";
                return RedirectToAction(nameof(Details), new { jaar });
            }

            if (model.Resultaat is { IsOpgeslagen: false })
            {
                ModelState.AddModelError(nameof(UploadModel.Bestand), $"Er is niets ingelezen: {model.Resultaat.Geweigerd.Count} regel(s) zijn geweigerd. Verbeter het bestand en lees het opnieuw in.");
            }
        }

        return View(model);
    }

    [HttpGet("Voorbeeld.csv")]
    public IActionResult Voorbeeld() =>
        File(System.Text.Encoding.UTF8.GetBytes(string.Join(';', RealisatieImporteren.Kolommen) + "\n2026-01;75759876;TO-DB;125000,00\n2026-01;Basisteam Leeuwarden;BO;410000,00\n"), "text/csv", "realisatie-voorbeeld.csv");

    /// <summary>Runs a use case; a broken rule or a concurrent change becomes a message on the form, nothing is saved.</summary>
    private async Task<bool> ProbeerAsync(Func<Task> actie, Func<string, string> veld)
    {
        try
        {
            await actie();
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(veld(e.Regel), e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Iemand anders heeft deze begroting intussen gewijzigd. Er is niets opgeslagen; open de pagina opnieuw.");
        }

        return false;
    }

    private async Task<ContractModel> MetKeuzesAsync(ContractModel model)
    {
        model.Aanbieders = [.. (await lezen.PartijenAsync(HttpContext.RequestAborted)).Select(p => new SelectListItem(p.Naam, p.Id.ToString()))];
        return model;
    }

    private async Task<HerverdelingModel> MetKeuzesAsync(HerverdelingModel model, Clienttelling telling, TimeProvider klok)
    {
        model.Partijen = [.. (await lezen.PartijenAsync(HttpContext.RequestAborted)).Select(p => new SelectListItem(p.Naam, p.Id.ToString()))];
        model.Clienten = await telling.PerPijlerOpAsync(klok.Vandaag(), HttpContext.RequestAborted);
        return model;
    }

    private static RealisatieModel MetKeuzes(RealisatieModel model, LumpsumOverzicht overzicht)
    {
        model.Contracten = [.. overzicht.Contracten.Select(c => new SelectListItem($"{c.Aanbieder} — {c.Perceel.Tekst()}", c.Id.ToString()))];
        return model;
    }
}
