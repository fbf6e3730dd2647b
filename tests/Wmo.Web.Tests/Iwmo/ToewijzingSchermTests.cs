using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Iwmo;

/// <summary>
/// Issue 14: a toewijzing is made in the portal — by the sociaal werker on a verwijzing, by the toetser on a beschikking —
/// and waits for the next WMO301; bad input gets a field error and nothing is stored; others do not reach the form.
/// </summary>
public sealed class ToewijzingSchermTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task De_sociaal_werker_maakt_de_toewijzing_op_een_verwijzing_vanaf_de_vraag()
    {
        var vandaag = factory.Klok.Vandaag();
        var vraagId = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Sanne", "Toewijs", new DateOnly(1988, 3, 4), "Tuinen", 8, "8911KE", "Leeuwarden");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-10));
            await bouwer.VerwijzingAsync(vraag, fatima, vandaag);
            return vraag.Id;
        });
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");

        Assert.Contains($"/Toewijzing/Verwijzing/{vraagId}", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);
        var formulier = $"/Toewijzing/Verwijzing/{vraagId}";
        var pagina = WebUtility.HtmlDecode(await fatima.GetHtmlAsync(formulier));
        Assert.Contains("Zorggroep Noord", pagina, StringComparison.Ordinal);
        Assert.Contains("Er is nog geen toewijzing gemaakt.", pagina, StringComparison.Ordinal);

        var fout = await fatima.PostFormAsync(formulier, new Dictionary<string, string>
        {
            ["Volume"] = "4", ["Eenheid"] = "Uur", ["Frequentie"] = "PerWeek", ["Ingangsdatum"] = Iso(vandaag.AddDays(7)), ["Einddatum"] = Iso(vandaag),
        });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("id=\"Einddatum-fout\"", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Toewijzingen.AnyAsync(t => t.VraagId == vraagId)));

        var goed = await fatima.PostFormAsync(formulier, new Dictionary<string, string>
        {
            ["Volume"] = "4", ["Eenheid"] = "Uur", ["Frequentie"] = "PerWeek", ["Ingangsdatum"] = Iso(vandaag.AddDays(7)), ["Einddatum"] = Iso(vandaag.AddMonths(12)),
        });
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        var toewijzing = await factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().SingleAsync(t => t.VraagId == vraagId));
        Assert.Equal(ToewijzingBron.Verwijzing, toewijzing.Bron);
        Assert.Equal(new Omvang(4, Eenheid.Uur, Frequentie.PerWeek), toewijzing.Omvang);
        Assert.True(toewijzing.MoetVerstuurdWorden);
        Assert.Contains("Wacht op verzending", await fatima.GetHtmlAsync(formulier), StringComparison.Ordinal);

        // Changed later with the iWmo reden wijziging: goes out again with the next WMO301.
        var wijzigen = $"/Toewijzing/{toewijzing.Id}/Wijzigen";
        Assert.Contains(wijzigen, await fatima.GetHtmlAsync(formulier), StringComparison.Ordinal);
        var versie = System.Text.RegularExpressions.Regex.Match(await fatima.GetHtmlAsync(wijzigen), "id=\"Versie\" name=\"Versie\" value=\"([^\"]*)\"").Groups[1].Value;
        var velden = new Dictionary<string, string>
        {
            ["Versie"] = versie, ["Volume"] = "6", ["Eenheid"] = "Uur", ["Frequentie"] = "PerWeek", ["Ingangsdatum"] = Iso(vandaag.AddDays(7)),
            ["Einddatum"] = Iso(vandaag.AddMonths(18)), ["Reden"] = "",
        };
        var zonderReden = await fatima.PostFormAsync(wijzigen, velden);
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("id=\"Reden-fout\"", await zonderReden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        velden["Reden"] = "Verlenging";
        Assert.Equal(HttpStatusCode.Redirect, (await fatima.PostFormAsync(wijzigen, velden)).StatusCode);
        var gewijzigd = await factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().SingleAsync(t => t.Id == toewijzing.Id));
        Assert.Equal(RedenWijziging.Verlenging, gewijzigd.RedenWijziging);
        Assert.Equal(new Omvang(6, Eenheid.Uur, Frequentie.PerWeek), gewijzigd.Omvang);
        Assert.Equal(vandaag.AddMonths(18), gewijzigd.Einddatum);
        Assert.True(gewijzigd.MoetVerstuurdWorden);

        // The same form again with the old version: a colleague's change is not overwritten.
        velden["Volume"] = "2";
        var verouderd = await fatima.PostFormAsync(wijzigen, velden);
        Assert.Equal(HttpStatusCode.OK, verouderd.StatusCode);
        Assert.Contains("intussen gewijzigd", await verouderd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(6, (await factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().SingleAsync(t => t.Id == toewijzing.Id))).Omvang.Volume);

        // A sociaal werker of other buurtkamers does not reach the form.
        using var jeroen = new PortalClient(factory);
        await jeroen.LoginAsDemoAsync("jeroen.bakker");
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri(formulier, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri(wijzigen, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task De_toetser_wijst_een_beschikking_in_natura_toe_aan_een_aanbieder_van_het_perceel()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Toewijzer");
        await factory.InScopeAsync(sp => sp.GetRequiredService<DossierBouwer>().ContracteerAsync("Zorggroep Noord", Domain.Catalogus.Perceel.ThuisondersteuningEnDagbesteding));
        var aanbieder = await factory.LeesAsync(db => db.Organisaties.Where(o => o.Naam == "Zorggroep Noord").Select(o => o.Id).SingleAsync());
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        Assert.Contains($"/Toewijzing/Beschikking/{beschikking.Id}", await marieke.GetHtmlAsync($"/Toetsing/Beschikking/{beschikking.Id}"), StringComparison.Ordinal);
        var formulier = $"/Toewijzing/Beschikking/{beschikking.Id}";
        Assert.Contains(aanbieder.ToString(), await marieke.GetHtmlAsync(formulier), StringComparison.Ordinal);

        var zonder = await marieke.PostFormAsync(formulier, new Dictionary<string, string> { ["AanbiederId"] = "" });
        Assert.Equal(HttpStatusCode.OK, zonder.StatusCode);
        Assert.Contains("id=\"AanbiederId-fout\"", await zonder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var onbekend = await marieke.PostFormAsync(formulier, new Dictionary<string, string> { ["AanbiederId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, onbekend.StatusCode);
        Assert.Contains("id=\"AanbiederId-fout\"", await onbekend.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.LeesAsync(db => db.Toewijzingen.AnyAsync(t => t.BeschikkingId == beschikking.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await marieke.PostFormAsync(formulier, new Dictionary<string, string> { ["AanbiederId"] = aanbieder.ToString() })).StatusCode);
        var toewijzing = await factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().SingleAsync(t => t.BeschikkingId == beschikking.Id));
        Assert.Equal(ToewijzingBron.Beschikking, toewijzing.Bron);
        Assert.Equal(aanbieder, toewijzing.AanbiederId);
        Assert.Equal(beschikking.Omvang, toewijzing.Omvang);
        Assert.True(toewijzing.MoetVerstuurdWorden);

        // The sociaal werker has no toetser form.
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        Assert.NotEqual(HttpStatusCode.OK, (await fatima.Http.GetAsync(new Uri(formulier, UriKind.Relative))).StatusCode);
    }
}
