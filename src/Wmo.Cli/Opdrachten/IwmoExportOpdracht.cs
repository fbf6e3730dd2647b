using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Iwmo;

namespace Wmo.Cli.Opdrachten;

/// <summary><c>iwmo export --out map</c>: writes the pending WMO301s, each validated against the iWmo 3.2 schema.</summary>
public sealed class IwmoExportOpdracht : IOpdracht
{
    public string Naam => "iwmo export";

    public string Omschrijving => "Schrijft de openstaande WMO301-toewijzingsberichten (gecontroleerd tegen het iWmo 3.2-schema) naar een map.";

    public IReadOnlyList<CliOptie> Opties => [new("out", "Map waarin de berichten komen (wordt aangemaakt).", Verplicht: true, Waardenaam: "map")];

    public IReadOnlyList<string> Voorbeelden => ["iwmo export --out uit/wmo301"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = Directory.CreateDirectory(context.Optie("out")!).FullName;
        await context.ZorgVoorDatabaseAsync(cancellationToken);
        await using var scope = context.Services.CreateAsyncScope();
        var resultaat = await scope.ServiceProvider.GetRequiredService<IwmoExporteren>()
            .ExporteerAsync((gedaan, totaal) => context.Voortgang("WMO301 maken", gedaan, totaal), cancellationToken);
        foreach (var bestand in resultaat.Bestanden)
        {
            await File.WriteAllTextAsync(Path.Combine(map, bestand.Bestandsnaam), bestand.Inhoud, cancellationToken);
        }

        foreach (var fout in resultaat.Fouten)
        {
            await context.Fout.WriteLineAsync($"NIET VERSTUURD: WMO301 voor {fout.Aanbieder} (toewijzing {string.Join(", ", fout.ToewijzingNummers)}) voldoet niet aan het schema:");
            foreach (var melding in fout.Fouten.Take(10))
            {
                await context.Fout.WriteLineAsync($"  {melding}");
            }
        }

        await context.Uit.WriteLineAsync(resultaat.Bestanden.Count == 0 && resultaat.Fouten.Count == 0
            ? "Er zijn geen openstaande toewijzingen om te versturen."
            : $"{resultaat.Bestanden.Count} WMO301-{(resultaat.Bestanden.Count == 1 ? "bericht" : "berichten")} geschreven naar {map}; {resultaat.Fouten.Count} geweigerd door de schemacontrole.");
        return resultaat.IsGeslaagd ? CliProgramma.Gelukt : CliProgramma.Mislukt;
    }
}
