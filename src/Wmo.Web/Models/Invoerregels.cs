using FluentValidation;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Web.Models;

/// <summary>Validation rules shared by every form, each with one Dutch message.</summary>
public static class Invoerregels
{
    /// <summary>
    /// At most <paramref name="lengte"/> characters (a constant of <see cref="Lengtes"/> or of the aggregate, the same one the
    /// column uses), with the message "<paramref name="wat"/> is (or, for a plural, zijn) te lang (hoogstens n tekens)".
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MaxLengte<T>(this IRuleBuilder<T, string?> regel, int lengte, string wat, bool meervoud = false) =>
        regel.MaximumLength(lengte).WithMessage($"{wat} {(meervoud ? "zijn" : "is")} te lang (hoogstens {lengte} tekens).");

    /// <summary>
    /// A burgerservicenummer (9 digits, elfproef), or empty (pair with <c>NotEmpty</c> where it is required). One message,
    /// which names the domain's reason (<see cref="Bsn.Parse"/>: "precies 9 cijfers" or "de elfproef").
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IsBsn<T>(this IRuleBuilder<T, string?> regel) =>
        regel.Must(tekst => string.IsNullOrWhiteSpace(tekst) || Bsn.TryParse(tekst, out _)).WithMessage((_, tekst) => BsnMelding(tekst));

    /// <summary>A Dutch postcode (1234 AB, with or without the space), or empty. One message.</summary>
    public static IRuleBuilderOptions<T, string?> IsPostcode<T>(this IRuleBuilder<T, string?> regel) =>
        regel.Must(tekst => string.IsNullOrWhiteSpace(tekst) || Postcode.TryParse(tekst, out _)).WithMessage(PostcodeMelding);

    /// <summary>The message of <see cref="IsPostcode{T}"/>.</summary>
    public const string PostcodeMelding = "Vul een geldige postcode in, bijvoorbeeld 8911 AB.";

    /// <summary>The message of <see cref="IsBsn{T}"/>: "Dit is geen geldig BSN." and the rule of <see cref="Bsn"/> it breaks.</summary>
    public static string BsnMelding(string? tekst)
    {
        try
        {
            Bsn.Parse(tekst);
            return string.Empty;
        }
        catch (DomainException e)
        {
            return $"Dit is geen geldig BSN. {e.Message}";
        }
    }

    /// <summary>
    /// A plan or term date within <see cref="Domain.Common.Datumbereik.Jaren"/> years of today (issue 9), checked at the field
    /// before the domain refuses it (<see cref="Domain.Common.Datumbereik"/>: the one place of the range).
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> PlanOfTermijnDatum<T>(this IRuleBuilder<T, DateOnly?> regel, TimeProvider klok) =>
        regel.Must(datum => datum is not { } d || Domain.Common.Datumbereik.IsPlanOfTermijnDatum(d, Weergave.Klok.Vandaag(klok)))
            .WithMessage(_ => Domain.Common.Datumbereik.Melding(Weergave.Klok.Vandaag(klok)));
}
