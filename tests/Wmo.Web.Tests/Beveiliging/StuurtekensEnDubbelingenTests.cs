using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// Input a form can receive by accident: an invisible control character pasted along (NUL included, which the
/// framework's own form reader refuses), and a name or AGB code that already exists. Each gives a Dutch message at
/// the field and saves nothing; never a 500, never an unreadable 400.
/// </summary>
public sealed class StuurtekensEnDubbelingenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    /// <summary>The message is shown at the field itself (the span the input's aria-describedby points at).</summary>
    private static void VeldFout(string html, string veld, string melding) =>
        Assert.Matches(new Regex($"<span [^>]*id=\"{veld}-fout\"[^>]*><span class=\"visueel-verborgen\">Fout: </span>[^<]*{Regex.Escape(melding)}"), html);

    private async Task<PortalClient> AlsAsync(string gebruiker)
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        return client;
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u001b")]
    [InlineData("\u0085")]
    public async Task Een_stuurteken_in_een_veld_geeft_een_veldfout_en_slaat_niets_op(string teken)
    {
        using var anna = await AlsAsync("anna.devries");
        var buurtkamer = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        var melder = $"Stuur{(int)teken[0]:x}teken";

        var response = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = melder + teken,
            ["BuurtkamerId"] = buurtkamer.ToString(),
            ["Telefoon"] = "06-12345678",
            ["Vraag"] = "Hulp bij de boodschappen.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        VeldFout(html, "MelderNaam", Invoertekst.StuurtekenMelding);
        Assert.Contains("class=\"foutoverzicht\"", html, StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.EersteContacten.AnyAsync(c => c.Melder.Naam.StartsWith(melder))));
    }

    [Fact]
    public async Task Tab_en_regeleinden_zijn_gewone_tekst()
    {
        Assert.False(Invoertekst.BevatStuurteken("Eerste regel\r\nTweede\tregel"));
        Assert.True(Invoertekst.BevatStuurteken("Nul\u0000"));

        using var anna = await AlsAsync("anna.devries");
        var buurtkamer = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        var response = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = "Regel Einde",
            ["BuurtkamerId"] = buurtkamer.ToString(),
            ["Telefoon"] = "06-12345678",
            ["Vraag"] = "Eerste regel\r\nTweede\tregel",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Een_formulier_dat_niet_te_lezen_is_geeft_de_nederlandse_400_pagina()
    {
        using var anna = await AlsAsync("anna.devries");
        // More fields than the form reader accepts (FormOptions.ValueCountLimit, 1024): the form itself cannot be read.
        var velden = string.Join('&', Enumerable.Range(0, 1100).Select(i => $"veld{i}=x"));
        using var content = new StringContent(velden, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await anna.Http.PostAsync(new Uri("/EersteContact/Nieuw", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Ongeldig verzoek</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_bestaande_naam_voor_buurtkamer_of_wijk_geeft_een_veldfout()
    {
        using var ingrid = await AlsAsync("ingrid.postma");
        var (wijk, wijknaam, andere) = await factory.LeesAsync(async db =>
        {
            var w = await db.Wijken.OrderBy(x => x.Naam).FirstAsync();
            return (w.Id, w.Naam, await db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Vrijheidswijk").Select(b => b.Id).SingleAsync());
        });
        var aantal = await factory.LeesAsync(db => db.Buurtkamers.CountAsync());

        var nieuw = await ingrid.PostFormAsync("/Beheer/Buurtkamers/Nieuw", new Dictionary<string, string>
        {
            ["Naam"] = "buurtkamer oost ", ["WijkId"] = wijk.ToString(), ["Adres"] = "Proefstraat 1, 8911 AA Leeuwarden",
        });
        var hernoemd = await ingrid.PostFormAsync($"/Beheer/Buurtkamers/{andere}/Wijzigen", new Dictionary<string, string>
        {
            ["Naam"] = "Buurtkamer Oost", ["WijkId"] = wijk.ToString(), ["Adres"] = "Proefstraat 1, 8911 AA Leeuwarden",
        });
        var nieuweWijk = await ingrid.PostFormAsync("/Beheer/Buurtkamers/NieuweWijk", new Dictionary<string, string> { ["Naam"] = wijknaam.ToUpperInvariant() });

        foreach (var response in new[] { nieuw, hernoemd })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            VeldFout(await response.Content.ReadAsStringAsync(), "Naam", "Er is al een buurt- of dorpskamer met de naam");
        }

        Assert.Equal(HttpStatusCode.OK, nieuweWijk.StatusCode);
        VeldFout(await nieuweWijk.Content.ReadAsStringAsync(), "Naam", "De wijk of het dorp");
        Assert.Equal(aantal, await factory.LeesAsync(db => db.Buurtkamers.CountAsync()));
        Assert.Equal("Buurtkamer Vrijheidswijk", await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Id == andere).Select(b => b.Naam).SingleAsync()));
    }

    [Fact]
    public async Task Een_bestaande_aanbiedernaam_of_agb_code_geeft_een_veldfout()
    {
        using var ingrid = await AlsAsync("ingrid.postma");
        var eerste = await ingrid.PostFormAsync("/Beheer/Aanbieders/Nieuw", new Dictionary<string, string> { ["Naam"] = "Dubbel Zorg", ["AgbCode"] = "87654321" });
        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        var bestaande = await factory.LeesAsync(db => db.Organisaties.Where(o => o.Naam != "Dubbel Zorg").Select(o => o.Naam).FirstAsync());

        var zelfdeNaam = await ingrid.PostFormAsync("/Beheer/Aanbieders/Nieuw", new Dictionary<string, string> { ["Naam"] = bestaande.ToLowerInvariant() });
        var zelfdeCode = await ingrid.PostFormAsync("/Beheer/Aanbieders/Nieuw", new Dictionary<string, string> { ["Naam"] = "Dubbel Code", ["AgbCode"] = "87654321" });

        Assert.Equal(HttpStatusCode.OK, zelfdeNaam.StatusCode);
        VeldFout(await zelfdeNaam.Content.ReadAsStringAsync(), "Naam", "Er is al een organisatie met de naam");
        Assert.Equal(HttpStatusCode.OK, zelfdeCode.StatusCode);
        VeldFout(await zelfdeCode.Content.ReadAsStringAsync(), "AgbCode", "AGB-code 87654321 hoort al bij Dubbel Zorg");
        Assert.Equal(1, await factory.LeesAsync(db => db.Organisaties.CountAsync(o => o.AgbCode == "87654321")));
        Assert.False(await factory.LeesAsync(db => db.Organisaties.AnyAsync(o => o.Naam == "Dubbel Code")));
    }
}
