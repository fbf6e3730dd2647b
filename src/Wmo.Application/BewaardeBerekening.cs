using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmo.Domain.Common;

namespace Wmo.Application;

/// <summary>
/// A value kept by a <see cref="BewaardeBerekening{TSleutel, TWaarde}"/>, the moment it was computed, and whether a newer one is
/// being computed while this one is shown (<see cref="WordtBijgewerkt"/>).
/// </summary>
public sealed record Bewaard<TWaarde>(TWaarde Waarde, DateTimeOffset BerekendOp)
{
    public bool WordtBijgewerkt { get; init; }
}

/// <summary>
/// Figures over the whole gemeente that take seconds to compute at the scale of a large city (issue 15, docs/performance.md),
/// kept for <see cref="Duur"/> per key; the page that shows them says when they were computed. One computation per key at a
/// time: requests that arrive meanwhile do not start their own. It runs in its own scope, so a user who gives up does not break
/// it for the others; a failed computation is not kept.
/// <list type="bullet">
/// <item>A value younger than <see cref="Duur"/> is shown as it is.</item>
/// <item>An older one, up to <see cref="MaximaleOuderdom"/>, is shown at once while one computation in the background makes a
/// new one (stale-while-revalidate): nobody waits seconds every five minutes (the bench saw 64 clients wait 7 s on the
/// dashboard of amsterdam, twenty-second round). The page says it is being updated.</item>
/// <item>Without a value, or with one older than that, the request waits for the computation.</item>
/// </list>
/// </summary>
public abstract partial class BewaardeBerekening<TSleutel, TWaarde>(IServiceScopeFactory scopes, TimeProvider klok, ILogger log)
    where TSleutel : notnull
{
    /// <summary>How long a computed value is shown before it is computed again.</summary>
    public static readonly TimeSpan Duur = TimeSpan.FromMinutes(5);

    /// <summary>Up to this age, a value is still shown while a new one is computed; an older one is not shown at all.</summary>
    public static readonly TimeSpan MaximaleOuderdom = TimeSpan.FromMinutes(30);

    // Per key: the latest computation, finished or running, and the last value that was computed successfully.
    private readonly ConcurrentDictionary<TSleutel, Lazy<Task<Bewaard<TWaarde>>>> _berekeningen = new();
    private readonly ConcurrentDictionary<TSleutel, Bewaard<TWaarde>> _laatste = new();

    /// <summary>What is computed, in a few words, for the log when a computation fails.</summary>
    protected abstract string Omschrijving { get; }

    /// <summary>Computes the value of <paramref name="sleutel"/> with the services of its own scope.</summary>
    protected abstract Task<TWaarde> BerekenAsync(IServiceProvider diensten, TSleutel sleutel);

    /// <summary>The value of <paramref name="sleutel"/>: kept, kept while a new one is computed, or computed now.</summary>
    protected async Task<Bewaard<TWaarde>> LeesAsync(TSleutel sleutel, CancellationToken ct)
    {
        while (true)
        {
            var nu = klok.GetUtcNow();
            var lazy = _berekeningen.GetOrAdd(sleutel, Nieuw);
            var taak = lazy.Value;
            if (taak.IsCompletedSuccessfully)
            {
                if (nu - taak.Result.BerekendOp < Duur)
                {
                    return taak.Result;
                }

                // Expired: one request replaces the computation by a new one; everyone then goes round again.
                _laatste[sleutel] = taak.Result;
                if (_berekeningen.TryUpdate(sleutel, Nieuw(sleutel), lazy))
                {
                    RuimOp(nu);
                }

                continue;
            }

            // A failed computation (logged where it ran) is not kept: with a value still young enough to show, a new one starts
            // and that value is shown meanwhile; without, this request computes anew below and sees the error if it fails again.
            if (taak.IsCompleted && !taak.IsCompletedSuccessfully && _laatste.TryGetValue(sleutel, out var bewaard) && nu - bewaard.BerekendOp < MaximaleOuderdom)
            {
                _ = taak.Exception; // observed here: nobody awaits a computation whose value was shown stale
                _berekeningen.TryUpdate(sleutel, Nieuw(sleutel), lazy);
                continue;
            }

            if (!taak.IsCompleted && _laatste.TryGetValue(sleutel, out var vorige) && nu - vorige.BerekendOp < MaximaleOuderdom)
            {
                return vorige with { WordtBijgewerkt = true };
            }

            try
            {
                return await taak.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                _berekeningen.TryRemove(KeyValuePair.Create(sleutel, lazy));
                throw;
            }
        }
    }

    /// <summary>
    /// Keeps a value that a caller has just computed itself from the database (fresh and exact), as the newest for
    /// <paramref name="sleutel"/>: a computation still running from before is no longer what the next request gets.
    /// </summary>
    protected void Bewaar(TSleutel sleutel, TWaarde waarde, DateTimeOffset berekendOp) =>
        _berekeningen[sleutel] = new Lazy<Task<Bewaard<TWaarde>>>(Task.FromResult(new Bewaard<TWaarde>(waarde, berekendOp)));

    /// <summary>Waits for the computation of this key that is running, if any (for callers that need the newest value, such as tests).</summary>
    public async Task WachtOpBerekeningAsync(TSleutel sleutel)
    {
        if (_berekeningen.TryGetValue(sleutel, out var lazy))
        {
            // Without its outcome: a failure was logged where it ran, and the next request computes again.
            await Task.WhenAny(lazy.Value);
        }
    }

    private Lazy<Task<Bewaard<TWaarde>>> Nieuw(TSleutel sleutel) => new(() => BerekenMetScopeAsync(sleutel));

    private async Task<Bewaard<TWaarde>> BerekenMetScopeAsync(TSleutel sleutel)
    {
        // Yield first: the Lazy runs this under its lock, the database work must not.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var berekendOp = klok.GetUtcNow();
            return new Bewaard<TWaarde>(await BerekenAsync(scope.ServiceProvider, sleutel), berekendOp);
        }
        catch (Exception e) when (e is not DomainException)
        {
            // A computation nobody waits for (the page showed the previous value) must not fail unseen; a domain error (such
            // as a month without a tariff) is the answer to the request and shown there.
            BerekeningMislukt(log, e, Omschrijving, sleutel.ToString());
            throw;
        }
    }

    // Values too old to show go, for every key, so only what was asked for in the last half hour is kept.
    private void RuimOp(DateTimeOffset nu)
    {
        foreach (var (sleutel, bewaard) in _laatste)
        {
            if (nu - bewaard.BerekendOp >= MaximaleOuderdom)
            {
                _laatste.TryRemove(KeyValuePair.Create(sleutel, bewaard));
            }
        }

        foreach (var (sleutel, lazy) in _berekeningen)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && nu - lazy.Value.Result.BerekendOp >= MaximaleOuderdom)
            {
                _berekeningen.TryRemove(KeyValuePair.Create(sleutel, lazy));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Berekenen van {Omschrijving} voor {Sleutel} mislukt")]
    private static partial void BerekeningMislukt(ILogger logger, Exception fout, string omschrijving, string? sleutel);
}
