using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Avg;

public sealed record OpschoonResultaat(DateOnly Peildatum, int Huishoudens, int Inwoners, int Vragen);

/// <summary>
/// Removes dossiers whose retention period has passed (AVG art. 5 lid 1 sub e): a household whose vragen are
/// all closed, with no running beschikking, plan, klacht or bezwaar, and whose last closure lies more than
/// <c>Bewaren:TermijnJaren</c> years back. Each run is itself recorded in the audit trail, and every removed
/// record is audited like any other removal.
/// </summary>
public sealed class Bewaartermijn(WmoDbContext db, IConfiguration configuration, TimeProvider klok)
{
    /// <summary>Default 15 years after the last closed vraag; the gemeente's archivist confirms the real term.</summary>
    public int TermijnJaren => configuration.GetValue("Bewaren:TermijnJaren", 15);

    public async Task<OpschoonResultaat> OpschonenAsync(CancellationToken cancellationToken = default)
    {
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var grens = vandaag.AddYears(-TermijnJaren);
        var kandidaten = await VerlopenHuishoudensAsync(grens, cancellationToken);

        var huishoudens = await db.Huishoudens.Where(h => kandidaten.Contains(h.Id)).ToListAsync(cancellationToken);
        var vragen = await db.Ondersteuningsvragen.Where(v => kandidaten.Contains(v.HuishoudenId)).ToListAsync(cancellationToken);
        var vraagIds = vragen.Select(v => v.Id).ToList();
        var contactIds = vragen.Where(v => v.EersteContactId != null).Select(v => v.EersteContactId!.Value).ToList();
        var beschikkingen = await db.Beschikkingen.Where(b => vraagIds.Contains(b.VraagId)).ToListAsync(cancellationToken);
        var beschikkingIds = beschikkingen.Select(b => b.Id).ToList();
        var inwonerIds = huishoudens.SelectMany(h => h.Lidmaatschappen.Select(l => l.InwonerId)).Distinct().ToList();
        var inwonersElders = await db.Huishoudens.Where(h => !kandidaten.Contains(h.Id))
            .SelectMany(h => h.Lidmaatschappen.Select(l => l.InwonerId)).Where(id => inwonerIds.Contains(id)).Distinct().ToListAsync(cancellationToken);
        var inwoners = await db.Inwoners.Where(i => inwonerIds.Contains(i.Id) && !inwonersElders.Contains(i.Id)).ToListAsync(cancellationToken);

        db.Bezwaren.RemoveRange(await db.Bezwaren.Where(b => beschikkingIds.Contains(b.BeschikkingId)).ToListAsync(cancellationToken));
        db.Klachten.RemoveRange(await db.Klachten.Where(k => kandidaten.Contains(k.HuishoudenId)).ToListAsync(cancellationToken));
        db.Beschikkingen.RemoveRange(beschikkingen);
        db.Adviezen.RemoveRange(await db.Adviezen.Where(a => vraagIds.Contains(a.VraagId)).ToListAsync(cancellationToken));
        db.Ondersteuningsplannen.RemoveRange(await db.Ondersteuningsplannen.Where(p => kandidaten.Contains(p.HuishoudenId)).ToListAsync(cancellationToken));
        db.Ondersteuningsvragen.RemoveRange(vragen);
        db.EersteContacten.RemoveRange(await db.EersteContacten.Where(c => contactIds.Contains(c.Id)).ToListAsync(cancellationToken));
        db.LegacyBeschikkingen.RemoveRange(await db.LegacyBeschikkingen.Where(l => kandidaten.Contains(l.HuishoudenId)).ToListAsync(cancellationToken));
        db.LidAanmeldingen.RemoveRange(await db.LidAanmeldingen
            .Where(a => kandidaten.Contains(a.HuishoudenId) || (a.VrijgevendHuishoudenId != null && kandidaten.Contains(a.VrijgevendHuishoudenId.Value))).ToListAsync(cancellationToken));
        db.Huishoudens.RemoveRange(huishoudens);
        db.Inwoners.RemoveRange(inwoners);

        var resultaat = new OpschoonResultaat(vandaag, huishoudens.Count, inwoners.Count, vragen.Count);
        db.LegVast(new AuditGebeurtenis(AuditActie.Opschonen, "Bewaartermijn", null,
            Details: $"Bewaartermijn {TermijnJaren} jaar (grens {grens:yyyy-MM-dd}): {resultaat.Huishoudens} huishoudens, {resultaat.Inwoners} inwoners, {resultaat.Vragen} vragen verwijderd"));
        await db.SaveChangesAsync(cancellationToken);
        return resultaat;
    }

    /// <summary>How many households a run would remove now (for the confirmation page): counted in SQL, no ids loaded.</summary>
    public Task<int> TelVerlopenAsync(CancellationToken cancellationToken = default) =>
        VerlopenHuishoudens(DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime).AddYears(-TermijnJaren)).CountAsync(cancellationToken);

    private Task<List<Guid>> VerlopenHuishoudensAsync(DateOnly grens, CancellationToken cancellationToken) =>
        VerlopenHuishoudens(grens).ToListAsync(cancellationToken);

    /// <summary>
    /// Each household is tested through its own rows (vragen by HuishoudenId, beschikkingen by VraagId, legacy
    /// beschikkingen by HuishoudenId: all indexed), instead of NOT IN lists built from every vraag and beschikking of
    /// the gemeente (issue 15, docs/performance.md).
    /// </summary>
    private IQueryable<Guid> VerlopenHuishoudens(DateOnly grens) =>
        db.Huishoudens
            .Where(h => h.ActiefPlanId == null)
            .Where(h => db.Ondersteuningsvragen.Any(v => v.HuishoudenId == h.Id))
            .Where(h => !db.Ondersteuningsvragen.Any(v => v.HuishoudenId == h.Id
                && ((v.Status != VraagStatus.Afgesloten && v.Status != VraagStatus.Beschikt)
                    || (v.AfgeslotenOp ?? v.UitkomstDatum ?? v.Meldingsdatum) >= grens
                    || db.Beschikkingen.Any(b => b.VraagId == v.Id && (b.Einddatum == null || b.Einddatum >= grens)))))
            .Where(h => !db.LegacyBeschikkingen.Any(l => l.HuishoudenId == h.Id && l.Einddatum >= grens))
            .Select(h => h.Id);
}
