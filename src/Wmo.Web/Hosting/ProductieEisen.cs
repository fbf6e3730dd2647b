using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Wmo.Infrastructure.Beveiliging;

namespace Wmo.Web.Hosting;

/// <summary>
/// Production behind a TLS-terminating load balancer (docs/operations.md, issue 9): forwarded headers trusted only from
/// known proxies, HSTS one year with subdomains, every cookie Secure, no <c>Server</c> header; and outside Development
/// the portal refuses to start without the settings that make this safe.
/// </summary>
public static class ProductieEisen
{
    public const string ProxiesInstelling = "Beveiliging:VertrouwdeProxies";
    public const string NetwerkenInstelling = "Beveiliging:VertrouwdeNetwerken";
    public const string HttpsInstelling = "Beveiliging:HttpsAfdwingen";

    /// <summary>
    /// Everything reads the configuration from the container (when the options are first used), not from the builder:
    /// WebApplicationFactory adds its configuration only at <c>Build()</c>.
    /// </summary>
    public static WebApplicationBuilder AddProductieEisen(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        // Where the portal ends TLS itself (Beveiliging:HttpsAfdwingen): HTTP is sent on for good, like HSTS says.
        builder.Services.AddHttpsRedirection(https => https.RedirectStatusCode = StatusCodes.Status308PermanentRedirect);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((opties, configuration) =>
        {
            opties.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Only the configured load balancer: by default ASP.NET trusts loopback, here nothing unless configured.
            opties.KnownProxies.Clear();
            opties.KnownIPNetworks.Clear();
            foreach (var proxy in Proxies(configuration).Adressen)
            {
                opties.KnownProxies.Add(proxy);
            }

            foreach (var netwerk in Proxies(configuration).Netwerken)
            {
                opties.KnownIPNetworks.Add(netwerk);
            }
        });

        // Every cookie (session, antiforgery, TempData, the two-factor step) Secure outside Development, whoever sets it.
        builder.Services.AddOptions<CookiePolicyOptions>().Configure<IHostEnvironment>((opties, omgeving) =>
            opties.Secure = omgeving.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        return builder;
    }

    /// <summary>After <c>Build()</c>, on the final configuration: stops the start with what is missing, in Dutch.</summary>
    public static void ControleerProductieEisen(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ontbrekend = Ontbrekend(app.Configuration, app.Environment);
        if (ontbrekend.Count > 0)
        {
            throw new InvalidOperationException(
                $"Het portaal start niet in de omgeving {app.Environment.EnvironmentName}. Stel in (zie docs/operations.md): "
                + string.Join(" ", ontbrekend.Select((o, i) => $"({i + 1}) {o}")));
        }
    }

    public static IReadOnlyList<string> Ontbrekend(IConfiguration configuration, IHostEnvironment omgeving)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(omgeving);
        if (omgeving.IsDevelopment())
        {
            return [];
        }

        var ontbrekend = new List<string>();
        if (configuration["AllowedHosts"] is not { } hosts || string.IsNullOrWhiteSpace(hosts)
            || hosts.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(h => h == "*"))
        {
            ontbrekend.Add("AllowedHosts: de hostnamen van het portaal, gescheiden door ';' (niet '*').");
        }

        var proxies = Proxies(configuration);
        if (proxies.Ongeldig.Count > 0)
        {
            ontbrekend.Add($"{ProxiesInstelling}/{NetwerkenInstelling}: ongeldig adres {string.Join(", ", proxies.Ongeldig)}.");
        }
        else if (proxies.Adressen.Count == 0 && proxies.Netwerken.Count == 0 && !configuration.GetValue(HttpsInstelling, false))
        {
            ontbrekend.Add($"{ProxiesInstelling} (de adressen van de load balancer die TLS afhandelt, of {NetwerkenInstelling} als netwerk) "
                + $"of {HttpsInstelling}=true (het portaal handelt TLS zelf af).");
        }

        if (Sleutelbescherming.Probleem(configuration) is { } sleutels)
        {
            ontbrekend.Add(sleutels);
        }

        return ontbrekend;
    }

    /// <summary>First in the pipeline: the client's scheme and address from a known proxy, HSTS, HTTPS, Secure cookies.</summary>
    public static void UseProductieEisen(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            if (app.Configuration.GetValue(HttpsInstelling, false))
            {
                app.UseHttpsRedirection();
            }
        }

        app.UseCookiePolicy();
    }

    private static (IReadOnlyList<IPAddress> Adressen, IReadOnlyList<System.Net.IPNetwork> Netwerken, IReadOnlyList<string> Ongeldig) Proxies(IConfiguration configuration)
    {
        var adressen = new List<IPAddress>();
        var netwerken = new List<System.Net.IPNetwork>();
        var ongeldig = new List<string>();
        foreach (var waarde in configuration.GetSection(ProxiesInstelling).Get<string[]>() ?? [])
        {
            if (IPAddress.TryParse(waarde, out var adres))
            {
                adressen.Add(adres);
            }
            else
            {
                ongeldig.Add(waarde);
            }
        }

        foreach (var waarde in configuration.GetSection(NetwerkenInstelling).Get<string[]>() ?? [])
        {
            if (System.Net.IPNetwork.TryParse(waarde, out var netwerk))
            {
                netwerken.Add(netwerk);
            }
            else
            {
                ongeldig.Add(waarde);
            }
        }

        return (adressen, netwerken, ongeldig);
    }
}
