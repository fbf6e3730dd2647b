using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Wmo.Application.EigenBijdrage;

namespace Wmo.Web.Models.Sturing;

/// <summary>The overview of one month and the form to deliver it to the CAK.</summary>
public sealed class AbonnementstariefPagina
{
    /// <summary>The month as jjjj-mm.</summary>
    public string Periode { get; set; } = string.Empty;

    [BindNever]
    public Heffingsoverzicht? Overzicht { get; set; }
}

public sealed class AbonnementstariefPaginaValidator : AbstractValidator<AbonnementstariefPagina>
{
    public AbonnementstariefPaginaValidator() =>
        RuleFor(m => m.Periode).NotEmpty().WithMessage("Vul de periode in als jjjj-mm, bijvoorbeeld 2026-03.")
            .Matches(@"^\d{4}-\d{2}$").WithMessage("Vul de periode in als jjjj-mm, bijvoorbeeld 2026-03.");
}
