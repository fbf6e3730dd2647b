using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Lumpsum;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Sturing;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The realised spend per month per aanbieder (002 §7): entered on a screen or read from a CSV file, all or nothing,
/// with a report of the refused lines.
/// </summary>
[GeenInzage(GeenInwonergegevens)]
[Scherm("Lumpsum")]
public sealed class LumpsumRealisatieController(LumpsumLezen lezen) : LumpsumSchermController(lezen)
{
    [HttpGet("{jaar:int}/Realisatie")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Realisatie(int jaar) =>
        await OverzichtAsync(jaar) is { } o ? View(MetKeuzes(new RealisatieModel { Versie = o.Versie }, o)) : NotFound();

    /// <summary>"Registreer de realisatie van de maand."</summary>
    [HttpPost("{jaar:int}/Realisatie")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Realisatie(int jaar, RealisatieModel model, [FromServices] RealisatieRegistreren registreren)
    {
        if (await OverzichtAsync(jaar) is not { } o)
        {
            return NotFound();
        }

        var contract = o.Contracten.SingleOrDefault(c => c.Id == model.ContractId);
        if (model.ContractId is not null && contract is null)
        {
            ModelState.AddModelError(nameof(model.ContractId), "Kies de aanbieder en het perceel uit de lijst.");
        }

        return await OpslaanAsync(model, jaar, "De realisatie is geregistreerd.",
            () => registreren.VoerUitAsync(jaar, model.Versie, contract!.AanbiederId, contract.Perceel, model.Maand!.Value, BedragInvoer.Lees(model.Bedrag)!.Value, HttpContext.RequestAborted),
            m => Task.FromResult<IActionResult>(View(MetKeuzes(m, o))), RealisatieModel.Veld);
    }

    [HttpGet("{jaar:int}/Upload")]
    [Authorize(Policy = Beleid.MagBeheren)]
    public async Task<IActionResult> Upload(int jaar) =>
        await OverzichtAsync(jaar) is { } o ? View(new UploadModel { Versie = o.Versie }) : NotFound();

    /// <summary>"Lees de realisatie in uit het bestand" — alles of niets, met een rapport van de geweigerde regels.</summary>
    [HttpPost("{jaar:int}/Upload")]
    [Authorize(Policy = Beleid.MagBeheren)]
    [RequestSizeLimit(2 * 1024 * 1024)]
    public Task<IActionResult> Upload(int jaar, UploadModel model, [FromServices] RealisatieImporteren importeren) =>
        PostAsync(model, async m =>
        {
            using var lezer = new StreamReader(m.Bestand!.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            m.Resultaat = await importeren.VoerUitAsync(jaar, m.Versie, lezer, HttpContext.RequestAborted);
            if (m.Resultaat.IsOpgeslagen)
            {
                return Bevestigd($"{m.Resultaat.AantalRegels} regels realisatie zijn ingelezen.", nameof(LumpsumController.Details), new { jaar });
            }

            ModelState.AddModelError(nameof(UploadModel.Bestand), $"Er is niets ingelezen: {m.Resultaat.Geweigerd.Count} regel(s) zijn geweigerd. Verbeter het bestand en lees het opnieuw in.");
            return View(m);
        }, m => Task.FromResult<IActionResult>(View(m)), _ => nameof(UploadModel.Bestand), ConflictMelding);

    [HttpGet("Voorbeeld.csv")]
    public IActionResult Voorbeeld() =>
        File(System.Text.Encoding.UTF8.GetBytes(string.Join(';', RealisatieImporteren.Kolommen) + "\n2026-01;75759876;TO-DB;125000,00\n2026-01;Basisteam Leeuwarden;BO;410000,00\n"), "text/csv", "realisatie-voorbeeld.csv");

    private static RealisatieModel MetKeuzes(RealisatieModel model, LumpsumOverzicht overzicht)
    {
        model.Contracten = [.. overzicht.Contracten.Select(c => new SelectListItem($"{c.Aanbieder} — {c.Perceel.Tekst()}", c.Id.ToString()))];
        return model;
    }
}
