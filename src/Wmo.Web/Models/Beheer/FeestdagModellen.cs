using FluentValidation;
using Wmo.Domain.Termijnen;

namespace Wmo.Web.Models.Beheer;

public sealed record GelijkgesteldeDagRegel(DateOnly Datum, string Besluit);

/// <summary>The beheer screen of Atw art. 3 lid 3: the days entered and the coming years that have no besluit yet.</summary>
public sealed record FeestdagenOverzicht(IReadOnlyList<GelijkgesteldeDagRegel> Dagen, IReadOnlyList<int> JarenZonderBesluit);

public sealed class GelijkgesteldeDagModel
{
    public DateOnly? Datum { get; set; }

    public string? Besluit { get; set; }
}

public sealed class GelijkgesteldeDagModelValidator : AbstractValidator<GelijkgesteldeDagModel>
{
    public GelijkgesteldeDagModelValidator()
    {
        RuleFor(m => m.Datum).NotNull().WithMessage("Vul de gelijkgestelde datum in.");
        RuleFor(m => m.Besluit).NotEmpty().WithMessage("Noem het besluit waarin de dag is gelijkgesteld.")
            .MaximumLength(GelijkgesteldeDag.BesluitLengte).WithMessage($"De naam van het besluit is te lang (hoogstens {GelijkgesteldeDag.BesluitLengte} tekens).");
    }
}
