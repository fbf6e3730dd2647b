using FluentValidation;

namespace Wmo.Web.Models;

public sealed class InloggenModel
{
    public string? Gebruikersnaam { get; set; }

    public string? Wachtwoord { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class InloggenModelValidator : AbstractValidator<InloggenModel>
{
    public InloggenModelValidator()
    {
        RuleFor(m => m.Gebruikersnaam).NotEmpty().WithMessage("Vul uw gebruikersnaam in.")
            .MaximumLength(256).WithMessage("De gebruikersnaam is te lang.");
        RuleFor(m => m.Wachtwoord).NotEmpty().WithMessage("Vul uw wachtwoord in.")
            .MaximumLength(256).WithMessage("Het wachtwoord is te lang.");
    }
}

/// <summary>"Wijzig mijn wachtwoord" (issue 9): the current one, the new one twice.</summary>
public sealed class WachtwoordWijzigenModel
{
    public string? HuidigWachtwoord { get; set; }

    public string? NieuwWachtwoord { get; set; }

    public string? HerhaalWachtwoord { get; set; }

    /// <summary>Set by the controller: the beheerder chose the current password, so this is the first sign-in.</summary>
    public bool Verplicht { get; set; }
}

public sealed class WachtwoordWijzigenModelValidator : AbstractValidator<WachtwoordWijzigenModel>
{
    public WachtwoordWijzigenModelValidator()
    {
        RuleFor(m => m.HuidigWachtwoord).NotEmpty().WithMessage("Vul uw huidige wachtwoord in.")
            .MaximumLength(256).WithMessage("Het wachtwoord is te lang.");
        RuleFor(m => m.NieuwWachtwoord).NotEmpty().WithMessage("Vul een nieuw wachtwoord in.")
            .MaximumLength(256).WithMessage("Het wachtwoord is te lang.")
            .NotEqual(m => m.HuidigWachtwoord).WithMessage("Kies een ander wachtwoord dan het huidige.");
        RuleFor(m => m.HerhaalWachtwoord).NotEmpty().WithMessage("Vul het nieuwe wachtwoord nog een keer in.")
            .Equal(m => m.NieuwWachtwoord).WithMessage("De twee nieuwe wachtwoorden zijn niet gelijk.");
    }
}
