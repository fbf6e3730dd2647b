using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.SocialeKaart;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Dossier;

public sealed class SocialeKaartTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Vrijwilliger_zoekt_op_tekst_en_soort_en_ziet_contact()
    {
        var kenmerk = Guid.NewGuid().ToString("N")[..8];
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            db.SocialeKaart.AddRange(
                new SocialeKaartAanbod("Humanitas", $"Formulierenhulp {kenmerk}", AanbodSoort.Formulierenhulp, "Hulp bij brieven", null, "Dinsdag 10-12 uur", "Buurtkamer Oost", "058-2123456"),
                new SocialeKaartAanbod("Stichting Maatje", $"Maatje {kenmerk}", AanbodSoort.Maatje, "Samen wandelen", null, "In overleg", "Thuis", "maatje@example.nl"));
            await db.SaveChangesAsync();
            return 0;
        });
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("anna.devries");

        var html = await client.GetHtmlAsync($"/SocialeKaart?Zoek={kenmerk}&Soort=Formulierenhulp");

        Assert.Contains($"<h3>Formulierenhulp {kenmerk}</h3>", html);
        Assert.Contains("058-2123456", html);
        Assert.Contains("Dinsdag 10-12 uur", html);
        Assert.DoesNotContain($"<h3>Maatje {kenmerk}</h3>", html);
        Assert.DoesNotContain("Aanbod toevoegen", html);
    }

    [Fact]
    public async Task Beheerder_voegt_aanbod_toe_en_contact_is_verplicht()
    {
        var naam = "Sollicitatieclub " + Guid.NewGuid().ToString("N")[..8];
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var velden = new Dictionary<string, string> { ["Naam"] = naam, ["Organisatie"] = "Bibliotheek", ["Soort"] = "Sollicitatieclub", ["Wanneer"] = "Donderdag", ["Contact"] = "" };

        var fout = await client.PostFormAsync("/SocialeKaart/Nieuw", velden);
        var foutHtml = await fout.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("id=\"Contact-fout\"", foutHtml);
        Assert.False(await BestaatAsync(naam));

        velden["Contact"] = "Vrije inloop";
        var response = await client.PostFormAsync("/SocialeKaart/Nieuw", velden);
        Assert.Contains(naam, await DossierTestData.VolgRedirectAsync(client, response));
        Assert.True(await BestaatAsync(naam));
    }

    [Fact]
    public async Task Beheerder_zet_aanbod_stop_en_vrijwilliger_ziet_het_niet_meer()
    {
        var naam = "Inloop " + Guid.NewGuid().ToString("N")[..8];
        var id = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var aanbod = new SocialeKaartAanbod("Buurthuis", naam, AanbodSoort.Inloop, string.Empty, null, string.Empty, string.Empty, "Vrije inloop");
            db.SocialeKaart.Add(aanbod);
            await db.SaveChangesAsync();
            return aanbod.Id;
        });
        using var beheerder = new PortalClient(factory);
        await beheerder.LoginAsDemoAsync("ingrid.postma");

        var response = await beheerder.PostFormAsync($"/SocialeKaart/Deactiveren/{id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var vrijwilliger = new PortalClient(factory);
        await vrijwilliger.LoginAsDemoAsync("henk.visser");
        Assert.DoesNotContain($"<h3>{naam}</h3>", await vrijwilliger.GetHtmlAsync($"/SocialeKaart?Zoek={naam}"));
        Assert.Contains($"<h3>{naam}</h3>", await beheerder.GetHtmlAsync($"/SocialeKaart?Zoek={naam}&Inactief=true"));
    }

    [Fact]
    public async Task Vrijwilliger_mag_geen_aanbod_toevoegen_en_toetser_ziet_de_kaart_niet()
    {
        using var vrijwilliger = new PortalClient(factory);
        await vrijwilliger.LoginAsDemoAsync("anna.devries");
        var pagina = await vrijwilliger.GetHtmlAsync("/SocialeKaart");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Naam"] = "Niet toegestaan",
            ["Organisatie"] = "X",
            ["Soort"] = "Inloop",
            ["Contact"] = "x",
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(pagina),
        });

        var post = await vrijwilliger.Http.PostAsync(new Uri("/SocialeKaart/Nieuw", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await BestaatAsync("Niet toegestaan"));
        using var toetser = new PortalClient(factory);
        await toetser.LoginAsDemoAsync("marieke.hoekstra");
        var response = await toetser.Http.GetAsync(new Uri("/SocialeKaart", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<bool> BestaatAsync(string naam) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().SocialeKaart.AnyAsync(a => a.Naam == naam));
}
