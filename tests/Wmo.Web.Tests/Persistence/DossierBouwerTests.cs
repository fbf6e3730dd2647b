using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Persistence;

public sealed class DossierBouwerTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Bouwt_via_het_domein_een_ingediend_advies_met_vraag_huishouden_en_eerste_contact()
    {
        var melding = new DateOnly(2026, 10, 5);
        var adviesId = await factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var anna = await bouwer.ActorAsync("anna.devries");
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync("123456782", "Pieter", "de Boer", new DateOnly(1996, 4, 2), "Vlietsingel", 3, "8913AB", "Leeuwarden");
            var contact = await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", melding, "Pieter de Boer", "Ik kom de dag niet meer door.");
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", melding, contact);
            return (await bouwer.IngediendAdviesAsync(vraag, fatima, melding.AddDays(10))).Id;
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        var advies = await db.Adviezen.SingleAsync(a => a.Id == adviesId);
        Assert.Equal(AdviesStatus.Ingediend, advies.Status);
        var vraagTerug = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId);
        Assert.Equal(VraagStatus.AdviesIngediend, vraagTerug.Status);
        Assert.NotNull(vraagTerug.EersteContactId);
    }
}
