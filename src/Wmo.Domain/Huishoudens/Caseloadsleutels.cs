namespace Wmo.Domain.Huishoudens;

/// <summary>
/// What a vraag of a household contributes to the caseloads it is in: where it was asked, who handles it, and whether it
/// was picked up with the household closed (then it opens only itself, not the household).
/// </summary>
public readonly record struct CaseloadVraag(Guid BuurtkamerId, Guid? BehandelaarId, bool HuishoudenAfgeschermd);

/// <summary>
/// Need-to-know for the sociaal werker (DOMAIN.md §8): the keys that put a household in a caseload. A key is a buurtkamer
/// (every sociaal werker of that buurtkamer) or a sociaal werker's own account (as behandelaar or regievoerder). A sociaal
/// werker's caseload is every household with one of their keys: their buurtkamers and their own id. An inzage buiten eigen
/// caseload is not a key: it is personal and lapses on its own (issue 5).
/// </summary>
public static class Caseloadsleutels
{
    // DOMAIN.md §8 "sociaal werkers see their caseload and their buurtkamer"; 002 §2.3: the regievoerder keeps the household.
    public static IReadOnlySet<Guid> Van(Guid? regievoerderId, IEnumerable<CaseloadVraag> vragen)
    {
        ArgumentNullException.ThrowIfNull(vragen);
        var sleutels = new HashSet<Guid>();
        if (regievoerderId is { } regievoerder)
        {
            sleutels.Add(regievoerder);
        }

        foreach (var vraag in vragen.Where(v => !v.HuishoudenAfgeschermd))
        {
            sleutels.Add(vraag.BuurtkamerId);
            if (vraag.BehandelaarId is { } behandelaar)
            {
                sleutels.Add(behandelaar);
            }
        }

        return sleutels;
    }

    /// <summary>The keys a sociaal werker holds: their buurtkamers and their own account.</summary>
    public static IReadOnlyList<Guid> VanSociaalWerker(Guid gebruikerId, IEnumerable<Guid> buurtkamerIds) =>
        [.. buurtkamerIds.Append(gebruikerId).Distinct()];
}
