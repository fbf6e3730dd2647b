using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Wmo.Application.Iwmo;
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
