using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Termijnen;

namespace Wmo.Cli.Opdrachten;

/// <summary>
/// For juristen checking a letter: the last day of a statutory term from the date of the event that starts it, and line by
/// line why (Algemene termijnenwet), with the term lengths and gelijkgestelde dagen of the configured database.
/// </summary>
public sealed class TermijnOpdracht : IOpdracht
{
    private static readonly IReadOnlyDictionary<string, TermijnSoort> Soorten = new Dictionary<string, TermijnSoort>(StringComparer.OrdinalIgnoreCase)
    {
        ["onderzoek"] = TermijnSoort.Onderzoek,
        ["persoonlijkplan"] = TermijnSoort.PersoonlijkPlan,
        ["beschikking"] = TermijnSoort.Beschikking,
        ["bezwaar"] = TermijnSoort.Bezwaar,
        ["beslissingopbezwaar"] = TermijnSoort.BeslissingOpBezwaar,
    };

    public string Naam => "termijn";

    public string Omschrijving => "Berekent de laatste dag van een wettelijke termijn en legt regel voor regel uit waarom (Algemene termijnenwet), met de feestdagen uit de geconfigureerde database.";

    public IReadOnlyList<CliArgument> Argumenten =>
    [
        new("soort", "onderzoek (melding), persoonlijkplan (melding), beschikking (aanvraag), bezwaar (verzending van de beschikking) of beslissingopbezwaar (laatste dag van de bezwaartermijn; bij een te laat bezwaar de dag van ontvangst)."),
        new("datum", "De datum van de gebeurtenis waarmee de termijn begint, als jjjj-mm-dd; de termijn loopt vanaf de dag erna."),
    ];

    public IReadOnlyList<string> Voorbeelden => ["termijn beschikking 2026-03-20", "termijn bezwaar 2026-11-20", "termijn onderzoek 2026-03-02"];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        if (!Soorten.TryGetValue(context.Argument("soort") ?? string.Empty, out var soort))
        {
            await context.Fout.WriteLineAsync($"Onbekende soort termijn '{context.Argument("soort")}'. Kies uit: {string.Join(", ", Soorten.Keys)}.");
            return CliProgramma.VerkeerdGebruik;
        }

        if (!DateOnly.TryParseExact(context.Argument("datum"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var aanvang))
        {
            await context.Fout.WriteLineAsync($"'{context.Argument("datum")}' is geen datum; schrijf hem als jjjj-mm-dd, bijvoorbeeld 2026-03-20.");
            return CliProgramma.VerkeerdGebruik;
        }

        await context.ZorgVoorDatabaseAsync(cancellationToken);
        await using var scope = context.Services.CreateAsyncScope();
        var instellingen = scope.ServiceProvider.GetRequiredService<WmoBeleid>().Termijnen;
        var termijn = Termijn.Bereken(soort, aanvang, instellingen);

        await context.Uit.WriteLineAsync($"einddatum: {termijn.Einddatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        foreach (var regel in termijn.Uitleg)
        {
            await context.Uit.WriteLineAsync(regel);
        }

        var kalender = instellingen.Kalender;
        await context.Uit.WriteLineAsync($"gelijkgestelde dagen (Atw art. 3 lid 3) in de database: {kalender.GelijkgesteldeDagen.Count}");
        foreach (var jaar in kalender.JarenZonderGelijkstelling(aanvang.Year, termijn.Einddatum.Year))
        {
            await context.Uit.WriteLineAsync($"let op: voor {jaar} is geen besluit gelijkstelling ingevoerd; een gelijkgestelde dag in dat jaar is niet meegerekend");
        }

        return CliProgramma.Gelukt;
    }
}
