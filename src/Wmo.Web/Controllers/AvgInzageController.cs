using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Avg;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Brieven;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// AVG art. 15, "all my data": produced by the regievoerder of the inwoner's current household, the professional who
/// already sees the dossier and speaks with the inwoner (docs/privacy-en-beveiliging.md). Not by the beheerder, who
/// sees no dossier content. The export holds only the person's own data (<see cref="InzageExport"/>).
/// </summary>
[GeenInzage("de export legt zelf 'Exporteren' vast met de inwoner (InzageExport.VerzamelAsync)")]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class AvgInzageController(WmoDbContext db, InzageExport inzage, BriefWeergave weergave, IPdfRenderer pdf, WmoBeleid beleid, TimeProvider klok) : Controller
{
    /// <summary>Everything stored about the inwoner, as a JSON file.</summary>
    [HttpPost]
    public async Task<IActionResult> Gegevens(Guid id, CancellationToken cancellationToken)
    {
        var huishoudenId = await HuishoudenAlsRegievoerderAsync(id, cancellationToken);
        var dossier = huishoudenId is null ? null : await inzage.VerzamelAsync(id, cancellationToken);
        return dossier is null
            ? NotFound()
            : File(Encoding.UTF8.GetBytes(InzageExport.AlsJson(dossier)), "application/json", "gegevens-inwoner.json");
    }

    /// <summary>The same as a readable letter (PDF), with who accessed or changed the data.</summary>
    [HttpPost]
    public async Task<IActionResult> Brief(Guid id, CancellationToken cancellationToken)
    {
        var huishoudenId = await HuishoudenAlsRegievoerderAsync(id, cancellationToken);
        var dossier = huishoudenId is null ? null : await inzage.VerzamelAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        var toegang = await (await inzage.ToegangsregelsVanAsync(id, cancellationToken)).OrderBy(r => r.Volgnummer).ToListAsync(cancellationToken);
        var terug = $"/Huishouden/Details/{huishoudenId}";
        var brief = new Inzagebrief("Uw gegevens in het Wmo-portaal", klok.Vandaag(), $"AVG-{klok.Vandaag():yyyyMMdd}",
            Geadresseerde.Van(dossier.Inwoner), string.Empty, terug, dossier, toegang, beleid);
        try
        {
            var html = await weergave.RenderAsync(ControllerContext, "Inzagebrief", brief);
            return File(await pdf.RenderAsync(html, cancellationToken), "application/pdf", "gegevens-inwoner.pdf");
        }
        catch (PdfMislukt e)
        {
            TempData["Melding"] = e.Message + " Gebruik zolang de JSON-export.";
            return Redirect(terug);
        }
    }

    /// <summary>The inwoner's current household when the signed-in sociaal werker is its regievoerder; otherwise null.</summary>
    private Task<Guid?> HuishoudenAlsRegievoerderAsync(Guid inwonerId, CancellationToken cancellationToken)
    {
        var mij = User.Id();
        return db.Huishoudens
            .Where(h => h.RegievoerderId == mij && h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId && l.Tot == null))
            .Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
