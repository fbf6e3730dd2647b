namespace Wmo.Cli;

/// <summary>
/// One command of the command line, e.g. <c>iwmo export</c>. Every non-abstract class that implements this interface
/// (with a parameterless constructor) is found by <see cref="CliProgramma"/>: adding a command is adding a class.
/// </summary>
public interface IOpdracht
{
    /// <summary>The words that select the command, e.g. <c>"iwmo export"</c>.</summary>
    string Naam { get; }

    /// <summary>One Dutch sentence for <c>--help</c>.</summary>
    string Omschrijving { get; }

    IReadOnlyList<CliArgument> Argumenten => [];

    IReadOnlyList<CliOptie> Opties => [];

    /// <summary>Examples shown under <c>--help</c>.</summary>
    IReadOnlyList<string> Voorbeelden => [];

    /// <summary>Runs the command; returns the exit code (0 = alles goed, 1 = iets geweigerd of mislukt).</summary>
    Task<int> VoerUitAsync(OpdrachtContext context, CancellationToken cancellationToken);
}

/// <summary>A positional argument. <paramref name="Meerdere"/>: takes all remaining words (only the last argument).</summary>
public sealed record CliArgument(string Naam, string Omschrijving, bool Verplicht = true, bool Meerdere = false);

/// <summary>An option <c>--naam waarde</c>, or a switch <c>--naam</c> when <paramref name="IsSchakelaar"/>.</summary>
public sealed record CliOptie(string Naam, string Omschrijving, bool Verplicht = false, bool IsSchakelaar = false, string? Standaard = null, string Waardenaam = "waarde");
