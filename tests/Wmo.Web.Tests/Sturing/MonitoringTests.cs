using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Monitoring;
using Wmo.Application.Seeding;
using Wmo.Application.Weergave;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>Cases in two wijken for the dashboard; every figure is compared with a count made row by row in the test.</summary>
public sealed class MonitoringFactory : WmoWebApplicationFactory, IAsyncLifetime
{
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
            var anna = await bouwer.ActorAsync("anna.devries");
            var i = 0;

            async Task<Ondersteuningsvraag> VraagAsync(Domain.Common.Actor sw, string buurtkamer, DateOnly melding, Afwegingsstap totStap, EersteContact? contact = null)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Test", $"Monitoring{++i}", new DateOnly(1950, 1, 1), "Markt", i, "8911AA", "Leeuwarden");
                return await bouwer.VraagInVraagverheldering(huishouden, inwoner, sw, buurtkamer, melding, contact, totStap);
            }

            // Basisondersteuning in Oost (one of them from a first contact), aanvullend via verwijzing in Stiens, a doorverwijzing, and one still open.
            for (var n = 0; n < 3; n++)
            {
                var contact = n == 0 ? await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag.AddDays(-20), "Contact Nul", "Ik heb hulp nodig.") : null;
                var vraag = await VraagAsync(fatima, "Buurtkamer Oost", vandaag.AddDays(-20 - n), Afwegingsstap.Basisondersteuning, contact);
                vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", vandaag.AddDays(-5)), fatima, vandaag.AddDays(-10 + n), beleid.Catalogus);
                db.Bewaar(vraag);
            }

            await db.SaveChangesAsync();
            for (var n = 0; n < 2; n++)
            {
                var vraag = await VraagAsync(jeroen, "Dorpskamer Stiens", vandaag.AddDays(-60 - n), Afwegingsstap.AanvullendeOndersteuning);
                await bouwer.VerwijzingAsync(vraag, jeroen, vandaag.AddDays(-3));
            }

            var doorverwezen = await VraagAsync(fatima, "Buurtkamer Oost", vandaag.AddDays(-7), Afwegingsstap.SocialeBasis);
            doorverwezen.LegUitkomstVast(Uitkomst.AdviesDoorverwijzing("Schuldhulp van de Kredietbank"), fatima, vandaag.AddDays(-2), beleid.Catalogus);
            db.Bewaar(doorverwezen);
            await VraagAsync(fatima, "Buurtkamer Oost", vandaag.AddDays(-50), Afwegingsstap.Basisondersteuning);
            await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag.AddDays(-4), "Contact Twee", "Eenzaam.");
            await db.SaveChangesAsync();

            var verwezen = await db.Ondersteuningsvragen.Where(v => v.Uitkomst != null && v.Uitkomst.AanbiederId != null).Select(v => v.Id).ToListAsync();
            var maken = sp.GetRequiredService<ToewijzingMaken>();
            var dagen = 0;
            foreach (var id in verwezen)
            {
                var toewijzing = await maken.OpVerwijzingAsync(id, new Omvang(3, Eenheid.Uur, Frequentie.PerWeek), new Periode(vandaag.AddDays(-20), vandaag.AddMonths(6)), jeroen);
                toewijzing.MeldStart(vandaag.AddDays(dagen += 4), vandaag);
                db.Bewaar(toewijzing);
            }

            return await db.SaveChangesAsync();
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class MonitoringTests(MonitoringFactory factory) : IClassFixture<MonitoringFactory>
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private DateOnly Vandaag => factory.Klok.Vandaag();

    private string Periode => $"van={Vandaag.AddMonths(-3):yyyy-MM}&tot={Vandaag.AddMonths(1):yyyy-MM}";

    private async Task<List<string[]>> CsvAsync(string figuur, string? extra = null)
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var response = await client.Http.GetAsync(new Uri($"/Monitoring/Csv/{figuur}?{Periode}{extra}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tekst = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return [.. tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(';'))];
    }

    private static decimal Getal(string tekst) => decimal.Parse(tekst, Nl);

    private static decimal Waarde(List<string[]> csv, string rij, string kolom)
    {
        var k = Array.IndexOf(csv[0], kolom);
        Assert.True(k > 0, $"kolom {kolom} ontbreekt: {string.Join(';', csv[0])}");
        var regel = csv.SingleOrDefault(r => r[0] == rij);
        return regel is null ? 0 : Getal(regel[k]);
    }

    [Fact]
    public async Task Clienten_per_pijler_per_maand_zijn_gelijk_aan_een_onafhankelijke_telling()
    {
        var csv = await CsvAsync("clienten");
        var vragen = await factory.LeesAsync(db => db.Ondersteuningsvragen.AsNoTracking().ToListAsync());
        var verwacht = vragen.Where(v => v.Uitkomst is not null && v.UitkomstDatum >= new DateOnly(Vandaag.AddMonths(-3).Year, Vandaag.AddMonths(-3).Month, 1))
            .GroupBy(v => (Maand: v.UitkomstDatum!.Value.ToString("MMM yyyy", Nl), v.Uitkomst!.Pijler))
            .ToDictionary(g => g.Key, g => g.Select(v => v.InwonerId).Distinct().Count());

        Assert.True(verwacht.Count > 0);
        foreach (var ((maand, pijler), aantal) in verwacht)
        {
            Assert.Equal(aantal, Waarde(csv, maand, pijler.Tekst()));
        }

        Assert.Equal(verwacht.Values.Sum(), csv.Skip(1).Sum(r => Getal(r[1]) + Getal(r[2]) + Getal(r[3])));
    }

    [Fact]
    public async Task Per_wijk_telt_alleen_die_wijk()
    {
        var stiens = await factory.LeesAsync(db => db.Wijken.Where(w => w.Naam == "Stiens").Select(w => w.Id).SingleAsync());
        var csv = await CsvAsync("clienten", $"&wijk={stiens}");
        var vragen = await factory.LeesAsync(db => (from v in db.Ondersteuningsvragen.AsNoTracking()
                                                    join b in db.Buurtkamers on v.BuurtkamerId equals b.Id
                                                    where b.WijkId == stiens && v.Uitkomst != null
                                                    select v).ToListAsync());

        Assert.Equal(vragen.Select(v => v.InwonerId).Distinct().Count(), csv.Skip(1).Sum(r => Getal(r[1]) + Getal(r[2]) + Getal(r[3])));
        Assert.Equal(0, csv.Skip(1).Sum(r => Getal(r[2])));
    }

    [Fact]
    public async Task Stromen_tussen_pijlers_en_de_overgang_van_bestaande_clienten_zijn_gelijk_aan_een_onafhankelijke_telling()
    {
        // One inwoner goes from the sociale basis to basisondersteuning; one legacy client's maatwerkgesprek (2020) concludes basis.
        await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Stroom", "Monitoringstroom", new DateOnly(1960, 1, 1), "Markt", 90, "8911AA", "Leeuwarden");
            var eerst = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", Vandaag.AddDays(-50), totStap: Afwegingsstap.SocialeBasis);
            eerst.LegUitkomstVast(Uitkomst.SocialeBasis([]), fatima, Vandaag.AddDays(-40), beleid.Catalogus);
            db.Bewaar(eerst);
            var daarna = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", Vandaag.AddDays(-20), totStap: Afwegingsstap.Basisondersteuning);
            daarna.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", Vandaag.AddDays(-5)), fatima, Vandaag.AddDays(-8), beleid.Catalogus);
            db.Bewaar(daarna);
            var legacy = new Domain.Transitie.LegacyBeschikking(inwoner.Id, huishouden.Id, LegacyProduct.TO3, new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31));
            legacy.PlanMaatwerkgesprek(new DateOnly(2020, 10, 15), beleid.Transitie);
            legacy.LegConclusieVast(Pijler.Basisondersteuning, fatima, beleid.LegacyProducten, "Past bij de basisondersteuning.");
            db.LegacyBeschikkingen.Add(legacy);
            return await db.SaveChangesAsync();
        });

        // The dashboard and its CSV keep figures (MonitoringCache); past the maximum age every filter is computed anew, also
        // for the tests of this class that count afterwards.
        factory.Klok.Advance(MonitoringCache.MaximaleOuderdom);
        var csv = await CsvAsync("stromen");
        var vragen = await factory.LeesAsync(db => db.Ondersteuningsvragen.AsNoTracking().Where(v => v.Uitkomst != null).ToListAsync());
        var van = new DateOnly(Vandaag.AddMonths(-3).Year, Vandaag.AddMonths(-3).Month, 1);
        static string Sleutel(Domain.Vragen.Ondersteuningsvraag v) => v.Id.ToString().ToUpperInvariant(); // SQLite compares the stored text
        var verwacht = vragen.Where(v => v.UitkomstDatum >= van)
            .Select(v => (Nu: v.Uitkomst!.Pijler, Vorige: vragen
                .Where(w => w.InwonerId == v.InwonerId && (w.UitkomstDatum < v.UitkomstDatum || (w.UitkomstDatum == v.UitkomstDatum && string.CompareOrdinal(Sleutel(w), Sleutel(v)) < 0)))
                .OrderByDescending(w => w.UitkomstDatum).ThenByDescending(Sleutel, StringComparer.Ordinal)
                .Select(w => (Pijler?)w.Uitkomst!.Pijler).FirstOrDefault()))
            .Where(s => s.Vorige is not null && s.Vorige != s.Nu)
            .GroupBy(s => $"{s.Vorige!.Value.Naam()} → {s.Nu.Naam()}")
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Contains($"{Pijler.SocialeBasis.Naam()} → {Pijler.Basisondersteuning.Naam()}", verwacht.Keys);
        Assert.Equal(verwacht.Count, csv.Skip(1).Count(r => !r[0].StartsWith("Bestaande", StringComparison.Ordinal)));
        foreach (var (stroom, aantal) in verwacht)
        {
            Assert.Equal(aantal, Waarde(csv, stroom, "Aantal"));
        }

        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var tekst = Encoding.UTF8.GetString(await client.Http.GetByteArrayAsync(new Uri("/Monitoring/Csv/stromen?van=2020-09&tot=2020-12", UriKind.Relative))).TrimStart('\uFEFF');
        var oud = tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(';')).ToList();
        var overgangen = await factory.LeesAsync(db => db.LegacyBeschikkingen.AsNoTracking()
            .Where(l => l.Conclusie == Pijler.Basisondersteuning && l.GeplandGesprekOp >= new DateOnly(2020, 9, 1) && l.GeplandGesprekOp <= new DateOnly(2020, 12, 31)).CountAsync());
        Assert.True(overgangen > 0);
        Assert.Equal(overgangen, Waarde(oud, $"Bestaande cliënt (oude beschikking) → {Pijler.Basisondersteuning.Naam()}", "Aantal"));
    }

    [Fact]
    public async Task Eerste_contacten_per_buurtkamer_en_hoeveel_een_vraag_werden()
    {
        var csv = await CsvAsync("eerstecontacten");
        var contacten = await factory.LeesAsync(db => (from c in db.EersteContacten.AsNoTracking()
                                                       join b in db.Buurtkamers on c.BuurtkamerId equals b.Id
                                                       select new { b.Naam, c.OndersteuningsvraagId }).ToListAsync());

        foreach (var groep in contacten.GroupBy(c => c.Naam))
        {
            Assert.Equal(groep.Count(), Waarde(csv, groep.Key, "Eerste contacten"));
            Assert.Equal(groep.Count(c => c.OndersteuningsvraagId != null), Waarde(csv, groep.Key, "Werd een vraag"));
        }
    }

    [Fact]
    public async Task Wachttijd_per_perceel_en_aanbieder_is_het_gemiddelde_van_start_min_toewijzing()
    {
        var csv = await CsvAsync("wachttijd");
        var toewijzingen = await factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().ToListAsync());
        var namen = await factory.LeesAsync(db => db.Organisaties.ToDictionaryAsync(o => o.Id, o => o.Naam));
        var gestart = toewijzingen.Where(t => t.WachttijdInDagen is not null).ToList();

        Assert.NotEmpty(gestart);
        foreach (var groep in gestart.GroupBy(t => $"Thuisondersteuning en dagbesteding — {namen[t.AanbiederId]}"))
        {
            Assert.Equal(Math.Round((decimal)groep.Average(t => t.WachttijdInDagen!.Value), 1), Waarde(csv, groep.Key, "Gemiddelde wachttijd (dagen)"));
            Assert.Equal(groep.Count(), Waarde(csv, groep.Key, "Aantal gestart"));
        }
    }

    [Fact]
    public async Task Onderzoekstermijnen_op_tijd_en_te_laat_volgen_de_termijn_van_elke_vraag()
    {
        var csv = await CsvAsync("termijnen");
        var beleid = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WmoBeleid>()));
        var van = new DateOnly(Vandaag.AddMonths(-3).Year, Vandaag.AddMonths(-3).Month, 1);
        var vragen = await factory.LeesAsync(db => db.Ondersteuningsvragen.AsNoTracking().Where(v => v.Meldingsdatum >= van).ToListAsync());
        int Tel(Func<Ondersteuningsvraag, Termijn, bool> wat) => vragen.Count(v => wat(v, v.Onderzoekstermijn(beleid.Termijnen, Vandaag)));

        Assert.Equal(Tel((v, t) => (v.UitkomstDatum ?? v.AfgeslotenOp) is { } e && e <= t.Einddatum), Waarde(csv, "Onderzoek (6 weken)", "Op tijd afgerond"));
        Assert.Equal(Tel((v, t) => (v.UitkomstDatum ?? v.AfgeslotenOp) is { } e && e > t.Einddatum), Waarde(csv, "Onderzoek (6 weken)", "Te laat afgerond"));
        Assert.Equal(Tel((v, t) => (v.UitkomstDatum ?? v.AfgeslotenOp) is null && Vandaag <= t.Einddatum), Waarde(csv, "Onderzoek (6 weken)", "Lopend, binnen termijn"));
        Assert.Equal(Tel((v, t) => (v.UitkomstDatum ?? v.AfgeslotenOp) is null && Vandaag > t.Einddatum), Waarde(csv, "Onderzoek (6 weken)", "Lopend, verlopen"));
        Assert.Equal(vragen.Count, csv.Where(r => r[0] == "Onderzoek (6 weken)").Sum(r => r.Skip(1).Sum(Getal)));
    }

    [Fact]
    public async Task Lumpsum_uitgaven_tegen_budget_met_prognose_per_perceel()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var response = await client.Http.GetAsync(new Uri("/Monitoring/Csv/lumpsum?van=2026-01&tot=2026-12", UriKind.Relative));
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(';')).ToList();
        var jaar = await factory.LeesAsync(db => db.Begrotingsjaren.AsNoTracking().SingleAsync(b => b.Jaar == 2026));

        foreach (var perceel in Enum.GetValues<Perceel>())
        {
            var prognose = jaar.Prognose(perceel);
            Assert.Equal(prognose.Budget, Waarde(csv, perceel.Tekst(), "Budget"));
            Assert.Equal(prognose.Gerealiseerd, Waarde(csv, perceel.Tekst(), "Gerealiseerd"));
            Assert.Equal(prognose.VerwachtJaareinde, Waarde(csv, perceel.Tekst(), "Prognose jaareinde"));
        }
    }

    [Fact]
    public async Task Het_dashboard_toont_elke_grafiek_als_svg_met_tabel_en_csv_voor_beheerder_en_toetser()
    {
        foreach (var wie in new[] { "ingrid.postma", "marieke.hoekstra" })
        {
            using var client = new PortalClient(factory);
            await client.LoginAsDemoAsync(wie);
            var html = await client.GetHtmlAsync($"/Monitoring?{Periode}");
            Assert.Equal(6, html.Split("<svg class=\"grafiek\"").Length - 1 + html.Split("Geen gegevens in deze periode").Length - 1);
            Assert.Contains("data-figuur=\"clienten\"", html, StringComparison.Ordinal);
            Assert.Contains("/Monitoring/Csv/termijnen", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Een_onmogelijke_periode_geeft_een_melding_en_de_standaardperiode()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync("/Monitoring?van=2026-13&tot=<script>"));
        Assert.Contains("Vul de maanden in als jjjj-mm", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
