using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Web.Models.Dossier;

/// <summary>Everything the dossier page shows; read-only, built by the controller from the stored data.</summary>
public sealed class HuishoudenDossier
{
    public required Huishouden Huishouden { get; init; }

    public required IReadOnlyDictionary<Guid, Inwoner> Inwoners { get; init; }

    public required IReadOnlyDictionary<Guid, string> Gebruikers { get; init; }

    public Ondersteuningsplan? ActiefPlan { get; init; }

    public required IReadOnlyList<Ondersteuningsplan> Plannen { get; init; }

    public required IReadOnlyList<Wmo.Application.Huishoudens.DossierVraag> Vragen { get; init; }

    public required IReadOnlyList<Beschikking> Beschikkingen { get; init; }

    public required IReadOnlyList<Klacht> Klachten { get; init; }

    public required IReadOnlyList<TijdlijnItem> Tijdlijn { get; init; }

    public required DateOnly Vandaag { get; init; }

    public IReadOnlyList<LidAanmelding> Aanmeldingen { get; init; } = [];

    public IReadOnlyList<Wmo.Application.Huishoudens.TeBeslissenAanmelding> TeBeslissen { get; init; } = [];

    public static HuishoudenDossier Van(Wmo.Application.Huishoudens.HuishoudenGegevens g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new HuishoudenDossier
        {
            Huishouden = g.Huishouden,
            Inwoners = g.Inwoners,
            Gebruikers = g.Gebruikers,
            ActiefPlan = g.Plannen.SingleOrDefault(p => p.Id == g.Huishouden.ActiefPlanId),
            Plannen = g.Plannen,
            Vragen = g.Vragen,
            Beschikkingen = g.Beschikkingen,
            Klachten = g.Klachten,
            Vandaag = g.Vandaag,
            Aanmeldingen = g.Aanmeldingen,
            TeBeslissen = g.TeBeslissen,
            Tijdlijn = DossierTijdlijn.Bouw(g.Huishouden, g.Vragen, g.Adviezen, g.Beschikkingen, g.Plannen, g.Klachten, g.Gebruikers, g.Inwoners),
        };
    }

    /// <summary>
    /// The professional support that runs today, from what is recorded (issue 12: the dossier's facts stay true):
    /// registered basisondersteuning without an end date in the past, and a toekenning that has not ended.
    /// </summary>
    public IReadOnlyList<string> LopendeProfessioneleOndersteuning =>
    [
        .. Vragen.Where(v => v.Uitkomst is { Soort: UitkomstSoort.Basisondersteuning } u && (u.Einddatum is null || u.Einddatum >= Vandaag))
            .Select(v => $"basisondersteuning ({v.Uitkomst!.SoortOndersteuning}) sinds {Weergave.Formaat.Lang(v.Uitkomst.Startdatum)}"),
        .. Beschikkingen.Where(b => b.Soort == BeschikkingSoort.Toekenning && (b.Einddatum is null || b.Einddatum >= Vandaag))
            .Select(b => $"toekenning {b.Nummer} tot en met {Weergave.Formaat.Lang(b.Einddatum)}"),
    ];

    /// <summary>The household receives basis- or aanvullende ondersteuning: marked, or running according to the records.</summary>
    public bool OntvangtProfessioneleOndersteuning => Huishouden.OntvangtProfessioneleOndersteuning || LopendeProfessioneleOndersteuning.Count > 0;

    /// <summary>Professional support without a regievoerder (002 §4.6: every household with it has one): the page asks to assign one.</summary>
    public bool VraagtOmRegievoerder => Huishouden.RegievoerderId is null && OntvangtProfessioneleOndersteuning;

    public string NaamVan(Guid? gebruikerId) =>
        gebruikerId is { } id && Gebruikers.TryGetValue(id, out var naam) ? naam : "onbekend";

    public string InwonerNaam(Guid inwonerId) =>
        Inwoners.TryGetValue(inwonerId, out var i) ? i.VolledigeNaam : "onbekend";
}

/// <summary>One event on the dossier's timeline.</summary>
public sealed record TijdlijnItem(DateOnly Datum, string Wat, string? Url = null);

public sealed class RegievoerderModel
{
    public Guid? RegievoerderId { get; set; }

    public string? Reden { get; set; }

    public string HuishoudenNaam { get; set; } = string.Empty;

    public string? HuidigeRegievoerder { get; set; }

    public IEnumerable<SelectListItem> SociaalWerkers { get; set; } = [];
}

/// <summary>First assignment: only the choice of sociaal werker.</summary>
public sealed class RegievoerderModelValidator : AbstractValidator<RegievoerderModel>
{
    public RegievoerderModelValidator()
    {
        RuleFor(m => m.RegievoerderId).NotEmpty().WithMessage("Kies de sociaal werker die de regie krijgt.");
        RuleFor(m => m.Reden).MaxLengte(Lengtes.Reden, "De reden");
    }
}

public sealed class RegieOverdrachtModel
{
    public Guid? RegievoerderId { get; set; }

    public string? Reden { get; set; }

    public string HuishoudenNaam { get; set; } = string.Empty;

    public string? HuidigeRegievoerder { get; set; }

    public IEnumerable<SelectListItem> SociaalWerkers { get; set; } = [];
}

public sealed class RegieOverdrachtModelValidator : AbstractValidator<RegieOverdrachtModel>
{
    public RegieOverdrachtModelValidator()
    {
        RuleFor(m => m.RegievoerderId).NotEmpty().WithMessage("Kies de sociaal werker die de regie overneemt.");
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Geef de reden van de overdracht van de regie.")
            .MaxLengte(Lengtes.Reden, "De reden");
    }
}

public sealed class AndereRegieModel
{
    public RegieDomein? Domein { get; set; }

    public string? Naam { get; set; }

    public string? Contact { get; set; }

    public string HuishoudenNaam { get; set; } = string.Empty;
}

public sealed class AndereRegieModelValidator : AbstractValidator<AndereRegieModel>
{
    public AndereRegieModelValidator()
    {
        RuleFor(m => m.Domein).NotNull().WithMessage("Kies wie de regie heeft: JET of Sociale Zaken.");
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de regisseur in.").MaxLengte(Lengtes.Naam, "De naam");
        RuleFor(m => m.Contact).MaxLengte(Lengtes.Contact, "De contactgegevens", meervoud: true);
    }
}

/// <summary>Add a member to a household: a known inwoner or a new one, always with the person data (no BSN oracle, issue 9).</summary>
public sealed class LidToevoegenModel : NieuweInwoner
{
    public Relatie? Relatie { get; set; }

    public DateOnly? Vanaf { get; set; }

    public string HuishoudenNaam { get; set; } = string.Empty;
}

public sealed class LidToevoegenModelValidator : AbstractValidator<LidToevoegenModel>
{
    public LidToevoegenModelValidator()
    {
        Include(new NieuweInwonerValidator());
        RuleFor(m => m.Relatie).NotNull().WithMessage("Kies de relatie binnen het huishouden.");
        RuleFor(m => m.Vanaf).NotNull().WithMessage("Vul in vanaf wanneer de inwoner lid is.");
    }
}

public sealed class LidBeeindigenModel
{
    public DateOnly? TotEnMet { get; set; }

    public string InwonerNaam { get; set; } = string.Empty;

    public string HuishoudenNaam { get; set; } = string.Empty;
}

public sealed class LidBeeindigenModelValidator : AbstractValidator<LidBeeindigenModel>
{
    public LidBeeindigenModelValidator() =>
        RuleFor(m => m.TotEnMet).NotNull().WithMessage("Vul de laatste dag van het lidmaatschap in.");
}

public sealed class MantelzorgerModel
{
    public Guid? MantelzorgerId { get; set; }

    public string? Naam { get; set; }

    public string? Relatie { get; set; }

    public decimal? UrenPerWeek { get; set; }

    public Belastbaarheid? Belastbaarheid { get; set; }

    public string HuishoudenNaam { get; set; } = string.Empty;
}

public sealed class MantelzorgerModelValidator : AbstractValidator<MantelzorgerModel>
{
    public MantelzorgerModelValidator()
    {
        RuleFor(m => m.Naam).NotEmpty().When(m => m.MantelzorgerId is null).WithMessage("Vul de naam van de mantelzorger in.")
            .MaxLengte(Lengtes.Naam, "De naam");
        RuleFor(m => m.Relatie).MaxLengte(Lengtes.Relatie, "De relatie");
        RuleFor(m => m.UrenPerWeek).NotNull().WithMessage("Vul het aantal uren mantelzorg per week in.");
        RuleFor(m => m.Belastbaarheid).NotNull().WithMessage("Kies hoe belastbaar de mantelzorger is.");
    }
}

/// <summary>The reason for looking at a household outside one's own caseload.</summary>
public sealed record InzageBuitenCaseloadModel
{
    public Guid HuishoudenId { get; init; }

    public string? Reden { get; init; }
}

public sealed class InzageBuitenCaseloadModelValidator : AbstractValidator<InzageBuitenCaseloadModel>
{
    public InzageBuitenCaseloadModelValidator()
    {
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Geef de reden waarom u dit dossier buiten uw caseload wilt inzien.")
            .MinimumLength(Wmo.Infrastructure.Toegang.InzageBuitenCaseload.MinimaleRedenLengte).WithMessage("Beschrijf de reden in minstens 10 tekens.")
            .MaxLengte(Lengtes.Reden, "De reden");
    }
}

/// <summary>The decision on an aanmelding (issue 9): confirm (the person moves or joins) or not.</summary>
public sealed class AanmeldingBesluitModel
{
    public bool? Bevestigen { get; set; }
}

public sealed class AanmeldingBesluitModelValidator : AbstractValidator<AanmeldingBesluitModel>
{
    public AanmeldingBesluitModelValidator() =>
        RuleFor(m => m.Bevestigen).NotNull().WithMessage("Kies of u de aanmelding bevestigt.");
}

/// <summary>
/// What the one who decides sees of an aanmelding (issue 9): the data as the sociaal werker entered them, who registered and
/// when; no dossier content of the household the person is registered for.
/// </summary>
public sealed record AanmeldingBesluitPagina(
    Guid Id, string Naam, DateOnly Geboortedatum, string GemaskeerdBsn, Adres Adres, Relatie Relatie, DateOnly Vanaf, string AangemeldDoor, DateTimeOffset AangemeldOp,
    string Waar)
{
    public AanmeldingBesluitModel Besluit { get; init; } = new();

    public static AanmeldingBesluitPagina Van(LidAanmelding aanmelding, string waar)
    {
        ArgumentNullException.ThrowIfNull(aanmelding);
        return new(aanmelding.Id, aanmelding.Naam, aanmelding.Geboortedatum, aanmelding.Bsn.Gemaskeerd, aanmelding.Adres, aanmelding.Relatie, aanmelding.Vanaf,
            aanmelding.AangemeldDoorNaam, aanmelding.AangemeldOp, waar);
    }
}
