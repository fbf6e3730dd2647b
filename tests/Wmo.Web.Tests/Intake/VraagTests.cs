using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

public sealed class VraagTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Sociaal_werker_pakt_op_en_rondt_gesprek_pas_af_na_aanbod_clientondersteuning()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Gesprek Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Gespreksma");

        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(VraagStatus.InVraagverheldering, vraag.Status);
        Assert.Equal(contactId, vraag.EersteContactId);
        Assert.Contains("In vraagverheldering", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);

        var gesprekId = await IntakeHulp.PlanGesprekAsync(factory, fatima, vraagId);
        var geweigerd = await fatima.PostFormAsync($"/Vraag/GesprekAfronden/{vraagId}?gesprekId={gesprekId}",
            new Dictionary<string, string> { ["GesprekId"] = gesprekId.ToString(), ["Verslag"] = "Gevoerd." }, $"/Vraag/GesprekAfronden/{vraagId}");
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("Leg eerst vast dat gratis onafhankelijke cliëntondersteuning is aangeboden.", await IntakeHulp.HtmlAsync(geweigerd), StringComparison.Ordinal);
        Assert.False((await IntakeHulp.VraagAsync(factory, vraagId)).Gesprekken.Single().IsAfgerond);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string>
        {
            ["ClientondersteuningAangebodenOp"] = IntakeHulp.Vandaag(factory),
            ["VraagAchterDeVraag"] = "Eenzaamheid sinds het overlijden van haar man.",
            ["Leefgebieden[WelzijnSocialeRelaties]"] = "Weinig contacten.",
        }));
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/GesprekAfronden/{vraagId}?gesprekId={gesprekId}",
            new Dictionary<string, string> { ["GesprekId"] = gesprekId.ToString(), ["Verslag"] = "Gevoerd." }, $"/Vraag/GesprekAfronden/{vraagId}"));

        vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.True(vraag.Gesprekken.Single().IsAfgerond);
        Assert.Equal(2, vraag.Gesprekken.Single().Deelnemers.Count);
        Assert.Equal("Weinig contacten.", vraag.Leefgebieden.Single().Situatie);
    }

    [Fact]
    public async Task Oppakken_met_bekend_bsn_buiten_caseload_vraagt_de_gegevens_en_opent_het_huishouden_niet()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var bsn = TestBsn.Nieuw();
        var huishoudenId = await factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<Wmo.Application.Seeding.DossierBouwer>().HuishoudenAsync(bsn, "Klaas", "Bekend", new DateOnly(1948, 5, 1), "Vlietsingel", 3, "8913 AB", "Leeuwarden")).Huishouden.Id);
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Bekende Melder");
        var vragenVoor = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.CountAsync());

        var onbekend = await fatima.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string> { ["Bsn"] = TestBsn.Nieuw() });
        var html = await IntakeHulp.HtmlAsync(onbekend);
        Assert.Equal(HttpStatusCode.OK, onbekend.StatusCode);
        Assert.Contains("id=\"Achternaam-fout\"", html, StringComparison.Ordinal);
        Assert.Equal(vragenVoor, await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.CountAsync()));

        // Known, but outside her caseload: the same data is asked as for an unknown BSN (issue 9, no BSN oracle) ...
        var alleenBsn = await fatima.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string> { ["Bsn"] = bsn });
        Assert.Contains("id=\"Achternaam-fout\"", await IntakeHulp.HtmlAsync(alleenBsn), StringComparison.Ordinal);
        await IntakeHulp.PakOpAsync(fatima, contactId, bsn, "Bekend");

        // ... and the vraag joins the household it belongs to, without opening that household to her.
        var vraag = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.AsNoTracking().SingleAsync(v => v.EersteContactId == contactId));
        Assert.Equal(huishoudenId, vraag.HuishoudenId);
        Assert.True(vraag.HuishoudenAfgeschermd);

        // A first contact is picked up once: the form sends you to the vraag, a second POST is refused by the domain.
        var opnieuw = await fatima.Http.GetAsync(new Uri($"/Vraag/Oppakken/{contactId}", UriKind.Relative));
        Assert.Equal($"/Vraag/Details/{vraag.Id}", opnieuw.Headers.Location!.OriginalString);
        var tweede = await IntakeHulp.PostMetTokenVanAsync(fatima, "/Zoeken", $"/Vraag/Oppakken/{contactId}", new Dictionary<string, string>
        {
            ["Bsn"] = bsn, ["Voornamen"] = "Klaas", ["Achternaam"] = "Bekend", ["Geboortedatum"] = "1948-05-01", ["Straat"] = "Vlietsingel",
            ["Huisnummer"] = "3", ["Postcode"] = "8913 AB", ["Woonplaats"] = "Leeuwarden",
        });
        Assert.Contains("Dit eerste contact is al opgepakt.", await IntakeHulp.HtmlAsync(tweede), StringComparison.Ordinal);
        Assert.Equal(vragenVoor + 1, await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Ondersteuningsvragen.CountAsync()));
    }

    [Fact]
    public async Task Onderzoek_wordt_opgeschort_met_reden_en_hervat()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Opschort Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw());

        var zonderReden = await fatima.PostFormAsync($"/Vraag/Opschorten/{vraagId}", new Dictionary<string, string> { ["Van"] = IntakeHulp.Vandaag(factory) });
        Assert.Contains("id=\"Reden-fout\"", await IntakeHulp.HtmlAsync(zonderReden), StringComparison.Ordinal);
        Assert.Empty((await IntakeHulp.VraagAsync(factory, vraagId)).Opschortingen);

        var zonderToestemming = await fatima.PostFormAsync($"/Vraag/Opschorten/{vraagId}", new Dictionary<string, string> { ["Van"] = IntakeHulp.Vandaag(factory), ["Reden"] = "Wacht op huisarts." });
        Assert.Contains("id=\"ToestemmingInwoner-fout\"", await IntakeHulp.HtmlAsync(zonderToestemming), StringComparison.Ordinal);
        var voorMelding = await fatima.PostFormAsync($"/Vraag/Opschorten/{vraagId}", new Dictionary<string, string>
        {
            ["Van"] = Wmo.Web.Weergave.Klok.Vandaag(factory.Klok).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Reden"] = "Te vroeg.", ["ToestemmingInwoner"] = "true",
        });
        Assert.Contains("Een opschorting kan niet beginnen vóór de melding", System.Net.WebUtility.HtmlDecode(await IntakeHulp.HtmlAsync(voorMelding)), StringComparison.Ordinal);
        Assert.Empty((await IntakeHulp.VraagAsync(factory, vraagId)).Opschortingen);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Opschorten/{vraagId}", new Dictionary<string, string> { ["Van"] = IntakeHulp.Vandaag(factory), ["Reden"] = "Inwoner vraagt bedenktijd.", ["ToestemmingInwoner"] = "true" }));
        Assert.True((await IntakeHulp.VraagAsync(factory, vraagId)).IsOpgeschort);
        Assert.True((await IntakeHulp.VraagAsync(factory, vraagId)).Opschortingen[0].ToestemmingInwoner);
        Assert.Contains("Inwoner vraagt bedenktijd.", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);

        var dubbel = await IntakeHulp.PostMetTokenVanAsync(fatima, "/Zoeken", $"/Vraag/Opschorten/{vraagId}", new Dictionary<string, string> { ["Van"] = IntakeHulp.Vandaag(factory), ["Reden"] = "Nog eens.", ["ToestemmingInwoner"] = "true" });
        Assert.Contains("Het onderzoek is al opgeschort.", await IntakeHulp.HtmlAsync(dubbel), StringComparison.Ordinal);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Hervatten/{vraagId}", new Dictionary<string, string> { ["LaatsteOpgeschorteDag"] = IntakeHulp.Vandaag(factory) }));
        Assert.False((await IntakeHulp.VraagAsync(factory, vraagId)).IsOpgeschort);
    }

    [Fact]
    public async Task Werkvoorraad_filtert_op_spoed_en_status()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var spoed = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Spoed Filter", Veiligheidssignaal.DreigendeHuisuitzetting);
        var gewoon = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Gewoon Filter");
        await IntakeHulp.PakOpAsync(fatima, spoed, TestBsn.Nieuw(), "Spoedfilterma");
        await IntakeHulp.PakOpAsync(fatima, gewoon, TestBsn.Nieuw(), "Gewoonfilterma");

        var alles = await fatima.GetHtmlAsync("/Werkvoorraad");
        Assert.True(alles.IndexOf("Spoedfilterma", StringComparison.Ordinal) < alles.IndexOf("Gewoonfilterma", StringComparison.Ordinal), "Spoed staat eerst.");
        var alleenSpoed = await fatima.GetHtmlAsync("/Werkvoorraad?AlleenUrgent=true");
        Assert.Contains("Spoedfilterma", alleenSpoed, StringComparison.Ordinal);
        Assert.DoesNotContain("Gewoonfilterma", alleenSpoed, StringComparison.Ordinal);
        var andereStatus = await fatima.GetHtmlAsync("/Werkvoorraad?Status=AdviesIngediend");
        Assert.DoesNotContain("Spoedfilterma", andereStatus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gelijktijdige_wijziging_van_het_onderzoek_overschrijft_niets()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Versie Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw());
        var formulier = await fatima.GetHtmlAsync($"/Vraag/Onderzoek/{vraagId}");
        var versie = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"Versie\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        Assert.NotEqual(Guid.Empty, Guid.Parse(versie));

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["Versie"] = versie, ["VraagAchterDeVraag"] = "Eerste versie." }));
        var tweede = await fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["Versie"] = versie, ["VraagAchterDeVraag"] = "Verouderd formulier." });

        Assert.Equal(HttpStatusCode.Conflict, tweede.StatusCode);
        Assert.Equal("Eerste versie.", (await IntakeHulp.VraagAsync(factory, vraagId)).VraagAchterDeVraag);
    }

    [Fact]
    public async Task Afweging_buiten_de_vaste_volgorde_of_zonder_motivering_wordt_geweigerd()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Afweging Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw());

        var zonderMotivering = await fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", new Dictionary<string, string> { ["Stappen[0].Stap"] = "EigenKracht", ["Stappen[0].BiedtOplossing"] = "false" });
        Assert.Contains("Motiveer waarom deze stap geen oplossing biedt.", await IntakeHulp.HtmlAsync(zonderMotivering), StringComparison.Ordinal);

        var overgeslagen = await fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", new Dictionary<string, string> { ["Stappen[0].Stap"] = "EigenKracht", ["Stappen[1].Stap"] = "GebruikelijkeHulp", ["Stappen[1].BiedtOplossing"] = "true" });
        Assert.Contains("Beantwoord eerst de eerdere stap", await IntakeHulp.HtmlAsync(overgeslagen), StringComparison.Ordinal);
        Assert.Empty((await IntakeHulp.VraagAsync(factory, vraagId)).Afweging);
    }

    [Fact]
    public async Task Uitkomst_advies_en_doorverwijzing_sluit_de_vraag_af()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);

        var leeg = await fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string> { ["Soort"] = "AdviesDoorverwijzing" });
        Assert.Contains("id=\"DoorverwezenNaar-fout\"", await IntakeHulp.HtmlAsync(leeg), StringComparison.Ordinal);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string> { ["Soort"] = "AdviesDoorverwijzing", ["DoorverwezenNaar"] = "CIZ (Wlz)" }));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(VraagStatus.Afgesloten, vraag.Status);
        Assert.Equal("CIZ (Wlz)", vraag.Uitkomst!.DoorverwezenNaar);
    }

    [Fact]
    public async Task Uitkomst_sociale_basis_verwijst_naar_gekozen_aanbod()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        var aanbodId = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var aanbod = new SocialeKaartAanbod("Humanitas", "Maatje voor ouderen", AanbodSoort.Maatje, "Wekelijks bezoek", null, "Wekelijks", "Thuis", "058-1234567");
            db.Add(aanbod);
            await db.SaveChangesAsync();
            return aanbod.Id;
        });

        var zonder = await fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string> { ["Soort"] = "SocialeBasis" });
        Assert.Contains("Kies minstens één aanbod van de sociale kaart.", await IntakeHulp.HtmlAsync(zonder), StringComparison.Ordinal);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string> { ["Soort"] = "SocialeBasis", ["AanbodIds"] = aanbodId.ToString() }));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(VraagStatus.UitkomstVastgelegd, vraag.Status);
        Assert.Equal([aanbodId], vraag.Uitkomst!.SocialeKaartAanbodIds);
        Assert.Contains("Maatje voor ouderen", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uitkomst_basisondersteuning_wordt_beschikkingsvrij_geregistreerd()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string>
        {
            ["Soort"] = "Basisondersteuning",
            ["BasisVoorzieningCode"] = "BO-TO",
            ["SoortOndersteuning"] = "Individuele begeleiding thuis",
            ["Startdatum"] = IntakeHulp.Vandaag(factory),
        }));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(VraagStatus.UitkomstVastgelegd, vraag.Status);
        Assert.Equal("BO-TO", vraag.Uitkomst!.VoorzieningCode);
        Assert.Null(vraag.Aanvraagdatum);
    }

    [Fact]
    public async Task Uitkomst_verwijzing_gaat_alleen_naar_aanbieder_in_het_juiste_perceel()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        var (zorggroep, thuishulp) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var zg = await db.Organisaties.SingleAsync(o => o.Naam == "Zorggroep Noord");
            var th = await db.Organisaties.SingleAsync(o => o.Naam == "Thuishulp Friesland");
            zg.ZetPercelen([Perceel.ThuisondersteuningEnDagbesteding]);
            th.ZetPercelen([Perceel.HulpBijHetHuishouden]);
            db.Bewaar(zg);
            db.Bewaar(th);
            await db.SaveChangesAsync();
            return (zg.Id, th.Id);
        });

        var verkeerd = await fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string>
        {
            ["Soort"] = "AanvullendViaVerwijzing",
            ["VerwijzingVoorzieningCode"] = "AO-TO",
            ["AanbiederId"] = thuishulp.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, verkeerd.StatusCode);
        Assert.Contains("De verwijzing gaat naar een aanbieder in een ander perceel dan de voorziening.", await IntakeHulp.HtmlAsync(verkeerd), StringComparison.Ordinal);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).Uitkomst);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string>
        {
            ["Soort"] = "AanvullendViaVerwijzing",
            ["VerwijzingVoorzieningCode"] = "AO-TO",
            ["AanbiederId"] = zorggroep.ToString(),
        }));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(zorggroep, vraag.Uitkomst!.AanbiederId);
        Assert.Equal(Perceel.ThuisondersteuningEnDagbesteding, vraag.Uitkomst.Perceel);
        Assert.Contains($"/Brief/Verwijsbrief/{vraagId}", await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanvraag_met_zwaarwegend_advies_wordt_ingediend_voor_toetsing()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);

        var pgbZonderMotivering = await fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", IntakeHulp.Advies("Pgb"));
        Assert.Equal(HttpStatusCode.OK, pgbZonderMotivering.StatusCode);
        Assert.Contains("pgb", (await IntakeHulp.HtmlAsync(pgbZonderMotivering)).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("foutoverzicht", await IntakeHulp.HtmlAsync(pgbZonderMotivering), StringComparison.Ordinal);
        Assert.Equal(VraagStatus.InVraagverheldering, (await IntakeHulp.VraagAsync(factory, vraagId)).Status);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", IntakeHulp.Advies("ZorgInNatura")));
        var vraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(VraagStatus.AdviesIngediend, vraag.Status);
        Assert.NotNull(vraag.Aanvraagdatum);
        var advies = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Adviezen.AsNoTracking().SingleAsync(a => a.Id == vraag.AdviesId));
        Assert.Equal(AdviesStatus.Ingediend, advies.Status);
        Assert.Equal(4, advies.Omvang.Volume);
        Assert.Equal(vraag.Aanvraagdatum, advies.Aanvraagdatum);
        var html = await fatima.GetHtmlAsync($"/Vraag/Details/{vraagId}");
        Assert.Contains("id=\"beschikkingstermijn\"", html, StringComparison.Ordinal);
        Assert.Contains($"/Brief/Advies/{advies.Id}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inwoner_vraagt_beschikking_aan_na_doorverwijzing_en_teruggestuurd_advies_wordt_herzien()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string> { ["Soort"] = "AdviesDoorverwijzing", ["DoorverwezenNaar"] = "Huisarts" }));

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Aanvraag/{vraagId}", new Dictionary<string, string>()));
        Assert.Equal(VraagStatus.AdviesVereist, (await IntakeHulp.VraagAsync(factory, vraagId)).Status);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Advies/{vraagId}", IntakeHulp.Advies("ZorgInNatura")));

        // The toetser sends it back; it lands in the author's werkvoorraad.
        var adviesId = (await IntakeHulp.VraagAsync(factory, vraagId)).AdviesId!.Value;
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var toetser = await sp.GetRequiredService<Wmo.Application.Seeding.DossierBouwer>().ActorAsync("marieke.hoekstra");
            var advies = await db.Adviezen.SingleAsync(a => a.Id == adviesId);
            var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == vraagId);
            advies.StuurTerug(toetser, null, "Onderbouw de omvang per week.", factory.Klok.GetUtcNow());
            vraag.MarkeerAdviesTeruggestuurd();
            db.Bewaar(advies);
            await db.SaveChangesAsync();
            return 0;
        });
        var werkvoorraad = await fatima.GetHtmlAsync("/Werkvoorraad");
        Assert.Contains($"/Vraag/AdviesHerzien/{adviesId}", werkvoorraad, StringComparison.Ordinal);
        Assert.Contains("Onderbouw de omvang per week.", await fatima.GetHtmlAsync($"/Vraag/AdviesHerzien/{adviesId}"), StringComparison.Ordinal);

        var herzien = IntakeHulp.Advies("ZorgInNatura");
        herzien["Volume"] = "5";
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/AdviesHerzien/{adviesId}", herzien));
        var opnieuw = await factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Adviezen.AsNoTracking().SingleAsync(a => a.Id == adviesId));
        Assert.Equal(AdviesStatus.Ingediend, opnieuw.Status);
        Assert.Equal(5, opnieuw.Omvang.Volume);
        var herzieneVraag = await IntakeHulp.VraagAsync(factory, vraagId);
        Assert.Equal(VraagStatus.AdviesIngediend, herzieneVraag.Status);

        // The toetser's queue sorts on the advies' own aanvraagdatum (issue 15): the vraag's, as stored, after resubmission too.
        Assert.NotNull(opnieuw.Aanvraagdatum);
        Assert.Equal(herzieneVraag.Aanvraagdatum, opnieuw.Aanvraagdatum);
    }

    [Fact]
    public async Task Afwegingskader_toont_suggestie_en_eist_motivering_bij_afwijken()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);
        var url = $"/Vraag/Afwegingskader/{vraagId}?vorm=Thuisondersteuning";
        var scores = new Dictionary<string, string>
        {
            ["Vorm"] = "Thuisondersteuning",
            ["Scores[doel]"] = "Aanvullend",
            ["Scores[inzicht]"] = "Aanvullend",
            ["Scores[planbaarheid]"] = "Aanvullend",
            ["Scores[deskundigheid]"] = "Basis",
        };

        var beoordeeld = await fatima.PostFormAsync(url, new Dictionary<string, string>(scores) { ["Actie"] = "beoordeel" }, $"/Vraag/Afwegingskader/{vraagId}");
        Assert.Contains("Suggestie: Aanvullende ondersteuning", await IntakeHulp.HtmlAsync(beoordeeld), StringComparison.Ordinal);

        var afwijkend = await fatima.PostFormAsync(url, new Dictionary<string, string>(scores) { ["Actie"] = "vastleggen", ["Keuze"] = "Basisondersteuning" }, $"/Vraag/Afwegingskader/{vraagId}");
        Assert.Contains("motiveer die keuze", await IntakeHulp.HtmlAsync(afwijkend), StringComparison.Ordinal);
        Assert.Empty((await IntakeHulp.VraagAsync(factory, vraagId)).KaderBeoordelingen);

        await IntakeHulp.Verwacht302(fatima.PostFormAsync(url, new Dictionary<string, string>(scores)
        {
            ["Actie"] = "vastleggen",
            ["Keuze"] = "Basisondersteuning",
            ["Motivering"] = "Het netwerk vangt de onplanbare momenten op.",
        }, $"/Vraag/Afwegingskader/{vraagId}"));
        var kader = (await IntakeHulp.VraagAsync(factory, vraagId)).KaderBeoordelingen.Single();
        Assert.Equal(Pijler.AanvullendeOndersteuning, kader.Suggestie);
        Assert.Equal(Pijler.Basisondersteuning, kader.Keuze);
    }

    [Fact]
    public async Task Vrijwilliger_die_een_uitkomst_post_wordt_geweigerd()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var vraagId = await IntakeHulp.VraagKlaarVoorUitkomstAsync(factory, anna, fatima);

        var response = await IntakeHulp.PostMetTokenVanAsync(anna, "/EersteContact/Nieuw", $"/Vraag/Uitkomst/{vraagId}",
            new Dictionary<string, string> { ["Soort"] = "AdviesDoorverwijzing", ["DoorverwezenNaar"] = "Huisarts" });

        IntakeHulp.VerwachtGeweigerd(response);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).Uitkomst);
    }

    [Fact]
    public async Task Sociaal_werker_van_een_andere_buurtkamer_ziet_de_vraag_niet()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Andere Kamer");
        using var jeroen = await IntakeHulp.InloggenAsync(factory, "jeroen.bakker");
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Vraag/Oppakken/{contactId}", UriKind.Relative))).StatusCode);

        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw());
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Vraag/Details/{vraagId}", UriKind.Relative))).StatusCode);
        var response = await IntakeHulp.PostMetTokenVanAsync(jeroen, "/Zoeken", $"/Vraag/Gesprek/{vraagId}",
            new Dictionary<string, string> { ["Datum"] = IntakeHulp.Vandaag(factory), ["Locatie"] = "Thuis", ["Deelnemers[0].Naam"] = "X", ["Deelnemers[0].Rol"] = "Inwoner" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty((await IntakeHulp.VraagAsync(factory, vraagId)).Gesprekken);
    }
}
