using FluentValidation;
using Wmo.Application.Vragen;
using Wmo.Domain.Common;

namespace Wmo.Web.Models;

/// <summary>
/// A person the portal may register for the first time: BSN, name, birth date and address, as on the identity document.
/// One model, one validator (<see cref="NieuweInwonerValidator"/>) and one partial (<c>Shared/_NieuweInwoner</c>) for the
/// two forms that register a person: a first contact picked up (<c>OppakkenModel</c>) and a member added to a household
/// (<c>LidToevoegenModel</c>). The field names stay flat (<c>Voornamen</c>, not <c>Inwoner.Voornamen</c>).
/// </summary>
public abstract class NieuweInwoner
{
    /// <summary>The highest house number the form accepts (BRP: at most five digits).</summary>
    public const int HoogsteHuisnummer = 99999;

    public string? Bsn { get; set; }

    public string? Voornamen { get; set; }

    public string? Achternaam { get; set; }

    public DateOnly? Geboortedatum { get; set; }

    public string? Straat { get; set; }

    public int? Huisnummer { get; set; }

    public string? Toevoeging { get; set; }

    public string? Postcode { get; set; }

    public string? Woonplaats { get; set; }

    /// <summary>The person data for a new registration, when filled in completely (see <see cref="Ontbrekend"/>).</summary>
    public InwonerGegevens? Gegevens() =>
        Ontbrekend().Any() ? null : new(Voornamen!, Achternaam!, Geboortedatum!.Value, Straat!, Huisnummer!.Value, Toevoeging, Postcode!, Woonplaats!);

    /// <summary>
    /// The person fields still empty, each with its message at the field. The controller asks for them when the person
    /// is (or may be) new; the same words whether the BSN is known or not (no BSN oracle, issue 9).
    /// </summary>
    public IEnumerable<(string Veld, string Melding)> Ontbrekend()
    {
        if (string.IsNullOrWhiteSpace(Voornamen)) yield return (nameof(Voornamen), "Vul de voornamen in.");
        if (string.IsNullOrWhiteSpace(Achternaam)) yield return (nameof(Achternaam), "Vul de achternaam in.");
        if (Geboortedatum is null) yield return (nameof(Geboortedatum), "Vul de geboortedatum in.");
        if (string.IsNullOrWhiteSpace(Straat)) yield return (nameof(Straat), "Vul de straat in.");
        if (Huisnummer is null) yield return (nameof(Huisnummer), "Vul het huisnummer in.");
        if (string.IsNullOrWhiteSpace(Postcode)) yield return (nameof(Postcode), "Vul de postcode in.");
        if (string.IsNullOrWhiteSpace(Woonplaats)) yield return (nameof(Woonplaats), "Vul de woonplaats in.");
    }
}

/// <summary>The checks of every field of <see cref="NieuweInwoner"/>; the form's own validator includes it.</summary>
public sealed class NieuweInwonerValidator : AbstractValidator<NieuweInwoner>
{
    public NieuweInwonerValidator()
    {
        RuleFor(m => m.Bsn).NotEmpty().WithMessage("Vul het BSN van de inwoner in.").IsBsn();
        RuleFor(m => m.Voornamen).MaxLengte(Lengtes.Naam, "De voornamen", meervoud: true);
        RuleFor(m => m.Achternaam).MaxLengte(Lengtes.Naam, "De achternaam");
        RuleFor(m => m.Straat).MaxLengte(Lengtes.Straat, "De straat");
        RuleFor(m => m.Huisnummer).InclusiveBetween(1, NieuweInwoner.HoogsteHuisnummer).When(m => m.Huisnummer is not null)
            .WithMessage($"Het huisnummer is een getal van 1 tot en met {NieuweInwoner.HoogsteHuisnummer}.");
        RuleFor(m => m.Toevoeging).MaxLengte(Lengtes.Toevoeging, "De toevoeging");
        RuleFor(m => m.Postcode).IsPostcode();
        RuleFor(m => m.Woonplaats).MaxLengte(Lengtes.Woonplaats, "De woonplaats");
    }
}
