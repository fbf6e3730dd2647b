using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wmo.Application.Monitoring;

/// <summary>
/// The dashboard's figures for one filter, the moment they were computed, and whether newer figures are being computed while
/// these are shown (<see cref="WordtBijgewerkt"/>).
/// </summary>
public sealed record MonitoringCijfers(IReadOnlyList<Figuur> Figuren, DateTimeOffset BerekendOp)
{
    public bool WordtBijgewerkt { get; init; }
}

/// <summary>
/// The monitoring dashboard's figures, kept per filter (period and wijk) as <see cref="BewaardeBerekening{TSleutel, TWaarde}"/>
/// describes: they are counts over the whole gemeente for the gemeenteraad (002 §5.3, §9.6) and need not be live per request.
/// The page and its CSV downloads show the same figures (issue 15: a CSV of the figures on the screen).
/// </summary>
public sealed class MonitoringCache(IServiceScopeFactory scopes, TimeProvider klok, ILogger<MonitoringCache> log)
    : BewaardeBerekening<MonitoringFilter, IReadOnlyList<Figuur>>(scopes, klok, log)
{
    protected override string Omschrijving => "de monitoringcijfers";

    public async Task<MonitoringCijfers> CijfersAsync(MonitoringFilter filter, CancellationToken ct = default)
    {
        var bewaard = await LeesAsync(filter, ct);
        return new MonitoringCijfers(bewaard.Waarde, bewaard.BerekendOp) { WordtBijgewerkt = bewaard.WordtBijgewerkt };
    }

    protected override async Task<IReadOnlyList<Figuur>> BerekenAsync(IServiceProvider diensten, MonitoringFilter filter)
    {
        var lezen = diensten.GetRequiredService<MonitoringLezen>();
        var figuren = new List<Figuur>();
        foreach (var sleutel in MonitoringLezen.Sleutels)
        {
            figuren.Add(await lezen.FiguurAsync(sleutel, filter, CancellationToken.None));
        }

        return figuren;
    }
}
