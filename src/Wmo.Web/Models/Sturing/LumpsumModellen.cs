using Wmo.Domain.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wmo.Application.Lumpsum;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Lumpsum;

namespace Wmo.Web.Models.Sturing;

/// <summary>
/// Reads an amount in euro as people type it: "1250000", "1.250.000", "1250000,50" or "€ 1.250.000,50". Kept as text in
/// the form models because a number field would bind "1250.5" with the Dutch culture as 12505.
/// </summary>
public static partial class BedragInvoer
{
    public static bool IsGeldig(string? tekst) => Lees(tekst) is not null;

    public static decimal? Lees(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst) || tekst.Length > 30)
        {
            return null;
        }

        var schoon = tekst.Replace("€", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        var negatief = schoon.StartsWith('-');
        schoon = negatief ? schoon[1..] : schoon;
        string? invariant = null;
        if (MetDuizendtallen().IsMatch(schoon))
        {
            invariant = schoon.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (Eenvoudig().IsMatch(schoon))
        {
            invariant = schoon.Replace(',', '.');
        }

        return invariant is not null && decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bedrag)
            ? (negatief ? -bedrag : bedrag)
            : null;
    }

    public static string Schrijf(decimal bedrag) => bedrag.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL"));

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d{1,2})?$")]
    private static partial Regex MetDuizendtallen();

    [GeneratedRegex(@"^\d{1,15}([.,]\d{1,2})?$")]
    private static partial Regex Eenvoudig();
}

public static class BedragRegels
{
    public static IRuleBuilderOptions<T, string?> IsBedrag<T>(this IRuleBuilder<T, string?> regel, string wat) =>
        regel.NotEmpty().WithMessage($"Vul {wat} in.")
            .Must(BedragInvoer.IsGeldig).WithMessage($"Vul {wat} in als bedrag in euro's, bijvoorbeeld 1.250.000,00.");
}

public sealed class BegrotingModel
{
    public int? Jaar { get; set; }

    public string? Totaal { get; set; }

    public string? Basisondersteuning { get; set; }

    public string? ThuisondersteuningEnDagbesteding { get; set; }

    public string? HulpBijHetHuishouden { get; set; }

    public string? KortdurendVerblijf { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public bool IsWijziging { get; set; }

    /// <summary>The form for changing the division of an existing year, filled with its current amounts.</summary>
    public static BegrotingModel Van(Wmo.Application.Lumpsum.LumpsumOverzicht overzicht)
    {
        ArgumentNullException.ThrowIfNull(overzicht);
        string Bedrag(Perceel p) => BedragInvoer.Schrijf(overzicht.Percelen.Single(x => x.Perceel == p).Bedrag);
        return new BegrotingModel
        {
            Jaar = overzicht.Jaar,
            Versie = overzicht.Versie,
            IsWijziging = true,
            Totaal = BedragInvoer.Schrijf(overzicht.Totaal),
            Basisondersteuning = Bedrag(Perceel.Basisondersteuning),
            ThuisondersteuningEnDagbesteding = Bedrag(Perceel.ThuisondersteuningEnDagbesteding),
            HulpBijHetHuishouden = Bedrag(Perceel.HulpBijHetHuishouden),
            KortdurendVerblijf = Bedrag(Perceel.KortdurendVerblijf),
        };
    }

    public Dictionary<Perceel, decimal> Verdeling() => new()
    {
        [Perceel.Basisondersteuning] = BedragInvoer.Lees(Basisondersteuning) ?? 0,
        [Perceel.ThuisondersteuningEnDagbesteding] = BedragInvoer.Lees(ThuisondersteuningEnDagbesteding) ?? 0,
        [Perceel.HulpBijHetHuishouden] = BedragInvoer.Lees(HulpBijHetHuishouden) ?? 0,
        [Perceel.KortdurendVerblijf] = BedragInvoer.Lees(KortdurendVerblijf) ?? 0,
    };

    /// <summary>Which field a broken domain rule belongs to (the message is shown there).</summary>
    public static string Veld(string regel) => regel switch
    {
        Regelnamen.EenBegrotingPerJaar or Regelnamen.BegrotingsjaarIsEenJaartal => nameof(Jaar),
        Regelnamen.LumpsumIsPositief or "VerdelingIsGelijkAanTotaal" => nameof(Totaal),
        _ => string.Empty,
    };
}

public sealed class BegrotingModelValidator : AbstractValidator<BegrotingModel>
{
    public BegrotingModelValidator()
    {
        RuleFor(m => m.Jaar).NotNull().WithMessage("Vul het begrotingsjaar in.").InclusiveBetween(2000, 2100).WithMessage("Vul een jaartal tussen 2000 en 2100 in.");
        RuleFor(m => m.Totaal).IsBedrag("het totale lumpsumbedrag");
        RuleFor(m => m.Basisondersteuning).IsBedrag("het bedrag voor de basisondersteuning");
        RuleFor(m => m.ThuisondersteuningEnDagbesteding).IsBedrag("het bedrag voor thuisondersteuning en dagbesteding");
        RuleFor(m => m.HulpBijHetHuishouden).IsBedrag("het bedrag voor hulp bij het huishouden");
        RuleFor(m => m.KortdurendVerblijf).IsBedrag("het bedrag voor kortdurend verblijf");
    }
}

public sealed class ContractModel
{
    public Guid? AanbiederId { get; set; }

    public Perceel? Perceel { get; set; }

    public ContractRol? Rol { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? Einde { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Aanbieders { get; set; } = [];

    public static string Veld(string regel) => regel switch
    {
        Regelnamen.ContractpartijIsAanbieder or Regelnamen.EenContractPerPerceel or "HoofdaanbiederNietInBeidePijlers" => nameof(AanbiederId),
        "MaximaalAantalAanbiedersPerPerceel" => nameof(Perceel),
        "ContractperiodeInBegrotingsjaar" or Regelnamen.PeriodeEindigtNietVoorStart => nameof(Einde),
        _ => string.Empty,
    };
}

public sealed class ContractModelValidator : AbstractValidator<ContractModel>
{
    public ContractModelValidator()
    {
        RuleFor(m => m.AanbiederId).NotNull().WithMessage("Kies de aanbieder.");
        RuleFor(m => m.Perceel).NotNull().WithMessage("Kies het perceel.").IsInEnum().WithMessage("Kies het perceel uit de lijst.");
        RuleFor(m => m.Rol).NotNull().WithMessage("Kies de rol.").IsInEnum().WithMessage("Kies de rol uit de lijst.");
        RuleFor(m => m.Start).NotNull().WithMessage("Vul de begindatum van het contract in.");
        RuleFor(m => m.Einde).GreaterThanOrEqualTo(m => m.Start).When(m => m.Start is not null && m.Einde is not null)
            .WithMessage("De einddatum ligt voor de begindatum.");
    }
}

public sealed class HerverdelingModel
{
    public Perceel? Van { get; set; }

    public Perceel? Naar { get; set; }

    public string? Bedrag { get; set; }

    public Guid? PartijBasisondersteuningId { get; set; }

    public Guid? PartijAanvullendId { get; set; }

    public string? Toelichting { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Partijen { get; set; } = [];

    [BindNever]
    public Clientaantallen? Clienten { get; set; }

    public static string Veld(string regel) => regel switch
    {
        "HerverdelingTussenBasisEnAanvullend" => nameof(Naar),
        Regelnamen.HerverdelingIsPositief or "HerverdelingBinnenInitieelTotaal" => nameof(Bedrag),
        "HerverdelingAlleenOpGezamenlijkVerzoek" => nameof(PartijAanvullendId),
        Regelnamen.HerverdelingIsGemotiveerd => nameof(Toelichting),
        _ => string.Empty,
    };
}

public sealed class HerverdelingModelValidator : AbstractValidator<HerverdelingModel>
{
    public HerverdelingModelValidator()
    {
        RuleFor(m => m.Van).NotNull().WithMessage("Kies het perceel waar het budget vandaan komt.").IsInEnum().WithMessage("Kies een perceel uit de lijst.");
        RuleFor(m => m.Naar).NotNull().WithMessage("Kies het perceel waar het budget naartoe gaat.").IsInEnum().WithMessage("Kies een perceel uit de lijst.");
        RuleFor(m => m.Bedrag).IsBedrag("het bedrag van de herverdeling");
        RuleFor(m => m.PartijBasisondersteuningId).NotNull().WithMessage("Kies de partij van de basisondersteuning die het verzoek indient.");
        RuleFor(m => m.PartijAanvullendId).NotNull().WithMessage("Kies de partij van de aanvullende ondersteuning die het verzoek indient.");
        RuleFor(m => m.Toelichting).NotEmpty().WithMessage("Licht het verzoek tot herverdeling toe.").MaxLengte(Lengtes.Tekst, "De toelichting");
    }
}

public sealed class BesluitModel
{
    public bool? Toekennen { get; set; }

    public string? Motivering { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public HerverdelingRegel? Verzoek { get; set; }
}

public sealed class BesluitModelValidator : AbstractValidator<BesluitModel>
{
    public BesluitModelValidator()
    {
        RuleFor(m => m.Toekennen).NotNull().WithMessage("Kies of de herverdeling wordt toegekend of afgewezen.");
        RuleFor(m => m.Motivering).NotEmpty().WithMessage("Motiveer het besluit over de herverdeling.").MaxLengte(Lengtes.Tekst, "De motivering");
    }
}

public sealed class RealisatieModel
{
    public Guid? ContractId { get; set; }

    public int? Maand { get; set; }

    public string? Bedrag { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Contracten { get; set; } = [];

    public static string Veld(string regel) => regel switch
    {
        Regelnamen.MaandBinnenJaar => nameof(Maand),
        "BedragNietNegatief" => nameof(Bedrag),
        Regelnamen.RealisatieAlleenVanGecontracteerdeAanbieder => nameof(ContractId),
        _ => string.Empty,
    };
}

public sealed class RealisatieModelValidator : AbstractValidator<RealisatieModel>
{
    public RealisatieModelValidator()
    {
        RuleFor(m => m.ContractId).NotNull().WithMessage("Kies de aanbieder en het perceel.");
        RuleFor(m => m.Maand).NotNull().WithMessage("Kies de maand.").InclusiveBetween(1, 12).WithMessage("Kies een maand van januari tot en met december.");
        RuleFor(m => m.Bedrag).IsBedrag("het gerealiseerde bedrag");
    }
}

public sealed class UploadModel
{
    public IFormFile? Bestand { get; set; }

    public Guid Versie { get; set; }

    [BindNever]
    public ImportResultaat? Resultaat { get; set; }
}

public sealed class UploadModelValidator : AbstractValidator<UploadModel>
{
    public const long MaximaleGrootte = 1024 * 1024;

    public UploadModelValidator()
    {
        RuleFor(m => m.Bestand).NotNull().WithMessage("Kies een CSV-bestand.");
        RuleFor(m => m.Bestand!.Length).LessThanOrEqualTo(MaximaleGrootte).When(m => m.Bestand is not null)
            .WithName(nameof(UploadModel.Bestand)).OverridePropertyName(nameof(UploadModel.Bestand)).WithMessage("Het bestand is groter dan 1 MB.");
        RuleFor(m => m.Bestand!.FileName).Must(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).When(m => m.Bestand is not null)
            .OverridePropertyName(nameof(UploadModel.Bestand)).WithMessage("Kies een bestand dat eindigt op .csv.");
    }
}

/// <summary>The dashboard: the filter as applied, a message when the requested period was not usable, and the figures.</summary>
public sealed record MonitoringPagina(Wmo.Application.Monitoring.MonitoringFilter Filter, string? Fout, IReadOnlyList<(Guid Id, string Naam)> Wijken, IReadOnlyList<Wmo.Application.Monitoring.Figuur> Figuren)
{
    /// <summary>When the figures were computed (they are kept a few minutes, <see cref="Wmo.Application.Monitoring.MonitoringCache"/>).</summary>
    public DateTimeOffset BerekendOp { get; init; }

    /// <summary>These figures are past their time and newer ones are being computed while they are shown.</summary>
    public bool WordtBijgewerkt { get; init; }
}
