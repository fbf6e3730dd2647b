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
public sealed class InzageExport(WmoDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new BsnVoluit() },
    };

    public async Task<InzageDossier?> VerzamelAsync(Bsn bsn, CancellationToken cancellationToken = default)
    {
        var inwoner = await db.Inwoners.AsNoTracking().SingleOrDefaultAsync(i => i.Bsn == bsn, cancellationToken);
        if (inwoner is null)
        {
            return null;
        }

        var huishoudens = await db.Huishoudens.AsNoTracking().Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == inwoner.Id)).ToListAsync(cancellationToken);
        var huishoudenIds = huishoudens.Select(h => h.Id).ToList();
        var vragen = await db.Ondersteuningsvragen.AsNoTracking().Where(v => v.InwonerId == inwoner.Id).ToListAsync(cancellationToken);
        var vraagIds = vragen.Select(v => v.Id).ToList();
        var contactIds = vragen.Where(v => v.EersteContactId != null).Select(v => v.EersteContactId!.Value).ToList();
        var beschikkingen = await db.Beschikkingen.AsNoTracking().Where(b => b.InwonerId == inwoner.Id).ToListAsync(cancellationToken);
        var beschikkingIds = beschikkingen.Select(b => b.Id).ToList();

        var dossier = new InzageDossier(
            inwoner,
            huishoudens,
            await db.EersteContacten.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToListAsync(cancellationToken),
            vragen,
            await db.Ondersteuningsplannen.AsNoTracking().Where(p => huishoudenIds.Contains(p.HuishoudenId)).ToListAsync(cancellationToken),
            await db.Adviezen.AsNoTracking().Where(a => vraagIds.Contains(a.VraagId)).ToListAsync(cancellationToken),
            beschikkingen,
            await db.Bezwaren.AsNoTracking().Where(b => beschikkingIds.Contains(b.BeschikkingId)).ToListAsync(cancellationToken),
            await db.Klachten.AsNoTracking().Where(k => huishoudenIds.Contains(k.HuishoudenId)).ToListAsync(cancellationToken),
            await db.LegacyBeschikkingen.AsNoTracking().Where(l => l.InwonerId == inwoner.Id).ToListAsync(cancellationToken));

        await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Exporteren, "Inzage-export", inwoner.Id.ToString(), inwoner.Id, Details: "Alle gegevens (AVG art. 15)"), cancellationToken);
        return dossier;
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
    IReadOnlyList<Domain.Huishoudens.Huishouden> Huishoudens,
    IReadOnlyList<Domain.Vragen.EersteContact> EersteContacten,
    IReadOnlyList<Domain.Vragen.Ondersteuningsvraag> Ondersteuningsvragen,
    IReadOnlyList<Domain.Plannen.Ondersteuningsplan> Ondersteuningsplannen,
    IReadOnlyList<Domain.Besluiten.ZwaarwegendAdvies> ZwaarwegendeAdviezen,
    IReadOnlyList<Domain.Besluiten.Beschikking> Beschikkingen,
    IReadOnlyList<Domain.Bezwaren.Bezwaar> Bezwaren,
    IReadOnlyList<Domain.Klachten.Klacht> Klachten,
    IReadOnlyList<Domain.Transitie.LegacyBeschikking> BestaandeBeschikkingen);
