using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using Wmo.Infrastructure.Identity;

namespace Wmo.Web.Tests.Support;

/// <summary>RFC 6238 time-based one-time codes, as an authenticator app computes them (SHA-1, 30 s, 6 digits).</summary>
public static class Totp
{
    private static readonly ConcurrentDictionary<string, long> LaatsteStap = new(StringComparer.Ordinal);

    public static string Code(string base32Sleutel, DateTimeOffset moment) =>
        EenmaligeTotpProvider.Code(EenmaligeTotpProvider.Base32(base32Sleutel), moment.ToUnixTimeSeconds() / EenmaligeTotpProvider.Stapseconden);

    /// <summary>
    /// The next code on a test's own authenticator clock (<see cref="WmoWebApplicationFactory.TotpTijd"/>): the clock moves
    /// one step on, so the code is new for the portal and no test waits for real time.
    /// </summary>
    public static string VolgendeCode(string base32Sleutel, FakeTimeProvider tijd)
    {
        ArgumentNullException.ThrowIfNull(tijd);
        lock (tijd)
        {
            tijd.Advance(TimeSpan.FromSeconds(EenmaligeTotpProvider.Stapseconden));
            return Code(base32Sleutel, tijd.GetUtcNow());
        }
    }

    /// <summary>
    /// A code that this process has not used before for this key, as a person typing the next code from the app: the portal
    /// accepts every code once (issue 9). Uses the next step (still within the window) or waits for a new one.
    /// </summary>
    public static string VolgendeCode(string base32Sleutel)
    {
        while (true)
        {
            var nu = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / EenmaligeTotpProvider.Stapseconden;
            var vorige = LaatsteStap.GetOrAdd(base32Sleutel, long.MinValue);
            var stap = Math.Max(nu, vorige + 1);
            if (stap <= nu + EenmaligeTotpProvider.Venster)
            {
                if (LaatsteStap.TryUpdate(base32Sleutel, stap, vorige))
                {
                    return EenmaligeTotpProvider.Code(EenmaligeTotpProvider.Base32(base32Sleutel), stap);
                }

                continue;
            }

            Thread.Sleep(TimeSpan.FromSeconds(1));
        }
    }
}
