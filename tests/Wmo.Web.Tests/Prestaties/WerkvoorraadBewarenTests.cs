using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Prestaties;

/// <summary>
/// Issue 15, thirty-first round: a werkvoorraad is kept between views while the stands of its keys are unchanged
/// (<see cref="Werkvoorraadstand"/>). An unchanged one is shown again after reading only the stands; every kind of change that
/// alters what it shows raises a stand in the same save, so the next view reads it again and shows the change.
/// </summary>
public sealed partial class WerkvoorraadBewarenTests(SqlPerLijstpaginaTests.TellendeFactory factory) : IClassFixture<SqlPerLijstpaginaTests.TellendeFactory>
{
    private static readonly string[] WerkvoorraadTabellen = ["\"Ondersteuningsvragen\"", "\"EersteContacten\"", "\"VerzoekenOmToewijzing\"", "\"Inwoners\""];

    [Fact]
    public async Task Een_ongewijzigde_werkvoorraad_wordt_opnieuw_getoond_na_alleen_de_standen_te_lezen()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Bewaar Eerste", Veiligheidssignaal.HuiselijkGeweld);
        await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Bewaarstra");

        await WerkvoorraadAsync(fatima); // shows the confirmation of the pickup once
        var eerste = await WerkvoorraadAsync(fatima);
        var voor = factory.Teller.Teksten.Count;
        var tweede = await WerkvoorraadAsync(fatima);
        var teksten = factory.Teller.Teksten.Skip(voor).ToList();

        Assert.Contains("Johanna Bewaarstra", eerste, StringComparison.Ordinal);
        Assert.Equal(eerste, tweede);
        Assert.Contains(teksten, t => t.Contains("\"Werkvoorraadstanden\"", StringComparison.Ordinal));
        Assert.DoesNotContain(teksten, t => WerkvoorraadTabellen.Any(tabel => t.Contains(tabel, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Wat_de_werkvoorraad_raakt_staat_er_bij_de_volgende_weergave_in()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        await WerkvoorraadAsync(fatima);

        // A vrijwilliger logs a first contact at her buurtkamer.
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Bewaar Nieuwkomer", Veiligheidssignaal.DreigendeHuisuitzetting);
        Assert.Contains("Bewaar Nieuwkomer", await WerkvoorraadAsync(fatima), StringComparison.Ordinal);

        // She picks it up: the contact leaves the new contacts and the vraag (spoed, so on top) comes in with the inwoner's name.
        var vraagId = await IntakeHulp.PakOpAsync(fatima, contactId, TestBsn.Nieuw(), "Bewaarkamp");
        var opgepakt = await WerkvoorraadAsync(fatima);
        Assert.DoesNotContain("Bewaar Nieuwkomer", opgepakt, StringComparison.Ordinal);
        Assert.DoesNotContain("Opgeschort", RijVan(opgepakt, "Johanna Bewaarkamp"), StringComparison.Ordinal);

        // An opschorting changes the row's term.
        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/Opschorten/{vraagId}", new Dictionary<string, string>
        {
            ["Van"] = IntakeHulp.Vandaag(factory), ["Reden"] = "Inwoner vraagt bedenktijd.", ["ToestemmingInwoner"] = "true",
        }));
        Assert.Contains("Opgeschort", RijVan(await WerkvoorraadAsync(fatima), "Johanna Bewaarkamp"), StringComparison.Ordinal);

        // A change outside the portal's forms, through any save: the inwoner's name.
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var inwonerId = await db.Ondersteuningsvragen.Where(v => v.Id == vraagId).Select(v => v.InwonerId).SingleAsync();
            var inwoner = await db.Inwoners.SingleAsync(i => i.Id == inwonerId);
            db.Entry(inwoner).Property(i => i.Achternaam).CurrentValue = "Bewaarkamp-Hernoemd";
            return await db.SaveChangesAsync();
        });
        Assert.Contains("Johanna Bewaarkamp-Hernoemd", await WerkvoorraadAsync(fatima), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elke_soort_wijziging_verhoogt_de_stand_van_wie_hem_ziet_in_dezelfde_opslag()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<WmoDbContext>();
            var fatima = await db.Users.Where(u => u.UserName == "fatima.elamrani").Select(u => u.Id).SingleAsync();
            var jeroen = await db.Users.Where(u => u.UserName == "jeroen.bakker").Select(u => u.Id).SingleAsync();
            var oost = await db.Buurtkamers.Where(b => b.Naam == "Buurtkamer Oost").Select(b => b.Id).SingleAsync();
            var vraag = await db.Ondersteuningsvragen.FirstAsync(v => v.BehandelaarId == fatima);
            var aanbieder = await db.Organisaties.FirstAsync(o => o.Soort == OrganisatieSoort.Aanbieder);

            // A vraag handed to another behandelaar leaves one werkvoorraad and enters the other.
            var (fatimaVoor, jeroenVoor) = (await StandAsync(db, fatima), await StandAsync(db, jeroen));
            db.Entry(vraag).Property(v => v.BehandelaarId).CurrentValue = jeroen;
            await db.SaveChangesAsync();
            Assert.True(await StandAsync(db, fatima) > fatimaVoor, "de stand van de vorige behandelaar ging niet omhoog");
            Assert.True(await StandAsync(db, jeroen) > jeroenVoor, "de stand van de nieuwe behandelaar ging niet omhoog");

            // A verzoek om toewijzing for a buurtkamer without regievoerder.
            var oostVoor = await StandAsync(db, oost);
            db.VerzoekenOmToewijzing.Add(new VerzoekOmToewijzing(aanbieder.Id, vraag.InwonerId, vraag.HuishoudenId, null, oost, "REF-STAND", null, null, null,
                new DateOnly(2026, 12, 1), null, null, new DateOnly(2026, 12, 1)));
            await db.SaveChangesAsync();
            Assert.True(await StandAsync(db, oost) > oostVoor, "de stand van de buurtkamer ging niet omhoog bij een verzoek om toewijzing");

            // An aanbieder's new name shows on every werkvoorraad with its verzoeken.
            var algemeenVoor = await StandAsync(db, Werkvoorraadstand.Algemeen);
            aanbieder.WijzigNaam(aanbieder.Naam + " (nieuw)");
            await db.SaveChangesAsync();
            Assert.True(await StandAsync(db, Werkvoorraadstand.Algemeen) > algemeenVoor, "de algemene stand ging niet omhoog bij een nieuwe naam");

            // A save that fails raises nothing: the stand goes with the change or not at all.
            var fatimaNu = await StandAsync(db, fatima);
            db.ChangeTracker.Clear();
            var terug = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == vraag.Id);
            db.Entry(terug).Property(v => v.BehandelaarId).CurrentValue = fatima;
            db.Entry(terug).Property(v => v.BuurtkamerId).CurrentValue = Guid.NewGuid(); // no such buurtkamer: the foreign key refuses the save
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            Assert.Equal(fatimaNu, await StandAsync(db, fatima));
            return 0;
        });
    }

    private static async Task<long> StandAsync(WmoDbContext db, Guid sleutel) =>
        await db.Werkvoorraadstanden.AsNoTracking().Where(s => s.Sleutel == sleutel).Select(s => s.Stand).SingleOrDefaultAsync();

    /// <summary>The werkvoorraad's HTML without what differs per response (the antiforgery token and the script nonce).</summary>
    private static async Task<string> WerkvoorraadAsync(PortalClient client) =>
        PerVerzoek().Replace(await client.GetHtmlAsync("/Werkvoorraad"), string.Empty);

    /// <summary>The table row that names this inwoner.</summary>
    private static string RijVan(string html, string naam)
    {
        var plek = html.IndexOf(naam, StringComparison.Ordinal);
        Assert.True(plek >= 0, $"{naam} staat niet op de werkvoorraad");
        var begin = html.LastIndexOf("<tr", plek, StringComparison.Ordinal);
        var eind = html.IndexOf("</tr>", plek, StringComparison.Ordinal);
        return html[begin..eind];
    }

    [GeneratedRegex("(name=\"__RequestVerificationToken\"[^>]*)|(nonce=\"[^\"]*\")")]
    private static partial Regex PerVerzoek();
}
