using System.Collections.Concurrent;
using Wmo.Infrastructure.Audit;

namespace Wmo.Web.Authorization;

/// <summary>
/// Refused attempts are audited, but a loop must not flood the audit trail (issue 9): per user (or address) at most
/// <see cref="PerMinuut"/> rows a minute; the rest of that minute is counted and written as one row with the number
/// at the next refusal. The fact that it happened is never lost, only the repeats are aggregated.
/// </summary>
public sealed class WeigeringsDrempel(TimeProvider klok)
{
    public const int PerMinuut = 10;

    private readonly ConcurrentDictionary<string, Venster> _vensters = new(StringComparer.Ordinal);

    /// <summary>Whether to write this refusal, and how many refusals of an earlier minute were left out (0: none).</summary>
    public (bool Schrijf, int Onderdrukt) Beslis(string wie)
    {
        var minuut = klok.GetUtcNow().ToUnixTimeSeconds() / 60;
        var onderdrukt = 0;
        var venster = _vensters.AddOrUpdate(wie, _ => new Venster(minuut, 1, 0), (_, oud) =>
        {
            if (oud.Minuut == minuut)
            {
                return oud with { Aantal = oud.Aantal + 1 };
            }

            onderdrukt = Math.Max(0, oud.Aantal - PerMinuut);
            return new Venster(minuut, 1, onderdrukt);
        });
        return (venster.Aantal <= PerMinuut, venster.Aantal == 1 ? venster.OnderdruktVorige : 0);
    }

    /// <summary>
    /// Counts a refusal of the request's user (or address): adds to <paramref name="gebeurtenissen"/> the summary of an
    /// earlier minute's surplus, if any, and returns whether this refusal itself is to be written.
    /// </summary>
    public bool Tel(HttpContext http, List<AuditGebeurtenis> gebeurtenissen)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(gebeurtenissen);
        var (schrijf, onderdrukt) = Beslis(http.User.Identity?.Name ?? InlogBegrenzer.Adres(http));
        if (onderdrukt > 0)
        {
            gebeurtenissen.Add(new AuditGebeurtenis(AuditActie.Geweigerd, "Samenvatting", null,
                Details: $"{onderdrukt} verdere geweigerde pogingen in één minuut, samengevat", Geslaagd: false));
        }

        return schrijf;
    }

    private sealed record Venster(long Minuut, int Aantal, int OnderdruktVorige);
}
