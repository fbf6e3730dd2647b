using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// One first contact and its follow-up notes (DOMAIN.md §2.1); part of the EersteContact screen (same routes and views
/// as <see cref="EersteContactController"/>).
/// </summary>
[Scherm("EersteContact")]
[Authorize(Policy = Beleid.MagEersteContactVastleggen)]
public sealed class EersteContactDetailsController(WmoDbContext db, DossierToegang toegang, TimeProvider klok) : WmoController
{
    [Inzage(Dossierdeel.EersteContact)]
    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var details = await LaadAsync(id, new NotitieModel());
        return details is null ? NotFound() : View(details);
    }

    [GeenInzage("slaat een notitie op en gaat terug naar Details, dat de inzage vastlegt")]
    [HttpPost]
    public async Task<IActionResult> Notitie(Guid id, NotitieModel model)
    {
        var contact = await toegang.ZichtbareEersteContacten(User).SingleOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        return await PostAsync(contact, async c =>
        {
            c.VoegNotitieToe(User.AlsActor(), model.Tekst!, klok.GetUtcNow());
            db.Bewaar(c);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return Bevestigd("De vervolgnotitie is opgeslagen.", nameof(Details), new { id });
        }, async _ => View(nameof(Details), await LaadAsync(id, model)), _ => nameof(model.Tekst));
    }

    private async Task<EersteContactDetails?> LaadAsync(Guid id, NotitieModel notitie)
    {
        var contact = await toegang.ZichtbareEersteContacten(User).AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return null;
        }

        var buurtkamer = await db.Buurtkamers.Where(b => b.Id == contact.BuurtkamerId).Select(b => b.Naam).SingleAsync();
        var magOppakken = User.Rol() == Rol.SociaalWerker && contact.OndersteuningsvraagId is null && User.BuurtkamerIds().Contains(contact.BuurtkamerId);
        return new EersteContactDetails(contact, buurtkamer, contact.AuteurId == User.Id(), magOppakken, notitie, contact.LeeftijdOp(klok.Vandaag()));
    }
}
