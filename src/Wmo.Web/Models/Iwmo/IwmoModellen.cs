using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Wmo.Application.Iwmo;
using Wmo.Domain.Common;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Iwmo;

/// <summary>The upload of one or more messages from aanbieders (WMO305, WMO307, WMO315).</summary>
public sealed class InlezenModel
{
    /// <summary>An iWmo message is a few kilobytes; a larger file is not one.</summary>
    public const int MaximaleBestandsgrootte = 1024 * 1024;

    public const int MaximaalAantalBestanden = 200;

    public List<IFormFile> Bestanden { get; set; } = [];

    [BindNever]
    public IReadOnlyList<ImportResultaat>? Resultaten { get; set; }
}

public sealed class InlezenModelValidator : AbstractValidator<InlezenModel>
{
    public InlezenModelValidator()
    {
        RuleFor(m => m.Bestanden).NotEmpty().WithMessage("Kies één of meer XML-bestanden met iWmo-berichten.");
        RuleFor(m => m.Bestanden).Must(b => b.Count <= InlezenModel.MaximaalAantalBestanden)
            .WithMessage($"Kies hoogstens {InlezenModel.MaximaalAantalBestanden} bestanden tegelijk; lees de rest in een tweede keer in.");
        RuleForEach(m => m.Bestanden).Must(b => b.FileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .OverridePropertyName(nameof(InlezenModel.Bestanden))
            .WithMessage((_, b) => $"‘{Kort(b.FileName)}’ is geen XML-bestand: kies bestanden die eindigen op .xml.");
        RuleForEach(m => m.Bestanden).Must(b => b.Length <= InlezenModel.MaximaleBestandsgrootte)
            .OverridePropertyName(nameof(InlezenModel.Bestanden))
            .WithMessage((_, b) => $"‘{Kort(b.FileName)}’ is groter dan 1 MB en dus geen iWmo-bericht.");
        RuleForEach(m => m.Bestanden).Must(b => b.Length > 0)
            .OverridePropertyName(nameof(InlezenModel.Bestanden))
            .WithMessage((_, b) => $"‘{Kort(b.FileName)}’ is leeg.");
    }

    private static string Kort(string naam) => naam.Length > 80 ? naam[..80] + "…" : naam;
}

/// <summary>"Maak de openstaande WMO301's aan"; the aanbieder whose list is shown afterwards.</summary>
public sealed class VersturenModel
{
    public Guid? AanbiederId { get; set; }
}

/// <summary>The list of outgoing WMO301s of one aanbieder.</summary>
public sealed record UitgaandPagina(UitgaandOverzicht Overzicht, Pagina<BerichtRegel> Berichten, IReadOnlyList<string> Fouten);

/// <summary>The history of messages of one household.</summary>
public sealed record BerichtenPagina(Guid HuishoudenId, string Huishouden, Pagina<BerichtRegel> Berichten);

/// <summary>A verzoek om toewijzing answered with a toewijzing on one of the client's verwijzingen to that aanbieder.</summary>
public sealed class VerzoekToewijzenModel : IOmvangEnPeriode
{
    public Guid? VraagId { get; set; }

    public int? Volume { get; set; }

    public Domain.ValueObjects.Eenheid? Eenheid { get; set; }

    public Domain.ValueObjects.Frequentie? Frequentie { get; set; }

    public DateOnly? Ingangsdatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>
    {
        [Regelnamen.VerzoekPastBijVerwijzing] = nameof(VraagId),
        [Regelnamen.OmvangHeeftPositiefVolume] = nameof(Volume),
        [Regelnamen.PeriodeEindigtNietVoorStart] = nameof(Einddatum),
    };
}

public sealed class VerzoekToewijzenModelValidator : AbstractValidator<VerzoekToewijzenModel>
{
    public VerzoekToewijzenModelValidator(TimeProvider klok)
    {
        RuleFor(m => m.VraagId).NotNull().WithMessage("Kies de verwijzing waarop u toewijst.");
        Include(new OmvangEnPeriodeValidator(klok));
    }
}

/// <summary>A verzoek om toewijzing refused, with the reason.</summary>
public sealed class VerzoekAfwijzenModel
{
    public const int RedenLengte = 1000;

    public string? Reden { get; set; }
}

public sealed class VerzoekAfwijzenModelValidator : AbstractValidator<VerzoekAfwijzenModel>
{
    public VerzoekAfwijzenModelValidator() =>
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Beschrijf waarom het verzoek is afgewezen.")
            .MaximumLength(VerzoekAfwijzenModel.RedenLengte).WithMessage($"De reden is hoogstens {VerzoekAfwijzenModel.RedenLengte} tekens.");
}

/// <summary>The page of one verzoek: what the aanbieder asks and the verwijzingen to answer it on.</summary>
public sealed record VerzoekPagina(
    Domain.Toewijzingen.VerzoekOmToewijzing Verzoek,
    string Inwoner,
    string GemaskeerdBsn,
    string Aanbieder,
    IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Verwijzingen);
