using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Huishoudens;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Infrastructure.Seeding;

namespace Wmo.Web.Tests.Support;

/// <summary>Arranges dossiers for the dossier-area tests through <see cref="DossierBouwer"/>.</summary>
internal static class DossierTestData
{
    /// <summary>A household with one inwoner and a vraag picked up by fatima in Buurtkamer Oost.</summary>
    public static Task<(Guid HuishoudenId, Guid InwonerId, Guid VraagId)> HuishoudenVanFatimaAsync(WmoWebApplicationFactory factory, string achternaam = "de Boer") =>
        factory.InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");
            var (inwoner, huishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Pieter", achternaam, new DateOnly(1996, 4, 2), "Vlietsingel", 3, "8913AB", "Leeuwarden");
            var melding = DateOnly.FromDateTime(factory.Klok.GetUtcNow().UtcDateTime).AddDays(-10);
            var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", melding);
            return (huishouden.Id, inwoner.Id, vraag.Id);
        });

    public static Task<Huishouden> HuishoudenAsync(WmoWebApplicationFactory factory, Guid id) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WmoDbContext>().Huishoudens.AsNoTracking().SingleAsync(h => h.Id == id));

    public static async Task<string> VolgRedirectAsync(PortalClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
    }
}
