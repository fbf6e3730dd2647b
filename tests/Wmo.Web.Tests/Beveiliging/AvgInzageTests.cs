using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Application.Seeding;
using Wmo.Web.Tests.Intake;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Beveiliging;

/// <summary>
/// Issue 9: the AVG export of all of a person's data is made by their regievoerder, never by the beheerder, and holds
/// only their own data and the periods they belonged to a household.
/// </summary>
public sealed class AvgInzageTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private sealed record Gezin(Guid Vertrokken, Guid OudHuishouden, Guid NieuwHuishouden);

    /// <summary>
    /// Anouk and Bram lived together; Anouk moved out (her old household gets a plan and a klacht afterwards, and had a doel about
    /// Bram during her stay). Fatima is regievoerder of both households.
    /// </summary>
    private Task<Gezin> GezinAsync(string achternaam) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<WmoDbContext>();
        var bouwer = sp.GetRequiredService<DossierBouwer>();
        var fatima = await bouwer.ActorAsync("fatima.elamrani");
        var vandaag = Wmo.Web.Weergave.Klok.Vandaag(factory.Klok);
        var verhuisd = vandaag.AddMonths(-6);
        var (anouk, oud) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Anouk", achternaam, new DateOnly(1980, 1, 1), "Tuinstraat", 1, "8911 AB", "Leeuwarden");
        var bram = new Inwoner(Bsn.Parse(TestBsn.Nieuw()), "Bram", achternaam, new DateOnly(1979, 1, 1), new Adres("Tuinstraat", 1, null, Postcode.Parse("8911 AB"), "Leeuwarden"));
        db.Add(bram);
        oud = await db.Huishoudens.SingleAsync(h => h.Id == oud.Id);
        oud.VoegLidToe(bram.Id, Relatie.Partner, new DateOnly(2000, 1, 1), []);
        oud.WijsRegievoerderToe(fatima, fatima, factory.Klok.GetUtcNow());

        var samen = new Ondersteuningsplan(oud.Id, fatima, verhuisd.AddMonths(-3));
        samen.VoegDoelToe(Leefgebied.Wonen, "Samen het huis op orde", Doelsoort.Stabiliseren, verhuisd);
        samen.VoegDoelToe(Leefgebied.FinancienSchulden, "Bram lost zijn schulden af", Doelsoort.Ontwikkelen, verhuisd, bram.Id);
        var later = new Ondersteuningsplan(oud.Id, fatima, vandaag.AddDays(-1));
        later.VoegDoelToe(Leefgebied.Wonen, "Bram na de verhuizing", Doelsoort.Stabiliseren, vandaag.AddMonths(2));
        oud.BeeindigLidmaatschap(anouk.Id, verhuisd);
        var nieuw = new Huishouden(achternaam + " nieuw");
        nieuw.VoegLidToe(anouk.Id, Relatie.Huisgenoot, verhuisd.AddDays(1), oud.Lidmaatschappen.Where(l => l.InwonerId == anouk.Id).Select(l => l.Periode));
        nieuw.WijsRegievoerderToe(fatima, fatima, factory.Klok.GetUtcNow());
        db.AddRange(samen, later, nieuw, new Klacht(oud.Id, null, vandaag.AddDays(-2), "Klacht van Bram na het vertrek", fatima));

        // A registration of Anouk for yet another household (by her BSN, as the sociaal werker typed her name) is her data too.
        var elders = new Huishouden(achternaam + " elders");
        db.Add(elders);
        db.Add(LidAanmelding.Meld(elders, anouk.Bsn, "Anouk Aangemeld", achternaam, anouk.Geboortedatum, anouk.BrpAdres, Relatie.Huisgenoot, vandaag,
            inwonerId: null, vrijgevendHuishoudenId: null, fatima, factory.Klok.GetUtcNow()));
        db.Bewaar(oud);
        await db.SaveChangesAsync();
        return new Gezin(anouk.Id, oud.Id, nieuw.Id);
    });

    [Fact]
    public async Task De_avg_export_bevat_alleen_eigen_gegevens_en_de_eigen_lidmaatschapsperiodes()
    {
        var gezin = await GezinAsync("Exportgezin");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");

        var antwoord = await fatima.PostFormAsync("/Zoeken", new Dictionary<string, string>(), $"/AvgInzage/Gegevens/{gezin.Vertrokken}");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var json = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("Samen het huis op orde", json, StringComparison.Ordinal);
        Assert.Contains("Anouk Aangemeld", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Bram lost zijn schulden af", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Bram na de verhuizing", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Klacht van Bram", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Bram", json.Replace("Bram lost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var huishoudens = document.RootElement.GetProperty("huishoudens");
        Assert.Equal(2, huishoudens.GetArrayLength());
        Assert.All(huishoudens.EnumerateArray(), h => Assert.Equal(1, h.GetProperty("lidmaatschap").GetArrayLength()));
    }

    [Theory]
    [InlineData("ingrid.postma", HttpStatusCode.Forbidden)]
    [InlineData("jeroen.bakker", HttpStatusCode.NotFound)]
    public async Task Alleen_de_regievoerder_maakt_de_avg_export(string gebruiker, HttpStatusCode verwacht)
    {
        var gezin = await GezinAsync("Geweigerdgezin" + gebruiker[..3]);
        using var client = await IntakeHulp.InloggenAsync(factory, gebruiker);
        var pagina = gebruiker == "ingrid.postma" ? "/Privacy" : "/Zoeken";

        var json = await client.PostFormAsync(pagina, new Dictionary<string, string>(), $"/AvgInzage/Gegevens/{gezin.Vertrokken}");
        var pdf = await client.PostFormAsync(pagina, new Dictionary<string, string>(), $"/AvgInzage/Brief/{gezin.Vertrokken}");

        Assert.Equal(verwacht, json.StatusCode);
        Assert.Equal(verwacht, pdf.StatusCode);
        Assert.DoesNotContain("Anouk", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
