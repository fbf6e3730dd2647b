using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Plannen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>One real dossier of fatima's caseload (Buurtkamer Oost) with a plan, a submitted advies and an issued beschikking.</summary>
public sealed class IdorFactory : WmoWebApplicationFactory, IAsyncLifetime
{
    public const string Achternaam = "Wolterbeek-Idor";
    public const string DoelTekst = "Schulden bij de woningcorporatie aflossen";

    public Guid HuishoudenId { get; private set; }

    public Guid VraagId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid AdviesId { get; private set; }

    public Guid BeschikkingId { get; private set; }

    public string Bsn { get; private set; } = string.Empty;

    /// <summary>A second vraag of the same family name, with a verwijzing, so the verwijsbrief exists.</summary>
    public Guid VerwijsVraagId { get; private set; }

    public string VerwijsBsn { get; } = TestBsn.Nieuw();

    public async Task InitializeAsync()
    {
        var advies = await Dossiers.IngediendAdviesAsync(this, Achternaam);
        AdviesId = advies.AdviesId;
        VraagId = advies.VraagId;
        BeschikkingId = await Dossiers.BeschiktEnVerzondenAsync(this, advies);
        (HuishoudenId, Bsn, PlanId) = await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId);
            var inwoner = await db.Inwoners.SingleAsync(i => i.Id == advies.InwonerId);
            var fatima = await sp.GetRequiredService<DossierBouwer>().ActorAsync("fatima.elamrani");
            var plan = new Ondersteuningsplan(vraag.HuishoudenId, fatima, Klok.Vandaag());
            plan.VoegDoelToe(Leefgebied.FinancienSchulden, DoelTekst, Doelsoort.Ontwikkelen, Klok.Vandaag().AddMonths(3));
            db.Ondersteuningsplannen.Add(plan);
            await db.SaveChangesAsync();
            return (vraag.HuishoudenId, inwoner.Bsn.Value, plan.Id);
        });
        VerwijsVraagId = await VerwijzingAsync();
    }

    private async Task<Guid> VerwijzingAsync()
    {
        using var anna = await IntakeHulp.InloggenAsync(this, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(this, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(this, anna, "Buurtkamer Oost", "Melder Idor");
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, VerwijsBsn, Achternaam);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Onderzoek/{vraagId}", new Dictionary<string, string> { ["ClientondersteuningAangebodenOp"] = IntakeHulp.Vandaag(this) }));
        var gesprekId = await IntakeHulp.PlanGesprekAsync(this, fatima, vraagId);
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/GesprekAfronden/{vraagId}?gesprekId={gesprekId}",
            new Dictionary<string, string> { ["GesprekId"] = gesprekId.ToString(), ["Verslag"] = "Keukentafelgesprek gevoerd." }, $"/Vraag/GesprekAfronden/{vraagId}"));
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Afweging/{vraagId}", IntakeHulp.Afweging(7)));
        var zorggroep = await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var zg = await db.Organisaties.SingleAsync(o => o.Naam == "Zorggroep Noord");
            zg.ZetPercelen([Perceel.ThuisondersteuningEnDagbesteding]);
            db.Bewaar(zg);
            await db.SaveChangesAsync();
            return zg.Id;
        });
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Uitkomst/{vraagId}", new Dictionary<string, string>
        {
            ["Soort"] = "AanvullendViaVerwijzing",
            ["VerwijzingVoorzieningCode"] = "AO-TO",
            ["AanbiederId"] = zorggroep.ToString(),
        }));
        return vraagId;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Guessed or known ids of someone else's records: a sociaal werker of another buurtkamer, a vrijwilliger and a
/// beheerder get 403/404, see nothing of the inwoner, the attempt is audited as refused, and their POSTs change nothing.
/// </summary>
public sealed class IdorTests(IdorFactory factory) : IClassFixture<IdorFactory>
{
    public static TheoryData<string, string> Pogingen()
    {
        var data = new TheoryData<string, string>();
        foreach (var gebruiker in new[] { "jeroen.bakker", "anna.devries", "ingrid.postma" })
        {
            foreach (var doel in new[] { "dossier", "vraag", "plan", "advies-toetsing", "advies-brief", "beschikking-toetsing", "beschikking-brief", "verwijsbrief", "verwijsvraag" })
            {
                data.Add(gebruiker, doel);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pogingen))]
    public async Task Een_record_van_een_ander_is_niet_te_openen_toont_niets_en_staat_als_geweigerd_in_de_audittrail(string gebruiker, string doel)
    {
        var (url, id) = doel switch
        {
            "dossier" => ($"/Huishouden/Details/{factory.HuishoudenId}", factory.HuishoudenId),
            "vraag" => ($"/Vraag/Details/{factory.VraagId}", factory.VraagId),
            "plan" => ($"/Plan/Bewerken/{factory.PlanId}", factory.PlanId),
            "advies-toetsing" => ($"/Toetsing/Advies/{factory.AdviesId}", factory.AdviesId),
            "advies-brief" => ($"/Brief/Advies/{factory.AdviesId}", factory.AdviesId),
            "beschikking-toetsing" => ($"/Toetsing/Beschikking/{factory.BeschikkingId}", factory.BeschikkingId),
            "beschikking-brief" => ($"/Brief/Beschikking/{factory.BeschikkingId}", factory.BeschikkingId),
            "verwijsbrief" => ($"/Brief/Verwijsbrief/{factory.VerwijsVraagId}", factory.VerwijsVraagId),
            "verwijsvraag" => ($"/Vraag/Details/{factory.VerwijsVraagId}", factory.VerwijsVraagId),
            _ => throw new ArgumentOutOfRangeException(nameof(doel)),
        };
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        var gebruikerId = await GebruikerIdAsync(gebruiker);
        var auditVoor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{gebruiker} op {url}: {(int)response.StatusCode}");
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(IdorFactory.Achternaam, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(factory.Bsn, body, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Bsn[5..], body, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.VerwijsBsn, body, StringComparison.Ordinal);
        Assert.DoesNotContain(IdorFactory.DoelTekst, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Keukentafelgesprek", body, StringComparison.Ordinal);

        var regels = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking().Where(a => a.Volgnummer > auditVoor && a.GebruikerId == gebruikerId).ToListAsync());
        Assert.Contains(regels, a => a.Actie == AuditActie.Geweigerd && !a.Geslaagd && (a.OnderwerpId == id.ToString() || a.OnderwerpId == url));
        Assert.DoesNotContain(regels, a => a.Geslaagd && a.OnderwerpId == id.ToString());
    }

    /// <summary>The control: who needs the record does see the data the refusals above must hide, so those checks can fail.</summary>
    [Fact]
    public async Task Wie_het_dossier_nodig_heeft_ziet_de_gegevens_wel()
    {
        using var fatima = new PortalClient(factory);
        await fatima.LoginAsDemoAsync("fatima.elamrani");
        Assert.Contains(IdorFactory.Achternaam, WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Huishouden/Details/{factory.HuishoudenId}")), StringComparison.Ordinal);
        Assert.Contains(IdorFactory.DoelTekst, WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Plan/Bewerken/{factory.PlanId}")), StringComparison.Ordinal);
        Assert.Contains(IdorFactory.Achternaam, WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Brief/Beschikking/{factory.BeschikkingId}")), StringComparison.Ordinal);
        Assert.Contains(IdorFactory.Achternaam, WebUtility.HtmlDecode(await fatima.GetHtmlAsync($"/Brief/Verwijsbrief/{factory.VerwijsVraagId}")), StringComparison.Ordinal);
        using var marieke = new PortalClient(factory);
        await marieke.LoginAsDemoAsync("marieke.hoekstra");
        Assert.Contains(IdorFactory.Achternaam, WebUtility.HtmlDecode(await marieke.GetHtmlAsync($"/Toetsing/Advies/{factory.AdviesId}")), StringComparison.Ordinal);
    }

    public static TheoryData<string> Indringers() => new() { "jeroen.bakker", "anna.devries", "ingrid.postma" };

    [Theory]
    [MemberData(nameof(Indringers))]
    public async Task Een_post_op_het_record_van_een_ander_verandert_niets(string gebruiker)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        var gebruikerId = await GebruikerIdAsync(gebruiker);
        var voor = await ToestandAsync();
        var auditVoor = await factory.LeesAsync(db => db.AuditTrail.MaxAsync(a => a.Volgnummer));
        var vandaag = factory.Klok.Vandaag().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var posts = new (string Url, Dictionary<string, string> Velden)[]
        {
            ($"/Plan/Doel/{factory.PlanId}", new() { ["Leefgebied"] = "FinancienSchulden", ["Omschrijving"] = "Ingebroken doel", ["Doelsoort"] = "Ontwikkelen", ["Evaluatiedatum"] = vandaag }),
            ($"/Plan/Afsluiten/{factory.PlanId}", new() { ["Reden"] = "Ingebroken" }),
            ($"/Vraag/Gesprek/{factory.VraagId}", new() { ["Datum"] = vandaag, ["Locatie"] = "Thuis", ["Deelnemers[0].Naam"] = "Indringer", ["Deelnemers[0].Rol"] = "Inwoner" }),
            ($"/Vraag/Opschorten/{factory.VraagId}", new() { ["Reden"] = "Ingebroken", ["Dagen"] = "14" }),
            ($"/Huishouden/RegievoerderToewijzen/{factory.HuishoudenId}", new() { ["RegievoerderId"] = gebruikerId.ToString(), ["Reden"] = "Ingebroken" }),
            ($"/Huishouden/InzageBuitenCaseload/{factory.HuishoudenId}", new() { ["Reden"] = "x" }),
            ($"/Toetsing/Advies/{factory.AdviesId}", Dossiers.Formulier("Afwijken", "Ingebroken", "Ingebroken")),
            ($"/Klacht/Nieuw?huishoudenId={factory.HuishoudenId}", new() { ["Omschrijving"] = "Ingebroken klacht", ["OntvangenOp"] = vandaag }),
        };
        foreach (var (url, velden) in posts)
        {
            var response = await IntakeHulpPost(client, url, velden);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest,
                $"{gebruiker} POST {url}: {(int)response.StatusCode}");
        }

        Assert.Equal(voor, await ToestandAsync());
        var wijzigingen = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(a => a.Volgnummer > auditVoor && a.GebruikerId == gebruikerId && (a.Actie == AuditActie.Aanmaken || a.Actie == AuditActie.Wijzigen || a.Actie == AuditActie.Verwijderen))
            .CountAsync());
        Assert.Equal(0, wijzigingen);
    }

    private static Task<HttpResponseMessage> IntakeHulpPost(PortalClient client, string url, Dictionary<string, string> velden) =>
        IntakeHulp.PostMetTokenVanAsync(client, "/", url, velden);

    private Task<Guid> GebruikerIdAsync(string gebruiker) =>
        factory.LeesAsync(db => db.Users.Where(u => u.UserName == gebruiker).Select(u => u.Id).SingleAsync());

    /// <summary>Everything an intruder's POST could change, as one comparable string.</summary>
    private Task<string> ToestandAsync() => factory.LeesAsync(async db =>
    {
        var plan = await db.Ondersteuningsplannen.AsNoTracking().SingleAsync(p => p.Id == factory.PlanId);
        var vraag = await db.Ondersteuningsvragen.AsNoTracking().SingleAsync(v => v.Id == factory.VraagId);
        var huishouden = await db.Huishoudens.AsNoTracking().SingleAsync(h => h.Id == factory.HuishoudenId);
        var advies = await db.Adviezen.AsNoTracking().SingleAsync(a => a.Id == factory.AdviesId);
        var klachten = await db.Klachten.CountAsync();
        var inzages = await db.InzagesBuitenCaseload.CountAsync();
        return $"plan {plan.Status} {plan.Doelen.Count}; vraag {vraag.Status} {vraag.Gesprekken.Count}; regie {huishouden.RegievoerderId}; advies {advies.Status}; klachten {klachten}; inzages {inzages}";
    });
}
