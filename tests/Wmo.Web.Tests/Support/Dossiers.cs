using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Support;

public sealed record IngediendAdvies(Guid AdviesId, Guid VraagId, Guid InwonerId, string InwonerNaam);

/// <summary>Arranges dossiers for the toetsing, letter and bezwaar tests through the domain (DossierBouwer).</summary>
public static class Dossiers
{
    /// <summary>Fatima (Buurtkamer Oost) submitted an advies for "AO-TO" today, on an aanvraag of today.</summary>
    public static Task<IngediendAdvies> IngediendAdviesAsync(WmoWebApplicationFactory factory, string achternaam = "de Boer", Func<WmoDbContext, Domain.Vragen.Ondersteuningsvraag, Task>? extra = null) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var vandaag = factory.Klok.Vandaag();
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Pieter", achternaam, new DateOnly(1996, 4, 2), "Vlietsingel", 3, "8913AB", "Leeuwarden");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-20));
            var advies = await bouwer.IngediendAdviesAsync(vraag, fatima, vandaag);
            if (extra is not null)
            {
                var db = sp.GetRequiredService<WmoDbContext>();
                await extra(db, vraag);
                db.Bewaar(vraag);
                await db.SaveChangesAsync();
            }

            return new IngediendAdvies(advies.Id, vraag.Id, inwoner.Id, $"Pieter {achternaam}");
        });

    /// <summary>Marieke approves the advies over HTTP; returns the id of the issued (not yet sent) beschikking.</summary>
    public static async Task<Guid> BeschiktAsync(WmoWebApplicationFactory factory, IngediendAdvies advies)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        return await BeschiktAsync(client, advies);
    }

    private static async Task<Guid> BeschiktAsync(PortalClient client, IngediendAdvies advies)
    {
        var response = await ToetsAsync(client, advies.AdviesId, Formulier("Goedkeuren"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var locatie = response.Headers.Location!.ToString();
        Assert.StartsWith("/Toetsing/Beschikking/", locatie, StringComparison.Ordinal);
        return Guid.Parse(locatie["/Toetsing/Beschikking/".Length..]);
    }

    /// <summary>A beschikking issued (approved by Marieke over HTTP) on a fresh advies and sent today, as stored.</summary>
    public static async Task<Domain.Besluiten.Beschikking> BeschikkingAsync(WmoWebApplicationFactory factory, string achternaam)
    {
        var advies = await IngediendAdviesAsync(factory, achternaam);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        var id = await BeschiktAsync(client, advies);
        await VerzendAsync(factory, client, id);
        return await factory.LeesAsync(db => db.Beschikkingen.AsNoTracking().SingleAsync(b => b.Id == id));
    }

    /// <summary>A beschikking issued (approved by Marieke over HTTP) and its letter sent today (Awb 3:41: sent, then known).</summary>
    public static async Task<Guid> BeschiktEnVerzondenAsync(WmoWebApplicationFactory factory, IngediendAdvies advies)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("marieke.hoekstra");
        var id = await BeschiktAsync(client, advies);
        await VerzendAsync(factory, client, id);
        return id;
    }

    private static async Task VerzendAsync(WmoWebApplicationFactory factory, PortalClient toetser, Guid beschikkingId)
    {
        var verzonden = await toetser.PostFormAsync($"/Toetsing/Verzenden/{beschikkingId}", new Dictionary<string, string>
        {
            ["Verzonden"] = factory.Klok.Vandaag().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, verzonden.StatusCode);
    }

    /// <summary>Posts the toets form with the advies version the page showed (optimistic concurrency).</summary>
    public static async Task<HttpResponseMessage> ToetsAsync(PortalClient client, Guid adviesId, Dictionary<string, string> velden)
    {
        var url = $"/Toetsing/Advies/{adviesId}";
        var html = await client.GetHtmlAsync(url);
        var versie = Regex.Match(html, "id=\"Versie\" name=\"Versie\" value=\"([^\"]*)\"");
        velden["Versie"] = versie.Success ? versie.Groups[1].Value : Guid.Empty.ToString();
        return await client.PostFormAsync(url, velden);
    }

    public static Dictionary<string, string> Formulier(string besluit, string opmerking = "", string motivering = "") => new()
    {
        ["Besluit"] = besluit,
        ["Opmerking"] = opmerking,
        ["Motivering"] = motivering,
    };
}
