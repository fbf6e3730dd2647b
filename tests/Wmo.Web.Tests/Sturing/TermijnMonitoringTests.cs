using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>
/// Beschikking and bezwaar terms in the dashboard over three months of the fake clock: a verdaagde and a suspended
/// beslistermijn (Awb 4:14, 4:15), a bezwaar whose beslistermijn was suspended for herstel (Awb 7:10 lid 2) and a late
/// bezwaar whose term runs from its receipt (Awb 7:10 lid 1). Issue 13: the terms met vs overdue per term.
/// </summary>
public sealed class TermijnMonitoringFactory : WmoWebApplicationFactory, IAsyncLifetime
{
    public DateOnly Begin { get; private set; }

    public async Task InitializeAsync()
    {
        Begin = Klok.Vandaag();
        var t0 = Begin;
        var (beschikkingId, verdaagd, opgeschort) = await InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var marieke = await bouwer.ActorAsync("marieke.hoekstra");
            var vragen = new List<Ondersteuningsvraag>();
            for (var n = 0; n < 4; n++)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Term", $"Termijnmonitor{n}", new DateOnly(1970, 1, 1), "Markt", 40 + n, "8911AA", "Leeuwarden");
                vragen.Add(await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", t0.AddDays(-10)));
            }

            var advies = await bouwer.IngediendAdviesAsync(vragen[0], fatima, t0);
            var beschikking = await bouwer.GetoetstAsync(advies, marieke, new Toetsbesluit(ToetsBesluit.Goedkeuren));
            foreach (var vraag in vragen.Skip(1))
            {
                await bouwer.IngediendAdviesAsync(vraag, fatima, t0);
            }

            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var opgeslagen = await db.Beschikkingen.SingleAsync(b => b.Id == beschikking!.Id);
            opgeslagen.Verzend(t0, t0, beleid.Termijnen);
            await db.SaveChangesAsync();
            return (opgeslagen.Id, vragen[1].Id, vragen[2].Id);
        });

        // Day 5: one beslistermijn verdaagd far ahead, one suspended (still running at the end); a bezwaar without gronden.
        Klok.Advance(TimeSpan.FromDays(5));
        var herstelId = await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await sp.GetRequiredService<DossierBouwer>().ActorAsync("fatima.elamrani");
            var vandaag = Klok.Vandaag();
            (await db.Ondersteuningsvragen.SingleAsync(v => v.Id == verdaagd)).VerdaagBeslistermijn(vandaag, t0.AddDays(110), "Advies van de ergotherapeut volgt later.", beleid.Termijnen, vandaag);
            (await db.Ondersteuningsvragen.SingleAsync(v => v.Id == opgeschort)).SchortBeslistermijnOp(vandaag, BeslistermijnOpschortingGrond.AanvullingAanvraag, "Het medisch advies ontbreekt nog.", beleid.Termijnen, vandaag);
            var beschikking = await db.Beschikkingen.SingleAsync(b => b.Id == beschikkingId);
            var bezwaar = new Bezwaar(beschikking, vandaag, null, adviescommissie: false, fatima);
            bezwaar.VraagOmHerstel(vandaag, vandaag.AddDays(14));
            db.Bezwaren.Add(bezwaar);
            await db.SaveChangesAsync();
            return bezwaar.Id;
        });

        // Day 15: the gronden come in (9 days suspended). Day 50: a bezwaar arrives after the bezwaartermijn.
        Klok.Advance(TimeSpan.FromDays(10));
        await MetBezwaarAsync(herstelId, (z, vandaag) => z.VulGrondenAan("De hulp is te kort toegekend.", vandaag));
        Klok.Advance(TimeSpan.FromDays(35));
        var telaatId = await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatima = await sp.GetRequiredService<DossierBouwer>().ActorAsync("fatima.elamrani");
            var beschikking = await db.Beschikkingen.SingleAsync(b => b.Id == beschikkingId);
            var bezwaar = new Bezwaar(beschikking, Klok.Vandaag(), "Ik ben het er niet mee eens.", adviescommissie: false, fatima);
            Assert.False(bezwaar.IsTijdig);
            db.Bezwaren.Add(bezwaar);
            await db.SaveChangesAsync();
            return bezwaar.Id;
        });

        // Both are decided a few days before their own beslistermijn ends, but after the term counted without the
        // suspension or from the end of the bezwaartermijn.
        var beleidTermijnen = await InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WmoBeleid>().Termijnen));
        var herstelEinde = await InScopeAsync(async sp => (await sp.GetRequiredService<WmoDbContext>().Bezwaren.SingleAsync(z => z.Id == herstelId)).Beslistermijn(beleidTermijnen).Einddatum);
        Klok.SetUtcNow(new DateTimeOffset(herstelEinde.AddDays(-3).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        await MetBezwaarAsync(herstelId, (z, vandaag) => z.Beslis(BezwaarBeslissing.Ongegrond, "De toegekende omvang past bij de beperking.", vandaag));
        var telaatEinde = await InScopeAsync(async sp => (await sp.GetRequiredService<WmoDbContext>().Bezwaren.SingleAsync(z => z.Id == telaatId)).Beslistermijn(beleidTermijnen).Einddatum);
        if (telaatEinde.AddDays(-2) > Klok.Vandaag())
        {
            Klok.SetUtcNow(new DateTimeOffset(telaatEinde.AddDays(-2).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        }

        await MetBezwaarAsync(telaatId, (z, vandaag) => z.Beslis(BezwaarBeslissing.NietOntvankelijk, "Het bezwaar kwam te laat binnen.", vandaag));
    }

    private Task MetBezwaarAsync(Guid id, Action<Bezwaar, DateOnly> wat) =>
        InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            wat(await db.Bezwaren.SingleAsync(z => z.Id == id), Klok.Vandaag());
            return await db.SaveChangesAsync();
        });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class TermijnMonitoringTests(TermijnMonitoringFactory factory) : IClassFixture<TermijnMonitoringFactory>
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private const string Beschikking = "Beschikking (2 weken)";
    private const string Bezwaar = "Beslissing op bezwaar";

    private DateOnly Vandaag => factory.Klok.Vandaag();

    private DateOnly Van => new(factory.Begin.AddMonths(-1).Year, factory.Begin.AddMonths(-1).Month, 1);

    private async Task<List<string[]>> TermijnenCsvAsync()
    {
        using var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        var response = await client.Http.GetAsync(new Uri($"/Monitoring/Csv/termijnen?van={Van:yyyy-MM}&tot={Vandaag.AddMonths(1):yyyy-MM}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tekst = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return [.. tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(';'))];
    }

    private static Dictionary<string, decimal> Rij(List<string[]> csv, string termijn)
    {
        var regel = csv.Single(r => r[0] == termijn);
        return csv[0].Skip(1).Select((kolom, i) => (kolom, waarde: decimal.Parse(regel[i + 1], Nl))).ToDictionary(x => x.kolom, x => x.waarde);
    }

    private static Dictionary<string, decimal> Telling(IEnumerable<(Termijn Termijn, DateOnly? Einde)> zaken, DateOnly vandaag)
    {
        var lijst = zaken.ToList();
        return new()
        {
            ["Op tijd afgerond"] = lijst.Count(z => z.Einde is { } e && e <= z.Termijn.Einddatum),
            ["Te laat afgerond"] = lijst.Count(z => z.Einde is { } e && e > z.Termijn.Einddatum),
            ["Lopend, binnen termijn"] = lijst.Count(z => z.Einde is null && vandaag <= z.Termijn.Einddatum),
            ["Lopend, verlopen"] = lijst.Count(z => z.Einde is null && vandaag > z.Termijn.Einddatum),
        };
    }

    [Fact]
    public async Task Beschikkingstermijnen_volgen_verdaging_en_opschorting_zoals_het_dossier()
    {
        var csv = await TermijnenCsvAsync();
        var termijnen = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WmoBeleid>().Termijnen));
        var (van, tot) = (Van, new DateOnly(Vandaag.AddMonths(1).Year, Vandaag.AddMonths(1).Month, 1).AddMonths(1).AddDays(-1));
        var vragen = await factory.LeesAsync(db => db.Ondersteuningsvragen.AsNoTracking().Where(v => v.Aanvraagdatum >= van && v.Aanvraagdatum <= tot).ToListAsync());
        var verzonden = await factory.LeesAsync(db => db.Beschikkingen.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Verzenddatum));

        var verwacht = Telling(vragen.Select(v => (v.Beschikkingstermijn(termijnen, Vandaag)!, v.BeschikkingId is { } b ? verzonden[b] : null)), Vandaag);

        Assert.Contains(vragen, v => v.VerdaagdTot is not null);
        Assert.Contains(vragen, v => v.IsBeslistermijnOpgeschort);
        Assert.True(verwacht["Lopend, binnen termijn"] >= 2, "de verdaagde en de opgeschorte aanvraag lopen nog binnen hun termijn");
        Assert.Equal(verwacht, Rij(csv, Beschikking));
    }

    [Fact]
    public async Task Bezwaartermijnen_volgen_herstel_en_te_late_ontvangst_zoals_het_dossier()
    {
        var csv = await TermijnenCsvAsync();
        var termijnen = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WmoBeleid>().Termijnen));
        var bezwaren = await factory.LeesAsync(db => db.Bezwaren.AsNoTracking().Where(z => z.OntvangenOp >= Van).ToListAsync());

        var verwacht = Telling(bezwaren.Select(z => (z.Beslistermijn(termijnen, Vandaag), z.BeslistOp)), Vandaag);

        Assert.Contains(bezwaren, z => !z.IsTijdig && z.BeslistOp is not null);
        Assert.Contains(bezwaren, z => z.OpgeschortVoorHerstel() is not null && z.BeslistOp is not null);
        Assert.True(verwacht["Op tijd afgerond"] >= 2, "beide bezwaren zijn binnen hun eigen beslistermijn beslist");
        Assert.Equal(verwacht, Rij(csv, Bezwaar));
    }
}
