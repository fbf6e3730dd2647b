using Microsoft.Extensions.Configuration;
using Wmo.Domain.Gemeentebeleid;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// The policy an empty database starts with: Leeuwarden's (the seeds) unless <c>Beleid:Startbestand</c> names a policy
/// file of the gemeente (format WMO-BELEID, <see cref="Beleidsbestand"/>). A file that does not pass every rule stops the
/// start with the list of problems: a portal must never run on half a policy.
/// </summary>
public sealed class Startbeleid
{
    public const string Sleutel = "Beleid:Startbestand";

    private Startbeleid(string? bestand) => Bestand = bestand;

    /// <summary>Full path of the policy file, or null for Leeuwarden's policy.</summary>
    public string? Bestand { get; }

    public static Startbeleid Leeuwarden { get; } = new(null);

    /// <summary>From configuration; a relative path is relative to the content root.</summary>
    public static Startbeleid Uit(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var bestand = configuration[Sleutel];
        return string.IsNullOrWhiteSpace(bestand) ? Leeuwarden : new Startbeleid(Path.GetFullPath(bestand, contentRoot));
    }

    /// <summary>The first policy version and its tariffs, and where they came from (for the log).</summary>
    public (Beleidsversie Versie, IReadOnlyList<Tariefjaar> Tarieven, string Bron) Lees()
    {
        if (Bestand is null)
        {
            var leeuwarden = Referentiedata.Leeuwarden;
            return (Beleidsversie.Uit(leeuwarden, leeuwarden.Ingangsdatum, Referentiedata.LeeuwardenOmschrijving),
                [.. leeuwarden.Tarieven.Tarieven.Select(t => new Tariefjaar(t.Jaar, t.Bedrag, t.Periode))], "de seeds van Leeuwarden");
        }

        if (!File.Exists(Bestand))
        {
            throw new OnbruikbaarStartbeleidException($"{Sleutel}: het beleidsbestand '{Bestand}' bestaat niet.");
        }

        var resultaat = Beleidsbestand.Lees(File.ReadAllText(Bestand));
        if (!resultaat.IsGelukt)
        {
            throw new OnbruikbaarStartbeleidException($"{Sleutel}: het beleidsbestand '{Bestand}' is niet bruikbaar:{Environment.NewLine}- "
                + string.Join(Environment.NewLine + "- ", resultaat.Fouten));
        }

        return (resultaat.Versie!, resultaat.Tariefjaren, Path.GetFileName(Bestand));
    }
}

/// <summary>The configured start policy cannot be used; the message lists why (shown by the portal and the command line).</summary>
public sealed class OnbruikbaarStartbeleidException(string message) : InvalidOperationException(message);
