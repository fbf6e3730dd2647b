using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Transitie;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Toegang;

/// <summary>What a save touches of the caseload index: households to rebuild, and inwoners whose name changed.</summary>
internal sealed record CaseloadAanraking(IReadOnlySet<Guid> Huishoudens, IReadOnlySet<Guid> Inwoners)
{
    public bool IsLeeg => Huishoudens.Count == 0 && Inwoners.Count == 0;
}

/// <summary>
/// Keeps the caseload index (<see cref="CaseloadHuishouden"/>, <see cref="CaseloadLid"/>) equal to what the vragen,
/// households, memberships and names say, in the same save and transaction as the change itself (issue 15). Every household a
/// save touches (also by adding or removing a legacy beschikking) is rebuilt whole with <see cref="Caseloadsleutels"/>: its state after the save is the database's state with
/// the tracked changes on top. Runs after the audit head is locked, so concurrent savers (which all lock it) rebuild one
/// after another from committed data. Idempotent: a retried save computes the same rows again.
/// </summary>
internal static class CaseloadOnderhoud
{
    private const string HuishoudenSleutel = "HuishoudenId";

    private static readonly string[] VraagVelden =
    [
        nameof(Ondersteuningsvraag.HuishoudenId), nameof(Ondersteuningsvraag.BuurtkamerId), nameof(Ondersteuningsvraag.BehandelaarId),
        nameof(Ondersteuningsvraag.HuishoudenAfgeschermd),
    ];

    /// <summary>The households and inwoners the pending changes touch (call after the changes have been detected).</summary>
    public static CaseloadAanraking Raakt(ChangeTracker tracker)
    {
        var huishoudens = new HashSet<Guid>();
        var inwoners = new HashSet<Guid>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Ondersteuningsvraag vraag when entry.State != EntityState.Modified || VraagVelden.Any(v => entry.Property(v).IsModified):
                    huishoudens.Add(vraag.HuishoudenId);
                    huishoudens.Add((Guid)entry.Property(nameof(Ondersteuningsvraag.HuishoudenId)).OriginalValue!);
                    break;
                case LegacyBeschikking legacy when entry.State != EntityState.Modified:
                    huishoudens.Add(legacy.HuishoudenId);
                    break;
                case Huishouden huishouden when entry.State != EntityState.Modified || entry.Property(nameof(Huishouden.RegievoerderId)).IsModified:
                    huishoudens.Add(huishouden.Id);
                    break;
                case Lidmaatschap:
                    var eigenaar = entry.Property(HuishoudenSleutel);
                    foreach (var waarde in new[] { eigenaar.CurrentValue, eigenaar.OriginalValue })
                    {
                        if (waarde is Guid id)
                        {
                            huishoudens.Add(id);
                        }
                    }

                    break;
                case Inwoner inwoner when entry.State == EntityState.Modified
                    && (entry.Property(nameof(Inwoner.ZoekAchternaam)).IsModified || entry.Property(nameof(Inwoner.Voornamen)).IsModified):
                    inwoners.Add(inwoner.Id);
                    break;
            }
        }

        return new CaseloadAanraking(huishoudens, inwoners);
    }

    /// <summary>Adds, removes and renames index rows in the change tracker, to be saved by the same save as the change.</summary>
    public static async Task WerkBijAsync(WmoDbContext db, CaseloadAanraking aanraking, CancellationToken cancellationToken)
    {
        var detecteer = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (aanraking.Huishoudens.Count > 0)
            {
                await HerbouwAsync(db, aanraking.Huishoudens, cancellationToken);
            }

            if (aanraking.Inwoners.Count > 0)
            {
                await HernoemAsync(db, aanraking.Inwoners, cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecteer;
        }
    }

    /// <summary>
    /// The rows of these households as they should be: per household its keys (<see cref="Caseloadsleutels.Van"/>), and per key
    /// its current members with their search name. From the database's rows with this save's tracked changes on top.
    /// </summary>
    private static async Task HerbouwAsync(WmoDbContext db, IReadOnlySet<Guid> raak, CancellationToken cancellationToken)
    {
        var ids = raak.ToList();
        var vragen = (await db.Ondersteuningsvragen.AsNoTracking().Where(v => ids.Contains(v.HuishoudenId))
                .Select(v => new { v.Id, v.HuishoudenId, v.BuurtkamerId, v.BehandelaarId, v.HuishoudenAfgeschermd })
                .ToListAsync(cancellationToken))
            .ToDictionary(v => v.Id, v => (v.HuishoudenId, Vraag: new CaseloadVraag(v.BuurtkamerId, v.BehandelaarId, v.HuishoudenAfgeschermd)));
        foreach (var entry in db.ChangeTracker.Entries<Ondersteuningsvraag>())
        {
            var vraag = entry.Entity;
            vragen.Remove(vraag.Id);
            if (entry.State != EntityState.Deleted && raak.Contains(vraag.HuishoudenId))
            {
                vragen[vraag.Id] = (vraag.HuishoudenId, new CaseloadVraag(vraag.BuurtkamerId, vraag.BehandelaarId, vraag.HuishoudenAfgeschermd));
            }
        }

        var huishoudens = (await db.Huishoudens.AsNoTracking().Where(h => ids.Contains(h.Id))
                .Select(h => new { h.Id, h.RegievoerderId, Leden = h.Lidmaatschappen.Where(l => l.Tot == null).Select(l => l.InwonerId).ToList() })
                .ToListAsync(cancellationToken))
            .ToDictionary(h => h.Id, h => (h.RegievoerderId, Leden: (IReadOnlyList<Guid>)h.Leden));
        foreach (var entry in db.ChangeTracker.Entries<Huishouden>().Where(e => raak.Contains(e.Entity.Id)))
        {
            var huishouden = entry.Entity;
            huishoudens.Remove(huishouden.Id);
            if (entry.State != EntityState.Deleted)
            {
                huishoudens[huishouden.Id] = (huishouden.RegievoerderId, huishouden.Lidmaatschappen.Where(l => l.Tot is null).Select(l => l.InwonerId).ToList());
            }
        }

        var metLegacy = (await db.LegacyBeschikkingen.AsNoTracking().Where(b => ids.Contains(b.HuishoudenId))
            .Select(b => new { b.Id, b.HuishoudenId }).ToListAsync(cancellationToken)).ToDictionary(b => b.Id, b => b.HuishoudenId);
        foreach (var entry in db.ChangeTracker.Entries<LegacyBeschikking>())
        {
            metLegacy.Remove(entry.Entity.Id);
            if (entry.State != EntityState.Deleted && raak.Contains(entry.Entity.HuishoudenId))
            {
                metLegacy[entry.Entity.Id] = entry.Entity.HuishoudenId;
            }
        }

        var legacyHuishoudens = metLegacy.Values.ToHashSet();
        var namen = await NamenAsync(db, huishoudens.Values.SelectMany(h => h.Leden).Distinct().ToList(), cancellationToken);
        var vragenPerHuishouden = vragen.Values.ToLookup(v => v.HuishoudenId, v => v.Vraag);
        var gewenst = new Dictionary<(Guid, Guid), CaseloadHuishouden>();
        var gewenstLeden = new Dictionary<(Guid, Guid, Guid), CaseloadLid>();
        foreach (var (id, (regievoerder, leden)) in huishoudens)
        {
            var metNaam = leden.Where(namen.ContainsKey).Select(l => new CaseloadLidNaam(l, namen[l].ZoekAchternaam, namen[l].Voornamen)).ToList();
            var (rijen, ledenrijen) = CaseloadRijen.Van(id, regievoerder, vragenPerHuishouden[id], metNaam, legacyHuishoudens.Contains(id));
            rijen.ForEach(r => gewenst[(r.SleutelId, r.HuishoudenId)] = r);
            ledenrijen.ForEach(r => gewenstLeden[(r.SleutelId, r.HuishoudenId, r.InwonerId)] = r);
        }

        await db.CaseloadHuishoudens.Where(c => ids.Contains(c.HuishoudenId)).LoadAsync(cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries<CaseloadHuishouden>().Where(e => raak.Contains(e.Entity.HuishoudenId)).ToList())
        {
            var houden = gewenst.Remove((entry.Entity.SleutelId, entry.Entity.HuishoudenId), out var gewenstHuishouden);
            Houd(entry, houden);
            if (houden && entry.Entity.MetLegacyBeschikking != gewenstHuishouden!.MetLegacyBeschikking)
            {
                entry.Entity.MetLegacyBeschikking = gewenstHuishouden.MetLegacyBeschikking;
                if (entry.State == EntityState.Unchanged)
                {
                    entry.State = EntityState.Modified;
                }
            }
        }

        db.CaseloadHuishoudens.AddRange(gewenst.Values);

        await db.CaseloadLeden.Where(c => ids.Contains(c.HuishoudenId)).LoadAsync(cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries<CaseloadLid>().Where(e => raak.Contains(e.Entity.HuishoudenId)).ToList())
        {
            var lid = entry.Entity;
            var sleutel = (lid.SleutelId, lid.HuishoudenId, lid.InwonerId);
            var houden = gewenstLeden.Remove(sleutel, out var gewenstLid);
            Houd(entry, houden);
            if (houden)
            {
                Noem(entry, new Naam(gewenstLid!.ZoekAchternaam, gewenstLid.Voornamen));
            }
        }

        db.CaseloadLeden.AddRange(gewenstLeden.Values);
    }

    /// <summary>A name changed without a change of household: the index rows of that inwoner get the new name.</summary>
    private static async Task HernoemAsync(WmoDbContext db, IReadOnlySet<Guid> inwoners, CancellationToken cancellationToken)
    {
        var ids = inwoners.ToList();
        var namen = await NamenAsync(db, ids, cancellationToken);
        await db.CaseloadLeden.Where(c => ids.Contains(c.InwonerId)).LoadAsync(cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries<CaseloadLid>().Where(e => inwoners.Contains(e.Entity.InwonerId)))
        {
            if (entry.State != EntityState.Deleted && namen.TryGetValue(entry.Entity.InwonerId, out var naam))
            {
                Noem(entry, naam);
            }
        }
    }

    /// <summary>The names of these inwoners after the save.</summary>
    private static async Task<Dictionary<Guid, Naam>> NamenAsync(WmoDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var namen = ids.Count == 0 ? [] : await db.Inwoners.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.ZoekAchternaam, i.Voornamen }).ToDictionaryAsync(i => i.Id, i => new Naam(i.ZoekAchternaam, i.Voornamen), cancellationToken);
        var gezocht = ids.ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<Inwoner>().Where(e => gezocht.Contains(e.Entity.Id)))
        {
            if (entry.State == EntityState.Deleted)
            {
                namen.Remove(entry.Entity.Id);
            }
            else
            {
                namen[entry.Entity.Id] = new Naam(entry.Entity.ZoekAchternaam, entry.Entity.Voornamen);
            }
        }

        return namen;
    }

    /// <summary>Gives an index row the inwoner's name after the save (marked as changed only when it differs).</summary>
    private static void Noem(EntityEntry<CaseloadLid> entry, Naam? naam)
    {
        if (naam is not { } nieuw || (entry.Entity.ZoekAchternaam == nieuw.ZoekAchternaam && entry.Entity.Voornamen == nieuw.Voornamen))
        {
            return;
        }

        entry.Entity.ZoekAchternaam = nieuw.ZoekAchternaam;
        entry.Entity.Voornamen = nieuw.Voornamen;
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }

    private readonly record struct Naam(string ZoekAchternaam, string Voornamen);

    /// <summary>Keeps a row that is still wanted (also one a failed attempt marked for removal) or removes one that is not.</summary>
    private static void Houd(EntityEntry entry, bool houden)
    {
        if (houden)
        {
            if (entry.State == EntityState.Deleted)
            {
                entry.State = EntityState.Unchanged;
            }
        }
        else
        {
            entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
        }
    }
}
