using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.EigenBijdrage;
using Wmo.Application.Seeding;
using Wmo.Domain.Catalogus;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Cak;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>Two households with only basisondersteuning: one with BO-TO (charged in 2021's policy), one with BO-SCHULD (exempt).</summary>
public class HeffingsbronFactory : WmoWebApplicationFactory, IAsyncLifetime
{
    public Inwoner Basis { get; private set; } = null!;

    public Guid BasisHuishouden { get; private set; }

    public Guid BasisVraag { get; private set; }

    public Guid SchuldHuishouden { get; private set; }

    public DateOnly Start { get; private set; }

    public async Task InitializeAsync()
    {
        Start = Klok.Vandaag().AddDays(-45);
        await InScopeAsync(async sp =>
        {
            var bouwer = sp.GetRequiredService<DossierBouwer>();
            var db = sp.GetRequiredService<WmoDbContext>();
            var beleid = sp.GetRequiredService<WmoBeleid>();
            var fatima = await bouwer.ActorAsync("fatima.elamrani");

            async Task<Ondersteuningsvraag> BasisAsync(Huishouden huishouden, Inwoner inwoner, string code)
            {
                var vraag = await bouwer.VraagInVraagverheldering(huishouden, inwoner, fatima, "Buurtkamer Oost", Start.AddDays(-20), totStap: Afwegingsstap.Basisondersteuning);
                vraag.LegUitkomstVast(Uitkomst.Basisondersteuning(code, "Structurele begeleiding", Start), fatima, Start.AddDays(-1), beleid.Catalogus);
                db.Bewaar(vraag);
                await db.SaveChangesAsync();
                return vraag;
            }

            var (basis, basisHuishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Bram", "Heffingeinde", new DateOnly(1955, 3, 3), "Markt", 5, "8911AA", "Leeuwarden");
            var vraag = await BasisAsync(basisHuishouden, basis, "BO-TO");
            var (schuld, schuldHuishouden) = await bouwer.HuishoudenAsync(TestBsn.Nieuw(), "Sara", "Heffingschuld", new DateOnly(1965, 4, 4), "Markt", 6, "8911AA", "Leeuwarden");
            await BasisAsync(schuldHuishouden, schuld, "BO-SCHULD");
            (Basis, BasisHuishouden, BasisVraag, SchuldHuishouden) = (basis, basisHuishouden.Id, vraag.Id, schuldHuishouden.Id);
            return 0;
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>The same households in a portal of their own, because its test adds a policy version.</summary>
public sealed class HeffingsbeleidFactory : HeffingsbronFactory;

/// <summary>
/// Where the charges come from (issue 13): the einde of a basisondersteuning registration, recorded on its own and not by
/// closing the vraag, stops the charge and reaches the CAK as a mutation; and each month is charged by the policy that held in it.
/// </summary>
public sealed partial class HeffingsbronTests(HeffingsbronFactory factory) : IClassFixture<HeffingsbronFactory>
{
    private string Maand => factory.Klok.Vandaag().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Einde_basisondersteuning_los_van_afsluiten_stopt_de_heffing_en_gaat_als_mutatie_naar_het_cak()
    {
        using var beheerder = new PortalClient(factory);
        await beheerder.LoginAsDemoAsync("ingrid.postma");
        using var sociaalWerker = new PortalClient(factory);
        await sociaalWerker.LoginAsDemoAsync("fatima.elamrani");
        var vandaag = factory.Klok.Vandaag();

        var volledig = await AanleverenAsync(beheerder);
        var regel = Assert.Single(Regels(volledig), r => r[2] == factory.BasisHuishouden.ToString());
        Assert.Equal((factory.Basis.Bsn.Value, Iso(factory.Start), string.Empty, "ONGEWIJZIGD"), (regel[1], regel[5], regel[6], regel[7]));

        // Closing the vraag as afgerond ends the vraag, not the support: the next delivery has nothing to report.
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == factory.BasisVraag);
            vraag.SluitAf(Afsluitreden.Afgerond, vandaag.AddDays(-10));
            db.Bewaar(vraag);
            return await db.SaveChangesAsync();
        });
        var ongewijzigd = await beheerder.PostFormAsync($"/Abonnementstarief?periode={Maand}", new Dictionary<string, string> { ["Periode"] = Maand }, "/Abonnementstarief/Aanleveren");
        Assert.Contains("niets gewijzigd", await beheerder.GetHtmlAsync(ongewijzigd.Headers.Location!.OriginalString), StringComparison.Ordinal);

        // A stop before the start is refused at the field, and nothing is saved.
        var formulier = $"/Vraag/EindeBasisondersteuning/{factory.BasisVraag}";
        var fout = await sociaalWerker.PostFormAsync(formulier, new Dictionary<string, string> { ["Einddatum"] = Iso(factory.Start.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        var foutHtml = await fout.Content.ReadAsStringAsync();
        Assert.Contains("niet vóór de startdatum", foutHtml, StringComparison.Ordinal);
        Assert.Contains("Einddatum-fout", foutHtml, StringComparison.Ordinal);
        Assert.Null(await factory.LeesAsync(db => db.Ondersteuningsvragen.Where(v => v.Id == factory.BasisVraag).Select(v => v.Uitkomst!.Einddatum).SingleAsync()));

        var opgeslagen = await sociaalWerker.PostFormAsync(formulier, new Dictionary<string, string> { ["Einddatum"] = Iso(vandaag) });
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.StatusCode);
        var details = await sociaalWerker.GetHtmlAsync(opgeslagen.Headers.Location!.OriginalString);
        Assert.Contains("Het einde van de basisondersteuning is vastgelegd", details, StringComparison.Ordinal);
        Assert.Contains("Einddatum van de basisondersteuning wijzigen", details, StringComparison.Ordinal);

        var mutaties = await AanleverenAsync(beheerder);
        Assert.StartsWith($"V;WMO-CAK-ABT;1;0080;{Maand};2;MUTATIES;", mutaties, StringComparison.Ordinal);
        var stop = Assert.Single(Regels(mutaties));
        Assert.Equal([factory.Basis.Bsn.Value, factory.BasisHuishouden.ToString(), Maand, "19.00", Iso(factory.Start), Iso(vandaag), "BEEINDIGD"], stop[1..8]);

        var volgendeMaand = Heffingsmaand.Van(new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(1));
        var (daarna, dezeMaand) = await factory.InScopeAsync(sp => sp.GetRequiredService<HeffingenBerekenen>().MetVorigeMaandAsync(volgendeMaand));
        Assert.Contains(dezeMaand, h => h.HuishoudenId == factory.BasisHuishouden);
        Assert.DoesNotContain(daarna, h => h.HuishoudenId == factory.BasisHuishouden);
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> AanleverenAsync(PortalClient client)
    {
        var response = await client.PostFormAsync($"/Abonnementstarief?periode={Maand}", new Dictionary<string, string> { ["Periode"] = Maand }, "/Abonnementstarief/Aanleveren");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pagina = await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("is gemaakt", pagina, StringComparison.Ordinal);
        var id = BestandLink().Match(pagina).Groups[1].Value;
        var bestand = Encoding.UTF8.GetString(await client.Http.GetByteArrayAsync(new Uri($"/Abonnementstarief/Bestand/{id}", UriKind.Relative)));
        Assert.Empty(CakBestand.Valideer(bestand));
        return bestand;
    }

    private static List<string[]> Regels(string bestand) => AbonnementstariefTests.Regels(bestand);

    [GeneratedRegex("/Abonnementstarief/Bestand/([0-9a-f-]{36})")]
    private static partial Regex BestandLink();
}

/// <summary>Each month is charged by the policy that held in it (<c>Beleidsbron.Op</c>): exemptions from that version's catalogue.</summary>
public sealed class HeffingsbeleidTests(HeffingsbeleidFactory factory) : IClassFixture<HeffingsbeleidFactory>
{
    [Fact]
    public async Task Elke_maand_wordt_geheven_met_het_beleid_dat_toen_gold()
    {
        // Version 2 from 1 January next year: schuldhulpverlening is charged and thuisondersteuning is not; next year's tariff is € 21.
        var dit = factory.Klok.Vandaag().Year;
        var december = new Heffingsmaand(dit, 12);
        var januari = new Heffingsmaand(dit + 1, 1);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var huidige = await db.Beleidsversies.OrderByDescending(v => v.Ingangsdatum).FirstAsync();
            var nieuw = huidige.NieuweVersieVanaf(januari.Periode.Start, "Abonnementstarief: schuldhulpverlening wel, thuisondersteuning niet", factory.Klok.Vandaag());
            foreach (var (code, heffen) in new[] { ("BO-SCHULD", true), ("BO-TO", false) })
            {
                var regel = nieuw.Voorzieningen.Single(v => v.Code == code);
                nieuw.WijzigVoorziening(regel.Id, regel.NaarVoorziening() with { AbonnementstariefVanToepassing = heffen }, factory.Klok.Vandaag());
            }

            db.Beleidsversies.Add(nieuw);
            db.Abonnementstarieven.Add(new Tariefjaar(dit + 1, 21.00m, Tariefperiode.Maand));
            return await db.SaveChangesAsync();
        });
        factory.Services.GetRequiredService<Beleidsbron>().Vergeet();

        var (inJanuari, inDecember) = await factory.InScopeAsync(sp => sp.GetRequiredService<HeffingenBerekenen>().MetVorigeMaandAsync(januari));
        var decemberApart = await factory.InScopeAsync(sp => sp.GetRequiredService<HeffingenBerekenen>().VoorMaandAsync(december));

        Assert.Equal(19.00m, Assert.Single(inDecember, h => h.HuishoudenId == factory.BasisHuishouden).Bedrag);
        Assert.DoesNotContain(inDecember, h => h.HuishoudenId == factory.SchuldHuishouden);
        Assert.Equal(inDecember.Select(h => (h.HuishoudenId, h.Bedrag)).Order(), decemberApart.Select(h => (h.HuishoudenId, h.Bedrag)).Order());
        Assert.Equal(21.00m, Assert.Single(inJanuari, h => h.HuishoudenId == factory.SchuldHuishouden).Bedrag);
        Assert.DoesNotContain(inJanuari, h => h.HuishoudenId == factory.BasisHuishouden);
    }
}
