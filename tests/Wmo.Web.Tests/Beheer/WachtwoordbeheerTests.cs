using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Controllers;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beheer;

/// <summary>
/// Issue 9, passwords and the first enrolment of two-factor sign-in: users change their own password, a beheerder forces a
/// reset, a password the beheerder chose must be changed at the first sign-in, breached passwords are refused, and the
/// authenticator app is linked by the person the account is for (an enrolment code from the beheerder), not by whoever
/// signs in first.
/// </summary>
public sealed partial class WachtwoordbeheerTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private const string Eerste = "Door-De-Beheerder-Gekozen-17";
    private const string Eigen = "Mijn-Eigen-Lange-Zin-Van-Vandaag";

    [Fact]
    public async Task Een_door_de_beheerder_gekozen_wachtwoord_moet_bij_de_eerste_login_gewijzigd_worden_en_tot_dan_opent_alleen_die_pagina()
    {
        await MaakAccountAsync("eerste.login", Rollen.SociaalWerker);
        using var client = new PortalClient(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("eerste.login", Eerste)).StatusCode);

        foreach (var pagina in new[] { "/", "/Zoeken", "/Werkvoorraad", "/Account/TweeStapsInstellen" })
        {
            var antwoord = await client.Http.GetAsync(new Uri(pagina, UriKind.Relative));
            Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location!.ToString().EndsWith("/Account/WachtwoordWijzigen", StringComparison.Ordinal),
                $"{pagina}: {antwoord.StatusCode} {antwoord.Headers.Location}");
        }

        Assert.Contains("een wachtwoord dat de beheerder voor u heeft gekozen", await client.GetHtmlAsync("/Account/WachtwoordWijzigen"), StringComparison.Ordinal);
        var gewijzigd = await WijzigAsync(client, Eerste, Eigen);
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.False(await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "eerste.login").Select(u => u.MoetWachtwoordWijzigen).SingleAsync()));
        var regel = await factory.LeesAsync(async db =>
        {
            var id = (await db.Users.SingleAsync(u => u.UserName == "eerste.login")).Id.ToString();
            return await db.AuditTrail.AsNoTracking().Where(r => r.Onderwerp == "Gebruiker" && r.OnderwerpId == id && r.Actie == AuditActie.Wijzigen && r.Details!.Contains("Wachtwoord"))
                .OrderBy(r => r.Volgnummer).LastAsync();
        });
        Assert.Contains("\"MoetWachtwoordWijzigen\":[\"True\",\"False\"]", regel.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eigen_wachtwoord_wijzigen_vraagt_het_huidige_weigert_een_gelekt_en_beeindigt_de_andere_sessies()
    {
        await MaakAccountAsync("zelf.wijzigen", Rollen.SociaalWerker);
        using var hier = new PortalClient(factory);
        await hier.LoginAsync("zelf.wijzigen", Eerste);
        Assert.Equal(HttpStatusCode.Redirect, (await WijzigAsync(hier, Eerste, Eigen)).StatusCode);
        using var daar = new PortalClient(factory);
        await daar.LoginAsync("zelf.wijzigen", Eigen);
        Assert.Equal(HttpStatusCode.OK, (await daar.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        var voor = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "zelf.wijzigen").Select(u => u.PasswordHash).SingleAsync());

        var fout = await (await WijzigAsync(hier, "Niet-Mijn-Wachtwoord-99", "Nog-Een-Andere-Lange-Zin")).Content.ReadAsStringAsync();
        Assert.Contains("Het huidige wachtwoord is onjuist.", fout, StringComparison.Ordinal);
        Assert.Contains("id=\"HuidigWachtwoord-fout\"", fout, StringComparison.Ordinal);

        var gelekt = await (await WijzigAsync(hier, Eigen, "Wachtwoord2026!")).Content.ReadAsStringAsync();
        Assert.Contains(VeelgebruiktWachtwoordValidator.Melding, WebUtility.HtmlDecode(gelekt), StringComparison.Ordinal);
        Assert.Contains("id=\"NieuwWachtwoord-fout\"", gelekt, StringComparison.Ordinal);
        Assert.Equal(voor, await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "zelf.wijzigen").Select(u => u.PasswordHash).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await WijzigAsync(hier, Eigen, "Nog-Een-Andere-Lange-Zin")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await hier.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        var andereSessie = await daar.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("/Account/Inloggen", andereSessie.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var opnieuw = new PortalClient(factory);
        Assert.Equal(HttpStatusCode.OK, (await opnieuw.LoginAsync("zelf.wijzigen", Eigen)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.LoginAsync("zelf.wijzigen", "Nog-Een-Andere-Lange-Zin")).StatusCode);

        var regels = await AuditAsync("zelf.wijzigen");
        Assert.Contains(regels, r => r.Actie == AuditActie.Wijzigen && r.GebruikerNaam == "Nieuwe Collega" && r.Details!.Contains("\"Wachtwoord\":[\"(oud)\",\"(nieuw)\"]", StringComparison.Ordinal));
        Assert.Contains(regels, r => r.Actie == AuditActie.Geweigerd && r.Onderwerp == "Inloggen" && r.Details!.Contains("wachtwoord wijzigen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_beheerder_dwingt_een_nieuw_wachtwoord_af_de_sessie_eindigt_en_de_gebruiker_kiest_bij_de_volgende_login_een_eigen()
    {
        var id = await MaakAccountAsync("wordt.gereset", Rollen.SociaalWerker);
        using var gebruiker = new PortalClient(factory);
        await gebruiker.LoginAsync("wordt.gereset", Eerste);
        await WijzigAsync(gebruiker, Eerste, Eigen);
        Assert.Equal(HttpStatusCode.OK, (await gebruiker.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        Assert.Contains($"/Beheer/Gebruikers/{id}/WachtwoordReset", await ingrid.GetHtmlAsync("/Beheer/Gebruikers"), StringComparison.Ordinal);
        var zwak = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/WachtwoordReset", new Dictionary<string, string> { ["TijdelijkWachtwoord"] = "wachtwoord123!" });
        Assert.Contains(VeelgebruiktWachtwoordValidator.Melding, WebUtility.HtmlDecode(await zwak.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await gebruiker.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var reset = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/WachtwoordReset", new Dictionary<string, string> { ["TijdelijkWachtwoord"] = "Tijdelijk-Van-De-Beheerder-3" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("tijdelijk wachtwoord", await ingrid.GetHtmlAsync(reset.Headers.Location!.ToString()), StringComparison.Ordinal);

        var weg = await gebruiker.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("/Account/Inloggen", weg.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var opnieuw = new PortalClient(factory);
        Assert.Equal(HttpStatusCode.OK, (await opnieuw.LoginAsync("wordt.gereset", Eigen)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.LoginAsync("wordt.gereset", "Tijdelijk-Van-De-Beheerder-3")).StatusCode);
        var start = await opnieuw.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.EndsWith("/Account/WachtwoordWijzigen", start.Headers.Location!.ToString(), StringComparison.Ordinal);

        var regel = Assert.Single(await AuditAsync("wordt.gereset"), r => r.Actie == AuditActie.Wijzigen && r.GebruikerNaam == "Ingrid Postma"
            && r.Details!.Contains("\"MoetWachtwoordWijzigen\":[\"False\",\"True\"]", StringComparison.Ordinal));
        Assert.Contains("\"Wachtwoord\":[\"(oud)\",\"(nieuw)\"]", regel.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_gelekt_wachtwoord_voor_een_nieuw_account_geeft_een_veldfout_en_slaat_niets_op()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");

        var antwoord = await ingrid.PostFormAsync("/Beheer/Gebruikers/Nieuw", await VeldenAsync("gelekt.wachtwoord", Rollen.SociaalWerker, "Welkom12345!"));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.True(WebUtility.HtmlDecode(html).Contains(VeelgebruiktWachtwoordValidator.Melding, StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Match(html, "foutoverzicht[\\s\\S]{0,1500}").Value);
        Assert.Contains("id=\"Wachtwoord-fout\"", html, StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Users.AnyAsync(u => u.UserName == "gelekt.wachtwoord")));
    }

    [Fact]
    public async Task De_eerste_koppeling_van_de_app_vraagt_de_eenmalige_inrichtingscode_en_toont_elke_keer_een_nieuwe_sleutel()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var nieuw = await ingrid.PostFormAsync("/Beheer/Gebruikers/Nieuw", await VeldenAsync("nieuwe.toetser.code", Rollen.Toetser, Eerste));
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        var overdracht = await ingrid.GetHtmlAsync(nieuw.Headers.Location!.ToString());
        var code = CodeRegex().Match(overdracht).Groups[1].Value;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        // Shown once: a reload does not show it again, and only its hash is stored.
        var nogmaals = await ingrid.Http.GetAsync(nieuw.Headers.Location);
        Assert.False(nogmaals.StatusCode == HttpStatusCode.OK && (await nogmaals.Content.ReadAsStringAsync()).Contains(code, StringComparison.Ordinal));
        var opgeslagen = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "nieuwe.toetser.code").Select(u => u.InrichtingscodeHash).SingleAsync());
        Assert.NotNull(opgeslagen);
        Assert.DoesNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), opgeslagen, StringComparison.OrdinalIgnoreCase);

        using var client = new PortalClient(factory);
        await client.LoginAsync("nieuwe.toetser.code", Eerste);
        await WijzigAsync(client, Eerste, Eigen);
        var start = await client.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.EndsWith("/Account/TweeStapsInstellen", start.Headers.Location!.ToString(), StringComparison.Ordinal);

        // Step 1 shows no key: first the enrolment code next to the password.
        var stap1 = await client.GetHtmlAsync("/Account/TweeStapsInstellen");
        Assert.DoesNotMatch(SleutelRegex(), stap1);
        Assert.Contains("name=\"Inrichtingscode\"", stap1, StringComparison.Ordinal);
        foreach (var (fouteCode, wachtwoord) in new[] { ("ABCD-EFGH-JKMN", Eigen), (code, "Niet-Mijn-Wachtwoord-99") })
        {
            var fout = await client.PostFormAsync("/Account/TweeStapsInstellen", new Dictionary<string, string> { ["Inrichtingscode"] = fouteCode, ["Wachtwoord"] = wachtwoord }, "/Account/TweeStapsInrichten");
            var html = await fout.Content.ReadAsStringAsync();
            Assert.Contains(WebUtility.HtmlEncode(TweeStapsInstellenController.OnjuisteInrichting), html, StringComparison.Ordinal);
            Assert.DoesNotMatch(SleutelRegex(), html);
        }

        var sleutel1 = await Stap1Async(client, code.ToLowerInvariant());
        var stap2 = await client.PostFormAsync("/Account/TweeStapsInstellen", new Dictionary<string, string> { ["Inrichtingscode"] = code, ["Wachtwoord"] = Eigen }, "/Account/TweeStapsInrichten");
        var html2 = await stap2.Content.ReadAsStringAsync();
        var sleutel2 = Sleutel(html2);
        Assert.NotEqual(sleutel1, sleutel2);

        // A wrong first code: a new key, never the one shown before.
        var fouteAppCode = await client.TweeStapsBevestigenAsync(html2, "000000");
        var html3 = await fouteAppCode.Content.ReadAsStringAsync();
        var sleutel3 = Sleutel(html3);
        Assert.Contains(WebUtility.HtmlEncode(TweeStapsController.OngeldigeCode), html3, StringComparison.Ordinal);
        Assert.NotEqual(sleutel2, sleutel3);
        Assert.DoesNotContain(sleutel2.ToLowerInvariant(), html3.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var goed = await client.TweeStapsBevestigenAsync(html3, Totp.VolgendeCode(sleutel3, factory.TotpTijd));
        Assert.Contains("Bewaar uw herstelcodes", await goed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        // The code is used up, and an enrolled account never gets a key again.
        var gebruikt = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "nieuwe.toetser.code").Select(u => new { u.InrichtingscodeHash, u.TwoFactorEnabled }).SingleAsync());
        Assert.Null(gebruikt.InrichtingscodeHash);
        Assert.True(gebruikt.TwoFactorEnabled);
        Assert.Contains("niet opnieuw getoond", await client.GetHtmlAsync("/Account/TweeStapsInstellen"), StringComparison.Ordinal);
        var regels = await AuditAsync("nieuwe.toetser.code");
        Assert.Contains(regels, r => r.Actie == AuditActie.Geweigerd && r.Onderwerp == "Gebruiker.Tweestaps");
        Assert.Contains(regels, r => r.Details is { } d && d.Contains("\"Inrichtingscode\":[\"(uitgegeven)\",\"(gebruikt of vervallen)\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wie_als_eerste_inlogt_kan_zonder_inrichtingscode_geen_app_koppelen()
    {
        // An account without an enrolment code (made outside the beheer screens): signing in is not enough to link an app.
        await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Gebruiker>>();
            var organisatie = (await users.FindByNameAsync("marieke.hoekstra"))!.OrganisatieId;
            var gebruiker = new Gebruiker { UserName = "zonder.code", Naam = "Zonder Code", OrganisatieId = organisatie, LockoutEnabled = true };
            Assert.True((await users.CreateAsync(gebruiker, Eigen)).Succeeded);
            Assert.True((await users.AddToRoleAsync(gebruiker, Rollen.Toetser)).Succeeded);
            return true;
        });
        using var client = new PortalClient(factory);
        await client.LoginAsync("zonder.code", Eigen);

        var stap1 = await client.PostFormAsync("/Account/TweeStapsInstellen", new Dictionary<string, string> { ["Inrichtingscode"] = "ABCD-EFGH-JKMN", ["Wachtwoord"] = Eigen }, "/Account/TweeStapsInrichten");
        Assert.Contains(WebUtility.HtmlEncode(TweeStapsInstellenController.OnjuisteInrichting), await stap1.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var zonderBewijs = await client.PostFormAsync("/Account/TweeStapsInstellen", new Dictionary<string, string> { ["Code"] = "123456", ["Bewijs"] = "vals" });
        Assert.Equal(HttpStatusCode.Redirect, zonderBewijs.StatusCode);

        Assert.False(await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "zonder.code").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Een_inrichtingscode_werkt_drie_dagen_en_daarna_niet_meer()
    {
        var (_, code) = await MaakAccountMetCodeAsync("verlopen.code", Rollen.Toetser);
        Assert.NotEmpty(code);

        // One minute before the end of its three days the code still opens step 1 ...
        factory.Klok.Advance(Inrichtingscodes.Geldigheid - TimeSpan.FromMinutes(1));
        using var client = new PortalClient(factory);
        await client.LoginAsync("verlopen.code", Eerste);
        await WijzigAsync(client, Eerste, Eigen);
        Assert.Equal(32, (await Stap1Async(client, code)).Length);

        // ... two minutes later it no longer does: no key, the message that asks the beheerder for a new code.
        factory.Klok.Advance(TimeSpan.FromMinutes(2));
        var verlopen = await client.PostFormAsync("/Account/TweeStapsInstellen", new Dictionary<string, string> { ["Inrichtingscode"] = code, ["Wachtwoord"] = Eigen }, "/Account/TweeStapsInrichten");
        var html = await verlopen.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(TweeStapsInstellenController.OnjuisteInrichting), html, StringComparison.Ordinal);
        Assert.DoesNotMatch(SleutelRegex(), html);
        Assert.False(await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "verlopen.code").Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task Een_nieuwe_inrichtingscode_maakt_de_vorige_ongeldig()
    {
        var (id, eerste) = await MaakAccountMetCodeAsync("tweede.code", Rollen.Toetser);
        const string tijdelijk = "Tijdelijk-Van-De-Beheerder-Nummer-2";
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var reset = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/WachtwoordReset", new Dictionary<string, string> { ["TijdelijkWachtwoord"] = tijdelijk });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var tweede = CodeRegex().Match(await ingrid.GetHtmlAsync(reset.Headers.Location!.ToString())).Groups[1].Value;
        Assert.NotEmpty(tweede);
        Assert.NotEqual(eerste, tweede);

        using var client = new PortalClient(factory);
        await client.LoginAsync("tweede.code", tijdelijk);
        await WijzigAsync(client, tijdelijk, Eigen);
        var oud = await client.PostFormAsync("/Account/TweeStapsInstellen", new Dictionary<string, string> { ["Inrichtingscode"] = eerste, ["Wachtwoord"] = Eigen }, "/Account/TweeStapsInrichten");
        var html = await oud.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(TweeStapsInstellenController.OnjuisteInrichting), html, StringComparison.Ordinal);
        Assert.DoesNotMatch(SleutelRegex(), html);

        Assert.Equal(32, (await Stap1Async(client, tweede)).Length);
    }

    private async Task<string> Stap1Async(PortalClient client, string code)
    {
        var antwoord = await client.PostFormAsync("/Account/TweeStapsInstellen", new Dictionary<string, string> { ["Inrichtingscode"] = code, ["Wachtwoord"] = Eigen }, "/Account/TweeStapsInrichten");
        return Sleutel(await antwoord.Content.ReadAsStringAsync());
    }

    private static string Sleutel(string html)
    {
        var match = SleutelRegex().Match(html);
        Assert.True(match.Success, "Geen sleutel op de pagina.");
        return match.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    private static Task<HttpResponseMessage> WijzigAsync(PortalClient client, string huidig, string nieuw) =>
        client.PostFormAsync("/Account/WachtwoordWijzigen", new Dictionary<string, string>
        {
            ["HuidigWachtwoord"] = huidig, ["NieuwWachtwoord"] = nieuw, ["HerhaalWachtwoord"] = nieuw,
        });

    /// <summary>An account made by the beheerder on the beheer screen, with <see cref="Eerste"/> as the password she chose.</summary>
    private async Task<Guid> MaakAccountAsync(string gebruikersnaam, string rol) => (await MaakAccountMetCodeAsync(gebruikersnaam, rol)).Id;

    /// <summary>As <see cref="MaakAccountAsync"/>, with the enrolment code the hand-over page shows (empty for a sociaal werker).</summary>
    private async Task<(Guid Id, string Code)> MaakAccountMetCodeAsync(string gebruikersnaam, string rol)
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var antwoord = await ingrid.PostFormAsync("/Beheer/Gebruikers/Nieuw", await VeldenAsync(gebruikersnaam, rol, Eerste));
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
        var code = CodeRegex().Match(await ingrid.GetHtmlAsync(antwoord.Headers.Location!.ToString())).Groups[1].Value;
        return (await factory.LeesAsync(db => db.Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Id).SingleAsync()), code);
    }

    private async Task<Dictionary<string, string>> VeldenAsync(string gebruikersnaam, string rol, string wachtwoord)
    {
        var sociaal = rol == Rollen.SociaalWerker;
        var (organisatie, buurtkamer) = await factory.LeesAsync(async db => (
            await db.Organisaties.Where(o => o.Soort == (sociaal ? OrganisatieSoort.Basisondersteuning : OrganisatieSoort.Gemeente)).Select(o => o.Id).FirstAsync(),
            await db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync()));
        var velden = new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = gebruikersnaam, ["Naam"] = "Nieuwe Collega", ["Rol"] = rol, ["OrganisatieId"] = organisatie.ToString(), ["Wachtwoord"] = wachtwoord,
        };
        if (sociaal)
        {
            velden["BuurtkamerIds"] = buurtkamer.ToString();
        }

        return velden;
    }

    private Task<List<AuditRegel>> AuditAsync(string gebruikersnaam) => factory.LeesAsync(async db =>
    {
        var id = (await db.Users.SingleAsync(u => u.UserName == gebruikersnaam)).Id;
        var tekst = id.ToString();
        return await db.AuditTrail.AsNoTracking().Where(r => r.OnderwerpId == tekst || r.GebruikerId == id).OrderBy(r => r.Volgnummer).ToListAsync();
    });

    [GeneratedRegex("<p class=\"kaart\"><code>([A-Z2-9-]{14})</code></p>")]
    private static partial Regex CodeRegex();

    [GeneratedRegex("<code>([a-z2-7 ]{30,})</code>")]
    private static partial Regex SleutelRegex();
}
