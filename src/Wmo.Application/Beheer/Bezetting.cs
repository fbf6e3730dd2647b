using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Beheer;

/// <summary>
/// Which open buurtkamers have no active sociaal werker: first contacts recorded there reach nobody's werkvoorraad
/// (a werkvoorraad shows the contacts of the sociaal werker's own buurtkamers, DOMAIN.md §8).
/// </summary>
public static class Bezetting
{
    public static IQueryable<Buurtkamer> ZonderSociaalWerker(WmoDbContext db)
    {
        var actieveSociaalWerkers =
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            join u in db.Users on ur.UserId equals u.Id
            where r.Name == Rollen.SociaalWerker && u.IsActief
            select u.Id;
        var bezet = db.GebruikerBuurtkamers.Where(gb => actieveSociaalWerkers.Contains(gb.GebruikerId)).Select(gb => gb.BuurtkamerId);
        return db.Buurtkamers.AsNoTracking().Where(b => b.IsActief && !bezet.Contains(b.Id));
    }

    /// <summary>
    /// After a role change or deactivation: the kamers this change left without a sociaal werker, with where their
    /// waiting contacts are now, and how many open vragen still carry the person's name. Null when nothing is left uncovered.
    /// </summary>
    public static async Task<string?> WaarschuwingAsync(WmoDbContext db, Guid gebruikerId, string naam, IReadOnlyCollection<Guid> kamersVoor)
    {
        if (kamersVoor.Count == 0)
        {
            return null;
        }

        var leeg = await ZonderSociaalWerker(db).Where(b => kamersVoor.Contains(b.Id)).Select(b => new { b.Id, b.Naam }).ToListAsync();
        if (leeg.Count == 0)
        {
            return null;
        }

        var leegIds = leeg.Select(b => b.Id).ToList();
        var wachtend = await db.EersteContacten.CountAsync(c => leegIds.Contains(c.BuurtkamerId) && c.OndersteuningsvraagId == null);
        var openVragen = await db.Ondersteuningsvragen.Where(Ondersteuningsvraag.InBehandeling).CountAsync(v => v.BehandelaarId == gebruikerId);
        var kamers = string.Join(" en ", leeg.Select(b => b.Naam).Order(StringComparer.CurrentCulture));
        return $"Let op: {kamers} {(leeg.Count == 1 ? "heeft" : "hebben")} nu geen actieve sociaal werker. "
            + wachtend switch
            {
                0 => "Er wachten daar geen eerste contacten. ",
                1 => "Het wachtende eerste contact blijft bij de buurtkamer staan, maar geen sociaal werker ziet het tot u er een koppelt. ",
                _ => $"De {wachtend} wachtende eerste contacten blijven bij de buurtkamer staan, maar geen sociaal werker ziet ze tot u er een koppelt. ",
            }
            + (openVragen == 0 ? string.Empty : $"{openVragen} open {(openVragen == 1 ? "ondersteuningsvraag staat" : "ondersteuningsvragen staan")} nog op naam van {naam}; draag ze over. ")
            + "Koppel een sociaal werker via Wijzigen bij een gebruiker.";
    }

    /// <summary>The kamers this user covers as an active sociaal werker now (before a change).</summary>
    public static async Task<List<Guid>> KamersAlsSociaalWerkerAsync(WmoDbContext db, Guid gebruikerId)
    {
        var isActieveSociaalWerker = await (from ur in db.UserRoles
                                            join r in db.Roles on ur.RoleId equals r.Id
                                            join u in db.Users on ur.UserId equals u.Id
                                            where ur.UserId == gebruikerId && r.Name == Rollen.SociaalWerker && u.IsActief
                                            select u.Id).AnyAsync();
        return isActieveSociaalWerker
            ? await db.GebruikerBuurtkamers.AsNoTracking().Where(gb => gb.GebruikerId == gebruikerId).Select(gb => gb.BuurtkamerId).ToListAsync()
            : [];
    }
}
