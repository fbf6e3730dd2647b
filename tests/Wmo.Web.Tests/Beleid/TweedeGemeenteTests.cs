using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Besluiten;
using Wmo.Application.Seeding;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Beleid;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Beleid;

/// <summary>The portal of another gemeente: Doetinchem's policy (seed 001 §6) from a policy file, with no code change.</summary>
public sealed class DoetinchemFactory : WmoWebApplicationFactory
{
    public static string Beleidsbestand => Path.Combine(RepoPaths.Root, "docs", "beleid", "doetinchem-2017.json");

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { [Startbeleid.Sleutel] = Beleidsbestand };
}

/// <summary>
/// Issue 10, "prove it": a second gemeente's policy loaded as data only (<c>Beleid:Startbestand</c>) and a vraag run through
/// it — Doetinchem's catalogue (ontwikkelen/stabiliseren) on the screens, its duurbeleid in the toetsing, its voorziening
/// in the beschikking.
/// </summary>
public sealed class TweedeGemeenteTests(DoetinchemFactory factory) : IClassFixture<DoetinchemFactory>
{
    [Fact]
    public async Task Het_portaal_draait_op_het_beleid_van_doetinchem_uit_het_bestand()
    {
        _ = factory.Server;

        var versie = await factory.LeesAsync(db => db.Beleidsversies.AsNoTracking().AsSplitQuery().SingleAsync());
        Assert.StartsWith("Doetinchem", versie.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2017, 1, 1), versie.Ingangsdatum);
        Assert.Empty(versie.Percelen);
        Assert.All(versie.Voorzieningen, v => Assert.StartsWith("DT-", v.Code, StringComparison.Ordinal));

        var beleid = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WmoBeleid>()));
        Assert.Equal(new Duurbeleid(12, 36, 75), beleid.Duur);
        Assert.False(beleid.Catalogus.Bevat("AO-TO"));

        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var beleidspagina = await ingrid.GetHtmlAsync("/Beheer/Beleid");
        Assert.Contains("Ondersteuning thuis: coachen gericht op het huishouden", beleidspagina, StringComparison.Ordinal);
        Assert.DoesNotContain("Specialistische thuisondersteuning", beleidspagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_vraag_loopt_door_het_beleid_van_doetinchem_tot_de_beschikking()
    {
        var vandaag = factory.Klok.Vandaag();

        // The sociaal werker's advies form offers Doetinchem's voorzieningen, not Leeuwarden's.
        var (vraagId, teLang) = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Gerrit", "Wassink", new DateOnly(1970, 6, 1), "Grutstraat", 4, "7001BZ", "Doetinchem");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-10));

            // 18 months: within Leeuwarden's 24, beyond Doetinchem's 12.
            var start = vandaag.AddDays(14);
            var advies = await sp.GetRequiredService<AdviesIndienen>().IndienenAsync(vraag,
                new AdviesInhoud("DT-OT-COACHEN", new Omvang(2, Eenheid.Uur, Frequentie.PerWeek), new Periode(start, start.AddMonths(18).AddDays(-1)),
                    Leveringsvorm.ZorgInNatura, "Coaching gericht op ontwikkeling: de inwoner kan het huishouden weer leren voeren."), fatima, vandaag);
            return (vraag.Id, new IngediendAdvies(advies.Id, vraag.Id, inwoner.Id, "Gerrit Wassink"));
        });

        using var fatimaClient = new PortalClient(factory);
        await fatimaClient.LoginAsDemoAsync("fatima.elamrani");
        var vraagpagina = await fatimaClient.GetHtmlAsync($"/Vraag/Details/{vraagId}");
        Assert.Contains("Ondersteuning thuis: coachen", vraagpagina, StringComparison.Ordinal);

        // Doetinchem's duurbeleid (data) refuses 18 months at the toetsing; nothing is decided.
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");
        var geweigerd = await Dossiers.ToetsAsync(marieke, teLang.AdviesId, Dossiers.Formulier("Goedkeuren"));
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("hoogstens 12 maanden", await geweigerd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Beschikkingen.AnyAsync(b => b.VraagId == vraagId)));

        // Sent back, revised to 12 months by the use case, approved: the beschikking names Doetinchem's voorziening.
        var teruggestuurd = await Dossiers.ToetsAsync(marieke, teLang.AdviesId, Dossiers.Formulier("Terugsturen", "Doetinchem kent hoogstens 12 maanden."));
        Assert.Equal(HttpStatusCode.Redirect, teruggestuurd.StatusCode);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Infrastructure.Persistence.WmoDbContext>();
            var advies = await db.Adviezen.SingleAsync(a => a.Id == teLang.AdviesId);
            var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == vraagId);
            var fatima = await sp.GetRequiredService<DossierBouwer>().ActorAsync("fatima.elamrani");
            var start = vandaag.AddDays(14);
            await sp.GetRequiredService<AdviesIndienen>().HerzienAsync(advies, vraag,
                new AdviesInhoud("DT-OT-COACHEN", new Omvang(2, Eenheid.Uur, Frequentie.PerWeek), new Periode(start, start.AddMonths(12).AddDays(-1)),
                    Leveringsvorm.ZorgInNatura, "Coaching gericht op ontwikkeling, twaalf maanden volgens het Doetinchemse duurbeleid."), fatima);
            return true;
        });

        var beschikkingId = await Dossiers.BeschiktEnVerzondenAsync(factory, teLang);
        var beschikking = await factory.LeesAsync(db => db.Beschikkingen.AsNoTracking().SingleAsync(b => b.Id == beschikkingId));
        Assert.Equal("DT-OT-COACHEN", beschikking.VoorzieningCode);
        var brief = await marieke.GetHtmlAsync($"/Brief/Beschikking/{beschikkingId}");
        Assert.Contains("Ondersteuning thuis: coachen", brief, StringComparison.Ordinal);
    }
}
