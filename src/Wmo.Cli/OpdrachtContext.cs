using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Cli;

/// <summary>What a command gets: its parsed arguments and options, output, and the portal's services (built on first use).</summary>
public sealed class OpdrachtContext
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> argumenten;
    private readonly IReadOnlyDictionary<string, string?> opties;
    private readonly Func<IServiceProvider> maakServices;
    private IServiceProvider? services;
    private bool databaseGereed;
    private (string? Wat, long Tiende) vorigeVoortgang;

    internal OpdrachtContext(
        IReadOnlyDictionary<string, IReadOnlyList<string>> argumenten,
        IReadOnlyDictionary<string, string?> opties,
        TextWriter uit,
        TextWriter fout,
        Func<IServiceProvider> maakServices)
    {
        this.argumenten = argumenten;
        this.opties = opties;
        this.maakServices = maakServices;
        Uit = uit;
        Fout = fout;
    }

    public TextWriter Uit { get; }

    /// <summary>Standard input: secrets are read from it (or from an environment variable), never from the arguments.</summary>
    public TextReader Invoer { get; init; } = Console.In;

    /// <summary>An environment variable by name.</summary>
    public Func<string, string?> Omgeving { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Whether <see cref="Invoer"/> is a person at a terminal (then a password is asked without echo).</summary>
    public bool IsInteractief => ReferenceEquals(Invoer, Console.In) && !Console.IsInputRedirected;

    internal bool IsServicesGebouwd => services is not null;

    public TextWriter Fout { get; }

    /// <summary>The portal's services with the portal's configuration (<c>appsettings*.json</c>, environment variables).</summary>
    public IServiceProvider Services => services ??= maakServices();

    public string? Argument(string naam) => argumenten.TryGetValue(naam, out var waarden) && waarden.Count > 0 ? waarden[0] : null;

    public IReadOnlyList<string> Argumentlijst(string naam) => argumenten.TryGetValue(naam, out var waarden) ? waarden : [];

    public string? Optie(string naam) => opties.TryGetValue(naam, out var waarde) ? waarde : null;

    public bool Schakelaar(string naam) => opties.ContainsKey(naam);

    /// <summary>Migrates the configured database once (when <c>Database:MigrateAtStartup</c>), like the portal does at start-up.</summary>
    public async Task ZorgVoorDatabaseAsync(CancellationToken cancellationToken)
    {
        if (databaseGereed)
        {
            return;
        }

        await using var scope = Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<DatabaseSettings>().MigrateAtStartup)
        {
            var logger = scope.ServiceProvider.GetRequiredService<ILogger<WmoDbContext>>();
            await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<WmoDbContext>(), logger, cancellationToken);
        }

        // Like the portal: the gemeente's policy is reference data in every environment.
        await Referentiedata.ZorgVoorBeleidAsync(scope.ServiceProvider.GetRequiredService<WmoDbContext>(),
            scope.ServiceProvider.GetRequiredService<ILogger<WmoDbContext>>(), scope.ServiceProvider.GetRequiredService<Startbeleid>(), cancellationToken);

        databaseGereed = true;
    }

    /// <summary>A progress line for long batches: rewritten in place on a terminal, at every tenth on a log.</summary>
    public void Voortgang(string wat, long gedaan, long totaal)
    {
        if (totaal <= 0)
        {
            return;
        }

        var procent = (int)(gedaan * 100 / totaal);
        if (!Console.IsErrorRedirected && ReferenceEquals(Fout, Console.Error))
        {
            Fout.Write($"\r{wat}: {gedaan}/{totaal} ({procent}%)   ");
            if (gedaan >= totaal)
            {
                Fout.WriteLine();
            }

            return;
        }

        // Every tenth, also when progress comes in steps (a page of the chain check is ten thousand entries), not per item.
        var tiende = gedaan * 10 / totaal;
        var vorige = string.Equals(wat, vorigeVoortgang.Wat, StringComparison.Ordinal) ? vorigeVoortgang.Tiende : 0;
        vorigeVoortgang = (wat, tiende);
        if (gedaan >= totaal || tiende > vorige)
        {
            Fout.WriteLine($"{wat}: {gedaan}/{totaal} ({procent}%)");
        }
    }
}
