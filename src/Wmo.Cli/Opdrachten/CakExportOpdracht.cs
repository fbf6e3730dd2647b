using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.EigenBijdrage;
using Wmo.Domain.Common;
using Wmo.Domain.EigenBijdrage;

namespace Wmo.Cli.Opdrachten;

/// <summary>
/// <c>cak export --periode jjjj-mm --out map</c>: the delivery of the abonnementstarief of one month to the CAK, through the
/// same use case as the portal (first full, then only mutations; validated before it is written; audited).
/// </summary>
public sealed class CakExportOpdracht : IOpdracht
{
    public string Naam => "cak export";

    public string Omschrijving =>
        "Maakt de aanlevering abonnementstarief voor het CAK over één maand (formaat WMO-CAK-ABT, zie docs/cak-export.md): de eerste keer alle heffingen, daarna alleen de wijzigingen.";

    public IReadOnlyList<CliOptie> Opties =>
    [
        new("periode", "De maand als jjjj-mm, bijvoorbeeld 2026-03.", Verplicht: true, Waardenaam: "jjjj-mm"),
        new("out", "Map waarin het bestand komt (wordt aangemaakt).", Verplicht: true, Waardenaam: "map"),
    ];

    public IReadOnlyList<string> Voorbeelden => ["cak export --periode 2026-03 --out uit/cak"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Heffingsmaand maand;
        try
        {
            maand = Heffingsmaand.Lees(context.Optie("periode"));
        }
        catch (DomainException e)
        {
            await context.Fout.WriteLineAsync(e.Message);
            return CliProgramma.VerkeerdGebruik;
        }

        var map = Directory.CreateDirectory(context.Optie("out")!).FullName;
        await context.ZorgVoorDatabaseAsync(cancellationToken);
        await using var scope = context.Services.CreateAsyncScope();
        CakAanleverResultaat resultaat;
        try
        {
            resultaat = await scope.ServiceProvider.GetRequiredService<CakAanleveren>().LeverAanAsync(maand, doorId: null, cancellationToken);
        }
        catch (DomainException e)
        {
            await context.Fout.WriteLineAsync($"NIET AANGELEVERD: {e.Message}");
            return CliProgramma.Mislukt;
        }

        if (!resultaat.IsGeslaagd)
        {
            await context.Fout.WriteLineAsync($"NIET AANGELEVERD: het bestand voor {maand} voldoet niet aan het formaat; er is niets opgeslagen of geschreven.");
            foreach (var fout in resultaat.Fouten.Take(20))
            {
                await context.Fout.WriteLineAsync($"  {fout}");
            }

            return CliProgramma.Mislukt;
        }

        if (resultaat.Bestand is not { } bestand)
        {
            await context.Uit.WriteLineAsync($"Er is niets gewijzigd sinds de vorige aanlevering van {maand}; er is geen bestand gemaakt.");
            return CliProgramma.Gelukt;
        }

        // Written under a temporary name and then renamed, so a half-written file never carries the real name.
        var pad = Path.Combine(map, bestand.Bestandsnaam);
        var tijdelijk = pad + ".tmp";
        await File.WriteAllTextAsync(tijdelijk, bestand.Inhoud, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        File.Move(tijdelijk, pad, overwrite: true);
        var soort = bestand.Soort == AanleveringSoort.Volledig ? "volledig" : "mutaties";
        await context.Uit.WriteLineAsync($"Aanlevering {bestand.Volgnummer} over {maand} ({soort}, {bestand.AantalRegels} {(bestand.AantalRegels == 1 ? "regel" : "regels")}) geschreven naar {pad}.");
        return CliProgramma.Gelukt;
    }
}
