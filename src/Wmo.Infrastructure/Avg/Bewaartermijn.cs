using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Wmo.Domain.Huishoudens;
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
        var grens = Bewaarregel.Grens(vandaag, TermijnJaren);
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
        VerlopenHuishoudens(Bewaarregel.Grens(DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime), TermijnJaren)).CountAsync(cancellationToken);

    private Task<List<Guid>> VerlopenHuishoudensAsync(DateOnly grens, CancellationToken cancellationToken) =>
        VerlopenHuishoudens(grens).ToListAsync(cancellationToken);

    /// <summary>
    /// The households whose term has passed (<see cref="Bewaarregel"/>, the rule in the domain). Candidates come from their
    /// old vragen through the indexes on AfgeslotenOp, UitkomstDatum and Meldingsdatum (<see cref="Bewaarregel.KanVerlopenZijn"/>);
    /// only those are tested through their own rows. The cost follows the old dossiers still kept, not the number of
    /// households in the gemeente (issue 15, docs/performance.md: a test of every household took seconds on amsterdam).
    /// </summary>
    private IQueryable<Guid> VerlopenHuishoudens(DateOnly grens)
    {
        // One branch per date (UNION ALL): SQLite searches each index, where one OR over the three made it scan the vragen.
        var kandidaten = Bewaarregel.KanVerlopenZijn(grens)
            .Select(oud => db.Ondersteuningsvragen.Where(oud).Select(v => v.HuishoudenId))
            .Aggregate((a, b) => a.Concat(b));
        var vragenDieVasthouden = db.Ondersteuningsvragen.Where(Bewaarregel.VraagHoudtVast(grens));
        var beschikkingenDieVasthouden = db.Beschikkingen.Where(Bewaarregel.BeschikkingHoudtVast(grens));
        var legacyDieVasthoudt = db.LegacyBeschikkingen.Where(Bewaarregel.LegacyHoudtVast(grens));
        return db.Huishoudens
            .Where(h => kandidaten.Contains(h.Id))
            .Where(Bewaarregel.ZonderActiefPlan)
            .Where(h => !vragenDieVasthouden.Any(v => v.HuishoudenId == h.Id))
            .Where(h => !db.Ondersteuningsvragen.Any(v => v.HuishoudenId == h.Id && beschikkingenDieVasthouden.Any(b => b.VraagId == v.Id)))
            .Where(h => !legacyDieVasthoudt.Any(l => l.HuishoudenId == h.Id))
            .Select(h => h.Id);
    }
}
