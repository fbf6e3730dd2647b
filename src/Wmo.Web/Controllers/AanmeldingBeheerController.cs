using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Huishoudens;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;

namespace Wmo.Web.Controllers;

/// <summary>
/// "Bevestig de aanmelding" by the beheerder (issue 9): for a person who is a member of no household (a new BSN) or of a
/// household without regievoerder. Shows the data as the sociaal werker entered them, never dossier content.
/// </summary>
[Scherm("Beheer")]
[GeenInzage("aanmeldingen van leden: de opgegeven naam, geboortedatum en het gemaskeerde BSN voor de controle in de BRP, geen dossiergegevens")]
[Authorize(Policy = Authorization.Beleid.MagBeheren)]
[Route("Beheer")]
public sealed class AanmeldingBeheerController(LidAanmeldingBeslissen aanmeldingen) : WmoController
{
    [HttpGet("Aanmeldingen")]
    public async Task<IActionResult> Aanmeldingen() => View(await aanmeldingen.VoorBeheerderAsync(HttpContext.RequestAborted));

    [HttpGet("Aanmeldingen/{aanmeldingId:guid}")]
    public async Task<IActionResult> Aanmelding(Guid aanmeldingId) =>
        await PaginaAsync(aanmeldingId) is { } pagina ? View(pagina) : NotFound();

    [HttpPost("Aanmeldingen/{aanmeldingId:guid}")]
    public async Task<IActionResult> Aanmelding(Guid aanmeldingId, AanmeldingBesluitModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return await PostAsync(
            await PaginaAsync(aanmeldingId),
            async pagina =>
            {
                var aanmelding = (await aanmeldingen.TeBeslissenDoorAsync(aanmeldingId, User.AlsActor(), HttpContext.RequestAborted))!;
                if (model.Bevestigen == true)
                {
                    await aanmeldingen.BevestigenAsync(aanmelding, User.AlsActor(), HttpContext.RequestAborted);
                    return Bevestigd($"De aanmelding van {pagina.Naam} is bevestigd: {pagina.Naam} is lid van het huishouden.", nameof(Aanmeldingen));
                }

                await aanmeldingen.NietBevestigenAsync(aanmelding, User.AlsActor(), HttpContext.RequestAborted);
                return Bevestigd($"De aanmelding van {pagina.Naam} is niet bevestigd.", nameof(Aanmeldingen));
            },
            pagina => View(pagina with { Besluit = model }),
            new Dictionary<string, string> { ["InwonerIsInEenHuishoudenTegelijk"] = nameof(model.Bevestigen) });
    }

    private async Task<AanmeldingBesluitPagina?> PaginaAsync(Guid aanmeldingId) =>
        await aanmeldingen.TeBeslissenDoorAsync(aanmeldingId, User.AlsActor(), HttpContext.RequestAborted) is { } aanmelding
            ? AanmeldingBesluitPagina.Van(aanmelding, aanmelding.VrijgevendHuishoudenId is null
                ? "Deze persoon is in het portaal nog geen lid van een huishouden."
                : "Deze persoon is lid van een huishouden zonder regievoerder.")
            : null;
}
