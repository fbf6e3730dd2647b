using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Toegang;

namespace Wmo.Web.Authorization;

/// <summary>
/// Need-to-know (DOMAIN.md §8): which households, vragen and adviezen a signed-in user may see. Every
/// controller that shows dossier data asks this service; lists filter with the same queries, so a list and
/// a direct URL (or a guessed id) give the same answer.
/// </summary>
public sealed class DossierToegang(WmoDbContext db, InzageLogboek logboek, TimeProvider klok, IHttpContextAccessor http)
{
    /// <summary>
    /// A request that can change something (every method but GET/HEAD) never gets access through an "inzage buiten eigen
    /// caseload": that grants reading only (issue 9). Decided here, once, so no write path can forget it.
    /// </summary>
    private bool Wijzigt => http.HttpContext?.Request.Method is { } methode && !HttpMethods.IsGet(methode) && !HttpMethods.IsHead(methode);

    /// <summary>
    /// The sociaal werker's rule for one household (DOMAIN.md §8): they are its regievoerder, or one of its vragen (not
    /// afgeschermd) is in one of their buurtkamers or has them as behandelaar, or they hold an inzage buiten eigen caseload on
    /// it that runs after <c>nu</c> (see <see cref="InzageMoment"/>). Buurtkamer and behandelaar are ONE test of the household's
    /// own vragen: as two EXISTS, SQLite answered the behandelaar test from the index on BehandelaarId, reading the user's whole
    /// caseload for every household tested (a name search on amsterdam: seconds per treffer page). Written once: the lists
    /// fill it in per request (<see cref="ZichtbareHuishoudens"/>), a compiled query folds it in (<c>InwonerZoeker</c>).
    /// </summary>
    public static readonly Expression<Func<Huishouden, WmoDbContext, Guid, List<Guid>, DateTime, bool>> ZichtbaarVoorSociaalWerker =
        (h, db, mijnId, buurtkamers, nu) =>
            h.RegievoerderId == mijnId ||
            db.Ondersteuningsvragen.Any(v => v.HuishoudenId == h.Id && !v.HuishoudenAfgeschermd && (buurtkamers.Contains(v.BuurtkamerId) || v.BehandelaarId == mijnId)) ||
            db.InzagesBuitenCaseload.Any(i => i.GebruikerId == mijnId && i.Tot > nu && i.HuishoudenId == h.Id);

    /// <summary>
    /// An inzage buiten eigen caseload of this user that runs after <c>nu</c> (<see cref="InzageMoment"/>): the candidates of
    /// the lists (issue 5). Written once: <see cref="Inzagen"/> fills it in, compiled lists fold it in.
    /// </summary>
    public static readonly Expression<Func<InzageBuitenCaseload, Guid, DateTime, bool>> LopendeInzage = (i, mijnId, nu) => i.GebruikerId == mijnId && i.Tot > nu;

    /// <summary>
    /// The moment an inzage buiten eigen caseload must run after to count for this request. A write request matches none (no
    /// Tot lies after <see cref="DateTime.MaxValue"/>): an inzage grants reading only.
    /// </summary>
    public DateTime InzageMoment => Wijzigt ? DateTime.MaxValue : klok.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Sociaal werker: households with a vraag in one of their buurtkamers, or where they are regievoerder or
    /// behandelaar (<see cref="Caseloadsleutels"/>), or with a running inzage. Toetser: households with an advies submitted
    /// for toetsing. Others: none. Tested live on the vragen, per household: this is the rule every direct access goes
    /// through; the caseload index only finds candidates for lists.
    /// </summary>
    public IQueryable<Huishouden> ZichtbareHuishoudens(ClaimsPrincipal gebruiker)
    {
        switch (gebruiker.Rol())
        {
            case Rol.SociaalWerker:
                return db.Huishoudens.Where(Expressies.Vul(ZichtbaarVoorSociaalWerker, db, gebruiker.Id(), gebruiker.BuurtkamerIds().ToList(), InzageMoment));
            case Rol.Toetser:
                var vragen = VragenVoorToetsing();
                return db.Huishoudens.Where(h => vragen.Any(v => v.HuishoudenId == h.Id));
            default:
                return db.Huishoudens.Where(_ => false);
        }
    }

    /// <summary>
    /// The ids of the <see cref="ZichtbareHuishoudens"/> (the same rules) that have a legacy beschikking, collected from where
    /// the caseload comes from, for the transitie-werklijst (<c>HuishoudenId IN (…)</c> over the legacy beschikkingen of the
    /// whole gemeente), so its cost follows the user's caseload, not the gemeente (issue 15). A sociaal werker's households
    /// come from the caseload index (one row per household and key, kept by <c>CaseloadOnderhoud</c> with
    /// <see cref="Caseloadsleutels"/>), and of those only the rows marked <see cref="CaseloadHuishouden.MetLegacyBeschikking"/>
    /// (a partial index); their inzagen from their own index, unmarked (the caller's join keeps only legacy households). An
    /// id can occur more than once. Only a sociaal werker has the werklijst (<c>Beleid.MagDossierInzien</c>); other roles get
    /// none. For one household, test <see cref="ZichtbareHuishoudens"/> instead.
    /// </summary>
    public IQueryable<Guid> ZichtbareHuishoudenIdsMetLegacyBeschikking(ClaimsPrincipal gebruiker)
    {
        if (gebruiker.Rol() != Rol.SociaalWerker)
        {
            return db.Huishoudens.Where(_ => false).Select(h => h.Id);
        }

        // Thirteenth round: per key only the households with a legacy beschikking, ~250 index entries for the demo sociaal
        // werker on amsterdam, where her whole caseload was ~5,200 (twelfth round) and the vragen of her buurtkamers and her
        // own ~20,000 (eleventh).
        var sleutels = Caseloadsleutels.VanSociaalWerker(gebruiker.Id(), gebruiker.BuurtkamerIds());
        return db.CaseloadHuishoudens.Where(c => sleutels.Contains(c.SleutelId) && c.MetLegacyBeschikking).Select(c => c.HuishoudenId)
            .Concat(Inzagen(gebruiker).Select(i => i.HuishoudenId));
    }

    /// <summary>
    /// Candidates for a search among the current members of a sociaal werker's caseload: per key the caseload index
    /// (<see cref="CaseloadLid"/>, to be narrowed and cut by the caller) and the current members of the households their
    /// inzagen open. Only candidates: the search still tests each against <see cref="ZichtbareHuishoudens"/>, so a row the
    /// index should no longer hold shows nothing. Other roles get no candidates.
    /// </summary>
    public (IReadOnlyList<IQueryable<CaseloadLid>> PerSleutel, IQueryable<Guid> ViaInzage) CaseloadLeden(ClaimsPrincipal gebruiker)
    {
        if (gebruiker.Rol() != Rol.SociaalWerker)
        {
            return ([], db.Inwoners.Where(_ => false).Select(i => i.Id));
        }

        var sleutels = Caseloadsleutels.VanSociaalWerker(gebruiker.Id(), gebruiker.BuurtkamerIds());
        // From the inzagen to their households' memberships (IN over the user's few inzagen, not a test per membership).
        var geopend = Inzagen(gebruiker).Select(i => i.HuishoudenId);
        return ([.. sleutels.Select(sleutel => db.CaseloadLeden.Where(c => c.SleutelId == sleutel))],
            db.Huishoudens.Where(h => geopend.Contains(h.Id)).SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => l.InwonerId));
    }

    /// <summary>
    /// The running inzagen buiten eigen caseload of this user. A write request matches none: they grant reading only.
    /// </summary>
    private IQueryable<InzageBuitenCaseload> Inzagen(ClaimsPrincipal gebruiker) =>
        db.InzagesBuitenCaseload.Where(Expressies.Vul(LopendeInzage, gebruiker.Id(), InzageMoment));

    /// <summary>
    /// The vragen a user may see, with the same rules as <see cref="ZichtbareHuishoudens"/>. The household is tested
    /// through the vraag's own key (a correlated EXISTS that SQLite answers with a primary-key search), not as
    /// <c>HuishoudenId IN (every visible household)</c>: SQLite computes such a list once by scanning every household of
    /// the gemeente, also when one vraag or one beschikking is asked for (issue 15: the letter as PDF).
    /// </summary>
    public IQueryable<Ondersteuningsvraag> ZichtbareVragen(ClaimsPrincipal gebruiker)
    {
        var huishoudens = ZichtbareHuishoudens(gebruiker);
        var id = gebruiker.Id();
        var buurtkamers = gebruiker.BuurtkamerIds().ToList();
        return gebruiker.Rol() switch
        {
            Rol.Toetser => VragenVoorToetsing(),

            // Their own vraag stays theirs, also when it was picked up with the household closed to them.
            Rol.SociaalWerker => db.Ondersteuningsvragen.Where(v => huishoudens.Any(h => h.Id == v.HuishoudenId)
                || (v.HuishoudenAfgeschermd && (buurtkamers.Contains(v.BuurtkamerId) || v.BehandelaarId == id))),
            _ => db.Ondersteuningsvragen.Where(v => huishoudens.Any(h => h.Id == v.HuishoudenId)),
        };
    }

    /// <summary>
    /// The beschikkingen a user may see. Toetser: every one. A beschikking is a decision on an aanvraag, and marking the vraag
    /// beschikt sets its <see cref="Ondersteuningsvraag.BeschikkingId"/> (<c>MarkeerBeschikt</c>), which puts the vraag among
    /// the toetser's (<see cref="VragenVoorToetsing"/>); so the toetser's list needs no test of the vraag per beschikking, which
    /// counting the list did for each of amsterdam's 175,000 (issue 15: 1.3 s per page). Others: the beschikkingen of the vragen
    /// they may see.
    /// </summary>
    public IQueryable<Beschikking> ZichtbareBeschikkingen(ClaimsPrincipal gebruiker)
    {
        if (gebruiker.Rol() == Rol.Toetser)
        {
            return db.Beschikkingen;
        }

        var vragen = ZichtbareVragen(gebruiker);
        return db.Beschikkingen.Where(b => vragen.Any(v => v.Id == b.VraagId));
    }

    /// <summary>The adviezen a toetser sees: those that were submitted (also after toetsing, for the decision and the letter).</summary>
    public static readonly Expression<Func<ZwaarwegendAdvies, bool>> VoorToetser = a => a.Status != AdviesStatus.Concept;

    /// <summary>Toetser: adviezen that were submitted (<see cref="VoorToetser"/>). Others: the adviezen of the vragen they may see.</summary>
    public IQueryable<ZwaarwegendAdvies> ZichtbareAdviezen(ClaimsPrincipal gebruiker)
    {
        if (gebruiker.Rol() == Rol.Toetser)
        {
            return db.Adviezen.Where(VoorToetser);
        }

        var vragen = ZichtbareVragen(gebruiker);
        return db.Adviezen.Where(a => vragen.Any(v => v.Id == a.VraagId));
    }

    /// <summary>
    /// Records an explicit look outside the caseload with its reason (audited as such) and opens the household
    /// for this sociaal werker for <see cref="InzageBuitenCaseload.Geldigheid"/>.
    /// </summary>
    public async Task VerleenInzageBuitenCaseloadAsync(ClaimsPrincipal gebruiker, Guid huishoudenId, string reden, CancellationToken cancellationToken = default)
    {
        var inzage = new InzageBuitenCaseload(gebruiker.Id(), huishoudenId, reden, klok.GetUtcNow());
        db.InzagesBuitenCaseload.Add(inzage);
        db.LegVast(new Infrastructure.Audit.AuditGebeurtenis(Infrastructure.Audit.AuditActie.InzageBuitenCaseload, "Huishouden", huishoudenId.ToString(),
            HuishoudenId: huishoudenId, Details: inzage.Reden));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The household (tracked, for a change) when the user may see it; otherwise <c>null</c> (→ 404).</summary>
    public async Task<Huishouden?> HuishoudenAsync(ClaimsPrincipal gebruiker, Guid huishoudenId, CancellationToken cancellationToken = default) =>
        await MagHuishoudenZienAsync(gebruiker, huishoudenId, cancellationToken) ? await db.Huishoudens.SingleOrDefaultAsync(h => h.Id == huishoudenId, cancellationToken) : null;

    /// <summary>
    /// The household for showing only (untracked) when the user may see it; otherwise <c>null</c>. The access test and the
    /// household with its members, mantelzorgers and regiehistorie in ONE command: as <see cref="HuishoudenAsync"/> that is
    /// an EXISTS and then four split queries, five commands on every dossier view (issue 15, docs/performance.md, ninth round).
    /// </summary>
    /// <remarks>A sociaal werker's view is compiled once, with <see cref="ZichtbaarVoorSociaalWerker"/> folded in (twenty-third round).</remarks>
    public Task<Huishouden?> HuishoudenVoorInzageAsync(ClaimsPrincipal gebruiker, Guid huishoudenId, CancellationToken cancellationToken = default) =>
        gebruiker.Rol() == Rol.SociaalWerker
            ? HuishoudenVoorSociaalWerker.Voor(db)(db, huishoudenId, gebruiker.Id(), [.. gebruiker.BuurtkamerIds()], InzageMoment, cancellationToken)
            : ZichtbareHuishoudens(gebruiker).AsNoTracking().AsSingleQuery().SingleOrDefaultAsync(h => h.Id == huishoudenId, cancellationToken);

    private static readonly PerModel<Func<WmoDbContext, Guid, Guid, List<Guid>, DateTime, CancellationToken, Task<Huishouden?>>> HuishoudenVoorSociaalWerker = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, Guid, List<Guid>, DateTime, CancellationToken, Huishouden?>>((db, id, mijnId, buurtkamers, nu, _) =>
            db.Huishoudens.AsNoTracking().AsSingleQuery()
                .Where(h => ZichtbaarVoorSociaalWerker.Met(h, db, mijnId, buurtkamers, nu))
                .SingleOrDefault(h => h.Id == id))));

    /// <summary>The name of the household when the user may see it; otherwise <c>null</c> (→ 404).</summary>
    public Task<string?> HuishoudenNaamAsync(ClaimsPrincipal gebruiker, Guid huishoudenId, CancellationToken cancellationToken = default) =>
        ZichtbareHuishoudens(gebruiker).Where(h => h.Id == huishoudenId).Select(h => (string?)h.Naam).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Looks up the inwoner with <paramref name="bsn"/> for a pickup, and whether their current household is in this user's
    /// caseload. Every lookup is audited as a search, with the inwoner when found, so it shows in that person's privacy
    /// overview. The caller treats "unknown" and "outside the caseload" alike, so the answer is no BSN oracle.
    /// </summary>
    public async Task<InwonerBijOppakken> ZoekInwonerVoorOppakkenAsync(ClaimsPrincipal gebruiker, Bsn bsn, CancellationToken cancellationToken = default)
    {
        var inwoner = await db.Inwoners.SingleOrDefaultAsync(i => i.Bsn == bsn, cancellationToken);
        var inwonerId = inwoner?.Id;
        var huidig = inwonerId is null ? null : await db.Huishoudens
            .Where(h => h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId && l.Tot == null))
            .Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken);
        var inCaseload = huidig is { } huishoudenId && await ZichtbareHuishoudens(gebruiker).AnyAsync(h => h.Id == huishoudenId, cancellationToken);
        await logboek.LegVastAsync(new AuditGebeurtenis(AuditActie.Zoeken, "Zoekopdracht", null, inwonerId, huidig,
            inwoner is null ? "Gezocht op BSN bij het oppakken van een eerste contact, niets gevonden" : "Gezocht op BSN bij het oppakken van een eerste contact"), cancellationToken);
        return new InwonerBijOppakken(inwoner, huidig, inCaseload);
    }

    public Task<bool> MagHuishoudenZienAsync(ClaimsPrincipal gebruiker, Guid huishoudenId, CancellationToken cancellationToken = default) =>
        ZichtbareHuishoudens(gebruiker).AnyAsync(h => h.Id == huishoudenId, cancellationToken);

    public Task<bool> MagVraagZienAsync(ClaimsPrincipal gebruiker, Guid vraagId, CancellationToken cancellationToken = default) =>
        ZichtbareVragen(gebruiker).AnyAsync(v => v.Id == vraagId, cancellationToken);

    public Task<bool> MagAdviesZienAsync(ClaimsPrincipal gebruiker, Guid adviesId, CancellationToken cancellationToken = default) =>
        ZichtbareAdviezen(gebruiker).AnyAsync(a => a.Id == adviesId, cancellationToken);

    /// <summary>A vrijwilliger sees only the first contacts they logged; a sociaal werker those of their buurtkamers.</summary>
    public IQueryable<EersteContact> ZichtbareEersteContacten(ClaimsPrincipal gebruiker)
    {
        var id = gebruiker.Id();
        var buurtkamers = gebruiker.BuurtkamerIds().ToList();
        return gebruiker.Rol() switch
        {
            Rol.Vrijwilliger => db.EersteContacten.Where(c => c.AuteurId == id),
            Rol.SociaalWerker => db.EersteContacten.Where(c => buurtkamers.Contains(c.BuurtkamerId) || c.AuteurId == id),
            _ => db.EersteContacten.Where(_ => false),
        };
    }

    /// <summary>
    /// Toetser: vragen with a submitted advies, and the aanvragen the college must decide on without one — waiting for an
    /// advies (the toetser may refuse them with a motivation, issue 11) or already decided that way.
    /// </summary>
    private IQueryable<Ondersteuningsvraag> VragenVoorToetsing()
    {
        var ingediend = db.Adviezen.Where(a => a.Status != AdviesStatus.Concept).Select(a => a.VraagId);
        return db.Ondersteuningsvragen.Where(v => ingediend.Contains(v.Id) || v.Status == VraagStatus.AdviesVereist || v.BeschikkingId != null);
    }
}

/// <summary>
/// The result of <see cref="DossierToegang.ZoekInwonerVoorOppakkenAsync"/>: the inwoner (null when the BSN is new), their
/// current household, and whether that household is already in the user's caseload.
/// </summary>
public sealed record InwonerBijOppakken(Inwoner? Inwoner, Guid? HuidigHuishoudenId, bool InCaseload);
