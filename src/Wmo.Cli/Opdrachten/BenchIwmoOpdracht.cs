using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Iwmo;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Iwmo;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding;
using Wmo.Infrastructure.Seeding.Schaal;

namespace Wmo.Cli.Opdrachten;

/// <summary>
/// The iWmo measurement of issue 14: N toewijzingen (each for its own client) → N WMO301 built, validated and stored; then
/// N WMO305 and N WMO307 imported with their retour messages. Through the same use cases as the portal and <c>iwmo</c>,
/// on a new SQLite database; only the three use-case calls are timed. Speed is reported here and in docs/performance.md,
/// never asserted in a test.
/// </summary>
public sealed class BenchIwmoOpdracht : IOpdracht
{
    public string Naam => "bench iwmo";

    public string Omschrijving => "Meet het iWmo-berichtenverkeer: N WMO301 maken en valideren, N WMO305 en N WMO307 inlezen (standaard 10.000).";

    public IReadOnlyList<CliOptie> Opties =>
    [
        new("aantal", "Aantal toewijzingen (cliënten) en dus berichten per soort (standaard 10000).", Waardenaam: "aantal"),
        new("data", "Map voor de meetdatabase; wordt leeggemaakt (standaard data-bench/iwmo naast het portaal).", Waardenaam: "map"),
    ];

    public IReadOnlyList<string> Voorbeelden => ["bench iwmo", "bench iwmo --aantal 1000"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!int.TryParse(context.Optie("aantal") ?? "10000", CultureInfo.InvariantCulture, out var aantal) || aantal is < 1 or > 1_000_000)
        {
            await context.Fout.WriteLineAsync("--aantal moet een getal van 1 tot en met 1000000 zijn.");
            return CliProgramma.VerkeerdGebruik;
        }

        var dataMap = Path.GetFullPath(context.Optie("data") ?? Path.Combine(CliHost.ZoekContentRoot(), "data-bench", "iwmo"));
        if (Directory.Exists(dataMap))
        {
            Directory.Delete(dataMap, recursive: true);
        }

        Directory.CreateDirectory(dataMap);
        var services = CliHost.Bouw(new Dictionary<string, string?>
        {
            ["Database:DataFolder"] = dataMap, ["Database:Provider"] = "Sqlite", ["Database:ConnectionString"] = null,
        });
        try
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var logger = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WmoDbContext>>();
                await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<WmoDbContext>(), logger, cancellationToken);
            }

            await context.Fout.WriteLineAsync($"Voorbereiden: gemeente (schaal klein) en {aantal} toewijzingen in {dataMap}...");
            if (await SeedOpdracht.SeedAsync(services, context, Schaal.Klein, cancellationToken) is null)
            {
                return CliProgramma.Mislukt;
            }

            var clienten = await ToewijzingenAsync(services, aantal, cancellationToken);
            var uit = context.Uit;
            var c = CultureInfo.InvariantCulture;
            await uit.WriteLineAsync($"iWmo-bench, {aantal} berichten per soort, {Environment.ProcessorCount} cores, {BenchOpdracht.Belasting()}");

            // 1. WMO301: built, validated against the schema and stored (one message per client).
            var (export, exportTijd) = await MeetAsync(services, sp => sp.GetRequiredService<IwmoExporteren>()
                .ExporteerAsync((g, t) => context.Voortgang("WMO301 maken", g, t), cancellationToken));
            await uit.WriteLineAsync(string.Create(c, $"WMO301 maken en valideren: {export.Bestanden.Count} berichten, {export.Fouten.Count} geweigerd, {exportTijd}"));

            // 2. WMO305 and 3. WMO307, built as an aanbieder's system would (not timed), imported through the use case.
            var vandaag = DateOnly.FromDateTime(DateTime.Today);
            var starts = clienten.Select((k, i) => Bestand(AanbiederBerichtBouwer.Start(k.Agb, "0080", $"S{i:D9}", vandaag, k.Client, k.Nummer, k.Ingang))).ToList();
            var (start, startTijd) = await MeetAsync(services, sp => sp.GetRequiredService<IwmoImporteren>()
                .ImporteerAsync(starts, (g, t) => context.Voortgang("WMO305 inlezen", g, t), cancellationToken));
            await uit.WriteLineAsync(string.Create(c, $"WMO305 inlezen met WMO306: {start.Count(r => r.Status == ImportStatus.Verwerkt)} verwerkt, {start.Count(r => r.IsGeweigerd)} geweigerd, {startTijd}"));

            var stops = clienten.Select((k, i) => Bestand(AanbiederBerichtBouwer.Stop(k.Agb, "0080", $"E{i:D9}", vandaag, k.Client, k.Nummer, k.Ingang, k.Ingang.AddMonths(2), RedenBeeindiging.VolgensPlanBeeindigd))).ToList();
            var (stop, stopTijd) = await MeetAsync(services, sp => sp.GetRequiredService<IwmoImporteren>()
                .ImporteerAsync(stops, (g, t) => context.Voortgang("WMO307 inlezen", g, t), cancellationToken));
            await uit.WriteLineAsync(string.Create(c, $"WMO307 inlezen met WMO308: {stop.Count(r => r.Status == ImportStatus.Verwerkt)} verwerkt, {stop.Count(r => r.IsGeweigerd)} geweigerd, {stopTijd}"));
            await UitsplitsingAsync(uit, clienten, starts);
            await uit.WriteLineAsync($"na afloop: {BenchOpdracht.Belasting()}");
            var alles = export.IsGeslaagd && export.Bestanden.Count == aantal && start.All(r => r.Status == ImportStatus.Verwerkt) && stop.All(r => r.Status == ImportStatus.Verwerkt);
            return alles ? CliProgramma.Gelukt : CliProgramma.Mislukt;
        }
        finally
        {
            await ((ServiceProvider)services).DisposeAsync();
        }
    }

    /// <summary>
    /// The XML work of the two runs without the database (same calls as the use cases, CPU time): what is left of each
    /// run above is loading, the change tracker, SaveChanges and the audit trail.
    /// </summary>
    private static async Task UitsplitsingAsync(TextWriter uit, List<BenchClient> clienten, List<ImportBestand> starts)
    {
        var vandaag = DateOnly.FromDateTime(DateTime.Today);
        var documenten = new List<System.Xml.Linq.XDocument>(clienten.Count);
        var opbouwen = Cpu(() =>
        {
            foreach (var k in clienten)
            {
                documenten.Add(Wmo301Bouwer.Bouw(new IwmoKop("0080", k.Agb, "000000000001", vandaag), k.Inwoner, [k.Toewijzing]));
            }
        });
        var valideren = Cpu(() => documenten.ForEach(d => IwmoSchemas.Valideer(d)));
        var tekst = Cpu(() => documenten.ForEach(d => IwmoXml.AlsTekst(d)));
        var lezen = Cpu(() => starts.ForEach(b =>
        {
            using var stroom = new MemoryStream(b.Inhoud, writable: false);
            IwmoSchemas.LeesEnValideer(stroom);
        }));
        var c = CultureInfo.InvariantCulture;
        await uit.WriteLineAsync(string.Create(c, $"waarvan XML (CPU): WMO301 opbouwen {opbouwen:F1} s, schemacontrole {valideren:F1} s, als tekst {tekst:F1} s; WMO305 lezen en valideren {lezen:F1} s"));
    }

    private static double Cpu(Action werk)
    {
        using var proces = Process.GetCurrentProcess();
        var voor = proces.TotalProcessorTime;
        werk();
        proces.Refresh();
        return (proces.TotalProcessorTime - voor).TotalSeconds;
    }

    private static ImportBestand Bestand(System.Xml.Linq.XDocument document) =>
        new("bench.xml", System.Text.Encoding.UTF8.GetBytes(IwmoXml.AlsTekst(document)));

    /// <summary>Wall-clock time, and the process's CPU time: on a shared machine the CPU time is what the work itself costs.</summary>
    private static async Task<(T Resultaat, Duur Duur)> MeetAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> meting)
    {
        await using var scope = services.CreateAsyncScope();
        using var proces = Process.GetCurrentProcess();
        var cpu = proces.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var resultaat = await meting(scope.ServiceProvider);
        proces.Refresh();
        return (resultaat, new Duur(stopwatch.Elapsed, proces.TotalProcessorTime - cpu));
    }

    private sealed record Duur(TimeSpan Wand, TimeSpan Cpu)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Wand.TotalSeconds:F1} s (CPU {Cpu.TotalSeconds:F1} s)");
    }

    private sealed record BenchClient(int Nummer, AanbiederClient Client, string Agb, DateOnly Ingang, Inwoner Inwoner, Toewijzing Toewijzing);

    /// <summary>
    /// N new one-person households, each with a vraag referred to specialistische thuisondersteuning and its toewijzing, built
    /// with the domain's own operations and written in bulk (preparation, not measured).
    /// </summary>
    private static async Task<List<BenchClient>> ToewijzingenAsync(IServiceProvider services, int aantal, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        var catalogus = Voorzieningencatalogus.Leeuwarden2021();
        var voorziening = catalogus.Zoek("AO-TO");
        var aanbieder = await db.Organisaties.OrderBy(o => o.Naam).FirstAsync(o => o.Soort == OrganisatieSoort.Aanbieder && o.AgbCode != null, cancellationToken);
        aanbieder.ZetPercelen([.. aanbieder.Percelen.Append(Perceel.ThuisondersteuningEnDagbesteding).Distinct()]);
        db.Bewaar(aanbieder);
        await db.SaveChangesAsync(cancellationToken);
        var buurtkamer = await db.Buurtkamers.OrderBy(b => b.Naam).Select(b => b.Id).FirstAsync(cancellationToken);
        var werker = new Actor(Guid.NewGuid(), "Bench", Rol.SociaalWerker, Guid.NewGuid());
        var vandaag = DateOnly.FromDateTime(DateTime.Today);
        var moment = DateTimeOffset.UtcNow;
        var clienten = new List<BenchClient>(aantal);
        long bsnTeller = 700_000_000;
        await using (var schrijver = await BulkSchrijver.OpenAsync(db, cancellationToken: cancellationToken))
        {
            for (var i = 0; i < aantal; i++)
            {
                Bsn? bsn;
                while (!Bsn.TryParse((++bsnTeller).ToString(CultureInfo.InvariantCulture), out bsn))
                {
                }

                var geboren = new DateOnly(1950, 1, 1).AddDays(i % 20_000);
                var achternaam = $"Bench{i}";
                var inwoner = new Inwoner(bsn!, "Test", achternaam, geboren, new Adres("Tuinen", 1 + (i % 200), null, Postcode.Parse("8911KE"), "Leeuwarden"));
                var huishouden = new Huishouden(achternaam);
                huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, geboren, []);
                var vraag = new Ondersteuningsvraag(huishouden.Id, inwoner.Id, vandaag.AddDays(-30), buurtkamer);
                vraag.StartVraagverheldering(werker);
                vraag.LegClientondersteuningAangebodenVast(vandaag.AddDays(-29));
                var gesprek = vraag.PlanGesprek(vandaag.AddDays(-28), Gesprekslocatie.Thuis, [new Deelnemer("Inwoner", DeelnemerRol.Inwoner)]);
                vraag.RondGesprekAf(gesprek.Id, "Keukentafelgesprek gevoerd.");
                foreach (var stap in Enum.GetValues<Afwegingsstap>().Where(s => s < Afwegingsstap.AanvullendeOndersteuning))
                {
                    vraag.BeantwoordStap(stap, false, "Biedt onvoldoende oplossing.");
                }

                vraag.LegUitkomstVast(Uitkomst.AanvullendViaVerwijzing("AO-TO", aanbieder.Id, Perceel.ThuisondersteuningEnDagbesteding), werker, vandaag.AddDays(-20), catalogus);
                var ingang = vandaag.AddDays(-14);
                var toewijzing = Toewijzing.VoorVerwijzing(new ToewijzingNummer(10_000_000 + i), vraag, aanbieder, voorziening,
                    new Omvang(3, Eenheid.Uur, Frequentie.PerWeek), new Periode(ingang, ingang.AddYears(1)), werker, moment, vandaag.AddDays(-20), []);
                schrijver.SchrijfAlle([inwoner, huishouden, vraag, toewijzing]);
                clienten.Add(new BenchClient(toewijzing.Nummer.Value, new AanbiederClient(bsn!.Value, geboren, achternaam), aanbieder.AgbCode!, ingang, inwoner, toewijzing));
            }

            await schrijver.CommitAsync(cancellationToken);
        }

        return clienten;
    }
}
