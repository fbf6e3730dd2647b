using System.Linq.Expressions;
using Wmo.Domain.Vragen;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// A phase of a vraag's running term as the werkvoorraad pages on it (issue 15, docs/performance.md, twenty-first round): the
/// onderzoekstermijn (no aanvraag yet), the beschikkingstermijn, the verdaagde beschikkingstermijn, each without a running
/// opschorting, and the vragen with one. Within one of the first three phases <see cref="Ondersteuningsvraag.NominaleEinddag"/>
/// is <see cref="Ondersteuningsvraag.LopendeTermijnVanafDag"/> plus the same length for every vraag, so the order of a
/// partial index on that day is the order of the term; a running opschorting makes the end move with today, so that phase is
/// sorted on the rule itself. Each phase has its own partial, covering index whose filter is the same test as
/// <see cref="InFase"/> on the domain's open statuses (<see cref="Ondersteuningsvraag.StatussenInBehandeling"/>).
/// </summary>
public sealed record Werkvoorraadfase(string Indexnaam, string Filter, Expression<Func<Ondersteuningsvraag, bool>> InFase, bool OpDeIndexGeordend)
{
    /// <summary>The open statuses as the filter of a partial index: SQLite uses the index when the query names the same list.</summary>
    private static readonly string Open = $"Status IN ({string.Join(", ", Ondersteuningsvraag.StatussenInBehandeling.Select(s => $"'{s}'"))})";

    public static Werkvoorraadfase Onderzoek { get; } = new("IX_Ondersteuningsvragen_Werkvoorraad_Onderzoek",
        $"{Open} AND Aanvraagdatum IS NULL AND LopendeTermijnOpgeschortSinds IS NULL",
        v => v.Aanvraagdatum == null && v.LopendeTermijnOpgeschortSinds == null, true);

    public static Werkvoorraadfase Beschikking { get; } = new("IX_Ondersteuningsvragen_Werkvoorraad_Beschikking",
        $"{Open} AND Aanvraagdatum IS NOT NULL AND VerdaagdTot IS NULL AND LopendeTermijnOpgeschortSinds IS NULL",
        v => v.Aanvraagdatum != null && v.VerdaagdTot == null && v.LopendeTermijnOpgeschortSinds == null, true);

    public static Werkvoorraadfase Verdaagd { get; } = new("IX_Ondersteuningsvragen_Werkvoorraad_Verdaagd",
        $"{Open} AND Aanvraagdatum IS NOT NULL AND VerdaagdTot IS NOT NULL AND LopendeTermijnOpgeschortSinds IS NULL",
        v => v.Aanvraagdatum != null && v.VerdaagdTot != null && v.LopendeTermijnOpgeschortSinds == null, true);

    public static Werkvoorraadfase Opgeschort { get; } = new("IX_Ondersteuningsvragen_Werkvoorraad_Opgeschort",
        $"{Open} AND LopendeTermijnOpgeschortSinds IS NOT NULL",
        v => v.LopendeTermijnOpgeschortSinds != null, false);

    /// <summary>The four phases; every open vraag is in exactly one.</summary>
    public static IReadOnlyList<Werkvoorraadfase> Alle { get; } = [Onderzoek, Beschikking, Verdaagd, Opgeschort];
}
