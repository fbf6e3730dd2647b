using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beheer;

public sealed class BeheerTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private const string Wachtwoord = "Lang-genoeg-wachtwoord-1";

    private async Task<PortalClient> BeheerderAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        return client;
    }

    private async Task<Dictionary<string, string>> NieuweGebruikerAsync(string gebruikersnaam, string wachtwoord, bool metBuurtkamer = true)
    {
        var (organisatie, buurtkamer) = await factory.LeesAsync(async db => (
            await db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Basisondersteuning).Select(o => o.Id).FirstAsync(),
            await db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync()));
        var velden = new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = gebruikersnaam,
            ["Naam"] = "Nieuwe Collega",
            ["Rol"] = "SociaalWerker",
            ["OrganisatieId"] = organisatie.ToString(),
            ["Wachtwoord"] = wachtwoord,
        };
        if (metBuurtkamer)
        {
            velden["BuurtkamerIds"] = buurtkamer.ToString();
        }

        return velden;
    }

    [Fact]
    public async Task Beheerder_maakt_een_gebruiker_aan_die_kan_inloggen()
    {
        using var client = await BeheerderAsync();

        var response = await client.PostFormAsync("/Beheer/Gebruikers/Nieuw", await NieuweGebruikerAsync("nieuwe.collega", Wachtwoord));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rollen = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Gebruiker>>();
            return await users.GetRolesAsync((await users.FindByNameAsync("nieuwe.collega"))!);
        });
        Assert.Equal(["SociaalWerker"], rollen);
        Assert.Contains("nieuwe.collega", await client.GetHtmlAsync("/Beheer/Gebruikers"));
        using var collega = new PortalClient(factory);
        var login = await collega.LoginAsync("nieuwe.collega", Wachtwoord);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Te_kort_wachtwoord_geeft_een_nederlandse_veldfout_en_geen_account()
    {
        using var client = await BeheerderAsync();

        var response = await client.PostFormAsync("/Beheer/Gebruikers/Nieuw", await NieuweGebruikerAsync("te.kort", "kort-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", html);
        Assert.Contains("id=\"Wachtwoord-fout\"", html);
        Assert.False(await factory.LeesAsync(db => db.Users.AnyAsync(u => u.UserName == "te.kort")));
    }

    [Fact]
    public async Task Sociaal_werker_zonder_buurtkamer_wordt_geweigerd()
    {
        using var client = await BeheerderAsync();

        var response = await client.PostFormAsync("/Beheer/Gebruikers/Nieuw", await NieuweGebruikerAsync("zonder.buurtkamer", Wachtwoord, metBuurtkamer: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies minstens", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.LeesAsync(db => db.Users.AnyAsync(u => u.UserName == "zonder.buurtkamer")));
    }

    [Fact]
    public async Task Gedeactiveerde_gebruiker_kan_niet_meer_inloggen_en_kan_weer_worden_geactiveerd()
    {
        using var client = await BeheerderAsync();
        await client.PostFormAsync("/Beheer/Gebruikers/Nieuw", await NieuweGebruikerAsync("vertrekt.binnenkort", Wachtwoord));
        var id = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "vertrekt.binnenkort").Select(u => u.Id).SingleAsync());

        Assert.Contains("Weet u het zeker?", await client.GetHtmlAsync($"/Beheer/Gebruikers/{id}/Deactiveren"));
        var response = await client.PostFormAsync($"/Beheer/Gebruikers/{id}/Deactiveren", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.LeesAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActief).SingleAsync()));
        using (var vertrokken = new PortalClient(factory))
        {
            var login = await vertrokken.LoginAsync("vertrekt.binnenkort", Wachtwoord);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        await client.PostFormAsync("/Beheer/Gebruikers", new Dictionary<string, string>(), $"/Beheer/Gebruikers/{id}/Activeren");
        using var terug = new PortalClient(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await terug.LoginAsync("vertrekt.binnenkort", Wachtwoord)).StatusCode);
    }

    [Fact]
    public async Task Rol_wijzigen_schrijft_de_nieuwe_rol_weg()
    {
        using var client = await BeheerderAsync();
        await client.PostFormAsync("/Beheer/Gebruikers/Nieuw", await NieuweGebruikerAsync("wordt.toetser", Wachtwoord));
        var id = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "wordt.toetser").Select(u => u.Id).SingleAsync());
        var formulier = await client.GetHtmlAsync($"/Beheer/Gebruikers/{id}/Wijzigen");
        var stempel = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        var gemeente = await factory.LeesAsync(db => db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Gemeente).Select(o => o.Id).FirstAsync());

        var response = await client.PostFormAsync($"/Beheer/Gebruikers/{id}/Wijzigen", new Dictionary<string, string>
        {
            ["Naam"] = "Nieuwe Toetser",
            ["Rol"] = "Toetser",
            ["OrganisatieId"] = gemeente.ToString(),
            ["ConcurrencyStamp"] = stempel,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rollen = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Gebruiker>>();
            return await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!);
        });
        Assert.Equal(["Toetser"], rollen);
        Assert.Empty(await factory.LeesAsync(db => db.GebruikerBuurtkamers.Where(g => g.GebruikerId == id).ToListAsync()));
    }

    [Fact]
    public async Task Aanbieder_met_ongeldige_agb_code_wordt_geweigerd_en_met_geldige_opgeslagen()
    {
        using var client = await BeheerderAsync();

        var fout = await client.PostFormAsync("/Beheer/Aanbieders/Nieuw", new Dictionary<string, string> { ["Naam"] = "Zorg Zonder Code", ["AgbCode"] = "123" });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("Een AGB-code bestaat uit 8 cijfers.", await fout.Content.ReadAsStringAsync());
        Assert.False(await factory.LeesAsync(db => db.Organisaties.AnyAsync(o => o.Naam == "Zorg Zonder Code")));

        var goed = await client.PostFormAsync("/Beheer/Aanbieders/Nieuw", new Dictionary<string, string>
        {
            ["Naam"] = "Huishoudhulp Wâldwei",
            ["AgbCode"] = "12345678",
            ["Percelen"] = nameof(Perceel.HulpBijHetHuishouden),
        });
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        var aanbieder = await factory.LeesAsync(db => db.Organisaties.SingleAsync(o => o.Naam == "Huishoudhulp Wâldwei"));
        Assert.Equal("12345678", aanbieder.AgbCode);
        Assert.Equal([Perceel.HulpBijHetHuishouden], aanbieder.Percelen);
    }

    [Fact]
    public async Task Buurtkamer_toevoegen_wijzigen_en_sluiten()
    {
        using var client = await BeheerderAsync();
        var wijk = await factory.LeesAsync(db => db.Wijken.Select(w => w.Id).FirstAsync());

        var response = await client.PostFormAsync("/Beheer/Buurtkamers/Nieuw", new Dictionary<string, string>
        {
            ["Naam"] = "Buurtkamer Proef",
            ["WijkId"] = wijk.ToString(),
            ["Adres"] = "Proefstraat 1, 8911 AA Leeuwarden",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Proef").Select(b => b.Id).SingleAsync());

        var leeg = await client.PostFormAsync($"/Beheer/Buurtkamers/{id}/Wijzigen", new Dictionary<string, string> { ["Naam"] = "", ["WijkId"] = wijk.ToString(), ["Adres"] = "Proefstraat 1" });
        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        Assert.Contains("id=\"Naam-fout\"", await leeg.Content.ReadAsStringAsync());
        var gewijzigd = await client.PostFormAsync($"/Beheer/Buurtkamers/{id}/Wijzigen", new Dictionary<string, string>
        {
            ["Naam"] = "Buurtkamer Proeftuin",
            ["WijkId"] = wijk.ToString(),
            ["Adres"] = "Proefstraat 2, 8911 AA Leeuwarden",
        });
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.StatusCode);
        Assert.Equal("Buurtkamer Proeftuin", await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Id == id).Select(b => b.Naam).SingleAsync()));

        var gesloten = await client.PostFormAsync($"/Beheer/Buurtkamers/{id}/Sluiten", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, gesloten.StatusCode);
        Assert.False(await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Id == id).Select(b => b.IsActief).SingleAsync()));
    }

    [Fact]
    public async Task Beleid_toont_catalogus_en_termijnen_uit_de_referentietabellen()
    {
        using var client = await BeheerderAsync();

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync("/Beheer/Beleid"));

        Assert.Contains("AO-TO", html);
        Assert.Contains("beleidsversie vanaf 1 januari 2021", html);
        Assert.Contains("42 dagen", html);
    }

    [Theory]
    [InlineData("fatima.elamrani", "/Beheer/Gebruikers")]
    [InlineData("marieke.hoekstra", "/Beheer/Buurtkamers")]
    [InlineData("anna.devries", "/Beheer/Aanbieders")]
    [InlineData("fatima.elamrani", "/Beheer/Beleid")]
    public async Task Alleen_de_beheerder_komt_bij_beheer(string gebruiker, string url)
    {
        await Toegang.AssertGeweigerdAsync(factory, gebruiker, url);
    }
}
