using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Wmo.Application.Monitoring;

/// <summary>The dashboard's figures for one filter and the moment they were computed.</summary>
public sealed record MonitoringCijfers(IReadOnlyList<Figuur> Figuren, DateTimeOffset BerekendOp);

/// <summary>
/// The monitoring dashboard's figures, kept for <see cref="Duur"/> per filter (period and wijk): they are counts over the whole
/// gemeente for the gemeenteraad (002 §5.3, §9.6) and need not be live per request; computing them takes seconds at the scale
/// of a large city (issue 15, docs/performance.md). The page shows when they were computed. One computation per filter at a
/// time: requests that arrive meanwhile wait for it instead of starting their own. It runs in its own scope, so a user who
/// gives up does not break it for the others; a failed computation is not kept. The CSV download stays live.
/// </summary>
public sealed class MonitoringCache(IServiceScopeFactory scopes, TimeProvider klok)
{
    /// <summary>How long computed figures are shown before they are computed again.</summary>
    public static readonly TimeSpan Duur = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<MonitoringFilter, Lazy<Task<MonitoringCijfers>>> _cijfers = new();

    public async Task<MonitoringCijfers> CijfersAsync(MonitoringFilter filter, CancellationToken ct = default)
    {
        while (true)
        {
            var nu = klok.GetUtcNow();
            var lazy = _cijfers.GetOrAdd(filter, f => new Lazy<Task<MonitoringCijfers>>(() => BerekenAsync(f)));
            var taak = lazy.Value;
            if (taak.IsCompletedSuccessfully && nu - taak.Result.BerekendOp >= Duur)
            {
                _cijfers.TryRemove(KeyValuePair.Create(filter, lazy));
                RuimOp(nu);
                continue;
            }

            try
            {
                return await taak.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                _cijfers.TryRemove(KeyValuePair.Create(filter, lazy));
                throw;
            }
        }
    }

    private async Task<MonitoringCijfers> BerekenAsync(MonitoringFilter filter)
    {
        // Yield first: the Lazy runs this under its lock, the database work must not.
        await Task.Yield();
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

    // Other filters' expired figures go too, so the cache holds only what was asked for in the last few minutes.
    private void RuimOp(DateTimeOffset nu)
    {
        foreach (var (filter, lazy) in _cijfers)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && nu - lazy.Value.Result.BerekendOp >= Duur)
            {
                _cijfers.TryRemove(KeyValuePair.Create(filter, lazy));
            }
        }
    }
}
