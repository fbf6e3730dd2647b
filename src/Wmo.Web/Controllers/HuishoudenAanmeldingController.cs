using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Huishoudens;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;
using Wmo.Domain.Common;

namespace Wmo.Web.Controllers;

/// <summary>
/// The regievoerder decides an aanmelding of a member of their household for another household (a move; issue 9, no BSN
/// oracle). Same screen and routes as the household's members (<c>/Huishouden/AanmeldingBeslissen</c>).
/// </summary>
[Scherm("Huishouden")]
[Inzage(Dossierdeel.Huishouden)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class HuishoudenAanmeldingController(DossierToegang toegang, LidAanmeldingBeslissen aanmeldingen) : WmoController
{
    /// <summary>The regievoerder of the household a person leaves confirms the move or not (issue 9).</summary>
    [HttpGet]
    public async Task<IActionResult> AanmeldingBeslissen(Guid id, Guid aanmeldingId)
    {
        var aanmelding = await TeBeslissenAsync(id, aanmeldingId);
        return aanmelding is null ? NotFound() : View(aanmelding);
    }

    [HttpPost]
    public async Task<IActionResult> AanmeldingBeslissen(Guid id, Guid aanmeldingId, AanmeldingBesluitModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var te = await TeBeslissenAsync(id, aanmeldingId);
        return await PostAsync(
            te,
            async t =>
            {
                var aanmelding = (await aanmeldingen.TeBeslissenDoorAsync(aanmeldingId, User.AlsActor(), HttpContext.RequestAborted))!;
                if (model.Bevestigen == true)
                {
                    await aanmeldingen.BevestigenAsync(aanmelding, User.AlsActor(), HttpContext.RequestAborted);
                    return Bevestigd($"De verhuizing van {t.Naam} is bevestigd. Het lidmaatschap van dit huishouden is beëindigd; de geschiedenis blijft bewaard.",
                        nameof(HuishoudenController.Details), new { id });
                }

                await aanmeldingen.NietBevestigenAsync(aanmelding, User.AlsActor(), HttpContext.RequestAborted);
                return Bevestigd($"De aanmelding van {t.Naam} is niet bevestigd. {t.Naam} blijft lid van dit huishouden.", nameof(HuishoudenController.Details), new { id });
            },
            t => View(t with { Besluit = model }),
            new Dictionary<string, string>
            {
                ["InwonerIsInEenHuishoudenTegelijk"] = nameof(model.Bevestigen), [Regelnamen.LidmaatschapBestaat] = nameof(model.Bevestigen), [Regelnamen.PeriodeEindigtNietVoorStart] = nameof(model.Bevestigen),
            });
    }

    /// <summary>The open aanmelding of a member of household <paramref name="id"/>, when the user may see it and decides it; else null.</summary>
    private async Task<AanmeldingBesluitPagina?> TeBeslissenAsync(Guid id, Guid aanmeldingId)
    {
        if (await toegang.HuishoudenAsync(User, id) is not { } huishouden
            || await aanmeldingen.TeBeslissenDoorAsync(aanmeldingId, User.AlsActor(), HttpContext.RequestAborted) is not { } aanmelding
            || aanmelding.VrijgevendHuishoudenId != huishouden.Id)
        {
            return null;
        }

        return AanmeldingBesluitPagina.Van(aanmelding, $"Huishouden {huishouden.Naam}");
    }
}
