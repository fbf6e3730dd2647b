using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Huishoudens;
using Wmo.Domain.Common;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Beheer;

namespace Wmo.Web.Controllers;

/// <summary>
/// "Beslis over de regie" (issue 9): the beheerder's route, next to the regievoerder's hand-over, by which a sociaal werker
/// outside a household's caseload becomes its regievoerder. Part of the Beheer screen; shows the household's reference and
/// who holds regie, never dossier content.
/// </summary>
[Scherm("Beheer")]
[GeenInzage("beslissing over de regie: alleen de referentie van het huishouden en wie de regie heeft, geen dossiergegevens")]
[Authorize(Policy = Authorization.Beleid.MagBeheren)]
[Route("Beheer")]
public sealed class RegieBeslissingController(Regievoering regie) : WmoController
{
    [HttpGet("Regie")]
    public async Task<IActionResult> Regie(string? referentie)
    {
        var model = new RegieBeslissingModel { Referentie = referentie?.Trim() };
        if (!string.IsNullOrEmpty(model.Referentie) && !await VulAsync(model))
        {
            ModelState.AddModelError(nameof(model.Referentie), "Er is geen huishouden met deze referentie.");
        }

        return View(model);
    }

    [HttpPost("Regie")]
    public async Task<IActionResult> Regie(RegieBeslissingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!await VulAsync(model) && ModelState.GetFieldValidationState(nameof(model.Referentie)) != ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(model.Referentie), "Er is geen huishouden met deze referentie.");
        }

        return await PostAsync(
            model,
            async m =>
            {
                var nieuwe = await regie.BeslissenAsync(Guid.Parse(m.Referentie!), m.RegievoerderId, m.Reden!, User.AlsActor(), HttpContext.RequestAborted);
                return Bevestigd($"{nieuwe.Naam} is nu regievoerder van het huishouden. De beslissing is met reden vastgelegd.", nameof(Regie));
            },
            async m =>
            {
                await VulAsync(m);
                return View(m);
            },
            new Dictionary<string, string>
            {
                [Regelnamen.RegiebeslissingHeeftReden] = nameof(model.Reden),
                [Regelnamen.OverdrachtAanAnderePersoon] = nameof(model.RegievoerderId),
                [Regelnamen.RegievoerderIsBeroepskrachtBasisondersteuning] = nameof(model.RegievoerderId),
            });
    }

    /// <summary>Fills who holds regie and the sociaal werkers to choose from; false when the reference names no household.</summary>
    private async Task<bool> VulAsync(RegieBeslissingModel model)
    {
        var stand = Guid.TryParse(model.Referentie, out var id) ? await regie.StandAsync(id, HttpContext.RequestAborted) : null;
        model.Gevonden = stand is not null;
        if (stand is null)
        {
            return false;
        }

        model.HuidigeRegievoerder = stand.RegievoerderNaam;
        model.SociaalWerkers = (await regie.KandidatenAsync(stand.RegievoerderId)).Select(k => new SelectListItem(k.Naam, k.Id.ToString())).ToList();
        return true;
    }
}
