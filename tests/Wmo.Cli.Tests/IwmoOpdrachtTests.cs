using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Toewijzingen;
using Wmo.Cli.Tests.Support;
using Wmo.Domain.Common;
using Wmo.Domain.Vragen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Iwmo;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Tests;

/// <summary>iwmo export and iwmo import as a user types them, against a SQLite file filled by the seeder.</summary>
public sealed class IwmoOpdrachtTests
{
    [Fact]
    public async Task Export_en_import_lopen_van_begin_tot_eind_en_een_geweigerd_bestand_geeft_code_1()
    {
        using var database = new CliDatabase();
        Assert.Equal(CliProgramma.Gelukt, (await database.VoerUitAsync("seed", "--scale", "klein")).Code);
        var (nummer, client, agb, ingang) = await ToewijzingAsync(database);
        var uit = Path.Combine(database.Map, "wmo301");

        var export = await database.VoerUitAsync("iwmo", "export", "--out", uit);

        Assert.True(export.Code == CliProgramma.Gelukt, export.Fout);
        var wmo301 = Directory.GetFiles(uit, "WMO301_*.xml").Select(File.ReadAllText).Single(x => x.Contains($"<ToewijzingNummer>{nummer}</ToewijzingNummer>", StringComparison.Ordinal));
        Assert.Empty(IwmoSchemas.Valideer(System.Xml.Linq.XDocument.Parse(wmo301)));
        Assert.Contains("WMO301-bericht", export.Uit, StringComparison.Ordinal);

        var inMap = Directory.CreateDirectory(Path.Combine(database.Map, "in")).FullName;
        var start = AanbiederBerichtBouwer.Start(agb, "0080", "CLI000000001", DateOnly.FromDateTime(DateTime.Today), client, nummer, ingang);
        await File.WriteAllTextAsync(Path.Combine(inMap, "start.xml"), IwmoXml.AlsTekst(start), Encoding.UTF8);
        var retour = Path.Combine(database.Map, "retour");

        var import = await database.VoerUitAsync("iwmo", "import", inMap, "--out", retour);

        Assert.True(import.Code == CliProgramma.Gelukt, import.Fout + import.Uit);
        Assert.Contains("1 bestand gelezen: 1 verwerkt, 0 geweigerd", import.Uit, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(retour, "WMO306_*.xml"));

        var kapot = Path.Combine(database.Map, "kapot.xml");
        await File.WriteAllTextAsync(kapot, "<Bericht>niet af");
        var geweigerd = await database.VoerUitAsync("iwmo", "import", kapot, "--out", retour);

        Assert.Equal(CliProgramma.Mislukt, geweigerd.Code);
        Assert.Contains("GEWEIGERD", geweigerd.Fout, StringComparison.Ordinal);
        Assert.Contains("0 verwerkt, 1 geweigerd", geweigerd.Uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_iwmo_maakt_valideert_en_leest_de_berichten_en_meldt_de_tijden_zonder_ze_te_beoordelen()
    {
        using var database = new CliDatabase();

        var bench = await database.VoerUitAsync("bench", "iwmo", "--aantal", "3", "--data", Path.Combine(database.Map, "bench"));

        Assert.True(bench.Code == CliProgramma.Gelukt, bench.Fout + bench.Uit);
        Assert.Contains("WMO301 maken en valideren: 3 berichten, 0 geweigerd", bench.Uit, StringComparison.Ordinal);
        Assert.Contains("WMO305 inlezen met WMO306: 3 verwerkt, 0 geweigerd", bench.Uit, StringComparison.Ordinal);
        Assert.Contains("WMO307 inlezen met WMO308: 3 verwerkt, 0 geweigerd", bench.Uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_zonder_out_geeft_een_Nederlandse_fout_en_code_2()
    {
        using var database = new CliDatabase();
        var uitkomst = await database.VoerUitAsync("iwmo", "import", "x.xml");

        Assert.Equal(CliProgramma.VerkeerdGebruik, uitkomst.Code);
        Assert.Contains("De optie '--out' is verplicht.", uitkomst.Fout, StringComparison.Ordinal);
    }

    /// <summary>
    /// A seeded inwoner (or, with <paramref name="eigenHuishouden"/>, a new inwoner in a household of their own) gets a verwijzing to
    /// specialistische thuisondersteuning (built through the domain) and its toewijzing through the use case.
    /// </summary>
    internal static async Task<(int Nummer, AanbiederClient Client, string Agb, DateOnly Ingang)> ToewijzingAsync(CliDatabase database, bool eigenHuishouden = false)
    {
        await using var services = (ServiceProvider)CliHost.Bouw(database.Instellingen);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        var catalogus = Wmo.Domain.Catalogus.Voorzieningencatalogus.Leeuwarden2021();
        var vandaag = DateOnly.FromDateTime(DateTime.Today);
        var werker = new Actor(Guid.NewGuid(), "Test", Rol.SociaalWerker, Guid.NewGuid());
        var aanbieder = await db.Organisaties.FirstAsync(o => o.Soort == Wmo.Domain.Organisaties.OrganisatieSoort.Aanbieder && o.AgbCode != null);
        aanbieder.ZetPercelen([.. aanbieder.Percelen.Append(Wmo.Domain.Catalogus.Perceel.ThuisondersteuningEnDagbesteding).Distinct()]);
        Guid? gekozen = null;
        if (eigenHuishouden)
        {
            var nieuw = new Wmo.Domain.Huishoudens.Inwoner(Bsn.Parse(Wmo.Web.Tests.Support.TestBsn.Nieuw()), "Cas", "Cakexport", new DateOnly(1960, 5, 5),
                new Wmo.Domain.Huishoudens.Adres("Markt", 9, null, Postcode.Parse("8911 AA"), "Leeuwarden"));
            var eigen = new Wmo.Domain.Huishoudens.Huishouden("Cakexport");
            eigen.VoegLidToe(nieuw.Id, Wmo.Domain.Huishoudens.Relatie.Huisgenoot, vandaag.AddYears(-1), []);
            db.AddRange(nieuw, eigen);
            await db.SaveChangesAsync();
            gekozen = eigen.Id;
        }

        var huishouden = await db.Huishoudens.AsNoTracking().FirstAsync(h => gekozen == null ? h.Lidmaatschappen.Any(l => l.Tot == null) : h.Id == gekozen);
        var inwonerId = huishouden.Lidmaatschappen.First(l => l.Tot == null).InwonerId;
        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == inwonerId);
        var vraag = new Ondersteuningsvraag(huishouden.Id, inwoner.Id, vandaag.AddDays(-14), (await db.Buurtkamers.FirstAsync()).Id);
        vraag.StartVraagverheldering(werker);
        vraag.LegClientondersteuningAangebodenVast(vandaag.AddDays(-13));
        var gesprek = vraag.PlanGesprek(vandaag.AddDays(-12), Gesprekslocatie.Thuis, [new Deelnemer("Inwoner", DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "Keukentafelgesprek gevoerd.");
        foreach (var stap in Enum.GetValues<Afwegingsstap>().Where(s => s < Afwegingsstap.AanvullendeOndersteuning))
        {
            vraag.BeantwoordStap(stap, false, "Biedt onvoldoende oplossing.");
        }

        vraag.LegUitkomstVast(Uitkomst.AanvullendViaVerwijzing("AO-TO", aanbieder.Id, Wmo.Domain.Catalogus.Perceel.ThuisondersteuningEnDagbesteding), werker, vandaag.AddDays(-10), catalogus);
        db.Add(vraag);
        db.Bewaar(aanbieder);
        await db.SaveChangesAsync();

        var ingang = vandaag.AddDays(-7);
        var toewijzing = await scope.ServiceProvider.GetRequiredService<ToewijzingMaken>()
            .OpVerwijzingAsync(vraag.Id, new Omvang(3, Eenheid.Uur, Frequentie.PerWeek), new Periode(ingang, ingang.AddYears(1)), werker);
        return (toewijzing.Nummer.Value, new AanbiederClient(inwoner.Bsn.Value, inwoner.Geboortedatum, inwoner.Achternaam), aanbieder.AgbCode!, ingang);
    }
}
