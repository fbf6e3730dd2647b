using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Hosting;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Privacy;

/// <summary>
/// The check of the hash chain in the background (issue 15): the page answers at once with the last check and, while one
/// runs, its progress; one check at a time; the same outcome as <see cref="AuditKeten.ControleerAsync"/>; a failure is a
/// failed check on the page, not an error page.
/// </summary>
public sealed class KetencontroleTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>, IAsyncLifetime
{
    private KetencontroleDienst Dienst => factory.Services.GetRequiredService<KetencontroleDienst>();

    public async Task InitializeAsync()
    {
        await Dienst.Afgerond;
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            for (var i = 0; i < 7; i++)
            {
                await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Inzien, "Huishouden", $"h{i}", Guid.NewGuid()));
            }

            return 0;
        });
    }

    public async Task DisposeAsync()
    {
        Dienst.BijVoortgang = null;
        Dienst.Pagina = AuditKeten.StandaardPagina;
        await Dienst.Afgerond;
    }

    [Fact]
    public async Task De_controle_op_de_achtergrond_meldt_voortgang_per_pagina_en_dezelfde_uitkomst_als_de_controle_zelf()
    {
        var direct = await factory.LeesAsync(db => AuditKeten.ControleerAsync(db));
        Assert.True(direct.IsIntact, direct.Uitleg);
        var gezien = new List<KetenVoortgang>();
        Dienst.Pagina = 3;
        Dienst.BijVoortgang = gezien.Add;

        Assert.True(Dienst.Start(AuditActeur.Systeem));
        await Dienst.Afgerond;

        var laatste = Dienst.Stand.Laatste!;
        Assert.Equal(direct, laatste.Uitkomst);
        Assert.Null(laatste.Mislukt);
        var totaal = direct.AantalGecontroleerd;
        Assert.Equal(Enumerable.Range(1, (int)((totaal + 2) / 3)).Select(i => new KetenVoortgang(Math.Min(i * 3, totaal), totaal)), gezien);
        Assert.Null(Dienst.Stand.Lopend);
    }

    [Fact]
    public async Task Een_gewijzigde_regel_geeft_op_de_achtergrond_dezelfde_fout_als_de_controle_zelf_en_de_pagina_toont_waar()
    {
        using var client = await BeheerderAsync();
        var regel = await factory.LeesAsync(db => db.AuditTrail.Where(r => r.Onderwerp == "Huishouden").OrderBy(r => r.Volgnummer).FirstAsync());
        var (volgnummer, naam) = (regel.Volgnummer, regel.GebruikerNaam);
        await WijzigAsync($"UPDATE AuditTrail SET GebruikerNaam = 'Niemand' WHERE Volgnummer = {volgnummer}");
        try
        {
            var direct = await factory.LeesAsync(db => AuditKeten.ControleerAsync(db));
            Assert.False(direct.IsIntact);
            Assert.Equal(volgnummer, direct.EersteFoutVolgnummer);

            await StartViaDePaginaAsync(client);
            await Dienst.Afgerond;

            Assert.Equal(direct, Dienst.Stand.Laatste!.Uitkomst);
            var html = await client.GetHtmlAsync("/Privacy/Keten");
            Assert.Contains($"<strong>Niet in orde.</strong> Regel {volgnummer} is gewijzigd na het vastleggen. Gecontroleerd tot en met regel {volgnummer - 1}.", html, StringComparison.Ordinal);
        }
        finally
        {
            await WijzigAsync($"UPDATE AuditTrail SET GebruikerNaam = '{naam.Replace("'", "''", StringComparison.Ordinal)}' WHERE Volgnummer = {volgnummer}");
        }
    }

    [Fact]
    public async Task Terwijl_een_controle_loopt_start_een_tweede_niet_en_de_pagina_toont_de_voortgang_en_ververst_zichzelf()
    {
        using var client = await BeheerderAsync();
        using var vrij = new ManualResetEventSlim();
        var stappen = 0;
        Dienst.Pagina = 2;
        Dienst.BijVoortgang = _ =>
        {
            if (Interlocked.Increment(ref stappen) == 1)
            {
                vrij.Wait(TimeSpan.FromSeconds(30));
            }
        };

        var vanaf = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(r => r.Volgnummer));
        await StartViaDePaginaAsync(client);
        await WachtOpAsync(() => Volatile.Read(ref stappen) == 1);
        var lopend = Dienst.Stand.Lopend!;
        Assert.Equal(2, lopend.Voortgang.Gecontroleerd);
        Assert.Equal("Ingrid Postma", lopend.GestartDoor);

        var antwoord = await client.Http.GetAsync(new Uri("/Privacy/Keten", UriKind.Relative));
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Equal("2", antwoord.Headers.GetValues("Refresh").Single());
        Assert.Contains("De controle loopt", html, StringComparison.Ordinal);
        Assert.Contains($"<progress id=\"voortgang\" class=\"voortgang\" max=\"{lopend.Voortgang.Totaal}\" value=\"2\">", html, StringComparison.Ordinal);
        Assert.Contains($"2 van {lopend.Voortgang.Totaal.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"))} regels gecontroleerd", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Controleer de keten nu", html, StringComparison.Ordinal);

        // Without automatic refreshing (WCAG 2.2.1, 2.2.2): the same progress, no Refresh header.
        var stil = await client.Http.GetAsync(new Uri("/Privacy/Keten?verversen=uit", UriKind.Relative));
        Assert.False(stil.Headers.Contains("Refresh"));
        Assert.Contains("Deze pagina ververst zichzelf niet.", await stil.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A second start, in the service or on the page, joins the running check.
        Assert.False(Dienst.Start(AuditActeur.Systeem));
        var tweede = await client.PostFormAsync("/Privacy/Keten?verversen=uit", new Dictionary<string, string>(), "/Privacy/Keten");
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        Assert.Contains("Er loopt al een controle", await client.GetHtmlAsync("/Privacy/Keten?verversen=uit"), StringComparison.Ordinal);

        vrij.Set();
        await Dienst.Afgerond;
        Assert.True(Dienst.Stand.Laatste!.Uitkomst!.IsIntact);
        Assert.Equal(1, await factory.LeesAsync(db => db.AuditTrail
            .CountAsync(r => r.Volgnummer > vanaf && r.Onderwerp == AuditKeten.Onderwerp && r.Details == "Controle gestart (portaal)")));

        var klaar = await client.Http.GetAsync(new Uri("/Privacy/Keten", UriKind.Relative));
        var klaarHtml = await klaar.Content.ReadAsStringAsync();
        Assert.False(klaar.Headers.Contains("Refresh"));
        Assert.Contains("<strong>In orde.</strong>", klaarHtml, StringComparison.Ordinal);
        Assert.Contains("Controleer de keten nu", klaarHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<progress", klaarHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_starten_en_de_uitkomst_staan_in_de_audittrail_op_naam_van_wie_startte()
    {
        using var client = await BeheerderAsync();
        var vanaf = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(r => r.Volgnummer));

        await StartViaDePaginaAsync(client);
        await Dienst.Afgerond;

        var regels = await factory.LeesAsync(db => db.AuditTrail
            .Where(r => r.Volgnummer > vanaf && r.Onderwerp == AuditKeten.Onderwerp).OrderBy(r => r.Volgnummer).ToListAsync());
        Assert.Equal(2, regels.Count);
        Assert.All(regels, r => Assert.Equal(("Ingrid Postma", AuditActie.Inzien, true), (r.GebruikerNaam, r.Actie, r.Geslaagd)));
        Assert.Equal("Controle gestart (portaal)", regels[0].Details);
        Assert.Contains("In orde. Alle ", regels[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_controle_die_faalt_is_op_de_pagina_een_mislukte_controle_en_geen_foutpagina()
    {
        using var client = await BeheerderAsync();
        Dienst.BijVoortgang = _ => throw new InvalidOperationException("database weg");

        await StartViaDePaginaAsync(client);
        await Dienst.Afgerond;

        Assert.Null(Dienst.Stand.Laatste!.Uitkomst);
        var antwoord = await client.Http.GetAsync(new Uri("/Privacy/Keten", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("<strong>De controle is niet afgemaakt.</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("database weg", html, StringComparison.Ordinal);
        Assert.Contains("Controleer de keten nu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_stoppen_van_het_portaal_breekt_een_lopende_controle_af()
    {
        await using var eigen = new WmoWebApplicationFactory();
        var dienst = eigen.Services.GetRequiredService<KetencontroleDienst>();
        using var vrij = new ManualResetEventSlim();
        dienst.Pagina = 1;
        dienst.BijVoortgang = _ => vrij.Wait(TimeSpan.FromSeconds(30));
        Assert.True(dienst.Start(AuditActeur.Systeem));
        await WachtOpAsync(() => dienst.Stand.Lopend?.Voortgang.Gecontroleerd == 1);

        var stoppen = dienst.StopAsync(CancellationToken.None);
        vrij.Set();
        await stoppen;

        Assert.Null(dienst.Stand.Lopend);
        Assert.Equal("De controle is afgebroken omdat het portaal stopte.", dienst.Stand.Laatste!.Mislukt);
        Assert.False(dienst.Start(AuditActeur.Systeem));
    }

    [Fact]
    public async Task Starten_zonder_antiforgery_token_wordt_geweigerd_en_start_niets()
    {
        using var client = await BeheerderAsync();
        var voor = Dienst.Stand.Laatste;

        using var leeg = new FormUrlEncodedContent(new Dictionary<string, string>());
        var antwoord = await client.Http.PostAsync(new Uri("/Privacy/Keten", UriKind.Relative), leeg);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        await Dienst.Afgerond;
        Assert.Null(Dienst.Stand.Lopend);
        Assert.Same(voor, Dienst.Stand.Laatste);
    }

    [Fact]
    public async Task De_pagina_leest_geen_audittrail_en_antwoordt_ook_zonder_controle_direct()
    {
        using var client = await BeheerderAsync();
        var html = await client.GetHtmlAsync("/Privacy/Keten");
        Assert.Contains("Controleer de keten nu", html, StringComparison.Ordinal);
        Assert.Contains("Er loopt één controle tegelijk in dit portaal", html, StringComparison.Ordinal);
    }

    private async Task<PortalClient> BeheerderAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        return client;
    }

    private static async Task StartViaDePaginaAsync(PortalClient client)
    {
        var antwoord = await client.PostFormAsync("/Privacy/Keten?verversen=uit", new Dictionary<string, string>(), "/Privacy/Keten");
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/Privacy/Keten", antwoord.Headers.Location!.OriginalString);
    }

    private static async Task WachtOpAsync(Func<bool> voorwaarde)
    {
        for (var i = 0; i < 600 && !voorwaarde(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(voorwaarde(), "De controle kwam niet zo ver.");
    }

    private async Task WijzigAsync(string sql)
    {
        await using (var verbinding = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = sql;
            Assert.Equal(1, await opdracht.ExecuteNonQueryAsync());
        }
    }
}
