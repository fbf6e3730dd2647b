using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Audit;

public sealed record KetenControle(bool IsIntact, long AantalGecontroleerd, long? EersteFoutVolgnummer, string Uitleg)
{
    /// <summary>The outcome in one Dutch sentence or two, as the privacy page and <c>wmo audit controleer</c> say it.</summary>
    public string Melding => IsIntact ? $"In orde. {Uitleg}" : $"Niet in orde. {Uitleg} Gecontroleerd tot en met regel {AantalGecontroleerd}.";
}

/// <summary>How far a check is: <paramref name="Gecontroleerd"/> of the <paramref name="Totaal"/> entries there were when it started.</summary>
public readonly record struct KetenVoortgang(long Gecontroleerd, long Totaal);

/// <summary>Verifies the audit trail's hash chain from the first entry to the last.</summary>
public static class AuditKeten
{
    public const string Begin = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Entries read per query. Not larger: a list of 10,000 entries grows past 85 KB onto the large object heap, and the
    /// gen-2 collections that follow made the check slower (8.3 against 4.8 us CPU per entry; 500 to 2,000 are alike;
    /// docs/performance.md, twenty-ninth round part C).
    /// </summary>
    public const int StandaardPagina = 2_000;

    /// <summary>What the audit entries of a check are about.</summary>
    public const string Onderwerp = "Hashketen van de audittrail";

    /// <summary>The audit entry of a started check: reading the whole trail is recorded like any other read.</summary>
    public static AuditGebeurtenis Startgebeurtenis(string waar) => new(AuditActie.Inzien, Onderwerp, null, Details: $"Controle gestart ({waar})");

    /// <summary>
    /// The audit entry of a check's outcome; <paramref name="uitkomst"/> null when it did not finish (<paramref name="mislukt"/>
    /// says why). Geslaagd only when the chain is intact, so a broken chain or a failed check stands out in the trail.
    /// </summary>
    public static AuditGebeurtenis Uitkomstgebeurtenis(KetenControle? uitkomst, TimeSpan duur, string? mislukt = null) =>
        new(AuditActie.Inzien, Onderwerp, null,
            Details: uitkomst is null
                ? $"Controle niet afgemaakt: {mislukt}"
                : string.Create(CultureInfo.InvariantCulture, $"Controle afgerond in {duur.TotalSeconds:0} s: {uitkomst.Melding}"),
            Geslaagd: uitkomst?.IsIntact == true);

    /// <summary>
    /// Checks every entry up to the last one present when the check starts; entries appended while it runs are left to
    /// the next check (the portal goes on appending during a check of millions of entries). <paramref name="voortgang"/>
    /// hears after every page how many entries are checked.
    /// </summary>
    public static async Task<KetenControle> ControleerAsync(
        WmoDbContext db,
        CancellationToken cancellationToken = default,
        IProgress<KetenVoortgang>? voortgang = null,
        int pagina = StandaardPagina)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(pagina, 1);
        var grens = await db.AuditTrail.MaxAsync(r => (long?)r.Volgnummer, cancellationToken) ?? 0;
        var hasher = new AuditHasher();
        var vorige = Begin;
        long verwacht = 1;
        long aantal = 0;

        // Streamed in order, in pages, so a large trail does not need to fit in memory, and no read holds a snapshot (and so
        // SQLite's WAL) for the whole check.
        long vanaf = 0;
        while (vanaf < grens)
        {
            var regels = await db.AuditTrail.AsNoTracking()
                .Where(r => r.Volgnummer > vanaf && r.Volgnummer <= grens).OrderBy(r => r.Volgnummer).Take(pagina)
                .ToListAsync(cancellationToken);
            if (regels.Count == 0)
            {
                break;
            }

            var afwijkend = await AfwijkendeBetrokkenenAsync(db, regels, cancellationToken);
            foreach (var regel in regels)
            {
                var fout = Controleer(hasher, regel, verwacht, vorige)
                    ?? (afwijkend.Contains(regel.Volgnummer) ? $"Bij regel {regel.Volgnummer} klopt de index van getoonde inwoners niet met de regel (toegevoegd of verwijderd)." : null);
                if (fout is not null)
                {
                    return new KetenControle(false, aantal, regel.Volgnummer, fout);
                }

                vorige = regel.Hash;
                verwacht++;
                aantal++;
            }

            vanaf = regels[^1].Volgnummer;
            voortgang?.Report(new KetenVoortgang(aantal, grens));
        }

        // Links are checked per page of entries; one outside every page points to an entry that does not exist. An entry
        // appended after the check started is not checked, but a link to it points to an entry that exists.
        if (await db.AuditBetrokkenen.AnyAsync(b => b.Volgnummer < 1 || b.Volgnummer > vanaf && !db.AuditTrail.Any(r => r.Volgnummer == b.Volgnummer), cancellationToken))
        {
            return new KetenControle(false, aantal, vanaf + 1, "De index van getoonde inwoners verwijst naar een regel die niet bestaat.");
        }

        return new KetenControle(true, aantal, null, aantal == 0 ? "De audittrail is leeg." : $"Alle {aantal} regels zijn ongewijzigd.");
    }

    /// <summary>
    /// The entries of this page whose <see cref="AuditBetrokkene"/> rows differ from their sealed
    /// <see cref="AuditRegel.Betrokkenen"/>: a removed row would hide a search from the inwoner's overview, an added one
    /// would show a search that never showed them.
    /// </summary>
    private static async Task<HashSet<long>> AfwijkendeBetrokkenenAsync(WmoDbContext db, List<AuditRegel> regels, CancellationToken cancellationToken)
    {
        var eerste = regels[0].Volgnummer;
        var laatste = regels[^1].Volgnummer;
        var opgeslagen = await db.AuditBetrokkenen.AsNoTracking()
            .Where(b => b.Volgnummer >= eerste && b.Volgnummer <= laatste)
            .Select(b => new { b.Volgnummer, b.InwonerId })
            .ToListAsync(cancellationToken);
        var gevonden = opgeslagen.GroupBy(b => b.Volgnummer).ToDictionary(g => g.Key, g => g.Select(b => b.InwonerId).ToHashSet());
        // A link to a number between this page's entries that is no entry is a gap, which the chain loop reports itself. Most
        // entries show nobody and have no links: those cost one look-up.
        return [.. regels.Where(r => gevonden.TryGetValue(r.Volgnummer, out var index) ? !index.SetEquals(r.BetrokkenInwoners()) : r.Betrokkenen is not null)
            .Select(r => r.Volgnummer)];
    }

    private static string? Controleer(AuditHasher hasher, AuditRegel regel, long verwachtVolgnummer, string vorigeHash)
    {
        if (regel.Volgnummer != verwachtVolgnummer)
        {
            return $"Regel {verwachtVolgnummer} ontbreekt (verwijderd of verplaatst).";
        }

        if (regel.VorigeHash != vorigeHash)
        {
            return $"Regel {regel.Volgnummer} verwijst niet naar de hash van de vorige regel.";
        }

        return hasher.Klopt(regel) ? null : $"Regel {regel.Volgnummer} is gewijzigd na het vastleggen.";
    }
}
