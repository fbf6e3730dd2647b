using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15: the werkvoorraad sorts and pages on the end of the running term computed in SQL
/// (<see cref="Ondersteuningsvraag.NominaleEinddagLopendeTermijn"/>). After opschorten, hervatten and verdagen, the day the
/// database computes (moved to the next working day, Atw art. 1) is the end date the domain computes from the loaded vraag.
/// </summary>
public sealed class EinddagLopendeTermijnTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task De_einddag_uit_SQL_is_na_opschorten_hervatten_en_verdagen_de_einddatum_van_het_domein()
    {
        var vandaag = factory.Klok.Vandaag();
        var ids = await MaakVragenAsync();

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var einddag = Ondersteuningsvraag.NominaleEinddagLopendeTermijn(beleid.Termijnen, vandaag);
            foreach (var (naam, id) in ids)
            {
                var dag = await db.Ondersteuningsvragen.AsNoTracking().Where(v => v.Id == id).Select(einddag).SingleAsync();
                var vraag = await db.Ondersteuningsvragen.AsNoTracking().SingleAsync(v => v.Id == id);
                var verwacht = (vraag.Beschikkingstermijn(beleid.Termijnen, vandaag) ?? vraag.Onderzoekstermijn(beleid.Termijnen, vandaag)).Einddatum;

                var uitSql = DateOnly.FromDayNumber(dag);
                if (!vraag.IsVerdaagd)
                {
                    while (!beleid.Termijnen.Kalender.IsWerkdag(uitSql))
                    {
                        uitSql = uitSql.AddDays(1);
                    }
                }

                Assert.True(verwacht == uitSql, $"{naam}: SQL {uitSql:yyyy-MM-dd}, domein {verwacht:yyyy-MM-dd}");
            }
            return 0;
        });
    }

    /// <summary>
    /// The migration that added the running term's columns fills them for the vragen that exist, from their melding, aanvraag,
    /// verdaging and opschortingen: back to the schema before it and forward again gives each vraag the values the domain wrote.
    /// </summary>
    [Fact]
    public async Task De_migraties_vullen_de_termijnfeiten_van_bestaande_vragen_zoals_het_domein()
    {
        var ids = await MaakVragenAsync();
        var voor = await TermijnkolommenAsync(ids.Values);
        Assert.Contains(voor.Values, k => k.Sinds is not null);
        Assert.Contains(voor.Values, k => k.Sinds is null);

        var kolommenTussendoor = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
            await migrator.MigrateAsync(MigratieVoorLopendeTermijn);
            var kolommen = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_table_info('Ondersteuningsvragen')").ToListAsync();
            await migrator.MigrateAsync();
            return kolommen;
        });
        Assert.DoesNotContain(nameof(Ondersteuningsvraag.LopendeTermijnVanafDag), kolommenTussendoor);
        Assert.DoesNotContain(nameof(Ondersteuningsvraag.OnderzoekOpgeschorteDagen), kolommenTussendoor);
        Assert.Contains(voor.Values, k => k.OnderzoekDagen > 0 && k.BeslisDagen > 0);
        Assert.Contains(voor.Values, k => k.OnderzoekSinds is not null && k.BeslisSinds is null);

        var na = await TermijnkolommenAsync(ids.Values);
        foreach (var (naam, id) in ids)
        {
            Assert.True(voor[id] == na[id], $"{naam}: het domein schreef {voor[id]}, de migratie {na[id]}");
        }
    }

    private const string MigratieVoorLopendeTermijn = "20261203082209_Prestaties_AuditBetrokkenen";

    private Task<Dictionary<Guid, (int VanafDag, int? Sinds, int OnderzoekDagen, int? OnderzoekSinds, int BeslisDagen, int? BeslisSinds)>> TermijnkolommenAsync(IEnumerable<Guid> ids) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var lijst = ids.ToList();
            var rijen = await db.Ondersteuningsvragen.AsNoTracking().Where(v => lijst.Contains(v.Id))
                .Select(v => new
                {
                    v.Id, v.LopendeTermijnVanafDag, v.LopendeTermijnOpgeschortSinds, v.OnderzoekOpgeschorteDagen, v.OnderzoekOpgeschortSinds,
                    v.BeslistermijnOpgeschorteDagen, v.BeslistermijnOpgeschortSinds,
                }).ToListAsync();
            return rijen.ToDictionary(r => r.Id, r => (r.LopendeTermijnVanafDag, r.LopendeTermijnOpgeschortSinds, r.OnderzoekOpgeschorteDagen,
                r.OnderzoekOpgeschortSinds, r.BeslistermijnOpgeschorteDagen, r.BeslistermijnOpgeschortSinds));
        });

    // Vragen in every kind of running term: onderzoek with and without an opschorting, a beslistermijn suspended and resumed
    // or still suspended, and a verdaging.
    private async Task<Dictionary<string, Guid>> MaakVragenAsync()
    {
        var vandaag = factory.Klok.Vandaag();
        var m = vandaag.AddDays(-20);
        var gevallen = new Dictionary<string, Action<Ondersteuningsvraag, WmoBeleid>>
        {
            ["onderzoek zonder opschorting"] = (_, _) => { },
            ["onderzoek opgeschort en hervat"] = (v, b) =>
            {
                v.SchortOnderzoekOp(m.AddDays(2), "Inwoner overlegt met zijn dochter", true, b.Termijnen, vandaag);
                v.HervatOnderzoek(m.AddDays(6), vandaag);
            },
            ["onderzoek opgeschort, loopt nog"] = (v, b) => v.SchortOnderzoekOp(m.AddDays(5), "Wacht op de huisarts", true, b.Termijnen, vandaag),
            ["aanvraag, beslistermijn opgeschort en hervat"] = (v, b) =>
            {
                v.SchortOnderzoekOp(m.AddDays(1), "Bedenktijd", true, b.Termijnen, vandaag);
                v.HervatOnderzoek(m.AddDays(2), vandaag);
                v.DienAanvraagIn(m.AddDays(4));
                v.SchortBeslistermijnOp(m.AddDays(6), BeslistermijnOpschortingGrond.AanvullingAanvraag, "Aanvraag onvolledig", b.Termijnen, vandaag);
                v.HervatBeslistermijn(m.AddDays(8), vandaag);
            },
            ["aanvraag, beslistermijn opgeschort, loopt nog"] = (v, b) =>
            {
                v.DienAanvraagIn(m.AddDays(10));
                v.SchortBeslistermijnOp(m.AddDays(12), BeslistermijnOpschortingGrond.AanvullingAanvraag, "Aanvraag onvolledig", b.Termijnen, vandaag);
            },
            ["aanvraag verdaagd"] = (v, b) =>
            {
                v.DienAanvraagIn(m.AddDays(15));
                v.VerdaagBeslistermijn(m.AddDays(16), m.AddDays(40), "Advies van de ergotherapeut is nodig", b.Termijnen, vandaag);
            },
            ["aanvraag terwijl het onderzoek opgeschort is"] = (v, b) =>
            {
                v.SchortOnderzoekOp(m.AddDays(3), "Wacht op de huisarts", true, b.Termijnen, vandaag);
                v.DienAanvraagIn(m.AddDays(9));
            },
            ["opgeschorte beslistermijn, daarna verdaagd"] = (v, b) =>
            {
                v.DienAanvraagIn(m.AddDays(1));
                v.SchortBeslistermijnOp(m.AddDays(2), BeslistermijnOpschortingGrond.AanvullingAanvraag, "Aanvraag onvolledig", b.Termijnen, vandaag);
                v.HervatBeslistermijn(m.AddDays(4), vandaag);
                v.VerdaagBeslistermijn(m.AddDays(10), m.AddDays(45), "Advies van de ergotherapeut is nodig", b.Termijnen, vandaag);
            },
        };

        return await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var ids = new Dictionary<string, Guid>();
            var nummer = 1;
            foreach (var (naam, bewerk) in gevallen)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Eva", "Termijnstra", new DateOnly(1950, 1, 1), "Nieuwestad", nummer++, "8911 AB", "Leeuwarden");
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", m);
                bewerk(vraag, beleid);
                await db.SaveChangesAsync();
                ids[naam] = vraag.Id;
            }

            return ids;
        });
    }
}
