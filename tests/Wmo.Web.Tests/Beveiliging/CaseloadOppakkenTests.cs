using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// Issue 9: picking up a first contact with the BSN of an inwoner whose household lies in another caseload must not open
/// that household, must not tell whether the BSN exists (no oracle), and is audited as a search.
/// </summary>
public sealed partial class CaseloadOppakkenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private Task<(string Bsn, Guid HuishoudenId, Guid VraagId)> DossierBijJeroenAsync(string achternaam) => IntakeHulp.DossierBijJeroenAsync(factory, achternaam);

    [Fact]
    public async Task Oppakken_met_bsn_uit_andere_caseload_opent_het_bestaande_dossier_niet()
    {
        var (bsn, huishoudenId, vraagJeroen) = await DossierBijJeroenAsync("Caseloadlek");
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Melder Oost");

        var vraagFatima = await IntakeHulp.PakOpAsync(fatima, contactId, bsn, "Caseloadlek");

        // Her own vraag is hers to work on ...
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync($"/Vraag/Details/{vraagFatima}")).StatusCode);

        // ... but the household and Jeroen's vraag stay closed until inzage buiten eigen caseload or the regievoerder.
        Assert.Equal(HttpStatusCode.Forbidden, (await fatima.Http.GetAsync($"/Huishouden/Details/{huishoudenId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fatima.Http.GetAsync($"/Vraag/Details/{vraagJeroen}")).StatusCode);
        var zoeken = await IntakeHulp.HtmlAsync(await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string> { ["Bsn"] = bsn }));
        Assert.DoesNotContain($"/Huishouden/Details/{huishoudenId}", zoeken, StringComparison.Ordinal);

        // The regievoerder side: Jeroen sees the new vraag in the household he is responsible for.
        using var jeroen = await IntakeHulp.InloggenAsync(factory, "jeroen.bakker");
        Assert.Equal(HttpStatusCode.OK, (await jeroen.Http.GetAsync($"/Vraag/Details/{vraagFatima}")).StatusCode);
        Assert.Equal(huishoudenId, await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == vraagFatima).Select(v => v.HuishoudenId).SingleAsync()));
    }

    [Fact]
    public async Task Oppakken_verraadt_niet_of_een_bsn_elders_bekend_is()
    {
        var (bekend, _, _) = await DossierBijJeroenAsync("Orakel");
        var onbekend = TestBsn.Nieuw();
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Melder Oost");

        var bekendAntwoord = await fatima.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string> { ["Bsn"] = bekend });
        var onbekendAntwoord = await fatima.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string> { ["Bsn"] = onbekend });

        Assert.Equal(onbekendAntwoord.StatusCode, bekendAntwoord.StatusCode);
        var bekendHtml = Vergelijkbaar(await IntakeHulp.HtmlAsync(bekendAntwoord), bekend);
        var onbekendHtml = Vergelijkbaar(await IntakeHulp.HtmlAsync(onbekendAntwoord), onbekend);
        Assert.Equal(onbekendHtml, bekendHtml);
        Assert.DoesNotContain("Orakel", bekendHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elke_bsn_opzoeking_bij_oppakken_staat_als_zoekopdracht_in_de_audittrail()
    {
        var (bsn, huishoudenId, _) = await DossierBijJeroenAsync("Zoekspoor");
        var inwonerId = await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.HuishoudenId == huishoudenId).Select(v => v.InwonerId).FirstAsync());
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Melder Zoekspoor");

        // Even a lookup that ends in a form error is recorded, with the person it hit.
        await fatima.PostFormAsync($"/Vraag/Oppakken/{contactId}", new Dictionary<string, string> { ["Bsn"] = bsn });

        var zoekregels = await factory.LeesAsync(db => db.AuditTrail.Where(r => r.Actie == AuditActie.Zoeken && r.InwonerId == inwonerId && r.GebruikerNaam.Contains("Fatima")).CountAsync());
        Assert.Equal(1, zoekregels);
    }

    [Fact]
    public async Task Lid_toevoegen_verraadt_niet_of_een_bsn_elders_bekend_is_en_elke_opzoeking_staat_in_de_audittrail()
    {
        var (bekend, huishoudenJeroen, _) = await DossierBijJeroenAsync("Ledenorakel");
        var inwonerId = await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.HuishoudenId == huishoudenJeroen).Select(v => v.InwonerId).FirstAsync());
        var onbekend = TestBsn.Nieuw();
        var (huishoudenFatima, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Eigenhuis");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var voor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));

        // Only the BSN: the same form, the same words, for a BSN known elsewhere and an unknown one.
        var url = $"/Huishouden/LidToevoegen/{huishoudenFatima}";
        var bekendAntwoord = await fatima.PostFormAsync(url, new Dictionary<string, string> { ["Bsn"] = bekend, ["Relatie"] = "Partner", ["Vanaf"] = "2026-01-01" });
        var onbekendAntwoord = await fatima.PostFormAsync(url, new Dictionary<string, string> { ["Bsn"] = onbekend, ["Relatie"] = "Partner", ["Vanaf"] = "2026-01-01" });

        Assert.Equal(HttpStatusCode.OK, bekendAntwoord.StatusCode);
        Assert.Equal(onbekendAntwoord.StatusCode, bekendAntwoord.StatusCode);
        var bekendHtml = Vergelijkbaar(await IntakeHulp.HtmlAsync(bekendAntwoord), bekend);
        Assert.Equal(Vergelijkbaar(await IntakeHulp.HtmlAsync(onbekendAntwoord), onbekend), bekendHtml);
        Assert.DoesNotContain("Ledenorakel", bekendHtml, StringComparison.Ordinal);
        Assert.Single((await DossierTestData.HuishoudenAsync(factory, huishoudenFatima)).Lidmaatschappen);

        // Without the person's data there is no lookup at all; with them, every lookup is a search in the trail, with the
        // person and household it hit, also when the form then refuses (here: a member of another household).
        Assert.DoesNotContain(await factory.LeesAsync(db => db.AuditTrail.AsNoTracking().Where(r => r.Volgnummer > voor).ToListAsync()),
            r => r.Actie is AuditActie.Aanmaken or AuditActie.Wijzigen);
        var compleet = await fatima.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Bsn"] = bekend, ["Relatie"] = "Partner", ["Vanaf"] = "2026-01-01", ["Voornamen"] = "Iemand", ["Achternaam"] = "Anders", ["Geboortedatum"] = "1980-01-01",
            ["Straat"] = "Vlietsingel", ["Huisnummer"] = "3", ["Postcode"] = "8913 AB", ["Woonplaats"] = "Leeuwarden",
        });
        // Complete: an aanmelding (issue 9: the person's regievoerder decides), not a membership and not a refusal.
        Assert.Equal(HttpStatusCode.Redirect, compleet.StatusCode);
        Assert.DoesNotContain("Ledenorakel", await fatima.Http.GetStringAsync(compleet.Headers.Location), StringComparison.Ordinal);
        var zoekregel = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .SingleAsync(r => r.Volgnummer > voor && r.Actie == AuditActie.Zoeken && r.Details!.Contains("aanmelden van een lid")));
        Assert.Equal(inwonerId, zoekregel.InwonerId);
        Assert.Equal(huishoudenJeroen, zoekregel.HuishoudenId);
        Assert.Single((await DossierTestData.HuishoudenAsync(factory, huishoudenFatima)).Lidmaatschappen);
    }

    [Fact]
    public async Task Lid_aanmelden_geeft_voor_een_bsn_elders_en_een_onbekend_bsn_hetzelfde_antwoord_en_het_andere_dossier_blijft_dicht()
    {
        var (bekend, huishoudenJeroen, _) = await DossierBijJeroenAsync("Verhuisorakel");
        var inwonerId = await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.HuishoudenId == huishoudenJeroen).Select(v => v.InwonerId).FirstAsync());
        var onbekend = TestBsn.Nieuw();
        var (huishoudenFatima, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Ontvanger");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        using var jeroen = await IntakeHulp.InloggenAsync(factory, "jeroen.bakker");
        var jeroenId = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "jeroen.bakker").Select(u => u.Id).SingleAsync());
        await IntakeHulp.Verwacht302(jeroen.PostFormAsync($"/Huishouden/RegievoerderToewijzen/{huishoudenJeroen}", new Dictionary<string, string> { ["RegievoerderId"] = jeroenId.ToString() }));
        var voor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));
        // From tomorrow: the membership at Jeroen's household began today, and ends the day before the move.
        var vanaf = Web.Weergave.Klok.Vandaag(factory.Klok).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Velden(string bsn) => new()
        {
            ["Bsn"] = bsn, ["Relatie"] = "Partner", ["Vanaf"] = vanaf, ["Voornamen"] = "Iemand", ["Achternaam"] = "Anders",
            ["Geboortedatum"] = "1980-01-01", ["Straat"] = "Vlietsingel", ["Huisnummer"] = "3", ["Postcode"] = "8913 AB", ["Woonplaats"] = "Leeuwarden",
        };
        var url = $"/Huishouden/LidToevoegen/{huishoudenFatima}";

        // The same status, the same redirect and the same confirmation, for a BSN in a household outside her caseload and an unknown one.
        var bekendAntwoord = await fatima.PostFormAsync(url, Velden(bekend));
        var bekendPagina = await fatima.Http.GetStringAsync(bekendAntwoord.Headers.Location);
        var onbekendAntwoord = await fatima.PostFormAsync(url, Velden(onbekend));
        var onbekendPagina = await fatima.Http.GetStringAsync(onbekendAntwoord.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, bekendAntwoord.StatusCode);
        Assert.Equal(onbekendAntwoord.StatusCode, bekendAntwoord.StatusCode);
        Assert.Equal(onbekendAntwoord.Headers.Location, bekendAntwoord.Headers.Location);
        var melding = Controllers.HuishoudenLedenController.AanmeldingVastgelegd("Iemand Anders");
        Assert.Contains(melding, bekendPagina, StringComparison.Ordinal);
        Assert.Contains(melding, onbekendPagina, StringComparison.Ordinal);

        // The ledenlijst: two identical rows "aangemeld", no member yet, nothing of the person's stored data or other household.
        var rijen = AanmeldingRij().Matches(onbekendPagina).Select(m => m.Value).ToList();
        Assert.Equal(2, rijen.Count);
        Assert.Equal(rijen[0], rijen[1]);
        Assert.Contains("aangemeld, wacht op bevestiging", rijen[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Verhuisorakel", onbekendPagina, StringComparison.Ordinal);
        Assert.Single((await DossierTestData.HuishoudenAsync(factory, huishoudenFatima)).Lidmaatschappen);

        // Every lookup is a search in the trail: the known one with the person and household it hit, the unknown one without.
        var zoekregels = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(r => r.Volgnummer > voor && r.Actie == AuditActie.Zoeken && r.GebruikerNaam.Contains("Fatima")).ToListAsync());
        Assert.Equal(2, zoekregels.Count);
        Assert.Contains(zoekregels, r => r.InwonerId == inwonerId && r.HuishoudenId == huishoudenJeroen);
        Assert.Contains(zoekregels, r => r.InwonerId == null && r.HuishoudenId == null);

        // The other dossier stays closed, also the page to decide on the aanmelding.
        var aanmeldingId = await factory.LeesAsync(db => db.LidAanmeldingen.Where(a => a.InwonerId == inwonerId).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await fatima.Http.GetAsync($"/Huishouden/Details/{huishoudenJeroen}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await fatima.Http.GetAsync($"/Huishouden/AanmeldingBeslissen/{huishoudenJeroen}?aanmeldingId={aanmeldingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fatima.Http.GetAsync($"/Huishouden/AanmeldingBeslissen/{huishoudenFatima}?aanmeldingId={aanmeldingId}")).StatusCode);

        // Jeroen, regievoerder of the person's household, confirms the move: the membership there ends the day before.
        var jeroenPagina = await jeroen.Http.GetStringAsync($"/Huishouden/Details/{huishoudenJeroen}");
        Assert.Contains($"/Huishouden/AanmeldingBeslissen/{huishoudenJeroen}?aanmeldingId={aanmeldingId}", jeroenPagina, StringComparison.Ordinal);
        await IntakeHulp.Verwacht302(jeroen.PostFormAsync($"/Huishouden/AanmeldingBeslissen/{huishoudenJeroen}?aanmeldingId={aanmeldingId}",
            new Dictionary<string, string> { ["Bevestigen"] = "true" }));
        var ontvanger = await DossierTestData.HuishoudenAsync(factory, huishoudenFatima);
        Assert.Contains(ontvanger.Lidmaatschappen, l => l.InwonerId == inwonerId && l.Tot == null);
        var oud = await DossierTestData.HuishoudenAsync(factory, huishoudenJeroen);
        Assert.Equal(DateOnly.Parse(vanaf, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1), oud.Lidmaatschappen.Single(l => l.InwonerId == inwonerId).Tot);
        Assert.Equal(AanmeldingStatus.Bevestigd, await factory.LeesAsync(db => db.LidAanmeldingen.Where(a => a.Id == aanmeldingId).Select(a => a.Status).SingleAsync()));

        // The unknown BSN waits for the beheerder, who confirms after the BRP check; Fatima saw no difference until then.
        using var beheerder = new PortalClient(factory);
        await beheerder.LoginAsDemoAsync("ingrid.postma");
        var onbekendeAanmelding = await factory.LeesAsync(db => db.LidAanmeldingen.Where(a => a.HuishoudenId == huishoudenFatima && a.InwonerId == null).Select(a => a.Id).SingleAsync());
        Assert.Contains($"/Beheer/Aanmeldingen/{onbekendeAanmelding}", await beheerder.Http.GetStringAsync("/Beheer/Aanmeldingen"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.Http.GetAsync($"/Beheer/Aanmeldingen/{aanmeldingId}")).StatusCode);
        await IntakeHulp.Verwacht302(beheerder.PostFormAsync($"/Beheer/Aanmeldingen/{onbekendeAanmelding}", new Dictionary<string, string> { ["Bevestigen"] = "true" }));
        Assert.Equal(3, (await DossierTestData.HuishoudenAsync(factory, huishoudenFatima)).Lidmaatschappen.Count);
        var onbekendBsn = Domain.ValueObjects.Bsn.Parse(onbekend);
        Assert.True(await factory.LeesAsync(db => db.Inwoners.AnyAsync(i => i.Bsn == onbekendBsn)));
    }

    [Fact]
    public async Task Lid_toevoegen_van_iemand_uit_een_eigen_huishouden_noemt_het_lidmaatschap_wel()
    {
        var (_, inwonerElders, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Eigenelders");
        var bsn = await factory.LeesAsync(db => db.Inwoners.Where(i => i.Id == inwonerElders).Select(i => i.Bsn).SingleAsync());
        var (huishoudenFatima, _, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, "Eigenhuis");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var antwoord = await fatima.PostFormAsync($"/Huishouden/LidToevoegen/{huishoudenFatima}", new Dictionary<string, string>
        {
            ["Bsn"] = bsn.Value, ["Relatie"] = "Partner", ["Vanaf"] = IntakeHulp.Vandaag(factory), ["Voornamen"] = "Iemand", ["Achternaam"] = "Anders",
            ["Geboortedatum"] = "1980-01-01", ["Straat"] = "Vlietsingel", ["Huisnummer"] = "3", ["Postcode"] = "8913 AB", ["Woonplaats"] = "Leeuwarden",
        });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("al lid van een huishouden", await IntakeHulp.HtmlAsync(antwoord), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inzage_buiten_eigen_caseload_geeft_alleen_leesrechten()
    {
        var (_, huishoudenId, _) = await DossierBijJeroenAsync("Alleenlezen");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var fatimaId = await factory.LeesAsync(db => db.Users.Where(u => u.UserName == "fatima.elamrani").Select(u => u.Id).SingleAsync());

        // The household page answers 403 with the request form; any page of hers carries a valid token.
        await IntakeHulp.Verwacht302(fatima.PostFormAsync("/Zoeken",
            new Dictionary<string, string> { ["Reden"] = "Overleg met de huisarts over een gezamenlijke aanpak." }, $"/Huishouden/InzageBuitenCaseload/{huishoudenId}"));
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync($"/Huishouden/Details/{huishoudenId}")).StatusCode);

        // Reading yes; making herself regievoerder or adding a mantelzorger through it: no.
        var regie = await fatima.PostFormAsync($"/Huishouden/Details/{huishoudenId}",
            new Dictionary<string, string> { ["RegievoerderId"] = fatimaId.ToString() }, $"/Huishouden/RegievoerderToewijzen/{huishoudenId}");
        Assert.Equal(HttpStatusCode.NotFound, regie.StatusCode);
        var mantelzorger = await fatima.PostFormAsync($"/Huishouden/Details/{huishoudenId}",
            new Dictionary<string, string> { ["Naam"] = "Kees", ["Relatie"] = "Buurman", ["UrenPerWeek"] = "4", ["Belastbaarheid"] = "Goed" }, $"/Huishouden/Mantelzorger/{huishoudenId}");
        Assert.Equal(HttpStatusCode.NotFound, mantelzorger.StatusCode);
        var huishouden = await factory.LeesAsync(db => db.Huishoudens.AsNoTracking().SingleAsync(h => h.Id == huishoudenId));
        Assert.NotEqual(fatimaId, huishouden.RegievoerderId);
        Assert.Empty(huishouden.Mantelzorgers);
    }

    private static string Vergelijkbaar(string html, string bsn) =>
        TokenPatroon().Replace(html.Replace(bsn, "BSN", StringComparison.Ordinal), "TOKEN");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex TokenPatroon();

    [GeneratedRegex("<li>Iemand Anders[^<]*</li>")]
    private static partial Regex AanmeldingRij();
}

/// <summary>Issue 9: a plan never names someone outside its household.</summary>
public sealed class PlanDoelTests(IdorFactory dossier) : IClassFixture<IdorFactory>
{
    [Fact]
    public async Task Een_plandoel_gaat_alleen_over_een_lid_van_het_huishouden()
    {
        var buitenstaander = await dossier.LeesAsync(db => db.Inwoners.Where(i => !db.Huishoudens.Any(h => h.Id == dossier.HuishoudenId && h.Lidmaatschappen.Any(l => l.InwonerId == i.Id)))
            .Select(i => i.Id).FirstAsync());
        using var fatima = await IntakeHulp.InloggenAsync(dossier, "fatima.elamrani");
        var doelenVoor = await dossier.LeesAsync(async db => (await db.Ondersteuningsplannen.AsNoTracking().SingleAsync(p => p.Id == dossier.PlanId)).Doelen.Count);

        var formulier = await fatima.GetHtmlAsync($"/Plan/Doel/{dossier.PlanId}");
        var response = await fatima.PostFormAsync($"/Plan/Doel/{dossier.PlanId}", new Dictionary<string, string>
        {
            ["Versie"] = Regex.Match(formulier, "name=\"Versie\"[^>]*value=\"([^\"]+)\"").Groups[1].Value,
            ["Leefgebied"] = "FinancienSchulden",
            ["Omschrijving"] = "Doel over iemand van buiten het huishouden",
            ["Doelsoort"] = "Ontwikkelen",
            ["Evaluatiedatum"] = Wmo.Web.Weergave.Klok.Vandaag(dossier.Klok).AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["InwonerId"] = buitenstaander.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een lid van dit huishouden", await IntakeHulp.HtmlAsync(response), StringComparison.Ordinal);
        Assert.Equal(doelenVoor, await dossier.LeesAsync(async db => (await db.Ondersteuningsplannen.AsNoTracking().SingleAsync(p => p.Id == dossier.PlanId)).Doelen.Count));
    }
}
