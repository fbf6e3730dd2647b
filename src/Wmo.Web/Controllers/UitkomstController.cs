using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The uitkomst of the vraagverheldering (DOMAIN.md §2.4): sociale basis, basisondersteuning, verwijzen naar een
/// aanbieder, doorverwijzing — or the inwoner's aanvraag, which leads to a zwaarwegend advies.
/// </summary>
[Scherm("Vraag")]
[Inzage(Dossierdeel.Vraag)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class UitkomstController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, UitkomstVastleggen uitkomsten, TimeProvider klok) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Uitkomst(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(await UitkomstPaginaAsync(id, new UitkomstModel { Startdatum = klok.Vandaag() })) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Uitkomst(Guid id, UitkomstModel model) =>
        await PostAsync(
            await VraagAsync(id),
            async vraag =>
            {
                var uitkomst = await uitkomsten.VastleggenAsync(vraag, model.Keuze(), User.AlsActor());
                return Bevestigd("De uitkomst is vastgelegd: " + uitkomst.Soort.Tekst().ToLowerInvariant() + ".", nameof(VraagController.Details), new { id });
            },
            async vraag =>
            {
                // Issue 12: every missing prerequisite at once, each a link to where it is filled in.
                ViewData[VraagStappen.Sleutel] = VraagStappen.VoorUitkomst(vraag, model.Soort);
                return View(await UitkomstPaginaAsync(id, model));
            });

    /// <summary>The inwoner asks for a beschikking, whatever was advised (000 L580, 002 §8.9); then the advies is written.</summary>
    [HttpGet]
    public async Task<IActionResult> Aanvraag(Guid id) => await toegang.MagVraagZienAsync(User, id) ? View(id) : NotFound();

    [HttpPost]
    [ActionName(nameof(Aanvraag))]
    public async Task<IActionResult> AanvraagIndienen(Guid id) =>
        await PostAsync(
            await VraagAsync(id),
            async vraag =>
            {
                vraag.DienAanvraagIn(klok.Vandaag());
                await db.SaveChangesAsync();
                return Bevestigd("De aanvraag is geregistreerd; de beslistermijn van 2 weken loopt. Schrijf nu het zwaarwegend advies.", nameof(AdviesController.Advies), new { id });
            },
            _ => View(nameof(Aanvraag), id));

    /// <summary>
    /// The end of a registered basisondersteuning (DOMAIN.md §7, 002 §9.6), recorded apart from closing the vraag; it stops the
    /// abonnementstarief from the next month and reaches the CAK as a mutation.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> EindeBasisondersteuning(Guid id)
    {
        var vraag = await toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        return vraag?.Uitkomst is { Soort: UitkomstSoort.Basisondersteuning } u
            ? View(new EindeBasisondersteuningModel { Einddatum = u.Einddatum ?? klok.Vandaag() })
            : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> EindeBasisondersteuning(Guid id, EindeBasisondersteuningModel model) =>
        await PostAsync(
            await VraagAsync(id),
            async vraag =>
            {
                vraag.BeeindigBasisondersteuning(model.Einddatum!.Value, User.AlsActor());
                db.Bewaar(vraag);
                await db.SaveChangesAsync();
                return Bevestigd($"Het einde van de basisondersteuning is vastgelegd: {model.Einddatum.Lang()}.", nameof(VraagController.Details), new { id });
            },
            _ => View(model),
            new Dictionary<string, string> { [Regelnamen.EindeNietVoorStart] = nameof(EindeBasisondersteuningModel.Einddatum) });

    private Task<Ondersteuningsvraag?> VraagAsync(Guid id) => toegang.ZichtbareVragen(User).SingleOrDefaultAsync(v => v.Id == id);

    private async Task<UitkomstPagina> UitkomstPaginaAsync(Guid id, UitkomstModel model)
    {
        var aanbod = await db.SocialeKaart.AsNoTracking().Where(a => a.IsActief).OrderBy(a => a.Naam).ToListAsync();
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.Soort == OrganisatieSoort.Aanbieder && o.IsActief).OrderBy(o => o.Naam).ToListAsync();
        return new UitkomstPagina(id, model, aanbod, beleid.Keuzelijst(Pijler.Basisondersteuning), beleid.Keuzelijst(Pijler.AanvullendeOndersteuning),
            [.. aanbieders.Select(a => new SelectListItem(a.Percelen.Count == 0 ? a.Naam : $"{a.Naam} ({string.Join(", ", a.Percelen.Select(p => p.Tekst().ToLowerInvariant()))})", a.Id.ToString()))]);
    }
}
