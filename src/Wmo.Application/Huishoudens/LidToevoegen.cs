using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using static Wmo.Infrastructure.Persistence.Rijen;

namespace Wmo.Application.Huishoudens;

/// <summary>
/// "Meld een lid aan bij het huishouden" (DOMAIN.md §2.7, §4; issue 9): every BSN becomes a <see cref="LidAanmelding"/> that
/// the person's current regievoerder (a move) or a beheerder (a person who is a member nowhere) confirms. The sociaal werker
/// gets the same answer for a BSN known in a household outside the caseload and for an unknown one: "aanmelding vastgelegd",
/// the same redirect, the same row "aangemeld" in the ledenlijst, and the same work on the server (one lookup, one search in
/// the trail, one aanmelding). Only a membership in a household the user may see is named (the user may know it).
/// </summary>
[UseCase]
public sealed class LidToevoegen(WmoDbContext db, TimeProvider klok)
{
    /// <param name="gegevens">The person's data as the sociaal werker has them; asked for every BSN.</param>
    /// <param name="magHuishoudenZien">Whether the user may see a household: only then an overlap is told.</param>
    public async Task<LidAanmelding> AanmeldenAsync(Huishouden huishouden, Bsn bsn, InwonerGegevens gegevens, Relatie relatie, DateOnly vanaf, Actor door,
        Func<Guid, Task<bool>> magHuishoudenZien, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(magHuishoudenZien);
        var inwonerId = await db.Inwoners.AsNoTracking().Where(i => i.Bsn == bsn).Select(i => (Guid?)i.Id).SingleOrDefaultAsync(cancellationToken);
        var huishoudenId = huishouden.Id;
        var nieuw = new Periode(vanaf);
        var huidig = (await db.Huishoudens.AsNoTracking()
                .Where(h => h.Id != huishoudenId && h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId))
                .Select(h => new { h.Id, Perioden = h.Lidmaatschappen.Where(l => l.InwonerId == inwonerId).Select(l => new { l.Vanaf, l.Tot }).ToList() })
                .ToListAsync(cancellationToken))
            .Select(h => new { h.Id, Perioden = h.Perioden.Select(p => new Periode(p.Vanaf, p.Tot)).ToList() })
            .FirstOrDefault(h => h.Perioden.Any(p => p.Overlapt(nieuw)));

        // Recorded before anything else, so also a lookup that ends in a form error is in the trail (issue 9).
        await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, inwonerId, huidig?.Id,
            inwonerId is null ? "Gezocht op BSN bij het aanmelden van een lid, niets gevonden" : "Gezocht op BSN bij het aanmelden van een lid"), cancellationToken);

        // A household the user may see: the user may know the person is a member there (and can end that membership first).
        // The access check runs for every BSN (on this household when there is no other), so the work does not differ either.
        if (await magHuishoudenZien(huidig?.Id ?? huishoudenId) && huidig is not null)
        {
            huishouden.ToetsNieuwLid(inwonerId!.Value, vanaf, huidig.Perioden);
        }

        var persoon = gegevens.NieuweInwoner(bsn);
        var aanmelding = LidAanmelding.Meld(huishouden, bsn, persoon.Voornamen, persoon.Achternaam, persoon.Geboortedatum, persoon.BrpAdres, relatie, vanaf,
            inwonerId, huidig?.Id, door, klok.GetUtcNow());
        db.LidAanmeldingen.Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken);
        return aanmelding;
    }
}

/// <summary>An open aanmelding as the one who decides sees it: the data as entered, no dossier content of either household.</summary>
public sealed record TeBeslissenAanmelding(Guid Id, string Naam, DateOnly Geboortedatum, Bsn Bsn, Relatie Relatie, DateOnly Vanaf, string AangemeldDoor, DateTimeOffset AangemeldOp);

/// <summary>
/// "Bevestig de aanmelding" / "bevestig niet" (issue 9): the regievoerder of the household the person leaves, or a beheerder
/// for a person who is a member nowhere; the rules are <see cref="LidAanmelding"/>'s. The decision is audited with the
/// person and both households (the aanmelding and the memberships change in one save).
/// </summary>
[UseCase]
public sealed class LidAanmeldingBeslissen(WmoDbContext db, TimeProvider klok)
{
    /// <summary>The open aanmeldingen a regievoerder decides for <paramref name="huishoudenId"/> (the household the person leaves).</summary>
    /// <remarks>Compiled once: every dossier view of a household with a regievoerder asks (issue 15, twenty-third round).</remarks>
    public async Task<List<TeBeslissenAanmelding>> VoorHuishoudenAsync(Guid huishoudenId, CancellationToken cancellationToken = default) =>
        [.. (await LijstAsync(TeBeslissenVan.Voor(db)(db, huishoudenId), cancellationToken)).OrderBy(a => a.AangemeldOp)];

    /// <summary>The open aanmeldingen a beheerder decides: the person is a member nowhere, or their household has no regievoerder.</summary>
    public Task<List<TeBeslissenAanmelding>> VoorBeheerderAsync(CancellationToken cancellationToken = default) =>
        Lijst(db.LidAanmeldingen.Where(a => a.VrijgevendHuishoudenId == null
            || db.Huishoudens.Any(h => h.Id == a.VrijgevendHuishoudenId && h.RegievoerderId == null)), cancellationToken);

    /// <summary>The aanmeldingen of a household that are not a membership (yet): what its ledenlijst shows as "aangemeld".</summary>
    /// <remarks>Compiled once: every dossier view asks.</remarks>
    public async Task<List<LidAanmelding>> VanHuishoudenAsync(Guid huishoudenId, CancellationToken cancellationToken = default) =>
        [.. (await LijstAsync(AanmeldingenVan.Voor(db)(db, huishoudenId), cancellationToken)).OrderBy(a => a.AangemeldOp)];

    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<LidAanmelding>>> AanmeldingenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, Guid huishoudenId) =>
            db.LidAanmeldingen.AsNoTracking().Where(a => a.HuishoudenId == huishoudenId && a.Status != AanmeldingStatus.Bevestigd)));

    /// <summary>What the regievoerder or beheerder sees of an open aanmelding they decide.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<LidAanmelding, TeBeslissenAanmelding>> AlsTeBeslissen = a =>
        new TeBeslissenAanmelding(a.Id, Inwoner.NaamVan(a.Voornamen, a.Achternaam), a.Geboortedatum, a.Bsn, a.Relatie, a.Vanaf, a.AangemeldDoorNaam, a.AangemeldOp);

    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<TeBeslissenAanmelding>>> TeBeslissenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, Guid huishoudenId) =>
            db.LidAanmeldingen.AsNoTracking().Where(a => a.VrijgevendHuishoudenId == huishoudenId && a.Status == AanmeldingStatus.Aangemeld).Select(AlsTeBeslissen)));

    /// <summary>The aanmelding, when <paramref name="door"/> is the one to decide it; null otherwise (the caller answers 404).</summary>
    public async Task<LidAanmelding?> TeBeslissenDoorAsync(Guid aanmeldingId, Actor door, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(door);
        var aanmelding = await db.LidAanmeldingen.SingleOrDefaultAsync(a => a.Id == aanmeldingId && a.Status == AanmeldingStatus.Aangemeld, cancellationToken);
        if (aanmelding is null)
        {
            return null;
        }

        var van = await VanAsync(aanmelding, cancellationToken);
        var beslisser = LidAanmelding.BeslistDoorBeheerder(van) ? door.Rol == Rol.Beheerder : van!.RegievoerderId == door.GebruikerId;
        return beslisser ? aanmelding : null;
    }

    public async Task BevestigenAsync(LidAanmelding aanmelding, Actor door, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aanmelding);
        var van = await VanAsync(aanmelding, cancellationToken);
        var naar = await db.Huishoudens.SingleAsync(h => h.Id == aanmelding.HuishoudenId, cancellationToken);
        var inwoner = aanmelding.InwonerId is { } bekend
            ? await db.Inwoners.SingleAsync(i => i.Id == bekend, cancellationToken)
            : await db.Inwoners.SingleOrDefaultAsync(i => i.Bsn == aanmelding.Bsn, cancellationToken);
        if (inwoner is null)
        {
            inwoner = new Inwoner(aanmelding.Bsn, aanmelding.Voornamen, aanmelding.Achternaam, aanmelding.Geboortedatum, aanmelding.Adres);
            db.Inwoners.Add(inwoner);
        }

        var inwonerId = inwoner.Id;
        var beide = new[] { naar.Id, van?.Id ?? Guid.Empty };
        var overige = await db.Huishoudens.AsNoTracking().Where(h => !beide.Contains(h.Id))
            .SelectMany(h => h.Lidmaatschappen).Where(l => l.InwonerId == inwonerId).Select(l => new { l.Vanaf, l.Tot }).ToListAsync(cancellationToken);
        aanmelding.Bevestig(naar, van, inwonerId, overige.Select(p => new Periode(p.Vanaf, p.Tot)), door, klok.GetUtcNow());
        db.Bewaar(naar);
        if (van is not null)
        {
            db.Bewaar(van);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task NietBevestigenAsync(LidAanmelding aanmelding, Actor door, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aanmelding);
        aanmelding.BevestigNiet(await VanAsync(aanmelding, cancellationToken), door, klok.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Huishouden?> VanAsync(LidAanmelding aanmelding, CancellationToken cancellationToken) =>
        aanmelding.VrijgevendHuishoudenId is { } id ? await db.Huishoudens.SingleAsync(h => h.Id == id, cancellationToken) : null;

    // Sorted here: SQLite cannot order by a DateTimeOffset column.
    private static async Task<List<TeBeslissenAanmelding>> Lijst(IQueryable<LidAanmelding> aanmeldingen, CancellationToken cancellationToken) =>
        [.. (await aanmeldingen.AsNoTracking().Where(a => a.Status == AanmeldingStatus.Aangemeld)
                .Select(AlsTeBeslissen)
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.AangemeldOp)];
}
