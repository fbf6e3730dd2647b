using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Klachten;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Dossier;

public sealed class KlachtTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Klacht_registreren_afhandelen_en_doorzetten()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("fatima.elamrani");
        var vandaag = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var leeg = await client.PostFormAsync($"/Klacht/Nieuw?huishoudenId={huishoudenId}", new Dictionary<string, string> { ["OntvangenOp"] = vandaag, ["Omschrijving"] = "" });
        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        Assert.Contains("id=\"Omschrijving-fout\"", await leeg.Content.ReadAsStringAsync());
        Assert.False(await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Klachten.AnyAsync(k => k.HuishoudenId == huishoudenId)));

        var nieuw = await client.PostFormAsync($"/Klacht/Nieuw?huishoudenId={huishoudenId}", new Dictionary<string, string> { ["OntvangenOp"] = vandaag, ["Omschrijving"] = "De hulp kwam drie keer niet opdagen." });
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        var detailsUrl = nieuw.Headers.Location!.OriginalString;
        var id = Guid.Parse(detailsUrl.Split('/')[^1]);

        var teVroeg = await client.PostFormAsync(detailsUrl, new Dictionary<string, string> { ["Datum"] = vandaag }, $"/Klacht/Escaleer/{id}");
        Assert.Contains("Escaleren kan pas als het huidige niveau een uitkomst heeft gegeven.", await teVroeg.Content.ReadAsStringAsync());

        var afgehandeld = await client.PostFormAsync(detailsUrl, new Dictionary<string, string> { ["Uitkomst"] = "Ongegrond", ["Toelichting"] = "Rooster was gewijzigd en gemeld.", ["Datum"] = vandaag }, $"/Klacht/HandelAf/{id}");
        Assert.Contains("Rooster was gewijzigd en gemeld.", await DossierTestData.VolgRedirectAsync(client, afgehandeld));

        var doorgezet = await client.PostFormAsync($"/Klacht/Escaleer/{id}", new Dictionary<string, string> { ["Datum"] = vandaag });
        Assert.Contains("Uitkomst vastleggen (leidinggevende)", await DossierTestData.VolgRedirectAsync(client, doorgezet));

        var klacht = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Klachten.AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.Equal(KlachtNiveau.Leidinggevende, klacht.Niveau);
        Assert.Contains("Klacht van", await client.GetHtmlAsync($"/Huishouden/Details/{huishoudenId}"));
    }

    [Fact]
    public async Task Klacht_van_ander_huishouden_is_niet_zichtbaar()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory);
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var nieuw = await fatima.PostFormAsync($"/Klacht/Nieuw?huishoudenId={huishoudenId}", new Dictionary<string, string> { ["OntvangenOp"] = "2026-01-05", ["Omschrijving"] = "Klacht" });
        using var jeroen = new PortalClient(factory);
        await jeroen.LoginAsDemoAsync("jeroen.bakker");

        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(nieuw.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Klacht/Nieuw?huishoudenId={huishoudenId}", UriKind.Relative))).StatusCode);
    }
}
