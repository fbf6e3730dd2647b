using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Infrastructure.Avg;

/// <summary>
/// Everything the portal stores about one inwoner (AVG art. 15): personal details, households and
/// memberships, first contacts, vragen with gesprekken and afweging, plans, adviezen, beschikkingen,
/// bezwaren and klachten. Read-only; the export itself is recorded in the audit trail.
/// </summary>
public sealed class InzageExport(WmoDbContext db, GebundeldeAuditSchrijver audit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new BsnVoluit() },
    };

    public async Task<InzageDossier?> VerzamelAsync(Guid inwonerId, CancellationToken cancellationToken = default)
    {
        var inwoner = await db.Inwoners.AsNoTracking().SingleOrDefaultAsync(i => i.Id == inwonerId, cancellationToken);
        if (inwoner is null)
        {
            return null;
        }

        // Only the person's own data (issue 9): the households with the periods they were a member, and of those households
        // only what happened while they belonged to it and was not about someone else.
        var huishoudens = await db.Huishoudens.AsNoTracking().Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId)).ToListAsync(cancellationToken);
        var eigen = huishoudens.Select(h => new InzageHuishouden(h.Id, h.Naam, [.. h.Lidmaatschappen.Where(l => l.InwonerId == inwonerId).Select(l => l.Periode)])).ToList();
        var huishoudenIds = eigen.Select(h => h.Id).ToList();
        bool TijdensLidmaatschap(Guid huishoudenId, DateOnly datum) => eigen.Single(h => h.Id == huishoudenId).Lidmaatschap.Any(p => p.Bevat(datum));

        var vragen = await db.Ondersteuningsvragen.AsNoTracking().Where(v => v.InwonerId == inwonerId).ToListAsync(cancellationToken);
        var vraagIds = vragen.Select(v => v.Id).ToList();
        var contactIds = vragen.Where(v => v.EersteContactId != null).Select(v => v.EersteContactId!.Value).ToList();
        var beschikkingen = await db.Beschikkingen.AsNoTracking().Where(b => b.InwonerId == inwonerId).ToListAsync(cancellationToken);
        var beschikkingIds = beschikkingen.Select(b => b.Id).ToList();
        var plannen = (await db.Ondersteuningsplannen.AsNoTracking().Where(p => huishoudenIds.Contains(p.HuishoudenId)).ToListAsync(cancellationToken))
            .Where(p => TijdensLidmaatschap(p.HuishoudenId, p.OpgesteldOp))
            .Select(p => new InzagePlan(p.OpgesteldOp, p.Status, [.. p.Doelen.Where(d => d.InwonerId is null || d.InwonerId == inwonerId)]))
            .ToList();
        var klachten = (await db.Klachten.AsNoTracking().Where(k => huishoudenIds.Contains(k.HuishoudenId)).ToListAsync(cancellationToken))
            .Where(k => TijdensLidmaatschap(k.HuishoudenId, k.OntvangenOp))
            .ToList();

        var dossier = new InzageDossier(
            inwoner,
            eigen,
            await db.EersteContacten.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToListAsync(cancellationToken),
            vragen,
            plannen,
            await db.Adviezen.AsNoTracking().Where(a => vraagIds.Contains(a.VraagId)).ToListAsync(cancellationToken),
            beschikkingen,
            await db.Bezwaren.AsNoTracking().Where(b => beschikkingIds.Contains(b.BeschikkingId)).ToListAsync(cancellationToken),
            klachten,
            await db.LegacyBeschikkingen.AsNoTracking().Where(l => l.InwonerId == inwonerId).ToListAsync(cancellationToken),
            // Registrations of this person for a household (lid toevoegen), by BSN or by the person once known: their own data.
            await db.LidAanmeldingen.AsNoTracking().Where(a => a.InwonerId == inwonerId || a.Bsn == inwoner.Bsn).OrderBy(a => a.Id).ToListAsync(cancellationToken)); // version-7 ids: in time order

        await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Exporteren, "Inzage-export", inwoner.Id.ToString(), inwoner.Id, Details: "Alle gegevens (AVG art. 15)"), cancellationToken);
        return dossier;
    }

    /// <summary>
    /// Who accessed or changed the inwoner's data: rows about them, about a household they belonged to, or a page of search
    /// results that showed them (<see cref="AuditBetrokkene"/>). Every read acknowledged before this call is in the trail
    /// first (<see cref="GebundeldeAuditSchrijver.SpoelAsync"/>): the portal journals its reads and appends them later.
    /// </summary>
    public async Task<IQueryable<AuditRegel>> ToegangsregelsVanAsync(Guid inwonerId, CancellationToken cancellationToken = default)
    {
        await audit.SpoelAsync(cancellationToken);
        var huishoudens = db.Huishoudens.Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId)).Select(h => h.Id);
        var getoond = db.AuditBetrokkenen.Where(b => b.InwonerId == inwonerId).Select(b => b.Volgnummer);
        return db.AuditTrail.AsNoTracking().Where(r => r.InwonerId == inwonerId
            || (r.HuishoudenId != null && huishoudens.Contains(r.HuishoudenId.Value))
            || getoond.Contains(r.Volgnummer));
    }

    public static string AlsJson(InzageDossier dossier) => JsonSerializer.Serialize(dossier, Json);

    /// <summary>In the inwoner's own export the BSN is written in full: it is their own number.</summary>
    private sealed class BsnVoluit : JsonConverter<Bsn>
    {
        public override Bsn Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Bsn.Parse(reader.GetString());

        public override void Write(Utf8JsonWriter writer, Bsn value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}

public sealed record InzageDossier(
    Domain.Huishoudens.Inwoner Inwoner,
    IReadOnlyList<InzageHuishouden> Huishoudens,
    IReadOnlyList<Domain.Vragen.EersteContact> EersteContacten,
    IReadOnlyList<Domain.Vragen.Ondersteuningsvraag> Ondersteuningsvragen,
    IReadOnlyList<InzagePlan> Ondersteuningsplannen,
    IReadOnlyList<Domain.Besluiten.ZwaarwegendAdvies> ZwaarwegendeAdviezen,
    IReadOnlyList<Domain.Besluiten.Beschikking> Beschikkingen,
    IReadOnlyList<Domain.Bezwaren.Bezwaar> Bezwaren,
    IReadOnlyList<Domain.Klachten.Klacht> Klachten,
    IReadOnlyList<Domain.Transitie.LegacyBeschikking> BestaandeBeschikkingen,
    IReadOnlyList<Domain.Huishoudens.LidAanmelding> Aanmeldingen);

/// <summary>A household the inwoner belonged to, with only their own membership periods (not the other members).</summary>
public sealed record InzageHuishouden(Guid Id, string Naam, IReadOnlyList<Periode> Lidmaatschap);

/// <summary>A plan of the household made during the membership, with only the doelen about the whole household or this inwoner.</summary>
public sealed record InzagePlan(DateOnly OpgesteldOp, Domain.Plannen.PlanStatus Status, IReadOnlyList<Domain.Plannen.Doel> Doelen);
