using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Common;
using Wmo.Domain.SocialeKaart;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Dossier;

/// <summary>One row of the sociale kaart as a volunteer needs it at the table: what, when, where, how to get in touch.</summary>
public sealed record AanbodRegel(Guid Id, string Naam, string Organisatie, AanbodSoort Soort, string Omschrijving, string? Wijk, string Wanneer, string Waar, string Contact, bool IsActief);

public sealed class SocialeKaartZoekModel
{
    public string? Zoek { get; set; }

    public AanbodSoort? Soort { get; set; }

    public Guid? WijkId { get; set; }

    public bool Inactief { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IEnumerable<SelectListItem> Wijken { get; set; } = [];

    public Pagina<AanbodRegel> Resultaat { get; set; } = new([], 1, Pagina<AanbodRegel>.StandaardGrootte, 0);
}

public sealed class AanbodModel
{
    public string? Organisatie { get; set; }

    public string? Naam { get; set; }

    public AanbodSoort? Soort { get; set; }

    public string? Omschrijving { get; set; }

    public Guid? WijkId { get; set; }

    public string? Wanneer { get; set; }

    public string? Waar { get; set; }

    public string? Contact { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IEnumerable<SelectListItem> Wijken { get; set; } = [];
}

public sealed class AanbodModelValidator : AbstractValidator<AanbodModel>
{
    public AanbodModelValidator()
    {
        RuleFor(m => m.Organisatie).NotEmpty().WithMessage("Vul de organisatie in.").MaxLengte(Lengtes.Naam, "De naam van de organisatie");
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van het aanbod in.").MaxLengte(Lengtes.Naam, "De naam");
        RuleFor(m => m.Soort).NotNull().WithMessage("Kies de soort aanbod.");
        RuleFor(m => m.Omschrijving).MaxLengte(Lengtes.Omschrijving, "De omschrijving");
        RuleFor(m => m.Wanneer).MaxLengte(Lengtes.Naam, "Dit veld");
        RuleFor(m => m.Waar).MaxLengte(Lengtes.Naam, "Dit veld");
        RuleFor(m => m.Contact).NotEmpty().WithMessage("Vul in hoe de inwoner contact opneemt (telefoon, e-mail of inloop).")
            .MaxLengte(Lengtes.Contact, "De contactgegevens", meervoud: true);
    }
}
