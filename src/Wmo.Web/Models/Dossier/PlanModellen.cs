using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Plannen;

namespace Wmo.Web.Models.Dossier;

/// <summary>The plan as it is stored now, shown above every plan form (and after a conflict).</summary>
public sealed class PlanWeergave
{
    public required Ondersteuningsplan Plan { get; init; }

    public required Guid HuishoudenId { get; init; }

    public required string HuishoudenNaam { get; init; }

    /// <summary>Current members (id → name) for the optional "over wie" of a goal.</summary>
    public required IReadOnlyDictionary<Guid, string> Leden { get; init; }

    public required Guid Versie { get; init; }

    /// <summary>Names of the sociale-kaart offers the plan's actions refer to (id → "naam (organisatie)").</summary>
    public IReadOnlyDictionary<Guid, string> Aanbod { get; init; } = new Dictionary<Guid, string>();

    /// <summary>True when the user's save was refused because a colleague saved first.</summary>
    public bool Conflict { get; set; }

    public string DoelOmschrijving(Guid doelId) => Plan.Doelen.SingleOrDefault(d => d.Id == doelId)?.Omschrijving ?? "onbekend doel";

    public string? LidNaam(Guid? inwonerId) => inwonerId is { } id && Leden.TryGetValue(id, out var naam) ? naam : null;
}

/// <summary>Base of every plan form: the plan version the form was loaded with (optimistic concurrency).</summary>
public abstract class PlanFormulier
{
    public Guid? Versie { get; set; }

    [BindNever]
    public PlanWeergave? Weergave { get; set; }
}

public sealed class PlanVersieModel : PlanFormulier
{
}

/// <summary>Removing one goal (with its actions) or one action from a concept plan, after confirmation.</summary>
public sealed class PlanVerwijderModel : PlanFormulier
{
    public Guid? DoelId { get; set; }

    public Guid? ActieId { get; set; }
}

public sealed class PlanVerwijderModelValidator : AbstractValidator<PlanVerwijderModel>
{
    public PlanVerwijderModelValidator()
    {
        RuleFor(m => m.Versie).NotEmpty().WithMessage("Open het formulier opnieuw vanuit het plan.");
        RuleFor(m => m).Must(m => (m.DoelId is null) != (m.ActieId is null)).WithName("DoelId").WithMessage("Kies in het plan wat u wilt verwijderen.");
    }
}

public sealed class DoelModel : PlanFormulier
{
    /// <summary>Set when an existing goal of a concept plan is corrected; empty for a new goal.</summary>
    public Guid? CorrigeerDoelId { get; set; }

    public Leefgebied? Leefgebied { get; set; }

    public string? Omschrijving { get; set; }

    public Doelsoort? Doelsoort { get; set; }

    public DateOnly? Evaluatiedatum { get; set; }

    public Guid? InwonerId { get; set; }

    public IEnumerable<SelectListItem> LedenKeuzes =>
        Weergave?.Leden.Select(l => new SelectListItem(l.Value, l.Key.ToString())) ?? [];

    /// <summary>The form for correcting an existing goal of a concept plan.</summary>
    public static DoelModel Van(Doel doel)
    {
        ArgumentNullException.ThrowIfNull(doel);
        return new DoelModel
        {
            CorrigeerDoelId = doel.Id, Leefgebied = doel.Leefgebied, Omschrijving = doel.Omschrijving,
            Doelsoort = doel.Doelsoort, Evaluatiedatum = doel.Evaluatiedatum, InwonerId = doel.InwonerId,
        };
    }
}

public sealed class DoelModelValidator : AbstractValidator<DoelModel>
{
    public DoelModelValidator(TimeProvider klok)
    {
        RuleFor(m => m.Versie).NotEmpty().WithMessage("Open het formulier opnieuw vanuit het plan.");
        RuleFor(m => m.Leefgebied).NotNull().WithMessage("Kies het leefgebied.");
        RuleFor(m => m.Omschrijving).NotEmpty().WithMessage("Beschrijf het doel.").MaxLengte(Lengtes.Omschrijving, "De omschrijving");
        RuleFor(m => m.Doelsoort).NotNull().WithMessage("Kies of het doel ontwikkelen of stabiliseren is.");
        RuleFor(m => m.Evaluatiedatum).NotNull().WithMessage("Vul de evaluatiedatum in.").PlanOfTermijnDatum(klok);
    }
}

public sealed class ActieModel : PlanFormulier
{
    /// <summary>Set when an existing action of a concept plan is corrected; empty for a new action.</summary>
    public Guid? CorrigeerActieId { get; set; }

    public Guid? DoelId { get; set; }

    public string? Omschrijving { get; set; }

    public Uitvoerder? Uitvoerder { get; set; }

    public string? UitgevoerdDoor { get; set; }

    public Financier? Financier { get; set; }

    /// <summary>Optional: the offer of the sociale kaart this action refers to.</summary>
    public Guid? SocialeKaartAanbodId { get; set; }

    public List<SelectListItem> SocialeKaartKeuzes { get; set; } = [];

    public IEnumerable<SelectListItem> DoelKeuzes =>
        Weergave?.Plan.Doelen.Select(d => new SelectListItem(d.Omschrijving, d.Id.ToString())) ?? [];

    /// <summary>The form for correcting an existing action of a concept plan.</summary>
    public static ActieModel Van(Actie actie)
    {
        ArgumentNullException.ThrowIfNull(actie);
        return new ActieModel
        {
            CorrigeerActieId = actie.Id, DoelId = actie.DoelId, Omschrijving = actie.Omschrijving, Uitvoerder = actie.Uitvoerder,
            UitgevoerdDoor = actie.UitgevoerdDoor, Financier = actie.Financier, SocialeKaartAanbodId = actie.SocialeKaartAanbodId,
        };
    }
}

public sealed class ActieModelValidator : AbstractValidator<ActieModel>
{
    public ActieModelValidator()
    {
        RuleFor(m => m.Versie).NotEmpty().WithMessage("Open het formulier opnieuw vanuit het plan.");
        RuleFor(m => m.DoelId).NotEmpty().WithMessage("Kies het doel waar de actie bij hoort.");
        RuleFor(m => m.Omschrijving).NotEmpty().WithMessage("Beschrijf de actie.").MaxLengte(Lengtes.Omschrijving, "De omschrijving");
        RuleFor(m => m.Uitvoerder).NotNull().WithMessage("Kies wie de actie levert.");
        RuleFor(m => m.UitgevoerdDoor).MaxLengte(Lengtes.Naam, "De naam van de uitvoerder");
        RuleFor(m => m.Financier).NotNull().WithMessage("Kies wie de actie betaalt.");
    }
}

public sealed class EvaluatieModel : PlanFormulier
{
    public Guid? DoelId { get; set; }

    public EvaluatieUitkomst? Uitkomst { get; set; }

    public string? Toelichting { get; set; }

    public DateOnly? Datum { get; set; }

    public DateOnly? VolgendeEvaluatie { get; set; }

    public IEnumerable<SelectListItem> DoelKeuzes =>
        Weergave?.Plan.Doelen.Select(d => new SelectListItem(d.Omschrijving, d.Id.ToString())) ?? [];
}

public sealed class EvaluatieModelValidator : AbstractValidator<EvaluatieModel>
{
    public EvaluatieModelValidator(TimeProvider klok)
    {
        RuleFor(m => m.Versie).NotEmpty().WithMessage("Open het formulier opnieuw vanuit het plan.");
        RuleFor(m => m.DoelId).NotEmpty().WithMessage("Kies het doel dat u evalueert.");
        RuleFor(m => m.Uitkomst).NotNull().WithMessage("Kies de uitkomst van de evaluatie.");
        RuleFor(m => m.Toelichting).NotEmpty().WithMessage("Licht de evaluatie toe.").MaxLengte(Lengtes.Omschrijving, "De toelichting");
        RuleFor(m => m.Datum).NotNull().WithMessage("Vul de datum van de evaluatie in.").PlanOfTermijnDatum(klok);
        RuleFor(m => m.VolgendeEvaluatie).PlanOfTermijnDatum(klok);
    }
}
