using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Application.Besluiten;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Besluiten;

/// <summary>One line of the toetser's queue.</summary>
public sealed record ToetsRegel(Guid AdviesId, string Inwoner, string Voorziening, string Auteur, DateOnly? Aanvraagdatum, Termijn? Beslistermijn)
{
    /// <summary>The beslistermijn was extended by a notice to the inwoner (Awb 4:14).</summary>
    public bool IsVerdaagd { get; init; }

    /// <summary>The day the sociaal werker submitted the advies (null for adviezen from before this was recorded).</summary>
    public DateOnly? IngediendOp { get; init; }

    /// <summary>The dwangsom due so far after an ingebrekestelling (Awb 4:17); 0 when none.</summary>
    public decimal Dwangsom { get; init; }
}

public sealed record ToetsWachtrij(Pagina<ToetsRegel> Pagina, DateOnly Vandaag);

public sealed class ToetsModel
{
    public ToetsBesluit? Besluit { get; set; }

    /// <summary>Remarks with an approval, or what must change when the advies is sent back.</summary>
    public string? Opmerking { get; set; }

    /// <summary>Motivation of a deviation or refusal; also the beschikking's motivation.</summary>
    public string? Motivering { get; set; }

    /// <summary>002 §3.1: a chronic condition allows a longer toekenning.</summary>
    public bool ChronischeBeperking { get; set; }

    public int? AndereVolume { get; set; }

    public Eenheid? AndereEenheid { get; set; }

    public Frequentie? AndereFrequentie { get; set; }

    public DateOnly? AndereIngangsdatum { get; set; }

    public DateOnly? AndereEinddatum { get; set; }

    public Guid Versie { get; set; }

    /// <summary>Filled by the controller for display; never bound from the form.</summary>
    [BindNever]
    public ToetsDossier? Dossier { get; set; }

    /// <summary>The decision as the domain takes it (the validator has checked which fields each besluit needs).</summary>
    public Toetsbesluit Toetsbesluit() => new(
        Besluit!.Value,
        Opmerking,
        Motivering,
        AndereVolume is { } volume ? new Omvang(volume, AndereEenheid!.Value, AndereFrequentie!.Value) : null,
        AndereIngangsdatum is { } start ? new Periode(start, AndereEinddatum) : null,
        ChronischeBeperking);
}

public sealed class ToetsModelValidator : AbstractValidator<ToetsModel>
{
    public ToetsModelValidator(TimeProvider klok)
    {
        // The other period is a plan: within a few years of today (issue 9, Datumbereik), as the domain checks.
        RuleFor(m => m.AndereIngangsdatum).PlanOfTermijnDatum(klok);
        RuleFor(m => m.AndereEinddatum).PlanOfTermijnDatum(klok);
        RuleFor(m => m.Besluit).NotNull().WithMessage("Kies wat u met het advies doet.").IsInEnum().WithMessage("Kies wat u met het advies doet.");
        RuleFor(m => m.Opmerking).NotEmpty().When(m => m.Besluit == ToetsBesluit.Terugsturen)
            .WithMessage("Geef aan wat er aan het advies moet veranderen.");
        RuleFor(m => m.Opmerking).MaxLengte(Lengtes.Tekst, "De opmerking");
        RuleFor(m => m.Motivering).NotEmpty().When(m => m.Besluit == ToetsBesluit.Afwijken)
            .WithMessage("Motiveer waarom de gemeente afwijkt van het zwaarwegend advies.");
        RuleFor(m => m.Motivering).NotEmpty().When(m => m.Besluit == ToetsBesluit.Afwijzen)
            .WithMessage("Motiveer waarom de aanvraag wordt afgewezen.");
        RuleFor(m => m.Motivering).MaxLengte(Lengtes.Tekst, "De motivering");
        RuleFor(m => m.AndereVolume).InclusiveBetween(1, Omvang.MaximaalVolume).When(m => m.AndereVolume is not null)
            .WithMessage("De omvang moet een positief aantal zijn.");
        RuleFor(m => m.AndereEenheid).NotNull().When(m => m.AndereVolume is not null).WithMessage("Kies de eenheid van de andere omvang.");
        RuleFor(m => m.AndereFrequentie).NotNull().When(m => m.AndereVolume is not null).WithMessage("Kies de frequentie van de andere omvang.");
        RuleFor(m => m.AndereEinddatum).NotNull().When(m => m.AndereIngangsdatum is not null).WithMessage("Vul ook de andere einddatum in.");
        RuleFor(m => m.AndereIngangsdatum).NotNull().When(m => m.AndereEinddatum is not null).WithMessage("Vul ook de andere ingangsdatum in.");
        RuleFor(m => m.AndereEinddatum).GreaterThanOrEqualTo(m => m.AndereIngangsdatum)
            .When(m => m.AndereIngangsdatum is not null && m.AndereEinddatum is not null).WithMessage("De einddatum ligt voor de ingangsdatum.");
    }
}

/// <summary>The day the beschikking letter was actually sent (Awb 3:41, 6:8).</summary>
public sealed class VerzendenModel
{
    public DateOnly? Verzonden { get; set; }
}

public sealed class VerzendenModelValidator : AbstractValidator<VerzendenModel>
{
    public VerzendenModelValidator(TimeProvider klok) =>
        RuleFor(m => m.Verzonden).NotNull().WithMessage("Vul de datum in waarop de brief is verstuurd.").PlanOfTermijnDatum(klok);
}

public sealed record BeschikkingOverzicht(Beschikking Beschikking, string Inwoner, string Product, string Beslisser, string? Aanbieder = null);
