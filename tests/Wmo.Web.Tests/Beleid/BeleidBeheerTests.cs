using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Beleid;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Beleid;

/// <summary>
/// The beleid screens (issue 10): a new version from a coming date, its settings, catalogue and percelen, tariffs per year;
/// what has started stays as it was; every change audited; a decision uses the policy of its date.
/// </summary>
public sealed partial class BeleidBeheerTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<PortalClient> BeheerderAsync()
    {
        var client = new PortalClient(factory);
        await client.LoginAsDemoAsync("ingrid.postma");
        return client;
    }

    /// <summary>Creates a version from <paramref name="dagenVooruit"/> days ahead over HTTP; returns its id.</summary>
    private async Task<Guid> NieuweVersieAsync(PortalClient ingrid, int dagenVooruit, string omschrijving)
    {
        var antwoord = await ingrid.PostFormAsync("/Beheer/Beleid/Nieuw", new Dictionary<string, string>
        {
            ["Ingangsdatum"] = Iso(factory.Klok.Vandaag().AddDays(dagenVooruit)),
            ["Omschrijving"] = omschrijving,
        });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return Guid.Parse(VersieInUrl().Match(antwoord.Headers.Location!.ToString()).Groups[1].Value);
    }

    private static string Versie(string html) => VersieVeld().Match(html).Groups[1].Value;

    [Fact]
    public async Task Een_nieuwe_versie_kopieert_het_beleid_en_geldt_pas_vanaf_haar_ingangsdatum()
    {
        using var ingrid = await BeheerderAsync();
        var id = await NieuweVersieAsync(ingrid, 40, "Duurbeleid 12 maanden");
        var ingang = factory.Klok.Vandaag().AddDays(40);

        var formulier = $"/Beheer/Beleid/{id}/Instellingen";
        var html = await ingrid.GetHtmlAsync(formulier);
        var velden = new Dictionary<string, string>
        {
            ["Versie"] = Versie(html), ["Omschrijving"] = "Duurbeleid 12 maanden", ["OnderzoekDagen"] = "42", ["PersoonlijkPlanDagen"] = "7",
            ["BeschikkingDagen"] = "14", ["BezwaarDagen"] = "42", ["BeslissingOpBezwaarDagen"] = "42", ["BinnenkortWerkdagen"] = "3",
            ["StandaardMaanden"] = "12", ["VerlengdMaanden"] = "60", ["LeeftijdVoorVerlenging"] = "80", ["TransitieGesprekkenUiterlijkVoor"] = "2027-01-01",
            ["DwangsomEersteVeertienDagen"] = "23", ["DwangsomVolgendeVeertienDagen"] = "35", ["DwangsomDaarna"] = "45", ["DwangsomMaximumDagen"] = "42", ["DwangsomBron"] = "Awb art. 4:17",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync(formulier, velden)).StatusCode);

        var bron = factory.Services.GetRequiredService<Beleidsbron>();
        Assert.Equal(12, bron.Op(ingang).Duur.StandaardMaanden);
        Assert.Equal(3, bron.Op(ingang).Termijnen.BinnenkortWerkdagen);
        Assert.Equal(24, bron.Op(ingang.AddDays(-1)).Duur.StandaardMaanden);
        Assert.Equal(bron.Op(ingang.AddDays(-1)).Catalogus.Voorzieningen.OrderBy(v => v.Code), bron.Op(ingang).Catalogus.Voorzieningen.OrderBy(v => v.Code));

        var overzicht = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync($"/Beheer/Beleid?versie={id}"));
        Assert.Contains("Gaat nog in", overzicht, StringComparison.Ordinal);
        Assert.Contains("12 maanden", overzicht, StringComparison.Ordinal);

        var audit = await factory.LeesAsync(db => db.AuditTrail.AsNoTracking()
            .Where(a => a.Onderwerp == "Beleidsversie" && a.OnderwerpId == id.ToString() && a.Actie == AuditActie.Wijzigen).ToListAsync());
        var wijziging = Assert.Single(audit);
        Assert.Contains("24", wijziging.Details, StringComparison.Ordinal);
        Assert.Contains("12", wijziging.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_geldende_beleid_ligt_vast_en_een_versie_in_het_verleden_kan_niet()
    {
        using var ingrid = await BeheerderAsync();
        var geldend = await factory.LeesAsync(db => db.Beleidsversies.AsNoTracking().Where(v => v.Ingangsdatum <= factory.Klok.Vandaag()).OrderByDescending(v => v.Ingangsdatum).FirstAsync());

        var overzicht = await ingrid.GetHtmlAsync("/Beheer/Beleid");
        Assert.DoesNotContain($"/Beheer/Beleid/{geldend.Id}/Instellingen", overzicht, StringComparison.Ordinal);
        var html = await ingrid.GetHtmlAsync($"/Beheer/Beleid/{geldend.Id}/Instellingen");
        var geweigerd = await ingrid.PostFormAsync($"/Beheer/Beleid/{geldend.Id}/Instellingen", new Dictionary<string, string>
        {
            ["Versie"] = Versie(html), ["Omschrijving"] = "Met terugwerkende kracht", ["OnderzoekDagen"] = "30", ["PersoonlijkPlanDagen"] = "7",
            ["BeschikkingDagen"] = "14", ["BezwaarDagen"] = "42", ["BeslissingOpBezwaarDagen"] = "42", ["BinnenkortWerkdagen"] = "5",
            ["StandaardMaanden"] = "24", ["VerlengdMaanden"] = "60", ["LeeftijdVoorVerlenging"] = "80", ["TransitieGesprekkenUiterlijkVoor"] = "2027-01-01",
            ["DwangsomEersteVeertienDagen"] = "23", ["DwangsomVolgendeVeertienDagen"] = "35", ["DwangsomDaarna"] = "45", ["DwangsomMaximumDagen"] = "42", ["DwangsomBron"] = "Awb art. 4:17",
        });
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.Contains("ligt vast", WebUtility.HtmlDecode(await geweigerd.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(geldend.Termijnen.OnderzoekDagen, (await factory.LeesAsync(db => db.Beleidsversies.AsNoTracking().SingleAsync(v => v.Id == geldend.Id))).Termijnen.OnderzoekDagen);

        var verleden = await ingrid.PostFormAsync("/Beheer/Beleid/Nieuw", new Dictionary<string, string>
        {
            ["Ingangsdatum"] = Iso(factory.Klok.Vandaag().AddDays(-1)),
            ["Omschrijving"] = "Gisteren",
        });
        Assert.Equal(HttpStatusCode.OK, verleden.StatusCode);
        var pagina = WebUtility.HtmlDecode(await verleden.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Ingangsdatum-fout\"[^>]*>.*na vandaag", pagina);
        Assert.False(await factory.LeesAsync(db => db.Beleidsversies.AnyAsync(v => v.Omschrijving == "Gisteren")));
    }

    [Fact]
    public async Task De_catalogus_van_een_komende_versie_wijzigt_met_de_regels_van_het_domein_bij_het_veld()
    {
        using var ingrid = await BeheerderAsync();
        var id = await NieuweVersieAsync(ingrid, 60, "Catalogus met een nieuwe voorziening");
        var nieuw = $"/Beheer/Beleid/{id}/Voorzieningen/Nieuw";

        Dictionary<string, string> Voorziening(string code, string pijler, string perceel) => new()
        {
            ["Versie"] = Versie(ingrid.GetHtmlAsync(nieuw).GetAwaiter().GetResult()),
            ["Code"] = code, ["Naam"] = "Valpreventie thuis", ["Pijler"] = pijler, ["Perceel"] = perceel,
            ["ProductCategorie"] = "Begeleiding", ["Productcode"] = "07A12", ["BeschikkingNodig"] = "true", ["AbonnementstariefVanToepassing"] = "false",
        };

        var dubbel = await ingrid.PostFormAsync(nieuw, Voorziening("AO-TO", "AanvullendeOndersteuning", "ThuisondersteuningEnDagbesteding"));
        Assert.Equal(HttpStatusCode.OK, dubbel.StatusCode);
        Assert.Matches("id=\"Code-fout\"[^>]*>.*al in gebruik", WebUtility.HtmlDecode(await dubbel.Content.ReadAsStringAsync()));

        var perceelBijSocialeBasis = await ingrid.PostFormAsync(nieuw, Voorziening("SB-VAL", "SocialeBasis", "ThuisondersteuningEnDagbesteding"));
        Assert.Equal(HttpStatusCode.OK, perceelBijSocialeBasis.StatusCode);
        Assert.Matches("id=\"Perceel-fout\"[^>]*>.*lumpsumperceel", WebUtility.HtmlDecode(await perceelBijSocialeBasis.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync(nieuw, Voorziening("AO-VAL", "AanvullendeOndersteuning", "ThuisondersteuningEnDagbesteding"))).StatusCode);

        var bron = factory.Services.GetRequiredService<Beleidsbron>();
        var ingang = factory.Klok.Vandaag().AddDays(60);
        Assert.True(bron.Op(ingang).Catalogus.Bevat("AO-VAL"));
        Assert.False(bron.Op(ingang.AddDays(-1)).Catalogus.Bevat("AO-VAL"));
        Assert.False(bron.Op(ingang).Catalogus.Bevat("SB-VAL"));

        // Removing asks first, then removes from this version only.
        var regel = await factory.LeesAsync(db => db.Beleidsversies.Where(v => v.Id == id).SelectMany(v => v.Voorzieningen).Where(r => r.Code == "AO-VAL").Select(r => r.Id).SingleAsync());
        var vraag = await ingrid.GetHtmlAsync($"/Beheer/Beleid/{id}/Voorzieningen/{regel}/Verwijderen");
        Assert.Contains("Weet u het zeker?", vraag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync($"/Beheer/Beleid/{id}/Voorzieningen/{regel}/Verwijderen", new Dictionary<string, string>())).StatusCode);
        bron.Vergeet();
        Assert.False(bron.Op(ingang).Catalogus.Bevat("AO-VAL"));
    }

    [Fact]
    public async Task Twee_beheerders_op_dezelfde_versie_de_tweede_krijgt_een_melding_en_niets_gaat_verloren()
    {
        using var ingrid = await BeheerderAsync();
        var id = await NieuweVersieAsync(ingrid, 80, "Percelen");
        var formulier = $"/Beheer/Beleid/{id}/Percelen/HulpBijHetHuishouden";
        var versie = Versie(await ingrid.GetHtmlAsync(formulier));

        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync(formulier, new Dictionary<string, string> { ["Versie"] = versie, ["AantalGelijkeDelen"] = "3" })).StatusCode);
        var tweede = await ingrid.PostFormAsync(formulier, new Dictionary<string, string> { ["Versie"] = versie, ["AantalGelijkeDelen"] = "4" });

        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Contains("intussen gewijzigd", await tweede.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var delen = await factory.LeesAsync(db => db.Beleidsversies.Where(v => v.Id == id).SelectMany(v => v.Percelen)
            .Where(p => p.Perceel == Domain.Catalogus.Perceel.HulpBijHetHuishouden).Select(p => p.AantalGelijkeDelen).SingleAsync());
        Assert.Equal(3, delen);
    }

    [Fact]
    public async Task Een_komende_versie_kan_worden_verwijderd_na_bevestiging()
    {
        using var ingrid = await BeheerderAsync();
        var id = await NieuweVersieAsync(ingrid, 100, "Toch niet");

        Assert.Contains("Weet u het zeker?", await ingrid.GetHtmlAsync($"/Beheer/Beleid/{id}/Verwijderen"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync($"/Beheer/Beleid/{id}/Verwijderen", new Dictionary<string, string>())).StatusCode);

        Assert.False(await factory.LeesAsync(db => db.Beleidsversies.AnyAsync(v => v.Id == id)));
        Assert.True(await factory.LeesAsync(db => db.AuditTrail.AnyAsync(a => a.Onderwerp == "Beleidsversie" && a.OnderwerpId == id.ToString() && a.Actie == AuditActie.Verwijderen)));
    }

    [Fact]
    public async Task Het_abonnementstarief_wordt_alleen_voor_een_komend_jaar_vastgesteld()
    {
        using var ingrid = await BeheerderAsync();
        var volgendJaar = factory.Klok.Vandaag().Year + 3;
        var ditJaar = factory.Klok.Vandaag().Year;

        var nu = await ingrid.PostFormAsync("/Beheer/Beleid/Tarieven/Nieuw", new Dictionary<string, string> { ["Jaar"] = ditJaar.ToString(CultureInfo.InvariantCulture), ["Bedrag"] = "21", ["Periode"] = "Maand" });
        Assert.Equal(HttpStatusCode.OK, nu.StatusCode);
        Assert.Matches("id=\"Jaar-fout\"[^>]*>.*ligt vast", WebUtility.HtmlDecode(await nu.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync("/Beheer/Beleid/Tarieven/Nieuw",
            new Dictionary<string, string> { ["Jaar"] = volgendJaar.ToString(CultureInfo.InvariantCulture), ["Bedrag"] = "21", ["Periode"] = "Maand" })).StatusCode);
        Assert.Equal(21m, factory.Services.GetRequiredService<Beleidsbron>().Op(new DateOnly(volgendJaar, 6, 1)).Tarieven.Voor(volgendJaar).Bedrag);

        var teHoog = await ingrid.PostFormAsync($"/Beheer/Beleid/Tarieven/{volgendJaar}/Wijzigen", new Dictionary<string, string> { ["Bedrag"] = "5000", ["Periode"] = "Maand" });
        Assert.Equal(HttpStatusCode.OK, teHoog.StatusCode);
        Assert.Contains("Bedrag-fout", await teHoog.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ingrid.PostFormAsync($"/Beheer/Beleid/Tarieven/{volgendJaar}/Verwijderen", new Dictionary<string, string>())).StatusCode);
        Assert.False(await factory.LeesAsync(db => db.Abonnementstarieven.AnyAsync(t => t.Jaar == volgendJaar)));
    }

    [GeneratedRegex("versie=([0-9a-f-]{36})")]
    private static partial Regex VersieInUrl();

    [GeneratedRegex("id=\"Versie\" name=\"Versie\" value=\"([^\"]*)\"")]
    private static partial Regex VersieVeld();
}
