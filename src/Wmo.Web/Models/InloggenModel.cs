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
