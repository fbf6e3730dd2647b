using System.Collections.Concurrent;
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
/// The monitoring dashboard's figures, kept for <see cref="Duur"/> per filter (period and wijk): they are counts over the whole
/// gemeente for the gemeenteraad (002 §5.3, §9.6) and need not be live per request; computing them takes seconds at the scale
/// of a large city (issue 15, docs/performance.md). The page shows when they were computed. One computation per filter at a
/// time: requests that arrive meanwhile do not start their own. It runs in its own scope, so a user who gives up does not break
/// it for the others; a failed computation is not kept. The CSV download stays live.
/// <list type="bullet">
/// <item>Figures younger than <see cref="Duur"/> are shown as they are.</item>
/// <item>Older figures, up to <see cref="MaximaleOuderdom"/>, are shown at once while one computation in the background makes
/// new ones (stale-while-revalidate): nobody waits seconds every five minutes (the bench saw 64 clients wait 7 s on amsterdam,
/// twenty-second round). The page says they are being updated.</item>
/// <item>Without figures, or with figures older than that, the request waits for the computation.</item>
/// </list>
/// </summary>
public sealed partial class MonitoringCache(IServiceScopeFactory scopes, TimeProvider klok, ILogger<MonitoringCache> log)
{
    /// <summary>How long computed figures are shown before they are computed again.</summary>
    public static readonly TimeSpan Duur = TimeSpan.FromMinutes(5);

    /// <summary>Up to this age, figures are still shown while new ones are computed; older ones are not shown at all.</summary>
    public static readonly TimeSpan MaximaleOuderdom = TimeSpan.FromMinutes(30);

    // Per filter: the latest computation, finished or running, and the last figures that were computed successfully.
    private readonly ConcurrentDictionary<MonitoringFilter, Lazy<Task<MonitoringCijfers>>> _berekeningen = new();
    private readonly ConcurrentDictionary<MonitoringFilter, MonitoringCijfers> _laatste = new();

    public async Task<MonitoringCijfers> CijfersAsync(MonitoringFilter filter, CancellationToken ct = default)
    {
        while (true)
        {
            var nu = klok.GetUtcNow();
            var lazy = _berekeningen.GetOrAdd(filter, Nieuw);
            var taak = lazy.Value;
            if (taak.IsCompletedSuccessfully)
            {
                if (nu - taak.Result.BerekendOp < Duur)
                {
                    return taak.Result;
                }

                // Expired: one request replaces the computation by a new one; everyone then goes round again.
                _laatste[filter] = taak.Result;
                if (_berekeningen.TryUpdate(filter, Nieuw(filter), lazy))
                {
                    RuimOp(nu);
                }

                continue;
            }

            // A failed computation (logged where it ran) is not kept: with figures still young enough to show, a new one starts
            // and those are shown meanwhile; without, this request computes anew below and sees the error if it fails again.
            if (taak.IsCompleted && !taak.IsCompletedSuccessfully && _laatste.TryGetValue(filter, out var bewaard) && nu - bewaard.BerekendOp < MaximaleOuderdom)
            {
                _ = taak.Exception; // observed here: nobody awaits a computation whose figures were shown stale
                _berekeningen.TryUpdate(filter, Nieuw(filter), lazy);
                continue;
            }

            if (!taak.IsCompleted && _laatste.TryGetValue(filter, out var vorige) && nu - vorige.BerekendOp < MaximaleOuderdom)
            {
                return vorige with { WordtBijgewerkt = true };
            }

            try
            {
                return await taak.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                _berekeningen.TryRemove(KeyValuePair.Create(filter, lazy));
                throw;
            }
        }
    }

    /// <summary>Waits for the computation of this filter that is running, if any (for callers that need the newest figures, such as tests).</summary>
    public async Task WachtOpBerekeningAsync(MonitoringFilter filter)
    {
        if (_berekeningen.TryGetValue(filter, out var lazy))
        {
            // Without its outcome: a failure was logged where it ran, and the next request computes again.
            await Task.WhenAny(lazy.Value);
        }
    }

    private Lazy<Task<MonitoringCijfers>> Nieuw(MonitoringFilter filter) => new(() => BerekenAsync(filter));

    private async Task<MonitoringCijfers> BerekenAsync(MonitoringFilter filter)
    {
        // Yield first: the Lazy runs this under its lock, the database work must not.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var lezen = scope.ServiceProvider.GetRequiredService<MonitoringLezen>();
            var berekendOp = klok.GetUtcNow();
            var figuren = new List<Figuur>();
            foreach (var sleutel in MonitoringLezen.Sleutels)
            {
                figuren.Add(await lezen.FiguurAsync(sleutel, filter, CancellationToken.None));
            }

            return new MonitoringCijfers(figuren, berekendOp);
        }
        catch (Exception e)
        {
            // A computation nobody waits for (the page showed the previous figures) must not fail unseen.
            BerekeningMislukt(log, e, filter.Van, filter.TotEnMet);
            throw;
        }
    }

    // Figures too old to show go, for every filter, so the cache holds only what was asked for in the last half hour.
    private void RuimOp(DateTimeOffset nu)
    {
        foreach (var (filter, cijfers) in _laatste)
        {
            if (nu - cijfers.BerekendOp >= MaximaleOuderdom)
            {
                _laatste.TryRemove(KeyValuePair.Create(filter, cijfers));
            }
        }

        foreach (var (filter, lazy) in _berekeningen)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && nu - lazy.Value.Result.BerekendOp >= MaximaleOuderdom)
            {
                _berekeningen.TryRemove(KeyValuePair.Create(filter, lazy));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Berekenen van de monitoringcijfers voor {Van}–{TotEnMet} mislukt")]
    private static partial void BerekeningMislukt(ILogger logger, Exception fout, DateOnly van, DateOnly totEnMet);
}
