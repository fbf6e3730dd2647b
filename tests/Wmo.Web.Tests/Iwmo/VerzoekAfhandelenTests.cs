using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Iwmo;
using Wmo.Application.Seeding;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Iwmo;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;
using static Wmo.Web.Tests.Support.IwmoTestData;

namespace Wmo.Web.Tests.Iwmo;

/// <summary>
/// Issue 14: a WMO315 verzoek om toewijzing is a work item in the werkvoorraad of the household's regievoerder, or of the sociaal
/// werkers of its buurtkamer when it has none; it is answered with a toewijzing (a WMO301 to come) or refused with a reason.
/// </summary>
public sealed class VerzoekAfhandelenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private DateOnly Vandaag => factory.Klok.Vandaag();

    /// <summary>
    /// A client with a verwijzing to Zorggroep Noord and no toewijzing yet (optionally with Jeroen as regievoerder), and the
    /// aanbieder's verzoek om toewijzing for it, imported as a WMO315.
    /// </summary>
    private async Task<(Guid Verzoek, Guid Vraag)> VerzoekAsync(string achternaam, bool metRegievoerder = false)
    {
        var (vraagId, client) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var bsn = TestBsn.Nieuw();
            var geboren = new DateOnly(1980, 5, 6);
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(bsn, "Mariska", achternaam, geboren, "Tuinen", 6, "8911KE", "Leeuwarden");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", Vandaag.AddDays(-10));
            await bouwer.VerwijzingAsync(vraag, fatima, Vandaag);
            if (metRegievoerder)
            {
                var geladen = await db.Huishoudens.SingleAsync(h => h.Id == huishouden.Id);
                geladen.WijsRegievoerderToe(await bouwer.ActorAsync("jeroen.bakker"), fatima, factory.Klok.GetUtcNow());
                db.Bewaar(geladen);
                await db.SaveChangesAsync();
            }

            return (vraag.Id, new AanbiederClient(bsn, geboren, achternaam));
        });

        var bericht = AanbiederBerichtBouwer.VerzoekOmToewijzing(Agb, Gemeente, NieuweIdentificatie(), Vandaag, client, "REF-" + achternaam, "02",
            Vandaag.AddDays(14), 6, "04", "2", "Meer begeleiding nodig.");
        var resultaat = await factory.InScopeAsync(sp => sp.GetRequiredService<IwmoImporteren>().ImporteerAsync(new ImportBestand("verzoek.xml", Bytes(bericht))));
        Assert.Equal(ImportStatus.Verwerkt, resultaat.Status);
        var id = await factory.LeesAsync(db => db.VerzoekenOmToewijzing.Where(v => v.ReferentieAanbieder == "REF-" + achternaam).Select(v => v.Id).SingleAsync());
        return (id, vraagId);
    }

    private async Task<PortalClient> AlsAsync(string gebruiker)
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync(gebruiker);
        return client;
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Zonder_regievoerder_ziet_de_buurtkamer_het_verzoek_en_wijst_toe_op_de_verwijzing()
    {
        var (id, vraagId) = await VerzoekAsync("Verzoektoe");
        using var fatima = await AlsAsync("fatima.elamrani"); // Buurtkamer Oost, the household's buurtkamer
        using var jeroen = await AlsAsync("jeroen.bakker");   // other dorpskamers

        var werkvoorraad = await fatima.GetHtmlAsync("/Werkvoorraad");
        Assert.Contains($"/Werkvoorraad/Verzoek/{id}", werkvoorraad, StringComparison.Ordinal);
        Assert.Contains("de buurt- of dorpskamer", werkvoorraad, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Werkvoorraad/Verzoek/{id}", await jeroen.GetHtmlAsync("/Werkvoorraad"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await jeroen.Http.GetAsync(new Uri($"/Werkvoorraad/Verzoek/{id}", UriKind.Relative))).StatusCode);

        var details = await fatima.GetHtmlAsync($"/Werkvoorraad/Verzoek/{id}");
        Assert.Contains("Zorggroep Noord", details, StringComparison.Ordinal);
        Assert.Contains("Meer begeleiding nodig.", details, StringComparison.Ordinal);
        Assert.Equal(0, await factory.LeesAsync(db => db.Toewijzingen.CountAsync(t => t.VraagId == vraagId)));

        var antwoord = await fatima.PostFormAsync($"/Werkvoorraad/Verzoek/{id}/Toewijzen", new Dictionary<string, string>
        {
            ["VraagId"] = vraagId.ToString(),
            ["Volume"] = "6",
            ["Eenheid"] = nameof(Eenheid.Uur),
            ["Frequentie"] = nameof(Frequentie.PerWeek),
            ["Ingangsdatum"] = Iso(Vandaag.AddDays(14)),
            ["Einddatum"] = Iso(Vandaag.AddDays(14).AddYears(1)),
        });

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains("toegewezen met toewijzing", await fatima.GetHtmlAsync(antwoord.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var nieuw = await factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().SingleAsync(t => t.VraagId == vraagId));
        Assert.Equal(new Omvang(6, Eenheid.Uur, Frequentie.PerWeek), nieuw.Omvang);
        Assert.Equal(Vandaag.AddDays(14), nieuw.Periode.Start);
        var verzoek = await factory.LeesAsync(db => db.VerzoekenOmToewijzing.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.False(verzoek.IsOpen);
        Assert.Equal($"Toegewezen met toewijzing {nieuw.Nummer.Value}.", verzoek.Afhandeling);
        Assert.DoesNotContain($"/Werkvoorraad/Verzoek/{id}", await fatima.GetHtmlAsync("/Werkvoorraad"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Met_regievoerder_is_het_verzoek_van_de_regievoerder_en_afwijzen_vraagt_een_reden()
    {
        var (id, _) = await VerzoekAsync("Verzoekaf", metRegievoerder: true);
        using var jeroen = await AlsAsync("jeroen.bakker"); // the regievoerder, from another dorpskamer
        using var fatima = await AlsAsync("fatima.elamrani"); // the buurtkamer, but there is a regievoerder

        Assert.Contains("u als regievoerder", await jeroen.GetHtmlAsync("/Werkvoorraad"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/Werkvoorraad/Verzoek/{id}", await fatima.GetHtmlAsync("/Werkvoorraad"), StringComparison.Ordinal);

        var zonderReden = await jeroen.PostFormAsync($"/Werkvoorraad/Verzoek/{id}/Afwijzen", new Dictionary<string, string> { ["Reden"] = "  " });
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("Reden-fout", await zonderReden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await factory.LeesAsync(db => db.VerzoekenOmToewijzing.AsNoTracking().SingleAsync(v => v.Id == id))).IsOpen);

        var toewijzenZonderVerwijzing = await jeroen.PostFormAsync($"/Werkvoorraad/Verzoek/{id}/Toewijzen", new Dictionary<string, string>
        {
            ["VraagId"] = Guid.NewGuid().ToString(),
            ["Volume"] = "6",
            ["Eenheid"] = nameof(Eenheid.Uur),
            ["Frequentie"] = nameof(Frequentie.PerWeek),
            ["Ingangsdatum"] = Iso(Vandaag.AddDays(14)),
            ["Einddatum"] = Iso(Vandaag.AddDays(60)),
        });
        Assert.Equal(HttpStatusCode.OK, toewijzenZonderVerwijzing.StatusCode);
        Assert.Contains("Kies een verwijzing van deze inwoner", await toewijzenZonderVerwijzing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var afgewezen = await jeroen.PostFormAsync($"/Werkvoorraad/Verzoek/{id}/Afwijzen", new Dictionary<string, string> { ["Reden"] = "De huidige toewijzing volstaat." });
        Assert.Equal(HttpStatusCode.Redirect, afgewezen.StatusCode);
        var verzoek = await factory.LeesAsync(db => db.VerzoekenOmToewijzing.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.False(verzoek.IsOpen);
        Assert.Equal("Afgewezen: De huidige toewijzing volstaat.", verzoek.Afhandeling);
        Assert.DoesNotContain($"/Werkvoorraad/Verzoek/{id}", await jeroen.GetHtmlAsync("/Werkvoorraad"), StringComparison.Ordinal);
    }
}
