using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Toewijzingen;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Iwmo;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Iwmo;

/// <summary>A WMO301 that was built, validated and stored: ready to hand to the aanbieder.</summary>
public sealed record UitgaandBestand(Guid BerichtId, string Bestandsnaam, string Aanbieder, string AgbCode, string Inhoud, int AantalToewijzingen);

/// <summary>A WMO301 that did not validate against the schema: not stored, not offered; its toewijzingen stay pending.</summary>
public sealed record ExportFout(string Aanbieder, IReadOnlyList<int> ToewijzingNummers, IReadOnlyList<IwmoValidatiefout> Fouten);

public sealed record ExportResultaat(Guid BatchId, IReadOnlyList<UitgaandBestand> Bestanden, IReadOnlyList<ExportFout> Fouten)
{
    public bool IsGeslaagd => Fouten.Count == 0;
}

/// <summary>
/// Writes the pending WMO301s (DOMAIN.md §7): per aanbieder and client one message with all current toewijzingen of
/// that client at that aanbieder. Every message is validated against the iWmo 3.2 schema before it is stored; one that
/// does not validate is reported and never offered. Shared by the portal and <c>iwmo export</c>.
/// </summary>
[UseCase]
public sealed class IwmoExporteren(WmoDbContext db, IwmoInstellingen instellingen, TimeProvider klok)
{
    public const string Nummerreeks = "IWMO-UIT";

    public async Task<ExportResultaat> ExporteerAsync(Action<int, int>? voortgang = null, CancellationToken cancellationToken = default)
    {
        var batchId = Guid.CreateVersion7();
        var groepen = await db.Toewijzingen.AsNoTracking().Where(t => t.MoetVerstuurdWorden)
            .Select(t => new { t.AanbiederId, t.InwonerId }).Distinct().ToListAsync(cancellationToken);
        var aanbieders = await db.Organisaties.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var bestanden = new List<UitgaandBestand>();
        var fouten = new List<ExportFout>();
        var vandaag = Gemeentetijd.Vandaag(klok);
        var gedaan = 0;
        foreach (var deel in groepen.Select(g => new Groep(g.AanbiederId, g.InwonerId)).Chunk(Math.Max(1, instellingen.BatchGrootte)))
        {
            // One transaction per part: a part is stored whole (messages and their toewijzingen marked sent) or not at all.
            // The messages go in without the change tracker (WmoDbContext.VoegAlleNieuwToeAsync: on SQLite one prepared INSERT,
            // audited as Aanmaken as a tracked save would); the toewijzingen are tracked and saved with the audit.
            var (deelBestanden, deelFouten) = await db.InTransactieAsync(ct => ExporteerDeelAsync(deel, aanbieders, batchId, vandaag, ct), cancellationToken);
            db.ChangeTracker.Clear();
            bestanden.AddRange(deelBestanden);
            fouten.AddRange(deelFouten);
            gedaan += deel.Length;
            voortgang?.Invoke(gedaan, groepen.Count);
        }

        return new ExportResultaat(batchId, bestanden, fouten);
    }

    private async Task<(List<UitgaandBestand>, List<ExportFout>)> ExporteerDeelAsync(
        IReadOnlyList<Groep> deel, Dictionary<Guid, Organisatie> aanbieders, Guid batchId, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var bestanden = new List<UitgaandBestand>();
        var fouten = new List<ExportFout>();
        var berichten = new List<IwmoBericht>();
        var inwonerIds = deel.Select(g => g.InwonerId).Distinct().ToList();
        var inwoners = await db.Inwoners.AsNoTracking().Where(i => inwonerIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var toewijzingen = await db.Toewijzingen.Where(t => inwonerIds.Contains(t.InwonerId)).ToListAsync(cancellationToken);
        foreach (var groep in deel)
        {
            var aanbieder = aanbieders[groep.AanbiederId];
            var vanClient = toewijzingen.Where(t => t.AanbiederId == groep.AanbiederId && t.InwonerId == groep.InwonerId).ToList();

            // iWmo 3.2: the WMO301 carries every current toewijzing of the client at this aanbieder, plus the pending ones
            // (a toewijzing ended by the gemeente is sent once more with its einddatum).
            var inBericht = vanClient.Where(t => t.MoetVerstuurdWorden || t.IsActueelOp(vandaag)).ToList();
            var identificatie = (await db.VolgendVolgnummerAsync(Nummerreeks, 0, cancellationToken)).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
            var document = Wmo301Bouwer.Bouw(new IwmoKop(instellingen.Gemeentecode, aanbieder.AgbCode ?? string.Empty, identificatie, vandaag), inwoners[groep.InwonerId], inBericht);
            var schemafouten = IwmoSchemas.Valideer(document);
            if (schemafouten.Count > 0)
            {
                fouten.Add(new ExportFout(aanbieder.Naam, [.. inBericht.Select(t => t.Nummer.Value)], schemafouten));
                continue;
            }

            var bericht = new IwmoBericht
            {
                Berichtsoort = "WMO301",
                Richting = BerichtRichting.Uitgaand,
                Identificatie = identificatie,
                Dagtekening = vandaag,
                AanbiederId = aanbieder.Id,
                AgbCode = aanbieder.AgbCode!,
                InwonerId = groep.InwonerId,
                HuishoudenId = inBericht[0].HuishoudenId,
                BatchId = batchId,
                Moment = klok.GetUtcNow(),
                Bestandsnaam = $"WMO301_{aanbieder.AgbCode}_{identificatie}.xml",
                Inhoud = IwmoXml.AlsTekst(document),
                Geaccepteerd = true,
                Rapport = $"Toewijzing {string.Join(", ", inBericht.Select(t => t.Nummer))}",
            };
            berichten.Add(bericht);
            foreach (var toewijzing in inBericht.Where(t => t.MoetVerstuurdWorden))
            {
                toewijzing.MarkeerVerstuurd();
            }

            bestanden.Add(new UitgaandBestand(bericht.Id, bericht.Bestandsnaam, aanbieder.Naam, bericht.AgbCode, bericht.Inhoud, inBericht.Count));
        }

        await db.VoegAlleNieuwToeAsync(berichten, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (bestanden, fouten);
    }

    private sealed record Groep(Guid AanbiederId, Guid InwonerId);
}
