using System.IO.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Iwmo;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Iwmo;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The outgoing WMO301s per aanbieder (issue 14): made by the same use case as <c>iwmo export</c>; only a message that
/// validated against the schema was stored, so only those are ever listed or offered; the ones that did not are shown
/// with their error after the run and stay pending.
/// </summary>
[Scherm("Iwmo")]
[Authorize(Policy = Beleid.MagBeheren)]
public sealed class IwmoUitgaandController(IwmoBerichtenLezen lezen) : WmoController
{
    private const string FoutenSleutel = "IwmoExportFouten";

    [HttpGet]
    [GeenInzage("Een lijst van berichten per aanbieder: bestandsnaam, datum en toewijzingnummers, geen namen of BSN.")]
    public async Task<IActionResult> Uitgaand(Guid? aanbiederId, int? pagina)
    {
        var nummer = Pagina<BerichtRegel>.Normaliseer(pagina);
        var grootte = Pagina<BerichtRegel>.StandaardGrootte;
        var overzicht = await lezen.UitgaandAsync(aanbiederId, nummer, grootte, HttpContext.RequestAborted);
        var fouten = TempData[FoutenSleutel] as string[] ?? [];
        return View(new UitgaandPagina(overzicht, new Pagina<BerichtRegel>(overzicht.Berichten, nummer, grootte, overzicht.Totaal), fouten));
    }

    /// <summary>"Maak de openstaande WMO301's aan": each validated before it is stored; one that does not validate is reported, not offered.</summary>
    [HttpPost]
    public Task<IActionResult> Versturen(VersturenModel model, [FromServices] IwmoExporteren exporteren) =>
        PostAsync(model, async m =>
        {
            var resultaat = await exporteren.ExporteerAsync(null, HttpContext.RequestAborted);
            // The first twenty (TempData travels in a cookie); the rest stays pending and shows again at the next run.
            TempData[FoutenSleutel] = resultaat.Fouten.Take(20)
                .Select(f => $"WMO301 voor {f.Aanbieder} (toewijzing {string.Join(", ", f.ToewijzingNummers)}) is niet aangemaakt: het voldoet niet aan het iWmo-schema ({string.Join("; ", f.Fouten.Take(3))}). De toewijzing blijft openstaan.")
                .ToArray();
            var melding = resultaat.Bestanden.Count == 0 && resultaat.Fouten.Count == 0
                ? "Er waren geen openstaande toewijzingen om te versturen."
                : $"{resultaat.Bestanden.Count} WMO301-{(resultaat.Bestanden.Count == 1 ? "bericht is" : "berichten zijn")} aangemaakt en gecontroleerd; {resultaat.Fouten.Count} geweigerd door de schemacontrole.";
            return Bevestigd(melding, nameof(Uitgaand), new { aanbiederId = m.AanbiederId });
        }, m => RedirectToAction(nameof(Uitgaand), new { aanbiederId = m.AanbiederId }));

    /// <summary>All WMO301s of one run for one aanbieder as one zip.</summary>
    [HttpGet]
    [GeenInzage("Elk bericht in de zip wordt door IwmoBerichtenLezen.BatchAsync als inzage van zijn inwoner vastgelegd.")]
    public async Task<IActionResult> Batch(Guid id, Guid aanbiederId)
    {
        var bestanden = await lezen.BatchAsync(id, aanbiederId, HttpContext.RequestAborted);
        if (bestanden.Count == 0)
        {
            return NotFound();
        }

        var zip = new MemoryStream();
        using (var archief = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var bestand in bestanden)
            {
                using var stroom = archief.CreateEntry(bestand.Bestandsnaam, CompressionLevel.Fastest).Open();
                stroom.Write(System.Text.Encoding.UTF8.GetBytes(bestand.Inhoud));
            }
        }

        zip.Position = 0;
        return File(zip, "application/zip", $"WMO301_batch_{id:N}.zip");
    }
}
