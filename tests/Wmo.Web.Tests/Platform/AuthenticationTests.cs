using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Controllers;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Platform;

public sealed class AuthenticationTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    public static TheoryData<string> DemoAccounts()
    {
        var data = new TheoryData<string>();
        foreach (var account in DemoSeeder.Accounts)
        {
            data.Add(account.Gebruikersnaam);
        }

        return data;
    }

    [Fact]
    public async Task Elke_pagina_behalve_inloggen_en_health_stuurt_een_anonieme_bezoeker_naar_het_inlogscherm()
    {
        using var client = new PortalClient(factory);
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        Assert.NotEmpty(endpoints);

        foreach (var endpoint in endpoints)
        {
            var url = "/" + endpoint.RoutePattern.RawText!
                .Replace("{controller=Home}", endpoint.Metadata.GetMetadata<ControllerActionDescriptor>()!.ControllerName, StringComparison.Ordinal)
                .Replace("{action=Index}", endpoint.Metadata.GetMetadata<ControllerActionDescriptor>()!.ActionName, StringComparison.Ordinal)
                .Replace("/{id?}", "/" + Guid.NewGuid(), StringComparison.Ordinal);
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{[^}]+\\}", Guid.NewGuid().ToString());

            var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} gaf {(int)response.StatusCode} in plaats van een doorverwijzing.");
            Assert.StartsWith("http://localhost/Account/Inloggen", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Het_inlogscherm_is_Nederlands_en_voor_iedereen_bereikbaar()
    {
        using var client = new PortalClient(factory);
        var html = await client.GetHtmlAsync("/Account/Inloggen");
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Gebruikersnaam", html, StringComparison.Ordinal);
        Assert.Contains("Wachtwoord", html, StringComparison.Ordinal);
        Assert.Contains("<title>Inloggen – Wmo-portaal</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Elk_demo_account_kan_inloggen_en_weer_uitloggen(string gebruikersnaam)
    {
        using var client = new PortalClient(factory);
        var account = DemoSeeder.Accounts.Single(a => a.Gebruikersnaam == gebruikersnaam);

        await client.LoginAsDemoAsync(gebruikersnaam);
        var start = await client.GetHtmlAsync("/");
        Assert.Contains(account.Naam, start, StringComparison.Ordinal);

        var logout = await client.PostFormAsync("/", new Dictionary<string, string>(), "/Account/Uitloggen");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var after = await client.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Inloggen", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_verkeerd_wachtwoord_geeft_een_Nederlandse_foutmelding()
    {
        using var client = new PortalClient(factory);
        var response = await client.LoginAsync("fatima.elamrani", "helemaal-verkeerd-wachtwoord");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(AccountController.OnjuisteInlog), html, StringComparison.Ordinal);
        Assert.DoesNotContain("wmo.auth", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lege_velden_geven_een_melding_bij_het_veld()
    {
        using var client = new PortalClient(factory);
        var response = await client.LoginAsync(string.Empty, string.Empty);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul uw gebruikersnaam in.", html, StringComparison.Ordinal);
        Assert.Contains("Vul uw wachtwoord in.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Gebruikersnaam\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_post_zonder_antiforgery_token_wordt_geweigerd()
    {
        using var client = new PortalClient(factory);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = "fatima.elamrani",
            ["Wachtwoord"] = DemoSeeder.DemoWachtwoord,
        });
        var response = await client.Http.PostAsync(new Uri("/Account/Inloggen", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Een_returnUrl_naar_een_andere_site_wordt_genegeerd()
    {
        using var client = new PortalClient(factory);
        var response = await client.PostFormAsync("/Account/Inloggen", new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = "anna.devries",
            ["Wachtwoord"] = DemoSeeder.DemoWachtwoord,
            ["ReturnUrl"] = "https://kwaadwillend.example/",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
