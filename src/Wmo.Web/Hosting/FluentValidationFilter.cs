using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Wmo.Domain.Common;

namespace Wmo.Web.Hosting;

/// <summary>
/// Runs the FluentValidation validator of every bound action argument and puts its Dutch messages
/// in ModelState under the field's name, so the view shows them next to the field. Every submitted field is also
/// checked for control characters (<see cref="Invoertekst.BevatStuurteken"/>), whatever form it belongs to.
/// </summary>
public sealed class FluentValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }

        foreach (var veld in VeldenMetStuurteken(context.HttpContext.Request))
        {
            context.ModelState.AddModelError(veld, Invoertekst.StuurtekenMelding);
        }

        await next();
    }

    private static IEnumerable<string> VeldenMetStuurteken(HttpRequest request)
    {
        var velden = request.Query.AsEnumerable();
        if (request.HasFormContentType && LeesbaarFormulier(request) is { } formulier)
        {
            velden = velden.Concat(formulier);
        }

        return velden
            .Where(v => v.Key != "__RequestVerificationToken" && v.Value.Any(Invoertekst.BevatStuurteken))
            .Select(v => v.Key)
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Null when the form cannot be read (too many fields, say): the error page re-executed for that 400 must still render.</summary>
    private static IFormCollection? LeesbaarFormulier(HttpRequest request)
    {
        try
        {
            return request.Form;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
