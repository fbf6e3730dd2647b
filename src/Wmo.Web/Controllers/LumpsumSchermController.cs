using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wmo.Application.Lumpsum;
using Wmo.Web.Authorization;

namespace Wmo.Web.Controllers;

/// <summary>
/// What the lumpsum screens share: one year's overview and saving through the POST pipeline, where a broken rule
/// becomes a message at its field and a colleague's change in between a message on the form; nothing is half saved.
/// Each screen class carries <c>[Scherm("Lumpsum")]</c> and its <c>[GeenInzage]</c> itself (those attributes are not inherited).
/// </summary>
[Authorize(Policy = Beleid.MagSturingInzien)]
[Route("Lumpsum")]
public abstract class LumpsumSchermController(LumpsumLezen lezen) : WmoController
{
    public const string GeenInwonergegevens = "sturing op lumpsum: contracten en begroting, geen gegevens van inwoners";

    public const string ConflictMelding = "Iemand anders heeft deze begroting intussen gewijzigd. Er is niets opgeslagen; open de pagina opnieuw.";

    protected LumpsumLezen Lezen { get; } = lezen;

    protected Task<LumpsumOverzicht?> OverzichtAsync(int jaar) => Lezen.OverzichtAsync(jaar, HttpContext.RequestAborted);

    /// <summary>Runs <paramref name="actie"/> (one use case) and confirms on the year's page; otherwise the form again.</summary>
    protected Task<IActionResult> OpslaanAsync<TModel>(
        TModel model, int jaar, string melding, Func<Task> actie, Func<TModel, Task<IActionResult>> formulier, Func<string, string> veld)
        where TModel : class =>
        PostAsync(model, async _ =>
        {
            await actie();
            return Bevestigd(melding, nameof(LumpsumController.Details), new { jaar });
        }, formulier, veld, ConflictMelding);
}
