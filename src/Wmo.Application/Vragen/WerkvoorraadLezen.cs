using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using static Wmo.Infrastructure.Persistence.Rijen;

namespace Wmo.Application.Vragen;

/// <summary>Which open vragen of the werkvoorraad: the filter, the page and the sort the user asked for.</summary>
public sealed record WerkvoorraadSelectie(VraagStatus? Status, Guid? Buurtkamer, bool AlleenUrgent, int Pagina, int Grootte, Sortering Gevraagd);

/// <summary>A first contact of the user's buurtkamers that nobody picked up yet.</summary>
public sealed record NieuwContact(Guid Id, DateOnly Meldingsdatum, string MelderNaam, string? OverWie, string Vraag, Guid BuurtkamerId,
    Veiligheidssignaal? Signaal, DateOnly? Geboortedatum, int? LeeftijdBijMelding);

/// <summary>An open vraag of the werkvoorraad with its running terms as the domain computes them.</summary>
public sealed record OpenVraag(Guid Id, Guid BuurtkamerId, string Inwoner, VraagStatus Status, DateOnly Meldingsdatum, Veiligheidssignaal? Signaal,
    Termijn Onderzoekstermijn, Termijn? Beschikkingstermijn, bool IsOpgeschort, bool IsVerdaagd);

/// <summary>One page of the open vragen, how many there are in all, and the sort that was applied.</summary>
public sealed record OpenVragen(IReadOnlyList<OpenVraag> Vragen, int Totaal, Sortering Sortering);

/// <summary>A statutory term of an open vraag that has passed or ends by a given day (the start page), with the inwoner's name.</summary>
public sealed record AflopendeTermijn(Guid VraagId, string Inwoner, TermijnSoort Soort, Termijn Termijn);

/// <summary>The first terms that have passed or end by a day, the earliest end first, and how many there are in all.</summary>
public sealed record AflopendeTermijnen(IReadOnlyList<AflopendeTermijn> Eerste, int Totaal);

/// <summary>An advies the toetser sent back to this sociaal werker.</summary>
public sealed record TeruggestuurdAdvies(Guid VraagId, Guid AdviesId, string Inwoner, DateOnly Meldingsdatum);

/// <summary>The stored facts of a vraag its terms are computed from (Wmo 2015 art. 2.3.2, 2.3.5; Awb 4:13–4:15).</summary>
/// <remarks>
/// Each term's opschortingen come summarised from the vraag's own row (<see cref="Ondersteuningsvraag.OnderzoekOpgeschorteDagen"/> and
/// the like): a flat row per vraag, without joining or shaping the two collections (issue 15, docs/performance.md, twentieth round).
/// </remarks>
internal sealed record VraagFeiten(Guid Id, Guid BuurtkamerId, VraagStatus Status, DateOnly Meldingsdatum, DateOnly? Aanvraagdatum, DateOnly? VerdaagdTot,
    DateOnly? VerdagingBerichtOp, string? VerdagingReden, string? Inwoner, Veiligheidssignaal? Signaal,
    int OnderzoekOpgeschorteDagen, int? OnderzoekOpgeschortSinds, int BeslistermijnOpgeschorteDagen, int? BeslistermijnOpgeschortSinds);

/// <summary>The stored facts of one page of open vragen in the page's order, how many there are in all, and the sort applied.</summary>
internal sealed record OpenFeiten(IReadOnlyList<VraagFeiten> Vragen, int Totaal, Sortering Sortering);

/// <summary>The inwoner's name of a vraag.</summary>
internal sealed record VraagNaam(Guid Id, string Naam);

/// <summary>
/// The sociaal werker's werkvoorraad (DOMAIN.md §6): new first contacts of their buurtkamers, their own open vragen sorted
/// spoed first and then by the nearest term, paged in SQL, and the adviezen sent back. Every query in the usual view (no
/// column chosen to sort on) is compiled once: a request neither builds nor translates LINQ (issue 15, docs/performance.md,
/// sixteenth round). A column the user sorts on takes the translated path.
/// </summary>
[UseCase]
public sealed class WerkvoorraadLezen(WmoDbContext db, WmoBeleid beleid)
{
    /// <summary>The vragen of this list: in behandeling (<see cref="Ondersteuningsvraag.InBehandeling"/>) with this behandelaar, and the filter.</summary>
    private static readonly Expression<Func<Ondersteuningsvraag, Guid, VraagStatus?, Guid?, bool, bool>> InMijnLijst = (v, mijnId, status, buurtkamer, urgent) =>
        v.BehandelaarId == mijnId && (status == null || v.Status == status) && (buurtkamer == null || v.BuurtkamerId == buurtkamer) && (!urgent || v.IsUrgent);

    /// <summary>What a vraag's terms are computed from, with the inwoner's name and the contact's signaal, read in one command.</summary>
    private static readonly Expression<Func<WmoDbContext, Ondersteuningsvraag, VraagFeiten>> FeitenVanVraag = (db, v) => new VraagFeiten(
        v.Id,
        v.BuurtkamerId,
        v.Status,
        v.Meldingsdatum,
        v.Aanvraagdatum,
        v.VerdaagdTot,
        v.VerdagingBerichtOp,
        v.VerdagingReden,
        db.Inwoners.Where(i => i.Id == v.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).FirstOrDefault(),
        db.EersteContacten.Where(c => c.Id == v.EersteContactId).Select(c => c.Signaal).FirstOrDefault(),
        v.OnderzoekOpgeschorteDagen,
        v.OnderzoekOpgeschortSinds,
        v.BeslistermijnOpgeschorteDagen,
        v.BeslistermijnOpgeschortSinds);

    /// <summary>A first contact of one of these buurtkamers that nobody picked up yet (no vraag made from it).</summary>
    private static readonly Expression<Func<EersteContact, List<Guid>, bool>> WachtIn = (c, buurtkamerIds) =>
        buurtkamerIds.Contains(c.BuurtkamerId) && c.OndersteuningsvraagId == null;

    private static readonly Expression<Func<EersteContact, NieuwContact>> AlsNieuwContact = c =>
        new NieuwContact(c.Id, c.Meldingsdatum, c.Melder.Naam, c.OverWie, c.VraagInEigenWoorden, c.BuurtkamerId, c.Signaal, c.Geboortedatum, c.LeeftijdBijMelding);

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, int, int, IAsyncEnumerable<NieuwContact>>> ContactenVan = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, List<Guid>, int, int, IQueryable<NieuwContact>>>((db, buurtkamerIds, overslaan, aantal) =>
            db.EersteContacten.AsNoTracking()
                .Where(c => WachtIn.Met(c, buurtkamerIds))
                .OrderBy(c => c.Signaal == null).ThenBy(c => c.Meldingsdatum).ThenBy(c => c.Id)
                .Skip(overslaan).Take(aantal)
                .Select(AlsNieuwContact))));

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, CancellationToken, Task<int>>> AantalContacten = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, List<Guid>, CancellationToken, int>>((db, buurtkamerIds, _) =>
            db.EersteContacten.Count(c => WachtIn.Met(c, buurtkamerIds)))));

    private static readonly PerModel<Func<WmoDbContext, Guid, VraagStatus?, Guid?, bool, CancellationToken, Task<int>>> AantalOpen = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, VraagStatus?, Guid?, bool, CancellationToken, int>>((db, mijnId, status, buurtkamer, urgent, _) =>
            db.Ondersteuningsvragen.Where(Ondersteuningsvraag.InBehandeling).Count(v => InMijnLijst.Met(v, mijnId, status, buurtkamer, urgent)))));

    /// <summary>The open vragen of this list in one phase of their running term (<see cref="Werkvoorraadfase"/>).</summary>
    private static readonly Expression<Func<WmoDbContext, Guid, VraagStatus?, Guid?, bool, Expression<Func<Ondersteuningsvraag, bool>>, IQueryable<Ondersteuningsvraag>>> InFase =
        (db, mijnId, status, buurtkamer, urgent, fase) =>
            db.Ondersteuningsvragen.Where(Ondersteuningsvraag.InBehandeling).Where(fase).Where(v => InMijnLijst.Met(v, mijnId, status, buurtkamer, urgent));

    /// <summary>A candidate for the page: spoed, and the end of its running term by the domain's rule.</summary>
    private sealed class Kandidaat
    {
        public Guid Id { get; init; }

        public bool IsUrgent { get; init; }

        public int Einddag { get; init; }
    }

    /// <summary>The first <c>aantal</c> of one phase whose order is that of its partial index (spoed first, then the term).</summary>
    private static readonly Expression<Func<IQueryable<Ondersteuningsvraag>, int, int, int, int, IQueryable<Kandidaat>>> EerstenOpDeIndex =
        (fase, aantal, onderzoek, beschikking, vandaag) =>
            fase.OrderByDescending(v => v.IsUrgent).ThenBy(v => v.LopendeTermijnVanafDag).ThenBy(v => v.Id).Take(aantal)
                .Select(v => new Kandidaat { Id = v.Id, IsUrgent = v.IsUrgent, Einddag = Ondersteuningsvraag.NominaleEinddag.Met(v, onderzoek, beschikking, vandaag) });

    // Spoed first, then the nearest end of the running term (the domain's rule on the vraag's own row, with the lengths and
    // today's day number as parameters). Per phase of the running term the first rows of the page and the pages before it come
    // from that phase's partial index in order, without reading or sorting the rest of the caseload; the rule then orders
    // those few (issue 15, docs/performance.md, seventeenth and twenty-first round).
    private static readonly PerModel<Func<WmoDbContext, Guid, VraagStatus?, Guid?, bool, int, int, int, int, int, IAsyncEnumerable<Guid>>> PaginaOpTermijn = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, VraagStatus?, Guid?, bool, int, int, int, int, int, IQueryable<Guid>>>(
            (db, mijnId, status, buurtkamer, urgent, onderzoek, beschikking, vandaag, overslaan, aantal) =>
                EerstenOpDeIndex.Met(InFase.Met(db, mijnId, status, buurtkamer, urgent, Werkvoorraadfase.Onderzoek.InFase), overslaan + aantal, onderzoek, beschikking, vandaag)
                    .Concat(EerstenOpDeIndex.Met(InFase.Met(db, mijnId, status, buurtkamer, urgent, Werkvoorraadfase.Beschikking.InFase), overslaan + aantal, onderzoek, beschikking, vandaag))
                    .Concat(EerstenOpDeIndex.Met(InFase.Met(db, mijnId, status, buurtkamer, urgent, Werkvoorraadfase.Verdaagd.InFase), overslaan + aantal, onderzoek, beschikking, vandaag))
                    .Concat(InFase.Met(db, mijnId, status, buurtkamer, urgent, Werkvoorraadfase.Opgeschort.InFase)
                        .Select(v => new Kandidaat { Id = v.Id, IsUrgent = v.IsUrgent, Einddag = Ondersteuningsvraag.NominaleEinddag.Met(v, onderzoek, beschikking, vandaag) })
                        .OrderByDescending(k => k.IsUrgent).ThenBy(k => k.Einddag).ThenBy(k => k.Id).Take(overslaan + aantal))
                    .OrderByDescending(k => k.IsUrgent).ThenBy(k => k.Einddag).ThenBy(k => k.Id)
                    .Skip(overslaan).Take(aantal)
                    .Select(k => k.Id))));

    // One flat command for the page's rows. (Joined to the page query above it measured slower in SQLite than the two commands:
    // 0.30 against 0.11 + 0.13 ms.)
    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<VraagFeiten>>> FeitenVan = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, List<Guid>, IQueryable<VraagFeiten>>>((db, ids) =>
            db.Ondersteuningsvragen.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => FeitenVanVraag.Met(db, v)))));

    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<TeruggestuurdAdvies>>> TeruggestuurdVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, Guid mijnId) =>
            db.Ondersteuningsvragen.AsNoTracking()
                .Where(v => v.BehandelaarId == mijnId && v.Status == VraagStatus.AdviesTeruggestuurd && v.AdviesId != null)
                .OrderBy(v => v.Meldingsdatum)
                .Join(db.Inwoners, v => v.InwonerId, i => i.Id, (v, i) => new TeruggestuurdAdvies(v.Id, v.AdviesId!.Value, Inwoner.NaamVan(i.Voornamen, i.Achternaam), v.Meldingsdatum))));

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<NieuwContact>>> SpoedVan = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, List<Guid>, IQueryable<NieuwContact>>>((db, buurtkamerIds) =>
            db.EersteContacten.AsNoTracking()
                .Where(c => WachtIn.Met(c, buurtkamerIds) && c.Signaal != null)
                .OrderBy(c => c.Meldingsdatum).ThenBy(c => c.Id)
                .Select(AlsNieuwContact))));

    /// <summary>What a vraag's terms are computed from, without the name and signaal (the start page names only the terms it shows).</summary>
    private static readonly Expression<Func<Ondersteuningsvraag, VraagFeiten>> TermijnFeitenVanVraag = v => new VraagFeiten(
        v.Id, v.BuurtkamerId, v.Status, v.Meldingsdatum, v.Aanvraagdatum, v.VerdaagdTot, v.VerdagingBerichtOp, v.VerdagingReden, null, null,
        v.OnderzoekOpgeschorteDagen, v.OnderzoekOpgeschortSinds, v.BeslistermijnOpgeschorteDagen, v.BeslistermijnOpgeschortSinds);

    // Only the open vragen whose term can end by the grens (a necessary condition, Ondersteuningsvraag.KanEindigenOpOfVoor), from
    // their own rows: no inwoner or contact is looked up for a vraag whose term is not shown.
    private static readonly PerModel<Func<WmoDbContext, Guid, DateOnly, DateOnly, DateOnly, IAsyncEnumerable<VraagFeiten>>> KandidatenTot = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, DateOnly, DateOnly, DateOnly, IQueryable<VraagFeiten>>>((db, mijnId, laatsteMelding, laatsteAanvraag, grens) =>
            db.Ondersteuningsvragen.AsNoTracking()
                .Where(Ondersteuningsvraag.InBehandeling)
                .Where(v => v.BehandelaarId == mijnId && Ondersteuningsvraag.KanEindigenOpOfVoor.Met(v, laatsteMelding, laatsteAanvraag, grens))
                .Select(TermijnFeitenVanVraag))));

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<VraagNaam>>> NamenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, List<Guid> ids) =>
            db.Ondersteuningsvragen.AsNoTracking().Where(v => ids.Contains(v.Id))
                .Join(db.Inwoners, v => v.InwonerId, i => i.Id, (v, i) => new VraagNaam(v.Id, Inwoner.NaamVan(i.Voornamen, i.Achternaam)))));

    /// <summary>The first contacts with a veiligheidssignaal of these buurtkamers that nobody picked up yet, the oldest first.</summary>
    public Task<List<NieuwContact>> SpoedContactenAsync(IEnumerable<Guid> buurtkamerIds, CancellationToken cancellationToken = default) =>
        LijstAsync(SpoedVan.Voor(db)(db, [.. buurtkamerIds]), cancellationToken);

    /// <summary>
    /// This behandelaar's terms that have passed or end on or before <paramref name="grens"/>, the earliest end first: the
    /// onderzoekstermijn while the vraag is in vraagverheldering and not opgeschort, and the beschikkingstermijn once there is an
    /// aanvraag (DOMAIN.md §6), as the domain computes them (Atw, opschortingen, verdaging). Only the vragen whose term can end
    /// by then are read (<see cref="Ondersteuningsvraag.KanEindigenOpOfVoor"/>), and only the first <paramref name="maximum"/>
    /// terms get their inwoner's name; the total counts them all.
    /// </summary>
    public async Task<AflopendeTermijnen> TermijnenTotAsync(Guid behandelaarId, DateOnly grens, DateOnly vandaag, int maximum, CancellationToken cancellationToken = default)
    {
        var termijnen = beleid.Termijnen;
        var feiten = await LijstAsync(KandidatenTot.Voor(db)(db, behandelaarId, grens.AddDays(-termijnen.Lengte(TermijnSoort.Onderzoek)),
            grens.AddDays(-termijnen.Lengte(TermijnSoort.Beschikking)), grens), cancellationToken);
        var aflopend = feiten
            .Select(v => MetTermijnen(v, vandaag))
            .SelectMany(v => new (TermijnSoort Soort, Termijn? Termijn)[]
                {
                    (TermijnSoort.Onderzoek, v.Status == VraagStatus.InVraagverheldering && !v.IsOpgeschort ? v.Onderzoekstermijn : null),
                    (TermijnSoort.Beschikking, v.Beschikkingstermijn),
                }
                .Where(t => t.Termijn is not null && t.Termijn.Einddatum <= grens)
                .Select(t => (v.Id, t.Soort, Termijn: t.Termijn!)))
            .OrderBy(t => t.Termijn.Einddatum).ThenBy(t => t.Id).ThenBy(t => t.Soort)
            .ToList();
        var eerste = aflopend.Take(maximum).ToList();
        var namen = eerste.Count == 0 ? [] : (await LijstAsync(NamenVan.Voor(db)(db, [.. eerste.Select(t => t.Id).Distinct()]), cancellationToken))
            .ToDictionary(n => n.Id, n => n.Naam);
        return new AflopendeTermijnen([.. eerste.Select(t => new AflopendeTermijn(t.Id, namen.GetValueOrDefault(t.Id, "–"), t.Soort, t.Termijn))], aflopend.Count);
    }

    /// <summary>
    /// One page of the first contacts of these buurtkamers without a vraag (spoed first, then the oldest), and how many there
    /// are in all: a busy buurtkamer's waiting contacts are paged in SQL like the open vragen (issue 15).
    /// </summary>
    public async Task<(List<NieuwContact> Contacten, int Totaal)> NieuweContactenAsync(IEnumerable<Guid> buurtkamerIds, int pagina, int grootte, CancellationToken cancellationToken = default)
    {
        List<Guid> ids = [.. buurtkamerIds];
        var totaal = await AantalContacten.Voor(db)(db, ids, cancellationToken);
        var contacten = totaal == 0 ? [] : await LijstAsync(ContactenVan.Voor(db)(db, ids, (pagina - 1) * grootte, grootte), cancellationToken);
        return (contacten, totaal);
    }

    /// <summary>The adviezen the toetser sent back to this behandelaar, the oldest melding first.</summary>
    public Task<List<TeruggestuurdAdvies>> TeruggestuurdAsync(Guid behandelaarId, CancellationToken cancellationToken = default) =>
        LijstAsync(TeruggestuurdVan.Voor(db)(db, behandelaarId), cancellationToken);

    /// <summary>
    /// One page of this behandelaar's open vragen: sorted, counted and paged in SQL, so only the page's rows are read; their
    /// terms (with the Algemene termijnenwet and the explanation) are computed by the domain for those rows alone.
    /// </summary>
    public async Task<OpenVragen> OpenVragenAsync(Guid behandelaarId, WerkvoorraadSelectie selectie, DateOnly vandaag, CancellationToken cancellationToken = default)
    {
        var feiten = await OpenFeitenAsync(behandelaarId, selectie, vandaag, cancellationToken);
        return MetTermijnen(feiten, vandaag);
    }

    /// <summary>The stored facts of one page of the open vragen, in the page's order, with the total and the sort applied: what <see cref="OpenVragenAsync"/> computes the terms from.</summary>
    internal async Task<OpenFeiten> OpenFeitenAsync(Guid behandelaarId, WerkvoorraadSelectie selectie, DateOnly vandaag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selectie);
        var (status, buurtkamer, urgent) = (selectie.Status, selectie.Buurtkamer, selectie.AlleenUrgent);
        var totaal = await AantalOpen.Voor(db)(db, behandelaarId, status, buurtkamer, urgent, cancellationToken);
        var overslaan = (selectie.Pagina - 1) * selectie.Grootte;

        // A column the user sorts on is sorted in the database as well (translated per request); without one, or with a column
        // this list does not know, the compiled order above.
        List<Guid>? paginaIds = null;
        var sortering = Sortering.Geen;
        if (selectie.Gevraagd.Kolom is not null)
        {
            var query = db.Ondersteuningsvragen.AsNoTracking().Where(Ondersteuningsvraag.InBehandeling)
                .Where(Invoegen.Vouw<Func<Ondersteuningsvraag, bool>>(v => InMijnLijst.Met(v, behandelaarId, status, buurtkamer, urgent)));
            (var gesorteerd, sortering) = query.SorteerOp(selectie.Gevraagd)
                .Kolom("inwoner", v => db.Inwoners.Where(i => i.Id == v.InwonerId).Select(i => i.Achternaam + " " + i.Voornamen).FirstOrDefault())
                .Kolom("status", v => v.Status)
                .Kolom("gemeld", v => v.Meldingsdatum)
                .Kolom("buurtkamer", v => db.Buurtkamers.Where(b => b.Id == v.BuurtkamerId).Select(b => b.Naam).FirstOrDefault())
                .Anders(q => q.OrderBy(v => v.Id), v => v.Id);
            if (sortering.Kolom is not null)
            {
                paginaIds = await gesorteerd.Skip(overslaan).Take(selectie.Grootte).Select(v => v.Id).ToListAsync(cancellationToken);
            }
        }

        paginaIds ??= await LijstAsync(PaginaOpTermijn.Voor(db)(db, behandelaarId, status, buurtkamer, urgent,
            beleid.Termijnen.Lengte(TermijnSoort.Onderzoek), beleid.Termijnen.Lengte(TermijnSoort.Beschikking), vandaag.DayNumber, overslaan, selectie.Grootte), cancellationToken);

        var volgorde = paginaIds.Select((id, plaats) => (id, plaats)).ToDictionary(x => x.id, x => x.plaats);
        var feiten = await LijstAsync(FeitenVan.Voor(db)(db, paginaIds), cancellationToken);
        return new OpenFeiten([.. feiten.OrderBy(v => volgorde[v.Id])], totaal, sortering);
    }

    /// <summary>The page with each vraag's running terms computed by the domain for <paramref name="vandaag"/> (Atw, opschortingen, verdaging).</summary>
    internal OpenVragen MetTermijnen(OpenFeiten feiten, DateOnly vandaag) =>
        new([.. feiten.Vragen.Select(v => MetTermijnen(v, vandaag))], feiten.Totaal, feiten.Sortering);

    /// <summary>The vraag with its running terms, computed by the domain (Atw, opschortingen, verdaging).</summary>
    private OpenVraag MetTermijnen(VraagFeiten v, DateOnly vandaag) =>
        new(v.Id, v.BuurtkamerId, v.Inwoner ?? "–", v.Status, v.Meldingsdatum, v.Signaal,
            Ondersteuningsvraag.OnderzoekstermijnVan(v.Meldingsdatum, v.OnderzoekOpgeschorteDagen, v.OnderzoekOpgeschortSinds, beleid.Termijnen, vandaag),
            Ondersteuningsvraag.BeschikkingstermijnVan(v.Aanvraagdatum, v.BeslistermijnOpgeschorteDagen, v.BeslistermijnOpgeschortSinds,
                Ondersteuningsvraag.VerdagingVan(v.VerdaagdTot, v.VerdagingBerichtOp, v.VerdagingReden), beleid.Termijnen, vandaag),
            v.OnderzoekOpgeschortSinds is not null,
            v.VerdaagdTot is not null);
}
