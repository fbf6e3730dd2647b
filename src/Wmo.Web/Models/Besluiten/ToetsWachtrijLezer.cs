using System.Linq.Expressions;
using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Weergave;
using static Wmo.Infrastructure.Persistence.Rijen;

namespace Wmo.Web.Models.Besluiten;

/// <summary>The toetser's queue of submitted adviezen, oldest aanvraag first: read by the toetsing page and the start page.</summary>
public static class ToetsWachtrijLezer
{
    /// <param name="gevraagd">A column (inwoner, sociaalwerker, aanvraag, ingediend) or none: the oldest aanvraag first.</param>
    public static async Task<(List<ToetsRegel> Regels, int Totaal, Sortering Sortering)> LeesAsync(
        WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, ClaimsPrincipal toetser, DateOnly vandaag, int overslaan, int aantal, Sortering? gevraagd = null, CancellationToken cancellationToken = default)
    {
        // Issue 15: the queue is counted on the advies' status index alone (every advies has its vraag and inwoner), and
        // sorted on what the sort needs; the names of inwoner and sociaal werker are looked up only for the page shown,
        // never for the whole queue (docs/performance.md, sixth round). The default order comes from the advies itself
        // (ZwaarwegendAdvies.Aanvraagdatum, index Status, Aanvraagdatum, Id): SQLite walks that index and stops after the page,
        // joining only the vragen of the rows shown (eighth round).
        List<WachtrijRij> regels;
        int totaal;
        Sortering sortering;
        if ((gevraagd ?? Sortering.Geen).Kolom is null && toetser.Rol() == Rol.Toetser)
        {
            // The usual view of a toetser, compiled once: the same commands as below, without building and translating LINQ per
            // request (docs/performance.md, twenty-third round).
            totaal = await AantalVoorToetser.Voor(db)(db, cancellationToken);
            regels = await LijstAsync(PaginaVoorToetser.Voor(db)(db, overslaan, aantal), cancellationToken);
            sortering = Standaard;
        }
        else
        {
            var ingediend = toegang.ZichtbareAdviezen(toetser).AsNoTracking().Where(a => a.Status == AdviesStatus.Ingediend);
            totaal = await ingediend.CountAsync(cancellationToken);
            var wachtrij =
                from a in ingediend
                join v in db.Ondersteuningsvragen on a.VraagId equals v.Id
                select new { a.Id, a.VoorzieningCode, a.AuteurId, a.Aanvraagdatum, a.IngediendOp, VraagId = v.Id, v.InwonerId };

            // The beslistermijn runs from the aanvraag, so the oldest aanvraag is the most urgent (overdue first).
            (var gesorteerd, sortering) = wachtrij.SorteerOp(gevraagd ?? Sortering.Geen)
                .Kolom("inwoner", r => db.Inwoners.Where(i => i.Id == r.InwonerId).Select(i => i.Achternaam + " " + i.Voornamen).First())
                .Kolom("sociaalwerker", r => db.Users.Where(u => u.Id == r.AuteurId).Select(u => u.Naam).FirstOrDefault())
                .Kolom("aanvraag", r => r.Aanvraagdatum)
                .Kolom("ingediend", r => r.IngediendOp)
                .Anders(q => q.OrderBy(r => r.Aanvraagdatum).ThenBy(r => r.Id), r => r.Id, Standaard);
            regels = await gesorteerd.Skip(overslaan).Take(aantal)
                .Select(r => new WachtrijRij(r.Id, r.VoorzieningCode, r.AuteurId, r.Aanvraagdatum, r.IngediendOp, r.VraagId, r.InwonerId))
                .ToListAsync(cancellationToken);
        }

        // Names for this page only: a lookup by key per shown row, in two small queries. The vragen of this page carry the
        // verdaging, opschortingen and ingebrekestelling the beslistermijn and dwangsom need: those columns only, the opschortingen
        // summarised on the vraag's row (not each vraag with everything it owns: seven commands per page; docs/performance.md,
        // eleventh and twentieth round).
        var inwoners = (await LijstAsync(NamenVan.Voor(db)(db, [.. regels.Select(r => r.InwonerId).Distinct()]), cancellationToken)).ToDictionary(n => n.Id, n => n.Naam);
        var auteurs = await GebruikerNamen.VanAsync(db, [.. regels.Select(r => r.AuteurId).Distinct()], cancellationToken);
        var vragen = (await LijstAsync(VragenVan.Voor(db)(db, [.. regels.Select(r => r.VraagId)]), cancellationToken)).ToDictionary(v => v.Id);

        var items = regels.Select(r =>
        {
            var vraag = vragen[r.VraagId];
            var termijn = Ondersteuningsvraag.BeschikkingstermijnVan(vraag.Aanvraagdatum, vraag.BeslistermijnOpgeschorteDagen, vraag.BeslistermijnOpgeschortSinds,
                Ondersteuningsvraag.VerdagingVan(vraag.VerdaagdTot, vraag.VerdagingBerichtOp, vraag.VerdagingReden), beleid.Termijnen, vandaag);
            return new ToetsRegel(r.Id, inwoners[r.InwonerId], beleid.VoorzieningNaam(r.VoorzieningCode), auteurs.GetValueOrDefault(r.AuteurId) ?? "–", r.Aanvraagdatum, termijn)
            {
                IngediendOp = r.IngediendOp,
                IsVerdaagd = vraag.VerdaagdTot is not null,
                Dwangsom = Ondersteuningsvraag.DwangsomVan(vraag.IngebrekestellingOntvangenOp, vandaag, beleid.Dwangsom),
            };
        }).ToList();
        return (items, totaal, sortering);
    }

    /// <summary>The queue's own order: the oldest aanvraag first.</summary>
    public static Sortering Standaard { get; } = new("aanvraag", Aflopend: false);

    /// <summary>A submitted advies of the queue, with its vraag and inwoner.</summary>
    private sealed record WachtrijRij(Guid Id, string VoorzieningCode, Guid AuteurId, DateOnly? Aanvraagdatum, DateOnly? IngediendOp, Guid VraagId, Guid InwonerId);

    /// <summary>What the beslistermijn and the dwangsom of a vraag are computed from.</summary>
    private sealed record VraagTermijnFeiten(Guid Id, DateOnly? Aanvraagdatum, DateOnly? VerdaagdTot, DateOnly? VerdagingBerichtOp, string? VerdagingReden,
        DateOnly? IngebrekestellingOntvangenOp, int BeslistermijnOpgeschorteDagen, int? BeslistermijnOpgeschortSinds);

    private sealed record IdNaam(Guid Id, string Naam);

    private static readonly Expression<Func<Ondersteuningsvraag, VraagTermijnFeiten>> AlsTermijnFeiten = v => new VraagTermijnFeiten(
        v.Id, v.Aanvraagdatum, v.VerdaagdTot, v.VerdagingBerichtOp, v.VerdagingReden, v.IngebrekestellingOntvangenOp, v.BeslistermijnOpgeschorteDagen, v.BeslistermijnOpgeschortSinds);

    private static readonly PerModel<Func<WmoDbContext, CancellationToken, Task<int>>> AantalVoorToetser = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, CancellationToken _) =>
            db.Adviezen.Where(DossierToegang.VoorToetser).Count(a => a.Status == AdviesStatus.Ingediend)));

    private static readonly PerModel<Func<WmoDbContext, int, int, IAsyncEnumerable<WachtrijRij>>> PaginaVoorToetser = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, int overslaan, int aantal) =>
            (from a in db.Adviezen.AsNoTracking().Where(DossierToegang.VoorToetser).Where(a => a.Status == AdviesStatus.Ingediend)
             join v in db.Ondersteuningsvragen on a.VraagId equals v.Id
             orderby a.Aanvraagdatum, a.Id
             select new WachtrijRij(a.Id, a.VoorzieningCode, a.AuteurId, a.Aanvraagdatum, a.IngediendOp, v.Id, v.InwonerId))
                .Skip(overslaan).Take(aantal)));

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<IdNaam>>> NamenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, List<Guid> ids) =>
            db.Inwoners.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new IdNaam(i.Id, Inwoner.NaamVan(i.Voornamen, i.Achternaam)))));

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<VraagTermijnFeiten>>> VragenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, List<Guid> ids) =>
            db.Ondersteuningsvragen.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(AlsTermijnFeiten)));
}

/// <summary>Search form of the list of issued beschikkingen (GET).</summary>
public sealed class BeschikkingZoekModel
{
    /// <summary>The beschikking number (or its beginning) or the beginning of the inwoner's surname.</summary>
    public string? Zoek { get; set; }

    /// <summary>The day the beschikking was sent.</summary>
    public DateOnly? Datum { get; set; }

    public int? Pagina { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Pagina<BeschikkingRegel> Resultaat { get; set; } = new([], 1, Pagina<BeschikkingRegel>.StandaardGrootte, 0);

    /// <summary>More match than <see cref="BeschikkingenLezer.Telgrens"/>: the first that many can be paged through.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool MeerDanTelgrens { get; set; }
}

public sealed class BeschikkingZoekModelValidator : AbstractValidator<BeschikkingZoekModel>
{
    public BeschikkingZoekModelValidator() =>
        RuleFor(m => m.Zoek).MaximumLength(100).WithMessage("Zoek op hoogstens 100 tekens: het nummer of het begin van de achternaam.");
}

public sealed record BeschikkingRegel(Guid Id, string Nummer, string Inwoner, string Voorziening, Domain.Besluiten.BeschikkingSoort Soort, DateOnly? Verzenddatum);
