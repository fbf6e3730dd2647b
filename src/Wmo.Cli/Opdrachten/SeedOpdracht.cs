using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.EigenBijdrage;
using Wmo.Application.Iwmo;
using Wmo.Domain.Catalogus;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Seeding.Schaal;

namespace Wmo.Cli.Opdrachten;

/// <summary>Fills the configured (empty) database with a gemeente of the size of Leeuwarden or Amsterdam (issue 15).</summary>
public sealed class SeedOpdracht : IOpdracht
{
    public string Naam => "seed";

    public string Omschrijving => "Vult een lege database met een gemeente op schaal (huishoudens, vijf jaar vragen, besluiten, audittrail) voor metingen.";

    public IReadOnlyList<CliOptie> Opties =>
    [
        new("scale", "De grootte: leeuwarden (40.000 inwoners, 60.000 vragen), amsterdam (250.000 inwoners, 400.000 vragen) of klein (voor tests).", Verplicht: true, Waardenaam: "leeuwarden|amsterdam|klein"),
    ];

    public IReadOnlyList<string> Voorbeelden => ["seed --scale leeuwarden", "seed --scale amsterdam"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        var schaal = Schaal.Zoek(context.Optie("scale"));
        if (schaal is null)
        {
            await context.Fout.WriteLineAsync($"Onbekende schaal '{context.Optie("scale")}'. Kies {string.Join(" of ", Schaal.Alle.Select(s => s.Naam))}.");
            return CliProgramma.VerkeerdGebruik;
        }

        await context.ZorgVoorDatabaseAsync(cancellationToken);
        var resultaat = await SeedAsync(context.Services, context, schaal, cancellationToken);
        return resultaat is null ? CliProgramma.Mislukt : CliProgramma.Gelukt;
    }

    /// <summary>Seeds and reports; null (with the reason on standard error) when the database is not empty.</summary>
    internal static async Task<SeedResultaat?> SeedAsync(IServiceProvider services, OpdrachtContext context, Schaal schaal, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();

        // A database the bench just made has no policy yet: the policy is reference data, seeded first (as at start-up).
        await Referentiedata.ZorgVoorBeleidAsync(db, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WmoDbContext>>(),
            scope.ServiceProvider.GetRequiredService<Startbeleid>(), cancellationToken);
        var seeder = new SchaalSeeder(db, scope.ServiceProvider.GetRequiredService<WmoBeleid>(), TimeProvider.System);
        SeedResultaat resultaat;
        try
        {
            resultaat = await seeder.SeedAsync(schaal, context.Voortgang, cancellationToken);
        }
        catch (InvalidOperationException fout)
        {
            await context.Fout.WriteLineAsync(fout.Message);
            return null;
        }

        // The iWmo messages and the CAK deliveries come from the portal's own use cases, so they are what the portal makes:
        // a WMO301 per client and aanbieder (XSD-validated) for every toewijzing, and a delivery for each of the twelve completed
        // months before this one (the current month is left to the user, as a gemeente delivers it when it is ready).
        var fasen = new List<(string Fase, TimeSpan Duur)>(resultaat.Fasen);
        var berichten = await BerichtenEnAanleveringenAsync(scope.ServiceProvider, context, fasen, cancellationToken);
        var c = CultureInfo.InvariantCulture;
        await context.Uit.WriteLineAsync($"Schaal {schaal.Naam}: {resultaat.Rijen.ToString("N0", c)} rijen in {resultaat.Duur.TotalSeconds.ToString("F1", c)} s " +
            $"({(resultaat.Rijen / Math.Max(0.001, resultaat.Duur.TotalSeconds)).ToString("N0", c)} rijen/s), database: {db.Database.ProviderName}");
        foreach (var (wat, aantal) in resultaat.Aantallen.Concat(berichten).OrderBy(a => a.Wat, StringComparer.Ordinal))
        {
            await context.Uit.WriteLineAsync($"  {wat,-32} {aantal.ToString("N0", c),12}");
        }

        // Where the time went, so a slow seed points at its own phase (docs/performance.md, "Seeden").
        await context.Uit.WriteLineAsync("Fasen (wandklok):");
        foreach (var (fase, duur) in fasen)
        {
            await context.Uit.WriteLineAsync($"  {fase,-40} {duur.TotalSeconds.ToString("F1", c),8} s");
        }

        await context.Uit.WriteLineAsync($"  {"totaal",-40} {fasen.Sum(f => f.Duur.TotalSeconds).ToString("F1", c),8} s");

        return resultaat;
    }

    private static async Task<List<(string Wat, long Aantal)>> BerichtenEnAanleveringenAsync(IServiceProvider services, OpdrachtContext context,
        List<(string Fase, TimeSpan Duur)> fasen, CancellationToken cancellationToken)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var export = await services.GetRequiredService<IwmoExporteren>().ExporteerAsync((gedaan, totaal) => context.Voortgang("WMO301-berichten", gedaan, totaal), cancellationToken);
        if (!export.IsGeslaagd)
        {
            throw new InvalidOperationException($"De WMO301-berichten van de seed voldoen niet aan het schema: {export.Fouten[0].Fouten[0]}");
        }

        fasen.Add(("WMO301-berichten", stopwatch.Elapsed));
        var cak = services.GetRequiredService<CakAanleveren>();
        var vandaag = Domain.Termijnen.Vandaag.Volgens(services.GetRequiredService<TimeProvider>());
        long regels = 0;
        long aanleveringen = 0;
        for (var terug = 12; terug >= 1; terug--)
        {
            stopwatch.Restart();
            var dag = vandaag.AddMonths(-terug);
            var aanlevering = await cak.LeverAanAsync(new Heffingsmaand(dag.Year, dag.Month), doorId: null, cancellationToken);
            if (!aanlevering.IsGeslaagd)
            {
                throw new InvalidOperationException($"De CAK-aanlevering van {dag:yyyy-MM} voldoet niet aan het formaat: {aanlevering.Fouten[0]}");
            }

            aanleveringen += aanlevering.Bestand is null ? 0 : 1;
            regels += aanlevering.Bestand?.AantalRegels ?? 0;
            fasen.Add(($"CAK-aanlevering {dag:yyyy-MM} ({aanlevering.Bestand?.AantalRegels ?? 0} regels)", stopwatch.Elapsed));
            context.Voortgang("CAK-aanleveringen", 13 - terug, 12);
        }

        return [("iwmo-berichten WMO301", export.Bestanden.Count), ("cak-aanleveringen", aanleveringen), ("cak-regels", regels)];
    }
}
