using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Besluiten;

/// <summary>One aanvraag that waits for a zwaarwegend advies, in the toetser's list (issue 11).</summary>
public sealed record AanvraagZonderAdviesRegel(Guid VraagId, string Inwoner, string Voorziening, string Behandelaar, DateOnly? Aanvraagdatum, Termijn? Beslistermijn, bool OnderzoekAfgerond);

public sealed record AanvragenZonderAdvies(Pagina<AanvraagZonderAdviesRegel> Pagina, DateOnly Vandaag);

/// <summary>What the toetser sees of the aanvraag before deciding to refuse it without an advies.</summary>
public sealed record AanvraagSamenvatting(AanvraagZonderAdviesRegel Aanvraag, int AfgerondeGesprekken, string? Clientondersteuner, DateOnly Vandaag);

/// <summary>"Wijs de aanvraag af zonder advies": the motivation of the beschikking (Awb 3:46) and the version shown.</summary>
public sealed class AanvraagAfwijzenModel
{
    [Display(Name = "Motivering van de afwijzing")]
    public string? Motivering { get; set; }

    /// <summary>The toetser confirms that no zwaarwegend advies is coming and that the decision is theirs.</summary>
    public bool Bevestigd { get; set; }

    public Guid? Versie { get; set; }

    public AanvraagSamenvatting? Samenvatting { get; set; }
}

public sealed class AanvraagAfwijzenModelValidator : AbstractValidator<AanvraagAfwijzenModel>
{
    public AanvraagAfwijzenModelValidator()
    {
        RuleFor(m => m.Motivering).NotEmpty().WithMessage("Motiveer de afwijzing: waarom komt de inwoner niet in aanmerking (Awb 3:46)?")
            .MaximumLength(Lengtes.Besluitmotivering).WithMessage($"De motivering is te lang (hoogstens {Lengtes.Besluitmotivering} tekens).");
        RuleFor(m => m.Bevestigd).Equal(true).WithMessage("Bevestig dat u deze aanvraag zonder zwaarwegend advies afwijst.");
    }
}
