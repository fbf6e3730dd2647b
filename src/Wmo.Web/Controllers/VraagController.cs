using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Vragen;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;

namespace Wmo.Web.Controllers;

/// <summary>
/// The ondersteuningsvraag (DOMAIN.md §2.2-2.6): picking up a first contact and the vraag page. The later stages
/// have their own controllers under the same route name "Vraag": <see cref="VraagverhelderingController"/>,
/// <see cref="UitkomstController"/> and <see cref="AdviesController"/>.
/// </summary>
[Inzage(Dossierdeel.Vraag)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class VraagController(WmoDbContext db, DossierToegang toegang, VraagOppakken oppakken, VraagDetailsLezen details) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Oppakken(Guid id)
    {
        var contact = await OpenContactAsync(id);
        if (contact?.OndersteuningsvraagId is { } vraagId)
        {
            return Bevestigd("Dit eerste contact is al opgepakt.", nameof(Details), new { id = vraagId });
        }

        // The birth date noted at the first contact is a starting point for the form, nothing is looked up (issue 9: no BSN oracle).
        return contact is null ? NotFound() : View(await OppakkenPaginaAsync(contact, new OppakkenModel { Geboortedatum = contact.Geboortedatum }));
    }

    /// <summary>"Pak het eerste contact op": find the inwoner by BSN or register them, and start the vraagverheldering.</summary>
    [HttpPost]
    public async Task<IActionResult> Oppakken(Guid id, OppakkenModel model) =>
        await PostAsync(
            await OpenContactAsync(id),
            async contact =>
            {
                var bsn = Bsn.Parse(model.Bsn);
                var gevonden = await toegang.ZoekInwonerVoorOppakkenAsync(User, bsn);

                // Unknown and "known outside your caseload" ask for the same data with the same words: no BSN oracle.
                if (!gevonden.InCaseload && !NieuweInwonerIsCompleet(model))
                {
                    return View(await OppakkenPaginaAsync(contact, model));
                }

                // Issue 12: a BSN in the caseload shows who it is and asks to confirm before anything is linked.
                if (gevonden.InCaseload && !model.Bevestigd && gevonden.Inwoner is { } bekend)
                {
                    var buurtkamer = await db.Buurtkamers.Where(b => b.Id == contact.BuurtkamerId).Select(b => b.Naam).SingleAsync();
                    return View("OppakkenBevestigen", new OppakkenBevestiging(contact, buurtkamer, bsn.Value, bsn.Gemaskeerd, bekend.VolledigeNaam,
                        bekend.Geboortedatum, bekend.Hoofdverblijf.ToString(), contact.VerschillenMet(bekend.Voornamen, bekend.Achternaam, bekend.Geboortedatum)));
                }

                var vraag = await oppakken.OppakkenAsync(contact, bsn, new BekendeInwoner(gevonden.Inwoner, gevonden.HuidigHuishoudenId, gevonden.InCaseload),
                    model.Gegevens(), User.AlsActor());
                return Bevestigd("Het eerste contact is opgepakt als ondersteuningsvraag. De vraagverheldering is gestart.", nameof(Details), new { id = vraag.Id });
            },
            async contact => View(await OppakkenPaginaAsync(contact, model)));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var vraag = await toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        return vraag is null ? NotFound() : View(await details.LeesAsync(vraag));
    }

    /// <summary>Undo a pickup that linked the contact to the wrong inwoner (issue 12): only a sociaal werker, before anything was decided.</summary>
    [HttpGet]
    public async Task<IActionResult> KoppelingOngedaan(Guid id) =>
        await OngedaanTeMakenAsync(id) is { } vraag ? View(new KoppelingOngedaanModel()) : NotFound();

    [HttpPost]
    public async Task<IActionResult> KoppelingOngedaan(Guid id, KoppelingOngedaanModel model) =>
        await PostAsync(
            await OngedaanTeMakenAsync(id),
            async vraag =>
            {
                await oppakken.KoppelingOngedaanMakenAsync(vraag, model.Reden!, User.AlsActor());
                return Bevestigd("De koppeling is ongedaan gemaakt. Het eerste contact staat weer in de werkvoorraad om met het juiste BSN op te pakken.", "Index", "Werkvoorraad", null);
            },
            _ => View(model),
            new Dictionary<string, string> { [Regelnamen.KoppelingOngedaanHeeftReden] = nameof(model.Reden) });

    /// <summary>A vraag of the user's access whose pickup a sociaal werker may still undo (tracked).</summary>
    private async Task<Ondersteuningsvraag?> OngedaanTeMakenAsync(Guid id) =>
        User.Rol() == Rol.SociaalWerker && await toegang.ZichtbareVragen(User).SingleOrDefaultAsync(v => v.Id == id) is { KanKoppelingOngedaanMaken: true } vraag ? vraag : null;

    /// <summary>An open first contact of one of the user's buurtkamers.</summary>
    private Task<EersteContact?> OpenContactAsync(Guid id)
    {
        var buurtkamers = User.BuurtkamerIds().ToList();
        return toegang.ZichtbareEersteContacten(User).SingleOrDefaultAsync(c => c.Id == id && buurtkamers.Contains(c.BuurtkamerId));
    }

    /// <summary>An unknown BSN means a new inwoner: then name, birth date and address are needed as well.</summary>
    private bool NieuweInwonerIsCompleet(OppakkenModel model)
    {
        // The same words whether the BSN is new or belongs to someone outside the caseload (no BSN oracle, issue 9).
        const string Uitleg = " Deze inwoner staat niet in uw caseload: neem de gegevens over zoals de inwoner ze opgeeft.";
        foreach (var (veld, melding) in model.Ontbrekend())
        {
            ModelState.AddModelError(veld, melding + Uitleg);
        }

        return ModelState.IsValid;
    }

    private async Task<OppakkenPagina> OppakkenPaginaAsync(EersteContact contact, OppakkenModel model)
    {
        var buurtkamer = await db.Buurtkamers.Where(b => b.Id == contact.BuurtkamerId).Select(b => b.Naam).SingleAsync();
        return new OppakkenPagina(contact, buurtkamer, model);
    }
}
