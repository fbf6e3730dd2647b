using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.SocialeKaart;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The sociale kaart (002 §2.2, §3.1): searchable at the buurtkamer table by vrijwilligers and sociaal werkers, kept
/// up to date by beheerders (<see cref="SocialeKaartBeheerController"/>). Offers that stop are deactivated, never deleted.
/// </summary>
[GeenInzage("beheer van de sociale kaart: aanbod, geen gegevens van inwoners")]
[Authorize(Policy = Beleid.MagSocialeKaartZien)]
public sealed class SocialeKaartController(WmoDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(SocialeKaartZoekModel model, int? pagina) => View(await ZoekAsync(db, model, pagina, User));

    /// <summary>The search and its page of results (here, and the list again when <see cref="SocialeKaartBeheerController"/> could not save).</summary>
    internal static async Task<SocialeKaartZoekModel> ZoekAsync(WmoDbContext db, SocialeKaartZoekModel model, int? pagina, System.Security.Claims.ClaimsPrincipal gebruiker)
    {
        // Only beheerders look at deactivated offers (to reactivate them); at the table only what runs counts.
        var toonActief = !(gebruiker.IsInRole(nameof(Rol.Beheerder)) && model.Inactief);
        var query = db.SocialeKaart.AsNoTracking().Where(a => a.IsActief == toonActief);
        if (!string.IsNullOrWhiteSpace(model.Zoek))
        {
            var patroon = "%" + model.Zoek.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.Like(a.Naam, patroon, "\\") || EF.Functions.Like(a.Organisatie, patroon, "\\") || EF.Functions.Like(a.Omschrijving, patroon, "\\"));
        }

        if (model.Soort is { } soort)
        {
            query = query.Where(a => a.Soort == soort);
        }

        if (model.WijkId is { } wijkId)
        {
            // An offer for the whole gemeente (no wijk) is available in every wijk.
            query = query.Where(a => a.WijkId == wijkId || a.WijkId == null);
        }

        var nummer = Pagina<AanbodRegel>.Normaliseer(pagina);
        var totaal = await query.CountAsync();
        var regels = await query.OrderBy(a => a.Naam).ThenBy(a => a.Organisatie)
            .Skip((nummer - 1) * Pagina<AanbodRegel>.StandaardGrootte).Take(Pagina<AanbodRegel>.StandaardGrootte)
            .Select(a => new AanbodRegel(a.Id, a.Naam, a.Organisatie, a.Soort, a.Omschrijving,
                db.Wijken.Where(w => w.Id == a.WijkId).Select(w => w.Naam).FirstOrDefault(), a.Wanneer, a.Waar, a.Contact, a.IsActief))
            .ToListAsync();
        model.Resultaat = new Pagina<AanbodRegel>(regels, nummer, Pagina<AanbodRegel>.StandaardGrootte, totaal);
        model.Wijken = await WijkKeuzesAsync(db);
        return model;
    }

    /// <summary>The wijken to choose from (search here, the offer's wijk in <see cref="SocialeKaartBeheerController"/>).</summary>
    internal static async Task<IEnumerable<SelectListItem>> WijkKeuzesAsync(WmoDbContext db) =>
        await db.Wijken.AsNoTracking().OrderBy(w => w.Naam)
            .Select(w => new SelectListItem(w.IsDorp ? w.Naam + " (dorp)" : w.Naam, w.Id.ToString())).ToListAsync();
}
