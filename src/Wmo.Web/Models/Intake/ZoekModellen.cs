using FluentValidation;
using Wmo.Domain.ValueObjects;

namespace Wmo.Web.Models.Intake;

/// <summary>Search for an inwoner; posted, so a BSN never lands in a URL or a request log line.</summary>
public sealed class ZoekModel
{
    public string? Bsn { get; set; }

    public string? Achternaam { get; set; }

    public DateOnly? Geboortedatum { get; set; }

    public string? Postcode { get; set; }

    public int? Huisnummer { get; set; }

    /// <summary>The page of results (from the paging buttons under the results); not a search term.</summary>
    public int? Pagina { get; set; }

    public bool IsLeeg => string.IsNullOrWhiteSpace(Bsn) && string.IsNullOrWhiteSpace(Achternaam) && Geboortedatum is null && string.IsNullOrWhiteSpace(Postcode) && Huisnummer is null;
}

public sealed class ZoekModelValidator : AbstractValidator<ZoekModel>
{
    public ZoekModelValidator()
    {
        RuleFor(m => m.Bsn).IsBsn();
        RuleFor(m => m.Achternaam).MinimumLength(2).When(m => !string.IsNullOrWhiteSpace(m.Achternaam)).WithMessage("Vul minstens 2 letters van de achternaam in.");
        RuleFor(m => m.Postcode).IsPostcode();
        RuleFor(m => m.Postcode).NotEmpty().When(m => m.Huisnummer is not null).WithMessage("Vul bij een huisnummer ook de postcode in.");
        RuleFor(m => m.Huisnummer).NotNull().When(m => !string.IsNullOrWhiteSpace(m.Postcode)).WithMessage("Vul bij een postcode ook het huisnummer in.")
            .GreaterThan(0).WithMessage("Het huisnummer is een positief getal.");
        // The summary links to the first field, where the search usually starts.
        RuleFor(m => m.Bsn).Must((m, _) => !m.IsLeeg).WithMessage("Vul minstens één zoekgegeven in.");
    }
}

public sealed record ZoekResultaat(Guid HuishoudenId, Guid InwonerId, string Naam, Bsn Bsn, DateOnly Geboortedatum, string Adres);

public sealed record ZoekPagina(ZoekModel Zoek, IReadOnlyList<ZoekResultaat>? Resultaten)
{
    /// <summary>The page shown (1 = the first <see cref="Controllers.ZoekenController.PaginaGrootte"/> results).</summary>
    public int Nummer { get; init; } = 1;

    /// <summary>Whether more results follow this page; the total is not counted (issue 15).</summary>
    public bool HeeftVolgende { get; init; }

    /// <summary>Position of the first result on this page, counting from 1.</summary>
    public int Eerste => ((Nummer - 1) * Controllers.ZoekenController.PaginaGrootte) + 1;
}
