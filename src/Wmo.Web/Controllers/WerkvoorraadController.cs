using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The sociaal werker's worklist: new first contacts of their buurtkamers, their own open vragen with the statutory
/// terms (DOMAIN.md §6), and adviezen the toetser sent back. Urgent first.
/// </summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class WerkvoorraadController(WmoDbContext db, WmoBeleid beleid, TimeProvider klok) : Controller
{
    private const int MaximaalNieuweContacten = 100;

    [HttpGet]
    public async Task<IActionResult> Index(WerkvoorraadFilter filter)
    {
        var vandaag = klok.Vandaag();
        var mijnId = User.Id();
        var buurtkamerIds = User.BuurtkamerIds().ToList();
        var buurtkamers = await db.Buurtkamers.AsNoTracking().Where(b => buurtkamerIds.Contains(b.Id)).OrderBy(b => b.Naam).ToDictionaryAsync(b => b.Id, b => b.Naam);

        var contactenRuw = await db.EersteContacten.AsNoTracking()
            .Where(c => buurtkamerIds.Contains(c.BuurtkamerId) && c.OndersteuningsvraagId == null)
            .OrderBy(c => c.Signaal == null).ThenBy(c => c.Meldingsdatum).ThenBy(c => c.Id)
            .Take(MaximaalNieuweContacten)
            .Select(c => new { c.Id, c.Meldingsdatum, c.Melder.Naam, c.OverWie, c.VraagInEigenWoorden, c.BuurtkamerId, c.Signaal })
            .ToListAsync();
        var contacten = contactenRuw
            .Select(c => new NieuwContactRegel(c.Id, c.Meldingsdatum, c.Naam, c.OverWie, c.VraagInEigenWoorden, buurtkamers.GetValueOrDefault(c.BuurtkamerId, "–"), c.Signaal))
            .ToList();

        // A caseload is tens of vragen, so the terms (which need the opschortingen) are computed in memory, then paged.
        var query = db.Ondersteuningsvragen.AsNoTracking()
            .Where(v => v.BehandelaarId == mijnId && v.Status != VraagStatus.Afgesloten && v.Status != VraagStatus.Beschikt);
        if (filter.Status is { } status)
        {
            query = query.Where(v => v.Status == status);
        }

        if (filter.Buurtkamer is { } buurtkamer)
        {
            query = query.Where(v => v.BuurtkamerId == buurtkamer);
        }

        var vragen = await query.ToListAsync();
        var inwonerIds = vragen.Select(v => v.InwonerId).Distinct().ToList();
        var inwoners = await db.Inwoners.AsNoTracking().Where(i => inwonerIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Voornamen + " " + i.Achternaam);
        var contactIds = vragen.Where(v => v.EersteContactId != null).Select(v => v.EersteContactId!.Value).ToList();
        var signalen = await db.EersteContacten.AsNoTracking().Where(c => contactIds.Contains(c.Id) && c.Signaal != null).ToDictionaryAsync(c => c.Id, c => c.Signaal);

        var regels = vragen
            .Select(v => new VraagRegel(v.Id, inwoners.GetValueOrDefault(v.InwonerId, "–"), buurtkamers.GetValueOrDefault(v.BuurtkamerId, "–"), v.Status, v.Meldingsdatum,
                v.EersteContactId is { } c ? signalen.GetValueOrDefault(c) : null, v.Onderzoekstermijn(beleid.Termijnen, vandaag), v.Beschikkingstermijn(beleid.Termijnen, vandaag), v.IsOpgeschort) { IsVerdaagd = v.IsVerdaagd })
            .Where(r => !filter.AlleenUrgent || r.Signaal is not null)
            .OrderBy(r => r.Signaal is null)
            .ThenBy(r => r.Beschikkingstermijn?.Einddatum ?? r.Onderzoekstermijn.Einddatum)
            .ToList();
        var nummer = Pagina<VraagRegel>.Normaliseer(filter.Pagina);
        var grootte = Pagina<VraagRegel>.StandaardGrootte;
        var pagina = new Pagina<VraagRegel>([.. regels.Skip((nummer - 1) * grootte).Take(grootte)], nummer, grootte, regels.Count);

        var teruggestuurd = await db.Ondersteuningsvragen.AsNoTracking()
            .Where(v => v.BehandelaarId == mijnId && v.Status == VraagStatus.AdviesTeruggestuurd && v.AdviesId != null)
            .OrderBy(v => v.Meldingsdatum)
            .Join(db.Inwoners, v => v.InwonerId, i => i.Id, (v, i) => new TeruggestuurdRegel(v.Id, v.AdviesId!.Value, i.Voornamen + " " + i.Achternaam, v.Meldingsdatum))
            .ToListAsync();

        var keuzes = buurtkamers.Select(b => new SelectListItem(b.Value, b.Key.ToString())).ToList();
        return View(new WerkvoorraadModel(contacten, pagina, teruggestuurd, filter, keuzes, vandaag));
    }
}
