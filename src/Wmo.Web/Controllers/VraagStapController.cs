using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;

namespace Wmo.Web.Controllers;

/// <summary>
/// The base of the controllers whose steps are one domain operation on a visible vraag (vraagverheldering, the
/// beslistermijn on the aanvraag): load through the user's access, operate, save with its <c>Versie</c>, back to the vraag.
/// </summary>
public abstract class VraagStapController(WmoDbContext db, DossierToegang toegang) : WmoController
{
    protected WmoDbContext Db { get; } = db;

    protected DossierToegang Toegang { get; } = toegang;

    /// <summary>One step: one domain operation on the visible vraag, saved with its <c>Versie</c>, over the one POST pipeline.</summary>
    protected async Task<IActionResult> WijzigVraagAsync<TModel>(Guid id, TModel model, string melding, Action<Ondersteuningsvraag> handeling, Guid? versie = null, Action<Ondersteuningsvraag>? opnieuw = null) =>
        await PostAsync(
            await VraagAsync(id),
            async vraag =>
            {
                handeling(vraag);
                Db.Bewaar(vraag, versie);
                await Db.SaveChangesAsync();
                return Bevestigd(melding, nameof(VraagController.Details), new { id });
            },
            vraag =>
            {
                opnieuw?.Invoke(vraag);
                return View(model);
            });

    protected Task<Ondersteuningsvraag?> VraagAsync(Guid id) => Toegang.ZichtbareVragen(User).SingleOrDefaultAsync(v => v.Id == id);
}
