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

            foreach (var regel in regels)
            {
                var fout = Controleer(regel, verwacht, vorige);
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

        return new KetenControle(true, aantal, null, aantal == 0 ? "De audittrail is leeg." : $"Alle {aantal} regels zijn ongewijzigd.");
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
