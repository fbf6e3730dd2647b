using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Weergave;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli.Opdrachten;

/// <summary>
/// <c>beleid exporteren --out bestand</c>: the policy of the configured database on one date as a policy file (format
/// WMO-BELEID, docs/beleid-als-data.md), e.g. to start another environment or another gemeente from it.
/// </summary>
public sealed class BeleidExporterenOpdracht : IOpdracht
{
    public string Naam => "beleid exporteren";

    public string Omschrijving =>
        "Schrijft het beleid uit de geconfigureerde database (catalogus, percelen, termijnen, duurbeleid, abonnementstarieven) als beleidsbestand (formaat WMO-BELEID, zie docs/beleid-als-data.md).";

    public IReadOnlyList<CliOptie> Opties =>
    [
        new("out", "Het bestand dat geschreven wordt, bijvoorbeeld beleid.json.", Verplicht: true, Waardenaam: "bestand"),
        new("datum", "De beleidsversie die op deze dag gold (jjjj-mm-dd); standaard vandaag.", Waardenaam: "jjjj-mm-dd"),
    ];

    public IReadOnlyList<string> Voorbeelden => ["beleid exporteren --out beleid.json", "beleid exporteren --datum 2027-01-01 --out beleid-2027.json"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var datum = Domain.Termijnen.Vandaag.Volgens(TimeProvider.System);
        if (context.Optie("datum") is { } tekst && !DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out datum))
        {
            await context.Fout.WriteLineAsync($"'{tekst}' is geen datum; schrijf hem als jjjj-mm-dd, bijvoorbeeld 2027-01-01.");
            return CliProgramma.VerkeerdGebruik;
        }

        await context.ZorgVoorDatabaseAsync(cancellationToken);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WmoDbContext>();
        var versie = await db.Beleidsversies.AsNoTracking().AsSplitQuery()
            .Where(v => v.Ingangsdatum <= datum).OrderByDescending(v => v.Ingangsdatum).FirstOrDefaultAsync(cancellationToken);
        if (versie is null)
        {
            await context.Fout.WriteLineAsync($"Op {datum:dd-MM-yyyy} gold nog geen beleidsversie in deze database.");
            return CliProgramma.Mislukt;
        }

        var tarieven = await db.Abonnementstarieven.AsNoTracking().OrderBy(t => t.Jaar).ToListAsync(cancellationToken);
        var pad = Path.GetFullPath(context.Optie("out")!);
        Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
        var tijdelijk = pad + ".tmp";
        await File.WriteAllTextAsync(tijdelijk, Beleidsbestand.Schrijf(versie, tarieven.Select(t => t.NaarTarief())), new UTF8Encoding(false), cancellationToken);
        File.Move(tijdelijk, pad, overwrite: true);
        await context.Uit.WriteLineAsync($"Beleidsversie vanaf {versie.Ingangsdatum:dd-MM-yyyy} ({versie.Voorzieningen.Count} voorzieningen, {tarieven.Count} tariefjaren) geschreven naar {pad}.");
        return CliProgramma.Gelukt;
    }
}

/// <summary>
/// <c>beleid controleren bestand</c>: checks a policy file against the format and every policy rule of the domain, without a
/// database, and lists all problems at once — before a gemeente points <c>Beleid:Startbestand</c> at it.
/// </summary>
public sealed class BeleidControlerenOpdracht : IOpdracht
{
    public string Naam => "beleid controleren";

    public string Omschrijving =>
        "Controleert een beleidsbestand (formaat WMO-BELEID) op opmaak en op elke beleidsregel, zonder database, en noemt alle problemen tegelijk.";

    public IReadOnlyList<CliArgument> Argumenten => [new("bestand", "Het beleidsbestand, bijvoorbeeld docs/beleid/doetinchem-2017.json.")];

    public IReadOnlyList<string> Voorbeelden => ["beleid controleren docs/beleid/doetinchem-2017.json"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bestand = context.Argument("bestand")!;
        if (!File.Exists(bestand))
        {
            await context.Fout.WriteLineAsync($"Het bestand '{bestand}' bestaat niet.");
            return CliProgramma.VerkeerdGebruik;
        }

        var resultaat = Beleidsbestand.Lees(await File.ReadAllTextAsync(bestand, cancellationToken));
        if (!resultaat.IsGelukt)
        {
            await context.Fout.WriteLineAsync($"NIET BRUIKBAAR: {bestand}");
            foreach (var fout in resultaat.Fouten)
            {
                await context.Fout.WriteLineAsync($"  - {fout}");
            }

            return CliProgramma.Mislukt;
        }

        var versie = resultaat.Versie!;
        await context.Uit.WriteLineAsync($"In orde: {versie.Omschrijving}");
        await context.Uit.WriteLineAsync($"  vanaf {versie.Ingangsdatum:dd-MM-yyyy}; {versie.Voorzieningen.Count} voorzieningen, {versie.Percelen.Count} percelen, {resultaat.Tariefjaren.Count} tariefjaren");
        await context.Uit.WriteLineAsync($"  duur: {versie.Duur.StandaardMaanden} maanden, {versie.Duur.VerlengdMaanden} maanden vanaf {versie.Duur.LeeftijdVoorVerlenging} jaar of bij een chronische beperking");
        foreach (var pijler in versie.Voorzieningen.GroupBy(v => v.Pijler).OrderBy(g => g.Key))
        {
            await context.Uit.WriteLineAsync($"  {pijler.Key.Naam()}: {string.Join(", ", pijler.Select(v => v.Code))}");
        }

        return CliProgramma.Gelukt;
    }
}
