using System.Net;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beheer;

/// <summary>
/// One source for each length (issue 10): a form accepts exactly what its column holds. The length is read from the
/// database model itself, so a validator that allows more than the column (refused by SQL Server) fails here on SQLite.
/// </summary>
public sealed class LengtesTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private Task<int> KolomAsync<T>(string eigenschap) =>
        factory.LeesAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(T))!.FindProperty(eigenschap)!.GetMaxLength()!.Value));

    private async Task<PortalClient> BeheerderAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        return client;
    }

    [Fact]
    public async Task Buurtkamer_naam_en_adres_passen_precies_in_hun_kolom()
    {
        using var ingrid = await BeheerderAsync();
        var wijk = await factory.LeesAsync(db => db.Wijken.Select(w => w.Id).FirstAsync());
        var naam = await KolomAsync<Buurtkamer>(nameof(Buurtkamer.Naam));
        var adres = await KolomAsync<Buurtkamer>(nameof(Buurtkamer.Adres));

        var teLang = await ingrid.PostFormAsync("/Beheer/Buurtkamers/Nieuw", new Dictionary<string, string>
        {
            ["Naam"] = "B" + new string('x', naam), ["WijkId"] = wijk.ToString(), ["Adres"] = "A" + new string('y', adres),
        });
        Assert.Equal(HttpStatusCode.OK, teLang.StatusCode);
        var html = WebUtility.HtmlDecode(await teLang.Content.ReadAsStringAsync());
        Assert.Contains($"De naam is te lang (hoogstens {naam} tekens).", html, StringComparison.Ordinal);
        Assert.Contains($"Het adres is te lang (hoogstens {adres} tekens).", html, StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Buurtkamers.AnyAsync(b => b.Naam.StartsWith("Bxxx"))));

        var precies = await ingrid.PostFormAsync("/Beheer/Buurtkamers/Nieuw", new Dictionary<string, string>
        {
            ["Naam"] = "B" + new string('x', naam - 1), ["WijkId"] = wijk.ToString(), ["Adres"] = "A" + new string('y', adres - 1),
        });
        Assert.Equal(HttpStatusCode.Redirect, precies.StatusCode);
    }

    [Fact]
    public async Task Wijknaam_en_naam_van_een_gebruiker_passen_in_hun_kolom()
    {
        using var ingrid = await BeheerderAsync();
        var wijk = await KolomAsync<Wijk>(nameof(Wijk.Naam));
        var gebruiker = await KolomAsync<Gebruiker>(nameof(Gebruiker.Naam));

        var wijkTeLang = await ingrid.PostFormAsync("/Beheer/Buurtkamers/NieuweWijk", new Dictionary<string, string> { ["Naam"] = "W" + new string('x', wijk) });
        Assert.Equal(HttpStatusCode.OK, wijkTeLang.StatusCode);
        Assert.Contains($"De naam is te lang (hoogstens {wijk} tekens).", WebUtility.HtmlDecode(await wijkTeLang.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var (organisatie, buurtkamer) = await factory.LeesAsync(async db => (
            await db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Basisondersteuning).Select(o => o.Id).FirstAsync(),
            await db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync()));
        var gebruikerTeLang = await ingrid.PostFormAsync("/Beheer/Gebruikers/Nieuw", new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = "lange.naam", ["Naam"] = "G" + new string('x', gebruiker), ["Rol"] = "SociaalWerker",
            ["OrganisatieId"] = organisatie.ToString(), ["BuurtkamerIds"] = buurtkamer.ToString(), ["Wachtwoord"] = "Lange-Naam-Wachtwoord-2026!",
        });
        Assert.Equal(HttpStatusCode.OK, gebruikerTeLang.StatusCode);
        Assert.Contains($"De naam is te lang (hoogstens {gebruiker} tekens).", WebUtility.HtmlDecode(await gebruikerTeLang.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Users.AnyAsync(u => u.UserName == "lange.naam")));
    }
}

/// <summary>Every column length is a named constant (<c>Lengtes</c>, an aggregate's own, or <c>TechnischeLengtes</c>), never a bare number.</summary>
public sealed partial class KolomlengtesAlsConstanteTests
{
    [Fact]
    public void Geen_EF_configuratie_geeft_een_lengte_als_getal()
    {
        var bestanden = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(b => !b.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !b.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(bestanden, b => File.ReadAllText(b).Contains("HasMaxLength(", StringComparison.Ordinal));

        var treffers = bestanden.SelectMany(b => File.ReadAllLines(b).Select((regel, i) => (Bestand: Path.GetRelativePath(RepoPaths.Root, b), Nummer: i + 1, Regel: regel)))
            .Where(r => LengteAlsGetal().IsMatch(r.Regel))
            .Select(r => $"{r.Bestand}:{r.Nummer}").ToList();
        Assert.True(treffers.Count == 0, "Lengte als getal; gebruik een constante: " + string.Join(", ", treffers));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"HasMaxLength\(\s*\d")]
    private static partial System.Text.RegularExpressions.Regex LengteAlsGetal();
}
