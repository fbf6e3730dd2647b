using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;
using Wmo.Domain.Huishoudens;

namespace Wmo.Web.Controllers;

/// <summary>The start page: per role, what needs attention today, each item a link to where it is done.</summary>
[Authorize(Policy = Beleid.IsIngelogd)]
public sealed class HomeController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, WerkvoorraadLezen werkvoorraad, TimeProvider klok) : Controller
{
    private const int Kort = 5;

    /// <summary>How many of the terms that passed or end this week the start page lists; the werkvoorraad has them all.</summary>
    private const int TermijnenOpStartpagina = 10;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var vandaag = klok.Vandaag();
        return View(User.Rol() switch
        {
            Rol.Vrijwilliger => await VrijwilligerAsync(vandaag),
            Rol.SociaalWerker => await SociaalWerkerAsync(vandaag),
            Rol.Toetser => await ToetserAsync(vandaag),
            Rol.Beheerder => await BeheerderAsync(vandaag),
            _ => new Startpagina { Vandaag = vandaag },
        });
    }

    private async Task<Startpagina> VrijwilligerAsync(DateOnly vandaag)
    {
        var mijnId = User.Id();
        var contacten = await (from c in db.EersteContacten.AsNoTracking()
                               where c.AuteurId == mijnId
                               join b in db.Buurtkamers on c.BuurtkamerId equals b.Id
                               orderby c.Meldingsdatum descending, c.Id descending
                               select new RecentContact(c.Id, c.Meldingsdatum, c.Melder.Naam, b.Naam, c.OndersteuningsvraagId != null))
            .Take(Kort).ToListAsync();
        return new Startpagina { Vandaag = vandaag, RecenteContacten = contacten };
    }

    private async Task<Startpagina> SociaalWerkerAsync(DateOnly vandaag)
    {
        var mijnId = User.Id();
        var buurtkamers = User.Buurtkamers().ToDictionary(b => b.Id, b => b.Naam);
        var urgent = (await werkvoorraad.SpoedContactenAsync(buurtkamers.Keys, HttpContext.RequestAborted))
            .Select(c => new NieuwContactRegel(c.Id, c.Meldingsdatum, c.MelderNaam, c.OverWie, c.Vraag, buurtkamers.GetValueOrDefault(c.BuurtkamerId, "–"), c.Signaal))
            .ToList();

        // Passed or ending by the end of this week, the earliest first; the first few with a count, the rest is in the werkvoorraad
        // (issue 15: on amsterdam a caseload had 88 such terms, all read with their names and listed here).
        var (termijnen, aantalTermijnen) = await werkvoorraad.TermijnenTotAsync(mijnId, vandaag.AddDays(7), vandaag, TermijnenOpStartpagina, HttpContext.RequestAborted);
        var termijnRegels = termijnen
            .Select(t => new TermijnRegel(t.VraagId, t.Inwoner, t.Soort == TermijnSoort.Onderzoek ? "Onderzoek (6 weken)" : "Beschikking (2 weken)", t.Termijn))
            .ToList();
        var teruggestuurd = (await werkvoorraad.TeruggestuurdAsync(mijnId, HttpContext.RequestAborted))
            .Select(t => new TeruggestuurdRegel(t.VraagId, t.AdviesId, t.Inwoner, t.Meldingsdatum))
            .ToList();
        return new Startpagina { Vandaag = vandaag, UrgenteSignalen = urgent, TermijnenDezeWeek = termijnRegels, TermijnenTotaal = aantalTermijnen, Teruggestuurd = teruggestuurd };
    }

    private async Task<Startpagina> ToetserAsync(DateOnly vandaag)
    {
        var (regels, totaal, _) = await ToetsWachtrijLezer.LeesAsync(db, toegang, beleid, User, vandaag, 0, Kort);
        return new Startpagina { Vandaag = vandaag, Wachtrij = regels, WachtrijTotaal = totaal };
    }

    private async Task<Startpagina> BeheerderAsync(DateOnly vandaag)
    {
        var zonder = await Application.Beheer.Bezetting.ZonderSociaalWerker(db).OrderBy(b => b.Naam).Select(b => b.Naam).ToListAsync();
        var zonderTweeStaps = await (from ur in db.UserRoles
                                     join r in db.Roles on ur.RoleId equals r.Id
                                     join u in db.Users on ur.UserId equals u.Id
                                     where (r.Name == Rollen.Toetser || r.Name == Rollen.Beheerder) && u.IsActief && !u.TwoFactorEnabled
                                     orderby u.Naam
                                     select u.Naam).ToListAsync();
        return new Startpagina { Vandaag = vandaag, BuurtkamersZonderSociaalWerker = zonder, AccountsZonderTweeStaps = zonderTweeStaps };
    }

    /// <summary>
    /// The bare signed-in page: the same middleware, authentication and layout as every page, without any database
    /// work. The benchmark (<c>wmo bench</c>, docs/performance.md) measures every page against it in the same run.
    /// </summary>
    [HttpGet]
    public IActionResult Kaal() => View();
}
