using System.Reflection;
using System.Text;

namespace Wmo.Cli;

/// <summary>Finds the command in the arguments, parses its arguments and options, prints Dutch help and runs it.</summary>
public static class CliProgramma
{
    public const int Gelukt = 0;
    public const int Mislukt = 1;
    public const int VerkeerdGebruik = 2;

    private const string Programma = "dotnet run --project src/Wmo.Cli --";

    /// <summary>Every command of this assembly, found by reflection (see <see cref="IOpdracht"/>).</summary>
    public static IReadOnlyList<IOpdracht> Opdrachten { get; } = typeof(CliProgramma).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOpdracht).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IOpdracht)Activator.CreateInstance(t)!)
        .OrderBy(o => o.Naam, StringComparer.Ordinal)
        .ToList();

    /// <param name="extraInstellingen">Configuration on top of the portal's (the tests point it at their own database).</param>
    /// <param name="invoer">Standard input (a password is read from it, never from an argument); the console by default.</param>
    /// <param name="omgeving">Environment variables; the process's by default.</param>
    public static async Task<int> VoerUitAsync(
        string[] args,
        TextWriter uit,
        TextWriter fout,
        IReadOnlyDictionary<string, string?>? extraInstellingen = null,
        TextReader? invoer = null,
        Func<string, string?>? omgeving = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var woorden = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        var opdracht = Opdrachten
            .Where(o => Woorden(o.Naam).SequenceEqual(woorden.Take(Woorden(o.Naam).Length), StringComparer.OrdinalIgnoreCase))
            .MaxBy(o => Woorden(o.Naam).Length);
        var vraagtHulp = args.Any(a => a is "--help" or "-h" or "-?");

        if (opdracht is null)
        {
            var groep = string.Join(' ', woorden);
            var onder = Opdrachten.Where(o => groep.Length == 0 || o.Naam.StartsWith(groep + " ", StringComparison.OrdinalIgnoreCase)).ToList();
            if (onder.Count == 0)
            {
                await fout.WriteLineAsync($"Onbekende opdracht '{groep}'. Gebruik '{Programma} --help' voor de lijst met opdrachten.");
                return VerkeerdGebruik;
            }

            await uit.WriteAsync(Overzicht(groep, onder));
            return vraagtHulp || groep.Length == 0 && args.Length == 0 ? Gelukt : VerkeerdGebruik;
        }

        if (vraagtHulp)
        {
            await uit.WriteAsync(Hulp(opdracht));
            return Gelukt;
        }

        var rest = args.Skip(Woorden(opdracht.Naam).Length).ToList();
        if (!Ontleed(opdracht, rest, out var argumenten, out var opties, out var fouttekst))
        {
            await fout.WriteLineAsync(fouttekst);
            await fout.WriteLineAsync($"Gebruik '{Programma} {opdracht.Naam} --help' voor uitleg.");
            return VerkeerdGebruik;
        }

        var context = new OpdrachtContext(argumenten, opties, uit, fout, () => CliHost.Bouw(extraInstellingen))
        {
            Invoer = invoer ?? Console.In,
            Omgeving = omgeving ?? Environment.GetEnvironmentVariable,
        };
        try
        {
            return await opdracht.VoerUitAsync(context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await fout.WriteLineAsync("Afgebroken.");
            return Mislukt;
        }
        catch (Infrastructure.Beleid.OnbruikbaarStartbeleidException e)
        {
            await fout.WriteLineAsync(e.Message);
            return Mislukt;
        }
        finally
        {
            if (context.IsServicesGebouwd && context.Services is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private static string[] Woorden(string naam) => naam.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool Ontleed(
        IOpdracht opdracht,
        List<string> rest,
        out Dictionary<string, IReadOnlyList<string>> argumenten,
        out Dictionary<string, string?> opties,
        out string fouttekst)
    {
        argumenten = [];
        opties = [];
        fouttekst = string.Empty;
        var posities = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            var woord = rest[i];
            if (!woord.StartsWith("--", StringComparison.Ordinal))
            {
                posities.Add(woord);
                continue;
            }

            var naam = woord[2..];
            string? waarde = null;
            var isIs = naam.IndexOf('=', StringComparison.Ordinal);
            if (isIs >= 0)
            {
                waarde = naam[(isIs + 1)..];
                naam = naam[..isIs];
            }

            var optie = opdracht.Opties.FirstOrDefault(o => string.Equals(o.Naam, naam, StringComparison.OrdinalIgnoreCase));
            if (optie is null)
            {
                fouttekst = $"Onbekende optie '--{naam}' bij '{opdracht.Naam}'.";
                return false;
            }

            if (!optie.IsSchakelaar && waarde is null)
            {
                if (i + 1 >= rest.Count || rest[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    fouttekst = $"De optie '--{optie.Naam}' heeft een waarde nodig ({optie.Waardenaam}).";
                    return false;
                }

                waarde = rest[++i];
            }

            opties[optie.Naam] = waarde;
        }

        foreach (var optie in opdracht.Opties)
        {
            if (!opties.ContainsKey(optie.Naam))
            {
                if (optie.Verplicht)
                {
                    fouttekst = $"De optie '--{optie.Naam}' is verplicht.";
                    return false;
                }

                if (optie.Standaard is not null)
                {
                    opties[optie.Naam] = optie.Standaard;
                }
            }
        }

        var index = 0;
        foreach (var argument in opdracht.Argumenten)
        {
            var waarden = argument.Meerdere ? posities.Skip(index).ToList() : posities.Skip(index).Take(1).ToList();
            index += waarden.Count;
            if (waarden.Count == 0 && argument.Verplicht)
            {
                fouttekst = $"Het argument <{argument.Naam}> ontbreekt.";
                return false;
            }

            argumenten[argument.Naam] = waarden;
        }

        if (index < posities.Count)
        {
            fouttekst = $"Onverwacht argument '{posities[index]}'.";
            return false;
        }

        return true;
    }

    private static string Overzicht(string groep, IReadOnlyList<IOpdracht> opdrachten)
    {
        var tekst = new StringBuilder();
        var versie = typeof(CliProgramma).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        tekst.AppendLine($"Wmo-portaal, commandoregel{(versie is null ? string.Empty : " " + versie.Split('+')[0])}");
        tekst.AppendLine("Dezelfde configuratie en database als het portaal (appsettings*.json, omgevingsvariabelen; WMO_CONTENT_ROOT wijst de map aan).");
        tekst.AppendLine();
        tekst.AppendLine($"Gebruik: {Programma} {(groep.Length == 0 ? string.Empty : groep + " ")}<opdracht> [argumenten] [opties]");
        tekst.AppendLine();
        tekst.AppendLine("Opdrachten:");
        var breedte = opdrachten.Max(o => o.Naam.Length) + 2;
        foreach (var opdracht in opdrachten)
        {
            tekst.AppendLine($"  {opdracht.Naam.PadRight(breedte)}{opdracht.Omschrijving}");
        }

        tekst.AppendLine();
        tekst.AppendLine($"Meer over één opdracht: {Programma} <opdracht> --help");
        return tekst.ToString();
    }

    internal static string Hulp(IOpdracht opdracht)
    {
        var tekst = new StringBuilder();
        tekst.AppendLine(opdracht.Omschrijving);
        tekst.AppendLine();
        var gebruik = new StringBuilder($"Gebruik: {Programma} {opdracht.Naam}");
        foreach (var argument in opdracht.Argumenten)
        {
            var naam = argument.Meerdere ? $"<{argument.Naam}>..." : $"<{argument.Naam}>";
            gebruik.Append(argument.Verplicht ? $" {naam}" : $" [{naam}]");
        }

        if (opdracht.Opties.Count > 0)
        {
            gebruik.Append(" [opties]");
        }

        tekst.AppendLine(gebruik.ToString());
        if (opdracht.Argumenten.Count > 0)
        {
            tekst.AppendLine();
            tekst.AppendLine("Argumenten:");
            var breedte = opdracht.Argumenten.Max(a => a.Naam.Length) + 4;
            foreach (var argument in opdracht.Argumenten)
            {
                tekst.AppendLine($"  {("<" + argument.Naam + ">").PadRight(breedte)}{argument.Omschrijving}");
            }
        }

        var opties = opdracht.Opties.Append(new CliOptie("help", "Toont deze uitleg.", IsSchakelaar: true)).ToList();
        tekst.AppendLine();
        tekst.AppendLine("Opties:");
        var optieBreedte = opties.Max(o => OptieKop(o).Length) + 2;
        foreach (var optie in opties)
        {
            var extra = optie.Verplicht ? " (verplicht)" : optie.Standaard is null ? string.Empty : $" (standaard: {optie.Standaard})";
            tekst.AppendLine($"  {OptieKop(optie).PadRight(optieBreedte)}{optie.Omschrijving}{extra}");
        }

        if (opdracht.Voorbeelden.Count > 0)
        {
            tekst.AppendLine();
            tekst.AppendLine("Voorbeelden:");
            foreach (var voorbeeld in opdracht.Voorbeelden)
            {
                tekst.AppendLine($"  {Programma} {voorbeeld}");
            }
        }

        return tekst.ToString();
    }

    private static string OptieKop(CliOptie optie) => optie.IsSchakelaar ? $"--{optie.Naam}" : $"--{optie.Naam} <{optie.Waardenaam}>";
}
