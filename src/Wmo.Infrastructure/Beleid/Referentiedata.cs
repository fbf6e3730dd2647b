using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Transitie;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// Fills an empty database with the gemeente's policy (Leeuwarden's values from the seeds) in every environment,
/// not only the demo: without a catalogue and term lengths the portal cannot take a single step. Existing policy
/// is never touched; from then on the beheerder changes it on the beleid screen.
/// </summary>
public static class Referentiedata
{
    public const string LeeuwardenOmschrijving = "Leeuwarden: sociale basis, basis- en aanvullende ondersteuning (002, vanaf 2021)";

    /// <summary>
    /// The legacy beschikkingen still in the portal are converted in gesprekken before 1 January 2027: the deployment's
    /// choice (formerly <c>Beleid:TransitieGesprekkenUiterlijkVoor</c>); 002 §4.1 had 1 January 2021 for the first round.
    /// </summary>
    public static readonly TransitieInstellingen Transitie = new(new DateOnly(2027, 1, 1));

    /// <summary>Leeuwarden's policy as the portal starts with it.</summary>
    public static WmoBeleid Leeuwarden => WmoBeleid.Leeuwarden2021() with { Transitie = Transitie };

    public static Task ZorgVoorBeleidAsync(WmoDbContext db, ILogger logger, CancellationToken cancellationToken = default) =>
        ZorgVoorBeleidAsync(db, logger, Startbeleid.Leeuwarden, cancellationToken);

    /// <summary>
    /// Fills an empty database with <paramref name="start"/>: Leeuwarden's policy, or the gemeente's own policy file
    /// (<c>Beleid:Startbestand</c>, format WMO-BELEID) — another gemeente runs the portal on data, not on a code change.
    /// </summary>
    public static async Task ZorgVoorBeleidAsync(WmoDbContext db, ILogger logger, Startbeleid start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(start);
        var heeftVersie = await db.Beleidsversies.AnyAsync(cancellationToken);
        var heeftTarief = await db.Abonnementstarieven.AnyAsync(cancellationToken);
        if (heeftVersie && heeftTarief)
        {
            return;
        }

        var (versie, tarieven, naam) = start.Lees();
        if (!heeftVersie)
        {
            db.Beleidsversies.Add(versie);
        }

        if (!heeftTarief)
        {
            db.Abonnementstarieven.AddRange(tarieven);
        }

        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Referentiedata: beleid vastgelegd uit {Bron}", naam);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded at the same moment (unique ingangsdatum / tariff year): its rows stand.
            db.ChangeTracker.Clear();
        }
    }
}
