using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Privacy;

namespace Wmo.Web.Tests.Support;

/// <summary>The portal with a fault on the audit's inserts (<see cref="AuditStoring"/>), switched on by the test.</summary>
public class AuditStoringFactory : WmoWebApplicationFactory
{
    public AuditStoring Storing { get; } = new();

    /// <summary>A household with a vraag in Fatima's buurtkamer and Fatima as regievoerder.</summary>
    public Task<Guid> HuishoudenVanFatimaAsync(string achternaam) => InScopeAsync(async sp =>
    {
        var bouwer = sp.GetRequiredService<DossierBouwer>();
        var db = sp.GetRequiredService<WmoDbContext>();
        var fatima = await bouwer.ActorAsync("fatima.elamrani");
        var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Dirk", achternaam, new DateOnly(1970, 5, 6), "Vlietsingel", 9, "8913 AB", "Leeuwarden");
        await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", DateOnly.FromDateTime(DateTime.Today).AddDays(-10));
        var opnieuw = await db.Huishoudens.SingleAsync(h => h.Id == huishouden.Id);
        opnieuw.WijsRegievoerderToe(fatima, fatima, DateTimeOffset.UtcNow);
        db.Bewaar(opnieuw);
        await db.SaveChangesAsync();
        return huishouden.Id;
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(Storing)));
    }
}
