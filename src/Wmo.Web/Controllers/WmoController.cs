using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore;
using Wmo.Application;
using Wmo.Domain.Common;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Web.Controllers;

/// <summary>
/// The base of every portal controller: the one POST pipeline (<see cref="PostAsync{T}"/>) and the confirmation
/// after a successful step (<see cref="Bevestigd(string, string, object?)"/>).
/// </summary>
public abstract class WmoController : Controller
{
    /// <summary>Shown at the form when the database refuses a value the validators let through (e.g. too long for its column).</summary>
    public const string OpslagGeweigerd =
        "Uw gegevens konden niet worden opgeslagen: een van de waarden past niet (bijvoorbeeld een te lange tekst). Er is niets opgeslagen. Controleer uw invoer en probeer het opnieuw.";

    /// <summary>
    /// The one POST pipeline: load (<paramref name="geladen"/>, through the user's access) → 404 → validation (the
    /// FluentValidation filter filled ModelState) → <paramref name="handeling"/> (one use case or domain operation,
    /// which saves; a stale <c>Versie</c> fails there) → confirmation and redirect (returned by the handeling).
    /// A broken rule, unusable input or a value the database refuses becomes a Dutch message at the form, shown again
    /// by <paramref name="formulier"/>; nothing is half saved. A concurrent edit goes to <c>DomeinFoutFilter</c> (409).
    /// </summary>
    /// <param name="veldVanRegel">Which form field a broken rule belongs to (rule name → property); otherwise the summary.</param>
    /// <param name="conflictMelding">
    /// When given, a colleague's save in between becomes this message at the form (the form shows the current state);
    /// otherwise it goes to the 409 page.
    /// </param>
    protected async Task<IActionResult> PostAsync<T>(
        T? geladen, Func<T, Task<IActionResult>> handeling, Func<T, Task<IActionResult>> formulier, Func<string, string>? veldVanRegel, string? conflictMelding = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(handeling);
        ArgumentNullException.ThrowIfNull(formulier);
        if (geladen is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await formulier(geladen);
        }

        try
        {
            return await handeling(geladen);
        }
        catch (DomainException e)
        {
            Vergeet();
            ModelState.AddModelError(veldVanRegel?.Invoke(e.Regel) ?? string.Empty, e.Message);
        }
        catch (InvoerFout e)
        {
            Vergeet();
            ModelState.AddModelError(e.Veld, e.Message);
        }
        catch (DbUpdateConcurrencyException) when (conflictMelding is not null)
        {
            Vergeet();
            ModelState.AddModelError(string.Empty, conflictMelding);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            Vergeet();
            HttpContext.RequestServices.GetRequiredService<ILogger<WmoController>>().LogWarning("Opslaan geweigerd door de database: {Type}", e.InnerException?.GetType().Name);
            ModelState.AddModelError(string.Empty, OpslagGeweigerd);
        }

        return await formulier(geladen);
    }

    /// <inheritdoc cref="PostAsync{T}(T, Func{T, Task{IActionResult}}, Func{T, Task{IActionResult}}, Func{string, string}, string)"/>
    protected Task<IActionResult> PostAsync<T>(
        T? geladen, Func<T, Task<IActionResult>> handeling, Func<T, Task<IActionResult>> formulier, IReadOnlyDictionary<string, string>? veldVanRegel = null)
        where T : class =>
        PostAsync(geladen, handeling, formulier, veldVanRegel is null ? null : regel => veldVanRegel.GetValueOrDefault(regel) ?? string.Empty);

    /// <inheritdoc cref="PostAsync{T}(T, Func{T, Task{IActionResult}}, Func{T, Task{IActionResult}}, Func{string, string}, string)"/>
    protected Task<IActionResult> PostAsync<T>(
        T? geladen, Func<T, Task<IActionResult>> handeling, Func<T, IActionResult> formulier, IReadOnlyDictionary<string, string>? veldVanRegel = null)
        where T : class =>
        PostAsync(geladen, handeling, t => Task.FromResult(formulier(t)), veldVanRegel);

    /// <summary>The confirmation shown on the next page, and the redirect to it (POST-redirect-GET).</summary>
    protected IActionResult Bevestigd(string melding, string actie, object? routeWaarden = null)
    {
        TempData["Melding"] = melding;
        return RedirectToAction(actie, routeWaarden);
    }

    /// <inheritdoc cref="Bevestigd(string, string, object?)"/>
    protected IActionResult Bevestigd(string melding, string actie, string controller, object? routeWaarden)
    {
        TempData["Melding"] = melding;
        return RedirectToAction(actie, controller, routeWaarden);
    }

    /// <summary>Nothing of a refused attempt may be saved later in this request (e.g. with the audit of the page).</summary>
    private void Vergeet() => HttpContext.RequestServices.GetRequiredService<WmoDbContext>().ChangeTracker.Clear();
}

/// <summary>
/// Gives a controller the route and view name <paramref name="naam"/>, so one screen's actions can be split over
/// several classes (one per stage) while URLs, links and views stay as they are.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SchermAttribute(string naam) : Attribute, IControllerModelConvention
{
    public string Naam { get; } = naam;

    public void Apply(ControllerModel controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.ControllerName = Naam;
    }
}
