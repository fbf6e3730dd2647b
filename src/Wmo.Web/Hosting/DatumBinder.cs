using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Wmo.Domain.Common;

namespace Wmo.Web.Hosting;

/// <summary>
/// Every date field of every form (<see cref="DateOnly"/>): a date outside 1900–2100 is refused at the field, with a Dutch
/// message, before any validator or the domain sees it (issue 9). The domain guards the same range (<see cref="Regel.BruikbareDatum"/>).
/// </summary>
public sealed class DatumBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new DatumBinder(context.Metadata.IsReferenceOrNullableType) : null;
}

public sealed class DatumBinder(bool magLeegZijn) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var waarde = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (waarde == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, waarde);
        var tekst = waarde.FirstValue?.Trim();
        if (string.IsNullOrEmpty(tekst))
        {
            if (magLeegZijn)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Dit veld is verplicht.");
            }

            return Task.CompletedTask;
        }

        if (!DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            && !DateOnly.TryParse(tekst, CultureInfo.CurrentCulture, DateTimeStyles.None, out datum))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"De waarde '{tekst}' is ongeldig.");
            return Task.CompletedTask;
        }

        if (datum < Regel.VroegsteDatum || datum > Regel.LaatsteDatum)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Vul een datum tussen 1900 en 2100 in.");
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(datum);
        return Task.CompletedTask;
    }
}
