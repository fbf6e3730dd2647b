using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Iwmo;

namespace Wmo.Cli.Opdrachten;

/// <summary><c>iwmo import bestanden… --out map</c>: reads WMO305/307/315, writes the retour messages and a report.</summary>
public sealed class IwmoImportOpdracht : IOpdracht
{
    public string Naam => "iwmo import";

    public string Omschrijving => "Leest WMO305-, WMO307- en WMO315-berichten van aanbieders in en schrijft de retourberichten (WMO306, 308, 316).";

    public IReadOnlyList<CliArgument> Argumenten => [new("bestanden", "Eén of meer XML-bestanden of mappen (alle .xml-bestanden daarin).", Meerdere: true)];

    public IReadOnlyList<CliOptie> Opties => [new("out", "Map waarin de retourberichten komen (wordt aangemaakt).", Verplicht: true, Waardenaam: "map")];

    public IReadOnlyList<string> Voorbeelden => ["iwmo import in/WMO305_75759876_000000000001.xml --out uit/retour", "iwmo import in/ --out uit/retour"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paden = new List<string>();
        foreach (var argument in context.Argumentlijst("bestanden"))
        {
            if (Directory.Exists(argument))
            {
                paden.AddRange(Directory.EnumerateFiles(argument, "*.xml").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(argument))
            {
                paden.Add(argument);
            }
            else
            {
                await context.Fout.WriteLineAsync($"Bestand of map '{argument}' bestaat niet.");
                return CliProgramma.VerkeerdGebruik;
            }
        }

        var map = Directory.CreateDirectory(context.Optie("out")!).FullName;
        var bestanden = new List<ImportBestand>(paden.Count);
        foreach (var pad in paden)
        {
            bestanden.Add(new ImportBestand(Path.GetFileName(pad), await File.ReadAllBytesAsync(pad, cancellationToken)));
        }

        await context.ZorgVoorDatabaseAsync(cancellationToken);
        await using var scope = context.Services.CreateAsyncScope();
        var resultaten = await scope.ServiceProvider.GetRequiredService<IwmoImporteren>()
            .ImporteerAsync(bestanden, (gedaan, totaal) => context.Voortgang("Inlezen", gedaan, totaal), cancellationToken);
        foreach (var resultaat in resultaten)
        {
            if (resultaat.RetourInhoud is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(map, resultaat.RetourBestandsnaam!), resultaat.RetourInhoud, cancellationToken);
            }

            var uitvoer = resultaat.IsGeweigerd ? context.Fout : context.Uit;
            await uitvoer.WriteLineAsync($"{resultaat.Bestandsnaam} ({resultaat.Berichtsoort ?? "onbekend"}{(resultaat.Client is null ? string.Empty : ", " + resultaat.Client)}): {StatusTekst(resultaat)}");
            foreach (var melding in resultaat.Meldingen)
            {
                await uitvoer.WriteLineAsync($"  {melding}");
            }
        }

        var geweigerd = resultaten.Count(r => r.IsGeweigerd);
        await context.Uit.WriteLineAsync($"{resultaten.Count} {(resultaten.Count == 1 ? "bestand" : "bestanden")} gelezen: {resultaten.Count - geweigerd} verwerkt, {geweigerd} geweigerd. Retourberichten in {map}.");
        return geweigerd == 0 ? CliProgramma.Gelukt : CliProgramma.Mislukt;
    }

    private static string StatusTekst(ImportResultaat resultaat) => resultaat.Status switch
    {
        ImportStatus.Verwerkt => "verwerkt",
        ImportStatus.Geweigerd => "GEWEIGERD",
        ImportStatus.Ongeldig => "GEWEIGERD (ongeldig bestand)",
        _ => resultaat.EerderGeaccepteerd ? "al eerder ontvangen (zelfde antwoord)" : "al eerder ontvangen en toen GEWEIGERD (zelfde antwoord)",
    };
}
