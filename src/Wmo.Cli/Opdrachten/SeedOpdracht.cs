using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
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

        var c = CultureInfo.InvariantCulture;
        await context.Uit.WriteLineAsync($"Schaal {schaal.Naam}: {resultaat.Rijen.ToString("N0", c)} rijen in {resultaat.Duur.TotalSeconds.ToString("F1", c)} s " +
            $"({(resultaat.Rijen / Math.Max(0.001, resultaat.Duur.TotalSeconds)).ToString("N0", c)} rijen/s), database: {db.Database.ProviderName}");
        foreach (var (wat, aantal) in resultaat.Aantallen.OrderBy(a => a.Wat, StringComparer.Ordinal))
        {
            await context.Uit.WriteLineAsync($"  {wat,-32} {aantal.ToString("N0", c),12}");
        }

        return resultaat;
    }
}
