using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Iwmo;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Iwmo;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The history of iWmo messages on the household dossier (issue 14): what went to and came from the aanbieders.</summary>
[Scherm("Huishouden")]
[Inzage(Dossierdeel.Huishouden)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class HuishoudenBerichtenController(DossierToegang toegang, IwmoBerichtenLezen lezen) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Berichten(Guid id, int? pagina)
    {
        if (await toegang.HuishoudenAsync(User, id, HttpContext.RequestAborted) is not { } huishouden)
        {
            return NotFound();
        }

        var nummer = Pagina<BerichtRegel>.Normaliseer(pagina);
        var grootte = Pagina<BerichtRegel>.StandaardGrootte;
        var (berichten, totaal) = await lezen.GeschiedenisAsync(id, nummer, grootte, HttpContext.RequestAborted);
        return View(new BerichtenPagina(id, huishouden.Naam, new Pagina<BerichtRegel>(berichten, nummer, grootte, totaal)));
    }
}
