namespace Wmo.Domain.Common;

/// <summary>
/// The names of every domain rule: the aggregate's <see cref="Regel.Eis"/> (and <see cref="DomainException"/>) uses the
/// constant, and so does every other layer that refers to a rule by name: the web forms put a broken rule at its field
/// (<c>veldVanRegel</c>), the iWmo import maps a rule to a retourcode, the tests check which rule broke. A renamed rule cannot
/// silently lose its field: one source, checked by the compiler. <c>RegelnamenTests</c> fails on a rule name written as a
/// string anywhere in <c>src/</c>. The source (seed paragraph or article) of each rule stays at the rule itself.
/// </summary>
public static class Regelnamen
{
    public const string AanbiederHeeftAgbCode = nameof(AanbiederHeeftAgbCode);

    public const string AanbiederLevertInPerceel = nameof(AanbiederLevertInPerceel);

    public const string AanbodHeeftContact = nameof(AanbodHeeftContact);

    public const string AanbodHeeftNaam = nameof(AanbodHeeftNaam);

    public const string AanbodHeeftOrganisatie = nameof(AanbodHeeftOrganisatie);

    public const string AanbodHeeftSoort = nameof(AanbodHeeftSoort);

    public const string AanmeldingHoortBijHuishouden = nameof(AanmeldingHoortBijHuishouden);

    public const string AanmeldingHoortBijInwoner = nameof(AanmeldingHoortBijInwoner);

    public const string AanvraagLooptAl = nameof(AanvraagLooptAl);

    public const string ActieHeeftOmschrijving = nameof(ActieHeeftOmschrijving);

    public const string ActieHoortBijDoelVanPlan = nameof(ActieHoortBijDoelVanPlan);

    public const string ActieHoortBijPlan = nameof(ActieHoortBijPlan);

    public const string AdviesDoorBasisondersteuning = nameof(AdviesDoorBasisondersteuning);

    public const string AdviesHoortBijVraag = nameof(AdviesHoortBijVraag);

    public const string AdviesIsGemotiveerd = nameof(AdviesIsGemotiveerd);

    public const string AdviesNoemtEinddatum = nameof(AdviesNoemtEinddatum);

    public const string AdviesNoemtVoorziening = nameof(AdviesNoemtVoorziening);

    public const string AdviesStatusovergang = nameof(AdviesStatusovergang);

    public const string AfsluitredenBekend = nameof(AfsluitredenBekend);

    public const string AfwijkenVanSuggestieVereistMotivering = nameof(AfwijkenVanSuggestieVereistMotivering);

    public const string AfwijkenVereistMotivering = nameof(AfwijkenVereistMotivering);

    public const string AgbCodeAchtCijfers = nameof(AgbCodeAchtCijfers);

    public const string AlleCriteriaGescoord = nameof(AlleCriteriaGescoord);

    public const string AlleenAanbiederHeeftPercelen = nameof(AlleenAanbiederHeeftPercelen);

    public const string AlleenActiefPlanEvalueren = nameof(AlleenActiefPlanEvalueren);

    public const string AlleenAuteurHerzietAdvies = nameof(AlleenAuteurHerzietAdvies);

    public const string AlleenAuteurVultEersteContactAan = nameof(AlleenAuteurVultEersteContactAan);

    public const string AlleenBijLopendeAanvraag = nameof(AlleenBijLopendeAanvraag);

    public const string AlleenConceptplanCorrigeren = nameof(AlleenConceptplanCorrigeren);

    public const string AlleenConceptplanWeggooien = nameof(AlleenConceptplanWeggooien);

    public const string AlleenGemeenteBeschikt = nameof(AlleenGemeenteBeschikt);

    public const string AndereRegieInEigenDomein = nameof(AndereRegieInEigenDomein);

    public const string BasisondersteuningHeeftSoort = nameof(BasisondersteuningHeeftSoort);

    public const string BeeindigdeToewijzingNietWijzigen = nameof(BeeindigdeToewijzingNietWijzigen);

    public const string BegrotingBestaat = nameof(BegrotingBestaat);

    public const string BegrotingsjaarIsEenJaartal = nameof(BegrotingsjaarIsEenJaartal);

    public const string BehandelaarIsGeenOnafhankelijkeClientondersteuner = nameof(BehandelaarIsGeenOnafhankelijkeClientondersteuner);

    public const string BeleidsversieBestaat = nameof(BeleidsversieBestaat);

    public const string BeschikkingEenmaalVerzonden = nameof(BeschikkingEenmaalVerzonden);

    public const string BeschikkingHeeftNummer = nameof(BeschikkingHeeftNummer);

    public const string BeschikkingHoortBijVraag = nameof(BeschikkingHoortBijVraag);

    public const string BeschikkingIsGemotiveerd = nameof(BeschikkingIsGemotiveerd);

    public const string BeslissingHeeftToelichting = nameof(BeslissingHeeftToelichting);

    public const string BeslissingNaOntvangst = nameof(BeslissingNaOntvangst);

    public const string BeslistermijnAlOpgeschort = nameof(BeslistermijnAlOpgeschort);

    public const string BesluitIsGemotiveerd = nameof(BesluitIsGemotiveerd);

    public const string BezwaarHeeftGronden = nameof(BezwaarHeeftGronden);

    public const string BezwaarInBehandeling = nameof(BezwaarInBehandeling);

    public const string BezwaarNaVerzending = nameof(BezwaarNaVerzending);

    public const string BezwaarTegenVerzondenBeschikking = nameof(BezwaarTegenVerzondenBeschikking);

    public const string BruikbareDatum = nameof(BruikbareDatum);

    public const string BsnHeeftNegenCijfers = nameof(BsnHeeftNegenCijfers);

    public const string BuurtkamerHeeftNaam = nameof(BuurtkamerHeeftNaam);

    public const string ClientondersteunerHeeftNaam = nameof(ClientondersteunerHeeftNaam);

    public const string ConclusieDoorBeroepskracht = nameof(ConclusieDoorBeroepskracht);

    public const string ConclusieIsBasisOfAanvullend = nameof(ConclusieIsBasisOfAanvullend);

    public const string ConclusieNaMaatwerkgesprek = nameof(ConclusieNaMaatwerkgesprek);

    public const string ContractBestaat = nameof(ContractBestaat);

    public const string ContractMetRealisatieBlijft = nameof(ContractMetRealisatieBlijft);

    public const string ContractpartijIsAanbieder = nameof(ContractpartijIsAanbieder);

    public const string DoelHeeftOmschrijving = nameof(DoelHeeftOmschrijving);

    public const string DoelHoortBijPlan = nameof(DoelHoortBijPlan);

    public const string DoorverwijzingNoemtOrganisatie = nameof(DoorverwijzingNoemtOrganisatie);

    public const string DuurbeleidIsSamenhangend = nameof(DuurbeleidIsSamenhangend);

    public const string EenBegrotingPerJaar = nameof(EenBegrotingPerJaar);

    public const string EenContractPerPerceel = nameof(EenContractPerPerceel);

    public const string EenHeffingPerHuishoudenPerPeriode = nameof(EenHeffingPerHuishoudenPerPeriode);

    public const string EenHersteltermijn = nameof(EenHersteltermijn);

    public const string EenIngebrekestelling = nameof(EenIngebrekestelling);

    public const string EenTariefPerJaar = nameof(EenTariefPerJaar);

    public const string EenVersiePerIngangsdatum = nameof(EenVersiePerIngangsdatum);

    public const string EersteContactEenmaalOpgepakt = nameof(EersteContactEenmaalOpgepakt);

    public const string EersteContactHeeftVraag = nameof(EersteContactHeeftVraag);

    public const string EersteContactHoortBijVraag = nameof(EersteContactHoortBijVraag);

    public const string EersteContactInBuurtkamer = nameof(EersteContactInBuurtkamer);

    public const string EinddatumNietVoorStart = nameof(EinddatumNietVoorStart);

    public const string EindeNietVoorStart = nameof(EindeNietVoorStart);

    public const string EvaluatieHeeftToelichting = nameof(EvaluatieHeeftToelichting);

    public const string EvaluatiedatumNaOpstellen = nameof(EvaluatiedatumNaOpstellen);

    public const string GeboortedatumOfLeeftijd = nameof(GeboortedatumOfLeeftijd);

    public const string GeenPgbVoorAlgemeneVoorziening = nameof(GeenPgbVoorAlgemeneVoorziening);

    public const string GelijkgesteldeDagIsAnderszinsEenWerkdag = nameof(GelijkgesteldeDagIsAnderszinsEenWerkdag);

    public const string GelijkgesteldeDagNoemtBesluit = nameof(GelijkgesteldeDagNoemtBesluit);

    public const string GemeenteBesluitOverHerverdeling = nameof(GemeenteBesluitOverHerverdeling);

    public const string GemeenteHeeftBeleid = nameof(GemeenteHeeftBeleid);

    public const string GesprekHeeftVerslag = nameof(GesprekHeeftVerslag);

    public const string GesprekHoortBijVraag = nameof(GesprekHoortBijVraag);

    public const string GesprekIsNogOpen = nameof(GesprekIsNogOpen);

    public const string GesprekMetInwoner = nameof(GesprekMetInwoner);

    public const string GewezenOpPersoonlijkPlanNaMelding = nameof(GewezenOpPersoonlijkPlanNaMelding);

    public const string HerstelAlleenBijOntbrekendeGronden = nameof(HerstelAlleenBijOntbrekendeGronden);

    public const string HerstelNaOntvangst = nameof(HerstelNaOntvangst);

    public const string HersteltermijnNaVerzoek = nameof(HersteltermijnNaVerzoek);

    public const string HerverdelingIsGemotiveerd = nameof(HerverdelingIsGemotiveerd);

    public const string HerverdelingIsPositief = nameof(HerverdelingIsPositief);

    public const string HerverdelingToontClientaantallen = nameof(HerverdelingToontClientaantallen);

    public const string HoogstensEenActiefOndersteuningsplan = nameof(HoogstensEenActiefOndersteuningsplan);

    public const string HuishoudenHeeftNaam = nameof(HuishoudenHeeftNaam);

    public const string IngebrekestellingNaVerlopenTermijn = nameof(IngebrekestellingNaVerlopenTermijn);

    public const string IngegaanTariefLigtVast = nameof(IngegaanTariefLigtVast);

    public const string IntrekkingVereistEerderBericht = nameof(IntrekkingVereistEerderBericht);

    public const string InwonerHeeftNaam = nameof(InwonerHeeftNaam);

    public const string KeuzeIsBasisOfAanvullend = nameof(KeuzeIsBasisOfAanvullend);

    public const string KeuzeNaAfweging = nameof(KeuzeNaAfweging);

    public const string KlachtEscalatieNaUitkomst = nameof(KlachtEscalatieNaUitkomst);

    public const string KlachtHeeftOmschrijving = nameof(KlachtHeeftOmschrijving);

    public const string KlachtHoogsteNiveau = nameof(KlachtHoogsteNiveau);

    public const string KlachtNiveauOpen = nameof(KlachtNiveauOpen);

    public const string KlachtUitkomstNaStart = nameof(KlachtUitkomstNaStart);

    public const string KlachtUitkomstToegelicht = nameof(KlachtUitkomstToegelicht);

    public const string KoppelingOngedaanHeeftReden = nameof(KoppelingOngedaanHeeftReden);

    public const string LeefgebiedHeeftSituatie = nameof(LeefgebiedHeeftSituatie);

    public const string LidmaatschapBestaat = nameof(LidmaatschapBestaat);

    public const string LumpsumIsPositief = nameof(LumpsumIsPositief);

    public const string MaandBinnenJaar = nameof(MaandBinnenJaar);

    public const string MaatwerkgesprekVoorOvergangsdatum = nameof(MaatwerkgesprekVoorOvergangsdatum);

    public const string MantelzorgUrenBinnenWeek = nameof(MantelzorgUrenBinnenWeek);

    public const string MantelzorgerBestaat = nameof(MantelzorgerBestaat);

    public const string MantelzorgerHeeftNaam = nameof(MantelzorgerHeeftNaam);

    public const string NieuweVersieVolgtOpBeleid = nameof(NieuweVersieVolgtOpBeleid);

    public const string NotitieHeeftTekst = nameof(NotitieHeeftTekst);

    public const string OmvangGebruiktIwmoCode = nameof(OmvangGebruiktIwmoCode);

    public const string OmvangHeeftPositiefVolume = nameof(OmvangHeeftPositiefVolume);

    public const string OpschortingHeeftEinde = nameof(OpschortingHeeftEinde);

    public const string OpschortingHeeftGrond = nameof(OpschortingHeeftGrond);

    public const string OpschortingHeeftReden = nameof(OpschortingHeeftReden);

    public const string OpschortingMetToestemmingInwoner = nameof(OpschortingMetToestemmingInwoner);

    public const string OpschortingNietNaVerlopenTermijn = nameof(OpschortingNietNaVerlopenTermijn);

    public const string OpschortingNietVoorAanvraag = nameof(OpschortingNietVoorAanvraag);

    public const string OpschortingNietVoorMelding = nameof(OpschortingNietVoorMelding);

    public const string OpschortingTijdensOnderzoek = nameof(OpschortingTijdensOnderzoek);

    public const string OpschortingenOverlappenNiet = nameof(OpschortingenOverlappenNiet);

    public const string OrganisatieHeeftNaam = nameof(OrganisatieHeeftNaam);

    public const string OverdrachtAanAnderePersoon = nameof(OverdrachtAanAnderePersoon);

    public const string OverdrachtHeeftReden = nameof(OverdrachtHeeftReden);

    public const string OverdrachtVereistRegievoerder = nameof(OverdrachtVereistRegievoerder);

    public const string OvergangNaarWlzVereistWlzAanvraag = nameof(OvergangNaarWlzVereistWlzAanvraag);

    public const string PerceelAlleenVoorProfessioneleOndersteuning = nameof(PerceelAlleenVoorProfessioneleOndersteuning);

    public const string PerceelHeeftGelijkeDelen = nameof(PerceelHeeftGelijkeDelen);

    public const string PerceelInBegroting = nameof(PerceelInBegroting);

    public const string PerceelInVersie = nameof(PerceelInVersie);

    public const string PeriodeEindigtNietVoorStart = nameof(PeriodeEindigtNietVoorStart);

    public const string PeriodeIsJaarEnMaand = nameof(PeriodeIsJaarEnMaand);

    public const string PgbVereistBedragEnBerekening = nameof(PgbVereistBedragEnBerekening);

    public const string PgbVereistEigenMotivatie = nameof(PgbVereistEigenMotivatie);

    public const string PgbVereistKwaliteitswaarborg = nameof(PgbVereistKwaliteitswaarborg);

    public const string PgbVereistVaardigheidsmotivering = nameof(PgbVereistVaardigheidsmotivering);

    public const string PlanDoorBeroepskracht = nameof(PlanDoorBeroepskracht);

    public const string PlanHeeftDoelen = nameof(PlanHeeftDoelen);

    public const string PlanHoortBijHuishouden = nameof(PlanHoortBijHuishouden);

    public const string PlanIsNietAfgesloten = nameof(PlanIsNietAfgesloten);

    public const string PlanOfTermijnDatum = nameof(PlanOfTermijnDatum);

    public const string PlanStatusovergang = nameof(PlanStatusovergang);

    public const string PostcodeHeeftGeldigFormaat = nameof(PostcodeHeeftGeldigFormaat);

    public const string PoststempelNietNaOntvangst = nameof(PoststempelNietNaOntvangst);

    public const string ProductcodeHoortBijCategorie = nameof(ProductcodeHoortBijCategorie);

    public const string ProductcodeIsIwmoCode = nameof(ProductcodeIsIwmoCode);

    public const string ProductcodeVijfTekens = nameof(ProductcodeVijfTekens);

    public const string RealisatieAlleenVanGecontracteerdeAanbieder = nameof(RealisatieAlleenVanGecontracteerdeAanbieder);

    public const string RedenBeeindigingUitCodelijst = nameof(RedenBeeindigingUitCodelijst);

    public const string RedenWijzigingUitCodelijst = nameof(RedenWijzigingUitCodelijst);

    public const string RegiebeslissingHeeftReden = nameof(RegiebeslissingHeeftReden);

    public const string RegievoerderIsBeroepskrachtBasisondersteuning = nameof(RegievoerderIsBeroepskrachtBasisondersteuning);

    public const string RegionaleVoorzieningAltijdViaAdvies = nameof(RegionaleVoorzieningAltijdViaAdvies);

    public const string SignaalNoemtOverWie = nameof(SignaalNoemtOverWie);

    public const string SocialeKaartAlleenBijSocialeBasis = nameof(SocialeKaartAlleenBijSocialeBasis);

    public const string StartBinnenToewijzing = nameof(StartBinnenToewijzing);

    public const string StartNaStopNietMeerWijzigen = nameof(StartNaStopNietMeerWijzigen);

    public const string StartNietVoorIngangsdatum = nameof(StartNietVoorIngangsdatum);

    public const string StopBinnenToewijzing = nameof(StopBinnenToewijzing);

    public const string StopNietVoorStart = nameof(StopNietVoorStart);

    public const string StopVereistStart = nameof(StopVereistStart);

    public const string TariefBekendVoorJaar = nameof(TariefBekendVoorJaar);

    public const string TariefIsBedragPerPeriode = nameof(TariefIsBedragPerPeriode);

    public const string TariefjaarBestaat = nameof(TariefjaarBestaat);

    public const string TelaatBezwaarMotiveren = nameof(TelaatBezwaarMotiveren);

    public const string TermijnlengtesZijnRedelijk = nameof(TermijnlengtesZijnRedelijk);

    public const string TerugsturenMetOpmerkingen = nameof(TerugsturenMetOpmerkingen);

    public const string ToegestaneStatusovergang = nameof(ToegestaneStatusovergang);

    public const string ToekenningInNaturaLeidtTotToewijzing = nameof(ToekenningInNaturaLeidtTotToewijzing);

    public const string ToekenningNaAanvaardAdvies = nameof(ToekenningNaAanvaardAdvies);

    public const string ToewijzingBestaat = nameof(ToewijzingBestaat);

    public const string ToewijzingNummerBinnenIwmoBereik = nameof(ToewijzingNummerBinnenIwmoBereik);

    public const string UitkomstPastBijVoorziening = nameof(UitkomstPastBijVoorziening);

    public const string UitstelInstemmingVastgelegd = nameof(UitstelInstemmingVastgelegd);

    public const string UitstelMetInstemmingIndiener = nameof(UitstelMetInstemmingIndiener);

    public const string VerdagingHeeftReden = nameof(VerdagingHeeftReden);

    public const string VerdagingHoogstensZesWeken = nameof(VerdagingHoogstensZesWeken);

    public const string VerdagingNaarLatereDatum = nameof(VerdagingNaarLatereDatum);

    public const string VerdagingVoorEindeTermijn = nameof(VerdagingVoorEindeTermijn);

    public const string VerdelingVastNaHerverdeling = nameof(VerdelingVastNaHerverdeling);

    public const string VerschoonbaarAlleenBijTelaatBezwaar = nameof(VerschoonbaarAlleenBijTelaatBezwaar);

    public const string VerschoonbaarheidGemotiveerd = nameof(VerschoonbaarheidGemotiveerd);

    public const string VersieHeeftOmschrijving = nameof(VersieHeeftOmschrijving);

    public const string VerslagNaAfgerondGesprek = nameof(VerslagNaAfgerondGesprek);

    public const string VerwijzingLeidtTotToewijzing = nameof(VerwijzingLeidtTotToewijzing);

    public const string VerzendingNietInDeToekomst = nameof(VerzendingNietInDeToekomst);

    public const string VerzendingNietVoorHetBesluit = nameof(VerzendingNietVoorHetBesluit);

    public const string VerzoekAfhandelingBeschreven = nameof(VerzoekAfhandelingBeschreven);

    public const string VerzoekDoorBeroepskrachtAfgehandeld = nameof(VerzoekDoorBeroepskrachtAfgehandeld);

    public const string VerzoekEenmaalAfgehandeld = nameof(VerzoekEenmaalAfgehandeld);

    public const string VerzoekHeeftReferentie = nameof(VerzoekHeeftReferentie);

    public const string VerzoekPastBijVerwijzing = nameof(VerzoekPastBijVerwijzing);

    public const string VoorzieningHeeftGeldigeCode = nameof(VoorzieningHeeftGeldigeCode);

    public const string VoorzieningHeeftNaam = nameof(VoorzieningHeeftNaam);

    public const string VoorzieningStaatInCatalogus = nameof(VoorzieningStaatInCatalogus);

    public const string VoorzieningcodeIsUniek = nameof(VoorzieningcodeIsUniek);

    public const string VraagAchterDeVraagIngevuld = nameof(VraagAchterDeVraagIngevuld);

    public const string VrijstellingBestaat = nameof(VrijstellingBestaat);

    public const string WijkHeeftNaam = nameof(WijkHeeftNaam);

    public const string WijzigingGaatInNaVandaag = nameof(WijzigingGaatInNaVandaag);

    public const string WlzAanvraagBekend = nameof(WlzAanvraagBekend);

    public const string WlzAanvraagHoudtWmoOndersteuningInStand = nameof(WlzAanvraagHoudtWmoOndersteuningInStand);

    public const string WlzBesluitNaAanvraag = nameof(WlzBesluitNaAanvraag);

    public const string ZonderGrondenNaHersteltermijn = nameof(ZonderGrondenNaHersteltermijn);
}
