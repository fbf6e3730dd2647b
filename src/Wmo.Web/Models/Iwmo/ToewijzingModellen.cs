using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Toewijzingen;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Web.Models.Iwmo;

/// <summary>The omvang and period of a toewijzing as a form enters them (three forms: verwijzing, verzoek, wijziging).</summary>
public interface IOmvangEnPeriode
{
    int? Volume { get; }

    Eenheid? Eenheid { get; }

    Frequentie? Frequentie { get; }

    DateOnly? Ingangsdatum { get; }

    DateOnly? Einddatum { get; }
}

/// <summary>The field checks of an omvang and period, once for every toewijzing form (messages next to the field).</summary>
public sealed class OmvangEnPeriodeValidator : AbstractValidator<IOmvangEnPeriode>
{
    public OmvangEnPeriodeValidator(TimeProvider klok)
    {
        // The period of a toewijzing is a plan: it starts within a few years of today and runs at most as long as the longest
        // toekenning (issue 9, Datumbereik).
        RuleFor(m => m.Ingangsdatum).PlanOfTermijnDatum(klok);
        RuleFor(m => m.Einddatum).Must((m, einde) => einde is not { } e || m.Ingangsdatum is not { } start || Domain.Common.Datumbereik.IsPeriodeEinde(e, start))
            .WithMessage(m => Domain.Common.Datumbereik.MeldingPeriodeEinde(m.Ingangsdatum!.Value));
        RuleFor(m => m.Volume).NotNull().WithMessage("Vul de omvang in.").GreaterThan(0).WithMessage("De omvang moet een positief aantal zijn.")
            .LessThanOrEqualTo(Omvang.MaximaalVolume).WithMessage("De omvang is te groot.");
        RuleFor(m => m.Eenheid).NotNull().WithMessage("Kies de eenheid.").IsInEnum().WithMessage("Kies de eenheid.");
        RuleFor(m => m.Frequentie).NotNull().WithMessage("Kies de frequentie.").IsInEnum().WithMessage("Kies de frequentie.");
        RuleFor(m => m.Ingangsdatum).NotNull().WithMessage("Vul de ingangsdatum in.");
        RuleFor(m => m.Einddatum).NotNull().WithMessage("Vul de einddatum in.")
            .GreaterThanOrEqualTo(m => m.Ingangsdatum).When(m => m.Ingangsdatum is not null).WithMessage("De einddatum ligt niet vóór de ingangsdatum.");
    }
}

/// <summary>A toewijzing on a verwijzing: the sociaal werker sets omvang and period (DOMAIN.md §2.7).</summary>
public sealed class VerwijzingToewijzenModel : IOmvangEnPeriode
{
    public int? Volume { get; set; }

    public Eenheid? Eenheid { get; set; }

    public Frequentie? Frequentie { get; set; }

    public DateOnly? Ingangsdatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    [BindNever]
    public ToewijzingContext? Context { get; set; }

    public Omvang Omvang() => new(Volume!.Value, Eenheid!.Value, Frequentie!.Value);

    public Periode Periode() => new(Ingangsdatum!.Value, Einddatum);

    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Regelnamen.OmvangHeeftPositiefVolume] = nameof(Volume),
        [Regelnamen.PeriodeEindigtNietVoorStart] = nameof(Einddatum),
        [Regelnamen.BruikbareDatum] = nameof(Ingangsdatum),
    };
}

public sealed class VerwijzingToewijzenModelValidator : AbstractValidator<VerwijzingToewijzenModel>
{
    public VerwijzingToewijzenModelValidator(TimeProvider klok) => Include(new OmvangEnPeriodeValidator(klok));
}

/// <summary>A toewijzing on a beschikking tot toekenning in natura: the toetser picks the aanbieder.</summary>
public sealed class BeschikkingToewijzenModel
{
    public Guid? AanbiederId { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Aanbieders { get; set; } = [];

    [BindNever]
    public ToewijzingContext? Context { get; set; }

    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Regelnamen.AanbiederLevertInPerceel] = nameof(AanbiederId),
        [Regelnamen.AanbiederHeeftAgbCode] = nameof(AanbiederId),
    };
}

public sealed class BeschikkingToewijzenModelValidator : AbstractValidator<BeschikkingToewijzenModel>
{
    public BeschikkingToewijzenModelValidator() =>
        RuleFor(m => m.AanbiederId).NotNull().WithMessage("Kies de aanbieder die de ondersteuning levert.");
}

/// <summary>A change of omvang or period with the iWmo reden wijziging.</summary>
public sealed class ToewijzingWijzigenModel : IOmvangEnPeriode
{
    public int? Volume { get; set; }

    public Eenheid? Eenheid { get; set; }

    public Frequentie? Frequentie { get; set; }

    public DateOnly? Ingangsdatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    public Domain.Toewijzingen.RedenWijziging? Reden { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public ToewijzingContext? Context { get; set; }

    [BindNever]
    public string Nummer { get; set; } = string.Empty;

    public Omvang Omvang() => new(Volume!.Value, Eenheid!.Value, Frequentie!.Value);

    public Periode Periode() => new(Ingangsdatum!.Value, Einddatum);

    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Regelnamen.OmvangHeeftPositiefVolume] = nameof(Volume),
        [Regelnamen.PeriodeEindigtNietVoorStart] = nameof(Einddatum),
        [Regelnamen.EinddatumNietVoorStart] = nameof(Einddatum),
        [Regelnamen.RedenWijzigingUitCodelijst] = nameof(Reden),
        [Regelnamen.BruikbareDatum] = nameof(Ingangsdatum),
    };
}

public sealed class ToewijzingWijzigenModelValidator : AbstractValidator<ToewijzingWijzigenModel>
{
    public ToewijzingWijzigenModelValidator(TimeProvider klok)
    {
        Include(new OmvangEnPeriodeValidator(klok));
        RuleFor(m => m.Reden).NotNull().WithMessage("Kies de reden van de wijziging.").IsInEnum().WithMessage("Kies de reden uit de lijst.");
    }
}
