using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;

namespace Wmo.Web.Models.Intake;

/// <summary>Which side a search starts from: the treffers of the search terms, or the user's own caseload.</summary>
public enum Aandrijving
{
    /// <summary>Walk the treffers (the name index) in the order of the list and test each one's household.</summary>
    Treffers,

    /// <summary>Start from the households the user may see, take their current members and keep those that match.</summary>
    Caseload,
}

/// <summary>
/// One page of the inwoners a search finds among the households the user may see (need-to-know, DOMAIN.md §8), in the
/// order of the name index (surname without tussenvoegsel, first names, id). Both <see cref="Aandrijving"/>s filter with the
/// same rules of <see cref="DossierToegang"/> and sort and page alike, so they give the same page; they differ only in what
/// the database walks (issue 15, ninth round in docs/performance.md).
/// </summary>
public sealed class InwonerZoeker(WmoDbContext db, DossierToegang toegang)
{
    /// <summary>Results per page (issue 15: only the page is read, tested for need-to-know and audited).</summary>
    public const int PaginaGrootte = 20;

    /// <summary>
    /// Up to how many caseload entries the estimate counts. A caseload at least this large drives from the treffers without
    /// counting them; walking such a caseload for every search costs more than the treffers of a common name (on amsterdam:
    /// ~20,000 entries, 2,722 households for the demo sociaal werker, against 2,000–4,300 treffers per surname).
    /// </summary>
    public const int SchattingsGrens = 2_000;

    /// <summary>
    /// The cheaper side for a name search, from two capped counts on indexes: the user's caseload entries
    /// (<see cref="DossierToegang.ZichtbareHuishoudenIds"/>, at most <see cref="SchattingsGrens"/>) and then the treffers of the
    /// name (at most one more than the caseload). Walking the caseload costs a few page reads per household (membership,
    /// household, inwoner); walking the treffers about as many per treffer tested, until the page is full, and all of them
    /// when the user sees few (measured on amsterdam: docs/performance.md, ninth round). So the caseload drives when the name
    /// has more treffers than the caseload has entries.
    /// </summary>
    public async Task<Aandrijving> KiesAsync(ClaimsPrincipal gebruiker, IQueryable<Inwoner> treffersOpNaam, CancellationToken cancellationToken)
    {
        var caseload = await toegang.ZichtbareHuishoudenIds(gebruiker).Take(SchattingsGrens).CountAsync(cancellationToken);
        if (caseload >= SchattingsGrens)
        {
            return Aandrijving.Treffers;
        }

        var treffers = await treffersOpNaam.Take(caseload + 1).CountAsync(cancellationToken);
        return treffers > caseload ? Aandrijving.Caseload : Aandrijving.Treffers;
    }

    /// <summary>
    /// Page <paramref name="nummer"/> of <paramref name="inwoners"/> (already filtered on the search terms) that the user may
    /// see, and whether there is a next page. One query: the page plus one row, nothing counted.
    /// </summary>
    public async Task<(IReadOnlyList<ZoekResultaat> Resultaten, bool HeeftVolgende)> PaginaAsync(
        ClaimsPrincipal gebruiker, IQueryable<Inwoner> inwoners, int nummer, Aandrijving aandrijving, CancellationToken cancellationToken)
    {
        // The visible current memberships: per treffer a lookup of its membership and a test of that household only.
        var zichtbareLeden = toegang.ZichtbareHuishoudens(gebruiker)
            .SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => new { HuishoudenId = h.Id, l.InwonerId });

        IQueryable<Inwoner> zichtbaar;
        if (aandrijving == Aandrijving.Caseload)
        {
            // From the caseload (each source through its own index), the current members of those households, and only
            // then the inwoner by key: the database never walks the treffers of the name.
            var caseload = toegang.ZichtbareHuishoudenIds(gebruiker);
            var leden = db.Huishoudens.Where(h => caseload.Contains(h.Id))
                .SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null), (h, l) => l.InwonerId);
            zichtbaar = inwoners.Where(i => leden.Contains(i.Id));
        }
        else
        {
            // From the treffers in the order of the index: each is tested until the page plus one is full.
            zichtbaar = inwoners.Where(i => zichtbareLeden.Any(z => z.InwonerId == i.Id));
        }

        var gevonden = await zichtbaar
            .OrderBy(i => i.ZoekAchternaam).ThenBy(i => i.Voornamen).ThenBy(i => i.Id)
            .Skip((nummer - 1) * PaginaGrootte)
            .Take(PaginaGrootte + 1)
            .Select(i => new { Inwoner = i, HuishoudenId = zichtbareLeden.Where(z => z.InwonerId == i.Id).Select(z => z.HuishoudenId).First() })
            .ToListAsync(cancellationToken);
        var resultaten = gevonden
            .Take(PaginaGrootte)
            .Select(r => new ZoekResultaat(r.HuishoudenId, r.Inwoner.Id, r.Inwoner.VolledigeNaam, r.Inwoner.Bsn, r.Inwoner.Geboortedatum, r.Inwoner.BrpAdres.ToString()))
            .ToList();
        return (resultaten, gevonden.Count > PaginaGrootte);
    }

    /// <summary>
    /// The inwoners matching the search terms (not yet need-to-know), and the treffers of the name alone when the name is
    /// the only selective term (then the side to drive from is a choice; a BSN or an address finds a handful by its index).
    /// </summary>
    public IQueryable<Inwoner> OpZoektermen(ZoekModel zoek, out IQueryable<Inwoner>? alleenOpNaam)
    {
        var inwoners = db.Inwoners.AsNoTracking();
        alleenOpNaam = null;
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
            alleenOpNaam = OpNaam(db.Inwoners, begin);
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

        if (bsnOfAdres)
        {
            alleenOpNaam = null;
        }

        return inwoners;
    }

    private static IQueryable<Inwoner> OpNaam(IQueryable<Inwoner> inwoners, string begin)
    {
        inwoners = inwoners.Where(i => string.Compare(i.ZoekAchternaam, begin) >= 0 && i.ZoekAchternaam.StartsWith(begin));
        return Zoeknaam.BovengrensVan(begin) is { } tot ? inwoners.Where(i => string.Compare(i.ZoekAchternaam, tot) < 0) : inwoners;
    }
}
