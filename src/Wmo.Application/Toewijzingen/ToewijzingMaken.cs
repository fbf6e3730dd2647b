using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Toewijzingen;

/// <summary>
/// The moment a toewijzing is born (DOMAIN.md §2.7): a verwijzing to aanvullende ondersteuning (the sociaal werker
/// sets omvang and period) or a beschikking tot toekenning in natura (the gemeente picks the aanbieder). The new
/// toewijzing waits for the next WMO301 export.
/// </summary>
[UseCase]
public sealed class ToewijzingMaken(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    /// <summary>The series of toewijzingnummers: one counter for the gemeente, never restarted (iWmo: unique per gemeente).</summary>
    public const string Nummerreeks = Infrastructure.Persistence.Configurations.Nummerreeks.Toewijzingen;

    public async Task<Toewijzing> OpVerwijzingAsync(Guid vraagId, Omvang omvang, Periode periode, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var vraag = await db.Ondersteuningsvragen.SingleOrDefaultAsync(v => v.Id == vraagId, cancellationToken);
        Regel.Eis(vraag?.Uitkomst?.AanbiederId is not null, Regelnamen.VerwijzingLeidtTotToewijzing, "Deze vraag heeft geen verwijzing naar een aanbieder.");
        var aanbieder = await db.Organisaties.SingleAsync(o => o.Id == vraag!.Uitkomst!.AanbiederId, cancellationToken);
        var voorziening = beleid.Catalogus.Zoek(vraag!.Uitkomst!.VoorzieningCode!);
        var eerdere = await db.Toewijzingen.Where(t => t.VraagId == vraagId).ToListAsync(cancellationToken);
        var toewijzing = Toewijzing.VoorVerwijzing(await VolgendNummerAsync(cancellationToken), vraag, aanbieder, voorziening, omvang, periode, actor,
            klok.GetUtcNow(), Gemeentetijd.Vandaag(klok), eerdere);
        db.Bewaar(toewijzing);
        await db.SaveChangesAsync(cancellationToken);
        return toewijzing;
    }

    public async Task<Toewijzing> OpBeschikkingAsync(Guid beschikkingId, Guid aanbiederId, CancellationToken cancellationToken = default)
    {
        var beschikking = await db.Beschikkingen.SingleOrDefaultAsync(b => b.Id == beschikkingId, cancellationToken);
        Regel.Eis(beschikking is not null, Regelnamen.ToekenningInNaturaLeidtTotToewijzing, "Deze beschikking bestaat niet.");
        var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == beschikking!.VraagId, cancellationToken);
        var aanbieder = await db.Organisaties.SingleOrDefaultAsync(o => o.Id == aanbiederId, cancellationToken);
        Regel.Eis(aanbieder is not null, Regelnamen.AanbiederLevertInPerceel, "Kies een gecontracteerde aanbieder.");
        var voorziening = beleid.Catalogus.Zoek(beschikking!.VoorzieningCode ?? string.Empty);
        var eerdere = await db.Toewijzingen.Where(t => t.VraagId == vraag.Id).ToListAsync(cancellationToken);
        var toewijzing = Toewijzing.VoorBeschikking(await VolgendNummerAsync(cancellationToken), beschikking, vraag, aanbieder!, voorziening,
            klok.GetUtcNow(), Gemeentetijd.Vandaag(klok), eerdere);
        db.Bewaar(toewijzing);
        await db.SaveChangesAsync(cancellationToken);
        return toewijzing;
    }

    private async Task<ToewijzingNummer> VolgendNummerAsync(CancellationToken cancellationToken) =>
        new(await db.VolgendVolgnummerAsync(Nummerreeks, 0, cancellationToken));
}

/// <summary>
/// Changes the omvang or period of a toewijzing with the iWmo reden wijziging (WMO002): the change goes out with the next
/// WMO301, which carries all current toewijzingen of the client at that aanbieder (iWmo 3.2, DOMAIN.md §7).
/// </summary>
[UseCase]
public sealed class ToewijzingWijzigen(WmoDbContext db, TimeProvider klok)
{
    public async Task<Toewijzing> VoerUitAsync(Guid toewijzingId, Guid versie, Omvang omvang, Periode periode, RedenWijziging reden, CancellationToken cancellationToken = default)
    {
        var toewijzing = await db.Toewijzingen.SingleOrDefaultAsync(t => t.Id == toewijzingId, cancellationToken)
            ?? throw new DomainException(Regelnamen.ToewijzingBestaat, "Deze toewijzing bestaat niet (meer).");
        toewijzing.Wijzig(omvang, periode, reden, klok.GetUtcNow(), Gemeentetijd.Vandaag(klok));
        db.Bewaar(toewijzing, versie);
        await db.SaveChangesAsync(cancellationToken);
        return toewijzing;
    }
}
