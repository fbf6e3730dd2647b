using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;

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
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de buurt- of dorpskamer in.").MaxLengte(Lengtes.BuurtkamerNaam, "De naam");
        RuleFor(m => m.WijkId).NotNull().WithMessage("Kies de wijk of het dorp.");
        RuleFor(m => m.Adres).NotEmpty().WithMessage("Vul het adres in.").MaxLengte(Lengtes.Adres, "Het adres");
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
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de wijk of het dorp in.").MaxLengte(Lengtes.WijkNaam, "De naam");
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
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de aanbieder in.").MaxLengte(Lengtes.Naam, "De naam");
        RuleForEach(m => m.Percelen).IsInEnum().WithMessage("Kies de percelen uit de lijst.");
    }
}
