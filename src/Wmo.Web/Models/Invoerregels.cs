using FluentValidation;

namespace Wmo.Web.Models;

/// <summary>Validation rules shared by every form, each with one Dutch message.</summary>
public static class Invoerregels
{
    /// <summary>At most <paramref name="lengte"/> characters (a constant of <see cref="Domain.Common.Lengtes"/> or of the aggregate).</summary>
    public static IRuleBuilderOptions<T, string?> MaxLengte<T>(this IRuleBuilder<T, string?> regel, int lengte, string wat) =>
        regel.MaximumLength(lengte).WithMessage($"{wat} is te lang (hoogstens {lengte} tekens).");
}
