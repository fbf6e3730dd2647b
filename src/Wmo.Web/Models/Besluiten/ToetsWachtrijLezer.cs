using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Weergave;

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
        var ingediend = toegang.ZichtbareAdviezen(toetser).AsNoTracking().Where(a => a.Status == AdviesStatus.Ingediend);
        var totaal = await ingediend.CountAsync(cancellationToken);
        var wachtrij =
            from a in ingediend
            join v in db.Ondersteuningsvragen on a.VraagId equals v.Id
            select new { a.Id, a.VoorzieningCode, a.AuteurId, a.Aanvraagdatum, a.IngediendOp, VraagId = v.Id, v.InwonerId };

        // The beslistermijn runs from the aanvraag, so the oldest aanvraag is the most urgent (overdue first).
        var (gesorteerd, sortering) = wachtrij.SorteerOp(gevraagd ?? Sortering.Geen)
            .Kolom("inwoner", r => db.Inwoners.Where(i => i.Id == r.InwonerId).Select(i => i.Achternaam + " " + i.Voornamen).First())
            .Kolom("sociaalwerker", r => db.Users.Where(u => u.Id == r.AuteurId).Select(u => u.Naam).FirstOrDefault())
            .Kolom("aanvraag", r => r.Aanvraagdatum)
            .Kolom("ingediend", r => r.IngediendOp)
            .Anders(q => q.OrderBy(r => r.Aanvraagdatum).ThenBy(r => r.Id), r => r.Id, new Sortering("aanvraag", Aflopend: false));
        var regels = await gesorteerd.Skip(overslaan).Take(aantal).ToListAsync(cancellationToken);

        // Names for this page only: a lookup by key per shown row, in two small queries.
        var inwonerIds = regels.Select(r => r.InwonerId).Distinct().ToList();
        var inwoners = await db.Inwoners.AsNoTracking().Where(i => inwonerIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Voornamen, i.Achternaam }).ToDictionaryAsync(i => i.Id, i => Inwoner.NaamVan(i.Voornamen, i.Achternaam), cancellationToken);
        var auteurIds = regels.Select(r => r.AuteurId).Distinct().ToList();
        var auteurs = await db.Users.AsNoTracking().Where(u => auteurIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Naam }).ToDictionaryAsync(u => u.Id, u => u.Naam, cancellationToken);

        // The vragen of this page carry the verdaging, opschortingen and ingebrekestelling the beslistermijn and dwangsom need:
        // those columns only, the opschortingen summarised on the vraag's row (not each vraag with everything it owns: seven
        // commands per page; docs/performance.md, eleventh and twentieth round).
        var vraagIds = regels.Select(r => r.VraagId).ToList();
        var vragen = await db.Ondersteuningsvragen.AsNoTracking().Where(v => vraagIds.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                v.Aanvraagdatum,
                v.VerdaagdTot,
                v.VerdagingBerichtOp,
                v.VerdagingReden,
                v.IngebrekestellingOntvangenOp,
                v.BeslistermijnOpgeschorteDagen,
                v.BeslistermijnOpgeschortSinds,
            })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
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
}

/// <summary>Search form of the list of issued beschikkingen (GET).</summary>
public sealed class BeschikkingZoekModel
{
    /// <summary>Part of the beschikking number or of the inwoner's name.</summary>
    public string? Zoek { get; set; }

    /// <summary>The day the beschikking was sent.</summary>
    public DateOnly? Datum { get; set; }

    public int? Pagina { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Pagina<BeschikkingRegel> Resultaat { get; set; } = new([], 1, Pagina<BeschikkingRegel>.StandaardGrootte, 0);
}

public sealed class BeschikkingZoekModelValidator : AbstractValidator<BeschikkingZoekModel>
{
    public BeschikkingZoekModelValidator() =>
        RuleFor(m => m.Zoek).MaximumLength(100).WithMessage("Zoek op hoogstens 100 tekens: een deel van het nummer of de naam.");
}

public sealed record BeschikkingRegel(Guid Id, string Nummer, string Inwoner, string Voorziening, Domain.Besluiten.BeschikkingSoort Soort, DateOnly? Verzenddatum);
