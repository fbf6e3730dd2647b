using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;

namespace Wmo.Web.Hosting;

/// <summary>
/// Safety net: a broken business rule or a concurrent edit that a controller did not handle itself becomes a
/// Dutch message page (400 / 409) instead of a 500. Nothing was saved: SaveChanges runs last in every action.
/// </summary>
public sealed class DomeinFoutFilter(ILogger<DomeinFoutFilter> logger, IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var (status, titel, melding) = context.Exception switch
        {
            DomainException e => (StatusCodes.Status400BadRequest, "Dat kan niet", e.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Intussen gewijzigd",
                "Iemand anders heeft deze gegevens intussen gewijzigd. Er is niets overschreven. Open de pagina opnieuw en voer uw wijziging nog eens in."),
            DbUpdateException e when IsUniekFout(e) => (StatusCodes.Status409Conflict, "Bestaat al",
                "Dit bestaat al (bijvoorbeeld een naam of code die al in gebruik is). Er is niets opgeslagen. Ga terug en kies een andere waarde."),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return;
        }

        logger.LogWarning("Handeling geweigerd: {Regel}", context.Exception switch { DomainException d => d.Regel, DbUpdateConcurrencyException => "Concurrency", _ => "Uniek" });
        context.Result = new ViewResult
        {
            ViewName = "~/Views/Fout/Melding.cshtml",
            StatusCode = status,
            ViewData = new ViewDataDictionary(metadata, context.ModelState) { ["Title"] = titel, ["Melding"] = melding },
        };
        context.ExceptionHandled = true;
    }

    /// <summary>A unique index refused the row (SQLite "UNIQUE constraint failed", SQL Server errors 2601/2627): two people added the same name at once.</summary>
    private static bool IsUniekFout(DbUpdateException e) =>
        e.InnerException?.Message is { } m
        && (m.Contains("UNIQUE constraint failed", StringComparison.Ordinal) || m.Contains("duplicate key", StringComparison.OrdinalIgnoreCase));
}
