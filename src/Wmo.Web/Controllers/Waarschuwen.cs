using Microsoft.AspNetCore.Mvc;
using Wmo.Application;

namespace Wmo.Web.Controllers;

/// <summary>
/// Likely mistakes are flagged, not silently accepted (issue 12): the form comes back with the warnings at their fields
/// and a "toch opslaan" button (<c>_TochOpslaan</c>, posting <c>TochOpslaan=true</c>) that saves anyway.
/// </summary>
public static class Waarschuwen
{
    /// <summary>The ViewData key that holds the text of the "toch opslaan" button while warnings are shown.</summary>
    public const string Knop = "TochOpslaan";

    /// <summary>Shows <paramref name="waarschuwingen"/> at their fields; true when there was one (show the form again).</summary>
    public static bool Waarschuw(this Controller controller, IEnumerable<Waarschuwing> waarschuwingen, string knop = "Toch opslaan")
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(waarschuwingen);
        var getoond = false;
        foreach (var w in waarschuwingen)
        {
            controller.ModelState.AddModelError(w.Veld, w.Tekst);
            getoond = true;
        }

        if (getoond)
        {
            controller.ViewData[Knop] = knop;
        }

        return getoond;
    }
}
