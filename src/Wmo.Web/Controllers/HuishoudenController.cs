using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Identity;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The household dossier (DOMAIN.md §4): members, mantelzorgers, the one regievoerder, plan, vragen, timeline.</summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class HuishoudenController(WmoDbContext db, DossierToegang toegang, UserManager<Gebruiker> users, TimeProvider klok) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null)
        {
            return await BuitenCaseloadOfNietGevondenAsync(id, new InzageBuitenCaseloadModel());
        }

        var vandaag = klok.Vandaag();
        var inwonerIds = huishouden.Lidmaatschappen.Select(l => l.InwonerId).Distinct().ToList();
        var inwoners = await db.Inwoners.AsNoTracking().Where(i => inwonerIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        var vragen = await db.Ondersteuningsvragen.AsNoTracking().Where(v => v.HuishoudenId == id).OrderByDescending(v => v.Meldingsdatum).ToListAsync();
        var vraagIds = vragen.Select(v => v.Id).ToList();
        var adviezen = await db.Adviezen.AsNoTracking().Where(a => vraagIds.Contains(a.VraagId)).ToListAsync();
        var beschikkingen = await db.Beschikkingen.AsNoTracking().Where(b => vraagIds.Contains(b.VraagId)).ToListAsync();
        var plannen = await db.Ondersteuningsplannen.AsNoTracking().Where(p => p.HuishoudenId == id).OrderByDescending(p => p.OpgesteldOp).ToListAsync();
        var klachten = await db.Klachten.AsNoTracking().Where(k => k.HuishoudenId == id).OrderByDescending(k => k.OntvangenOp).ToListAsync();

        var gebruikerIds = huishouden.Regiehistorie.SelectMany(r => new[] { r.NieuweRegievoerderId, r.DoorGebruikerId })
            .Concat(vragen.Where(v => v.BehandelaarId is not null).Select(v => v.BehandelaarId!.Value))
            .Append(huishouden.RegievoerderId ?? Guid.Empty)
            .Distinct().ToList();
        var gebruikers = await db.Users.AsNoTracking().Where(u => gebruikerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Naam);

        var dossier = new HuishoudenDossier
        {
            Huishouden = huishouden,
            Inwoners = inwoners,
            Gebruikers = gebruikers,
            ActiefPlan = plannen.SingleOrDefault(p => p.Id == huishouden.ActiefPlanId),
            Plannen = plannen,
            Vragen = vragen,
            Beschikkingen = beschikkingen,
            Klachten = klachten,
            Vandaag = vandaag,
            Tijdlijn = DossierTijdlijn.Bouw(huishouden, vragen, adviezen, beschikkingen, plannen, klachten, gebruikers, inwoners),
        };
        return View(dossier);
    }

    /// <summary>"Inzage buiten eigen caseload": allowed with a reason, logged, and listed for the privacy officer (issue 5).</summary>
    [HttpPost]
    public async Task<IActionResult> InzageBuitenCaseload(Guid id, InzageBuitenCaseloadModel model)
    {
        if (!await db.Huishoudens.AnyAsync(h => h.Id == id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await BuitenCaseloadOfNietGevondenAsync(id, model);
        }

        await toegang.VerleenInzageBuitenCaseloadAsync(User, id, model.Reden!);
        TempData["Melding"] = "U hebt inzage buiten uw eigen caseload. Dit is met uw reden vastgelegd en zichtbaar voor de privacy officer.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> BuitenCaseloadOfNietGevondenAsync(Guid id, InzageBuitenCaseloadModel model)
    {
        if (!await db.Huishoudens.AnyAsync(h => h.Id == id))
        {
            return NotFound();
        }

        var weigering = View("BuitenCaseload", model with { HuishoudenId = id });
        weigering.StatusCode = StatusCodes.Status403Forbidden;
        return weigering;
    }

    [HttpGet]
    public async Task<IActionResult> RegievoerderToewijzen(Guid id)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        return huishouden is null ? NotFound() : View(await VulAsync(new RegievoerderModel(), huishouden));
    }

    [HttpPost]
    public async Task<IActionResult> RegievoerderToewijzen(Guid id, RegievoerderModel model)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null)
        {
            return NotFound();
        }

        var regievoerder = await SociaalWerkerAsync(model.RegievoerderId);
        if (ModelState.IsValid && regievoerder is null)
        {
            ModelState.AddModelError(nameof(model.RegievoerderId), "Kies een sociaal werker uit de lijst.");
        }

        if (!ModelState.IsValid)
        {
            return View(await VulAsync(model, huishouden));
        }

        try
        {
            huishouden.WijsRegievoerderToe(regievoerder!, User.AlsActor(), klok.GetUtcNow());
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(await VulAsync(model, huishouden));
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"{regievoerder!.Naam} is regievoerder van huishouden {huishouden.Naam}.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> RegieOverdragen(Guid id)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        return huishouden is null ? NotFound() : View(await VulAsync(new RegieOverdrachtModel(), huishouden));
    }

    [HttpPost]
    public async Task<IActionResult> RegieOverdragen(Guid id, RegieOverdrachtModel model)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null)
        {
            return NotFound();
        }

        var nieuwe = await SociaalWerkerAsync(model.RegievoerderId);
        if (ModelState.IsValid && nieuwe is null)
        {
            ModelState.AddModelError(nameof(model.RegievoerderId), "Kies een sociaal werker uit de lijst.");
        }

        if (!ModelState.IsValid)
        {
            return View(await VulAsync(model, huishouden));
        }

        try
        {
            huishouden.DraagRegieOver(nieuwe!, model.Reden!, User.AlsActor(), klok.GetUtcNow());
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(await VulAsync(model, huishouden));
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"De regie is overgedragen aan {nieuwe!.Naam}.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> AndereRegie(Guid id)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        return huishouden is null ? NotFound() : View(new AndereRegieModel { HuishoudenNaam = huishouden.Naam });
    }

    [HttpPost]
    public async Task<IActionResult> AndereRegie(Guid id, AndereRegieModel model)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null)
        {
            return NotFound();
        }

        model.HuishoudenNaam = huishouden.Naam;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var regie = new AndereRegie(model.Domein!.Value, model.Naam!.Trim(), string.IsNullOrWhiteSpace(model.Contact) ? null : model.Contact.Trim());
        try
        {
            if (regie.Domein == RegieDomein.JeugdExpertTeam)
            {
                huishouden.LegJetProcesregieVast(regie);
            }
            else
            {
                huishouden.LegSocialeZakenRegieVast(regie);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync();
        TempData["Melding"] = regie.Domein == RegieDomein.JeugdExpertTeam ? "De JET-procesregie is vastgelegd." : "De regie van Sociale Zaken is vastgelegd.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> LidToevoegen(Guid id)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        return huishouden is null ? NotFound() : View(new LidToevoegenModel { HuishoudenNaam = huishouden.Naam, Vanaf = klok.Vandaag() });
    }

    [HttpPost]
    public async Task<IActionResult> LidToevoegen(Guid id, LidToevoegenModel model)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null)
        {
            return NotFound();
        }

        model.HuishoudenNaam = huishouden.Naam;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var bsn = Bsn.Parse(model.Bsn);
        var inwoner = await db.Inwoners.SingleOrDefaultAsync(i => i.Bsn == bsn);
        if (inwoner is null && !NieuweInwonerIsCompleet(model))
        {
            return View(model);
        }

        try
        {
            if (inwoner is null)
            {
                var adres = new Adres(model.Straat!.Trim(), model.Huisnummer!.Value, null, Postcode.Parse(model.Postcode), model.Woonplaats!.Trim());
                inwoner = new Inwoner(bsn, model.Voornamen!, model.Achternaam!, model.Geboortedatum!.Value, adres);
                db.Inwoners.Add(inwoner);
            }

            var inwonerId = inwoner.Id;
            var andereHuishoudens = await db.Huishoudens.AsNoTracking()
                .Where(h => h.Id != id && h.Lidmaatschappen.Any(l => l.InwonerId == inwonerId)).ToListAsync();
            var elders = andereHuishoudens.SelectMany(h => h.Lidmaatschappen).Where(l => l.InwonerId == inwonerId).Select(l => l.Periode);
            huishouden.VoegLidToe(inwonerId, model.Relatie!.Value, model.Vanaf!.Value, elders);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync();
        TempData["Melding"] = $"{inwoner.Voornamen} {inwoner.Achternaam} is toegevoegd aan het huishouden.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> LidBeeindigen(Guid id, Guid inwonerId)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null || !huishouden.Lidmaatschappen.Any(l => l.InwonerId == inwonerId && l.Tot is null))
        {
            return NotFound();
        }

        return View(await VulAsync(new LidBeeindigenModel { TotEnMet = klok.Vandaag() }, huishouden, inwonerId));
    }

    [HttpPost]
    public async Task<IActionResult> LidBeeindigen(Guid id, Guid inwonerId, LidBeeindigenModel model)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null || !huishouden.Lidmaatschappen.Any(l => l.InwonerId == inwonerId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(await VulAsync(model, huishouden, inwonerId));
        }

        try
        {
            huishouden.BeeindigLidmaatschap(inwonerId, model.TotEnMet!.Value);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(await VulAsync(model, huishouden, inwonerId));
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync();
        TempData["Melding"] = "Het lidmaatschap is beëindigd. De geschiedenis blijft bewaard.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Mantelzorger(Guid id, Guid? mantelzorgerId)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null)
        {
            return NotFound();
        }

        var model = new MantelzorgerModel { HuishoudenNaam = huishouden.Naam };
        if (mantelzorgerId is { } mid)
        {
            var bestaand = huishouden.Mantelzorgers.SingleOrDefault(m => m.Id == mid);
            if (bestaand is null)
            {
                return NotFound();
            }

            model.MantelzorgerId = mid;
            model.Naam = bestaand.Naam;
            model.Relatie = bestaand.Relatie;
            model.UrenPerWeek = bestaand.UrenPerWeek;
            model.Belastbaarheid = bestaand.Belastbaarheid;
        }

        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Mantelzorger(Guid id, MantelzorgerModel model)
    {
        var huishouden = await ZichtbaarHuishoudenAsync(id);
        if (huishouden is null)
        {
            return NotFound();
        }

        model.HuishoudenNaam = huishouden.Naam;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        try
        {
            if (model.MantelzorgerId is { } mid)
            {
                huishouden.WijzigMantelzorg(mid, model.UrenPerWeek!.Value, model.Belastbaarheid!.Value);
            }
            else
            {
                huishouden.VoegMantelzorgerToe(model.Naam!, model.Relatie ?? string.Empty, model.UrenPerWeek!.Value, model.Belastbaarheid!.Value);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return View(model);
        }

        db.Bewaar(huishouden);
        await db.SaveChangesAsync();
        TempData["Melding"] = "De mantelzorger is opgeslagen.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<Huishouden?> ZichtbaarHuishoudenAsync(Guid id) =>
        await toegang.MagHuishoudenZienAsync(User, id) ? await db.Huishoudens.SingleOrDefaultAsync(h => h.Id == id) : null;

    /// <summary>An active sociaal werker as a domain actor; null when the id is not one (never trust the form).</summary>
    private async Task<Actor?> SociaalWerkerAsync(Guid? gebruikerId)
    {
        if (gebruikerId is not { } id)
        {
            return null;
        }

        var gebruiker = await users.FindByIdAsync(id.ToString());
        if (gebruiker is not { IsActief: true } || !await users.IsInRoleAsync(gebruiker, Rollen.SociaalWerker))
        {
            return null;
        }

        return new Actor(gebruiker.Id, gebruiker.Naam, Rol.SociaalWerker, gebruiker.OrganisatieId);
    }

    private async Task<IEnumerable<SelectListItem>> SociaalWerkersAsync(Guid? behalve)
    {
        var werkers = await users.GetUsersInRoleAsync(Rollen.SociaalWerker);
        return werkers.Where(w => w.IsActief && w.Id != behalve).OrderBy(w => w.Naam).Select(w => new SelectListItem(w.Naam, w.Id.ToString())).ToList();
    }

    private async Task<string?> NaamAsync(Guid? gebruikerId) =>
        gebruikerId is { } id ? await db.Users.Where(u => u.Id == id).Select(u => u.Naam).SingleOrDefaultAsync() : null;

    private async Task<RegievoerderModel> VulAsync(RegievoerderModel model, Huishouden huishouden)
    {
        model.HuishoudenNaam = huishouden.Naam;
        model.HuidigeRegievoerder = await NaamAsync(huishouden.RegievoerderId);
        model.SociaalWerkers = await SociaalWerkersAsync(null);
        return model;
    }

    private async Task<RegieOverdrachtModel> VulAsync(RegieOverdrachtModel model, Huishouden huishouden)
    {
        model.HuishoudenNaam = huishouden.Naam;
        model.HuidigeRegievoerder = await NaamAsync(huishouden.RegievoerderId);
        model.SociaalWerkers = await SociaalWerkersAsync(huishouden.RegievoerderId);
        return model;
    }

    private async Task<LidBeeindigenModel> VulAsync(LidBeeindigenModel model, Huishouden huishouden, Guid inwonerId)
    {
        model.HuishoudenNaam = huishouden.Naam;
        model.InwonerNaam = await db.Inwoners.Where(i => i.Id == inwonerId).Select(i => i.Voornamen + " " + i.Achternaam).SingleOrDefaultAsync() ?? string.Empty;
        return model;
    }

    /// <summary>An unknown BSN means a new inwoner: then name, birth date and address are needed as well.</summary>
    private bool NieuweInwonerIsCompleet(LidToevoegenModel model)
    {
        void Eis(bool ingevuld, string veld, string melding)
        {
            if (!ingevuld)
            {
                ModelState.AddModelError(veld, melding);
            }
        }

        const string Nieuw = "Dit BSN is nog niet bekend: ";
        Eis(!string.IsNullOrWhiteSpace(model.Voornamen), nameof(model.Voornamen), Nieuw + "vul de voornamen in.");
        Eis(!string.IsNullOrWhiteSpace(model.Achternaam), nameof(model.Achternaam), Nieuw + "vul de achternaam in.");
        Eis(model.Geboortedatum is not null, nameof(model.Geboortedatum), Nieuw + "vul de geboortedatum in.");
        Eis(!string.IsNullOrWhiteSpace(model.Straat), nameof(model.Straat), Nieuw + "vul de straat in.");
        Eis(model.Huisnummer is not null, nameof(model.Huisnummer), Nieuw + "vul het huisnummer in.");
        Eis(!string.IsNullOrWhiteSpace(model.Postcode), nameof(model.Postcode), Nieuw + "vul de postcode in.");
        Eis(!string.IsNullOrWhiteSpace(model.Woonplaats), nameof(model.Woonplaats), Nieuw + "vul de woonplaats in.");
        return ModelState.IsValid;
    }
}
