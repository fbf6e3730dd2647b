using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Catalogus;

namespace Wmo.Web.Models.Beheer;

public sealed record BuurtkamerRegel(Guid Id, string Naam, string Wijk, string Adres, bool IsActief);

public sealed record AanbiederRegel(Guid Id, string Naam, string? AgbCode, IReadOnlyList<Perceel> Percelen, bool IsActief);

/// <summary>Confirmation page of a destructive action on a buurtkamer or aanbieder.</summary>
public sealed record Bevestiging(Guid Id, string Naam);

public sealed class BuurtkamerModel
{
    public string? Naam { get; set; }

    public Guid? WijkId { get; set; }

    public string? Adres { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Wijken { get; set; } = [];
}

public sealed class BuurtkamerModelValidator : AbstractValidator<BuurtkamerModel>
{
    public BuurtkamerModelValidator()
    {
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de buurt- of dorpskamer in.").MaximumLength(200).WithMessage("De naam is te lang.");
        RuleFor(m => m.WijkId).NotNull().WithMessage("Kies de wijk of het dorp.");
        RuleFor(m => m.Adres).NotEmpty().WithMessage("Vul het adres in.").MaximumLength(300).WithMessage("Het adres is te lang.");
    }
}

public sealed class WijkModel
{
    public string? Naam { get; set; }

    public bool IsDorp { get; set; }
}

public sealed class WijkModelValidator : AbstractValidator<WijkModel>
{
    public WijkModelValidator() =>
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de wijk of het dorp in.").MaximumLength(200).WithMessage("De naam is te lang.");
}

public sealed class AanbiederModel
{
    public string? Naam { get; set; }

    public string? AgbCode { get; set; }

    public List<Perceel> Percelen { get; set; } = [];
}

public sealed class AanbiederModelValidator : AbstractValidator<AanbiederModel>
{
    public AanbiederModelValidator()
    {
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de aanbieder in.").MaximumLength(200).WithMessage("De naam is te lang.");
        RuleForEach(m => m.Percelen).IsInEnum().WithMessage("Kies de percelen uit de lijst.");
    }
}
