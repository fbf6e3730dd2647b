namespace Wmo.Domain.Common;

/// <summary>
/// The names of the rules that another layer refers to by name: the web forms put a broken rule at its field
/// (<c>veldVanRegel</c>), the iWmo import maps a rule to a retourcode. The rule itself stays where it is (the aggregate's
/// <see cref="Regel.Eis"/> uses the same constant), so a renamed rule cannot silently lose its field: one source, checked
/// by the compiler. A rule that nobody outside its aggregate refers to keeps its <c>nameof</c> of the rule method.
/// </summary>
public static class Regelnamen
{
    public const string AanbiederHeeftAgbCode = nameof(AanbiederHeeftAgbCode);

    public const string AanbiederLevertInPerceel = nameof(AanbiederLevertInPerceel);

    public const string AfwijkenVanSuggestieVereistMotivering = nameof(AfwijkenVanSuggestieVereistMotivering);

    public const string BehandelaarIsGeenOnafhankelijkeClientondersteuner = nameof(BehandelaarIsGeenOnafhankelijkeClientondersteuner);

    public const string BeschikkingIsGemotiveerd = nameof(BeschikkingIsGemotiveerd);

    public const string BruikbareDatum = nameof(BruikbareDatum);

    public const string ClientondersteunerHeeftNaam = nameof(ClientondersteunerHeeftNaam);

    public const string DuurbeleidIsSamenhangend = nameof(DuurbeleidIsSamenhangend);

    public const string EenTariefPerJaar = nameof(EenTariefPerJaar);

    public const string EenVersiePerIngangsdatum = nameof(EenVersiePerIngangsdatum);

    public const string EinddatumNietVoorStart = nameof(EinddatumNietVoorStart);

    public const string EindeNietVoorStart = nameof(EindeNietVoorStart);

    public const string GeboortedatumOfLeeftijd = nameof(GeboortedatumOfLeeftijd);

    public const string GeenPgbVoorAlgemeneVoorziening = nameof(GeenPgbVoorAlgemeneVoorziening);

    public const string GelijkgesteldeDagNoemtBesluit = nameof(GelijkgesteldeDagNoemtBesluit);

    public const string GewezenOpPersoonlijkPlanNaMelding = nameof(GewezenOpPersoonlijkPlanNaMelding);

    public const string IngegaanTariefLigtVast = nameof(IngegaanTariefLigtVast);

    public const string IntrekkingVereistEerderBericht = nameof(IntrekkingVereistEerderBericht);

    public const string KeuzeIsBasisOfAanvullend = nameof(KeuzeIsBasisOfAanvullend);

    public const string KoppelingOngedaanHeeftReden = nameof(KoppelingOngedaanHeeftReden);

    public const string NieuweVersieVolgtOpBeleid = nameof(NieuweVersieVolgtOpBeleid);

    public const string OmvangHeeftPositiefVolume = nameof(OmvangHeeftPositiefVolume);

    public const string OverdrachtAanAnderePersoon = nameof(OverdrachtAanAnderePersoon);

    public const string OvergangNaarWlzVereistWlzAanvraag = nameof(OvergangNaarWlzVereistWlzAanvraag);

    public const string PerceelAlleenVoorProfessioneleOndersteuning = nameof(PerceelAlleenVoorProfessioneleOndersteuning);

    public const string PerceelInVersie = nameof(PerceelInVersie);

    public const string PeriodeEindigtNietVoorStart = nameof(PeriodeEindigtNietVoorStart);

    public const string PgbVereistBedragEnBerekening = nameof(PgbVereistBedragEnBerekening);

    public const string PgbVereistEigenMotivatie = nameof(PgbVereistEigenMotivatie);

    public const string PgbVereistKwaliteitswaarborg = nameof(PgbVereistKwaliteitswaarborg);

    public const string PgbVereistVaardigheidsmotivering = nameof(PgbVereistVaardigheidsmotivering);

    public const string PlanOfTermijnDatum = nameof(PlanOfTermijnDatum);

    public const string ProductcodeHoortBijCategorie = nameof(ProductcodeHoortBijCategorie);

    public const string ProductcodeIsIwmoCode = nameof(ProductcodeIsIwmoCode);

    public const string RedenWijzigingUitCodelijst = nameof(RedenWijzigingUitCodelijst);

    public const string RegiebeslissingHeeftReden = nameof(RegiebeslissingHeeftReden);

    public const string RegievoerderIsBeroepskrachtBasisondersteuning = nameof(RegievoerderIsBeroepskrachtBasisondersteuning);

    public const string SignaalNoemtOverWie = nameof(SignaalNoemtOverWie);

    public const string StartBinnenToewijzing = nameof(StartBinnenToewijzing);

    public const string StartNaStopNietMeerWijzigen = nameof(StartNaStopNietMeerWijzigen);

    public const string StartNietVoorIngangsdatum = nameof(StartNietVoorIngangsdatum);

    public const string StopBinnenToewijzing = nameof(StopBinnenToewijzing);

    public const string StopNietVoorStart = nameof(StopNietVoorStart);

    public const string StopVereistStart = nameof(StopVereistStart);

    public const string TariefIsBedragPerPeriode = nameof(TariefIsBedragPerPeriode);

    public const string TariefjaarBestaat = nameof(TariefjaarBestaat);

    public const string TermijnlengtesZijnRedelijk = nameof(TermijnlengtesZijnRedelijk);

    public const string ToegestaneStatusovergang = nameof(ToegestaneStatusovergang);

    public const string VersieHeeftOmschrijving = nameof(VersieHeeftOmschrijving);

    public const string VerslagNaAfgerondGesprek = nameof(VerslagNaAfgerondGesprek);

    public const string VerzendingNietInDeToekomst = nameof(VerzendingNietInDeToekomst);

    public const string VerzendingNietVoorHetBesluit = nameof(VerzendingNietVoorHetBesluit);

    public const string VerzoekPastBijVerwijzing = nameof(VerzoekPastBijVerwijzing);

    public const string VoorzieningHeeftGeldigeCode = nameof(VoorzieningHeeftGeldigeCode);

    public const string VoorzieningHeeftNaam = nameof(VoorzieningHeeftNaam);

    public const string VoorzieningcodeIsUniek = nameof(VoorzieningcodeIsUniek);

    public const string WijzigingGaatInNaVandaag = nameof(WijzigingGaatInNaVandaag);

    public const string WlzAanvraagHoudtWmoOndersteuningInStand = nameof(WlzAanvraagHoudtWmoOndersteuningInStand);

    public const string WlzBesluitNaAanvraag = nameof(WlzBesluitNaAanvraag);
}
