using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Besluiten;

/// <summary>The toetser's queue of submitted adviezen, oldest aanvraag first: read by the toetsing page and the start page.</summary>
public static class ToetsWachtrijLezer
{
    /// <param name="gevraagd">A column (inwoner, sociaalwerker, aanvraag, ingediend) or none: the oldest aanvraag first.</param>
    public static async Task<(List<ToetsRegel> Regels, int Totaal, Sortering Sortering)> LeesAsync(
        WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, ClaimsPrincipal toetser, DateOnly vandaag, int overslaan, int aantal, Sortering? gevraagd = null)
    {
        var ingediend =
            from a in toegang.ZichtbareAdviezen(toetser).AsNoTracking()
            where a.Status == AdviesStatus.Ingediend
            join v in db.Ondersteuningsvragen on a.VraagId equals v.Id
            join i in db.Inwoners on v.InwonerId equals i.Id
            join u in db.Users on a.AuteurId equals u.Id into auteurs
            from u in auteurs.DefaultIfEmpty()
            select new { a.Id, a.VoorzieningCode, Auteur = u == null ? null : u.Naam, v.Aanvraagdatum, a.IngediendOp, VraagId = v.Id, i.Voornamen, i.Achternaam };

        var totaal = await ingediend.CountAsync();

        // The beslistermijn runs from the aanvraag, so the oldest aanvraag is the most urgent (overdue first).
        var (gesorteerd, sortering) = ingediend.SorteerOp(gevraagd ?? Sortering.Geen)
            .Kolom("inwoner", r => r.Achternaam + " " + r.Voornamen)
            .Kolom("sociaalwerker", r => r.Auteur)
            .Kolom("aanvraag", r => r.Aanvraagdatum)
            .Kolom("ingediend", r => r.IngediendOp)
            .Anders(q => q.OrderBy(r => r.Aanvraagdatum).ThenBy(r => r.Id), r => r.Id, new Sortering("aanvraag", Aflopend: false));
        var regels = await gesorteerd.Skip(overslaan).Take(aantal).ToListAsync();
        // The vragen of this page carry the verdaging, opschortingen and ingebrekestelling the beslistermijn and dwangsom need.
        var vraagIds = regels.Select(r => r.VraagId).ToList();
        var vragen = await db.Ondersteuningsvragen.AsNoTracking().Where(v => vraagIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id);
        var items = regels.Select(r => new ToetsRegel(r.Id, $"{r.Voornamen} {r.Achternaam}", beleid.VoorzieningNaam(r.VoorzieningCode), r.Auteur ?? "–", r.Aanvraagdatum,
            vragen[r.VraagId].Beschikkingstermijn(beleid.Termijnen, vandaag))
        {
            IngediendOp = r.IngediendOp,
            IsVerdaagd = vragen[r.VraagId].IsVerdaagd,
            Dwangsom = vragen[r.VraagId].DwangsomTotEnMet(vandaag, beleid.Dwangsom),
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
