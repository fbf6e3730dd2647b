using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Besluiten;

/// <summary>One row of the bezwaren list; <see cref="Beslistermijn"/> only while the bezwaar is in behandeling (Awb 7:10).</summary>
public sealed record BezwaarRegel(Guid Id, string Beschikkingsnummer, DateOnly OntvangenOp, bool IsTijdig, BezwaarStatus Status, Termijn? Beslistermijn);

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

    /// <summary>Awb 6:5 lid 1 onder d, 6:6: the bezwaarschrift has no gronden; it is registered with a hersteltermijn.</summary>
    public bool ZonderGronden { get; set; }

    /// <summary>Awb 6:6: the last day the indiener may supply the gronden (asked today).</summary>
    public DateOnly? HersteltermijnTot { get; set; }

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
        RuleFor(m => m.Gronden).NotEmpty().When(m => !m.ZonderGronden).WithMessage("Noteer de gronden van het bezwaar, of kies dat het bezwaarschrift geen gronden bevat.")
            .MaxLengte(Lengtes.Tekst, "De gronden", meervoud: true);
        RuleFor(m => m.Gronden).Empty().When(m => m.ZonderGronden).WithMessage("U koos dat het bezwaarschrift geen gronden bevat; laat dit veld dan leeg.");
        RuleFor(m => m.HersteltermijnTot).NotNull().When(m => m.ZonderGronden)
            .WithMessage("Vul de hersteltermijn in: tot wanneer mag de indiener de gronden aanvullen (Awb 6:6)?");
    }
}

/// <summary>Awb 6:6: the gronden came in within (or after) the hersteltermijn.</summary>
public sealed class GrondenModel : BezwaarHandelingModel
{
    public string? Gronden { get; set; }

    public DateOnly? OntvangenOp { get; set; }
}

public sealed class GrondenModelValidator : AbstractValidator<GrondenModel>
{
    public GrondenModelValidator()
    {
        RuleFor(m => m.Gronden).NotEmpty().WithMessage("Noteer de gronden van het bezwaar.").MaxLengte(Lengtes.Tekst, "De gronden", meervoud: true);
        RuleFor(m => m.OntvangenOp).NotNull().WithMessage("Vul in wanneer de gronden zijn ontvangen.");
    }
}

/// <summary>Awb 7:10 lid 4: further postponement with the indiener's consent.</summary>
public sealed class UitstelModel : BezwaarHandelingModel
{
    public int? Dagen { get; set; }

    public bool IndienerStemtIn { get; set; }

    public string? Instemming { get; set; }
}

public sealed class UitstelModelValidator : AbstractValidator<UitstelModel>
{
    public UitstelModelValidator()
    {
        RuleFor(m => m.Dagen).NotNull().WithMessage("Vul het aantal dagen uitstel in.");
        RuleFor(m => m.Instemming).NotEmpty().WithMessage("Leg vast hoe en wanneer de indiener met het uitstel instemde.")
            .MaxLengte(Lengtes.Reden, "De tekst");
    }
}

/// <summary>Awb 6:11: the late bezwaar is declared excusable, with the reason.</summary>
public sealed class VerschoonbaarModel : BezwaarHandelingModel
{
    public string? Motivering { get; set; }
}

public sealed class VerschoonbaarModelValidator : AbstractValidator<VerschoonbaarModel>
{
    public VerschoonbaarModelValidator() =>
        RuleFor(m => m.Motivering).NotEmpty().WithMessage("Motiveer waarom de termijnoverschrijding verschoonbaar is.")
            .MaxLengte(Lengtes.Tekst, "De motivering");
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
            .MaxLengte(Lengtes.Tekst, "De toelichting");
    }
}

public sealed class IntrekModel : BezwaarHandelingModel;
