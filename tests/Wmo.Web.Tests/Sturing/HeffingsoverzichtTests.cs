using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.EigenBijdrage;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Toewijzingen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;
using Wmo.Web.Weergave;

namespace Wmo.Web.Tests.Sturing;

/// <summary>
/// Issue 15: the abonnementstarief overview keeps the month's heffingen a few minutes (<see cref="HeffingenCache"/>) instead of
/// computing two months of the whole gemeente on every page view, and counts the lines of a delivery in SQL instead of loading
/// them. The kept heffingen are those a fresh computation gives; a delivery to the CAK computes fresh, and the overview right
/// after it shows the delivery and the heffingen it delivered.
/// </summary>
public sealed partial class HeffingsoverzichtTests(HeffingsoverzichtTests.OpnemendeFactory factory) : IClassFixture<HeffingsoverzichtTests.OpnemendeFactory>
{
    private Heffingsmaand DezeMaand => Heffingsmaand.Van(factory.Klok.Vandaag());

    [Fact]
    public async Task Bewaarde_heffingen_zijn_dezelfde_als_een_verse_berekening_en_blijven_binnen_de_cachetijd()
    {
        var maand = DezeMaand.Vorige;
        var cache = factory.Services.GetRequiredService<HeffingenCache>();

        var bewaard = await cache.HeffingenAsync(maand);
        var vers = await factory.InScopeAsync(async sp =>
        {
            var (huidig, vorig) = await sp.GetRequiredService<HeffingenBerekenen>().MetVorigeMaandAsync(maand);
            return HeffingenVanMaand.Uit(huidig, vorig);
        });

        Assert.NotEmpty(bewaard.Waarde.Wijzigingen);
        Assert.Equal(vers.Wijzigingen, bewaard.Waarde.Wijzigingen);
        Assert.Equal((vers.AantalGeheven, vers.TotaalBedrag), (bewaard.Waarde.AantalGeheven, bewaard.Waarde.TotaalBedrag));
        Assert.Equal(vers.PerWijziging.OrderBy(p => p.Key), bewaard.Waarde.PerWijziging.OrderBy(p => p.Key));

        factory.Klok.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(bewaard.BerekendOp, (await cache.HeffingenAsync(maand)).BerekendOp);
    }

    [Fact]
    public async Task Na_een_aanlevering_toont_het_overzicht_meteen_de_aanlevering_en_de_heffingen_die_zij_berekende()
    {
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");
        var maand = DezeMaand.ToString();
        var einde = Stop(await OverzichtAsync(ingrid, maand));
        var vandaag = factory.Klok.Vandaag().Lang();
        Assert.NotEqual(vandaag, einde);

        // The toewijzing stops today: within the cache time the overview keeps the heffingen it showed.
        await StopToewijzingAsync();
        factory.Klok.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(einde, Stop(await OverzichtAsync(ingrid, maand)));

        var aanlevering = await ingrid.PostFormAsync($"/Abonnementstarief?periode={maand}", new Dictionary<string, string> { ["Periode"] = maand }, "/Abonnementstarief/Aanleveren");
        Assert.Equal(HttpStatusCode.Redirect, aanlevering.StatusCode);
        var na = WebUtility.HtmlDecode(await ingrid.GetHtmlAsync(aanlevering.Headers.Location!.OriginalString));

        Assert.Contains("is gemaakt", na, StringComparison.Ordinal);
        Assert.Equal(vandaag, Stop(na));
        Assert.Contains($"Heffingen berekend op {factory.Klok.GetUtcNow().Moment()}", na, StringComparison.Ordinal);
        var nieuwste = await factory.LeesAsync(db => db.CakAanleveringen.AsNoTracking().Where(a => a.Jaar == DezeMaand.Jaar && a.Maand == DezeMaand.Maand)
            .OrderByDescending(a => a.Volgnummer).FirstAsync());
        Assert.Contains(Rijen(na), r => r.SequenceEqual(AanleveringRij(nieuwste)));
    }

    [Fact]
    public async Task Het_overzicht_telt_de_regels_en_het_totaal_van_een_aanlevering_in_SQL_zonder_de_regels_te_lezen()
    {
        // A delivery of this month; when another test already made one, nothing changed and none is made.
        await factory.InScopeAsync(sp => sp.GetRequiredService<CakAanleveren>().LeverAanAsync(DezeMaand, null));
        var aanleveringen = await factory.LeesAsync(db => db.CakAanleveringen.AsNoTracking().Where(a => a.Jaar == DezeMaand.Jaar && a.Maand == DezeMaand.Maand).ToListAsync());
        Assert.NotEmpty(aanleveringen);
        using var ingrid = new PortalClient(factory);
        await ingrid.LoginAsDemoAsync("ingrid.postma");

        var eerder = factory.Opname.Count;
        var html = await OverzichtAsync(ingrid, DezeMaand.ToString());
        var opdrachten = factory.Opname.Skip(eerder).Where(t => t.Contains("\"CakAanleveringRegels\"", StringComparison.Ordinal)).ToList();

        // One command counts and sums the lines per delivery; none reads a line itself (its household or inwoner), as
        // before issue 15 every line of every delivery of the month was loaded to show its count.
        var opdracht = Assert.Single(opdrachten);
        Assert.DoesNotContain("\"HuishoudenId\"", opdracht, StringComparison.Ordinal);
        Assert.DoesNotContain("\"InwonerId\"", opdracht, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", opdracht, StringComparison.Ordinal);
        var rijen = Rijen(html);
        Assert.All(aanleveringen, a => Assert.Contains(rijen, r => r.SequenceEqual(AanleveringRij(a))));
    }

    private async Task<string> OverzichtAsync(PortalClient client, string maand) =>
        WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Abonnementstarief?periode={maand}"));

    private Task StopToewijzingAsync() =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var toewijzing = await db.Toewijzingen.SingleAsync(t => t.Id == factory.GestopteToewijzing);
            toewijzing.MeldStop(factory.Klok.Vandaag(), RedenBeeindiging.VolgensPlanBeeindigd, factory.Klok.Vandaag());
            db.Bewaar(toewijzing);
            return await db.SaveChangesAsync();
        });

    /// <summary>The stop of the household whose toewijzing is stopped, as the overview's only page shows it.</summary>
    private static string Stop(string html)
    {
        var rij = Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Single(r => r.Contains("Sem Heffingstop", StringComparison.Ordinal));
        return Regex.Matches(rij, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline)[3].Groups[1].Value.Trim();
    }

    /// <summary>The table of deliveries as the page shows a delivery: volgnummer, soort, moment, lines and total.</summary>
    private static string[] AanleveringRij(CakAanlevering a) =>
        [a.Volgnummer.ToString(CultureInfo.InvariantCulture), a.Soort == AanleveringSoort.Volledig ? "Volledig" : "Mutaties", a.AangemaaktOp.Moment(),
            a.Regels.Count.ToString(CultureInfo.InvariantCulture), a.Totaal.Euro()];

    /// <summary>The first five cells of every row of the table of deliveries.</summary>
    private static List<string[]> Rijen(string html)
    {
        var tabel = AanleveringenTabel().Match(html);
        Assert.True(tabel.Success, "geen tabel met aanleveringen");
        return [.. Regex.Matches(tabel.Value, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Matches(m.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => c.Groups[1].Value.Trim()).Take(5).ToArray())
            .Where(r => r.Length == 5)];
    }

    [GeneratedRegex("<table id=\"aanleveringen\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex AanleveringenTabel();

    /// <summary>The households of <see cref="AbonnementstariefFactory"/>, with the text of every SQL command recorded.</summary>
    public sealed class OpnemendeFactory : AbonnementstariefFactory
    {
        public ConcurrentQueue<string> Opname { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<WmoDbContext>(o => o.AddInterceptors(new SqlOpnemer(Opname))));
        }
    }
}
