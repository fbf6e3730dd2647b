using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application;
using Wmo.Application.Weergave;
using Wmo.Domain.Common;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// First contact at the buurtkamer table (DOMAIN.md §2.1): volunteers record the minimum and see only their own notes.
/// The contact itself and its follow-up notes are <see cref="EersteContactDetailsController"/>.
/// </summary>
[Authorize(Policy = Beleid.MagEersteContactVastleggen)]
public sealed class EersteContactController(WmoDbContext db, DossierToegang toegang, TimeProvider klok) : WmoController
{
    private const int RecenteDagen = 30;

    [HttpGet]
    public async Task<IActionResult> Index(int? pagina, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        var nummer = Pagina<EersteContactRegel>.Normaliseer(pagina);
        var vanaf = klok.Vandaag().AddDays(-RecenteDagen);
        var mijnId = User.Id();
        var query = db.EersteContacten.AsNoTracking().Where(c => c.AuteurId == mijnId && c.Meldingsdatum >= vanaf);
        var totaal = await query.CountAsync(cancellationToken);
        var (gesorteerd, sortering) = query
            .Join(db.Buurtkamers, c => c.BuurtkamerId, b => b.Id, (c, b) => new { Contact = c, Buurtkamer = b.Naam })
            .SorteerOp(Sortering.Lees(sorteer, richting))
            .Kolom("datum", r => r.Contact.Meldingsdatum)
            .Kolom("melder", r => r.Contact.Melder.Naam)
            .Kolom("overwie", r => r.Contact.OverWie)
            .Kolom("buurtkamer", r => r.Buurtkamer)
            .Kolom("signaal", r => r.Contact.Signaal)
            .Kolom("opgepakt", r => r.Contact.OndersteuningsvraagId != null)
            .Anders(q => q.OrderByDescending(r => r.Contact.Meldingsdatum).ThenByDescending(r => r.Contact.Id), r => r.Contact.Id, new Sortering("datum", Aflopend: true));
        var items = await gesorteerd
            .Skip((nummer - 1) * Pagina<EersteContactRegel>.StandaardGrootte)
            .Take(Pagina<EersteContactRegel>.StandaardGrootte)
            .Select(r => new EersteContactRegel(
                r.Contact.Id, r.Contact.Meldingsdatum, r.Contact.Melder.Soort, r.Contact.Melder.Naam, r.Contact.OverWie, r.Contact.VraagInEigenWoorden, r.Buurtkamer, r.Contact.Signaal, r.Contact.OndersteuningsvraagId != null))
            .ToListAsync(cancellationToken);
        return View(new Pagina<EersteContactRegel>(items, nummer, Pagina<EersteContactRegel>.StandaardGrootte, totaal) { Sortering = sortering });
    }

    [HttpGet]
    public async Task<IActionResult> Nieuw()
    {
        var model = new EersteContactModel();
        await VulKeuzesAsync(model);
        if (model.Buurtkamers.Count == 1)
        {
            model.BuurtkamerId = Guid.Parse(model.Buurtkamers[0].Value);
        }

        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Nieuw(EersteContactModel model)
    {
        // Never trust an id from the form: only the user's own buurtkamers.
        if (model.BuurtkamerId is { } gekozen && !User.BuurtkamerIds().Contains(gekozen))
        {
            ModelState.AddModelError(nameof(model.BuurtkamerId), "Kies een van uw eigen buurt- of dorpskamers.");
        }

        return await PostAsync(model, async m =>
        {
            if (!m.TochOpslaan && this.Waarschuw(await DubbelContactAsync(m)))
            {
                return await FormulierAsync(m);
            }

            var contact = new EersteContact(User.AlsActor(), m.BuurtkamerId!.Value, klok.Vandaag(),
                new Melder(m.MelderSoort!.Value, m.MelderNaam!.Trim(), Leeg(m.Telefoon), Leeg(m.Email)),
                m.OverWie, m.Vraag!, m.BeroepskrachtIngeschakeld, m.Signaal, klok.GetUtcNow(), m.Geboortedatum, m.Leeftijd);
            db.EersteContacten.Add(contact);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return Bevestigd(contact.IsUrgent
                ? "Het eerste contact is vastgelegd en staat bovenaan de werkvoorraad van de sociaal werkers."
                : "Het eerste contact is vastgelegd.", nameof(EersteContactDetailsController.Details), new { id = contact.Id });
        }, FormulierAsync, regel => VeldVan(regel, model));
    }

    private async Task<IActionResult> FormulierAsync(EersteContactModel model)
    {
        await VulKeuzesAsync(model);
        return View(model);
    }

    /// <summary>Issue 12: the same contact twice on one day is flagged (among the contacts the user may see, in the same buurtkamer).</summary>
    private async Task<IReadOnlyList<Waarschuwing>> DubbelContactAsync(EersteContactModel model)
    {
        var naam = model.MelderNaam!.Trim();
        var patroon = naam.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var vandaag = klok.Vandaag();
        var buurtkamerId = model.BuurtkamerId!.Value;
        var dubbel = await toegang.ZichtbareEersteContacten(User)
            .AnyAsync(c => c.BuurtkamerId == buurtkamerId && c.Meldingsdatum == vandaag && EF.Functions.Like(c.Melder.Naam, patroon, "\\"));
        return dubbel
            ? [new Waarschuwing(nameof(model.MelderNaam),
                $"Vandaag is in deze buurtkamer al een eerste contact met {naam} vastgelegd. Gaat het om hetzelfde contact, vul dat dan aan met een vervolgnotitie. Is het een nieuw contact, kies dan 'Toch opslaan'.")]
            : [];
    }

    private static string VeldVan(string regel, EersteContactModel model) => regel switch
    {
        Regelnamen.SignaalNoemtOverWie => nameof(model.OverWie),
        Regelnamen.BruikbareDatum => nameof(model.Geboortedatum),
        Regelnamen.GeboortedatumOfLeeftijd => model.Leeftijd is null ? nameof(model.Geboortedatum) : nameof(model.Leeftijd),
        _ => string.Empty,
    };

    private async Task VulKeuzesAsync(EersteContactModel model)
    {
        var eigen = User.BuurtkamerIds().ToList();
        model.Buurtkamers = await db.Buurtkamers.AsNoTracking()
            .Where(b => eigen.Contains(b.Id) && b.IsActief)
            .OrderBy(b => b.Naam)
            .Select(b => new SelectListItem(b.Naam, b.Id.ToString()))
            .ToListAsync();
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
