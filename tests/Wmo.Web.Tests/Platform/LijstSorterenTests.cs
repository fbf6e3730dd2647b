using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Platform;

/// <summary>
/// Issue 12: long lists sort by their columns on the server (<c>?sorteer=&amp;richting=</c>, in the query before the page is
/// cut), the headers are links (keyboard) and the sorted column carries <c>aria-sort</c>; an unknown column gives the list's
/// own order, never a 500; the page links keep the sorting.
/// </summary>
public sealed partial class LijstSorterenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Beschikkingen_sorteren_per_kolom_en_richting_met_aria_sort_en_de_zoekterm_blijft()
    {
        var eerste = await Dossiers.BeschikkingAsync(factory, "Asorteerlijst");
        await Dossiers.BeschikkingAsync(factory, "Zsorteerlijst");
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");
        // Both are numbered this year, the first one lower.
        var jaar = eerste.Nummer.Split('-')[1] + "-";

        var op = await marieke.GetHtmlAsync($"/Beschikkingen?Zoek={jaar}&sorteer=nummer&richting=op");
        var af = await marieke.GetHtmlAsync($"/Beschikkingen?Zoek={jaar}&sorteer=nummer&richting=af");

        Assert.True(op.IndexOf("Pieter Asorteerlijst", StringComparison.Ordinal) < op.IndexOf("Pieter Zsorteerlijst", StringComparison.Ordinal));
        Assert.True(af.IndexOf("Pieter Zsorteerlijst", StringComparison.Ordinal) < af.IndexOf("Pieter Asorteerlijst", StringComparison.Ordinal));
        Assert.Equal(("nummer", "ascending"), AriaSort(op));
        Assert.Equal(("nummer", "descending"), AriaSort(af));
        // The header link reverses the sorted column and keeps the search; another column starts ascending.
        Assert.Contains($"href=\"/Beschikkingen?Zoek={jaar}&amp;sorteer=nummer&amp;richting=af\"", op, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Beschikkingen?Zoek={jaar}&amp;sorteer=besluit&amp;richting=op\"", op, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_kolom_geeft_de_standaardvolgorde_en_geen_fout()
    {
        await Dossiers.BeschikkingAsync(factory, "Onbekendekolom");
        await Dossiers.IngediendAdviesAsync(factory, "Onbekendekolom");
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        foreach (var url in new[] { "/Beschikkingen?sorteer=Id;DROP&richting=zijwaarts", "/Toetsing?sorteer=bestaatniet", $"/Beschikkingen?sorteer={new string('x', 500)}" })
        {
            var response = await marieke.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The list's own order is a column here (newest sent first), and the header says so.
        Assert.Equal(("verzonden", "descending"), AriaSort(await marieke.GetHtmlAsync("/Beschikkingen?sorteer=bestaatniet")));
        Assert.Equal(("aanvraag", "ascending"), AriaSort(await marieke.GetHtmlAsync("/Toetsing?sorteer=bestaatniet")));
    }

    [Fact]
    public async Task De_toetserwachtrij_sorteert_op_inwoner_en_sociaal_werker()
    {
        await Dossiers.IngediendAdviesAsync(factory, "Awachtrijsorteer");
        await Dossiers.IngediendAdviesAsync(factory, "Zwachtrijsorteer");
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");

        var op = await marieke.GetHtmlAsync("/Toetsing?sorteer=inwoner&richting=op");
        var af = await marieke.GetHtmlAsync("/Toetsing?sorteer=inwoner&richting=af");

        Assert.True(op.IndexOf("Pieter Awachtrijsorteer", StringComparison.Ordinal) < op.IndexOf("Pieter Zwachtrijsorteer", StringComparison.Ordinal));
        Assert.True(af.IndexOf("Pieter Zwachtrijsorteer", StringComparison.Ordinal) < af.IndexOf("Pieter Awachtrijsorteer", StringComparison.Ordinal));
        Assert.Equal(("inwoner", "descending"), AriaSort(af));
        Assert.Equal(("sociaalwerker", "ascending"), AriaSort(await marieke.GetHtmlAsync("/Toetsing?sorteer=sociaalwerker")));
    }

    [Fact]
    public async Task Eerste_contacten_sorteren_op_melder_en_het_bladeren_houdt_de_sortering()
    {
        // 26 contacts of Anna today: more than one page of 25.
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var anna = await bouwer.ActorAsync("anna.devries");
            for (var i = 0; i < 26; i++)
            {
                await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", factory.Klok.Vandaag(), $"Sorteermelder {(char)('A' + i)}", "Ik zoek hulp bij de boodschappen.");
            }

            return 0;
        });
        using var anna = new PortalClient(factory);
        await anna.LoginAsDemoAsync("anna.devries");

        var op = await anna.GetHtmlAsync("/EersteContact?sorteer=melder&richting=op");
        var af = await anna.GetHtmlAsync("/EersteContact?sorteer=melder&richting=af");

        Assert.Equal(("melder", "ascending"), AriaSort(op));
        Assert.True(op.IndexOf("Sorteermelder A (", StringComparison.Ordinal) < op.IndexOf("Sorteermelder B (", StringComparison.Ordinal));
        Assert.True(af.IndexOf("Sorteermelder Z (", StringComparison.Ordinal) < af.IndexOf("Sorteermelder Y (", StringComparison.Ordinal));
        Assert.Contains("href=\"/EersteContact?sorteer=melder&amp;richting=op&amp;pagina=2\"", op, StringComparison.Ordinal);
        var tweede = await anna.GetHtmlAsync("/EersteContact?sorteer=melder&richting=op&pagina=2");
        Assert.Equal(("melder", "ascending"), AriaSort(tweede));
        // Page 2 continues after page 1: the demo contacts and 'Sorteermelder A..Z' in order, none twice.
        Assert.DoesNotContain("Sorteermelder A (", tweede, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_werkvoorraad_en_de_gebruikers_sorteren_op_hun_kolommen()
    {
        // Two of its own, so the test does not depend on what other tests of this class added to fatima's caseload.
        await Dossiers.IngediendAdviesAsync(factory, "Aawerkvoorraad");
        await Dossiers.IngediendAdviesAsync(factory, "Zzwerkvoorraad");
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        var gemeld = await fatima.GetHtmlAsync("/Werkvoorraad?sorteer=gemeld&richting=af");
        Assert.Equal(("gemeld", "descending"), AriaSort(gemeld));
        // All pages: other tests of this class add vragen to fatima's caseload, so the list may be longer than one page.
        var op = await AlleInwonersAsync(fatima, "/Werkvoorraad?sorteer=inwoner&richting=op");
        var af = await AlleInwonersAsync(fatima, "/Werkvoorraad?sorteer=inwoner&richting=af");
        Assert.Contains("Pieter Aawerkvoorraad", op);
        Assert.True(op.Count > 1);
        Assert.Equal(op.AsEnumerable().Reverse(), af);
        Assert.NotEqual("Pieter Aawerkvoorraad", af[0]);
        Assert.DoesNotContain("aria-sort", await fatima.GetHtmlAsync("/Werkvoorraad?sorteer=onbekend"), StringComparison.Ordinal);

        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var rolOp = await ingrid.GetHtmlAsync("/Beheer/Gebruikers?sorteer=gebruikersnaam&richting=af");
        Assert.Equal(("gebruikersnaam", "descending"), AriaSort(rolOp));
        Assert.True(rolOp.IndexOf(">sjoerd.dijkstra<", StringComparison.Ordinal) < rolOp.IndexOf(">anna.devries<", StringComparison.Ordinal));
        var standaard = await ingrid.GetHtmlAsync("/Beheer/Gebruikers");
        Assert.Equal(("naam", "ascending"), AriaSort(standaard));
        Assert.True(standaard.IndexOf(">Anna de Vries<", StringComparison.Ordinal) < standaard.IndexOf(">Sjoerd Dijkstra<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task De_transitiewerklijst_sorteert_op_inwoner_en_standaard_op_einddatum()
    {
        await factory.InScopeAsync(async sp =>
        {
            // Two bestaande cliënten in fatima's caseload (a vraag of hers in the household), A ending last, Z first.
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<Wmo.Infrastructure.Persistence.WmoDbContext>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var vandaag = factory.Klok.Vandaag();
            foreach (var (naam, maanden) in new[] { ("Atransitiesorteer", 11), ("Ztransitiesorteer", 1) })
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Tom", naam, new DateOnly(1950, 1, 1), "Markt", maanden, "8911AA", "Leeuwarden");
                await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-5));
                db.LegacyBeschikkingen.Add(new Wmo.Domain.Transitie.LegacyBeschikking(inwoner.Id, huishouden.Id, Wmo.Domain.Catalogus.LegacyProduct.TO2, vandaag.AddYears(-1), vandaag.AddMonths(maanden)));
            }

            return await db.SaveChangesAsync();
        });
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");

        var op = await fatima.GetHtmlAsync("/Transitie?sorteer=inwoner&richting=op");
        var af = await fatima.GetHtmlAsync("/Transitie?sorteer=inwoner&richting=af");
        var standaard = await fatima.GetHtmlAsync("/Transitie?sorteer=onbekend");

        Assert.True(op.IndexOf("Tom Atransitiesorteer", StringComparison.Ordinal) < op.IndexOf("Tom Ztransitiesorteer", StringComparison.Ordinal));
        Assert.True(af.IndexOf("Tom Ztransitiesorteer", StringComparison.Ordinal) < af.IndexOf("Tom Atransitiesorteer", StringComparison.Ordinal));
        Assert.Equal(("inwoner", "ascending"), AriaSort(op));
        Assert.Equal(("inwoner", "descending"), AriaSort(af));
        Assert.Equal(("einddatum", "ascending"), AriaSort(standaard));
        Assert.True(standaard.IndexOf("Tom Ztransitiesorteer", StringComparison.Ordinal) < standaard.IndexOf("Tom Atransitiesorteer", StringComparison.Ordinal));
    }

    /// <summary>The inwoners in the werkvoorraad's table of open vragen, top to bottom.</summary>
    private static async Task<List<string>> AlleInwonersAsync(PortalClient client, string adres)
    {
        var alle = new List<string>();
        for (var pagina = 1; pagina <= 40; pagina++)
        {
            var deze = Inwoners(await client.GetHtmlAsync($"{adres}&pagina={pagina}"));
            alle.AddRange(deze);
            if (deze.Count < 25)
            {
                return alle;
            }
        }

        throw new InvalidOperationException("De werkvoorraad heeft meer pagina's dan deze test verwacht.");
    }

    private static List<string> Inwoners(string html) =>
        [.. Regex.Matches(html[html.IndexOf("id=\"open-vragen\"", StringComparison.Ordinal)..], "<a href=\"/Vraag/Details/[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value)];

    /// <summary>The one header with aria-sort: its column (from its link) and direction.</summary>
    private static (string Kolom, string Richting) AriaSort(string html)
    {
        var koppen = AriaSortKop().Matches(html);
        Assert.Single(koppen);
        return (koppen[0].Groups["kolom"].Value, koppen[0].Groups["richting"].Value);
    }

    [GeneratedRegex("<th[^>]*aria-sort=\"(?<richting>[a-z]+)\"[^>]*><a[^>]*href=\"[^\"]*sorteer=(?<kolom>[a-z]+)")]
    private static partial Regex AriaSortKop();
}
