using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.Vragen;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// How often what a werkvoorraad shows has changed, per key: a behandelaar (their open vragen, the adviezen sent back to them,
/// the verzoeken om toewijzing they are regievoerder for), a buurtkamer (its new first contacts and its verzoeken without a
/// regievoerder) and <see cref="Algemeen"/> (names of inwoners and aanbieders, removed households). Every save that changes
/// such a row raises the stand of its keys in the same transaction (<see cref="WerkvoorraadstandOnderhoud"/>), so a
/// werkvoorraad kept between requests is valid exactly while the stands it was read under are unchanged, on every instance
/// of the portal (issue 15, docs/performance.md, eenendertigste ronde).
/// </summary>
public sealed class Werkvoorraadstand
{
    /// <summary>The key every werkvoorraad reads: changes that are not one behandelaar's or buurtkamer's.</summary>
    public static readonly Guid Algemeen = Guid.Empty;

    public Werkvoorraadstand(Guid sleutel, long stand)
    {
        Sleutel = sleutel;
        Stand = stand;
    }

    /// <summary>A behandelaar's user id, a buurtkamer's id, or <see cref="Algemeen"/>.</summary>
    public Guid Sleutel { get; private set; }

    public long Stand { get; private set; }
}

/// <summary>
/// Raises the <see cref="Werkvoorraadstand"/> of every key a save touches, in that save's transaction and after the audit head
/// is locked (as <c>CaseloadOnderhoud</c>). Every change of the portal and the command line goes through
/// <see cref="WmoDbContext.SaveChangesAsync(bool, CancellationToken)"/>; the seeder, which writes rows directly, raises
/// <see cref="Werkvoorraadstand.Algemeen"/> when it is done.
/// </summary>
internal static class WerkvoorraadstandOnderhoud
{
    private static readonly string[] NaamVelden = [nameof(Inwoner.Voornamen), nameof(Inwoner.Achternaam)];

    /// <summary>The keys whose werkvoorraad the pending changes alter, and the vragen whose behandelaar must be looked up.</summary>
    public static (HashSet<Guid> Sleutels, HashSet<Guid> VraagIds) Raakt(ChangeTracker tracker)
    {
        var sleutels = new HashSet<Guid>();
        var vraagIds = new HashSet<Guid>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Ondersteuningsvraag:
                    VoegToe(sleutels, entry, nameof(Ondersteuningsvraag.BehandelaarId));
                    break;
                case EersteContact contact:
                    VoegToe(sleutels, entry, nameof(EersteContact.BuurtkamerId));
                    // Its signaal shows on the row of the vraag made from it.
                    if (contact.OndersteuningsvraagId is { } vraagId)
                    {
                        vraagIds.Add(vraagId);
                    }

                    break;
                case VerzoekOmToewijzing:
                    VoegToe(sleutels, entry, nameof(VerzoekOmToewijzing.RegievoerderId));
                    VoegToe(sleutels, entry, nameof(VerzoekOmToewijzing.BuurtkamerId));
                    break;
                case Inwoner when entry.State == EntityState.Deleted || NaamVelden.Any(v => entry.Property(v).IsModified):
                case Organisatie when entry.State == EntityState.Deleted || entry.Property(nameof(Organisatie.Naam)).IsModified:
                case Huishouden when entry.State == EntityState.Deleted:
                    sleutels.Add(Werkvoorraadstand.Algemeen);
                    break;
            }
        }

        return (sleutels, vraagIds);
    }

    /// <summary>Raises the stands of these keys (and of the behandelaars of these vragen) by one, adding the keys that have none yet.</summary>
    public static async Task VerhoogAsync(WmoDbContext db, HashSet<Guid> sleutels, HashSet<Guid> vraagIds, CancellationToken cancellationToken)
    {
        if (vraagIds.Count > 0)
        {
            List<Guid> ids = [.. vraagIds];
            var behandelaars = await db.Ondersteuningsvragen.AsNoTracking().Where(v => ids.Contains(v.Id) && v.BehandelaarId != null)
                .Select(v => v.BehandelaarId!.Value).ToListAsync(cancellationToken);
            sleutels.UnionWith(behandelaars);
        }

        if (sleutels.Count == 0)
        {
            return;
        }

        List<Guid> lijst = [.. sleutels];
        var verhoogd = await db.Werkvoorraadstanden.Where(s => lijst.Contains(s.Sleutel))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Stand, x => x.Stand + 1), cancellationToken);
        if (verhoogd == lijst.Count)
        {
            return;
        }

        var bestaand = await db.Werkvoorraadstanden.AsNoTracking().Where(s => lijst.Contains(s.Sleutel)).Select(s => s.Sleutel).ToListAsync(cancellationToken);
        foreach (var nieuw in lijst.Except(bestaand).Where(s => db.Werkvoorraadstanden.Local.All(l => l.Sleutel != s)))
        {
            db.Werkvoorraadstanden.Add(new Werkvoorraadstand(nieuw, 1));
        }
    }

    private static void VoegToe(HashSet<Guid> sleutels, EntityEntry entry, string eigenschap)
    {
        var property = entry.Property(eigenschap);
        foreach (var waarde in new[] { property.CurrentValue, property.OriginalValue })
        {
            if (waarde is Guid id)
            {
                sleutels.Add(id);
            }
        }
    }
}
