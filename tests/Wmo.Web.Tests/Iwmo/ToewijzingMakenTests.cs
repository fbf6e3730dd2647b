using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Common;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Web.Tests.Besluiten;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Iwmo;

public sealed class ToewijzingMakenTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Een_verwijzing_wordt_een_opgeslagen_toewijzing_met_een_uniek_nummer()
    {
        var vandaag = factory.Klok.Vandaag();
        var (eerste, tweede) = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var maken = sp.GetRequiredService<ToewijzingMaken>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var nummers = new List<Toewijzing>();
            foreach (var naam in new[] { "Hoekstra", "Visser" })
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Mariska", naam, new DateOnly(1995, 2, 1), "Tuinen", 4, "8911KE", "Leeuwarden");
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-10));
                await bouwer.VerwijzingAsync(vraag, fatima, vandaag);
                nummers.Add(await maken.OpVerwijzingAsync(vraag.Id, new Omvang(4, Eenheid.Uur, Frequentie.PerWeek), new Periode(vandaag.AddDays(7), vandaag.AddMonths(12)), fatima));
            }

            return (nummers[0], nummers[1]);
        });

        var opgeslagen = await factory.LeesAsync(db => db.Toewijzingen.AsNoTracking().SingleAsync(t => t.Id == eerste.Id));
        Assert.Equal(ToewijzingBron.Verwijzing, opgeslagen.Bron);
        Assert.Equal(new Omvang(4, Eenheid.Uur, Frequentie.PerWeek), opgeslagen.Omvang);
        Assert.True(opgeslagen.MoetVerstuurdWorden);
        Assert.Equal(vandaag, opgeslagen.Toewijzingsdatum);
        Assert.NotEqual(eerste.Nummer, tweede.Nummer);
    }

    [Fact]
    public async Task Een_beschikking_tot_toekenning_wordt_een_toewijzing_met_product_omvang_en_periode_van_de_beschikking()
    {
        var beschikking = await Dossiers.BeschikkingAsync(factory, "Toekenning");
        await factory.InScopeAsync(sp => sp.GetRequiredService<DossierBouwer>().ContracteerAsync("Zorggroep Noord", Domain.Catalogus.Perceel.ThuisondersteuningEnDagbesteding));
        var toewijzing = await factory.InScopeAsync(async sp =>
        {
            var aanbieder = await sp.GetRequiredService<WmoDbContext>().Organisaties.SingleAsync(o => o.Naam == "Zorggroep Noord");
            return await sp.GetRequiredService<ToewijzingMaken>().OpBeschikkingAsync(beschikking.Id, aanbieder.Id);
        });

        Assert.Equal(beschikking.Omvang, toewijzing.Omvang);
        Assert.Equal(beschikking.Ingangsdatum, toewijzing.Ingangsdatum);
        Assert.Equal(beschikking.Einddatum, toewijzing.Einddatum);
        Assert.Equal(beschikking.Id, toewijzing.BeschikkingId);

        // A second toewijzing on the same beschikking while the first runs is refused, and nothing is stored.
        var fout = await Assert.ThrowsAsync<DomainException>(() => factory.InScopeAsync(async sp =>
        {
            var aanbieder = await sp.GetRequiredService<WmoDbContext>().Organisaties.SingleAsync(o => o.Naam == "Zorggroep Noord");
            return await sp.GetRequiredService<ToewijzingMaken>().OpBeschikkingAsync(beschikking.Id, aanbieder.Id);
        }));
        Assert.Equal("EenLopendeToewijzingPerBesluit", fout.Regel);
        Assert.Equal(1, await factory.LeesAsync(db => db.Toewijzingen.CountAsync(t => t.BeschikkingId == beschikking.Id)));
    }
}
