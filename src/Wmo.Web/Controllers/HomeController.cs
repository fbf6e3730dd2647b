using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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
public sealed class HomeController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok) : Controller
{
    private const int Kort = 5;

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
        var buurtkamerIds = User.BuurtkamerIds().ToList();
        var urgent = await (from c in db.EersteContacten.AsNoTracking()
                            where buurtkamerIds.Contains(c.BuurtkamerId) && c.OndersteuningsvraagId == null && c.Signaal != null
                            join b in db.Buurtkamers on c.BuurtkamerId equals b.Id
                            orderby c.Meldingsdatum
                            select new NieuwContactRegel(c.Id, c.Meldingsdatum, c.Melder.Naam, c.OverWie, c.VraagInEigenWoorden, b.Naam, c.Signaal))
            .ToListAsync();

        // Only the open vragen whose term can end by the end of this week (a necessary condition the database computes), and
        // of those the columns the terms are computed from, with both kinds of opschorting in the same command; the exact terms
        // (Atw, opschortingen, verdaging) come from the domain for those vragen alone (issue 15: on amsterdam this read all
        // 491 open vragen of a caseload as whole aggregates, in eight commands).
        var grens = vandaag.AddDays(7);
        var kandidaten = await db.Ondersteuningsvragen.AsNoTracking().AsSingleQuery()
            .Where(Ondersteuningsvraag.InBehandeling).Where(v => v.BehandelaarId == mijnId)
            .Where(Ondersteuningsvraag.TermijnKanEindigenOpOfVoor(beleid.Termijnen, grens))
            .Select(v => new
            {
                v.Id,
                v.Status,
                v.Meldingsdatum,
                v.Aanvraagdatum,
                v.VerdaagdTot,
                v.VerdagingBerichtOp,
                v.VerdagingReden,
                Inwoner = db.Inwoners.Where(i => i.Id == v.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).FirstOrDefault(),
                Opschortingen = v.Opschortingen.Select(o => new { o.Van, o.TotEnMet }).ToList(),
                BeslistermijnOpschortingen = v.BeslistermijnOpschortingen.Select(o => new { o.Van, o.TotEnMet }).ToList(),
            })
            .ToListAsync();
        var termijnen = kandidaten
            .SelectMany(v => new[]
            {
                v.Status == VraagStatus.InVraagverheldering && !v.Opschortingen.Any(o => o.TotEnMet == null)
                    ? ("Onderzoek (6 weken)", Ondersteuningsvraag.OnderzoekstermijnVan(v.Meldingsdatum, v.Opschortingen.Select(o => (o.Van, o.TotEnMet)), beleid.Termijnen, vandaag))
                    : (null, null),
                ("Beschikking (2 weken)", Ondersteuningsvraag.BeschikkingstermijnVan(v.Aanvraagdatum, v.BeslistermijnOpschortingen.Select(o => (o.Van, o.TotEnMet)),
                    Ondersteuningsvraag.VerdagingVan(v.VerdaagdTot, v.VerdagingBerichtOp, v.VerdagingReden), beleid.Termijnen, vandaag)),
            }
            .Where(t => t.Item2 is not null && t.Item2.Einddatum <= grens)
            .Select(t => new TermijnRegel(v.Id, v.Inwoner ?? "–", t.Item1!, t.Item2!)))
            .OrderBy(t => t.Termijn.Einddatum)
            .ToList();
        var teruggestuurd = await db.Ondersteuningsvragen.AsNoTracking()
            .Where(v => v.BehandelaarId == mijnId && v.Status == VraagStatus.AdviesTeruggestuurd && v.AdviesId != null)
            .OrderBy(v => v.Meldingsdatum)
            .Join(db.Inwoners, v => v.InwonerId, i => i.Id, (v, i) => new TeruggestuurdRegel(v.Id, v.AdviesId!.Value, Inwoner.NaamVan(i.Voornamen, i.Achternaam), v.Meldingsdatum))
            .ToListAsync();
        return new Startpagina { Vandaag = vandaag, UrgenteSignalen = urgent, TermijnenDezeWeek = termijnen, Teruggestuurd = teruggestuurd };
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
