using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Common;
using Wmo.Domain.Klachten;

namespace Wmo.Web.Models.Dossier;

public sealed class KlachtModel
{
    public DateOnly? OntvangenOp { get; set; }

    public Guid? AanbiederId { get; set; }

    public string? Omschrijving { get; set; }

    [BindNever]
    public string HuishoudenNaam { get; set; } = string.Empty;

    [BindNever]
    public IEnumerable<SelectListItem> Aanbieders { get; set; } = [];
}

public sealed class KlachtModelValidator : AbstractValidator<KlachtModel>
{
    public KlachtModelValidator()
    {
        RuleFor(m => m.OntvangenOp).NotNull().WithMessage("Vul de datum in waarop de klacht is ontvangen.");
        RuleFor(m => m.Omschrijving).NotEmpty().WithMessage("Beschrijf de klacht.").MaxLengte(Lengtes.Verslag, "De omschrijving");
    }
}

/// <summary>The klacht page: its levels so far and the forms for the current level.</summary>
public sealed class KlachtDetails
{
    public required Klacht Klacht { get; init; }

    public required string HuishoudenNaam { get; init; }

    public string? Aanbieder { get; init; }

    public required string GeregistreerdDoor { get; init; }
}

public sealed class KlachtAfhandelingModel
{
    public KlachtUitkomst? Uitkomst { get; set; }

    public string? Toelichting { get; set; }

    public DateOnly? Datum { get; set; }

    [BindNever]
    public KlachtDetails? Details { get; set; }
}

public sealed class KlachtAfhandelingModelValidator : AbstractValidator<KlachtAfhandelingModel>
{
    public KlachtAfhandelingModelValidator()
    {
        RuleFor(m => m.Uitkomst).NotNull().WithMessage("Kies de uitkomst op dit niveau.");
        RuleFor(m => m.Toelichting).NotEmpty().WithMessage("Licht de uitkomst toe.").MaxLengte(Lengtes.Tekst, "De toelichting");
        RuleFor(m => m.Datum).NotNull().WithMessage("Vul de datum van de uitkomst in.");
    }
}

public sealed class KlachtEscalatieModel
{
    public DateOnly? Datum { get; set; }

    [BindNever]
    public KlachtDetails? Details { get; set; }
}

public sealed class KlachtEscalatieModelValidator : AbstractValidator<KlachtEscalatieModel>
{
    public KlachtEscalatieModelValidator() =>
        RuleFor(m => m.Datum).NotNull().WithMessage("Vul de datum in waarop de klacht is doorgezet.");
}
