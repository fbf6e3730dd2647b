using Microsoft.EntityFrameworkCore;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Iwmo;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Iwmo;

/// <summary>One line of a list of messages: what, when, with whom, and whether a retour message exists. No names or BSN.</summary>
public sealed record BerichtRegel(
    Guid Id, string Berichtsoort, BerichtRichting Richting, string Identificatie, DateOnly Dagtekening, DateTimeOffset Moment,
    string Aanbieder, string Bestandsnaam, bool Geaccepteerd, string? RetourBerichtsoort, Guid? BatchId, string? Rapport)
{
    public bool HeeftRetour => RetourBerichtsoort is not null;
}

/// <summary>An aanbieder with an AGB code: whom WMO301s go to, with the count of messages sent.</summary>
public sealed record AanbiederMetBerichten(Guid Id, string Naam, string AgbCode, int Aantal);

/// <summary>The outgoing WMO301s of one aanbieder, newest first (by dagtekening and identificatie; SQLite cannot order a DateTimeOffset), one page; and how many toewijzingen still wait for a WMO301.</summary>
public sealed record UitgaandOverzicht(IReadOnlyList<AanbiederMetBerichten> Aanbieders, AanbiederMetBerichten? Gekozen, IReadOnlyList<BerichtRegel> Berichten, int Totaal, int Openstaand);

/// <summary>A file to hand out: its name and its text.</summary>
public sealed record BerichtBestand(string Bestandsnaam, string Inhoud);

/// <summary>
/// The read side of the berichtenverkeer (issue 14): the outgoing WMO301s per aanbieder (only what was validated and
/// stored is ever listed), the history of messages of a household, and the files to download. A download of message
/// content is recorded as a read of the inwoner's data (AVG art. 30) here, once, for the portal and any other caller.
/// </summary>
[UseCase]
public sealed class IwmoBerichtenLezen(WmoDbContext db)
{
    public async Task<UitgaandOverzicht> UitgaandAsync(Guid? aanbiederId, int pagina, int grootte, CancellationToken cancellationToken = default)
    {
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.AgbCode != null)
            .OrderBy(o => o.Naam)
            .Select(o => new AanbiederMetBerichten(o.Id, o.Naam, o.AgbCode!,
                db.IwmoBerichten.Count(b => b.AanbiederId == o.Id && b.Richting == BerichtRichting.Uitgaand)))
            .ToListAsync(cancellationToken);
        var openstaand = await db.Toewijzingen.CountAsync(t => t.MoetVerstuurdWorden, cancellationToken);
        var gekozen = aanbieders.FirstOrDefault(a => a.Id == aanbiederId) ?? aanbieders.FirstOrDefault(a => a.Aantal > 0);
        if (gekozen is null)
        {
            return new UitgaandOverzicht(aanbieders, null, [], 0, openstaand);
        }

        var query = Regels(db.IwmoBerichten.Where(b => b.AanbiederId == gekozen.Id && b.Richting == BerichtRichting.Uitgaand));
        var berichten = await query.Skip((pagina - 1) * grootte).Take(grootte).ToListAsync(cancellationToken);
        return new UitgaandOverzicht(aanbieders, gekozen, berichten, gekozen.Aantal, openstaand);
    }

    /// <summary>Every message that concerns the household, both directions, newest first, one page.</summary>
    public async Task<(IReadOnlyList<BerichtRegel> Berichten, int Totaal)> GeschiedenisAsync(Guid huishoudenId, int pagina, int grootte, CancellationToken cancellationToken = default)
    {
        var query = db.IwmoBerichten.Where(b => b.HuishoudenId == huishoudenId);
        var totaal = await query.CountAsync(cancellationToken);
        return (await Regels(query).Skip((pagina - 1) * grootte).Take(grootte).ToListAsync(cancellationToken), totaal);
    }

    /// <summary>The household a message belongs to (null: none, or no such message); the caller decides on access with it.</summary>
    public async Task<(bool Bestaat, Guid? HuishoudenId)> EigenaarAsync(Guid berichtId, CancellationToken cancellationToken = default) =>
        await db.IwmoBerichten.Where(b => b.Id == berichtId).Select(b => new { b.HuishoudenId }).SingleOrDefaultAsync(cancellationToken) is { } b
            ? (true, b.HuishoudenId) : (false, null);

    /// <summary>The message itself (<paramref name="retour"/> false) or the retour message that answered it.</summary>
    public async Task<BerichtBestand?> BestandAsync(Guid berichtId, bool retour, CancellationToken cancellationToken = default)
    {
        var bericht = await db.IwmoBerichten.AsNoTracking().Where(b => b.Id == berichtId)
            .Select(b => new { b.Bestandsnaam, b.Inhoud, b.RetourBerichtsoort, b.RetourIdentificatie, b.RetourInhoud, b.AgbCode })
            .SingleOrDefaultAsync(cancellationToken);
        if (bericht is null)
        {
            return null;
        }

        return retour
            ? bericht.RetourInhoud is null ? null : new BerichtBestand($"{bericht.RetourBerichtsoort}_{bericht.AgbCode}_{bericht.RetourIdentificatie}.xml", bericht.RetourInhoud)
            : new BerichtBestand(bericht.Bestandsnaam, bericht.Inhoud);
    }

    /// <summary>All WMO301s of one export run for one aanbieder (one zip); each is recorded as a read of its inwoner's data.</summary>
    public async Task<IReadOnlyList<BerichtBestand>> BatchAsync(Guid batchId, Guid aanbiederId, CancellationToken cancellationToken = default)
    {
        var berichten = await db.IwmoBerichten.AsNoTracking()
            .Where(b => b.BatchId == batchId && b.AanbiederId == aanbiederId && b.Richting == BerichtRichting.Uitgaand)
            .OrderBy(b => b.Identificatie)
            .Select(b => new { b.Id, b.Bestandsnaam, b.Inhoud, b.InwonerId, b.HuishoudenId })
            .ToListAsync(cancellationToken);
        foreach (var b in berichten)
        {
            db.LegVast(new AuditGebeurtenis(AuditActie.Inzien, "IwmoBericht", b.Id.ToString(), b.InwonerId, b.HuishoudenId, "Iwmo/Batch (zip)"));
        }

        if (berichten.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return [.. berichten.Select(b => new BerichtBestand(b.Bestandsnaam, b.Inhoud))];
    }

    private IQueryable<BerichtRegel> Regels(IQueryable<IwmoBericht> berichten) =>
        berichten.OrderByDescending(b => b.Dagtekening).ThenByDescending(b => b.Identificatie)
            .Select(b => new BerichtRegel(b.Id, b.Berichtsoort, b.Richting, b.Identificatie, b.Dagtekening, b.Moment,
                db.Organisaties.Where(o => o.Id == b.AanbiederId).Select(o => o.Naam).First(),
                b.Bestandsnaam, b.Geaccepteerd, b.RetourBerichtsoort, b.BatchId, b.Rapport));
}
