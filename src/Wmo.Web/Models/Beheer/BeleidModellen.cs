using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Domain.Catalogus;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;

namespace Wmo.Web.Models.Beheer;

public enum VersieStatus
{
    Vervallen = 1,
    Geldend = 2,
    Toekomstig = 3,
}

public sealed record BeleidsversieRegel(Guid Id, DateOnly Ingangsdatum, string Omschrijving, VersieStatus Status);

/// <summary>
/// The beleid page: every version, the chosen one in full, the tariffs per year, and the Atw calendar's state (the
/// number of gelijkgestelde dagen and the coming years without a besluit gelijkstelling).
/// </summary>
public sealed record BeleidBeheerOverzicht(
    IReadOnlyList<BeleidsversieRegel> Versies, Beleidsversie Gekozen, VersieStatus Status, IReadOnlyList<Tariefjaar> Tarieven, DateOnly Vandaag,
    int GelijkgesteldeDagen, IReadOnlyList<int> JarenZonderBesluitGelijkstelling)
{
    public bool IsWijzigbaar => Status == VersieStatus.Toekomstig;

    /// <summary>The version that applies today: the values the portal uses now.</summary>
    public bool IsGeldend => Status == VersieStatus.Geldend;

    public bool BasisondersteuningBeschikkingsvrij =>
        Gekozen.Voorzieningen.Where(v => v.Pijler == Pijler.Basisondersteuning).All(v => !v.BeschikkingNodig);
}

/// <summary>Confirmation page before something is removed.</summary>
public sealed record Verwijderbevestiging(string Titel, string Gevolg, string Actie, IReadOnlyDictionary<string, string> Route, Guid? VersieId);

public sealed class NieuweVersieModel
{
    public DateOnly? Ingangsdatum { get; set; }

    public string? Omschrijving { get; set; }
}

public sealed class NieuweVersieModelValidator : AbstractValidator<NieuweVersieModel>
{
    public NieuweVersieModelValidator()
    {
        RuleFor(m => m.Ingangsdatum).NotNull().WithMessage("Vul de ingangsdatum in.");
        RuleFor(m => m.Omschrijving).NotEmpty().WithMessage("Geef de beleidsversie een omschrijving.")
            .MaximumLength(Beleidsversie.OmschrijvingLengte).WithMessage($"De omschrijving is hoogstens {Beleidsversie.OmschrijvingLengte} tekens.");
    }
}

public sealed class InstellingenModel
{
    public string? Omschrijving { get; set; }

    public int? OnderzoekDagen { get; set; }

    public int? PersoonlijkPlanDagen { get; set; }

    public int? BeschikkingDagen { get; set; }

    public int? BezwaarDagen { get; set; }

    public int? BeslissingOpBezwaarDagen { get; set; }

    public int? BinnenkortWerkdagen { get; set; }

    public int? StandaardMaanden { get; set; }

    public int? VerlengdMaanden { get; set; }

    public int? LeeftijdVoorVerlenging { get; set; }

    public DateOnly? TransitieGesprekkenUiterlijkVoor { get; set; }

    public decimal? DwangsomEersteVeertienDagen { get; set; }

    public decimal? DwangsomVolgendeVeertienDagen { get; set; }

    public decimal? DwangsomDaarna { get; set; }

    public int? DwangsomMaximumDagen { get; set; }

    public string? DwangsomBron { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public DateOnly Ingangsdatum { get; set; }

    public static InstellingenModel Van(Beleidsversie versie, Guid concurrency)
    {
        ArgumentNullException.ThrowIfNull(versie);
        var t = versie.Termijnen;
        return new InstellingenModel
        {
            Omschrijving = versie.Omschrijving,
            OnderzoekDagen = t.OnderzoekDagen,
            PersoonlijkPlanDagen = t.PersoonlijkPlanDagen,
            BeschikkingDagen = t.BeschikkingDagen,
            BezwaarDagen = t.BezwaarDagen,
            BeslissingOpBezwaarDagen = t.BeslissingOpBezwaarDagen,
            BinnenkortWerkdagen = t.BinnenkortWerkdagen,
            StandaardMaanden = versie.Duur.StandaardMaanden,
            VerlengdMaanden = versie.Duur.VerlengdMaanden,
            LeeftijdVoorVerlenging = versie.Duur.LeeftijdVoorVerlenging,
            TransitieGesprekkenUiterlijkVoor = versie.TransitieGesprekkenUiterlijkVoor,
            DwangsomEersteVeertienDagen = versie.Dwangsom.EersteVeertienDagenPerDag,
            DwangsomVolgendeVeertienDagen = versie.Dwangsom.VolgendeVeertienDagenPerDag,
            DwangsomDaarna = versie.Dwangsom.DaarnaPerDag,
            DwangsomMaximumDagen = versie.Dwangsom.MaximumDagen,
            DwangsomBron = versie.Dwangsom.Bron,
            Versie = concurrency,
            Ingangsdatum = versie.Ingangsdatum,
        };
    }

    /// <summary>The term lengths as the domain takes them (the validator has checked they are filled in).</summary>
    public Domain.Termijnen.TermijnInstellingen Termijnen() =>
        new(OnderzoekDagen!.Value, PersoonlijkPlanDagen!.Value, BeschikkingDagen!.Value, BezwaarDagen!.Value, BeslissingOpBezwaarDagen!.Value, BinnenkortWerkdagen!.Value);

    public Domain.Besluiten.Duurbeleid Duur() => new(StandaardMaanden!.Value, VerlengdMaanden!.Value, LeeftijdVoorVerlenging!.Value);

    public Domain.Termijnen.DwangsomTarief Dwangsom() =>
        new(DwangsomEersteVeertienDagen!.Value, DwangsomVolgendeVeertienDagen!.Value, DwangsomDaarna!.Value, DwangsomMaximumDagen!.Value, DwangsomBron!.Trim());
}

public sealed class InstellingenModelValidator : AbstractValidator<InstellingenModel>
{
    public InstellingenModelValidator()
    {
        RuleFor(m => m.Omschrijving).NotEmpty().WithMessage("Geef de beleidsversie een omschrijving.")
            .MaximumLength(Beleidsversie.OmschrijvingLengte).WithMessage($"De omschrijving is hoogstens {Beleidsversie.OmschrijvingLengte} tekens.");
        foreach (var (veld, naam) in new (System.Linq.Expressions.Expression<Func<InstellingenModel, int?>>, string)[]
                 {
                     (m => m.OnderzoekDagen, "onderzoekstermijn"), (m => m.PersoonlijkPlanDagen, "termijn voor het persoonlijk plan"),
                     (m => m.BeschikkingDagen, "beslistermijn"), (m => m.BezwaarDagen, "bezwaartermijn"), (m => m.BeslissingOpBezwaarDagen, "termijn voor de beslissing op bezwaar"),
                 })
        {
            RuleFor(veld).NotNull().WithMessage($"Vul de {naam} in dagen in.").InclusiveBetween(1, 365).WithMessage("Een termijn duurt 1 tot en met 365 dagen.");
        }

        RuleFor(m => m.BinnenkortWerkdagen).NotNull().WithMessage("Vul in vanaf hoeveel werkdagen een termijn bijna verloopt.")
            .InclusiveBetween(0, 30).WithMessage("Kies 0 tot en met 30 werkdagen.");
        RuleFor(m => m.StandaardMaanden).NotNull().WithMessage("Vul de standaardduur in maanden in.").InclusiveBetween(1, 120).WithMessage("De standaardduur is 1 tot en met 120 maanden.");
        RuleFor(m => m.VerlengdMaanden).NotNull().WithMessage("Vul de verlengde duur in maanden in.").InclusiveBetween(1, 120).WithMessage("De verlengde duur is 1 tot en met 120 maanden.")
            .GreaterThanOrEqualTo(m => m.StandaardMaanden).When(m => m.StandaardMaanden is not null).WithMessage("De verlengde duur is minstens de standaardduur.");
        RuleFor(m => m.LeeftijdVoorVerlenging).NotNull().WithMessage("Vul de leeftijd voor de verlengde duur in.").InclusiveBetween(18, 120).WithMessage("Kies een leeftijd van 18 tot en met 120 jaar.");
        RuleFor(m => m.TransitieGesprekkenUiterlijkVoor).NotNull().WithMessage("Vul de datum in waarvoor de maatwerkgesprekken plaatsvinden.");
        foreach (var (veld, naam) in new (System.Linq.Expressions.Expression<Func<InstellingenModel, decimal?>>, string)[]
                 {
                     (m => m.DwangsomEersteVeertienDagen, "de eerste veertien dagen"), (m => m.DwangsomVolgendeVeertienDagen, "de volgende veertien dagen"),
                     (m => m.DwangsomDaarna, "de dagen daarna"),
                 })
        {
            RuleFor(veld).NotNull().WithMessage($"Vul de dwangsom per dag voor {naam} in.")
                .InclusiveBetween(0m, 1000m).WithMessage("Een dwangsom per dag is een bedrag van € 0 tot en met € 1.000.")
                .PrecisionScale(6, 2, ignoreTrailingZeros: true).WithMessage("Geef het bedrag in hele centen.");
        }

        RuleFor(m => m.DwangsomVolgendeVeertienDagen).GreaterThanOrEqualTo(m => m.DwangsomEersteVeertienDagen)
            .When(m => m.DwangsomEersteVeertienDagen is not null && m.DwangsomVolgendeVeertienDagen is not null)
            .WithMessage("De volgende veertien dagen zijn minstens het bedrag van de eerste veertien (Awb 4:17 lid 2).");
        RuleFor(m => m.DwangsomDaarna).GreaterThanOrEqualTo(m => m.DwangsomVolgendeVeertienDagen)
            .When(m => m.DwangsomVolgendeVeertienDagen is not null && m.DwangsomDaarna is not null)
            .WithMessage("De overige dagen zijn minstens het bedrag van de volgende veertien (Awb 4:17 lid 2).");
        RuleFor(m => m.DwangsomMaximumDagen).NotNull().WithMessage("Vul het maximum aantal dagen van de dwangsom in.")
            .InclusiveBetween(1, 365).WithMessage("De dwangsom loopt 1 tot en met 365 dagen (Awb 4:17 lid 1: 42).");
        RuleFor(m => m.DwangsomBron).NotEmpty().WithMessage("Noem de bron van de bedragen, bijvoorbeeld het artikel van de Awb.")
            .MaximumLength(Domain.Termijnen.DwangsomTarief.BronLengte).WithMessage($"De bron is hoogstens {Domain.Termijnen.DwangsomTarief.BronLengte} tekens.");
    }
}

public sealed class VoorzieningModel
{
    public string? Code { get; set; }

    public string? Naam { get; set; }

    public Pijler? Pijler { get; set; }

    public Perceel? Perceel { get; set; }

    public ProductCategorie? ProductCategorie { get; set; }

    public string? Productcode { get; set; }

    public bool BeschikkingNodig { get; set; }

    public bool AbonnementstariefVanToepassing { get; set; }

    public Doelsoort? Doelsoort { get; set; }

    /// <summary>The exemption category of the Uitvoeringsbesluit Wmo 2015 art. 3.8.</summary>
    public EigenBijdrageVrijstelling Vrijstelling { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public DateOnly Ingangsdatum { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Pijlers { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Percelen { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Categorieen { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Doelsoorten { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Vrijstellingen { get; set; } = [];

    public static VoorzieningModel Van(CatalogusRegel regel, Guid concurrency, DateOnly ingangsdatum)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return new VoorzieningModel
        {
            Code = regel.Code,
            Naam = regel.Naam,
            Pijler = regel.Pijler,
            Perceel = regel.Perceel,
            ProductCategorie = regel.ProductCategorie,
            Productcode = regel.Productcode,
            BeschikkingNodig = regel.BeschikkingNodig,
            AbonnementstariefVanToepassing = regel.AbonnementstariefVanToepassing,
            Doelsoort = regel.Doelsoort,
            Vrijstelling = regel.Vrijstelling,
            Versie = concurrency,
            Ingangsdatum = ingangsdatum,
        };
    }

    public Voorziening NaarVoorziening() =>
        new(Code!.Trim().ToUpperInvariant(), Naam!.Trim(), Pijler!.Value, Perceel, ProductCategorie, BeschikkingNodig, AbonnementstariefVanToepassing,
            string.IsNullOrWhiteSpace(Productcode) ? null : Productcode.Trim(), Doelsoort, Vrijstelling);
}

public sealed class VoorzieningModelValidator : AbstractValidator<VoorzieningModel>
{
    public VoorzieningModelValidator()
    {
        RuleFor(m => m.Code).NotEmpty().WithMessage("Vul de code van de voorziening in.")
            .Matches("^[A-Za-z0-9][A-Za-z0-9-]*$").WithMessage("Een code bestaat uit letters, cijfers en streepjes, zoals AO-HH.")
            .MaximumLength(CatalogusRegel.CodeLengte).WithMessage($"De code is hoogstens {CatalogusRegel.CodeLengte} tekens.");
        RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de voorziening in.")
            .MaximumLength(CatalogusRegel.NaamLengte).WithMessage($"De naam is hoogstens {CatalogusRegel.NaamLengte} tekens.");
        RuleFor(m => m.Pijler).NotNull().WithMessage("Kies de pijler.").IsInEnum().WithMessage("Kies de pijler uit de lijst.");
        RuleFor(m => m.Perceel).IsInEnum().WithMessage("Kies het perceel uit de lijst.");
        RuleFor(m => m.ProductCategorie).IsInEnum().WithMessage("Kies de productcategorie uit de lijst.");
        RuleFor(m => m.Doelsoort).IsInEnum().WithMessage("Kies ontwikkelen of stabiliseren.");
        RuleFor(m => m.Vrijstelling).IsInEnum().WithMessage("Kies een vrijstelling uit de lijst.");
        RuleFor(m => m.Productcode).Matches("^[A-Za-z0-9]{1,5}$").When(m => !string.IsNullOrWhiteSpace(m.Productcode))
            .WithMessage("Een productcode bestaat uit hoogstens 5 letters of cijfers (iWmo).");
    }
}

public sealed class PerceelModel
{
    public int? AantalGelijkeDelen { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public Perceel Perceel { get; set; }

    [BindNever]
    public DateOnly Ingangsdatum { get; set; }
}

public sealed class PerceelModelValidator : AbstractValidator<PerceelModel>
{
    public PerceelModelValidator()
    {
        RuleFor(m => m.AantalGelijkeDelen).NotNull().WithMessage("Vul het aantal gelijke delen in.")
            .InclusiveBetween(1, 50).WithMessage("Een perceel heeft 1 tot en met 50 gelijke delen.");
    }
}

public sealed class TariefModel
{
    public int? Jaar { get; set; }

    public decimal? Bedrag { get; set; }

    public Tariefperiode? Periode { get; set; }

    [BindNever]
    public bool IsNieuw { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Perioden { get; set; } = [];
}

public sealed class TariefModelValidator : AbstractValidator<TariefModel>
{
    public TariefModelValidator()
    {
        RuleFor(m => m.Jaar).NotNull().WithMessage("Vul het jaar in.").InclusiveBetween(2015, 2100).WithMessage("Kies een jaar van 2015 tot en met 2100.");
        RuleFor(m => m.Bedrag).NotNull().WithMessage("Vul het bedrag per periode in.").InclusiveBetween(0m, 1000m).WithMessage("Het tarief is € 0 tot en met € 1.000 per periode.");
        RuleFor(m => m.Periode).NotNull().WithMessage("Kies de tariefperiode.").IsInEnum().WithMessage("Kies de tariefperiode uit de lijst.");
    }
}
