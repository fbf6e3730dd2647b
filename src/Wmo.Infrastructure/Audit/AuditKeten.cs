using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Audit;

public sealed record KetenControle(bool IsIntact, long AantalGecontroleerd, long? EersteFoutVolgnummer, string Uitleg);

/// <summary>Verifies the audit trail's hash chain from the first entry to the last.</summary>
public static class AuditKeten
{
    public const string Begin = "0000000000000000000000000000000000000000000000000000000000000000";

    public static async Task<KetenControle> ControleerAsync(WmoDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var vorige = Begin;
        long verwacht = 1;
        long aantal = 0;

        // Streamed in order, in pages, so a large trail does not need to fit in memory.
        const int pagina = 2000;
        long vanaf = 0;
        while (true)
        {
            var regels = await db.AuditTrail.AsNoTracking().Where(r => r.Volgnummer > vanaf).OrderBy(r => r.Volgnummer).Take(pagina).ToListAsync(cancellationToken);
            if (regels.Count == 0)
            {
                break;
            }

            var afwijkend = await AfwijkendeBetrokkenenAsync(db, regels, cancellationToken);
            foreach (var regel in regels)
            {
                var fout = Controleer(regel, verwacht, vorige)
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
        }

        // Links are checked per page of entries; one outside every page points to an entry that does not exist.
        if (await db.AuditBetrokkenen.AnyAsync(b => b.Volgnummer > vanaf || b.Volgnummer < 1, cancellationToken))
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
        // A link to a number between this page's entries that is no entry is a gap, which the chain loop reports itself.
        return [.. regels.Where(r => !(gevonden.GetValueOrDefault(r.Volgnummer) ?? []).SetEquals(r.BetrokkenInwoners())).Select(r => r.Volgnummer)];
    }

    private static string? Controleer(AuditRegel regel, long verwachtVolgnummer, string vorigeHash)
    {
        if (regel.Volgnummer != verwachtVolgnummer)
        {
            return $"Regel {verwachtVolgnummer} ontbreekt (verwijderd of verplaatst).";
        }

        if (regel.VorigeHash != vorigeHash)
        {
            return $"Regel {regel.Volgnummer} verwijst niet naar de hash van de vorige regel.";
        }

        return regel.Hash == AuditRegel.BerekenHash(regel.Canoniek()) ? null : $"Regel {regel.Volgnummer} is gewijzigd na het vastleggen.";
    }
}
