using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Beheer;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// The gemeente's policy as data (issue 10): every version by ingangsdatum, and for a coming version its settings and
/// percelen. A version that has started is history and read-only (the domain refuses changes); a change to the policy
/// is a new version from a later day. Every change is audited old → new.
/// </summary>
[GeenInzage("beheer van beleid: geen dossiergegevens")]
[Authorize(Policy = Beleid.MagBeheren)]
[Route("Beheer/Beleid")]
public sealed class BeleidBeheerController(BeleidLezen lezen, BeleidsversieVastleggen vastleggen, WmoBeleid vandaag) : WmoController
{
    private static readonly Dictionary<string, string> InstellingVelden = new(StringComparer.Ordinal)
    {
        [Regelnamen.TermijnlengtesZijnRedelijk] = nameof(InstellingenModel.OnderzoekDagen),
        [Regelnamen.DuurbeleidIsSamenhangend] = nameof(InstellingenModel.StandaardMaanden),
        [Regelnamen.VersieHeeftOmschrijving] = nameof(InstellingenModel.Omschrijving),
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? versie)
    {
        var gegevens = await lezen.LeesAsync(versie, HttpContext.RequestAborted);
        if (gegevens is null)
        {
            return NotFound();
        }

        var geldend = gegevens.Geldend;
        var regels = gegevens.Versies.Select(v => new BeleidsversieRegel(v.Id, v.Ingangsdatum, v.Omschrijving, Status(v, geldend, gegevens.Vandaag))).ToList();
        var jaar = gegevens.Vandaag.Year;
        var kalender = vandaag.Termijnen.Kalender;
        ViewData["Versie"] = gegevens.GekozenVersie;
        return View(new BeleidBeheerOverzicht(regels, gegevens.Gekozen, Status(gegevens.Gekozen, geldend, gegevens.Vandaag), gegevens.Tarieven, gegevens.Vandaag,
            kalender.GelijkgesteldeDagen.Count, kalender.JarenZonderGelijkstelling(jaar, jaar + FeestdagenController.JarenVooruit)));
    }

    [HttpGet("Nieuw")]
    public IActionResult Nieuw() => View(new NieuweVersieModel());

    [HttpPost("Nieuw")]
    public Task<IActionResult> Nieuw(NieuweVersieModel model) =>
        PostAsync(
            model,
            async m =>
            {
                var versie = await vastleggen.NieuweVersieAsync(m.Ingangsdatum!.Value, m.Omschrijving!, HttpContext.RequestAborted);
                return Bevestigd($"De beleidsversie vanaf {versie.Ingangsdatum.Lang()} is aangemaakt als kopie van het beleid dat dan anders zou gelden. Pas hem nu aan.",
                    nameof(Index), new { versie = versie.Id });
            },
            m => View(m),
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [Regelnamen.WijzigingGaatInNaVandaag] = nameof(NieuweVersieModel.Ingangsdatum),
                [Regelnamen.EenVersiePerIngangsdatum] = nameof(NieuweVersieModel.Ingangsdatum),
                [Regelnamen.NieuweVersieVolgtOpBeleid] = nameof(NieuweVersieModel.Ingangsdatum),
                [Regelnamen.VersieHeeftOmschrijving] = nameof(NieuweVersieModel.Omschrijving),
            });

    [HttpGet("{id:guid}/Instellingen")]
    public async Task<IActionResult> Instellingen(Guid id)
    {
        var gegevens = await lezen.LeesAsync(id, HttpContext.RequestAborted);
        return gegevens is null ? NotFound() : View(InstellingenModel.Van(gegevens.Gekozen, gegevens.GekozenVersie));
    }

    [HttpPost("{id:guid}/Instellingen")]
    public async Task<IActionResult> Instellingen(Guid id, InstellingenModel model) =>
        await PostAsync(
            await vastleggen.ZoekAsync(id, HttpContext.RequestAborted),
            async v =>
            {
                await vastleggen.InstellingenAsync(id, model.Versie, model.Omschrijving!, model.Termijnen(), model.Duur(), model.Dwangsom(), model.TransitieGesprekkenUiterlijkVoor!.Value, HttpContext.RequestAborted);
                return Bevestigd("De termijnen, het duurbeleid en de omschrijving zijn opgeslagen.", nameof(Index), new { versie = id });
            },
            v =>
            {
                model.Ingangsdatum = v.Ingangsdatum;
                return Task.FromResult<IActionResult>(View(model));
            },
            regel => InstellingVelden.GetValueOrDefault(regel) ?? string.Empty,
            BeleidsversieVastleggen.Conflictmelding);

    [HttpGet("{id:guid}/Percelen/{perceel}")]
    public async Task<IActionResult> Perceel(Guid id, Perceel perceel)
    {
        var gegevens = ModelState.IsValid ? await lezen.LeesAsync(id, HttpContext.RequestAborted) : null;
        var regel = gegevens?.Gekozen.Percelen.SingleOrDefault(p => p.Perceel == perceel);
        return regel is null
            ? NotFound()
            : View(new PerceelModel { AantalGelijkeDelen = regel.AantalGelijkeDelen, Versie = gegevens!.GekozenVersie, Perceel = perceel, Ingangsdatum = gegevens.Gekozen.Ingangsdatum });
    }

    [HttpPost("{id:guid}/Percelen/{perceel}")]
    public async Task<IActionResult> Perceel(Guid id, Perceel perceel, PerceelModel model) =>
        await PostAsync(
            await vastleggen.ZoekAsync(id, HttpContext.RequestAborted) is { } v && v.Percelen.Any(p => p.Perceel == perceel) ? v : null,
            async _ =>
            {
                await vastleggen.PerceelAsync(id, model.Versie, perceel, model.AantalGelijkeDelen!.Value, HttpContext.RequestAborted);
                return Bevestigd($"Het perceel {perceel.Tekst()} heeft nu {model.AantalGelijkeDelen} gelijke delen.", nameof(Index), new { versie = id });
            },
            v =>
            {
                model.Perceel = perceel;
                model.Ingangsdatum = v.Ingangsdatum;
                return Task.FromResult<IActionResult>(View(model));
            },
            _ => nameof(PerceelModel.AantalGelijkeDelen),
            BeleidsversieVastleggen.Conflictmelding);

    [HttpGet("{id:guid}/Verwijderen")]
    public async Task<IActionResult> Verwijderen(Guid id) =>
        await vastleggen.ZoekAsync(id, HttpContext.RequestAborted) is { } v
            ? View(Bevestiging(v))
            : NotFound();

    [HttpPost("{id:guid}/Verwijderen")]
    [ActionName(nameof(Verwijderen))]
    public async Task<IActionResult> VerwijderenBevestigd(Guid id) =>
        await PostAsync(
            await vastleggen.ZoekAsync(id, HttpContext.RequestAborted),
            async v =>
            {
                await vastleggen.VerwijderAsync(id, HttpContext.RequestAborted);
                return Bevestigd($"De beleidsversie vanaf {v.Ingangsdatum.Lang()} is verwijderd.", nameof(Index));
            },
            v => View(Bevestiging(v)));

    private static Verwijderbevestiging Bevestiging(Beleidsversie v) => new(
        $"Beleidsversie vanaf {v.Ingangsdatum.Lang()} verwijderen",
        $"De versie '{v.Omschrijving}' gaat niet in; vanaf {v.Ingangsdatum.Lang()} blijft het beleid gelden dat er nu voor geldt.",
        nameof(Verwijderen), new Dictionary<string, string> { ["id"] = v.Id.ToString() }, v.Id);

    private static VersieStatus Status(Beleidsversie versie, Beleidsversie? geldend, DateOnly dag) =>
        !versie.IsIngegaan(dag) ? VersieStatus.Toekomstig : versie.Id == geldend?.Id ? VersieStatus.Geldend : VersieStatus.Vervallen;
}
