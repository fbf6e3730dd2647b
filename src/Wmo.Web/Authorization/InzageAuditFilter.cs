using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Authorization;

/// <summary>
/// Records every read of a dossier page (and every print/PDF of a letter) in the audit trail, with the inwoner
/// and household it concerns, and every refused attempt on a record (a guessed or foreign id → 404). Changes
/// are audited by <see cref="WmoDbContext"/> itself. Which pages show whose data is declared at each action with
/// <see cref="InzageAttribute"/>.
/// The filter runs after the action and before its result (the view) executes, and awaits the commit of the entry
/// (<see cref="InzageLogboek"/>: with other requests' reads in one transaction): when that fails, the request fails and
/// the page is not shown (docs/privacy-en-beveiliging.md, "Inzage vastleggen").
/// </summary>
public sealed class InzageAuditFilter(WmoDbContext db, InzageLogboek logboek, WeigeringsDrempel drempel) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var uitgevoerd = await next();

        // Endpoint metadata lists the controller's attributes before the action's, so the action's declaration wins.
        var pagina = context.ActionDescriptor.EndpointMetadata.OfType<InzageAttribute>().LastOrDefault();
        if (pagina is null)
        {
            return;
        }

        if (!Guid.TryParse(context.RouteData.Values[pagina.Sleutel]?.ToString() ?? context.HttpContext.Request.Query[pagina.Sleutel].ToString(), out var id))
        {
            return;
        }

        var geweigerd = uitgevoerd.Result is NotFoundResult or NotFoundObjectResult or ForbidResult or ViewResult { StatusCode: StatusCodes.Status403Forbidden };
        var getoond = HttpMethods.IsGet(context.HttpContext.Request.Method) && uitgevoerd.Exception is null
            && uitgevoerd.Result is ViewResult or FileResult or PartialViewResult;
        if (!geweigerd && !getoond)
        {
            return;
        }

        var controller = context.RouteData.Values["controller"] as string ?? string.Empty;
        var actie = context.RouteData.Values["action"] as string ?? string.Empty;
        var gebeurtenissen = new List<AuditGebeurtenis>(2);
        if (geweigerd && !drempel.Tel(context.HttpContext, gebeurtenissen))
        {
            if (gebeurtenissen.Count > 0)
            {
                await logboek.LegVastAsync(gebeurtenissen, context.HttpContext.RequestAborted);
            }

            return;
        }

        // Also a refusal names the inwoner and household it was aimed at (when the id exists), so it shows in their overview.
        var (inwoner, huishouden) = await BetrokkenenAsync(pagina.Deel, id);
        gebeurtenissen.Add(new AuditGebeurtenis(
            geweigerd ? AuditActie.Geweigerd : pagina.Actie,
            pagina.Deel.ToString(),
            id.ToString(),
            inwoner,
            huishouden,
            Details: $"{controller}/{actie}",
            Geslaagd: !geweigerd));
        await logboek.LegVastAsync(gebeurtenissen, context.HttpContext.RequestAborted);
    }

    /// <summary>Which inwoner and household a record belongs to, so the privacy overview per inwoner finds the read.</summary>
    private async Task<(Guid? Inwoner, Guid? Huishouden)> BetrokkenenAsync(Dossierdeel deel, Guid id)
    {
        switch (deel)
        {
            case Dossierdeel.Huishouden:
                return (null, id);
            case Dossierdeel.Vraag:
                return await VanVraagAsync(id);
            case Dossierdeel.Advies:
                return await VanVraagAsync(await db.Adviezen.Where(a => a.Id == id).Select(a => a.VraagId).SingleOrDefaultAsync());
            case Dossierdeel.Beschikking:
                return await VanVraagAsync(await db.Beschikkingen.Where(b => b.Id == id).Select(b => b.VraagId).SingleOrDefaultAsync());
            case Dossierdeel.Bezwaar:
                var beschikking = await db.Bezwaren.Where(b => b.Id == id).Select(b => b.BeschikkingId).SingleOrDefaultAsync();
                return await VanVraagAsync(await db.Beschikkingen.Where(b => b.Id == beschikking).Select(b => b.VraagId).SingleOrDefaultAsync());
            case Dossierdeel.EersteContact:
                var vraag = await db.EersteContacten.Where(c => c.Id == id).Select(c => c.OndersteuningsvraagId).SingleOrDefaultAsync();
                return vraag is { } v ? await VanVraagAsync(v) : (null, null);
            case Dossierdeel.Plan:
                return (null, await db.Ondersteuningsplannen.Where(p => p.Id == id).Select(p => (Guid?)p.HuishoudenId).SingleOrDefaultAsync());
            case Dossierdeel.Klacht:
                return (null, await db.Klachten.Where(k => k.Id == id).Select(k => (Guid?)k.HuishoudenId).SingleOrDefaultAsync());
            case Dossierdeel.LegacyBeschikking:
                var legacy = await db.LegacyBeschikkingen.Where(l => l.Id == id).Select(l => new { l.InwonerId, l.HuishoudenId }).SingleOrDefaultAsync();
                return (legacy?.InwonerId, legacy?.HuishoudenId);
            case Dossierdeel.IwmoBericht:
                var bericht = await db.IwmoBerichten.Where(b => b.Id == id).Select(b => new { b.InwonerId, b.HuishoudenId }).SingleOrDefaultAsync();
                return (bericht?.InwonerId, bericht?.HuishoudenId);
            case Dossierdeel.VerzoekOmToewijzing:
                var verzoek = await db.VerzoekenOmToewijzing.Where(v => v.Id == id).Select(v => new { v.InwonerId, v.HuishoudenId }).SingleOrDefaultAsync();
                return (verzoek?.InwonerId, verzoek?.HuishoudenId);
            default:
                throw new ArgumentOutOfRangeException(nameof(deel), deel, "Onbekend dossierdeel.");
        }
    }

    private async Task<(Guid? Inwoner, Guid? Huishouden)> VanVraagAsync(Guid vraagId)
    {
        var vraag = await db.Ondersteuningsvragen.Where(v => v.Id == vraagId).Select(v => new { v.InwonerId, v.HuishoudenId }).SingleOrDefaultAsync();
        return (vraag?.InwonerId, vraag?.HuishoudenId);
    }
}
