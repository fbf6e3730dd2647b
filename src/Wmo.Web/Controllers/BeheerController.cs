using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Accounts and the read-only policy view for the beheerder. The beheerder manages who may do what, but sees no
/// dossier contents (DOMAIN.md §8): nothing here reads households, vragen or decisions.
/// </summary>
[GeenInzage("beheer van accounts en beleid: geen dossiergegevens")]
[Authorize(Policy = Authorization.Beleid.MagBeheren)]
[Route("Beheer")]
public sealed class BeheerController(WmoDbContext db, UserManager<Gebruiker> gebruikers, WmoBeleid beleid, TimeProvider klok) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => RedirectToAction(nameof(Gebruikers));

    [HttpGet("Gebruikers")]
    public async Task<IActionResult> Gebruikers(int? pagina)
    {
        var nummer = Pagina<GebruikerRegel>.Normaliseer(pagina);
        var totaal = await db.Users.CountAsync();
        var rijen = await (from u in db.Users.AsNoTracking()
                           join o in db.Organisaties on u.OrganisatieId equals o.Id into os
                           from o in os.DefaultIfEmpty()
                           orderby u.Naam, u.Id
                           select new
                           {
                               u.Id,
                               u.UserName,
                               u.Naam,
                               u.IsActief,
                               Organisatie = o == null ? null : o.Naam,
                               Rol = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
                               Buurtkamers = (from gb in db.GebruikerBuurtkamers join b in db.Buurtkamers on gb.BuurtkamerId equals b.Id where gb.GebruikerId == u.Id select b.Naam).ToList(),
                           })
            .Skip((nummer - 1) * Pagina<GebruikerRegel>.StandaardGrootte).Take(Pagina<GebruikerRegel>.StandaardGrootte).ToListAsync();
        var items = rijen.Select(r => new GebruikerRegel(r.Id, r.UserName ?? string.Empty, r.Naam, r.Rol is null ? "–" : Rollen.Weergave(r.Rol), r.Organisatie ?? "–",
            r.Buurtkamers.Count == 0 ? "–" : string.Join(", ", r.Buurtkamers.Order()), r.IsActief)).ToList();
        return View(new GebruikersLijst(new Pagina<GebruikerRegel>(items, nummer, Pagina<GebruikerRegel>.StandaardGrootte, totaal)));
    }

    [HttpGet("Gebruikers/Nieuw")]
    public async Task<IActionResult> GebruikerNieuw() => View(await MetKeuzesAsync(new GebruikerNieuwModel()));

    [HttpPost("Gebruikers/Nieuw")]
    public async Task<IActionResult> GebruikerNieuw(GebruikerNieuwModel model)
    {
        await ControleerKeuzesAsync(model);
        if (!ModelState.IsValid)
        {
            return View(await MetKeuzesAsync(model));
        }

        var gebruiker = new Gebruiker
        {
            UserName = model.Gebruikersnaam,
            Naam = model.Naam!.Trim(),
            OrganisatieId = model.OrganisatieId!.Value,
            EmailConfirmed = true,
            LockoutEnabled = true,
        };
        gebruiker.Buurtkamers.AddRange(model.BuurtkamerIds.Distinct().Select(id => new GebruikerBuurtkamer { BuurtkamerId = id }));

        // Account and role together or not at all.
        await using var transactie = await db.Database.BeginTransactionAsync();
        var resultaat = await gebruikers.CreateAsync(gebruiker, model.Wachtwoord!);
        if (resultaat.Succeeded)
        {
            resultaat = await gebruikers.AddToRoleAsync(gebruiker, model.Rol!);
        }

        if (!resultaat.Succeeded)
        {
            await transactie.RollbackAsync();
            db.ChangeTracker.Clear();
            ToonIdentityFouten(resultaat);
            model.Wachtwoord = null;
            return View(await MetKeuzesAsync(model));
        }

        await transactie.CommitAsync();
        TempData["Melding"] = $"Het account {gebruiker.UserName} is aangemaakt.";
        return RedirectToAction(nameof(Gebruikers));
    }

    [HttpGet("Gebruikers/{id:guid}/Wijzigen")]
    public async Task<IActionResult> GebruikerWijzigen(Guid id)
    {
        var gebruiker = await db.Users.Include(u => u.Buurtkamers).SingleOrDefaultAsync(u => u.Id == id);
        if (gebruiker is null)
        {
            return NotFound();
        }

        var model = new GebruikerWijzigModel
        {
            Gebruikersnaam = gebruiker.UserName ?? string.Empty,
            Naam = gebruiker.Naam,
            Rol = (await gebruikers.GetRolesAsync(gebruiker)).FirstOrDefault(),
            OrganisatieId = gebruiker.OrganisatieId,
            BuurtkamerIds = gebruiker.Buurtkamers.Select(b => b.BuurtkamerId).ToList(),
            ConcurrencyStamp = gebruiker.ConcurrencyStamp,
        };
        return View(await MetKeuzesAsync(model));
    }

    [HttpPost("Gebruikers/{id:guid}/Wijzigen")]
    public async Task<IActionResult> GebruikerWijzigen(Guid id, GebruikerWijzigModel model)
    {
        var gebruiker = await db.Users.Include(u => u.Buurtkamers).SingleOrDefaultAsync(u => u.Id == id);
        if (gebruiker is null)
        {
            return NotFound();
        }

        model.Gebruikersnaam = gebruiker.UserName ?? string.Empty;
        await ControleerKeuzesAsync(model);

        // Opened on an older version: someone else changed the account in between (issue 9); nothing is overwritten.
        if (ModelState.IsValid && gebruiker.ConcurrencyStamp != model.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, new DutchIdentityErrorDescriber().ConcurrencyFailure().Description);
        }

        if (!ModelState.IsValid)
        {
            return View(await MetKeuzesAsync(model));
        }

        var kamersVoor = await Bezetting.KamersAlsSociaalWerkerAsync(db, gebruiker.Id);
        await using var transactie = await db.Database.BeginTransactionAsync();
        // The version the form was opened with is the one EF checks against (issue 9): a second edit of the same version is refused.
        db.Entry(gebruiker).Property(u => u.ConcurrencyStamp).OriginalValue = model.ConcurrencyStamp;
        gebruiker.Naam = model.Naam!.Trim();
        gebruiker.OrganisatieId = model.OrganisatieId!.Value;
        gebruiker.Buurtkamers.RemoveAll(b => !model.BuurtkamerIds.Contains(b.BuurtkamerId));
        gebruiker.Buurtkamers.AddRange(model.BuurtkamerIds.Distinct().Where(b => gebruiker.Buurtkamers.TrueForAll(g => g.BuurtkamerId != b))
            .Select(b => new GebruikerBuurtkamer { GebruikerId = gebruiker.Id, BuurtkamerId = b }).ToList());

        // The role and buurtkamers are claims in the session: a new security stamp makes open sessions sign in again.
        var resultaat = await gebruikers.UpdateAsync(gebruiker);
        var huidigeRollen = await gebruikers.GetRolesAsync(gebruiker);
        if (resultaat.Succeeded && !huidigeRollen.SequenceEqual([model.Rol!]))
        {
            resultaat = await gebruikers.RemoveFromRolesAsync(gebruiker, huidigeRollen);
            if (resultaat.Succeeded)
            {
                resultaat = await gebruikers.AddToRoleAsync(gebruiker, model.Rol!);
            }
        }

        if (resultaat.Succeeded)
        {
            resultaat = await gebruikers.UpdateSecurityStampAsync(gebruiker);
        }

        if (!resultaat.Succeeded)
        {
            await transactie.RollbackAsync();
            db.ChangeTracker.Clear();
            ToonIdentityFouten(resultaat);
            return View(await MetKeuzesAsync(model));
        }

        await transactie.CommitAsync();
        TempData["Melding"] = $"Het account {gebruiker.UserName} is bijgewerkt.";
        if (await Bezetting.WaarschuwingAsync(db, gebruiker.Id, gebruiker.Naam, kamersVoor) is { } waarschuwing)
        {
            TempData["Waarschuwing"] = waarschuwing;
        }

        return RedirectToAction(nameof(Gebruikers));
    }

    [HttpGet("Gebruikers/{id:guid}/Deactiveren")]
    public async Task<IActionResult> GebruikerDeactiveren(Guid id) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id) is { } gebruiker
            ? View(new GebruikerBevestiging(gebruiker.Id, gebruiker.Naam, gebruiker.UserName ?? string.Empty))
            : NotFound();

    /// <summary>A deactivated account cannot sign in; its open sessions end at the next security stamp check.</summary>
    [HttpPost("Gebruikers/{id:guid}/Deactiveren")]
    [ActionName(nameof(GebruikerDeactiveren))]
    public async Task<IActionResult> GebruikerDeactiverenBevestigd(Guid id)
    {
        var gebruiker = await gebruikers.FindByIdAsync(id.ToString());
        if (gebruiker is null)
        {
            return NotFound();
        }

        if (gebruiker.Id == User.Id())
        {
            ModelState.AddModelError(string.Empty, "U kunt uw eigen account niet deactiveren; vraag een andere beheerder.");
            return View(new GebruikerBevestiging(gebruiker.Id, gebruiker.Naam, gebruiker.UserName ?? string.Empty));
        }

        return await ZetActiefAsync(gebruiker, actief: false, $"Het account {gebruiker.UserName} is gedeactiveerd. Open sessies worden beëindigd.");
    }

    [HttpPost("Gebruikers/{id:guid}/Activeren")]
    public async Task<IActionResult> GebruikerActiveren(Guid id) =>
        await gebruikers.FindByIdAsync(id.ToString()) is { } gebruiker
            ? await ZetActiefAsync(gebruiker, actief: true, $"Het account {gebruiker.UserName} is weer actief.")
            : NotFound();

    [HttpGet("Beleid")]
    public IActionResult BeleidInzien()
    {
        var jaar = Domain.Termijnen.Vandaag.Volgens(klok).Year;
        return View(new BeleidOverzicht(beleid, beleid.Catalogus.Voorzieningen.Where(v => v.Pijler == Pijler.Basisondersteuning).All(v => !v.BeschikkingNodig),
            beleid.Termijnen.Kalender.JarenZonderGelijkstelling(jaar, jaar + FeestdagenController.JarenVooruit)));
    }

    private async Task<IActionResult> ZetActiefAsync(Gebruiker gebruiker, bool actief, string melding)
    {
        var kamersVoor = await Bezetting.KamersAlsSociaalWerkerAsync(db, gebruiker.Id);
        gebruiker.IsActief = actief;
        var resultaat = await gebruikers.UpdateAsync(gebruiker);
        if (resultaat.Succeeded)
        {
            resultaat = await gebruikers.UpdateSecurityStampAsync(gebruiker);
        }

        TempData["Melding"] = resultaat.Succeeded ? melding : string.Join(" ", resultaat.Errors.Select(e => e.Description));
        if (resultaat.Succeeded && await Bezetting.WaarschuwingAsync(db, gebruiker.Id, gebruiker.Naam, kamersVoor) is { } waarschuwing)
        {
            TempData["Waarschuwing"] = waarschuwing;
        }

        return RedirectToAction(nameof(Gebruikers));
    }

    /// <summary>Identity's Dutch messages next to the field they concern.</summary>
    private void ToonIdentityFouten(IdentityResult resultaat)
    {
        foreach (var fout in resultaat.Errors)
        {
            var veld = fout.Code switch
            {
                _ when fout.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(GebruikerNieuwModel.Wachtwoord),
                "DuplicateUserName" or "InvalidUserName" => nameof(GebruikerNieuwModel.Gebruikersnaam),
                _ => string.Empty,
            };
            ModelState.AddModelError(veld, fout.Description);
        }
    }

    /// <summary>Never trust ids from the form: the organisation and buurtkamers must exist.</summary>
    private async Task ControleerKeuzesAsync(GebruikerGegevensModel model)
    {
        if (model.OrganisatieId is { } organisatie && !await db.Organisaties.AnyAsync(o => o.Id == organisatie && o.IsActief))
        {
            ModelState.AddModelError(nameof(model.OrganisatieId), "Kies de organisatie uit de lijst.");
        }

        var gekozen = model.BuurtkamerIds.Distinct().ToList();
        if (gekozen.Count > 0 && await db.Buurtkamers.CountAsync(b => gekozen.Contains(b.Id)) != gekozen.Count)
        {
            ModelState.AddModelError(nameof(model.BuurtkamerIds), "Kies de buurt- en dorpskamers uit de lijst.");
        }
    }

    private async Task<T> MetKeuzesAsync<T>(T model)
        where T : GebruikerGegevensModel
    {
        model.Organisaties = await db.Organisaties.AsNoTracking().Where(o => o.IsActief).OrderBy(o => o.Naam)
            .Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToListAsync();
        model.Buurtkamers = await db.Buurtkamers.AsNoTracking().Where(b => b.IsActief || model.BuurtkamerIds.Contains(b.Id)).OrderBy(b => b.Naam)
            .Select(b => new Keuze(b.Id, b.Naam)).ToListAsync();
        return model;
    }
}
