using FluentValidation;

namespace Wmo.Web.Models;

/// <summary>Validation rules shared by every form, each with one Dutch message.</summary>
public static class Invoerregels
{
    /// <summary>At most <paramref name="lengte"/> characters (a constant of <see cref="Domain.Common.Lengtes"/> or of the aggregate).</summary>
    public static IRuleBuilderOptions<T, string?> MaxLengte<T>(this IRuleBuilder<T, string?> regel, int lengte, string wat) =>
        regel.MaximumLength(lengte).WithMessage($"{wat} is te lang (hoogstens {lengte} tekens).");

    /// <summary>
    /// A plan or term date within <see cref="Domain.Common.Datumbereik.Jaren"/> years of today (issue 9), checked at the field
    /// before the domain refuses it (<see cref="Domain.Common.Datumbereik"/>: the one place of the range).
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> PlanOfTermijnDatum<T>(this IRuleBuilder<T, DateOnly?> regel, TimeProvider klok) =>
        regel.Must(datum => datum is not { } d || Domain.Common.Datumbereik.IsPlanOfTermijnDatum(d, Weergave.Klok.Vandaag(klok)))
            .WithMessage(_ => Domain.Common.Datumbereik.Melding(Weergave.Klok.Vandaag(klok)));
}
