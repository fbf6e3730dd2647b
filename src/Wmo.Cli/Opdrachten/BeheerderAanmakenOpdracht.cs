using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wmo.Application.Beheer;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Seeding;

namespace Wmo.Cli.Opdrachten;

/// <summary>
/// The first beheerder of a Production installation (issue 9): there is no demo data there, and the beheer pages need
/// a beheerder to begin with. The password comes from standard input or <c>WMO_WACHTWOORD</c>, never from an argument
/// (arguments end up in the shell history and in the process list).
/// </summary>
public sealed class BeheerderAanmakenOpdracht : IOpdracht
{
    public const string WachtwoordVariabele = "WMO_WACHTWOORD";

    public string Naam => "beheerder aanmaken";

    public string Omschrijving =>
        "Maakt een beheerdersaccount aan (de eerste beheerder van een nieuwe installatie). Het wachtwoord komt van standaardinvoer "
        + $"of uit de omgevingsvariabele {WachtwoordVariabele}, nooit als argument.";

    public IReadOnlyList<CliArgument> Argumenten =>
    [
        new("gebruikersnaam", "De gebruikersnaam waarmee de beheerder inlogt, bijvoorbeeld ingrid.postma."),
    ];

    public IReadOnlyList<CliOptie> Opties =>
    [
        new("naam", "De naam zoals het portaal hem toont, bijvoorbeeld \"Ingrid Postma\".", Verplicht: true, Waardenaam: "naam"),
        new("gemeente", "De gemeente waar de beheerder werkt; bestaat die organisatie nog niet, dan wordt ze aangemaakt.", Verplicht: true, Waardenaam: "naam"),
    ];

    public IReadOnlyList<string> Voorbeelden =>
    [
        "beheerder aanmaken ingrid.postma --naam \"Ingrid Postma\" --gemeente \"Gemeente Leeuwarden\"",
        "beheerder aanmaken ingrid.postma --naam \"Ingrid Postma\" --gemeente \"Gemeente Leeuwarden\" < wachtwoord.txt",
    ];

    public async Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken)
    {
        var gebruikersnaam = context.Argument("gebruikersnaam")!.Trim();
        var naam = context.Optie("naam")!.Trim();
        var gemeente = context.Optie("gemeente")!.Trim();
        if (gebruikersnaam.Length is < 3 or > 256 || naam.Length == 0 || gemeente.Length == 0)
        {
            await context.Fout.WriteLineAsync("Vul een gebruikersnaam (3 tot 256 tekens), een naam en een gemeente in.");
            return CliProgramma.VerkeerdGebruik;
        }

        var wachtwoord = await LeesWachtwoordAsync(context);
        if (string.IsNullOrEmpty(wachtwoord))
        {
            await context.Fout.WriteLineAsync($"Geef het wachtwoord op standaardinvoer of in de omgevingsvariabele {WachtwoordVariabele}.");
            return CliProgramma.VerkeerdGebruik;
        }

        await context.ZorgVoorDatabaseAsync(cancellationToken);
        await using var scope = context.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<RoleSeeder>(scope.ServiceProvider).SeedAsync();
        var resultaat = await scope.ServiceProvider.GetRequiredService<Accountbeheer>()
            .BeheerderAanmakenAsync(gebruikersnaam, naam, gemeente, wachtwoord, cancellationToken);
        if (!resultaat.Succeeded)
        {
            await context.Fout.WriteLineAsync($"De beheerder {gebruikersnaam} is niet aangemaakt:");
            foreach (var fout in resultaat.Errors)
            {
                await context.Fout.WriteLineAsync($"  {fout.Description}");
            }

            return CliProgramma.Mislukt;
        }

        await context.Uit.WriteLineAsync($"Beheerder {gebruikersnaam} ({naam}, {gemeente}) is aangemaakt.");
        await context.Uit.WriteLineAsync($"Inrichtingscode voor de authenticator-app (één keer geldig, {Inrichtingscodes.Geldigheid.TotalDays:0} dagen): {resultaat.Inrichtingscode}");
        await context.Uit.WriteLineAsync("Bij de eerste keer inloggen stelt de beheerder met deze code de authenticator-app in; daarna maakt de beheerder de andere accounts in het portaal.");
        return CliProgramma.Gelukt;
    }

    /// <summary>The environment variable, else standard input: at a terminal asked twice without echo, else the first line.</summary>
    private static async Task<string?> LeesWachtwoordAsync(OpdrachtContext context)
    {
        if (context.Omgeving(WachtwoordVariabele) is { Length: > 0 } uitOmgeving)
        {
            return uitOmgeving;
        }

        if (!context.IsInteractief)
        {
            return await context.Invoer.ReadLineAsync();
        }

        var eerste = Verborgen(context, "Wachtwoord: ");
        var tweede = Verborgen(context, "Nogmaals: ");
        if (eerste != tweede)
        {
            await context.Fout.WriteLineAsync("De wachtwoorden zijn niet gelijk.");
            return null;
        }

        return eerste;
    }

    private static string Verborgen(OpdrachtContext context, string vraag)
    {
        context.Fout.Write(vraag);
        var tekst = new StringBuilder();
        for (var toets = Console.ReadKey(intercept: true); toets.Key != ConsoleKey.Enter; toets = Console.ReadKey(intercept: true))
        {
            if (toets.Key == ConsoleKey.Backspace)
            {
                tekst.Length = Math.Max(0, tekst.Length - 1);
            }
            else if (!char.IsControl(toets.KeyChar))
            {
                tekst.Append(toets.KeyChar);
            }
        }

        context.Fout.WriteLine();
        return tekst.ToString();
    }
}
