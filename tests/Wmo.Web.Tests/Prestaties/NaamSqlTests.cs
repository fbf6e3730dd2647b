using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 10: a name is built once, by <see cref="Inwoner.NaamVan"/>. Queries use it on columns and the database layer
/// translates it (<see cref="NaamSql"/>), so a list shows in SQL exactly the name the domain gives in memory, on both providers.
/// </summary>
public sealed class NaamSqlTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task SQLite_geeft_dezelfde_naam_als_het_domein_ook_in_een_filter_en_een_subquery()
    {
        var (_, inwonerId, _) = await DossierTestData.HuishoudenVanFatimaAsync(factory, achternaam: "van 't Hoff-Çelik");
        var inwoner = await factory.LeesAsync(db => db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == inwonerId));

        var (uitSql, sql) = await factory.LeesAsync(async db =>
        {
            // In the filter the call cannot run in memory: EF must translate it, or the query throws.
            var query = db.Inwoners.AsNoTracking()
                .Where(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam) == inwoner.VolledigeNaam)
                .Select(i => new
                {
                    Naam = Inwoner.NaamVan(i.Voornamen, i.Achternaam),
                    Lid = db.Inwoners.Where(j => j.Id == i.Id).Select(j => Inwoner.NaamVan(j.Voornamen, j.Achternaam)).FirstOrDefault(),
                });
            return (await query.SingleAsync(), query.ToQueryString());
        });

        Assert.Equal("Pieter van 't Hoff-Çelik", inwoner.VolledigeNaam);
        Assert.Equal(inwoner.VolledigeNaam, uitSql.Naam);
        Assert.Equal(inwoner.VolledigeNaam, uitSql.Lid);
        Assert.Contains("|| ' ' ||", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void SQL_Server_krijgt_dezelfde_samenvoeging()
    {
        var settings = new DatabaseSettings { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=localhost;Database=WmoNaamCheck;TrustServerCertificate=True" };
        var options = new DbContextOptionsBuilder<WmoDbContext>();
        settings.Apply(options, Path.GetTempPath());
        using var db = new WmoDbContext(options.Options);

        var sql = db.Inwoners.Where(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam) == "x").Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).ToQueryString();

        Assert.Contains("[i].[Voornamen] + N' ' + [i].[Achternaam]", sql, StringComparison.Ordinal);
    }
}
