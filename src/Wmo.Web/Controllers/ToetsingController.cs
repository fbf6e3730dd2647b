using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The gemeente toetser's work (DOMAIN.md §2.5-2.6): the queue of submitted zwaarwegende adviezen, the toets
/// decision, and — on approval, deviation or refusal — the beschikking, issued in the same transaction.
/// </summary>
[Authorize(Policy = Beleid.MagAdviesToetsen)]
public sealed class ToetsingController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? pagina)
    {
        var nummer = Pagina<ToetsRegel>.Normaliseer(pagina);
        var ingediend =
            from a in toegang.ZichtbareAdviezen(User).AsNoTracking()
            where a.Status == AdviesStatus.Ingediend
            join v in db.Ondersteuningsvragen on a.VraagId equals v.Id
            join i in db.Inwoners on v.InwonerId equals i.Id
            join u in db.Users on a.AuteurId equals u.Id into auteurs
            from u in auteurs.DefaultIfEmpty()
            select new { a.Id, a.VoorzieningCode, Auteur = u == null ? null : u.Naam, v.Aanvraagdatum, VraagId = v.Id, i.Voornamen, i.Achternaam };

        var totaal = await ingediend.CountAsync();

        // The beslistermijn runs from the aanvraag, so the oldest aanvraag is the most urgent (overdue first).
        var regels = await ingediend.OrderBy(r => r.Aanvraagdatum).ThenBy(r => r.Id)
            .Skip((nummer - 1) * Pagina<ToetsRegel>.StandaardGrootte).Take(Pagina<ToetsRegel>.StandaardGrootte).ToListAsync();
        // The vragen of this page carry the verdaging, opschortingen and ingebrekestelling the beslistermijn and dwangsom need.
        var vandaag = klok.Vandaag();
        var vraagIds = regels.Select(r => r.VraagId).ToList();
        var vragen = await db.Ondersteuningsvragen.AsNoTracking().Where(v => vraagIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id);
        var items = regels.Select(r => new ToetsRegel(r.Id, $"{r.Voornamen} {r.Achternaam}", beleid.VoorzieningNaam(r.VoorzieningCode), r.Auteur ?? "–", r.Aanvraagdatum,
            vragen[r.VraagId].Beschikkingstermijn(beleid.Termijnen, vandaag))
        {
            IsVerdaagd = vragen[r.VraagId].IsVerdaagd,
            Dwangsom = vragen[r.VraagId].DwangsomTotEnMet(vandaag, beleid.Dwangsom),
        }).ToList();
        return View(new ToetsWachtrij(new Pagina<ToetsRegel>(items, nummer, Pagina<ToetsRegel>.StandaardGrootte, totaal), vandaag));
    }

    [HttpGet]
    public async Task<IActionResult> Advies(Guid id)
    {
        var advies = await toegang.ZichtbareAdviezen(User).SingleOrDefaultAsync(a => a.Id == id);
        if (advies is null)
        {
            return NotFound();
        }

        var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId);
        return View(new ToetsModel { Versie = db.VersieVan(advies), Dossier = await DossierAsync(advies, vraag) });
    }

    /// <summary>"Toets het advies": approve, send back, deviate or refuse; every decision except sending back issues the beschikking.</summary>
    [HttpPost]
    public async Task<IActionResult> Advies(Guid id, ToetsModel model)
    {
        var advies = await toegang.ZichtbareAdviezen(User).SingleOrDefaultAsync(a => a.Id == id);
        if (advies is null)
        {
            return NotFound();
        }

        var vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId);
        if (!ModelState.IsValid)
        {
            model.Dossier = await DossierAsync(advies, vraag);
            return View(model);
        }

        Beschikking? beschikking;
        try
        {
            beschikking = await ToetsAsync(advies, vraag, model);
        }
        catch (DomainException e)
        {
            // Nothing was saved; forget the half-applied changes and show the dossier as it is stored.
            db.ChangeTracker.Clear();
            advies = await db.Adviezen.SingleAsync(a => a.Id == id);
            vraag = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == advies.VraagId);
            ModelState.AddModelError(string.Empty, e.Message);
            model.Dossier = await DossierAsync(advies, vraag);
            return View(model);
        }

        db.Bewaar(advies, model.Versie);
        db.Bewaar(vraag);
        if (beschikking is not null)
        {
            db.Add(beschikking);
        }

        await db.SaveChangesAsync();
        if (beschikking is null)
        {
            TempData["Melding"] = "Het advies is met uw opmerkingen teruggestuurd naar de sociaal werker.";
            return RedirectToAction(nameof(Index));
        }

        TempData["Melding"] = $"Het advies is getoetst en beschikking {beschikking.Nummer} is afgegeven.";
        return RedirectToAction(nameof(Beschikking), new { id = beschikking.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Beschikking(Guid id)
    {
        var vragen = toegang.ZichtbareVragen(User).Select(v => v.Id);
        var beschikking = await db.Beschikkingen.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && vragen.Contains(b.VraagId));
        if (beschikking is null)
        {
            return NotFound();
        }

        var inwoner = await db.Inwoners.AsNoTracking().Where(i => i.Id == beschikking.InwonerId).Select(i => i.Voornamen + " " + i.Achternaam).SingleAsync();
        var beslisser = await db.Users.AsNoTracking().Where(u => u.Id == beschikking.BeslisserId).Select(u => u.Naam).SingleOrDefaultAsync() ?? "–";
        return View(new BeschikkingOverzicht(beschikking, inwoner, beleid.VoorzieningNaam(beschikking.VoorzieningCode), beslisser));
    }

    private async Task<Beschikking?> ToetsAsync(ZwaarwegendAdvies advies, Ondersteuningsvraag vraag, ToetsModel model)
    {
        var toetser = User.AlsActor();
        var moment = klok.GetUtcNow();
        var clientondersteuner = vraag.ClientondersteunerId;
        switch (model.Besluit)
        {
            case ToetsBesluit.Terugsturen:
                advies.StuurTerug(toetser, clientondersteuner, model.Opmerking ?? string.Empty, moment);
                vraag.MarkeerAdviesTeruggestuurd();
                return null;
            case ToetsBesluit.Goedkeuren:
                advies.Keur(toetser, clientondersteuner, model.Opmerking, moment);
                break;
            case ToetsBesluit.Afwijken:
                var andereOmvang = model.AndereVolume is { } volume ? new Omvang(volume, model.AndereEenheid!.Value, model.AndereFrequentie!.Value) : null;
                var anderePeriode = model.AndereIngangsdatum is { } start ? new Periode(start, model.AndereEinddatum) : null;
                advies.WijkAf(toetser, clientondersteuner, model.Motivering ?? string.Empty, andereOmvang, anderePeriode, moment);
                break;
            default:
                // A refusal deviates from the advies with the same motivation that the afwijzing carries.
                advies.WijkAf(toetser, clientondersteuner, model.Motivering ?? string.Empty, null, null, moment);
                break;
        }

        vraag.MarkeerGetoetst();
        var vandaag = klok.Vandaag();
        var nummer = await db.VolgendNummerAsync("WMO", vandaag.Year);
        var inwoner = await db.Inwoners.SingleAsync(i => i.Id == vraag.InwonerId);
        var beschikking = model.Besluit == ToetsBesluit.Afwijzen
            ? Domain.Besluiten.Beschikking.WijsAf(nummer, vraag.Id, inwoner.Id, toetser, clientondersteuner, advies.VoorzieningCode, model.Motivering ?? string.Empty)
            : Domain.Besluiten.Beschikking.KenToe(nummer, advies, inwoner.Id, toetser, clientondersteuner, beleid.Catalogus, inwoner.Geboortedatum,
                model.ChronischeBeperking, beleid.Duur, string.IsNullOrWhiteSpace(model.Motivering) ? advies.Motivering : model.Motivering);
        beschikking.Verzend(vandaag, beleid.Termijnen);
        vraag.MarkeerBeschikt(beschikking.Id);
        return beschikking;
    }

    private async Task<ToetsDossier> DossierAsync(ZwaarwegendAdvies advies, Ondersteuningsvraag vraag)
    {
        var vandaag = klok.Vandaag();
        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == vraag.InwonerId);
        var huishouden = await db.Huishoudens.AsNoTracking().SingleAsync(h => h.Id == vraag.HuishoudenId);
        var leden = huishouden.LedenOp(vandaag).Where(l => l.InwonerId != inwoner.Id).ToList();
        var ledenIds = leden.Select(l => l.InwonerId).ToList();
        var personen = await db.Inwoners.AsNoTracking().Where(i => ledenIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        var huisgenoten = leden.Where(l => personen.ContainsKey(l.InwonerId))
            .Select(l => new Huisgenoot($"{personen[l.InwonerId].Voornamen} {personen[l.InwonerId].Achternaam}", l.Relatie.Tekst(), personen[l.InwonerId].LeeftijdOp(vandaag)))
            .ToList();
        var gebruikerIds = advies.Toetsingen.Select(t => t.ToetserId).Append(advies.AuteurId).Distinct().ToList();
        var namen = await db.Users.AsNoTracking().Where(u => gebruikerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Naam);
        return new ToetsDossier(advies, vraag, beleid.Catalogus.Zoek(advies.VoorzieningCode), namen.GetValueOrDefault(advies.AuteurId, "–"),
            $"{inwoner.Voornamen} {inwoner.Achternaam}", inwoner.LeeftijdOp(vandaag), inwoner.Hoofdverblijf.ToString(), huisgenoten, namen,
            vraag.Beschikkingstermijn(beleid.Termijnen), vandaag, Belemmering(advies, vraag));
    }

    /// <summary>Why the current user cannot toets this advies (buttons are hidden); the domain still guards the rule on POST.</summary>
    private string? Belemmering(ZwaarwegendAdvies advies, Ondersteuningsvraag vraag)
    {
        if (advies.Status != AdviesStatus.Ingediend)
        {
            return $"Dit advies is niet (meer) ingediend voor toetsing. Status: {advies.Status.Tekst().ToLowerInvariant()}.";
        }

        if (advies.AuteurId == User.Id())
        {
            return "U kunt een advies dat u zelf schreef niet toetsen.";
        }

        try
        {
            Vierogen.ClientondersteunerIsNooitBeslisser(User.AlsActor(), vraag.ClientondersteunerId);
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }
}
