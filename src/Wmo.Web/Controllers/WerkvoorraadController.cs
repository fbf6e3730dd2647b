using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Toewijzingen;
using Wmo.Application.Weergave;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;
using Wmo.Domain.Huishoudens;

namespace Wmo.Web.Controllers;

/// <summary>
/// The sociaal werker's worklist: new first contacts of their buurtkamers, their own open vragen with the statutory
/// terms (DOMAIN.md §6), adviezen the toetser sent back, and aanbieders' verzoeken om toewijzing (WMO315). Urgent first.
/// </summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class WerkvoorraadController(WmoDbContext db, WmoBeleid beleid, VerzoekenOmToewijzing verzoeken, TimeProvider klok) : Controller
{
    private const int MaximaalNieuweContacten = 100;

    [HttpGet]
    public async Task<IActionResult> Index(WerkvoorraadFilter filter, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        var vandaag = klok.Vandaag();
        var mijnId = User.Id();
        var buurtkamerIds = User.BuurtkamerIds().ToList();
        var buurtkamers = await db.Buurtkamers.AsNoTracking().Where(b => buurtkamerIds.Contains(b.Id)).OrderBy(b => b.Naam).ToDictionaryAsync(b => b.Id, b => b.Naam, cancellationToken);

        var contactenRuw = await db.EersteContacten.AsNoTracking()
            .Where(c => buurtkamerIds.Contains(c.BuurtkamerId) && c.OndersteuningsvraagId == null)
            .OrderBy(c => c.Signaal == null).ThenBy(c => c.Meldingsdatum).ThenBy(c => c.Id)
            .Take(MaximaalNieuweContacten)
            .Select(c => new { c.Id, c.Meldingsdatum, c.Melder.Naam, c.OverWie, c.VraagInEigenWoorden, c.BuurtkamerId, c.Signaal, c.Geboortedatum, c.LeeftijdBijMelding })
            .ToListAsync(cancellationToken);
        var contacten = contactenRuw
            .Select(c => new NieuwContactRegel(c.Id, c.Meldingsdatum, c.Naam, c.OverWie, c.VraagInEigenWoorden, buurtkamers.GetValueOrDefault(c.BuurtkamerId, "–"), c.Signaal,
                EersteContact.LeeftijdVan(c.Geboortedatum, c.LeeftijdBijMelding, c.Meldingsdatum, vandaag)))
            .ToList();

        // Sorted, counted and paged in SQL (issue 15): the running term's end comes from the domain's expression over the stored
        // facts (melding, aanvraag, opschortingen, verdaging), so only the page's rows are read; their terms, with the Algemene
        // termijnenwet and the explanation, are computed by the domain for those rows alone (docs/performance.md).
        var query = db.Ondersteuningsvragen.AsNoTracking().Where(Ondersteuningsvraag.InBehandeling).Where(v => v.BehandelaarId == mijnId);
        if (filter.Status is { } status)
        {
            query = query.Where(v => v.Status == status);
        }

        if (filter.Buurtkamer is { } buurtkamer)
        {
            query = query.Where(v => v.BuurtkamerId == buurtkamer);
        }

        if (filter.AlleenUrgent)
        {
            query = query.Where(v => v.IsUrgent);
        }

        // A column the user sorts on is sorted in the database; without one, spoed first and then the nearest term.
        var einddag = Ondersteuningsvraag.NominaleEinddagLopendeTermijn(beleid.Termijnen, vandaag);
        var (gesorteerd, sortering) = query.SorteerOp(Sortering.Lees(sorteer, richting))
            .Kolom("inwoner", v => db.Inwoners.Where(i => i.Id == v.InwonerId).Select(i => i.Achternaam + " " + i.Voornamen).FirstOrDefault())
            .Kolom("status", v => v.Status)
            .Kolom("gemeld", v => v.Meldingsdatum)
            .Kolom("buurtkamer", v => db.Buurtkamers.Where(b => b.Id == v.BuurtkamerId).Select(b => b.Naam).FirstOrDefault())
            .Anders(q => q.OrderBy(v => !v.IsUrgent).ThenBy(einddag).ThenBy(v => v.Id), v => v.Id);
        var nummer = Pagina<VraagRegel>.Normaliseer(filter.Pagina);
        var grootte = Pagina<VraagRegel>.StandaardGrootte;
        var totaal = await query.CountAsync(cancellationToken);

        // The sort picks the page's keys only; the rows, names and opschortingen are then read for those keys (one sort per
        // request instead of one per owned collection that EF's split query would repeat it for).
        var paginaIds = await gesorteerd.Skip((nummer - 1) * grootte).Take(grootte).Select(v => v.Id).ToListAsync(cancellationToken);
        var volgorde = paginaIds.Select((id, plaats) => (id, plaats)).ToDictionary(x => x.id, x => x.plaats);
        // One command for the page's rows with both kinds of opschorting (a handful per vraag), not one per collection.
        var gelezen = await db.Ondersteuningsvragen.AsNoTracking().AsSingleQuery()
            .Where(v => paginaIds.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                v.BuurtkamerId,
                v.Status,
                v.Meldingsdatum,
                v.Aanvraagdatum,
                v.VerdaagdTot,
                v.VerdagingBerichtOp,
                v.VerdagingReden,
                Inwoner = db.Inwoners.Where(i => i.Id == v.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).FirstOrDefault(),
                Signaal = db.EersteContacten.Where(c => c.Id == v.EersteContactId).Select(c => c.Signaal).FirstOrDefault(),
                Opschortingen = v.Opschortingen.Select(o => new { o.Van, o.TotEnMet }).ToList(),
                BeslistermijnOpschortingen = v.BeslistermijnOpschortingen.Select(o => new { o.Van, o.TotEnMet }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var vragen = gelezen.OrderBy(v => volgorde[v.Id]);

        var regels = vragen
            .Select(v => new VraagRegel(v.Id, v.Inwoner ?? "–", buurtkamers.GetValueOrDefault(v.BuurtkamerId, "–"), v.Status, v.Meldingsdatum, v.Signaal,
                Ondersteuningsvraag.OnderzoekstermijnVan(v.Meldingsdatum, v.Opschortingen.Select(o => (o.Van, o.TotEnMet)), beleid.Termijnen, vandaag),
                Ondersteuningsvraag.BeschikkingstermijnVan(v.Aanvraagdatum, v.BeslistermijnOpschortingen.Select(o => (o.Van, o.TotEnMet)),
                    Ondersteuningsvraag.VerdagingVan(v.VerdaagdTot, v.VerdagingBerichtOp, v.VerdagingReden), beleid.Termijnen, vandaag),
                v.Opschortingen.Any(o => o.TotEnMet == null)) { IsVerdaagd = v.VerdaagdTot is not null })
            .ToList();
        var pagina = new Pagina<VraagRegel>(regels, nummer, grootte, totaal) { Sortering = sortering };

        var teruggestuurd = await db.Ondersteuningsvragen.AsNoTracking()
            .Where(v => v.BehandelaarId == mijnId && v.Status == VraagStatus.AdviesTeruggestuurd && v.AdviesId != null)
            .OrderBy(v => v.Meldingsdatum)
            .Join(db.Inwoners, v => v.InwonerId, i => i.Id, (v, i) => new TeruggestuurdRegel(v.Id, v.AdviesId!.Value, Inwoner.NaamVan(i.Voornamen, i.Achternaam), v.Meldingsdatum))
            .ToListAsync(cancellationToken);

        var keuzes = buurtkamers.Select(b => new SelectListItem(b.Value, b.Key.ToString())).ToList();
        return View(new WerkvoorraadModel(contacten, pagina, teruggestuurd, filter, keuzes, vandaag)
        {
            Verzoeken = await verzoeken.OpenVoorAsync(mijnId, buurtkamerIds, cancellationToken),
        });
    }
}
