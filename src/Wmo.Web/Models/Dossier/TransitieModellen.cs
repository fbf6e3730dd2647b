using FluentValidation;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Dossier;

/// <summary>One existing client on the transition worklist (002 §6.1).</summary>
public sealed record TransitieRegel(
    Guid Id, Guid HuishoudenId, string Inwoner, LegacyProduct Product, LegacyOvergang Voorstel, DateOnly Einddatum, DateOnly? GeplandGesprekOp);

public sealed class TransitieLijst
{
    /// <summary>One page of the open legacy beschikkingen; <c>Totaal</c> is the number without conclusie.</summary>
    public required Pagina<TransitieRegel> Pagina { get; init; }

    public required DateOnly GesprekkenUiterlijkVoor { get; init; }

    public required int AantalAfgerond { get; init; }
}

/// <summary>The legacy beschikking a form is about, shown above the form.</summary>
public sealed record TransitieContext(string Inwoner, LegacyProduct Product, LegacyOvergang Voorstel, DateOnly Einddatum, DateOnly? GeplandGesprekOp, DateOnly GesprekkenUiterlijkVoor);

public sealed class MaatwerkgesprekModel
{
    public DateOnly? Datum { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public TransitieContext? Context { get; set; }
}

public sealed class MaatwerkgesprekModelValidator : AbstractValidator<MaatwerkgesprekModel>
{
    public MaatwerkgesprekModelValidator() =>
        RuleFor(m => m.Datum).NotNull().WithMessage("Vul de datum van het maatwerkgesprek in.");
}

public sealed class ConclusieModel
{
    public Pijler? Conclusie { get; set; }

    public string? Motivering { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public TransitieContext? Context { get; set; }
}

public sealed class ConclusieModelValidator : AbstractValidator<ConclusieModel>
{
    public ConclusieModelValidator()
    {
        RuleFor(m => m.Conclusie).NotNull().WithMessage("Kies de conclusie: basisondersteuning of aanvullende ondersteuning.");
        RuleFor(m => m.Motivering).MaxLengte(Lengtes.Omschrijving, "De motivering");
    }
}
