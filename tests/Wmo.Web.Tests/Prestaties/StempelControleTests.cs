using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15, fourth and eighth round: the security stamp check of every request is two small queries (not the seven of
/// a rebuilt principal), and still sees at once what a rebuild saw: a new stamp ends the session, a changed account shows in
/// the next request. Counts only, never times.
/// </summary>
public sealed class StempelControleTests(SqlPerLijstpaginaTests.TellendeFactory factory) : IClassFixture<SqlPerLijstpaginaTests.TellendeFactory>
{
    private static readonly Uri Kaal = new("/Home/Kaal", UriKind.Relative);

    [Fact]
    public async Task De_kale_pagina_doet_twee_SQL_commandos_de_stempelcontrole()
    {
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        // Also the first request after signing in: the cookie of the sign-in is what a rebuild would give.
        var voor = factory.Teller.Aantal;
        using var antwoord = await fatima.Http.GetAsync(Kaal);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Ingelogd als Fatima", await IntakeHulp.HtmlAsync(antwoord), StringComparison.Ordinal);

        // The stamp and the account, then its roles and buurtkamers (StempelControle); Identity's rebuild read the account,
        // its roles, user and role claims, organisation and buurtkamers one by one. The counter leaves out the policy tables: the
        // gelijkgestelde dagen the scoped WmoBeleid reads (HomeController asks for it) are not counted here.
        Assert.Equal(2, factory.Teller.Aantal - voor);
    }

    [Fact]
    public async Task Een_gewijzigde_naam_zonder_nieuwe_stempel_staat_bij_het_volgende_verzoek_in_de_sessie()
    {
        using var henk = await IntakeHulp.InloggenAsync(factory, "henk.visser");
        var oud = await NaamAsync("henk.visser");
        using (var eerste = await henk.Http.GetAsync(Kaal))
        {
            Assert.Contains($"Ingelogd als {oud}", await IntakeHulp.HtmlAsync(eerste), StringComparison.Ordinal);
        }

        try
        {
            // Straight in the table: the security stamp stays the same, as with a change outside UserManager.
            await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Users
                .Where(u => u.UserName == "henk.visser").ExecuteUpdateAsync(s => s.SetProperty(u => u.Naam, "Hendrik Stempelma")));

            using var daarna = await henk.Http.GetAsync(Kaal);
            Assert.Contains("Ingelogd als Hendrik Stempelma", await IntakeHulp.HtmlAsync(daarna), StringComparison.Ordinal);
        }
        finally
        {
            await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Users
                .Where(u => u.UserName == "henk.visser").ExecuteUpdateAsync(s => s.SetProperty(u => u.Naam, oud)));
        }
    }

    [Fact]
    public async Task Een_nieuwe_stempel_beeindigt_de_sessie_bij_het_volgende_verzoek()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using (var eerste = await anna.Http.GetAsync(Kaal))
        {
            Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        }

        using (var tweede = await anna.Http.GetAsync(Kaal))
        {
            Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        }

        await factory.InScopeAsync(async sp =>
        {
            var gebruikers = sp.GetRequiredService<UserManager<Gebruiker>>();
            return await gebruikers.UpdateSecurityStampAsync((await gebruikers.FindByNameAsync("anna.devries"))!);
        });

        using var daarna = await anna.Http.GetAsync(Kaal);
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.Contains("/Account/Inloggen", daarna.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private Task<string> NaamAsync(string gebruikersnaam) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Users.Where(u => u.UserName == gebruikersnaam).Select(u => u.Naam).SingleAsync());
}
