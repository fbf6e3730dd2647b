using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Monitoring;
using Wmo.Web.Authorization;
using Wmo.Web.Grafieken;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The monitoring dashboard (002 §5.3, §9.6): every figure for a chosen period and wijk, as chart, table and CSV.</summary>
[Authorize(Policy = Beleid.MagSturingInzien)]
[Route("Monitoring")]
[GeenInzage("sturingscijfers: alleen aantallen en bedragen per pijler, perceel, aanbieder of buurtkamer, geen gegevens van inwoners")]
public sealed class MonitoringController(MonitoringLezen monitoring, MonitoringCache cache, TimeProvider klok) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? van, string? tot, Guid? wijk)
    {
        var (filter, fout) = Filter(van, tot, wijk);
        // The figures are a few minutes old (MonitoringCache); the page says when they were computed and whether newer ones are coming.
        var cijfers = await cache.CijfersAsync(filter, HttpContext.RequestAborted);
        var wijken = await monitoring.WijkenAsync(HttpContext.RequestAborted);
        return View(new Models.Sturing.MonitoringPagina(filter, fout, wijken, cijfers.Figuren) { BerekendOp = cijfers.BerekendOp, WordtBijgewerkt = cijfers.WordtBijgewerkt });
    }

    [HttpGet("Csv/{figuur}")]
    public async Task<IActionResult> Csv(string figuur, string? van, string? tot, Guid? wijk)
    {
        if (!MonitoringLezen.Sleutels.Contains(figuur))
        {
            return NotFound();
        }

        // The figures the dashboard shows for this filter (issue 15: was a live computation of up to ~1 s per download at the
        // scale of amsterdam, and could differ from the screen); the file name says when they were computed.
        var (filter, _) = Filter(van, tot, wijk);
        var cijfers = await cache.CijfersAsync(filter, HttpContext.RequestAborted);
        var inhoud = cijfers.Figuren.Single(f => f.Sleutel == figuur);
        var berekend = TimeZoneInfo.ConvertTime(cijfers.BerekendOp, Klok.Amsterdam);
        return File(FiguurCsv.Schrijf(inhoud), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"monitoring-{figuur}-{filter.Van:yyyy-MM}-{filter.TotEnMet:yyyy-MM}-cijfers-van-{berekend:yyyy-MM-dd-HHmm}.csv"));
    }

    /// <summary>Months as jjjj-mm; the default is January of this year up to this month. A wrong period falls back with a message.</summary>
    private (MonitoringFilter Filter, string? Fout) Filter(string? van, string? tot, Guid? wijk)
    {
        var vandaag = klok.Vandaag();
        var standaardVan = new DateOnly(vandaag.Year, 1, 1);
        var standaardTot = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(1).AddDays(-1);
        var vanMaand = Maand(van);
        var totMaand = Maand(tot);
        string? fout = null;
        if ((van is { Length: > 0 } && vanMaand is null) || (tot is { Length: > 0 } && totMaand is null))
        {
            fout = "Vul de maanden in als jjjj-mm, bijvoorbeeld 2026-01. De standaardperiode wordt getoond.";
            vanMaand = totMaand = null;
        }
        else if (vanMaand is { } v && totMaand is { } t && (t < v || t.Year - v.Year > 5))
        {
            fout = "De periode moet lopen van een eerdere naar een latere maand, hoogstens vijf jaar. De standaardperiode wordt getoond.";
            vanMaand = totMaand = null;
        }

        var begin = vanMaand ?? standaardVan;
        var einde = totMaand is { } e ? e.AddMonths(1).AddDays(-1) : standaardTot;
        if (einde < begin)
        {
            einde = begin.AddMonths(1).AddDays(-1);
        }

        return (new MonitoringFilter(begin, einde, wijk), fout);
    }

    private static DateOnly? Maand(string? tekst) =>
        DateOnly.TryParseExact(tekst + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100 ? d : null;
}
