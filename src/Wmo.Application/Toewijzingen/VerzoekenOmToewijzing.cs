using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Persistence;
using Wmo.Domain.Huishoudens;

namespace Wmo.Application.Toewijzingen;

/// <summary>An open verzoek om toewijzing as the werkvoorraad lists it.</summary>
public sealed record VerzoekRegel(Guid Id, string Inwoner, string Aanbieder, DateOnly OntvangenOp, DateOnly GewensteIngangsdatum, bool VoorBuurtkamer);

/// <summary>A vraag of the client with a verwijzing to the aanbieder that asked: a toewijzing on it answers the verzoek.</summary>
public sealed record VerwijzingKeuze(Guid VraagId, string VoorzieningCode, DateOnly? UitkomstDatum);

/// <summary>
/// WMO315 verzoek om toewijzing (DOMAIN.md §7; 002 §2.3, §5.3): a work item for the household's regievoerder, or for the sociaal
/// werkers of the household's buurtkamer when it has none. It is handled by a toewijzing on the client's verwijzing to that
/// aanbieder (which leaves as a WMO301) or by a refusal with its reason.
/// </summary>
[UseCase]
public sealed class VerzoekenOmToewijzing(WmoDbContext db, ToewijzingMaken maken, TimeProvider klok)
{
    /// <summary>A verzoek is this sociaal werker's as the household's regievoerder, or through a buurtkamer when it has none (002 §2.3).</summary>
    private static readonly Expression<Func<VerzoekOmToewijzing, Guid, List<Guid>, bool>> IsVan = (v, gebruikerId, buurtkamerIds) =>
        v.RegievoerderId == gebruikerId || (v.RegievoerderId == null && v.BuurtkamerId != null && buurtkamerIds.Contains(v.BuurtkamerId.Value));

    // Compiled once: the werkvoorraad runs it on every view (issue 15, docs/performance.md, sixteenth round).
    private static readonly PerModel<Func<WmoDbContext, Guid, List<Guid>, IAsyncEnumerable<VerzoekRegel>>> OpenVan = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, List<Guid>, IQueryable<VerzoekRegel>>>((db, gebruikerId, buurtkamerIds) =>
            db.VerzoekenOmToewijzing
                .Where(v => v.AfgehandeldOp == null && IsVan.Met(v, gebruikerId, buurtkamerIds))
                .OrderBy(v => v.OntvangenOp).ThenBy(v => v.Id)
                .Select(v => new VerzoekRegel(
                    v.Id,
                    db.Inwoners.Where(i => i.Id == v.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).FirstOrDefault() ?? "–",
                    db.Organisaties.Where(o => o.Id == v.AanbiederId).Select(o => o.Naam).FirstOrDefault() ?? "–",
                    v.OntvangenOp,
                    v.GewensteIngangsdatum,
                    v.RegievoerderId == null)))));

    /// <summary>The open verzoeken that are this sociaal werker's: as regievoerder, or through a buurtkamer when there is no regievoerder.</summary>
    public async Task<IReadOnlyList<VerzoekRegel>> OpenVoorAsync(Guid gebruikerId, IReadOnlyCollection<Guid> buurtkamerIds, CancellationToken ct = default)
    {
        var regels = new List<VerzoekRegel>();
        await foreach (var regel in OpenVan.Voor(db)(db, gebruikerId, [.. buurtkamerIds]).WithCancellation(ct))
        {
            regels.Add(regel);
        }

        return regels;
    }

    /// <summary>One verzoek, only when it is this sociaal werker's (otherwise null: a 404, never someone else's work item).</summary>
    public Task<VerzoekOmToewijzing?> VindAsync(Guid id, Guid gebruikerId, IReadOnlyCollection<Guid> buurtkamerIds, CancellationToken ct = default) =>
        Voor(gebruikerId, buurtkamerIds).SingleOrDefaultAsync(v => v.Id == id, ct);

    /// <summary>The client's vragen with a verwijzing to the aanbieder that asked.</summary>
    public async Task<IReadOnlyList<VerwijzingKeuze>> VerwijzingenAsync(VerzoekOmToewijzing verzoek, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        return await db.Ondersteuningsvragen.AsNoTracking()
            .Where(v => v.InwonerId == verzoek.InwonerId && v.Uitkomst != null && v.Uitkomst.Soort == UitkomstSoort.AanvullendViaVerwijzing && v.Uitkomst.AanbiederId == verzoek.AanbiederId)
            .OrderByDescending(v => v.UitkomstDatum)
            .Select(v => new VerwijzingKeuze(v.Id, v.Uitkomst!.VoorzieningCode!, v.UitkomstDatum))
            .ToListAsync(ct);
    }

    /// <summary>Answers the verzoek with a toewijzing on the client's verwijzing to that aanbieder; both are saved together.</summary>
    public Task<Toewijzing> ToewijzenAsync(VerzoekOmToewijzing verzoek, Guid vraagId, Omvang omvang, Periode periode, Actor sociaalWerker, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        return db.InTransactieAsync(async token =>
        {
            var geladen = await db.VerzoekenOmToewijzing.SingleAsync(v => v.Id == verzoek.Id, token); // loaded inside: a retry starts clean
            var verwijzingen = await VerwijzingenAsync(geladen, token);
            // 002 §5.3: the toewijzing goes to the aanbieder that asked, for this client, on a verwijzing the basisondersteuning made.
            Regel.Eis(verwijzingen.Any(v => v.VraagId == vraagId), Regelnamen.VerzoekPastBijVerwijzing,
                "Kies een verwijzing van deze inwoner naar de aanbieder die het verzoek deed.");
            var toewijzing = await maken.OpVerwijzingAsync(vraagId, omvang, periode, sociaalWerker, token);
            geladen.HandelAf(sociaalWerker, $"Toegewezen met toewijzing {toewijzing.Nummer.Value}.", Gemeentetijd.Vandaag(klok));
            db.Bewaar(geladen);
            await db.SaveChangesAsync(token);
            return toewijzing;
        }, ct);
    }

    /// <summary>Refuses the verzoek with the reason the aanbieder is told.</summary>
    public async Task AfwijzenAsync(VerzoekOmToewijzing verzoek, string reden, Actor sociaalWerker, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        verzoek.HandelAf(sociaalWerker, "Afgewezen: " + Regel.VerplichteTekst(reden, Regelnamen.VerzoekAfhandelingBeschreven, "Beschrijf waarom het verzoek is afgewezen."), Gemeentetijd.Vandaag(klok));
        db.Bewaar(verzoek);
        await db.SaveChangesAsync(ct);
    }

    private IQueryable<VerzoekOmToewijzing> Voor(Guid gebruikerId, IReadOnlyCollection<Guid> buurtkamerIds)
    {
        List<Guid> kamers = [.. buurtkamerIds];
        return db.VerzoekenOmToewijzing.Where(Invoegen.Vouw<Func<VerzoekOmToewijzing, bool>>(v => IsVan.Met(v, gebruikerId, kamers)));
    }
}
