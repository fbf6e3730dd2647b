using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wmo.Web.Brieven;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>Issue 9: bad input never breaks a page for others.</summary>
public sealed class SlechteInvoerTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Theory]
    [InlineData("9999-12-30")]
    [InlineData("0001-01-01")]
    public async Task Een_onmogelijke_datum_bij_hervatten_geeft_een_melding_en_breekt_dossier_en_werkvoorraad_niet(string datum)
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Datum Melder");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw());
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Opschorten/{vraagId}",
            new Dictionary<string, string> { ["Van"] = IntakeHulp.Vandaag(factory), ["Reden"] = "Inwoner vraagt bedenktijd.", ["ToestemmingInwoner"] = "true" }));

        var hervatten = await fatima.PostFormAsync($"/Vraag/Hervatten/{vraagId}", new Dictionary<string, string> { ["LaatsteOpgeschorteDag"] = datum });

        Assert.Equal(HttpStatusCode.OK, hervatten.StatusCode);
        Assert.Contains("Vul een datum tussen 1900 en 2100 in.", await IntakeHulp.HtmlAsync(hervatten), StringComparison.Ordinal);
        Assert.Null((await IntakeHulp.VraagAsync(factory, vraagId)).Opschortingen.Single().TotEnMet);
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync($"/Vraag/Details/{vraagId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fatima.Http.GetAsync("/Werkvoorraad")).StatusCode);
    }

    [Fact]
    public async Task Een_te_groot_formulier_krijgt_de_nederlandse_413_pagina()
    {
        using var client = new PortalClient(factory);
        using var inhoud = new StringContent("Gebruikersnaam=" + new string('a', 2 * 1024 * 1024), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var antwoord = await client.Http.PostAsync(new Uri("/Account/Inloggen", UriKind.Relative), inhoud);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, antwoord.StatusCode);
        Assert.Contains("Het verzonden formulier is te groot.", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_formulier_met_duizenden_velden_krijgt_de_nederlandse_400_pagina()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        var velden = Enumerable.Range(0, 5000).ToDictionary(i => $"veld{i}", i => "x");

        var antwoord = await anna.PostFormAsync("/EersteContact/Nieuw", velden);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains("Ongeldig verzoek", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>Issue 9: at most N Chromium processes print at a time; beyond the queue the user hears "bezig".</summary>
public sealed class PdfBegrenzingTests
{
    private sealed class TrageRenderer : IPdfRenderer
    {
        public TaskCompletionSource Klaar { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Tegelijk;

        public int HoogsteTegelijk;

        public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
        {
            var nu = Interlocked.Increment(ref Tegelijk);
            HoogsteTegelijk = Math.Max(HoogsteTegelijk, nu);
            await Klaar.Task;
            Interlocked.Decrement(ref Tegelijk);
            return [1];
        }
    }

    [Fact]
    public async Task Hoogstens_twee_tegelijk_met_een_wachtrij_en_daarna_bezig()
    {
        var traag = new TrageRenderer();
        using var begrensd = new BegrensdePdfRenderer(traag, Options.Create(new PdfOpties { MaximaalTegelijk = 2, Wachtrij = 1, WachttijdSeconden = 30 }));

        var lopend = Enumerable.Range(0, 3).Select(_ => begrensd.RenderAsync("<p>brief</p>")).ToList();
        await Task.Delay(200);
        var vol = await Assert.ThrowsAsync<PdfMislukt>(() => begrensd.RenderAsync("<p>brief</p>"));

        Assert.Equal(BegrensdePdfRenderer.Bezig, vol.Message);
        Assert.Equal(2, traag.Tegelijk);
        traag.Klaar.SetResult();
        await Task.WhenAll(lopend);
        Assert.Equal(2, traag.HoogsteTegelijk);
    }

    [Fact]
    public void Standaard_hoogstens_twee_chromiumprocessen() => Assert.Equal(2, new PdfOpties().MaximaalTegelijk);
}

/// <summary>Issue 9: editing a user honours the concurrency stamp.</summary>
public sealed class GebruikerGelijktijdigTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Twee_wijzigingen_op_dezelfde_versie_de_tweede_wordt_geweigerd()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var (id, organisatie, buurtkamer) = await factory.LeesAsync(async db =>
        {
            var henk = await db.Users.SingleAsync(u => u.UserName == "henk.visser");
            var kamer = await db.GebruikerBuurtkamers.SingleAsync(g => g.GebruikerId == henk.Id);
            return (henk.Id, henk.OrganisatieId, kamer.BuurtkamerId);
        });
        var formulier = await ingrid.GetHtmlAsync($"/Beheer/Gebruikers/{id}/Wijzigen");
        var stempel = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        Dictionary<string, string> Velden(string naam) => new()
        {
            ["Naam"] = naam, ["Rol"] = "Vrijwilliger", ["OrganisatieId"] = organisatie.ToString(),
            ["BuurtkamerIds"] = buurtkamer.ToString(), ["ConcurrencyStamp"] = stempel,
        };

        var eerste = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/Wijzigen", Velden("Henk Visser (eerste)"));
        var tweede = await ingrid.PostFormAsync($"/Beheer/Gebruikers/{id}/Wijzigen", Velden("Henk Visser (tweede)"));

        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.True(tweede.StatusCode == HttpStatusCode.OK, $"Tweede wijziging: {tweede.StatusCode} {tweede.Headers.Location}");
        Assert.Equal("Henk Visser (eerste)", await factory.LeesAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Naam).SingleAsync()));
    }
}

/// <summary>Issue 9: audit for the privacy officer.</summary>
public sealed class PrivacyAuditTests(IdorFactory dossier) : IClassFixture<IdorFactory>
{
    [Fact]
    public async Task Een_geweigerde_poging_op_een_dossier_staat_bij_de_inwoner_en_het_huishouden()
    {
        using var jeroen = await IntakeHulp.InloggenAsync(dossier, "jeroen.bakker");

        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync($"/Vraag/Details/{dossier.VraagId}")).StatusCode);

        var inwoner = await dossier.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == dossier.VraagId).Select(v => v.InwonerId).SingleAsync());
        var regel = await dossier.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(r => r.Actie == Wmo.Infrastructure.Audit.AuditActie.Geweigerd && r.OnderwerpId == dossier.VraagId.ToString()).SingleAsync());
        Assert.Equal(inwoner, regel.InwonerId);
        Assert.Equal(dossier.HuishoudenId, regel.HuishoudenId);
    }

    [Fact]
    public async Task Een_lus_van_geweigerde_pogingen_wordt_samengevat_en_niet_vergeten()
    {
        using var henk = await IntakeHulp.InloggenAsync(dossier, "anna.devries");
        var voor = await dossier.LeesAsync(db => db.AuditTrail.CountAsync(r => r.Actie == Wmo.Infrastructure.Audit.AuditActie.Geweigerd && r.GebruikerNaam == "Anna de Vries"));

        for (var i = 0; i < 40; i++)
        {
            await henk.Http.GetAsync($"/Plan/Bewerken/{Guid.NewGuid()}");
        }

        dossier.Klok.Advance(TimeSpan.FromMinutes(1));
        await henk.Http.GetAsync($"/Plan/Bewerken/{Guid.NewGuid()}");

        var regels = await dossier.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(r => r.Actie == Wmo.Infrastructure.Audit.AuditActie.Geweigerd && r.GebruikerNaam == "Anna de Vries").ToListAsync());
        Assert.InRange(regels.Count - voor, 2, 2 * Wmo.Web.Authorization.WeigeringsDrempel.PerMinuut + 2);
        Assert.Contains(regels, r => r.Details?.Contains("verdere geweigerde pogingen", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tX")]
    public void Een_csv_cel_wordt_nooit_een_formule(string waarde) =>
        Assert.StartsWith("\"'", Wmo.Web.Controllers.PrivacyController.Veld(waarde), StringComparison.Ordinal);
}
