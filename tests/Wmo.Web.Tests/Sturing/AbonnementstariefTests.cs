using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Catalogus;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Cak;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>
/// Three households: partners with overlapping support (basisondersteuning of one, a started toewijzing of the other), one with
/// only an exempt voorziening (schuldhulpverlening), and one whose toewijzing will be stopped.
/// </summary>
public class AbonnementstariefFactory : WmoWebApplicationFactory, IAsyncLifetime
{
    public Inwoner Partner1 { get; private set; } = null!;

    public Inwoner Partner2 { get; private set; } = null!;

    public Inwoner Vrijgesteld { get; private set; } = null!;

    public Inwoner Gestopt { get; private set; } = null!;

    public Guid TweeLedenHuishouden { get; private set; }

    public Guid GestoptHuishouden { get; private set; }

    public Guid GestopteToewijzing { get; private set; }

    public async Task InitializeAsync()
    {
        var vandaag = Klok.Vandaag();
        await InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var jeroen = await bouwer.ActorAsync("jeroen.bakker");

            async Task BasisAsync(Huishouden huishouden, Inwoner inwoner, string code, DateOnly start)
            {
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", start.AddDays(-20), totStap: Afwegingsstap.Basisondersteuning);
                vraag.LegUitkomstVast(Uitkomst.Basisondersteuning(code, "Structurele begeleiding", start), fatima, start.AddDays(-1), beleid.Catalogus);
                db.Bewaar(vraag);
                await db.SaveChangesAsync();
            }

            async Task<Toewijzing> GestartAsync(Huishouden huishouden, Inwoner inwoner, DateOnly start)
            {
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, jeroen, "Dorpskamer Stiens", start.AddDays(-30));
                await bouwer.VerwijzingAsync(vraag, jeroen, start.AddDays(-10));
                var toewijzing = await sp.GetRequiredService<ToewijzingMaken>()
                    .OpVerwijzingAsync(vraag.Id, new Omvang(3, Eenheid.Uur, Frequentie.PerWeek), new Periode(start.AddDays(-5), start.AddMonths(12)), jeroen);
                toewijzing.MeldStart(start, start);
                db.Bewaar(toewijzing);
                await db.SaveChangesAsync();
                return toewijzing;
            }

            var (partner1, twee) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Pim", "Heffingtwee", new DateOnly(1950, 1, 1), "Markt", 1, "8911AA", "Leeuwarden");
            var partner2 = new Inwoner(Bsn.Parse(TestBsn.Nieuw()), "Pia", "Heffingpartner", new DateOnly(1952, 2, 2), new Adres("Markt", 1, null, Postcode.Parse("8911AA"), "Leeuwarden"));
            twee.VoegLidToe(partner2.Id, Relatie.Partner, new DateOnly(1980, 1, 1), []);
            db.Add(partner2);
            db.Bewaar(twee);
            await db.SaveChangesAsync();
            await BasisAsync(twee, partner1, "BO-TO", vandaag.AddDays(-45));
            await GestartAsync(twee, partner2, vandaag.AddDays(-20));

            var (vrijgesteld, vrij) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Vera", "Heffingvrij", new DateOnly(1960, 1, 1), "Markt", 2, "8911AA", "Leeuwarden");
            await BasisAsync(vrij, vrijgesteld, "BO-SCHULD", vandaag.AddDays(-45));

            var (gestopt, stop) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Sem", "Heffingstop", new DateOnly(1970, 1, 1), "Markt", 3, "8911AA", "Leeuwarden");
            var toewijzing = await GestartAsync(stop, gestopt, vandaag.AddDays(-30));

            (Partner1, Partner2, Vrijgesteld, Gestopt) = (partner1, partner2, vrijgesteld, gestopt);
            (TweeLedenHuishouden, GestoptHuishouden, GestopteToewijzing) = (twee.Id, stop.Id, toewijzing.Id);
            return 0;
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed partial class AbonnementstariefTests(AbonnementstariefFactory factory) : IClassFixture<AbonnementstariefFactory>
{
    private string Maand => factory.Klok.Vandaag().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<PortalClient> BeheerderAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        return client;
    }

    /// <summary>Every page of the overview of the month, as one text.</summary>
    private static async Task<string> AllePaginasAsync(PortalClient client, string maand)
    {
        var tekst = new StringBuilder();
        for (var pagina = 1; pagina < 50; pagina++)
        {
            var html = await client.GetHtmlAsync($"/Abonnementstarief?periode={maand}&pagina={pagina}");
            tekst.Append(html);
            if (!html.Contains("Volgende pagina", StringComparison.Ordinal))
            {
                break;
            }
        }

        return tekst.ToString();
    }

    /// <summary>The cells of the overview's row for <paramref name="naam"/> in <paramref name="maand"/>.</summary>
    private static async Task<string[]> RijAsync(PortalClient client, string maand, string naam)
    {
        var html = await AllePaginasAsync(client, maand);
        var rij = Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Single(r => r.Contains(naam, StringComparison.Ordinal));
        return [.. Regex.Matches(rij, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];
    }

    [Fact]
    public async Task Overzicht_toont_per_huishouden_de_wijziging_ten_opzichte_van_de_vorige_periode()
    {
        using var client = await BeheerderAsync();
        var start = factory.Klok.Vandaag().AddDays(-45);
        var eersteMaand = start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var volgendeMaand = start.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var eerste = await RijAsync(client, eersteMaand, "Pim Heffingtwee");
        var volgende = await RijAsync(client, volgendeMaand, "Pim Heffingtwee");

        Assert.Equal("Nieuw", eerste[5]);
        // The next period charges the same person from the same start: unchanged, unless the tariff of that year differs.
        Assert.Equal(eerste[4] == volgende[4] ? "Ongewijzigd" : "Gewijzigd", volgende[5]);
        Assert.Equal(eerste[2], volgende[2]);
    }

    [Fact]
    public async Task Overzicht_toont_een_heffing_voor_het_huishouden_met_overlappende_ondersteuning_van_twee_leden_en_niet_de_vrijstelling()
    {
        using var client = await BeheerderAsync();

        var html = await AllePaginasAsync(client, Maand);

        Assert.Single(Regex.Matches(html, "Pim Heffingtwee"));
        Assert.DoesNotContain("Pia Heffingpartner", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Vera Heffingvrij", html, StringComparison.Ordinal);
        Assert.Contains(factory.Partner1.Bsn.Gemaskeerd, html, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Partner1.Bsn.Value, html, StringComparison.Ordinal);
        var inzage = await factory.LeesAsync(db => db.AuditTrail.CountAsync(a => a.Onderwerp == "Heffingsoverzicht" && a.Actie == AuditActie.Inzien));
        Assert.True(inzage > 0);
    }

    [Fact]
    public async Task Een_verkeerde_periode_geeft_een_melding_bij_het_veld_en_geen_fout()
    {
        using var client = await BeheerderAsync();

        var tekst = await client.GetHtmlAsync("/Abonnementstarief?periode=maart");
        var vierWeken = await client.GetHtmlAsync("/Abonnementstarief?periode=2019-05");

        Assert.Contains("jjjj-mm", tekst, StringComparison.Ordinal);
        Assert.Contains("Periode-fout", tekst, StringComparison.Ordinal);
        Assert.Contains("per vier weken", vierWeken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanlevering_is_eerst_volledig_en_na_een_stop_alleen_de_mutatie_en_wordt_geaudit()
    {
        using var client = await BeheerderAsync();
        var auditVoor = await factory.LeesAsync(db => db.AuditTrail.CountAsync(a => a.Onderwerp == "CakAanlevering" && a.Actie == AuditActie.Exporteren));

        var eerste = await AanleverenAsync(client);
        var volledig = await BestandAsync(client, eerste);

        Assert.Empty(CakBestand.Valideer(volledig));
        Assert.StartsWith($"V;WMO-CAK-ABT;1;0080;{Maand};1;VOLLEDIG;", volledig, StringComparison.Ordinal);
        var tweeLeden = Regels(volledig).Where(r => r[2] == factory.TweeLedenHuishouden.ToString()).ToList();
        Assert.Single(tweeLeden);
        Assert.Equal(factory.Partner1.Bsn.Value, tweeLeden[0][1]);
        Assert.Equal("19.00", tweeLeden[0][4]);
        Assert.Equal(factory.Klok.Vandaag().AddDays(-45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), tweeLeden[0][5]);
        Assert.DoesNotContain(Regels(volledig), r => r[1] == factory.Vrijgesteld.Bsn.Value);
        var eindeToewijzing = factory.Klok.Vandaag().AddDays(-30).AddMonths(12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(Regels(volledig), r => r[2] == factory.GestoptHuishouden.ToString() && r[6] == eindeToewijzing); // the end of the toewijzing until a WMO307

        var stopdatum = factory.Klok.Vandaag();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var toewijzing = await db.Toewijzingen.SingleAsync(t => t.Id == factory.GestopteToewijzing);
            toewijzing.MeldStop(stopdatum, RedenBeeindiging.VolgensPlanBeeindigd, stopdatum);
            db.Bewaar(toewijzing);
            return await db.SaveChangesAsync();
        });

        var tweede = await AanleverenAsync(client);
        var mutaties = await BestandAsync(client, tweede);

        Assert.Empty(CakBestand.Valideer(mutaties));
        Assert.StartsWith($"V;WMO-CAK-ABT;1;0080;{Maand};2;MUTATIES;", mutaties, StringComparison.Ordinal);
        var regel = Assert.Single(Regels(mutaties));
        Assert.Equal([factory.Gestopt.Bsn.Value, factory.GestoptHuishouden.ToString(), Maand, "19.00"], regel[1..5]);
        Assert.Equal((stopdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "BEEINDIGD"), (regel[6], regel[7]));

        var derde = await client.PostFormAsync($"/Abonnementstarief?periode={Maand}", new Dictionary<string, string> { ["Periode"] = Maand }, "/Abonnementstarief/Aanleveren");
        Assert.Equal(HttpStatusCode.Redirect, derde.StatusCode);
        Assert.Contains("niets gewijzigd", await client.GetHtmlAsync(derde.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(2, await factory.LeesAsync(db => db.CakAanleveringen.CountAsync()));
        var audit = await factory.LeesAsync(db => db.AuditTrail.CountAsync(a => a.Onderwerp == "CakAanlevering" && a.Actie == AuditActie.Exporteren));
        Assert.Equal(auditVoor + 4, audit); // two deliveries and two downloads
    }

    private async Task<Guid> AanleverenAsync(PortalClient client)
    {
        var response = await client.PostFormAsync($"/Abonnementstarief?periode={Maand}", new Dictionary<string, string> { ["Periode"] = Maand }, "/Abonnementstarief/Aanleveren");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pagina = await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("is gemaakt", pagina, StringComparison.Ordinal);
        return Guid.Parse(BestandLink().Match(pagina).Groups[1].Value);
    }

    private static async Task<string> BestandAsync(PortalClient client, Guid id)
    {
        var response = await client.Http.GetAsync(new Uri($"/Abonnementstarief/Bestand/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The R records of a CAK file, split into fields.</summary>
    internal static List<string[]> Regels(string bestand) =>
        [.. bestand.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(r => r.StartsWith("R;", StringComparison.Ordinal)).Select(r => r.Split(';'))];

    /// <summary>The newest delivery is listed first.</summary>
    [GeneratedRegex("/Abonnementstarief/Bestand/([0-9a-f-]{36})")]
    private static partial Regex BestandLink();
}
