using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Afweging;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Web.Models.Intake;

/// <summary>Pick up a first contact: find the inwoner by BSN, or register them with a new household.</summary>
public sealed class OppakkenModel : NieuweInwoner
{
    /// <summary>The user saw who this BSN is (name, birth date, address) and confirmed it is the inwoner of this contact (issue 12).</summary>
    public bool Bevestigd { get; set; }
}

public sealed class OppakkenModelValidator : AbstractValidator<OppakkenModel>
{
    public OppakkenModelValidator() => Include(new NieuweInwonerValidator());
}

public sealed record OppakkenPagina(EersteContact Contact, string Buurtkamer, OppakkenModel Formulier);

/// <summary>
/// "Is dit de inwoner?" (issue 12): a BSN in the user's caseload shows who it is before anything is linked, with what
/// differs from the first contact. Only for the caseload: elsewhere the form asks the data again (no BSN oracle, issue 9).
/// </summary>
public sealed record OppakkenBevestiging(EersteContact Contact, string Buurtkamer, string Bsn, string GemaskeerdBsn, string Naam, DateOnly Geboortedatum, string Adres, IReadOnlyList<string> Verschillen);

/// <summary>Why a pickup linked the wrong inwoner (issue 12), kept in the audit trail.</summary>
public sealed class KoppelingOngedaanModel
{
    public string? Reden { get; set; }
}

public sealed class KoppelingOngedaanModelValidator : AbstractValidator<KoppelingOngedaanModel>
{
    public KoppelingOngedaanModelValidator()
    {
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Noteer waarom de koppeling niet klopt.")
            .MaximumLength(500).WithMessage("De reden is te lang (hoogstens 500 tekens).");
    }
}

/// <summary>One keukentafelgesprek: date, place and up to <see cref="AantalRijen"/> participants (empty rows are ignored).</summary>
public sealed class GesprekModel
{
    public const int AantalRijen = 5;

    public DateOnly? Datum { get; set; }

    public Gesprekslocatie? Locatie { get; set; }

    public List<DeelnemerRij> Deelnemers { get; set; } = [];
}

public sealed class DeelnemerRij
{
    public string? Naam { get; set; }

    public DeelnemerRol? Rol { get; set; }
}

public sealed class GesprekModelValidator : AbstractValidator<GesprekModel>
{
    public GesprekModelValidator()
    {
        RuleFor(m => m.Datum).NotNull().WithMessage("Vul de datum van het gesprek in.");
        RuleFor(m => m.Locatie).NotNull().WithMessage("Kies waar het gesprek is.");
        RuleForEach(m => m.Deelnemers).ChildRules(rij =>
        {
            rij.RuleFor(r => r.Rol).NotNull().When(r => !string.IsNullOrWhiteSpace(r.Naam)).WithMessage("Kies de rol van deze deelnemer.");
            rij.RuleFor(r => r.Naam).NotEmpty().When(r => r.Rol is not null).WithMessage("Vul de naam van deze deelnemer in.")
                .MaxLengte(Lengtes.Naam, "De naam");
        });
        RuleFor(m => m.Deelnemers).Must(d => d.Any(r => !string.IsNullOrWhiteSpace(r.Naam))).WithMessage("Vul minstens één deelnemer in.");
    }
}

public sealed class AfrondenModel
{
    public Guid? GesprekId { get; set; }

    public string? Verslag { get; set; }
}

public sealed class AfrondenModelValidator : AbstractValidator<AfrondenModel>
{
    public AfrondenModelValidator()
    {
        RuleFor(m => m.GesprekId).NotNull().WithMessage("Kies het gesprek.");
        RuleFor(m => m.Verslag).NotEmpty().WithMessage("Schrijf een kort verslag van het gesprek.");
    }
}

/// <summary>The onderzoek around the gesprekken (DOMAIN.md §2.2).</summary>
public sealed class OnderzoekModel
{
    public Guid? Versie { get; set; }

    public DateOnly? ClientondersteuningAangebodenOp { get; set; }

    /// <summary>A portal user as cliëntondersteuner (never the behandelaar of the vraag); or a name and organisation below.</summary>
    public Guid? ClientondersteunerId { get; set; }

    public string? ClientondersteunerNaam { get; set; }

    public string? ClientondersteunerOrganisatie { get; set; }

    public DateOnly? GewezenOpPersoonlijkPlanOp { get; set; }

    public DateOnly? PersoonlijkPlanOntvangenOp { get; set; }

    public DateOnly? VerslagVerstrektOp { get; set; }

    public string? VraagAchterDeVraag { get; set; }

    public Dictionary<Leefgebied, string?> Leefgebieden { get; set; } = [];

    public IEnumerable<SelectListItem> Clientondersteuners { get; set; } = [];

    /// <summary>A refused value belongs at its field.</summary>
    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>
    {
        [Regelnamen.BehandelaarIsGeenOnafhankelijkeClientondersteuner] = nameof(ClientondersteunerId),
        [Regelnamen.ClientondersteunerHeeftNaam] = nameof(ClientondersteunerNaam),
        [Regelnamen.GewezenOpPersoonlijkPlanNaMelding] = nameof(GewezenOpPersoonlijkPlanOp),
        [Regelnamen.VerslagNaAfgerondGesprek] = nameof(VerslagVerstrektOp),
    };

    public static OnderzoekModel Van(Ondersteuningsvraag vraag, Guid versie)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        return new OnderzoekModel
        {
            Versie = versie,
            ClientondersteuningAangebodenOp = vraag.ClientondersteuningAangebodenOp,
            ClientondersteunerId = vraag.ClientondersteunerId,
            ClientondersteunerNaam = vraag.ClientondersteunerId is null ? vraag.ClientondersteunerNaam : null,
            ClientondersteunerOrganisatie = vraag.ClientondersteunerOrganisatie,
            GewezenOpPersoonlijkPlanOp = vraag.GewezenOpPersoonlijkPlanOp,
            PersoonlijkPlanOntvangenOp = vraag.PersoonlijkPlanOntvangenOp,
            VerslagVerstrektOp = vraag.VerslagVerstrektOp,
            VraagAchterDeVraag = vraag.VraagAchterDeVraag,
            Leefgebieden = Enum.GetValues<Leefgebied>().ToDictionary(l => l, l => vraag.Leefgebieden.SingleOrDefault(s => s.Leefgebied == l)?.Situatie),
        };
    }

    /// <summary>
    /// Records what was filled in; empty fields leave the vraag as it is. <paramref name="gekozenOndersteuner"/> is the portal
    /// user chosen as cliëntondersteuner (looked up by the use case), otherwise the free name and organisation count.
    /// </summary>
    public void LegVast(Ondersteuningsvraag vraag, Actor? gekozenOndersteuner)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        if (ClientondersteuningAangebodenOp is { } aangeboden)
        {
            vraag.LegClientondersteuningAangebodenVast(aangeboden);
        }

        if (gekozenOndersteuner is not null)
        {
            vraag.WijsClientondersteunerToe(gekozenOndersteuner.GebruikerId, gekozenOndersteuner.Naam, ClientondersteunerOrganisatie);
        }
        else if (!string.IsNullOrWhiteSpace(ClientondersteunerNaam))
        {
            vraag.WijsClientondersteunerToe(null, ClientondersteunerNaam, ClientondersteunerOrganisatie);
        }

        if (GewezenOpPersoonlijkPlanOp is { } gewezen)
        {
            vraag.LegGewezenOpPersoonlijkPlanVast(gewezen);
        }

        if (PersoonlijkPlanOntvangenOp is { } plan)
        {
            vraag.LegPersoonlijkPlanOntvangenVast(plan);
        }

        if (VerslagVerstrektOp is { } verslag)
        {
            vraag.LegVerslagVerstrektVast(verslag);
        }

        if (!string.IsNullOrWhiteSpace(VraagAchterDeVraag))
        {
            vraag.LegVraagAchterDeVraagVast(VraagAchterDeVraag);
        }

        foreach (var (leefgebied, situatie) in Leefgebieden.Where(l => Enum.IsDefined(l.Key) && !string.IsNullOrWhiteSpace(l.Value)))
        {
            vraag.BeschrijfLeefgebied(leefgebied, situatie!);
        }
    }
}

public sealed class OnderzoekModelValidator : AbstractValidator<OnderzoekModel>
{
    public OnderzoekModelValidator()
    {
        RuleFor(m => m.ClientondersteunerNaam).MaxLengte(Lengtes.Naam, "De naam");
        RuleFor(m => m.ClientondersteunerNaam).Empty().When(m => m.ClientondersteunerId is not null)
            .WithMessage("Kies een cliëntondersteuner uit de lijst óf vul een naam in, niet allebei.");
        RuleFor(m => m.ClientondersteunerOrganisatie).MaxLengte(Lengtes.Naam, "De organisatie");
        RuleFor(m => m.VraagAchterDeVraag).MaxLengte(Lengtes.Tekst, "De tekst");
    }
}

public sealed class AfwegingModel
{
    public Guid? Versie { get; set; }

    public List<StapRij> Stappen { get; set; } = [];

    public static AfwegingModel Van(Ondersteuningsvraag vraag, Guid versie)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        return new AfwegingModel
        {
            Versie = versie,
            Stappen = [.. Enum.GetValues<Afwegingsstap>().Select(s =>
            {
                var antwoord = vraag.Afweging.SingleOrDefault(a => a.Stap == s);
                return new StapRij { Stap = s, BiedtOplossing = antwoord?.BiedtOplossing, Motivering = antwoord?.Motivering, WaaromNietToereikend = antwoord?.WaaromNietToereikend };
            })],
        };
    }

    /// <summary>The fixed order (000 L727-731) is the domain's: answered steps are passed on in their order.</summary>
    public void BeantwoordStappen(Ondersteuningsvraag vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        foreach (var stap in Stappen.Where(s => Enum.IsDefined(s.Stap) && s.BiedtOplossing is not null).OrderBy(s => s.Stap))
        {
            vraag.BeantwoordStap(stap.Stap, stap.BiedtOplossing!.Value, stap.Motivering, stap.WaaromNietToereikend);
        }
    }

    /// <summary>Every step gets a row again when the form is shown once more.</summary>
    public void VulAlleStappen() =>
        Stappen = [.. Enum.GetValues<Afwegingsstap>().Select(s => Stappen.FirstOrDefault(r => r.Stap == s) ?? new StapRij { Stap = s })];
}

public sealed class StapRij
{
    public Afwegingsstap Stap { get; set; }

    public bool? BiedtOplossing { get; set; }

    public string? Motivering { get; set; }

    /// <summary>For a step that (partly) solves the question: why it still does not suffice (otherwise the afweging stops there).</summary>
    public string? WaaromNietToereikend { get; set; }
}

public sealed class AfwegingModelValidator : AbstractValidator<AfwegingModel>
{
    public AfwegingModelValidator()
    {
        RuleForEach(m => m.Stappen).ChildRules(rij =>
        {
            rij.RuleFor(r => r.Motivering).MaxLengte(Lengtes.Omschrijving, "De motivering");
            rij.RuleFor(r => r.WaaromNietToereikend).MaxLengte(Lengtes.Omschrijving, "De motivering");
        });
        RuleFor(m => m.Stappen).Must(s => s.Any(r => r.BiedtOplossing is not null)).WithMessage("Beantwoord minstens de eerste stap.");
    }
}

/// <summary>The 002 §4.1 criteria: per criterion the side that fits, then the professional's choice.</summary>
public sealed class KaderModel
{
    public Ondersteuningsvorm Vorm { get; set; }

    public Dictionary<string, Kant?> Scores { get; set; } = [];

    public Pijler? Keuze { get; set; }

    public string? Motivering { get; set; }

    /// <summary>"beoordeel" shows the suggestion; "vastleggen" records the choice.</summary>
    public string? Actie { get; set; }

    /// <summary>A refused choice belongs at the motivation field.</summary>
    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>
    {
        [Regelnamen.KeuzeIsBasisOfAanvullend] = nameof(Motivering),
        [Regelnamen.AfwijkenVanSuggestieVereistMotivering] = nameof(Motivering),
    };

    public static Afwegingskader Kader(Ondersteuningsvorm vorm) =>
        vorm == Ondersteuningsvorm.Dagbesteding ? Afwegingskader.Dagbesteding : Afwegingskader.Thuisondersteuning;

    public Afwegingsresultaat Beoordeel() => Kader(Vorm).Beoordeel(Scores.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Value));
}

public sealed class KaderModelValidator : AbstractValidator<KaderModel>
{
    public KaderModelValidator()
    {
        RuleFor(m => m.Vorm).IsInEnum().WithMessage("Kies thuisondersteuning of dagbesteding.");
        RuleFor(m => m.Keuze).NotNull().When(m => m.Actie == "vastleggen").WithMessage("Kies basisondersteuning of aanvullende ondersteuning.");
        RuleFor(m => m.Motivering).MaxLengte(Lengtes.Omschrijving, "De motivering");
    }
}

public sealed record KaderPagina(Guid VraagId, Afwegingskader Kader, KaderModel Formulier, Afwegingsresultaat? Resultaat);

public sealed class UitkomstModel
{
    public UitkomstSoort? Soort { get; set; }

    public string? DoorverwezenNaar { get; set; }

    public List<Guid> AanbodIds { get; set; } = [];

    public string? BasisVoorzieningCode { get; set; }

    public string? SoortOndersteuning { get; set; }

    public DateOnly? Startdatum { get; set; }

    public string? VerwijzingVoorzieningCode { get; set; }

    public Guid? AanbiederId { get; set; }

    public string? Toelichting { get; set; }

    public Wmo.Application.Vragen.UitkomstKeuze Keuze() =>
        new(Soort ?? default, DoorverwezenNaar, AanbodIds, BasisVoorzieningCode, SoortOndersteuning, Startdatum, VerwijzingVoorzieningCode, AanbiederId, Toelichting);
}

public sealed class UitkomstModelValidator : AbstractValidator<UitkomstModel>
{
    public UitkomstModelValidator()
    {
        RuleFor(m => m.Soort).NotNull().WithMessage("Kies de uitkomst.")
            .Must(s => s is UitkomstSoort.AdviesDoorverwijzing or UitkomstSoort.SocialeBasis or UitkomstSoort.Basisondersteuning or UitkomstSoort.AanvullendViaVerwijzing)
            .When(m => m.Soort is not null).WithMessage("Een aanvraag met zwaarwegend advies legt u vast via het adviesformulier.");
        RuleFor(m => m.DoorverwezenNaar).NotEmpty().When(m => m.Soort == UitkomstSoort.AdviesDoorverwijzing).WithMessage("Noem de wet of organisatie waarnaar u doorverwijst.");
        RuleFor(m => m.AanbodIds).NotEmpty().When(m => m.Soort == UitkomstSoort.SocialeBasis).WithMessage("Kies minstens één aanbod van de sociale kaart.");
        RuleFor(m => m.BasisVoorzieningCode).NotEmpty().When(m => m.Soort == UitkomstSoort.Basisondersteuning).WithMessage("Kies de voorziening.");
        RuleFor(m => m.SoortOndersteuning).NotEmpty().When(m => m.Soort == UitkomstSoort.Basisondersteuning).WithMessage("Registreer de soort ondersteuning.");
        RuleFor(m => m.Startdatum).NotNull().When(m => m.Soort == UitkomstSoort.Basisondersteuning).WithMessage("Vul de startdatum in.");
        RuleFor(m => m.VerwijzingVoorzieningCode).NotEmpty().When(m => m.Soort == UitkomstSoort.AanvullendViaVerwijzing).WithMessage("Kies de voorziening.");
        RuleFor(m => m.AanbiederId).NotNull().When(m => m.Soort == UitkomstSoort.AanvullendViaVerwijzing).WithMessage("Kies de aanbieder.");
        RuleFor(m => m.Toelichting).MaxLengte(Lengtes.Omschrijving, "De toelichting");
    }
}

public sealed record UitkomstPagina(
    Guid VraagId,
    UitkomstModel Formulier,
    IReadOnlyList<SocialeKaartAanbod> Aanbod,
    IReadOnlyList<SelectListItem> BasisVoorzieningen,
    IReadOnlyList<SelectListItem> AanvullendeVoorzieningen,
    IReadOnlyList<SelectListItem> Aanbieders);

/// <summary>The zwaarwegend advies (DOMAIN.md §2.4): voorziening, omvang, periode, ZIN/PGB, motivering.</summary>
public sealed class AdviesModel
{
    public string? VoorzieningCode { get; set; }

    public int? Volume { get; set; }

    public Eenheid? Eenheid { get; set; }

    public Frequentie? Frequentie { get; set; }

    public DateOnly? Ingangsdatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    public Leveringsvorm? Leveringsvorm { get; set; }

    /// <summary>Wmo 2015 art. 2.3.6 lid 2 onder a: alone or with help.</summary>
    public PgbBeheer? PgbBeheer { get; set; }

    public string? PgbVaardigheidMotivering { get; set; }

    /// <summary>Wmo 2015 art. 2.3.6 lid 2 onder b.</summary>
    public string? PgbEigenMotivatie { get; set; }

    /// <summary>Wmo 2015 art. 2.3.6 lid 2 onder c.</summary>
    public string? PgbKwaliteitMotivering { get; set; }

    /// <summary>Wmo 2015 art. 2.3.6 lid 3.</summary>
    public decimal? PgbBedrag { get; set; }

    public string? PgbBerekening { get; set; }

    public string? Motivering { get; set; }

    /// <summary>The aanbieder that delivers the voorziening, if one does (issue 12): contracted in the voorziening's perceel.</summary>
    public Guid? AanbiederId { get; set; }

    /// <summary>Submit despite a warning (a duration over the policy maximum, a pending advies for the same voorziening).</summary>
    public bool TochOpslaan { get; set; }

    /// <summary>A refused pgb condition belongs at its field.</summary>
    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>
    {
        [Regelnamen.PgbVereistVaardigheidsmotivering] = nameof(PgbVaardigheidMotivering),
        [Regelnamen.PgbVereistEigenMotivatie] = nameof(PgbEigenMotivatie),
        [Regelnamen.PgbVereistKwaliteitswaarborg] = nameof(PgbKwaliteitMotivering),
        [Regelnamen.PgbVereistBedragEnBerekening] = nameof(PgbBerekening),
        [Regelnamen.GeenPgbVoorAlgemeneVoorziening] = nameof(Leveringsvorm),
        [Regelnamen.AanbiederLevertInPerceel] = nameof(AanbiederId),
    };

    public static AdviesModel Van(ZwaarwegendAdvies advies)
    {
        ArgumentNullException.ThrowIfNull(advies);
        return new AdviesModel
        {
            VoorzieningCode = advies.VoorzieningCode,
            Volume = advies.Omvang.Volume,
            Eenheid = advies.Omvang.Eenheid,
            Frequentie = advies.Omvang.Frequentie,
            Ingangsdatum = advies.Ingangsdatum,
            Einddatum = advies.Einddatum,
            Leveringsvorm = advies.Leveringsvorm,
            PgbBeheer = advies.PgbBeheer,
            PgbVaardigheidMotivering = advies.PgbVaardigheidMotivering,
            PgbEigenMotivatie = advies.PgbEigenMotivatie,
            PgbKwaliteitMotivering = advies.PgbKwaliteitMotivering,
            PgbBedrag = advies.PgbBedrag,
            PgbBerekening = advies.PgbBerekening,
            Motivering = advies.Motivering,
            AanbiederId = advies.AanbiederId,
        };
    }

    /// <summary>The advies as the domain takes it (the validator has checked the required fields).</summary>
    public Wmo.Application.Besluiten.AdviesInhoud Inhoud(string? voorzieningCode = null) =>
        new(voorzieningCode ?? VoorzieningCode!, new Omvang(Volume!.Value, Eenheid!.Value, Frequentie!.Value), new Periode(Ingangsdatum!.Value, Einddatum),
            Leveringsvorm!.Value, Motivering!, Leveringsvorm == Wmo.Domain.Besluiten.Leveringsvorm.Pgb ? Pgb() : null, AanbiederId);

    // The domain checks each condition (Wmo 2015 art. 2.3.6); missing values are passed as empty so its message names the field.
    private PgbOnderbouwing Pgb() =>
        new(PgbBeheer ?? default, PgbVaardigheidMotivering ?? string.Empty, PgbEigenMotivatie ?? string.Empty, PgbKwaliteitMotivering ?? string.Empty,
            PgbBedrag ?? 0m, PgbBerekening ?? string.Empty);
}

public sealed class AdviesModelValidator : AbstractValidator<AdviesModel>
{
    public AdviesModelValidator()
    {
        RuleFor(m => m.VoorzieningCode).NotEmpty().WithMessage("Kies de voorziening.");
        RuleFor(m => m.Volume).NotNull().WithMessage("Vul de omvang in.").GreaterThan(0).WithMessage("De omvang moet een positief aantal zijn.")
            .LessThanOrEqualTo(Omvang.MaximaalVolume).WithMessage("De omvang is te groot.");
        RuleFor(m => m.Eenheid).NotNull().WithMessage("Kies de eenheid.").IsInEnum().WithMessage("Kies de eenheid.");
        RuleFor(m => m.Frequentie).NotNull().WithMessage("Kies de frequentie.").IsInEnum().WithMessage("Kies de frequentie.");
        RuleFor(m => m.Ingangsdatum).NotNull().WithMessage("Vul de ingangsdatum in.");
        RuleFor(m => m.Einddatum).NotNull().WithMessage("Vul de einddatum in: een toekenning geldt voor een bepaalde duur.");
        RuleFor(m => m.Einddatum).GreaterThanOrEqualTo(m => m.Ingangsdatum).When(m => m.Einddatum is not null && m.Ingangsdatum is not null)
            .WithMessage("De einddatum ligt niet vóór de ingangsdatum.");
        RuleFor(m => m.Leveringsvorm).NotNull().WithMessage("Kies zorg in natura of pgb.").IsInEnum().WithMessage("Kies zorg in natura of pgb.");
        RuleFor(m => m.Motivering).NotEmpty().WithMessage("Motiveer het advies aan de hand van de criteria.").MaxLengte(Lengtes.Tekst, "De motivering");
        RuleFor(m => m.PgbVaardigheidMotivering).MaxLengte(Lengtes.Omschrijving, "De motivering");
        RuleFor(m => m.PgbEigenMotivatie).MaxLengte(Lengtes.Omschrijving, "De motivering");
        RuleFor(m => m.PgbKwaliteitMotivering).MaxLengte(Lengtes.Omschrijving, "De motivering");
        RuleFor(m => m.PgbBerekening).MaxLengte(Lengtes.Omschrijving, "De berekening");
        RuleFor(m => m.PgbBeheer).NotNull().When(m => m.Leveringsvorm == Wmo.Domain.Besluiten.Leveringsvorm.Pgb)
            .WithMessage("Kies of de inwoner het pgb zelf beheert of met hulp.").IsInEnum().WithMessage("Kies of de inwoner het pgb zelf beheert of met hulp.");
        RuleFor(m => m.PgbBedrag).InclusiveBetween(0.01m, 1_000_000m).When(m => m.PgbBedrag is not null).WithMessage("Het bedrag ligt tussen € 0,01 en € 1.000.000.");
    }
}

public sealed record AdviesPagina(Guid VraagId, Guid? AdviesId, AdviesModel Formulier, IReadOnlyList<SelectListItem> Voorzieningen, IReadOnlyList<Toetsing> Opmerkingen, bool IsHerziening);

public sealed class OpschortenModel
{
    public DateOnly? Van { get; set; }

    public string? Reden { get; set; }

    public bool ToestemmingInwoner { get; set; }
}

public sealed class OpschortenModelValidator : AbstractValidator<OpschortenModel>
{
    public OpschortenModelValidator(TimeProvider klok)
    {
        RuleFor(m => m.Van).NotNull().WithMessage("Vul in vanaf wanneer het onderzoek is opgeschort.").PlanOfTermijnDatum(klok);
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Geef de reden van de opschorting.").MaxLengte(Lengtes.Reden, "De reden");
        RuleFor(m => m.ToestemmingInwoner).Equal(true).WithMessage("Leg vast dat de inwoner met de opschorting instemt; zonder toestemming loopt de termijn door.");
    }
}

public sealed class VerdagenModel
{
    public DateOnly? BerichtOp { get; set; }

    public DateOnly? NieuweDatum { get; set; }

    public string? Reden { get; set; }
}

public sealed class VerdagenModelValidator : AbstractValidator<VerdagenModel>
{
    public VerdagenModelValidator(TimeProvider klok)
    {
        RuleFor(m => m.BerichtOp).NotNull().WithMessage("Vul in wanneer het bericht aan de inwoner is verstuurd.").PlanOfTermijnDatum(klok);
        RuleFor(m => m.NieuweDatum).NotNull().WithMessage("Vul de nieuwe datum in waarop uiterlijk wordt beslist.").PlanOfTermijnDatum(klok);
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Geef de reden waarom niet binnen de termijn kan worden beslist.").MaxLengte(Lengtes.Reden, "De reden");
    }
}

public sealed class BeslistermijnOpschortenModel
{
    public DateOnly? Van { get; set; }

    public Wmo.Domain.Vragen.BeslistermijnOpschortingGrond? Grond { get; set; }

    public string? Reden { get; set; }
}

public sealed class BeslistermijnOpschortenModelValidator : AbstractValidator<BeslistermijnOpschortenModel>
{
    public BeslistermijnOpschortenModelValidator(TimeProvider klok)
    {
        RuleFor(m => m.Van).NotNull().WithMessage("Vul in vanaf wanneer de beslistermijn is opgeschort.").PlanOfTermijnDatum(klok);
        RuleFor(m => m.Grond).NotNull().WithMessage("Kies de grond van de opschorting.").IsInEnum().WithMessage("Kies de grond van de opschorting.");
        RuleFor(m => m.Reden).NotEmpty().WithMessage("Geef de reden van de opschorting.").MaxLengte(Lengtes.Reden, "De reden");
    }
}

public sealed class IngebrekestellingModel
{
    public DateOnly? OntvangenOp { get; set; }
}

public sealed class IngebrekestellingModelValidator : AbstractValidator<IngebrekestellingModel>
{
    public IngebrekestellingModelValidator(TimeProvider klok) =>
        RuleFor(m => m.OntvangenOp).NotNull().WithMessage("Vul in wanneer de ingebrekestelling is ontvangen.").PlanOfTermijnDatum(klok);
}

public sealed class HervattenModel
{
    public DateOnly? LaatsteOpgeschorteDag { get; set; }
}

public sealed class HervattenModelValidator : AbstractValidator<HervattenModel>
{
    public HervattenModelValidator(TimeProvider klok)
    {
        RuleFor(m => m.LaatsteOpgeschorteDag).NotNull().WithMessage("Vul de laatste opgeschorte dag in.").PlanOfTermijnDatum(klok);
    }
}

public sealed class EindeBasisondersteuningModel
{
    public DateOnly? Einddatum { get; set; }
}

public sealed class EindeBasisondersteuningModelValidator : AbstractValidator<EindeBasisondersteuningModel>
{
    public EindeBasisondersteuningModelValidator() =>
        RuleFor(m => m.Einddatum).NotNull().WithMessage("Vul de laatste dag van de ondersteuning in.");
}

/// <summary>The Wlz-aanvraag at the CIZ (000 L450): its date and, once known, the CIZ-besluit.</summary>
public sealed class WlzModel
{
    public DateOnly? AanvraagOp { get; set; }

    public DateOnly? BesluitOp { get; set; }

    /// <summary>Only with a besluit: the CIZ granted the Wlz.</summary>
    public bool? Toegekend { get; set; }

    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>
    {
        [Regelnamen.WlzBesluitNaAanvraag] = nameof(BesluitOp),
    };
}

public sealed class WlzModelValidator : AbstractValidator<WlzModel>
{
    public WlzModelValidator()
    {
        RuleFor(m => m.AanvraagOp).NotNull().WithMessage("Vul in wanneer de Wlz-aanvraag bij het CIZ is gedaan.");
        RuleFor(m => m.Toegekend).NotNull().When(m => m.BesluitOp is not null).WithMessage("Kies of het CIZ de Wlz heeft toegekend.");
        RuleFor(m => m.BesluitOp).NotNull().When(m => m.Toegekend is not null).WithMessage("Vul de datum van het CIZ-besluit in.");
    }
}

/// <summary>Closing the vraag, with its reason (DOMAIN.md §2).</summary>
public sealed class AfsluitenModel
{
    public Afsluitreden? Reden { get; set; }

    public DateOnly? Datum { get; set; }

    public static IReadOnlyDictionary<string, string> VeldVanRegel { get; } = new Dictionary<string, string>
    {
        [Regelnamen.OvergangNaarWlzVereistWlzAanvraag] = nameof(Reden),
        [Regelnamen.WlzAanvraagHoudtWmoOndersteuningInStand] = nameof(Reden),
        [Regelnamen.ToegestaneStatusovergang] = nameof(Reden),
    };
}

public sealed class AfsluitenModelValidator : AbstractValidator<AfsluitenModel>
{
    public AfsluitenModelValidator()
    {
        RuleFor(m => m.Reden).NotNull().WithMessage("Kies de reden van afsluiten.").IsInEnum().WithMessage("Kies de reden van afsluiten.");
        RuleFor(m => m.Datum).NotNull().WithMessage("Vul de datum van afsluiten in.");
    }
}
