using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Beleid;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beleid;

/// <summary>A portal without demo data: only the reference data a real gemeente starts with.</summary>
public sealed class ZonderDemodataFactory : WmoWebApplicationFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["DemoData:Enabled"] = "false" };
}

public sealed class ReferentiedataTests(ZonderDemodataFactory factory) : IClassFixture<ZonderDemodataFactory>
{
    [Fact]
    public async Task Beleid_van_leeuwarden_staat_ook_zonder_demodata_in_de_database()
    {
        _ = factory.Server;

        var (versies, catalogus, tarieven) = await factory.LeesAsync(async db => (
            await db.Beleidsversies.AsNoTracking().ToListAsync(),
            await db.Beleidsversies.SelectMany(v => v.Voorzieningen).Select(v => v.Code).ToListAsync(),
            await db.Abonnementstarieven.AsNoTracking().OrderBy(t => t.Jaar).ToListAsync()));

        var versie = Assert.Single(versies);
        Assert.Equal(new DateOnly(2021, 1, 1), versie.Ingangsdatum);
        Assert.Equal(WmoBeleid.Leeuwarden2021().Catalogus.Voorzieningen.Select(v => v.Code).Order(), catalogus.Order());
        Assert.Equal([2019, 2020], tarieven.Select(t => t.Jaar));
        Assert.False(await factory.LeesAsync(db => db.Users.AnyAsync()));
    }

    [Fact]
    public async Task Het_beleid_dat_de_code_krijgt_komt_uit_de_tabellen()
    {
        _ = factory.Server;

        var beleid = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WmoBeleid>()));
        var bron = factory.Services.GetRequiredService<Beleidsbron>();

        Assert.Equal(new DateOnly(2021, 1, 1), beleid.Ingangsdatum);
        Assert.Equal(Pijler.AanvullendeOndersteuning, beleid.Catalogus.Zoek("AO-HH").Pijler);
        Assert.Equal(5, beleid.Percelen.Single(p => p.Perceel == Perceel.ThuisondersteuningEnDagbesteding).AantalGelijkeDelen);
        Assert.Equal(Referentiedata.Transitie, beleid.Transitie);
        Assert.Same(bron.Historie(), bron.Historie());
    }
}
