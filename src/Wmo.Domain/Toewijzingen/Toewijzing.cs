using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Organisaties;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;

namespace Wmo.Domain.Toewijzingen;

/// <summary>
/// The assignment of aanvullende ondersteuning to a contracted aanbieder (DOMAIN.md §2.7, §7): born from a verwijzing
/// or a beschikking tot toekenning, sent as WMO301, started by the aanbieder's WMO305 and stopped by its WMO307.
/// Wachttijd = begindatum − toewijzingsdatum (002 §5.3).
/// </summary>
public sealed class Toewijzing
{
    private Toewijzing()
    {
        Nummer = null!;
        VoorzieningCode = string.Empty;
        Omvang = null!;
    }

    private Toewijzing(ToewijzingNummer nummer, ToewijzingBron bron, Guid huishoudenId, Guid inwonerId, Guid vraagId, Organisatie aanbieder,
        Voorziening voorziening, Omvang omvang, Periode periode, DateTimeOffset moment, DateOnly toewijzingsdatum)
    {
        Organisatie.AanbiederLevertInPerceel(aanbieder, voorziening);
        AanbiederHeeftAgbCode(aanbieder);
        PeriodeBinnenDatumbereik(periode, null, toewijzingsdatum);
        Id = Guid.CreateVersion7();
        Nummer = nummer;
        Bron = bron;
        HuishoudenId = huishoudenId;
        InwonerId = inwonerId;
        VraagId = vraagId;
        AanbiederId = aanbieder.Id;
        VoorzieningCode = voorziening.Code;
        ProductCategorie = voorziening.ProductCategorie!.Value;
        Omvang = omvang;
        Ingangsdatum = periode.Start;
        Einddatum = periode.Einde;
        ToegewezenOp = moment;
        Toewijzingsdatum = toewijzingsdatum;
        GewijzigdOp = moment;
        MoetVerstuurdWorden = true;
    }

    public Guid Id { get; private set; }

    public ToewijzingNummer Nummer { get; private set; }

    public ToewijzingBron Bron { get; private set; }

    public Guid HuishoudenId { get; private set; }

    public Guid InwonerId { get; private set; }

    public Guid VraagId { get; private set; }

    public Guid? BeschikkingId { get; private set; }

    public Guid AanbiederId { get; private set; }

    public string VoorzieningCode { get; private set; }

    public ProductCategorie ProductCategorie { get; private set; }

    /// <summary>The iWmo productcode (LDT_ProductCode, 5 characters) when the catalogue has one; the categorie alone is allowed.</summary>
    public string? Productcode { get; private set; }

    public Omvang Omvang { get; private set; }

    public DateOnly Ingangsdatum { get; private set; }

    public DateOnly? Einddatum { get; private set; }

    /// <summary>When the gemeente assigned (WMO301 Toewijzingsdatum/-tijd of the first version).</summary>
    public DateTimeOffset ToegewezenOp { get; private set; }

    /// <summary>The gemeente's calendar day of <see cref="ToegewezenOp"/>; the wachttijd counts from here.</summary>
    public DateOnly Toewijzingsdatum { get; private set; }

    /// <summary>When the toewijzing last changed; a change is sent again as WMO301 with its reden wijziging.</summary>
    public DateTimeOffset GewijzigdOp { get; private set; }

    public RedenWijziging? RedenWijziging { get; private set; }

    /// <summary>Start of the actual delivery, from the aanbieder's WMO305.</summary>
    public DateOnly? Begindatum { get; private set; }

    /// <summary>End of the actual delivery, from the aanbieder's WMO307.</summary>
    public DateOnly? BeeindigdOp { get; private set; }

    public RedenBeeindiging? RedenBeeindiging { get; private set; }

    /// <summary>True while a new or changed toewijzing waits to be sent as WMO301.</summary>
    public bool MoetVerstuurdWorden { get; private set; }

    public Periode Periode => new(Ingangsdatum, Einddatum);

    /// <summary>002 §5.3: the startbericht tells the wachttijd: begindatum − toewijzingsdatum, in days.</summary>
    public int? WachttijdInDagen => Begindatum is { } begin ? begin.DayNumber - Toewijzingsdatum.DayNumber : null;

    public bool IsGestart => Begindatum is not null;

    public bool IsBeeindigd => BeeindigdOp is not null;

    /// <summary>Current on <paramref name="datum"/>: not stopped and not past its einddatum (the WMO301 carries all current ones).</summary>
    public bool IsActueelOp(DateOnly datum) => BeeindigdOp is null && (Einddatum is null || Einddatum >= datum);

    /// <summary>A verwijzing to aanvullende ondersteuning leads to a toewijzing at the aanbieder of the verwijzing (002 §3.1).</summary>
    public static Toewijzing VoorVerwijzing(ToewijzingNummer nummer, Ondersteuningsvraag vraag, Organisatie aanbieder, Voorziening voorziening,
        Omvang omvang, Periode periode, Actor actor, DateTimeOffset moment, DateOnly toewijzingsdatum, IEnumerable<Toewijzing> eerdereVoorDezeVraag)
    {
        ToewijzingVoorAanvullendeOndersteuning(voorziening);
        VerwijzingLeidtTotToewijzing(vraag, aanbieder, voorziening);
        EenLopendeToewijzingPerBesluit(eerdereVoorDezeVraag, toewijzingsdatum);
        AlleenBeroepskrachtWijstToeOpVerwijzing(actor);
        return new Toewijzing(nummer, ToewijzingBron.Verwijzing, vraag.HuishoudenId, vraag.InwonerId, vraag.Id, aanbieder, voorziening, omvang, periode, moment, toewijzingsdatum);
    }

    /// <summary>A beschikking tot toekenning in natura leads to a toewijzing with the beschikking's product, omvang and period.</summary>
    public static Toewijzing VoorBeschikking(ToewijzingNummer nummer, Beschikking beschikking, Ondersteuningsvraag vraag, Organisatie aanbieder,
        Voorziening voorziening, DateTimeOffset moment, DateOnly toewijzingsdatum, IEnumerable<Toewijzing> eerdereVoorDezeVraag)
    {
        ToewijzingVoorAanvullendeOndersteuning(voorziening);
        ToekenningInNaturaLeidtTotToewijzing(beschikking, vraag, voorziening);
        EenLopendeToewijzingPerBesluit(eerdereVoorDezeVraag, toewijzingsdatum);
        return new Toewijzing(nummer, ToewijzingBron.Beschikking, vraag.HuishoudenId, beschikking.InwonerId, vraag.Id, aanbieder, voorziening,
            beschikking.Omvang!, new Periode(beschikking.Ingangsdatum!.Value, beschikking.Einddatum), moment, toewijzingsdatum)
        {
            BeschikkingId = beschikking.Id,
        };
    }

    /// <summary>Sets the iWmo productcode from the catalogue (LDT_ProductCode: 5 characters).</summary>
    public void ZetProductcode(string? productcode)
    {
        var code = string.IsNullOrWhiteSpace(productcode) ? null : productcode.Trim();
        Regel.Eis(code is null || code.Length == 5, Regelnamen.ProductcodeVijfTekens, "Een iWmo-productcode bestaat uit 5 tekens.");
        Productcode = code;
    }

    /// <summary>Changes omvang or period with the iWmo reden wijziging; the change goes out as a new WMO301.</summary>
    public void Wijzig(Omvang omvang, Periode periode, RedenWijziging reden, DateTimeOffset moment, DateOnly vandaag)
    {
        Regel.Eis(!IsBeeindigd, Regelnamen.BeeindigdeToewijzingNietWijzigen, "Deze toewijzing is al beëindigd door de aanbieder.");
        Regel.Eis(Enum.IsDefined(reden), Regelnamen.RedenWijzigingUitCodelijst, "Kies een reden wijziging uit de iWmo-codelijst (WMO002).");
        PeriodeBinnenDatumbereik(periode, Periode, vandaag);
        Regel.Eis(Begindatum is null || periode.Einde is null || periode.Einde >= Begindatum, Regelnamen.EinddatumNietVoorStart, "De einddatum ligt voor de gemelde begindatum van de levering.");
        Omvang = omvang;
        Ingangsdatum = periode.Start;
        Einddatum = periode.Einde;
        RedenWijziging = reden;
        GewijzigdOp = moment;
        MoetVerstuurdWorden = true;
    }

    /// <summary>The WMO301 with this toewijzing was built, validated and offered to the aanbieder.</summary>
    public void MarkeerVerstuurd() => MoetVerstuurdWorden = false;

    /// <summary>The aanbieder's WMO305: delivery started on <paramref name="begindatum"/>.</summary>
    public void MeldStart(DateOnly begindatum, DateOnly vandaag)
    {
        Datumbereik.PlanOfTermijnDatum(begindatum, vandaag);
        StartNietVoorIngangsdatum(begindatum);
        StartBinnenToewijzing(begindatum);
        Regel.Eis(!IsBeeindigd, Regelnamen.StartNaStopNietMeerWijzigen, "De levering is al beëindigd; de start kan niet meer worden gewijzigd.");
        Begindatum = begindatum;
    }

    /// <summary>The aanbieder withdraws its WMO305 (StatusAanlevering 3); impossible once the delivery was stopped.</summary>
    public void TrekStartIn()
    {
        Regel.Eis(!IsBeeindigd, Regelnamen.StartNaStopNietMeerWijzigen, "De levering is al beëindigd; de start kan niet meer worden ingetrokken.");
        Regel.Eis(IsGestart, Regelnamen.IntrekkingVereistEerderBericht, "Er is geen start gemeld om in te trekken.");
        Begindatum = null;
    }

    /// <summary>The aanbieder withdraws its WMO307 (StatusAanlevering 3): the delivery runs again.</summary>
    public void TrekStopIn()
    {
        Regel.Eis(IsBeeindigd, Regelnamen.IntrekkingVereistEerderBericht, "Er is geen stop gemeld om in te trekken.");
        BeeindigdOp = null;
        RedenBeeindiging = null;
    }

    /// <summary>The aanbieder's WMO307: delivery ended on <paramref name="einddatum"/> for <paramref name="reden"/>.</summary>
    public void MeldStop(DateOnly einddatum, RedenBeeindiging reden, DateOnly vandaag)
    {
        Regel.Eis(Enum.IsDefined(reden), Regelnamen.RedenBeeindigingUitCodelijst, "Onbekende reden beëindiging (iWmo WMO588).");
        Datumbereik.PlanOfTermijnDatum(einddatum, vandaag);
        StopVereistStart();
        StopNietVoorStart(einddatum);
        StopBinnenToewijzing(einddatum);
        BeeindigdOp = einddatum;
        RedenBeeindiging = reden;
    }

    // 002 §5.3: the berichtenverkeer covers the aanvullende ondersteuning; basisondersteuning is registered in Mens Centraal.
    private static void ToewijzingVoorAanvullendeOndersteuning(Voorziening voorziening) =>
        Regel.Eis(voorziening.Pijler is Pijler.AanvullendeOndersteuning or Pijler.Regionaal or Pijler.GemeenteDirect && voorziening.ProductCategorie is not null,
            nameof(ToewijzingVoorAanvullendeOndersteuning), $"'{voorziening.Naam}' wordt niet via een iWmo-toewijzing aan een aanbieder toegewezen.");

    // Issue 9 (Datumbereik): the period of a toewijzing is a plan that starts within a few years of today and runs at most as
    // long as the longest toekenning (its end judged from its start); a changed period is judged on the dates that change,
    // so a long-running toewijzing that started longer ago can still be extended.
    private static void PeriodeBinnenDatumbereik(Periode periode, Periode? huidig, DateOnly vandaag)
    {
        if (periode.Start != huidig?.Start)
        {
            Datumbereik.PlanOfTermijnDatum(periode.Start, vandaag);
        }

        if (periode.Einde is { } einde && einde != huidig?.Einde)
        {
            Datumbereik.PeriodeEinde(einde, periode.Start);
        }
    }

    // iWmo WMO301: the Ontvanger is the aanbieder's AGB code.
    private static void AanbiederHeeftAgbCode(Organisatie aanbieder) =>
        Regel.Eis(aanbieder.AgbCode is not null, Regelnamen.AanbiederHeeftAgbCode, $"{aanbieder.Naam} heeft geen AGB-code; zonder AGB-code kan de toewijzing niet worden verstuurd.");

    // 002 §3.1: the verwijzing names the voorziening and the aanbieder; the toewijzing follows it.
    private static void VerwijzingLeidtTotToewijzing(Ondersteuningsvraag vraag, Organisatie aanbieder, Voorziening voorziening) =>
        Regel.Eis(vraag.Uitkomst is { Soort: UitkomstSoort.AanvullendViaVerwijzing } uitkomst && uitkomst.AanbiederId == aanbieder.Id
            && string.Equals(uitkomst.VoorzieningCode, voorziening.Code, StringComparison.OrdinalIgnoreCase),
            nameof(VerwijzingLeidtTotToewijzing), "Een toewijzing volgt op een verwijzing naar aanvullende ondersteuning, bij de aanbieder en voor de voorziening van die verwijzing.");

    // 002 §3.1: every verwijzing to aanvullende ondersteuning is made by a deskundige of the basisondersteuning.
    private static void AlleenBeroepskrachtWijstToeOpVerwijzing(Actor actor) =>
        Regel.Eis(actor.IsBeroepskrachtBasisondersteuning, nameof(AlleenBeroepskrachtWijstToeOpVerwijzing), "Alleen een sociaal werker van de basisondersteuning wijst toe op een verwijzing.");

    // DOMAIN.md §2.6-2.7; Wmo 2015 art. 2.3.6: a toekenning in natura goes to an aanbieder; a pgb does not.
    private static void ToekenningInNaturaLeidtTotToewijzing(Beschikking beschikking, Ondersteuningsvraag vraag, Voorziening voorziening)
    {
        Regel.Eis(beschikking.Soort == BeschikkingSoort.Toekenning && beschikking.VraagId == vraag.Id && beschikking.Omvang is not null && beschikking.Ingangsdatum is not null
            && string.Equals(beschikking.VoorzieningCode, voorziening.Code, StringComparison.OrdinalIgnoreCase),
            nameof(ToekenningInNaturaLeidtTotToewijzing), "Een toewijzing volgt op een beschikking tot toekenning.");
        Regel.Eis(beschikking.Leveringsvorm != Leveringsvorm.Pgb, nameof(ToekenningInNaturaLeidtTotToewijzing),
            "Bij een persoonsgebonden budget koopt de inwoner zelf in; er volgt geen toewijzing aan een aanbieder.");
    }

    // DOMAIN.md §2.7: one verwijzing or beschikking leads to one running toewijzing; a new one only after the old one ended.
    private static void EenLopendeToewijzingPerBesluit(IEnumerable<Toewijzing> eerdere, DateOnly datum) =>
        Regel.Eis(!eerdere.Any(t => t.IsActueelOp(datum)), nameof(EenLopendeToewijzingPerBesluit), "Voor deze vraag loopt al een toewijzing. Wijzig die, of wacht tot de aanbieder hem heeft beëindigd.");

    // iWmo TR 305: the start of delivery lies on or after the ingangsdatum of the toewijzing.
    private void StartNietVoorIngangsdatum(DateOnly begindatum) =>
        Regel.Eis(begindatum >= Ingangsdatum, Regelnamen.StartNietVoorIngangsdatum, $"De begindatum {begindatum:dd-MM-yyyy} ligt voor de ingangsdatum van de toewijzing ({Ingangsdatum:dd-MM-yyyy}).");

    // iWmo: delivery starts within the toegewezen period.
    private void StartBinnenToewijzing(DateOnly begindatum) =>
        Regel.Eis(Einddatum is null || begindatum <= Einddatum, Regelnamen.StartBinnenToewijzing, $"De begindatum {begindatum:dd-MM-yyyy} ligt na de einddatum van de toewijzing.");

    // 002 §5.3: the stop marks the end of a started delivery.
    private void StopVereistStart() =>
        Regel.Eis(Begindatum is not null, Regelnamen.StopVereistStart, "Er is nog geen start van de levering gemeld (WMO305).");

    // iWmo TR: the end of delivery lies within the toegewezen period.
    private void StopBinnenToewijzing(DateOnly einddatum) =>
        Regel.Eis(Einddatum is null || einddatum <= Einddatum, Regelnamen.StopBinnenToewijzing, $"De einddatum {einddatum:dd-MM-yyyy} ligt na de einddatum van de toewijzing.");

    private void StopNietVoorStart(DateOnly einddatum) =>
        Regel.Eis(einddatum >= Begindatum, Regelnamen.StopNietVoorStart, $"De einddatum {einddatum:dd-MM-yyyy} ligt voor de begindatum van de levering ({Begindatum:dd-MM-yyyy}).");
}
