using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Termijnen;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Besluiten;

public sealed record BezwaarRegel(Guid Id, string Beschikkingsnummer, DateOnly OntvangenOp, bool IsTijdig, BezwaarStatus Status, Termijn Beslistermijn);

public sealed record BezwaarLijst(Pagina<BezwaarRegel> Pagina, DateOnly Vandaag);

/// <summary>A bezwaar with the number of the beschikking it is lodged against, for the detail and action pages.</summary>
public sealed record BezwaarOverzicht(Bezwaar Bezwaar, string Beschikkingsnummer, Guid BeschikkingId, Termijn Beslistermijn, DateOnly Vandaag);

public sealed class BezwaarNieuwModel
{
    public string? Beschikkingsnummer { get; set; }

    public DateOnly? OntvangenOp { get; set; }

    /// <summary>Awb 6:9 lid 2: the postmark of a bezwaarschrift sent by post.</summary>
    public DateOnly? PoststempelOp { get; set; }

    public string? Gronden { get; set; }

    /// <summary>Awb 7:13: an advisory committee hears the bezwaar (beslistermijn 12 instead of 6 weeks).</summary>
    public bool Adviescommissie { get; set; }
}

public sealed class BezwaarNieuwModelValidator : AbstractValidator<BezwaarNieuwModel>
{
    public BezwaarNieuwModelValidator()
    {
        RuleFor(m => m.Beschikkingsnummer).NotEmpty().WithMessage("Vul het nummer van de beschikking in, bijvoorbeeld WMO-2026-000001.")
            .MaximumLength(40).WithMessage("Dit beschikkingsnummer is te lang.");
        RuleFor(m => m.OntvangenOp).NotNull().WithMessage("Vul de datum in waarop het bezwaarschrift is ontvangen.");
        RuleFor(m => m.PoststempelOp).LessThanOrEqualTo(m => m.OntvangenOp).When(m => m.OntvangenOp is not null && m.PoststempelOp is not null)
            .WithMessage("De poststempel kan niet later zijn dan de ontvangst.");
        RuleFor(m => m.Gronden).NotEmpty().WithMessage("Noteer de gronden van het bezwaar.")
            .MaximumLength(4000).WithMessage("De gronden zijn te lang (hoogstens 4000 tekens).");
    }
}

/// <summary>Shared by the verdagen, beslissen and intrekken forms; each shows the bezwaar it acts on.</summary>
public abstract class BezwaarHandelingModel
{
    public Guid Versie { get; set; }

    [BindNever]
    public BezwaarOverzicht? Overzicht { get; set; }
}

public sealed class VerdaagModel : BezwaarHandelingModel
{
    public int? Dagen { get; set; }
}

public sealed class VerdaagModelValidator : AbstractValidator<VerdaagModel>
{
    public VerdaagModelValidator() =>
        RuleFor(m => m.Dagen).NotNull().WithMessage("Vul het aantal dagen in (hoogstens 42).");
}

public sealed class BeslisModel : BezwaarHandelingModel
{
    public BezwaarBeslissing? Beslissing { get; set; }

    public string? Toelichting { get; set; }
}

public sealed class BeslisModelValidator : AbstractValidator<BeslisModel>
{
    public BeslisModelValidator()
    {
        RuleFor(m => m.Beslissing).NotNull().WithMessage("Kies de beslissing op het bezwaar.").IsInEnum().WithMessage("Kies de beslissing op het bezwaar.");
        RuleFor(m => m.Toelichting).NotEmpty().WithMessage("Licht de beslissing op het bezwaar toe.")
            .MaximumLength(4000).WithMessage("De toelichting is te lang (hoogstens 4000 tekens).");
    }
}

public sealed class IntrekModel : BezwaarHandelingModel;
