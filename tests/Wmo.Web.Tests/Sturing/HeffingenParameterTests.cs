using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.EigenBijdrage;
using Wmo.Application.Seeding;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>
/// The charges of a month are read with a fixed number of parameters per command, however many households are charged: the
/// seed at the scale of Amsterdam stopped with "too many SQL variables" when every household id was a parameter (SQLite
/// accepts 32,766, SQL Server 2,100).
/// </summary>
public sealed class HeffingenParameterTests(HeffingenParameterTests.TellendeFactory factory) : IClassFixture<HeffingenParameterTests.TellendeFactory>
{
    [Fact]
    public async Task De_heffingen_van_een_maand_gebruiken_evenveel_parameters_bij_meer_huishoudens()
    {
        await BasisondersteuningAsync(2, "Parameterweinig");
        var (weinigHeffingen, weinig) = await TelAsync();

        await BasisondersteuningAsync(20, "Parameterveel");
        var (veelHeffingen, veel) = await TelAsync();

        Assert.True(veelHeffingen >= weinigHeffingen + 20, $"verwacht 20 heffingen meer, was {weinigHeffingen} en werd {veelHeffingen}");
        Assert.Equal(weinig.Count, veel.Count);
        Assert.Equal(weinig.Max(), veel.Max());
    }

    private async Task<(int Heffingen, List<int> Parameters)> TelAsync()
    {
        factory.Parameters.Clear();
        var maand = Heffingsmaand.Van(factory.Klok.Vandaag());
        var (huidig, _) = await factory.InScopeAsync(sp => sp.GetRequiredService<HeffingenBerekenen>().MetVorigeMaandAsync(maand));
        return (huidig.Count, [.. factory.Parameters]);
    }

    private Task BasisondersteuningAsync(int aantal, string achternaam) =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<Domain.Gemeentebeleid.WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var vandaag = factory.Klok.Vandaag();
            for (var i = 0; i < aantal; i++)
            {
                var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Mo", achternaam, new DateOnly(1950, 1, 1), "Markt", 1 + i, "8911AA", "Leeuwarden");
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", vandaag.AddDays(-40), null, Afwegingsstap.Basisondersteuning);
                vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", vandaag.AddDays(-35)), fatima, vandaag, beleid.Catalogus);
                db.Bewaar(vraag);
                await db.SaveChangesAsync();
            }

            return aantal;
        });

    /// <summary>The portal with a count of the parameters of every SQL command it sends.</summary>
    public sealed class TellendeFactory : WmoWebApplicationFactory
    {
        public ConcurrentQueue<int> Parameters { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(new Teller(Parameters))));
        }
    }

    private sealed class Teller(ConcurrentQueue<int> parameters) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            parameters.Enqueue(command.Parameters.Count);
            return ValueTask.FromResult(result);
        }
    }
}
