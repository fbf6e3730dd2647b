using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Afweging;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The ondersteuningsvraag from pickup to uitkomst (DOMAIN.md §2.2-2.4). Every action loads the vraag through
/// <see cref="DossierToegang"/>; whether a step is allowed is the domain's decision, whose Dutch message is shown.
/// </summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class VraagController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, TimeProvider klok) : Controller
{
    // ── oppakken ─────────────────────────────────────────────────────────

    [HttpGet]
    public async Task<IActionResult> Oppakken(Guid id)
    {
        var contact = await OpenContactAsync(id);
        if (contact?.OndersteuningsvraagId is { } vraagId)
        {
            TempData["Melding"] = "Dit eerste contact is al opgepakt.";
            return RedirectToAction(nameof(Details), new { id = vraagId });
        }

        return contact is null ? NotFound() : View(await OppakkenPaginaAsync(contact, new OppakkenModel()));
    }

    [HttpPost]
    public async Task<IActionResult> Oppakken(Guid id, OppakkenModel model)
    {
        var contact = await OpenContactAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        InwonerBijOppakken? gevonden = null;
        if (ModelState.IsValid)
        {
            gevonden = await toegang.ZoekInwonerVoorOppakkenAsync(User, Bsn.Parse(model.Bsn));

            // Unknown and "known outside your caseload" ask for the same data with the same words: no BSN oracle.
            if (!gevonden.InCaseload)
            {
                VerplichtVoorNieuweInwoner(model);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await OppakkenPaginaAsync(contact, model));
        }

        try
        {
            var vandaag = klok.Vandaag();
            var inwoner = gevonden!.Inwoner;
            Guid huishoudenId;
            var afgeschermd = false;
            if (inwoner is null)
            {
                inwoner = new Inwoner(Bsn.Parse(model.Bsn), model.Voornamen!, model.Achternaam!, model.Geboortedatum!.Value,
                    new Adres(model.Straat!.Trim(), model.Huisnummer!.Value, string.IsNullOrWhiteSpace(model.Toevoeging) ? null : model.Toevoeging.Trim(), Postcode.Parse(model.Postcode), model.Woonplaats!.Trim()));
                var huishouden = new Huishouden(inwoner.Achternaam);
                huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, vandaag, []);
                db.AddRange(inwoner, huishouden);
                huishoudenId = huishouden.Id;
            }
            else if (gevonden.HuidigHuishoudenId is { } huidig)
            {
                // The inwoner lives in a household: the new vraag belongs there, but opens it only for who already may see it.
                huishoudenId = huidig;
                afgeschermd = !gevonden.InCaseload;
            }
            else
            {
                var inwonerId = inwoner.Id;
                var huishouden = new Huishouden(inwoner.Achternaam);
                var elders = await db.Huishoudens.SelectMany(h => h.Lidmaatschappen).Where(l => l.InwonerId == inwonerId).ToListAsync();
                huishouden.VoegLidToe(inwoner.Id, Relatie.Huisgenoot, vandaag, elders.Select(l => l.Periode));
                db.Add(huishouden);
                huishoudenId = huishouden.Id;
            }

            var vraag = new Ondersteuningsvraag(huishoudenId, inwoner.Id, contact);
            if (afgeschermd)
            {
                vraag.SchermHuishoudenAf();
            }

            vraag.StartVraagverheldering(User.AlsActor());
            db.Add(vraag);
            db.Bewaar(contact);
            await db.SaveChangesAsync();
            TempData["Melding"] = "Het eerste contact is opgepakt als ondersteuningsvraag. De vraagverheldering is gestart.";
            return RedirectToAction(nameof(Details), new { id = vraag.Id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            db.ChangeTracker.Clear();
            return View(await OppakkenPaginaAsync((await OpenContactAsync(id))!, model));
        }
    }

    // ── de vraag ─────────────────────────────────────────────────────────

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
    {
        var vraag = await toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        if (vraag is null)
        {
            return NotFound();
        }

        var vandaag = klok.Vandaag();
        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == vraag.InwonerId);
        var buurtkamer = await db.Buurtkamers.Where(b => b.Id == vraag.BuurtkamerId).Select(b => b.Naam).SingleOrDefaultAsync() ?? "–";
        var contact = vraag.EersteContactId is { } cId ? await db.EersteContacten.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cId) : null;
        var advies = vraag.AdviesId is { } aId ? await db.Adviezen.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aId) : null;
        var aanbodIds = vraag.Uitkomst?.SocialeKaartAanbodIds.ToList() ?? [];
        var aanbod = aanbodIds.Count == 0 ? [] : await db.SocialeKaart.AsNoTracking().Where(a => aanbodIds.Contains(a.Id)).ToListAsync();
        var aanbieder = vraag.Uitkomst?.AanbiederId is { } orgId ? await db.Organisaties.Where(o => o.Id == orgId).Select(o => o.Naam).SingleOrDefaultAsync() : null;
        var code = vraag.Uitkomst?.VoorzieningCode ?? advies?.VoorzieningCode;
        var voorziening = code is not null && beleid.Catalogus.Bevat(code) ? beleid.Catalogus.Zoek(code).Naam : null;
        var behandelaar = vraag.BehandelaarId is { } bId ? await db.Users.Where(u => u.Id == bId).Select(u => u.Naam).SingleOrDefaultAsync() : null;
        return View(new VraagDetails(vraag, inwoner, buurtkamer, contact, advies, aanbod, aanbieder, voorziening, behandelaar, vandaag,
            vraag.Onderzoekstermijn(beleid.Termijnen, vandaag), vraag.Beschikkingstermijn(beleid.Termijnen, vandaag))
        {
            Dwangsom = vraag.BeschikkingId is null ? vraag.DwangsomTotEnMet(vandaag, beleid.Dwangsom) : 0m,
        });
    }

    // ── keukentafelgesprek ───────────────────────────────────────────────

    [HttpGet]
    public async Task<IActionResult> Gesprek(Guid id)
    {
        if (!await toegang.MagVraagZienAsync(User, id))
        {
            return NotFound();
        }

        var model = new GesprekModel { Datum = klok.Vandaag() };
        VulRijen(model);
        return View(model);
    }

    [HttpPost]
    public Task<IActionResult> Gesprek(Guid id, GesprekModel model) =>
        WijzigVraagAsync(id, model, "Het gesprek is vastgelegd. Rond het af met een verslag als het gevoerd is.",
            vraag => vraag.PlanGesprek(model.Datum!.Value, model.Locatie!.Value,
                model.Deelnemers.Where(d => !string.IsNullOrWhiteSpace(d.Naam) && d.Rol is not null).Select(d => new Deelnemer(d.Naam!.Trim(), d.Rol!.Value))),
            opnieuw: () => VulRijen(model));

    [HttpGet]
    public async Task<IActionResult> GesprekAfronden(Guid id, Guid gesprekId)
    {
        var vraag = await toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        var gesprek = vraag?.Gesprekken.SingleOrDefault(g => g.Id == gesprekId);
        return gesprek is null ? NotFound() : View(new AfrondenModel { GesprekId = gesprekId });
    }

    [HttpPost]
    public Task<IActionResult> GesprekAfronden(Guid id, AfrondenModel model) =>
        WijzigVraagAsync(id, model, "Het gesprek is afgerond.", vraag => vraag.RondGesprekAf(model.GesprekId!.Value, model.Verslag!));

    [HttpGet]
    public async Task<IActionResult> Onderzoek(Guid id)
    {
        // Tracked, so the form carries the aggregate's current Versie (optimistic concurrency).
        var vraag = await VraagAsync(id);
        if (vraag is null)
        {
            return NotFound();
        }

        return View(new OnderzoekModel
        {
            Versie = db.VersieVan(vraag),
            ClientondersteuningAangebodenOp = vraag.ClientondersteuningAangebodenOp,
            ClientondersteunerNaam = vraag.ClientondersteunerNaam,
            PersoonlijkPlanOntvangenOp = vraag.PersoonlijkPlanOntvangenOp,
            VraagAchterDeVraag = vraag.VraagAchterDeVraag,
            Leefgebieden = Enum.GetValues<Leefgebied>().ToDictionary(l => l, l => vraag.Leefgebieden.SingleOrDefault(s => s.Leefgebied == l)?.Situatie),
        });
    }

    [HttpPost]
    public Task<IActionResult> Onderzoek(Guid id, OnderzoekModel model) =>
        WijzigVraagAsync(id, model, "De gegevens van het onderzoek zijn opgeslagen.", vraag => LegOnderzoekVast(vraag, model), model.Versie);

    [HttpGet]
    public async Task<IActionResult> Opschorten(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(new OpschortenModel { Van = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Opschorten(Guid id, OpschortenModel model) =>
        WijzigVraagAsync(id, model, "Het onderzoek is opgeschort; de termijn loopt niet door.", vraag => vraag.SchortOnderzoekOp(model.Van!.Value, model.Reden!, model.ToestemmingInwoner, beleid.Termijnen));

    [HttpGet]
    public async Task<IActionResult> Hervatten(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(new HervattenModel { LaatsteOpgeschorteDag = klok.Vandaag().AddDays(-1) }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Hervatten(Guid id, HervattenModel model) =>
        WijzigVraagAsync(id, model, "Het onderzoek is hervat.", vraag => vraag.HervatOnderzoek(model.LaatsteOpgeschorteDag!.Value));

    // ── beslistermijn op de aanvraag (Awb 4:14, 4:15, 4:17) ───────────────

    [HttpGet]
    public async Task<IActionResult> Verdagen(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(new VerdagenModel { BerichtOp = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Verdagen(Guid id, VerdagenModel model) =>
        WijzigVraagAsync(id, model, "De beslistermijn is verdaagd; de nieuwe datum staat in de werkvoorraad.",
            vraag => vraag.VerdaagBeslistermijn(model.BerichtOp!.Value, model.NieuweDatum!.Value, model.Reden!, beleid.Termijnen));

    [HttpGet]
    public async Task<IActionResult> BeslistermijnOpschorten(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(new BeslistermijnOpschortenModel { Van = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> BeslistermijnOpschorten(Guid id, BeslistermijnOpschortenModel model) =>
        WijzigVraagAsync(id, model, "De beslistermijn is opgeschort.",
            vraag => vraag.SchortBeslistermijnOp(model.Van!.Value, model.Grond!.Value, model.Reden!, beleid.Termijnen));

    [HttpGet]
    public async Task<IActionResult> BeslistermijnHervatten(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(new HervattenModel { LaatsteOpgeschorteDag = klok.Vandaag().AddDays(-1) }) : NotFound();

    [HttpPost]
    public Task<IActionResult> BeslistermijnHervatten(Guid id, HervattenModel model) =>
        WijzigVraagAsync(id, model, "De beslistermijn loopt weer.", vraag => vraag.HervatBeslistermijn(model.LaatsteOpgeschorteDag!.Value));

    [HttpGet]
    public async Task<IActionResult> Ingebrekestelling(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(new IngebrekestellingModel { OntvangenOp = klok.Vandaag() }) : NotFound();

    [HttpPost]
    public Task<IActionResult> Ingebrekestelling(Guid id, IngebrekestellingModel model) =>
        WijzigVraagAsync(id, model, "De ingebrekestelling is vastgelegd; twee weken na ontvangst gaat de dwangsom lopen.",
            vraag => vraag.RegistreerIngebrekestelling(model.OntvangenOp!.Value, beleid.Termijnen));

    // ── afweging ─────────────────────────────────────────────────────────

    [HttpGet]
    public async Task<IActionResult> Afweging(Guid id)
    {
        // Tracked, so the form carries the aggregate's current Versie (optimistic concurrency).
        var vraag = await VraagAsync(id);
        if (vraag is null)
        {
            return NotFound();
        }

        var model = new AfwegingModel
        {
            Versie = db.VersieVan(vraag),
            Stappen = [.. Enum.GetValues<Afwegingsstap>().Select(s =>
            {
                var antwoord = vraag.Afweging.SingleOrDefault(a => a.Stap == s);
                return new StapRij { Stap = s, BiedtOplossing = antwoord?.BiedtOplossing, Motivering = antwoord?.Motivering };
            })],
        };
        return View(model);
    }

    [HttpPost]
    public Task<IActionResult> Afweging(Guid id, AfwegingModel model) =>
        WijzigVraagAsync(id, model, "De afweging is opgeslagen.",

            // The fixed order (000 L727-731) is the domain's: answered steps are passed on in their order.
            vraag => model.Stappen.Where(s => Enum.IsDefined(s.Stap) && s.BiedtOplossing is not null).OrderBy(s => s.Stap).ToList()
                .ForEach(s => vraag.BeantwoordStap(s.Stap, s.BiedtOplossing!.Value, s.Motivering)),
            model.Versie,
            () => model.Stappen = [.. Enum.GetValues<Afwegingsstap>().Select(s => model.Stappen.FirstOrDefault(r => r.Stap == s) ?? new StapRij { Stap = s })]);

    [HttpGet]
    public async Task<IActionResult> Afwegingskader(Guid id, Ondersteuningsvorm vorm = Ondersteuningsvorm.Thuisondersteuning)
    {
        if (!Enum.IsDefined(vorm) || !await toegang.MagVraagZienAsync(User, id))
        {
            return NotFound();
        }

        var kader = Kader(vorm);
        return View(new KaderPagina(id, kader, new KaderModel { Vorm = vorm, Scores = kader.Criteria.ToDictionary(c => c.Code, _ => (Kant?)null) }, null));
    }

    [HttpPost]
    public async Task<IActionResult> Afwegingskader(Guid id, KaderModel model)
    {
        var vraag = await VraagAsync(id);
        if (vraag is null || !Enum.IsDefined(model.Vorm))
        {
            return NotFound();
        }

        var kader = Kader(model.Vorm);
        var scores = model.Scores.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value);
        Afwegingsresultaat? resultaat = null;
        if (ModelState.IsValid && Probeer(() => resultaat = kader.Beoordeel(scores)) && model.Actie == "vastleggen"
            && Probeer(() => vraag.LegAfwegingskaderVast(resultaat!.Kies(model.Keuze!.Value, model.Motivering), User.AlsActor()), nameof(model.Motivering)))
        {
            db.Bewaar(vraag);
            await db.SaveChangesAsync();
            TempData["Melding"] = $"De afweging voor {model.Vorm.Tekst().ToLowerInvariant()} is vastgelegd.";
            return RedirectToAction(nameof(Details), new { id });
        }

        foreach (var c in kader.Criteria)
        {
            model.Scores.TryAdd(c.Code, null);
        }

        return View(new KaderPagina(id, kader, model, resultaat));
    }

    // ── uitkomst ─────────────────────────────────────────────────────────

    [HttpGet]
    public async Task<IActionResult> Uitkomst(Guid id) =>
        await toegang.MagVraagZienAsync(User, id) ? View(await UitkomstPaginaAsync(id, new UitkomstModel { Startdatum = klok.Vandaag() })) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Uitkomst(Guid id, UitkomstModel model)
    {
        var vraag = await VraagAsync(id);
        if (vraag is null)
        {
            return NotFound();
        }

        Uitkomst? uitkomst = null;
        if (ModelState.IsValid)
        {
            uitkomst = await MaakUitkomstAsync(model);
        }

        if (ModelState.IsValid && uitkomst is not null && Probeer(() => vraag.LegUitkomstVast(uitkomst, User.AlsActor(), klok.Vandaag(), beleid.Catalogus)))
        {
            db.Bewaar(vraag);
            await db.SaveChangesAsync();
            TempData["Melding"] = "De uitkomst is vastgelegd: " + uitkomst.Soort.Tekst().ToLowerInvariant() + ".";
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(await UitkomstPaginaAsync(id, model));
    }

    /// <summary>The inwoner asks for a beschikking, whatever was advised (000 L580, 002 §8.9); then the advies is written.</summary>
    [HttpGet]
    public async Task<IActionResult> Aanvraag(Guid id) => await toegang.MagVraagZienAsync(User, id) ? View(id) : NotFound();

    [HttpPost]
    [ActionName(nameof(Aanvraag))]
    public async Task<IActionResult> AanvraagIndienen(Guid id)
    {
        var vraag = await VraagAsync(id);
        if (vraag is null)
        {
            return NotFound();
        }

        if (!Probeer(() => vraag.DienAanvraagIn(klok.Vandaag())))
        {
            return View(nameof(Aanvraag), id);
        }

        await db.SaveChangesAsync();
        TempData["Melding"] = "De aanvraag is geregistreerd; de beslistermijn van 2 weken loopt. Schrijf nu het zwaarwegend advies.";
        return RedirectToAction(nameof(Advies), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Advies(Guid id)
    {
        var vraag = await toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        if (vraag is null)
        {
            return NotFound();
        }

        var model = new AdviesModel { VoorzieningCode = vraag.Uitkomst?.VoorzieningCode, Ingangsdatum = klok.Vandaag(), Eenheid = Eenheid.Uur, Frequentie = Frequentie.PerWeek, Leveringsvorm = Leveringsvorm.ZorgInNatura };
        return View(new AdviesPagina(id, null, model, AdviesVoorzieningen(), [], false));
    }

    [HttpPost]
    public async Task<IActionResult> Advies(Guid id, AdviesModel model)
    {
        var vraag = await VraagAsync(id);
        if (vraag is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && Probeer(() =>
            {
                var actor = User.AlsActor();
                if (vraag.Status != VraagStatus.AdviesVereist)
                {
                    var voorziening = beleid.Catalogus.Zoek(model.VoorzieningCode!);
                    var uitkomst = voorziening.Pijler == Pijler.Regionaal
                        ? Domain.Vragen.Uitkomst.RegionaleVoorziening(voorziening.Code, "Zwaarwegend advies voor een regionale voorziening.")
                        : Domain.Vragen.Uitkomst.AanvullendViaAanvraag(voorziening.Code, "Aanvraag met zwaarwegend advies.");
                    vraag.LegUitkomstVast(uitkomst, actor, klok.Vandaag(), beleid.Catalogus);
                }

                var advies = new ZwaarwegendAdvies(vraag.Id, actor, model.VoorzieningCode!, new Omvang(model.Volume!.Value, model.Eenheid!.Value, model.Frequentie!.Value),
                    new Periode(model.Ingangsdatum!.Value, model.Einddatum), model.Leveringsvorm!.Value, model.Motivering!, model.PgbVaardigheidMotivering);
                advies.DienIn();
                vraag.MarkeerAdviesIngediend(advies.Id);
                db.Add(advies);
            }))
        {
            db.Bewaar(vraag);
            await db.SaveChangesAsync();
            TempData["Melding"] = "Het zwaarwegend advies is ingediend voor toetsing door de gemeente.";
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(new AdviesPagina(id, null, model, AdviesVoorzieningen(), [], false));
    }

    [HttpGet]
    public async Task<IActionResult> AdviesHerzien(Guid id)
    {
        var advies = await toegang.ZichtbareAdviezen(User).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (advies is null)
        {
            return NotFound();
        }

        var model = new AdviesModel
        {
            VoorzieningCode = advies.VoorzieningCode,
            Volume = advies.Omvang.Volume,
            Eenheid = advies.Omvang.Eenheid,
            Frequentie = advies.Omvang.Frequentie,
            Ingangsdatum = advies.Ingangsdatum,
            Einddatum = advies.Einddatum,
            Leveringsvorm = advies.Leveringsvorm,
            PgbVaardigheidMotivering = advies.PgbVaardigheidMotivering,
            Motivering = advies.Motivering,
        };
        return View(nameof(Advies), new AdviesPagina(advies.VraagId, advies.Id, model, AdviesVoorzieningen(), Opmerkingen(advies), true));
    }

    [HttpPost]
    public async Task<IActionResult> AdviesHerzien(Guid id, AdviesModel model)
    {
        var advies = await toegang.ZichtbareAdviezen(User).SingleOrDefaultAsync(a => a.Id == id);
        var vraag = advies is null ? null : await VraagAsync(advies.VraagId);
        if (advies is null || vraag is null)
        {
            return NotFound();
        }

        model.VoorzieningCode = advies.VoorzieningCode;
        if (ModelState.IsValid && Probeer(() =>
            {
                advies.Herzie(User.AlsActor(), new Omvang(model.Volume!.Value, model.Eenheid!.Value, model.Frequentie!.Value),
                    new Periode(model.Ingangsdatum!.Value, model.Einddatum), model.Leveringsvorm!.Value, model.Motivering!, model.PgbVaardigheidMotivering);
                advies.DienIn();
                vraag.MarkeerAdviesIngediend(advies.Id);
            }))
        {
            db.Bewaar(advies);
            await db.SaveChangesAsync();
            TempData["Melding"] = "Het herziene advies is opnieuw ingediend voor toetsing.";
            return RedirectToAction(nameof(Details), new { id = vraag.Id });
        }

        return View(nameof(Advies), new AdviesPagina(vraag.Id, advies.Id, model, AdviesVoorzieningen(), Opmerkingen(advies), true));
    }

    // ── helpers ──────────────────────────────────────────────────────────

    /// <summary>
    /// The common shape of a vraagverheldering step: load the visible vraag, run the domain operation, save once and
    /// redirect; on a validation error or a refusal show the form again (after <paramref name="opnieuw"/> refills it).
    /// </summary>
    private async Task<IActionResult> WijzigVraagAsync<TModel>(Guid id, TModel model, string melding, Action<Ondersteuningsvraag> handeling, Guid? versie = null, Action? opnieuw = null)
    {
        var vraag = await VraagAsync(id);
        if (vraag is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && Probeer(() => handeling(vraag)))
        {
            db.Bewaar(vraag, versie);
            await db.SaveChangesAsync();
            TempData["Melding"] = melding;
            return RedirectToAction(nameof(Details), new { id });
        }

        opnieuw?.Invoke();
        return View(model);
    }

    private Task<Ondersteuningsvraag?> VraagAsync(Guid id) => toegang.ZichtbareVragen(User).SingleOrDefaultAsync(v => v.Id == id);

    /// <summary>An open first contact of one of the user's buurtkamers.</summary>
    private Task<EersteContact?> OpenContactAsync(Guid id)
    {
        var buurtkamers = User.BuurtkamerIds().ToList();
        return toegang.ZichtbareEersteContacten(User).SingleOrDefaultAsync(c => c.Id == id && buurtkamers.Contains(c.BuurtkamerId));
    }

    /// <summary>Runs a domain operation; a refusal becomes a message on the form (<paramref name="veld"/> or the summary).</summary>
    private bool Probeer(Action handeling, string? veld = null)
    {
        try
        {
            handeling();
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(veld ?? string.Empty, e.Message);
            return false;
        }
    }

    private void VerplichtVoorNieuweInwoner(OppakkenModel model)
    {
        // The same words whether the BSN is new or belongs to someone outside the caseload (no BSN oracle, issue 9).
        const string Uitleg = " Deze inwoner staat niet in uw caseload: neem de gegevens over zoals de inwoner ze opgeeft.";
        Eis(!string.IsNullOrWhiteSpace(model.Voornamen), nameof(model.Voornamen), "Vul de voornamen in." + Uitleg);
        Eis(!string.IsNullOrWhiteSpace(model.Achternaam), nameof(model.Achternaam), "Vul de achternaam in." + Uitleg);
        Eis(model.Geboortedatum is not null, nameof(model.Geboortedatum), "Vul de geboortedatum in." + Uitleg);
        Eis(!string.IsNullOrWhiteSpace(model.Straat), nameof(model.Straat), "Vul de straat in." + Uitleg);
        Eis(model.Huisnummer is not null, nameof(model.Huisnummer), "Vul het huisnummer in." + Uitleg);
        Eis(!string.IsNullOrWhiteSpace(model.Postcode), nameof(model.Postcode), "Vul de postcode in." + Uitleg);
        Eis(!string.IsNullOrWhiteSpace(model.Woonplaats), nameof(model.Woonplaats), "Vul de woonplaats in." + Uitleg);

        void Eis(bool ok, string veld, string melding)
        {
            if (!ok)
            {
                ModelState.AddModelError(veld, melding);
            }
        }
    }

    private async Task<OppakkenPagina> OppakkenPaginaAsync(EersteContact contact, OppakkenModel model)
    {
        var buurtkamer = await db.Buurtkamers.Where(b => b.Id == contact.BuurtkamerId).Select(b => b.Naam).SingleAsync();
        return new OppakkenPagina(contact, buurtkamer, model);
    }

    private static void LegOnderzoekVast(Ondersteuningsvraag vraag, OnderzoekModel model)
    {
        if (model.ClientondersteuningAangebodenOp is { } aangeboden)
        {
            vraag.LegClientondersteuningAangebodenVast(aangeboden);
        }

        if (!string.IsNullOrWhiteSpace(model.ClientondersteunerNaam))
        {
            vraag.WijsClientondersteunerToe(null, model.ClientondersteunerNaam);
        }

        if (model.PersoonlijkPlanOntvangenOp is { } plan)
        {
            vraag.LegPersoonlijkPlanOntvangenVast(plan);
        }

        if (!string.IsNullOrWhiteSpace(model.VraagAchterDeVraag))
        {
            vraag.LegVraagAchterDeVraagVast(model.VraagAchterDeVraag);
        }

        foreach (var (leefgebied, situatie) in model.Leefgebieden.Where(l => Enum.IsDefined(l.Key) && !string.IsNullOrWhiteSpace(l.Value)))
        {
            vraag.BeschrijfLeefgebied(leefgebied, situatie!);
        }
    }

    private static void VulRijen(GesprekModel model)
    {
        while (model.Deelnemers.Count < GesprekModel.AantalRijen)
        {
            model.Deelnemers.Add(new DeelnemerRij());
        }
    }

    private static Afwegingskader Kader(Ondersteuningsvorm vorm) =>
        vorm == Ondersteuningsvorm.Dagbesteding ? Domain.Afweging.Afwegingskader.Dagbesteding : Domain.Afweging.Afwegingskader.Thuisondersteuning;

    /// <summary>Builds the uitkomst; ids from the form are checked against what exists (active offers, contracted aanbieders).</summary>
    private async Task<Uitkomst?> MaakUitkomstAsync(UitkomstModel model)
    {
        var toelichting = model.Toelichting ?? string.Empty;
        switch (model.Soort)
        {
            case UitkomstSoort.AdviesDoorverwijzing:
                return Domain.Vragen.Uitkomst.AdviesDoorverwijzing(model.DoorverwezenNaar!, toelichting);
            case UitkomstSoort.SocialeBasis:
                var gekozen = model.AanbodIds.Distinct().ToList();
                var bestaand = await db.SocialeKaart.Where(a => gekozen.Contains(a.Id) && a.IsActief).Select(a => a.Id).ToListAsync();
                if (bestaand.Count != gekozen.Count)
                {
                    ModelState.AddModelError(nameof(model.AanbodIds), "Kies alleen actief aanbod van de sociale kaart.");
                    return null;
                }

                return Domain.Vragen.Uitkomst.SocialeBasis(bestaand, toelichting);
            case UitkomstSoort.Basisondersteuning:
                return Domain.Vragen.Uitkomst.Basisondersteuning(model.BasisVoorzieningCode!, model.SoortOndersteuning!, model.Startdatum!.Value, toelichting);
            case UitkomstSoort.AanvullendViaVerwijzing:
                var aanbieder = await db.Organisaties.AsNoTracking().SingleOrDefaultAsync(o => o.Id == model.AanbiederId && o.Soort == OrganisatieSoort.Aanbieder && o.IsActief);
                if (aanbieder is null)
                {
                    ModelState.AddModelError(nameof(model.AanbiederId), "Kies een gecontracteerde aanbieder.");
                    return null;
                }

                // The referral goes to the perceel the aanbieder is contracted for; the domain checks it matches the voorziening.
                var voorziening = beleid.Catalogus.Bevat(model.VerwijzingVoorzieningCode!) ? beleid.Catalogus.Zoek(model.VerwijzingVoorzieningCode!) : null;
                Perceel? perceel = voorziening?.Perceel is { } p && aanbieder.LevertIn(p) ? p : aanbieder.Percelen.FirstOrDefault();
                if (perceel is null)
                {
                    ModelState.AddModelError(nameof(model.AanbiederId), $"{aanbieder.Naam} is voor geen enkel perceel gecontracteerd.");
                    return null;
                }

                return Domain.Vragen.Uitkomst.AanvullendViaVerwijzing(model.VerwijzingVoorzieningCode!, aanbieder.Id, perceel.Value, toelichting);
            default:
                return null;
        }
    }

    private async Task<UitkomstPagina> UitkomstPaginaAsync(Guid id, UitkomstModel model)
    {
        var aanbod = await db.SocialeKaart.AsNoTracking().Where(a => a.IsActief).OrderBy(a => a.Naam).ToListAsync();
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.Soort == OrganisatieSoort.Aanbieder && o.IsActief).OrderBy(o => o.Naam).ToListAsync();
        return new UitkomstPagina(id, model, aanbod, Voorzieningen(Pijler.Basisondersteuning), Voorzieningen(Pijler.AanvullendeOndersteuning),
            [.. aanbieders.Select(a => new SelectListItem(a.Percelen.Count == 0 ? a.Naam : $"{a.Naam} ({string.Join(", ", a.Percelen.Select(PerceelTekst))})", a.Id.ToString()))]);
    }

    private List<SelectListItem> Voorzieningen(params Pijler[] pijlers) =>
        [.. beleid.Catalogus.Voorzieningen.Where(v => pijlers.Contains(v.Pijler)).OrderBy(v => v.Naam).Select(v => new SelectListItem(v.Naam, v.Code))];

    private List<SelectListItem> AdviesVoorzieningen() => Voorzieningen(Pijler.AanvullendeOndersteuning, Pijler.Regionaal);

    private static List<Toetsing> Opmerkingen(ZwaarwegendAdvies advies) =>
        [.. advies.Toetsingen.Where(t => t.Uitkomst == ToetsUitkomst.TerugsturenMetOpmerkingen).OrderByDescending(t => t.Moment)];

    private static string PerceelTekst(Perceel perceel) => perceel switch
    {
        Perceel.Basisondersteuning => "basisondersteuning",
        Perceel.ThuisondersteuningEnDagbesteding => "thuisondersteuning en dagbesteding",
        Perceel.HulpBijHetHuishouden => "hulp bij het huishouden",
        _ => "kortdurend verblijf",
    };
}
