using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Common;
using Wmo.Domain.Vragen;

namespace Wmo.Web.Models.Intake;

/// <summary>The short form at the buurtkamer table (DOMAIN.md §2.1): the minimum a volunteer records.</summary>
public sealed class EersteContactModel
{
    public MelderSoort? MelderSoort { get; set; }

    public string? MelderNaam { get; set; }

    /// <summary>Save even though the same contact seems to be recorded today already (issue 12).</summary>
    public bool TochOpslaan { get; set; }

    public string? Telefoon { get; set; }

    public string? Email { get; set; }

    public string? OverWie { get; set; }

    /// <summary>Optional: the birth date of the person it is about (issue 12).</summary>
    public DateOnly? Geboortedatum { get; set; }

    /// <summary>Optional: their age in years, when the birth date is not known.</summary>
    public int? Leeftijd { get; set; }

    public string? Vraag { get; set; }

    public Guid? BuurtkamerId { get; set; }

    public bool BeroepskrachtIngeschakeld { get; set; }

    public Veiligheidssignaal? Signaal { get; set; }

    public List<SelectListItem> Buurtkamers { get; set; } = [];
}

public sealed class EersteContactModelValidator : AbstractValidator<EersteContactModel>
{
    public EersteContactModelValidator()
    {
        RuleFor(m => m.MelderSoort).NotNull().WithMessage("Kies wie er kwam of wie het signaal geeft.");
        RuleFor(m => m.MelderNaam).NotEmpty().WithMessage("Vul de naam van de melder in.").MaxLengte(Lengtes.Naam, "De naam");
        RuleFor(m => m.Telefoon).MaxLengte(Lengtes.Telefoon, "Het telefoonnummer");
        RuleFor(m => m.Email).EmailAddress().When(m => !string.IsNullOrWhiteSpace(m.Email)).WithMessage("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.");
        RuleFor(m => m.OverWie).MaxLengte(Lengtes.Naam, "Dit veld");
        RuleFor(m => m.Leeftijd).InclusiveBetween(0, EersteContact.HoogsteLeeftijd).WithMessage($"Vul een leeftijd van 0 tot en met {EersteContact.HoogsteLeeftijd} jaar in.");
        RuleFor(m => m.Leeftijd).Null().When(m => m.Geboortedatum is not null).WithMessage("Vul de geboortedatum of de leeftijd in, niet allebei.");
        RuleFor(m => m.Vraag).NotEmpty().WithMessage("Noteer de vraag in de eigen woorden van de inwoner.").MaxLengte(Lengtes.Tekst, "De vraag");
        RuleFor(m => m.BuurtkamerId).NotNull().WithMessage("Kies de buurt- of dorpskamer.");
        RuleFor(m => m.Signaal).IsInEnum().WithMessage("Kies een bestaand signaal.");
    }
}

public sealed class NotitieModel
{
    public string? Tekst { get; set; }
}

public sealed class NotitieModelValidator : AbstractValidator<NotitieModel>
{
    public NotitieModelValidator()
    {
        RuleFor(m => m.Tekst).NotEmpty().WithMessage("Schrijf de vervolgnotitie.").MaxLengte(Lengtes.Tekst, "De notitie");
    }
}

public sealed record EersteContactRegel(Guid Id, DateOnly Meldingsdatum, MelderSoort MelderSoort, string MelderNaam, string? OverWie, string Vraag, string Buurtkamer, Veiligheidssignaal? Signaal, bool Opgepakt);


public sealed record EersteContactDetails(EersteContact Contact, string Buurtkamer, bool IsAuteur, bool MagOppakken, NotitieModel Notitie, int? Leeftijd = null);
