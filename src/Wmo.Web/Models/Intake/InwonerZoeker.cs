using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Toegang;
using Wmo.Web.Authorization;

namespace Wmo.Web.Models.Intake;

/// <summary>Which side a search starts from: the treffers of the search terms, or the user's own caseload.</summary>
public enum Aandrijving
{
    /// <summary>Walk the treffers (an index on name, BSN or address) in the order of the list and test each one's household.</summary>
    Treffers,

    /// <summary>Read the members of the user's caseload with this name from the caseload index, and test those.</summary>
    Caseload,
}

/// <summary>
/// The inwoners matching the search terms (not yet need-to-know), the search key of the surname when the name is the only
/// selective term (a BSN or an address finds a handful by its own index instead), and whether a date of birth narrows the
/// name further (then the first members by name are not necessarily the first treffers).
/// </summary>
public sealed record Zoekopdracht(IQueryable<Inwoner> Inwoners, string? AlleenOpNaam, bool OokOpGeboortedatum);

/// <summary>
/// One page of the inwoners a search finds among the households the user may see (need-to-know, DOMAIN.md §8), in the
/// order of the name index (surname without tussenvoegsel, first names, id). Both <see cref="Aandrijving"/>s filter with the
/// same rules of <see cref="DossierToegang"/> and sort and page alike, so they give the same page; they differ only in what
/// the database walks (issue 15, ninth and twelfth round in docs/performance.md).
/// </summary>
public sealed class InwonerZoeker(WmoDbContext db, DossierToegang toegang)
{
    /// <summary>Results per page (issue 15: only the page is read, tested for need-to-know and audited).</summary>
    public const int PaginaGrootte = 20;

    /// <summary>
    /// A sociaal werker's name search drives from their caseload: the caseload index holds their current members by surname,
    /// so it reads the members of their own caseload with that name (on amsterdam ~30 for a common name) instead of every
    /// treffer in the gemeente (~2,000, of which the demo sociaal werker may see 1.4 %). Every other search drives from the
    /// treffers: a BSN or an address finds a handful, and other roles have no caseload index.
    /// </summary>
    public static Aandrijving Kies(ClaimsPrincipal gebruiker, Zoekopdracht zoekopdracht)
    {
        ArgumentNullException.ThrowIfNull(zoekopdracht);
        return zoekopdracht.AlleenOpNaam is not null && gebruiker.Rol() == Rol.SociaalWerker ? Aandrijving.Caseload : Aandrijving.Treffers;
    }

    /// <summary>
    /// Page <paramref name="nummer"/> of the inwoners of <paramref name="zoekopdracht"/> that the user may see, and whether
    /// there is a next page. One query: the page plus one row, nothing counted.
    /// </summary>
    public async Task<(IReadOnlyList<ZoekResultaat> Resultaten, bool HeeftVolgende)> PaginaAsync(
        ClaimsPrincipal gebruiker, Zoekopdracht zoekopdracht, int nummer, Aandrijving aandrijving, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zoekopdracht);
        var overslaan = (nummer - 1) * PaginaGrootte;
        if (aandrijving == Aandrijving.Caseload && zoekopdracht.AlleenOpNaam is { } naam && !zoekopdracht.OokOpGeboortedatum
            && Zoeknaam.BovengrensVan(naam) is { } bovengrens && gebruiker.Rol() == Rol.SociaalWerker
            && Caseloadsleutels.VanSociaalWerker(gebruiker.Id(), gebruiker.BuurtkamerIds()) is { Count: <= SleutelsGecompileerd } eigenSleutels)
        {
            // The usual name search, compiled once: the same query as below with the same rules, without building, funcletizing
            // and looking up the LINQ per request (that was ~40 % of this method's CPU; docs/performance.md, 21st round).
            var sleutels = eigenSleutels.Concat(Enumerable.Repeat(Guid.Empty, SleutelsGecompileerd - eigenSleutels.Count)).ToArray();
            var rijen = new List<Gevonden>();
            await foreach (var rij in OpNaamInCaseload.Voor(db)(db, gebruiker.Id(), gebruiker.BuurtkamerIds().ToList(), toegang.InzageMoment, naam, bovengrens,
                overslaan + PaginaGrootte + 1, overslaan, sleutels[0], sleutels[1], sleutels[2], sleutels[3], sleutels[4], sleutels[5]).WithCancellation(cancellationToken))
            {
                rijen.Add(rij);
            }

            return Resultaat(rijen);
        }

        // The visible current memberships: per treffer a lookup of its membership and a test of that household only.
        var zichtbareLeden = toegang.ZichtbareHuishoudens(gebruiker)
            .SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => new { HuishoudenId = h.Id, l.InwonerId });

        var inwoners = zoekopdracht.Inwoners;
        IQueryable<Gevonden> gevondenQuery;
        if (aandrijving == Aandrijving.Caseload && zoekopdracht.AlleenOpNaam is { } begin)
        {
            // Twelfth round: the candidates are, per caseload key, the first members with this name in the order of the list,
            // as many as this page and the ones before it need (a range in the caseload index, cut after that many), and the
            // members of households opened by an inzage. Any inwoner of the page is among the first that many of its key, and
            // among the first that many candidates overall; only those are read by primary key and tested against the live
            // rule, once each (a join that also gives the household). The database never walks the treffers of the name, nor
            // the caseload's members beyond the page.
            var (perSleutel, viaInzage) = toegang.CaseloadLeden(gebruiker);
            var nodig = overslaan + PaginaGrootte + 1;
            var kandidaten = viaInzage;
            foreach (var index in perSleutel)
            {
                var opNaam = OpNaam(index, begin).OrderBy(c => c.ZoekAchternaam).ThenBy(c => c.Voornamen).ThenBy(c => c.InwonerId);

                // With a date of birth as well, every member with the name is a candidate (the date is tested on the inwoner).
                kandidaten = (zoekopdracht.OokOpGeboortedatum ? opNaam : opNaam.Take(nodig)).Select(c => c.InwonerId).Concat(kandidaten);
            }

            gevondenQuery = inwoners.Where(i => kandidaten.Contains(i.Id))
                .OrderBy(i => i.ZoekAchternaam).ThenBy(i => i.Voornamen).ThenBy(i => i.Id)
                .Take(nodig)
                .Join(zichtbareLeden, i => i.Id, z => z.InwonerId, (i, z) => new { Inwoner = i, z.HuishoudenId })
                .OrderBy(r => r.Inwoner.ZoekAchternaam).ThenBy(r => r.Inwoner.Voornamen).ThenBy(r => r.Inwoner.Id)
                .Skip(overslaan).Take(PaginaGrootte + 1)
                .Select(r => new Gevonden(r.Inwoner, r.HuishoudenId));
        }
        else
        {
            // From the treffers in the order of the index: each is tested until the page plus one is full.
            gevondenQuery = inwoners.Where(i => zichtbareLeden.Any(z => z.InwonerId == i.Id))
                .OrderBy(i => i.ZoekAchternaam).ThenBy(i => i.Voornamen).ThenBy(i => i.Id)
                .Skip(overslaan).Take(PaginaGrootte + 1)
                .Select(i => new Gevonden(i, zichtbareLeden.Where(z => z.InwonerId == i.Id).Select(z => z.HuishoudenId).First()));
        }

        return Resultaat(await gevondenQuery.ToListAsync(cancellationToken));
    }

    private static (IReadOnlyList<ZoekResultaat> Resultaten, bool HeeftVolgende) Resultaat(List<Gevonden> gevonden) =>
        ([.. gevonden.Take(PaginaGrootte).Select(r => new ZoekResultaat(r.HuishoudenId, r.Inwoner.Id, r.Inwoner.VolledigeNaam, r.Inwoner.Bsn, r.Inwoner.Geboortedatum, r.Inwoner.BrpAdres.ToString()))],
            gevonden.Count > PaginaGrootte);

    private sealed record Gevonden(Inwoner Inwoner, Guid HuishoudenId);

    /// <summary>
    /// How many caseload keys the compiled name search takes (a sociaal werker's buurtkamers and their own account). A key left
    /// over is <see cref="Guid.Empty"/>, which no caseload row has: one empty range in the index. More keys take the
    /// translated query.
    /// </summary>
    public const int SleutelsGecompileerd = 6;

    /// <summary>The surname key lies in the range of the search name (as <see cref="OpNaam(IQueryable{Inwoner}, string)"/>).</summary>
    private static readonly Expression<Func<string, string, string, bool>> InNaamBereik = (sleutel, begin, tot) =>
        string.Compare(sleutel, begin) >= 0 && sleutel.StartsWith(begin) && string.Compare(sleutel, tot) < 0;

    /// <summary>The first members with the name under one caseload key, as many as the page and the ones before it need.</summary>
    private static readonly Expression<Func<WmoDbContext, Guid, string, string, int, IQueryable<Guid>>> EersteOnderSleutel = (db, sleutel, begin, tot, nodig) =>
        db.CaseloadLeden.Where(c => c.SleutelId == sleutel && InNaamBereik.Met(c.ZoekAchternaam, begin, tot))
            .OrderBy(c => c.ZoekAchternaam).ThenBy(c => c.Voornamen).ThenBy(c => c.InwonerId)
            .Take(nodig)
            .Select(c => c.InwonerId);

    // The query of the translated caseload path below for a name alone, with the sociaal werker's rule folded in
    // (DossierToegang.ZichtbaarVoorSociaalWerker) and the keys, the inzagen and the page as parameters.
    private static readonly PerModel<Func<WmoDbContext, Guid, List<Guid>, DateTime, string, string, int, int, Guid, Guid, Guid, Guid, Guid, Guid, IAsyncEnumerable<Gevonden>>> OpNaamInCaseload = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, List<Guid>, DateTime, string, string, int, int, Guid, Guid, Guid, Guid, Guid, Guid, IQueryable<Gevonden>>>(
            (db, mijnId, buurtkamers, nu, begin, tot, nodig, overslaan, s0, s1, s2, s3, s4, s5) =>
            db.Inwoners.AsNoTracking()
                .Where(i => InNaamBereik.Met(i.ZoekAchternaam, begin, tot))
                .Where(i => EersteOnderSleutel.Met(db, s0, begin, tot, nodig)
                    .Concat(EersteOnderSleutel.Met(db, s1, begin, tot, nodig))
                    .Concat(EersteOnderSleutel.Met(db, s2, begin, tot, nodig))
                    .Concat(EersteOnderSleutel.Met(db, s3, begin, tot, nodig))
                    .Concat(EersteOnderSleutel.Met(db, s4, begin, tot, nodig))
                    .Concat(EersteOnderSleutel.Met(db, s5, begin, tot, nodig))
                    .Concat(db.Huishoudens
                        .Where(h => db.InzagesBuitenCaseload.Where(z => DossierToegang.LopendeInzage.Met(z, mijnId, nu)).Select(z => z.HuishoudenId).Contains(h.Id))
                        .SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => l.InwonerId))
                    .Contains(i.Id))
                .OrderBy(i => i.ZoekAchternaam).ThenBy(i => i.Voornamen).ThenBy(i => i.Id)
                .Take(nodig)
                .Join(db.Huishoudens.Where(h => DossierToegang.ZichtbaarVoorSociaalWerker.Met(h, db, mijnId, buurtkamers, nu))
                        .SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => new { HuishoudenId = h.Id, l.InwonerId }),
                    i => i.Id, z => z.InwonerId, (i, z) => new { Inwoner = i, z.HuishoudenId })
                .OrderBy(r => r.Inwoner.ZoekAchternaam).ThenBy(r => r.Inwoner.Voornamen).ThenBy(r => r.Inwoner.Id)
                .Skip(overslaan).Take(PaginaGrootte + 1)
                .Select(r => new Gevonden(r.Inwoner, r.HuishoudenId)))));

    /// <summary>The inwoners matching the search terms, and the name's search key when the name is the only selective term.</summary>
    public Zoekopdracht OpZoektermen(ZoekModel zoek)
    {
        ArgumentNullException.ThrowIfNull(zoek);
        var inwoners = db.Inwoners.AsNoTracking();
        string? alleenOpNaam = null;
        var bsnOfAdres = false;
        if (Bsn.TryParse(zoek.Bsn, out var bsn))
        {
            inwoners = inwoners.Where(i => i.Bsn == bsn);
            bsnOfAdres = true;
        }

        if (!string.IsNullOrWhiteSpace(zoek.Achternaam))
        {
            // A prefix of the surname without tussenvoegsel, diacritics or capitals ("vis" finds Visser, "de vries"
            // and "Vries" find de Vries): a range in the index on ZoekAchternaam (SEARCH, docs/performance.md);
            // the prefix test keeps the result exact where the range is wider.
            var begin = Zoeknaam.Van(zoek.Achternaam);
            inwoners = OpNaam(inwoners, begin);
            alleenOpNaam = begin;
        }

        if (zoek.Geboortedatum is { } geboren)
        {
            inwoners = inwoners.Where(i => i.Geboortedatum == geboren);
        }

        if (Postcode.TryParse(zoek.Postcode, out var postcode) && zoek.Huisnummer is { } huisnummer)
        {
            inwoners = inwoners.Where(i => i.BrpAdres.Postcode == postcode && i.BrpAdres.Huisnummer == huisnummer);
            bsnOfAdres = true;
        }

        return new Zoekopdracht(inwoners, bsnOfAdres ? null : alleenOpNaam, zoek.Geboortedatum is not null);
    }

    /// <summary>
    /// The inwoners whose <see cref="Inwoner.ZoekAchternaam"/> starts with <paramref name="begin"/> (a key of
    /// <see cref="Zoeknaam.Van"/>): a range in its index, and the prefix test where the range is wider.
    /// </summary>
    internal static IQueryable<Inwoner> OpNaam(IQueryable<Inwoner> inwoners, string begin)
    {
        inwoners = inwoners.Where(i => string.Compare(i.ZoekAchternaam, begin) >= 0 && i.ZoekAchternaam.StartsWith(begin));
        return Zoeknaam.BovengrensVan(begin) is { } tot ? inwoners.Where(i => string.Compare(i.ZoekAchternaam, tot) < 0) : inwoners;
    }

    /// <summary>The same range as for <see cref="Inwoner.ZoekAchternaam"/>, in the caseload index (its copy of that key).</summary>
    private static IQueryable<CaseloadLid> OpNaam(IQueryable<CaseloadLid> leden, string begin)
    {
        leden = leden.Where(c => string.Compare(c.ZoekAchternaam, begin) >= 0 && c.ZoekAchternaam.StartsWith(begin));
        return Zoeknaam.BovengrensVan(begin) is { } tot ? leden.Where(c => string.Compare(c.ZoekAchternaam, tot) < 0) : leden;
    }
}
