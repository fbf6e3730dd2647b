using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Besluiten;

public enum BeschikkingSoort
{
    Toekenning = 1,
    Afwijzing = 2,
}

/// <summary>
/// Maximum duration of a toekenning in months, as data. 002 §3.1 (HH): longer durations for 80+ and chronic
/// conditions to spare people the stress of a new aanvraag.
/// </summary>
public sealed record Duurbeleid(int StandaardMaanden, int VerlengdMaanden, int LeeftijdVoorVerlenging)
{
    public static Duurbeleid Leeuwarden { get; } = new(24, 60, 80);

    public int MaximaleMaanden(int leeftijdBijIngang, bool chronischeBeperking) =>
        chronischeBeperking || leeftijdBijIngang >= LeeftijdVoorVerlenging ? VerlengdMaanden : StandaardMaanden;

    /// <summary>Whether <paramref name="periode"/> lasts longer than allowed (an open end always does): the toetser's rule, and the sociaal werker's warning in the advies.</summary>
    public bool Overschrijdt(Periode periode, int leeftijdBijIngang, bool chronischeBeperking)
    {
        ArgumentNullException.ThrowIfNull(periode);
        return periode.Einde is not { } einde || einde >= periode.Start.AddMonths(MaximaleMaanden(leeftijdBijIngang, chronischeBeperking));
    }
}

/// <summary>
/// The gemeente's decision on an aanvraag (DOMAIN.md §2.6): toekenning on an aanvaard zwaarwegend advies, or
/// afwijzing; sent with the bezwaarclausule whose end date follows from Awb 6:7/6:8 and the Algemene termijnenwet.
/// </summary>
public sealed class Beschikking
{
    private Beschikking()
    {
        Nummer = string.Empty;
        Motivering = string.Empty;
    }

    private Beschikking(string nummer, BeschikkingSoort soort, Guid vraagId, Guid inwonerId, Actor beslisser, Guid? clientondersteunerVanDeZaak, string motivering)
    {
        // 003 L2811: the gemeente beschikt.
        Regel.Eis(beslisser.Rol == Rol.Toetser, Regelnamen.AlleenGemeenteBeschikt, "Alleen een medewerker van de gemeente (toetser) geeft een beschikking af.");
        Vierogen.ClientondersteunerIsNooitBeslisser(beslisser, clientondersteunerVanDeZaak);
        Id = Guid.CreateVersion7();
        Nummer = Regel.VerplichteTekst(nummer, Regelnamen.BeschikkingHeeftNummer, "Een beschikking heeft een nummer.");
        Soort = soort;
        VraagId = vraagId;
        InwonerId = inwonerId;
        BeslisserId = beslisser.GebruikerId;
        Motivering = Regel.VerplichteTekst(motivering, Regelnamen.BeschikkingIsGemotiveerd, "Een beschikking is gemotiveerd (Awb 3:46).");
    }

    public Guid Id { get; private set; }

    public string Nummer { get; private set; }

    public BeschikkingSoort Soort { get; private set; }

    public Guid VraagId { get; private set; }

    public Guid InwonerId { get; private set; }

    public Guid? AdviesId { get; private set; }

    public Guid BeslisserId { get; private set; }

    public string? VoorzieningCode { get; private set; }

    public ProductCategorie? ProductCategorie { get; private set; }

    public Omvang? Omvang { get; private set; }

    public DateOnly? Ingangsdatum { get; private set; }

    public DateOnly? Einddatum { get; private set; }

    public Leveringsvorm? Leveringsvorm { get; private set; }

    public string? PgbVaardigheidMotivering { get; private set; }

    /// <summary>Alone or with help (Wmo 2015 art. 2.3.6 lid 2 onder a); null without a pgb.</summary>
    public PgbBeheer? PgbBeheer { get; private set; }

    public string? PgbEigenMotivatie { get; private set; }

    public string? PgbKwaliteitMotivering { get; private set; }

    /// <summary>The pgb amount (Wmo 2015 art. 2.3.6 lid 3) and its calculation, as in the advies.</summary>
    public decimal? PgbBedrag { get; private set; }

    public string? PgbBerekening { get; private set; }

    public string Motivering { get; private set; }

    /// <summary>DOMAIN.md §7: the abonnementstarief notice; null when it does not apply.</summary>
    public string? EigenBijdrageVermelding { get; private set; }

    /// <summary>The day of the besluit (the toetsing); null for beschikkingen from before this was recorded.</summary>
    public DateOnly? GenomenOp { get; private set; }

    /// <summary>The day the letter was actually sent (Awb 3:41); null until the verzending is recorded.</summary>
    public DateOnly? Verzenddatum { get; private set; }

    /// <summary>Last day to lodge bezwaar (Awb 6:7, 6:8 and the Algemene termijnenwet).</summary>
    public DateOnly? BezwaartermijnEinde { get; private set; }

    public bool IsVerzonden => Verzenddatum is not null;

    /// <summary>Grants the voorziening of an aanvaard advies (approved or deviated with motivation).</summary>
    public static Beschikking KenToe(string nummer, ZwaarwegendAdvies advies, Guid inwonerId, Actor beslisser, Guid? clientondersteunerVanDeZaak,
        Voorzieningencatalogus catalogus, DateOnly geboortedatum, bool chronischeBeperking, Duurbeleid duurbeleid, string motivering)
    {
        // DOMAIN.md §2.4-2.6: aanvraag → zwaarwegend advies → toetsing → beschikking.
        Regel.Eis(advies.IsAanvaard, Regelnamen.ToekenningNaAanvaardAdvies, "Een toekenning volgt op een goedgekeurd (of gemotiveerd afgeweken) zwaarwegend advies.");
        var voorziening = catalogus.Zoek(advies.VoorzieningCode);
        ZwaarwegendAdvies.GeenPgbVoorAlgemeneVoorziening(voorziening, advies.Leveringsvorm);
        MaximaleDuurVanToekenning(advies.Periode, geboortedatum, chronischeBeperking, duurbeleid);
        return new Beschikking(nummer, BeschikkingSoort.Toekenning, advies.VraagId, inwonerId, beslisser, clientondersteunerVanDeZaak, motivering)
        {
            AdviesId = advies.Id,
            VoorzieningCode = voorziening.Code,
            ProductCategorie = voorziening.ProductCategorie,
            Omvang = advies.Omvang,
            Ingangsdatum = advies.Ingangsdatum,
            Einddatum = advies.Einddatum,
            Leveringsvorm = advies.Leveringsvorm,
            PgbVaardigheidMotivering = advies.PgbVaardigheidMotivering,
            PgbBeheer = advies.PgbBeheer,
            PgbEigenMotivatie = advies.PgbEigenMotivatie,
            PgbKwaliteitMotivering = advies.PgbKwaliteitMotivering,
            PgbBedrag = advies.PgbBedrag,
            PgbBerekening = advies.PgbBerekening,
            EigenBijdrageVermelding = voorziening.AbonnementstariefVanToepassing
                ? "Voor deze ondersteuning betaalt u een eigen bijdrage (abonnementstarief). Het CAK stuurt u hierover bericht."
                : null,
        };
    }

    public static Beschikking WijsAf(string nummer, Guid vraagId, Guid inwonerId, Actor beslisser, Guid? clientondersteunerVanDeZaak, string? voorzieningCode, string motivering) =>
        new(nummer, BeschikkingSoort.Afwijzing, vraagId, inwonerId, beslisser, clientondersteunerVanDeZaak, motivering) { VoorzieningCode = voorzieningCode };

    /// <summary>
    /// Records the day the letter was actually sent (<paramref name="vandaag"/> or earlier, not before the besluit); the
    /// bezwaartermijn runs from the day after sending (Awb 6:8 lid 1), so its end date follows from this day alone.
    /// </summary>
    public void Verzend(DateOnly verzenddatum, DateOnly vandaag, TermijnInstellingen termijnen)
    {
        ArgumentNullException.ThrowIfNull(termijnen);
        Regel.Eis(!IsVerzonden, Regelnamen.BeschikkingEenmaalVerzonden, "Deze beschikking is al verzonden.");
        verzenddatum = Datumbereik.PlanOfTermijnDatum(Regel.BruikbareDatum(verzenddatum), vandaag);
        VerzendingNietInDeToekomst(verzenddatum, vandaag);
        VerzendingNietVoorHetBesluit(verzenddatum);
        Verzenddatum = verzenddatum;
        BezwaartermijnEinde = BezwaartermijnEindeBijVerzending(verzenddatum, termijnen);
    }

    /// <summary>The last day for bezwaar when the letter is sent on <paramref name="verzenddatum"/> (Awb 6:8 lid 1; also the letter's preview).</summary>
    public static DateOnly BezwaartermijnEindeBijVerzending(DateOnly verzenddatum, TermijnInstellingen termijnen) =>
        Termijn.Bereken(TermijnSoort.Bezwaar, verzenddatum, termijnen).Einddatum;

    /// <summary>The day the toetser took the besluit; the letter is sent on that day or later.</summary>
    internal void NeemOp(DateOnly datum) => GenomenOp = Regel.BruikbareDatum(datum);

    // Awb 6:8 lid 1: the bezwaartermijn starts the day after the letter is sent, so only a sending that happened counts.
    private static void VerzendingNietInDeToekomst(DateOnly verzenddatum, DateOnly vandaag) =>
        Regel.Eis(verzenddatum <= vandaag, Regelnamen.VerzendingNietInDeToekomst,
            "Leg de verzending vast als de brief verstuurd is: de verzenddatum kan niet in de toekomst liggen.");

    // Awb 3:41 lid 1: a besluit is made known by sending it, which cannot happen before it was taken.
    private void VerzendingNietVoorHetBesluit(DateOnly verzenddatum) =>
        Regel.Eis(GenomenOp is not { } genomen || verzenddatum >= genomen, Regelnamen.VerzendingNietVoorHetBesluit,
            $"De brief kan niet zijn verzonden vóór het besluit ({GenomenOp:dd-MM-yyyy}).");

    // 002 §3.1 (HH): standard maximum duration, longer for 80+ and chronic conditions.
    private static void MaximaleDuurVanToekenning(Periode periode, DateOnly geboortedatum, bool chronisch, Duurbeleid beleid)
    {
        var leeftijd = Leeftijd.Op(geboortedatum, periode.Start);
        var maanden = beleid.MaximaleMaanden(leeftijd, chronisch);
        Regel.Eis(periode.Einde is not null, nameof(MaximaleDuurVanToekenning), "Een toekenning heeft een einddatum.");
        Regel.Eis(!beleid.Overschrijdt(periode, leeftijd, chronisch), nameof(MaximaleDuurVanToekenning),
            $"Een toekenning duurt hoogstens {maanden} maanden in deze situatie.");
    }
}
