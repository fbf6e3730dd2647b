using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Transitie;
using Wmo.Infrastructure.Persistence;
using Wmo.Infrastructure.Toegang;
using Wmo.Web.Authorization;
using Wmo.Web.Weergave;
using static Wmo.Infrastructure.Persistence.Rijen;

namespace Wmo.Web.Models.Dossier;

/// <summary>An open legacy beschikking of the werklijst with its inwoner's name.</summary>
public sealed record OpenLegacyBeschikking(Guid Id, Guid HuishoudenId, string Inwoner, LegacyProduct Product, DateOnly Einddatum, DateOnly? GeplandGesprekOp);

/// <summary>One page of the transitie-werklijst, how many are open and concluded, and the sort that was applied.</summary>
public sealed record TransitieWerklijst(IReadOnlyList<OpenLegacyBeschikking> Open, int AantalOpen, int AantalAfgerond, Sortering Sortering);

/// <summary>
/// The sociaal werker's transitie-werklijst (002 §6.1): the legacy beschikkingen of the households they may see, the open
/// ones paged, the nearest einddatum first. Need-to-know drives from the user's own caseload (issue 15): the ids of the
/// visible households that have a legacy beschikking (<see cref="DossierToegang.ZichtbareHuishoudenIdsMetLegacyBeschikking"/>),
/// each source through its own (covering or partial) index, then those beschikkingen by HuishoudenId. The cost follows the
/// caseload, not the number of legacy beschikkingen in the gemeente. The counts come from the index on (HuishoudenId,
/// Conclusie) alone, and the page is sorted and cut before the inwoners are joined, so 25 inwoners are read (thirteenth
/// round). The usual view (no column chosen to sort on, at most <see cref="SleutelsGecompileerd"/> caseload keys) is compiled
/// once: a request neither builds nor translates LINQ (docs/performance.md, twenty-third round).
/// </summary>
public static class TransitieWerklijstLezer
{
    /// <summary>
    /// How many caseload keys the compiled queries take (a sociaal werker's buurtkamers and their own account). A key left over
    /// is <see cref="Guid.Empty"/>, which no caseload row has: one empty range in the index. More keys take the translated query.
    /// </summary>
    public const int SleutelsGecompileerd = 6;

    /// <summary>The list's own order: the nearest einddatum first.</summary>
    public static Sortering Standaard { get; } = new("einddatum", Aflopend: false);

    private sealed record Telling(bool Open, int Aantal);

    public static async Task<TransitieWerklijst> LeesAsync(WmoDbContext db, DossierToegang toegang, ClaimsPrincipal gebruiker, int overslaan, int aantal, Sortering gevraagd, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gevraagd);
        if (gevraagd.Kolom is null && gebruiker.Rol() == Rol.SociaalWerker
            && Caseloadsleutels.VanSociaalWerker(gebruiker.Id(), gebruiker.BuurtkamerIds()) is { Count: <= SleutelsGecompileerd } eigen)
        {
            var s = eigen.Concat(Enumerable.Repeat(Guid.Empty, SleutelsGecompileerd - eigen.Count)).ToArray();
            var (mijnId, nu) = (gebruiker.Id(), toegang.InzageMoment);
            var tellingen = await LijstAsync(TellingenVan.Voor(db)(db, mijnId, nu, s[0], s[1], s[2], s[3], s[4], s[5]), cancellationToken);
            var open = await LijstAsync(PaginaVan.Voor(db)(db, mijnId, nu, s[0], s[1], s[2], s[3], s[4], s[5], overslaan, aantal), cancellationToken);
            return new TransitieWerklijst(open, Aantal(tellingen, open: true), Aantal(tellingen, open: false), Standaard);
        }

        var zichtbareHuishoudens = toegang.ZichtbareHuishoudenIdsMetLegacyBeschikking(gebruiker);
        var zichtbaar = db.LegacyBeschikkingen.AsNoTracking().Where(b => zichtbareHuishoudens.Contains(b.HuishoudenId));
        var aantallen = await zichtbaar.GroupBy(b => b.Conclusie == null).Select(g => new Telling(g.Key, g.Count())).ToListAsync(cancellationToken);

        // Sorted on a column the user chose (issue 12), by default on Einddatum; in SQL, before the page is cut. Only the sort
        // on the inwoner's name looks up an inwoner per open beschikking.
        var (gesorteerd, sortering) = zichtbaar.Where(b => b.Conclusie == null)
            .Select(b => new { b.Id, b.HuishoudenId, b.InwonerId, b.Product, b.Einddatum, b.GeplandGesprekOp })
            .SorteerOp(gevraagd)
            .Kolom("inwoner", r => db.Inwoners.Where(i => i.Id == r.InwonerId).Select(i => i.Achternaam).First())
            .Kolom("product", r => r.Product)
            .Kolom("einddatum", r => r.Einddatum)
            .Kolom("gesprek", r => r.GeplandGesprekOp)
            .Anders(q => q.OrderBy(r => r.Einddatum).ThenBy(r => r.Id), r => r.Id, Standaard);
        var pagina = await gesorteerd.Skip(overslaan).Take(aantal)
            .Join(db.Inwoners, b => b.InwonerId, i => i.Id, (b, i) => new OpenLegacyBeschikking(b.Id, b.HuishoudenId, Inwoner.NaamVan(i.Voornamen, i.Achternaam), b.Product, b.Einddatum, b.GeplandGesprekOp))
            .ToListAsync(cancellationToken);
        return new TransitieWerklijst(pagina, Aantal(aantallen, open: true), Aantal(aantallen, open: false), sortering);
    }

    private static int Aantal(List<Telling> tellingen, bool open) => tellingen.Where(t => t.Open == open).Sum(t => t.Aantal);

    // The rule of DossierToegang.ZichtbareHuishoudenIdsMetLegacyBeschikking with the keys and the inzage moment as parameters:
    // per key the households marked with a legacy beschikking in the caseload index, and those of the running inzagen.
    private static readonly Expression<Func<WmoDbContext, Guid, Guid, Guid, Guid, Guid, Guid, Guid, DateTime, IQueryable<Guid>>> ZichtbaarMetLegacy =
        (db, mijnId, s0, s1, s2, s3, s4, s5, nu) =>
            db.CaseloadHuishoudens.Where(c => c.SleutelId == s0 && c.MetLegacyBeschikking).Select(c => c.HuishoudenId)
                .Concat(db.CaseloadHuishoudens.Where(c => c.SleutelId == s1 && c.MetLegacyBeschikking).Select(c => c.HuishoudenId))
                .Concat(db.CaseloadHuishoudens.Where(c => c.SleutelId == s2 && c.MetLegacyBeschikking).Select(c => c.HuishoudenId))
                .Concat(db.CaseloadHuishoudens.Where(c => c.SleutelId == s3 && c.MetLegacyBeschikking).Select(c => c.HuishoudenId))
                .Concat(db.CaseloadHuishoudens.Where(c => c.SleutelId == s4 && c.MetLegacyBeschikking).Select(c => c.HuishoudenId))
                .Concat(db.CaseloadHuishoudens.Where(c => c.SleutelId == s5 && c.MetLegacyBeschikking).Select(c => c.HuishoudenId))
                .Concat(db.InzagesBuitenCaseload.Where(i => DossierToegang.LopendeInzage.Met(i, mijnId, nu)).Select(i => i.HuishoudenId));

    private static readonly PerModel<Func<WmoDbContext, Guid, DateTime, Guid, Guid, Guid, Guid, Guid, Guid, IAsyncEnumerable<Telling>>> TellingenVan = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, DateTime, Guid, Guid, Guid, Guid, Guid, Guid, IQueryable<Telling>>>(
            (db, mijnId, nu, s0, s1, s2, s3, s4, s5) =>
                db.LegacyBeschikkingen.AsNoTracking()
                    .Where(b => ZichtbaarMetLegacy.Met(db, mijnId, s0, s1, s2, s3, s4, s5, nu).Contains(b.HuishoudenId))
                    .GroupBy(b => b.Conclusie == null)
                    .Select(g => new Telling(g.Key, g.Count())))));

    private static readonly PerModel<Func<WmoDbContext, Guid, DateTime, Guid, Guid, Guid, Guid, Guid, Guid, int, int, IAsyncEnumerable<OpenLegacyBeschikking>>> PaginaVan = new(() =>
        EF.CompileAsyncQuery(Invoegen.Vouw<Func<WmoDbContext, Guid, DateTime, Guid, Guid, Guid, Guid, Guid, Guid, int, int, IQueryable<OpenLegacyBeschikking>>>(
            (db, mijnId, nu, s0, s1, s2, s3, s4, s5, overslaan, aantal) =>
                db.LegacyBeschikkingen.AsNoTracking()
                    .Where(b => ZichtbaarMetLegacy.Met(db, mijnId, s0, s1, s2, s3, s4, s5, nu).Contains(b.HuishoudenId) && b.Conclusie == null)
                    .Select(b => new { b.Id, b.HuishoudenId, b.InwonerId, b.Product, b.Einddatum, b.GeplandGesprekOp })
                    .OrderBy(r => r.Einddatum).ThenBy(r => r.Id)
                    .Skip(overslaan).Take(aantal)
                    .Join(db.Inwoners, b => b.InwonerId, i => i.Id, (b, i) => new OpenLegacyBeschikking(b.Id, b.HuishoudenId, Inwoner.NaamVan(i.Voornamen, i.Achternaam), b.Product, b.Einddatum, b.GeplandGesprekOp)))));
}
