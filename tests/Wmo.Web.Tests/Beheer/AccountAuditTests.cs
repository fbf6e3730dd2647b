using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beheer;

/// <summary>Issue 9: changes to accounts, roles, buurtkamers, activation and two-factor sign-in in the audit trail, old → new, without secrets.</summary>
public sealed class AccountAuditTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Naam_rol_en_buurtkamer_van_een_account_wijzigen_staat_in_de_audittrail_van_oud_naar_nieuw()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var (id, organisatie, oost, stiens) = await factory.LeesAsync(async db =>
        {
            var anna = await db.Users.SingleAsync(u => u.UserName == "anna.devries");
            return (anna.Id, anna.OrganisatieId,
                await db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync(),
                await db.Buurtkamers.Where(b => b.Naam == "Dorpskamer Stiens").Select(b => b.Id).SingleAsync());
        });
        var formulier = await ingrid.GetHtmlAsync($"/Beheer/Gebruikers/{id}/Wijzigen");
        var stempel = Regex.Match(formulier, "name=\"ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;

        var antwoord = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/Wijzigen", new Dictionary<string, string>
        {
            ["Naam"] = "Anna de Vries-Hoekstra", ["Rol"] = Rollen.SociaalWerker, ["OrganisatieId"] = organisatie.ToString(),
            ["BuurtkamerIds"] = stiens.ToString(), ["ConcurrencyStamp"] = stempel,
        });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var regels = await RegelsAsync(id);
        var account = Assert.Single(regels, r => r.Onderwerp == "Gebruiker" && r.Actie == AuditActie.Wijzigen);
        Assert.Contains("\"Naam\":[\"Anna de Vries\",\"Anna de Vries-Hoekstra\"]", account.Details, StringComparison.Ordinal);
        Assert.Equal("Ingrid Postma", account.GebruikerNaam);
        Assert.Contains(regels, r => r is { Onderwerp: "Gebruiker.Rol", Actie: AuditActie.Verwijderen, Details: "Rol Vrijwilliger" });
        Assert.Contains(regels, r => r is { Onderwerp: "Gebruiker.Rol", Actie: AuditActie.Aanmaken, Details: "Rol SociaalWerker" });
        Assert.Contains(regels, r => r.Onderwerp == "Gebruiker.Buurtkamer" && r.Actie == AuditActie.Verwijderen && r.Details!.Contains(oost.ToString()));
        Assert.Contains(regels, r => r.Onderwerp == "Gebruiker.Buurtkamer" && r.Actie == AuditActie.Aanmaken && r.Details!.Contains(stiens.ToString()));
        Assert.DoesNotContain(regels, r => r.Details != null && (r.Details.Contains("Stamp", StringComparison.Ordinal) || r.Details.Contains("Hash", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Deactiveren_staat_in_de_audittrail_met_wie_het_deed()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var id = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "henk.visser").Select(u => u.Id).SingleAsync());

        var antwoord = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/Deactiveren", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var regel = Assert.Single(await RegelsAsync(id), r => r.Onderwerp == "Gebruiker" && r.Actie == AuditActie.Wijzigen);
        Assert.Contains("\"IsActief\":[\"True\",\"False\"]", regel.Details, StringComparison.Ordinal);
        Assert.Equal("Ingrid Postma", regel.GebruikerNaam);
    }

    [Fact]
    public async Task Een_nieuwe_authenticatorsleutel_herstelcodes_en_wachtwoord_staan_in_de_audittrail_zonder_hun_waarde()
    {
        var (id, sleutel, codes) = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Gebruiker>>();
            var gebruiker = (await users.FindByNameAsync("marieke.hoekstra"))!;
            await users.ResetAuthenticatorKeyAsync(gebruiker);
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(gebruiker, 10))!.ToList();
            var token = await users.GeneratePasswordResetTokenAsync(gebruiker);
            Assert.True((await users.ResetPasswordAsync(gebruiker, token, "Een-Nieuw-Lang-Wachtwoord-7")).Succeeded);
            return (gebruiker.Id, (await users.GetAuthenticatorKeyAsync(gebruiker))!, codes);
        });

        var regels = await RegelsAsync(id);
        Assert.Contains(regels, r => r.Onderwerp == "Gebruiker.Tweestaps" && r.Details == "Sleutel van de authenticator-app");
        Assert.Contains(regels, r => r.Onderwerp == "Gebruiker.Tweestaps" && r.Details == "Herstelcodes");
        Assert.Contains(regels, r => r.Onderwerp == "Gebruiker" && r.Details!.Contains("\"Wachtwoord\":[\"(oud)\",\"(nieuw)\"]", StringComparison.Ordinal));
        Assert.DoesNotContain(regels, r => r.Details != null && (r.Details.Contains(sleutel, StringComparison.Ordinal) || codes.Exists(c => r.Details.Contains(c, StringComparison.Ordinal))));
    }

    private Task<List<AuditRegel>> RegelsAsync(Guid gebruikerId) =>
        factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(r => r.Onderwerp.StartsWith("Gebruiker") && r.OnderwerpId == gebruikerId.ToString()).ToListAsync());
}
