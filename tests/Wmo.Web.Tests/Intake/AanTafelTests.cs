using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Plannen;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Dossier;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

/// <summary>Issue 12 (usable at the table): the right person at pickup, likely duplicates flagged, the steps of a vraag with what is missing.</summary>
public sealed class AanTafelTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Een_bekend_bsn_toont_wie_het_is_en_koppelt_pas_na_bevestiging()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var bsn = TestBsn.Nieuw();
        await IntakeHulp.PakOpAsync(fatima, await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Tafelaar"), bsn, "Tafelaar");
        var zelfde = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Tafelaar");

        var antwoord = await fatima.PostFormAsync($"/Vraag/Oppakken/{zelfde}", new Dictionary<string, string> { ["Bsn"] = bsn });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await IntakeHulp.HtmlAsync(antwoord);
        Assert.Contains("Is dit de inwoner?", html, StringComparison.Ordinal);
        Assert.Contains("Johanna Tafelaar", html, StringComparison.Ordinal);
        Assert.Contains("12 april 1950", html, StringComparison.Ordinal);
        Assert.Contains("Vlietsingel 14", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dit lijkt iemand anders", html, StringComparison.Ordinal);
        Assert.Null(await ContactVraagAsync(zelfde));

        var bevestigd = await fatima.PostFormAsync($"/Vraag/Oppakken/{zelfde}", new Dictionary<string, string> { ["Bsn"] = bsn, ["Bevestigd"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, bevestigd.StatusCode);
        Assert.NotNull(await ContactVraagAsync(zelfde));
    }

    [Fact]
    public async Task Een_andere_naam_of_geboortedatum_dan_bij_het_eerste_contact_wordt_gemarkeerd()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var bsn = TestBsn.Nieuw();
        await IntakeHulp.PakOpAsync(fatima, await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Verwisseld"), bsn, "Verwisseld");
        var buurtkamerId = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        var ander = await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = "Pieter Zandstra",
            ["Geboortedatum"] = "1961-09-30",
            ["Vraag"] = "Ik kan niet meer zelf koken.",
            ["BuurtkamerId"] = buurtkamerId.ToString(),
        });
        var anderId = IntakeHulp.IdUit(ander, "/EersteContact/Details/");

        var html = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync($"/Vraag/Oppakken/{anderId}", new Dictionary<string, string> { ["Bsn"] = bsn }));

        Assert.Contains("Let op: dit lijkt iemand anders", html, StringComparison.Ordinal);
        Assert.Contains("De naam bij het eerste contact (Pieter Zandstra) komt niet overeen met de naam bij dit BSN (Johanna Verwisseld)", html, StringComparison.Ordinal);
        Assert.Contains("De geboortedatum bij het eerste contact (30-09-1961) is een andere dan bij dit BSN (12-04-1950)", html, StringComparison.Ordinal);
        Assert.Null(await ContactVraagAsync(anderId));
    }

    [Fact]
    public async Task Een_verkeerde_koppeling_wordt_geaudit_ongedaan_gemaakt_en_het_contact_kan_weer_worden_opgepakt()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Ontkoppeld");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Ontkoppeld");
        var inwonerId = (await IntakeHulp.VraagAsync(factory, vraagId)).InwonerId;
        Assert.Contains($"/Vraag/KoppelingOngedaan/{vraagId}", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);

        // Another sociaal werker outside the caseload cannot.
        using var jeroen = await IntakeHulp.InloggenAsync(factory, "jeroen.bakker");
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Vraag/KoppelingOngedaan/{vraagId}", UriKind.Relative))).StatusCode);

        var zonderReden = await fatima.PostFormAsync($"/Vraag/KoppelingOngedaan/{vraagId}", new Dictionary<string, string> { ["Reden"] = "" });
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("id=\"Reden-fout\"", await zonderReden.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ongedaan = await fatima.PostFormAsync($"/Vraag/KoppelingOngedaan/{vraagId}", new Dictionary<string, string> { ["Reden"] = "BSN van de buurman ingevuld." });

        Assert.Equal(HttpStatusCode.Redirect, ongedaan.StatusCode);
        Assert.Equal("/Werkvoorraad", ongedaan.Headers.Location!.OriginalString);
        Assert.Null(await ContactVraagAsync(contactId));
        Assert.False(await factory.LeesAsync(db => db.Ondersteuningsvragen.AnyAsync(v => v.Id == vraagId)));
        var audit = await factory.LeesAsync(db => db.AuditTrail.Where(r => r.Actie == AuditActie.Verwijderen && r.InwonerId == inwonerId && r.Details!.Contains("ongedaan")).ToListAsync());
        var regel = Assert.Single(audit);
        Assert.Contains("Fatima", regel.GebruikerNaam, StringComparison.Ordinal);
        Assert.Contains("BSN van de buurman ingevuld.", regel.Details, StringComparison.Ordinal);
        Assert.Contains($"/Vraag/Oppakken/{contactId}", await fatima.GetHtmlAsync($"/EersteContact/Details/{contactId}"), StringComparison.Ordinal);
        await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Juist");
    }

    [Fact]
    public async Task Na_een_afgerond_gesprek_kan_de_koppeling_niet_meer_ongedaan_worden_gemaakt()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);

        Assert.DoesNotContain("/Vraag/KoppelingOngedaan/", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await fatima.Http.GetAsync(new Uri($"/Vraag/KoppelingOngedaan/{vraagId}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Hetzelfde_contact_twee_keer_op_een_dag_geeft_een_waarschuwing_en_wordt_alleen_met_toch_opslaan_bewaard()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        var buurtkamerId = await factory.LeesAsync(db => db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync());
        Dictionary<string, string> Velden(string naam) => new()
        {
            ["MelderSoort"] = "Inwoner",
            ["MelderNaam"] = naam,
            ["Vraag"] = "Ik zoek hulp bij mijn post.",
            ["BuurtkamerId"] = buurtkamerId.ToString(),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await anna.PostFormAsync("/EersteContact/Nieuw", Velden("Dubbel Tafelgast"))).StatusCode);

        var tweede = await anna.PostFormAsync("/EersteContact/Nieuw", Velden("dubbel tafelgast"));

        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        var html = await IntakeHulp.HtmlAsync(tweede);
        Assert.Contains("Vandaag is in deze buurtkamer al een eerste contact met dubbel tafelgast vastgelegd", html, StringComparison.Ordinal);
        Assert.Contains("name=\"TochOpslaan\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await AantalContactenAsync("Dubbel Tafelgast"));

        Assert.Equal(HttpStatusCode.Redirect, (await anna.PostFormAsync("/EersteContact/Nieuw", new Dictionary<string, string>(Velden("Dubbel Tafelgast")) { ["TochOpslaan"] = "true" })).StatusCode);
        Assert.Equal(2, await AantalContactenAsync("Dubbel Tafelgast"));
    }

    [Fact]
    public async Task Een_tweede_advies_voor_dezelfde_voorziening_terwijl_er_een_loopt_wordt_gemarkeerd()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var eerste = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{eerste}", Advies(12)));
        var bsn = await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == eerste).Join(db.Inwoners, v => v.InwonerId, i => i.Id, (v, i) => i.Bsn).SingleAsync());
        var tweede = await IntakeHulp.PakOpAsync(fatima, await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Jansen"), bsn.Value);
        await IntakeHulp.MaakKlaarVoorUitkomstAsync(factory, fatima, tweede);

        var antwoord = await fatima.PostFormAsync($"/Vraag/Advies/{tweede}", Advies(12));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await IntakeHulp.HtmlAsync(antwoord);
        Assert.Contains("Voor deze inwoner is al een advies voor", html, StringComparison.Ordinal);
        Assert.Contains("Toch indienen", html, StringComparison.Ordinal);
        Assert.Null((await IntakeHulp.VraagAsync(factory, tweede)).AdviesId);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{tweede}", new Dictionary<string, string>(Advies(12)) { ["TochOpslaan"] = "true" }));
        Assert.NotNull((await IntakeHulp.VraagAsync(factory, tweede)).AdviesId);
    }

    [Fact]
    public async Task Een_duur_boven_het_beleidsmaximum_geeft_de_sociaal_werker_een_waarschuwing_bij_het_advies()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        Assert.Contains("Standaard hoogstens 24 maanden", await IntakeHulp.HtmlAsync(await fatima.Http.GetAsync(new Uri($"/Vraag/Advies/{vraagId}", UriKind.Relative))), StringComparison.Ordinal);

        var antwoord = await fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", Advies(30));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await IntakeHulp.HtmlAsync(antwoord);
        Assert.Contains("Deze duur is langer dan het beleidsmaximum van 24 maanden", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Einddatum-fout\"", html, StringComparison.Ordinal);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).AdviesId);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", new Dictionary<string, string>(Advies(30)) { ["TochOpslaan"] = "true" }));
        Assert.NotNull((await IntakeHulp.VraagAsync(factory, vraagId)).AdviesId);
    }

    [Fact]
    public async Task Een_tweede_conceptplan_opent_het_bestaande_concept_in_plaats_van_een_leeg_tweede()
    {
        var (huishoudenId, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Conceptdubbel");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var eerste = await fatima.PostFormAsync($"/Huishouden/Details/{huishoudenId}", new Dictionary<string, string>(), $"/Plan/Nieuw?huishoudenId={huishoudenId}");
        var tweede = await fatima.PostFormAsync($"/Huishouden/Details/{huishoudenId}", new Dictionary<string, string>(), $"/Plan/Nieuw?huishoudenId={huishoudenId}");

        Assert.Equal(eerste.Headers.Location, tweede.Headers.Location);
        Assert.Contains("Dit huishouden heeft al een conceptplan", await DossierTestData.VolgRedirectAsync(fatima, tweede), StringComparison.Ordinal);
        Assert.Equal(1, await factory.LeesAsync(db => db.Ondersteuningsplannen.CountAsync(p => p.HuishoudenId == huishoudenId && p.Status == PlanStatus.Concept)));
    }

    [Fact]
    public async Task De_vraagpagina_toont_de_stappen_met_wat_ontbreekt_als_links()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Stappen"), TestBsn.Nieuw());

        var html = await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}");

        foreach (var stap in new[] { "Melding", "Gesprek", "Onderzoek", "Afweging", "Uitkomst", "Advies" })
        {
            Assert.Contains($"<strong>{stap}</strong>", html, StringComparison.Ordinal);
        }

        Assert.Contains($"href=\"/Vraag/Onderzoek/{vraagId}#ClientondersteuningAangebodenOp\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Vraag/Gesprek/{vraagId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Vraag/Onderzoek/{vraagId}#VraagAchterDeVraag\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Vraag/Afweging/{vraagId}#stap-1\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Vraag/Uitkomst/{vraagId}\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"stap-1\"", await fatima.GetHtmlAsync($"/Vraag/Afweging/{vraagId}"), StringComparison.Ordinal);

        // After the gesprek and the fixed order, those steps are done and no longer listed as missing.
        await IntakeHulp.MaakKlaarVoorUitkomstAsync(factory, fatima, vraagId);
        html = await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}");
        Assert.DoesNotContain("#ClientondersteuningAangebodenOp\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Vraag/Afweging/{vraagId}#stap-1\"", html, StringComparison.Ordinal);
        Assert.Contains($"/Vraag/Afweging/{vraagId}#stap-8\"", html, StringComparison.Ordinal);
        Assert.Contains("stap stap--gedaan\">\n                <strong>Gesprek</strong>", html.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_uitkomst_zonder_voorwaarden_noemt_alles_wat_ontbreekt_tegelijk_met_links()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Voorwaarden"), TestBsn.Nieuw());

        var antwoord = await fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string>
        {
            ["Soort"] = "Basisondersteuning",
            ["BasisVoorzieningCode"] = "BO-TO",
            ["SoortOndersteuning"] = "Individuele begeleiding thuis",
            ["Startdatum"] = IntakeHulp.Vandaag(factory),
        });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await IntakeHulp.HtmlAsync(antwoord);
        var overzicht = html[html.IndexOf("class=\"foutoverzicht\"", StringComparison.Ordinal)..];
        overzicht = overzicht[..overzicht.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Contains($"href=\"/Vraag/Onderzoek/{vraagId}#ClientondersteuningAangebodenOp\"", overzicht, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Vraag/Gesprek/{vraagId}\"", overzicht, StringComparison.Ordinal);
        for (var stap = 1; stap <= 6; stap++)
        {
            Assert.Contains($"href=\"/Vraag/Afweging/{vraagId}#stap-{stap}\"", overzicht, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"#stap-7\"", overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain("EigenKracht", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gesprek_afronden_zonder_clientondersteuning_linkt_naar_dat_veld_en_fouten_noemen_geen_codenamen()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Afronden"), TestBsn.Nieuw());
        var gesprekId = await IntakeHulp.PlanGesprekAsync(factory, fatima, vraagId);

        var antwoord = await fatima.PostFormAsync($"/Vraag/GesprekAfronden/{vraagId}?gesprekId={gesprekId}",
            new Dictionary<string, string> { ["GesprekId"] = gesprekId.ToString(), ["Verslag"] = "Gesprek gevoerd." }, $"/Vraag/GesprekAfronden/{vraagId}");

        var html = await IntakeHulp.HtmlAsync(antwoord);
        Assert.Contains("Leg eerst vast dat gratis onafhankelijke cliëntondersteuning is aangeboden.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Vraag/Onderzoek/{vraagId}#ClientondersteuningAangebodenOp\"", html, StringComparison.Ordinal);

        var overgeslagen = await fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", new Dictionary<string, string>
        {
            ["Stappen[0].Stap"] = "EigenKracht",
            ["Stappen[1].Stap"] = "GebruikelijkeHulp",
            ["Stappen[1].BiedtOplossing"] = "true",
        });
        var fout = await IntakeHulp.HtmlAsync(overgeslagen);
        Assert.Contains("Beantwoord eerst de eerdere stap 1 van de vaste volgorde.", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("'EigenKracht'", fout, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Advies(int maanden)
    {
        var ingang = DateTime.UtcNow.AddDays(14);
        return new()
        {
            ["VoorzieningCode"] = "AO-TO",
            ["Volume"] = "4",
            ["Eenheid"] = "Uur",
            ["Frequentie"] = "PerWeek",
            ["Ingangsdatum"] = ingang.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Einddatum"] = ingang.AddMonths(maanden).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Leveringsvorm"] = "ZorgInNatura",
            ["Motivering"] = "De zorg is vaak onplanbaar; specialistische begeleiding is nodig.",
        };
    }

    private Task<Guid?> ContactVraagAsync(Guid contactId) =>
        factory.LeesAsync(db => db.EersteContacten.Where(c => c.Id == contactId).Select(c => c.OndersteuningsvraagId).SingleAsync());

    private Task<int> AantalContactenAsync(string naam) =>
        factory.LeesAsync(db => db.EersteContacten.CountAsync(c => c.Melder.Naam == naam || c.Melder.Naam == naam.ToLowerInvariant()));
}
