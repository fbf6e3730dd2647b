using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Authorization;

/// <summary>
/// Rate limiting of sign-in, 2FA and recovery codes (issue 9, ASVS 2.2.1), with ASP.NET Core's rate limiter: per client
/// address (the <see cref="Beleid"/> <c>inloggen</c> on those actions) and per account (this class, asked by the
/// actions with the attempted user name). Limits from <c>Beveiliging:InlogpogingenPerAdresPerMinuut</c> (default 30) and
/// <c>Beveiliging:InlogpogingenPerAccountPerMinuut</c> (default 10). Identity's lockout (5 wrong, 15 minutes) stays as well.
/// </summary>
public sealed class InlogBegrenzer : IDisposable
{
    public const string Beleidsnaam = "inloggen";

    private readonly PartitionedRateLimiter<string> _perAccount;

    public InlogBegrenzer(IConfiguration configuration)
    {
        var perMinuut = configuration.GetValue("Beveiliging:InlogpogingenPerAccountPerMinuut", 10);
        _perAccount = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(account,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>False when this account had too many attempts this minute.</summary>
    public bool MagProberen(string account)
    {
        using var toestemming = _perAccount.AttemptAcquire(account.Trim().ToUpperInvariant());
        return toestemming.IsAcquired;
    }

    public void Dispose() => _perAccount.Dispose();

    /// <summary>The per-address policy; a refusal is the Dutch 429 page.</summary>
    public static void Registreer(RateLimiterOptions options, IConfiguration configuration)
    {
        var perMinuut = configuration.GetValue("Beveiliging:InlogpogingenPerAdresPerMinuut", 30);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Beleidsnaam, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>For the audit trail: an unknown user name is stored as a hash, so a password typed in the name field is not kept.</summary>
    public static string Gehasht(string gebruikersnaam) =>
        "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(gebruikersnaam.Trim().ToUpperInvariant())))[..16].ToLowerInvariant();

    public static string Adres(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    /// <summary>A failed sign-in in the audit trail: the (hashed, when unknown) user name and the client address.</summary>
    public static Task LegMisluktVastAsync(WmoDbContext db, HttpContext context, string wie, string waarom) =>
        db.LegVastAsync(new AuditGebeurtenis(AuditActie.Geweigerd, "Inloggen", wie,
            Details: $"Inloggen mislukt ({waarom}) vanaf {Adres(context)}", Geslaagd: false));
}
