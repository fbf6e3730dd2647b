using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;

namespace Wmo.Web.Controllers;

/// <summary>Contracted aanbieders: name, AGB code and the percelen they deliver in (002 §5.1). Deactivated, never deleted.</summary>
[GeenInzage("beheer van aanbieders: geen dossiergegevens")]
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Aanbieders")]
public sealed class AanbiederBeheerController(WmoDbContext db) : WmoController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await RegelsAsync());

    [HttpGet("Nieuw")]
    public IActionResult Nieuw() => View(new AanbiederModel());

    [HttpPost("Nieuw")]
    public async Task<IActionResult> Nieuw(AanbiederModel model)
    {
        await ControleerUniekAsync(model, id: null);
        return await PostAsync(model, async m =>
        {
            var aanbieder = new Organisatie(m.Naam!, OrganisatieSoort.Aanbieder);
            aanbieder.WijzigAgbCode(m.AgbCode);
            aanbieder.ZetPercelen(m.Percelen);
            db.Add(aanbieder);
            await db.SaveChangesAsync();
            return Bevestigd($"Aanbieder {aanbieder.Naam} is toegevoegd.", nameof(Index));
        }, m => View(m));
    }

    [HttpGet("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id) =>
        await AanbiederAsync(id) is { } o ? View(new AanbiederModel { Naam = o.Naam, AgbCode = o.AgbCode, Percelen = [.. o.Percelen] }) : NotFound();

    [HttpPost("{id:guid}/Wijzigen")]
    public async Task<IActionResult> Wijzigen(Guid id, AanbiederModel model)
    {
        var aanbieder = await AanbiederAsync(id);
        if (aanbieder is not null)
        {
            await ControleerUniekAsync(model, id);
        }

        return await PostAsync(aanbieder, async a =>
        {
            a.WijzigNaam(model.Naam!);
            a.WijzigAgbCode(model.AgbCode);
            a.ZetPercelen(model.Percelen);
            await db.SaveChangesAsync();
            return Bevestigd($"Aanbieder {a.Naam} is bijgewerkt.", nameof(Index));
        }, _ => View(model));
    }

    [HttpGet("{id:guid}/Deactiveren")]
    public async Task<IActionResult> Deactiveren(Guid id) =>
        await AanbiederAsync(id) is { } o ? View(new Bevestiging(o.Id, o.Naam)) : NotFound();

    /// <summary>A refused save shows the confirmation again, with the message.</summary>
    [HttpPost("{id:guid}/Deactiveren")]
    [ActionName(nameof(Deactiveren))]
    public async Task<IActionResult> DeactiverenBevestigd(Guid id) =>
        await PostAsync(await AanbiederAsync(id), a => ZetActiefAsync(a, actief: false), a => View(nameof(Deactiveren), new Bevestiging(a.Id, a.Naam)));

    /// <summary>A refused save shows the list again, with the message.</summary>
    [HttpPost("{id:guid}/Activeren")]
    public async Task<IActionResult> Activeren(Guid id) =>
        await PostAsync(await AanbiederAsync(id), a => ZetActiefAsync(a, actief: true), async _ => View(nameof(Index), await RegelsAsync()));

    private async Task<IActionResult> ZetActiefAsync(Organisatie aanbieder, bool actief)
    {
        if (actief)
        {
            aanbieder.Activeer();
        }
        else
        {
            aanbieder.Deactiveer();
        }

        await db.SaveChangesAsync();
        return Bevestigd(actief ? $"Aanbieder {aanbieder.Naam} is weer actief." : $"Aanbieder {aanbieder.Naam} is gedeactiveerd; er kan niet meer naar worden verwezen.", nameof(Index));
    }

    private async Task<List<AanbiederRegel>> RegelsAsync()
    {
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.Soort == OrganisatieSoort.Aanbieder).OrderBy(o => o.Naam).ToListAsync();
        return aanbieders.Select(o => new AanbiederRegel(o.Id, o.Naam, o.AgbCode, o.Percelen, o.IsActief)).ToList();
    }

    /// <summary>
    /// One organisation per name and per AGB code: the AGB code identifies the aanbieder in iWmo messages (Vektis AGB-register),
    /// so two with the same code would receive each other's toewijzingen.
    /// </summary>
    private async Task ControleerUniekAsync(AanbiederModel model, Guid? id)
    {
        var naam = model.Naam?.Trim().ToLower(System.Globalization.CultureInfo.InvariantCulture);
        if (naam is { Length: > 0 } && await db.Organisaties.AnyAsync(o => o.Id != id && o.Naam.ToLower() == naam))
        {
            ModelState.AddModelError(nameof(model.Naam), $"Er is al een organisatie met de naam {model.Naam!.Trim()}. Kies een andere naam of wijzig de bestaande.");
        }

        var agb = model.AgbCode?.Trim();
        if (agb is { Length: > 0 } && await db.Organisaties.Where(o => o.Id != id && o.AgbCode == agb).Select(o => o.Naam).FirstOrDefaultAsync() is { } ander)
        {
            ModelState.AddModelError(nameof(model.AgbCode), $"AGB-code {agb} hoort al bij {ander}. Controleer de code.");
        }
    }

    private Task<Organisatie?> AanbiederAsync(Guid id) =>
        db.Organisaties.SingleOrDefaultAsync(o => o.Id == id && o.Soort == OrganisatieSoort.Aanbieder);
}
