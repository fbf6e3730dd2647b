using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Beheer;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Infrastructure.Identity;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Beheer;

public sealed record GebruikersLijst(Pagina<AccountRegel> Pagina);

/// <summary>Fields shared by creating and editing an account; the beheerder never sees dossier contents.</summary>
public abstract class GebruikerGegevensModel
{
    public string? Naam { get; set; }

    public string? Rol { get; set; }

    public Guid? OrganisatieId { get; set; }

    public List<Guid> BuurtkamerIds { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Organisaties { get; set; } = [];

    [BindNever]
    public IReadOnlyList<AccountKeuze> Buurtkamers { get; set; } = [];

    /// <summary>What the form sets, for the use case (after validation: name, role and organisation are filled).</summary>
    public AccountGegevens Gegevens() => new(Naam!, Rol!, OrganisatieId!.Value, BuurtkamerIds);

    public static IEnumerable<SelectListItem> RolKeuzes => Rollen.Alle.Select(r => new SelectListItem(Rollen.Weergave(r), r));
}

public sealed class GebruikerNieuwModel : GebruikerGegevensModel
{
    public string? Gebruikersnaam { get; set; }

    public string? Wachtwoord { get; set; }
}

public sealed class GebruikerWijzigModel : GebruikerGegevensModel
{
    [BindNever]
    public string Gebruikersnaam { get; set; } = string.Empty;

    /// <summary>Identity's concurrency stamp: a concurrent edit is refused, never overwritten.</summary>
    public string? ConcurrencyStamp { get; set; }
}

public sealed record GebruikerBevestiging(Guid Id, string Naam, string Gebruikersnaam);

internal static class GebruikerRegels
{
    public static void Gegevens<T>(AbstractValidator<T> v)
        where T : GebruikerGegevensModel
    {
        v.RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam in zoals die in de kop en op brieven staat.")
            .MaxLengte(Lengtes.GebruikerNaam, "De naam");
        v.RuleFor(m => m.Rol).NotEmpty().WithMessage("Kies een rol.")
            .Must(r => r is null || Rollen.Alle.Contains(r)).WithMessage("Kies een rol uit de lijst.");
        v.RuleFor(m => m.OrganisatieId).NotNull().WithMessage("Kies de organisatie.");
        v.RuleFor(m => m.BuurtkamerIds).NotEmpty().When(m => m.Rol is Rollen.Vrijwilliger or Rollen.SociaalWerker)
            .WithMessage("Kies minstens één buurt- of dorpskamer voor een vrijwilliger of sociaal werker.");
    }
}

public sealed class GebruikerNieuwModelValidator : AbstractValidator<GebruikerNieuwModel>
{
    public GebruikerNieuwModelValidator()
    {
        RuleFor(m => m.Gebruikersnaam).NotEmpty().WithMessage("Vul een gebruikersnaam in, bijvoorbeeld voornaam.achternaam.")
            .MaximumLength(100).WithMessage("De gebruikersnaam is te lang (hoogstens 100 tekens).")
            .Matches("^[a-z0-9._-]*$").WithMessage("Gebruik in de gebruikersnaam alleen kleine letters, cijfers, punt, streepje of liggend streepje.");
        RuleFor(m => m.Wachtwoord).NotEmpty().WithMessage("Vul een eerste wachtwoord in.");
        GebruikerRegels.Gegevens(this);
    }
}

public sealed class GebruikerWijzigModelValidator : AbstractValidator<GebruikerWijzigModel>
{
    public GebruikerWijzigModelValidator() => GebruikerRegels.Gegevens(this);
}

/// <summary>"Dwing een nieuw wachtwoord af" (issue 9): a temporary password the user must change at the next sign-in.</summary>
public sealed class WachtwoordResetModel
{
    public string? TijdelijkWachtwoord { get; set; }

    /// <summary>Unlink the authenticator app too (a lost phone): the user enrols again with a new enrolment code.</summary>
    public bool TweeStapsOpnieuw { get; set; }

    public string Naam { get; set; } = string.Empty;

    public string Gebruikersnaam { get; set; } = string.Empty;
}

public sealed class WachtwoordResetModelValidator : AbstractValidator<WachtwoordResetModel>
{
    public WachtwoordResetModelValidator()
    {
        RuleFor(m => m.TijdelijkWachtwoord).NotEmpty().WithMessage("Vul een tijdelijk wachtwoord in.")
            .MaximumLength(256).WithMessage("Het wachtwoord is te lang.");
    }
}

/// <summary>
/// The page after making or resetting an account: what to hand over, and the enrolment code for the authenticator app,
/// shown this once (only its hash is kept).
/// </summary>
public sealed record AccountOverdracht(string Titel, string Melding, string Naam, string? Inrichtingscode, DateTimeOffset? GeldigTot);

/// <summary>
/// "Beslis over de regie" (issue 9): the household by its reference, who holds regie now, the sociaal werker who gets it and
/// the reason. No name, address or other dossier content of the household: the beheerder does not need it to decide.
/// </summary>
public sealed class RegieBeslissingModel
{
    public string? Referentie { get; set; }

    public Guid? RegievoerderId { get; set; }

    public string? Reden { get; set; }

    public bool Gevonden { get; set; }

    public string? HuidigeRegievoerder { get; set; }

    public IEnumerable<SelectListItem> SociaalWerkers { get; set; } = [];
}

public sealed class RegieBeslissingModelValidator : AbstractValidator<RegieBeslissingModel>
{
    public RegieBeslissingModelValidator()
    {
        RuleFor(m => m.Referentie).NotEmpty().WithMessage("Vul de referentie van het huishouden in.")
            .Must(r => Guid.TryParse(r, out _)).When(m => !string.IsNullOrWhiteSpace(m.Referentie)).WithMessage("Er is geen huishouden met deze referentie.");
        RuleFor(m => m.RegievoerderId).NotEmpty().WithMessage("Kies de sociaal werker die de regie krijgt.");
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Geef de reden van de beslissing over de regie.")
            .MinimumLength(Domain.Huishoudens.Huishouden.MinimaleRedenRegiebeslissing).When(m => !string.IsNullOrWhiteSpace(m.Reden))
            .WithMessage($"Geef een reden van minstens {Domain.Huishoudens.Huishouden.MinimaleRedenRegiebeslissing} tekens.")
            .MaximumLength(900).WithMessage("De reden is te lang (hoogstens 900 tekens).");
    }
}
