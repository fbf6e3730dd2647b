using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Plannen;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class VraagverhelderingTests
{
    private readonly Actor _werker = SociaalWerker();

    [Fact]
    public void Vrijwilliger_start_geen_vraagverheldering()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        Assert.Equal("AlleenBeroepskrachtDoetOnderzoek", Assert.Throws<DomainException>(() => vraag.StartVraagverheldering(Vrijwilliger())).Regel);
    }

    [Fact]
    public void Gesprek_wordt_pas_afgerond_nadat_clientondersteuning_is_aangeboden()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        vraag.StartVraagverheldering(_werker);
        var gesprek = vraag.PlanGesprek(D(2021, 3, 3), Gesprekslocatie.Thuis,
            [new Deelnemer("Jelle", DeelnemerRol.Inwoner), new Deelnemer("Anna", DeelnemerRol.Mantelzorger)]);

        var fout = Assert.Throws<DomainException>(() => vraag.RondGesprekAf(gesprek.Id, "verslag"));
        Assert.Equal("ClientondersteuningAangebodenVoorAfrondenGesprek", fout.Regel);

        vraag.LegClientondersteuningAangebodenVast(D(2021, 3, 3));
        vraag.RondGesprekAf(gesprek.Id, "verslag");
        Assert.True(gesprek.IsAfgerond);
        Assert.Equal(2, gesprek.Deelnemers.Count);
    }

    [Fact]
    public void Meerdere_gesprekken_op_verschillende_plekken_zijn_mogelijk()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.PlanGesprek(D(2021, 3, 10), Gesprekslocatie.Buurtkamer, [new Deelnemer("Vertegenwoordiger", DeelnemerRol.Vertegenwoordiger)]);
        Assert.Equal(2, vraag.Gesprekken.Count);
    }

    [Fact]
    public void Gesprek_zonder_inwoner_of_vertegenwoordiger_wordt_geweigerd()
    {
        var vraag = VraagMetGesprek(_werker);
        Breekt(Regelnamen.GesprekMetInwoner, () => vraag.PlanGesprek(D(2021, 3, 10), Gesprekslocatie.Anders, [new Deelnemer("Buur", DeelnemerRol.Anders)]));
    }

    [Fact]
    public void Stappen_van_de_afweging_worden_in_vaste_volgorde_beantwoord()
    {
        var vraag = VraagMetGesprek(_werker);
        var fout = Assert.Throws<DomainException>(() => vraag.BeantwoordStap(Afwegingsstap.Mantelzorg, false, "dochter is overbelast"));
        Assert.Equal("VasteVolgordeVanAfweging", fout.Regel);
        Assert.Contains("Beantwoord eerst de eerdere stappen 1 en 2 van de vaste volgorde.", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uitgesloten_stap_vereist_een_motivering()
    {
        var vraag = VraagMetGesprek(_werker);
        Assert.Equal("UitgeslotenStapHeeftMotivering", Assert.Throws<DomainException>(() => vraag.BeantwoordStap(Afwegingsstap.EigenKracht, false, "")).Regel);
        vraag.BeantwoordStap(Afwegingsstap.EigenKracht, true, null);
        Assert.Single(vraag.Afweging);
    }

    [Fact]
    public void Leefgebied_situatie_wordt_per_leefgebied_bijgehouden()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.BeschrijfLeefgebied(Leefgebied.FinancienSchulden, "Schulden uit periode op straat");
        vraag.BeschrijfLeefgebied(Leefgebied.FinancienSchulden, "Schulden, traject gestart");
        vraag.BeschrijfLeefgebied(Leefgebied.WelzijnSocialeRelaties, "Weinig contacten");
        Assert.Equal(2, vraag.Leefgebieden.Count);
        Assert.Equal("Schulden, traject gestart", vraag.Leefgebieden[0].Situatie);
    }

    [Fact]
    public void Persoonlijk_plan_ontvangst_en_termijn_worden_vastgelegd()
    {
        var vraag = VraagMetGesprek(_werker, D(2021, 3, 1));
        vraag.LegPersoonlijkPlanOntvangenVast(D(2021, 3, 5));
        Assert.Equal(D(2021, 3, 5), vraag.PersoonlijkPlanOntvangenOp);
        Assert.Equal(D(2021, 3, 8), vraag.PersoonlijkPlanTermijn(TermijnInstellingen.Wettelijk).Einddatum);
    }
}

public class UitkomstTests
{
    private readonly Actor _werker = SociaalWerker();

    [Fact]
    public void Vrijwilliger_legt_geen_uitkomst_vast()
    {
        var vraag = VraagMetGesprek(_werker);
        var fout = Assert.Throws<DomainException>(() => vraag.LegUitkomstVast(Uitkomst.SocialeBasis([]), Vrijwilliger(), D(2021, 3, 5), Leeuwarden));
        Assert.Equal("VrijwilligerLegtGeenUitkomstVast", fout.Regel);
    }

    [Fact]
    public void Alleen_beroepskracht_verwijst_naar_aanvullende_ondersteuning()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.AanvullendeOndersteuning);
        var fout = Assert.Throws<DomainException>(() => vraag.LegUitkomstVast(
            Uitkomst.AanvullendViaVerwijzing("AO-TO", Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding), Toetser(), D(2021, 3, 5), Leeuwarden));
        Assert.Equal("AlleenBeroepskrachtVerwijstNaarAanvullend", fout.Regel);
    }

    [Fact]
    public void Toetser_legt_geen_uitkomst_vast() =>
        Assert.Equal("AlleenBeroepskrachtLegtUitkomstVast", Assert.Throws<DomainException>(() =>
            VraagMetGesprek(_werker).LegUitkomstVast(Uitkomst.SocialeBasis([]), Toetser(), D(2021, 3, 5), Leeuwarden)).Regel);

    [Fact]
    public void Uitkomst_volgt_op_een_afgerond_gesprek()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        vraag.StartVraagverheldering(_werker);
        Assert.Equal("UitkomstNaAfgerondGesprek", Assert.Throws<DomainException>(() =>
            vraag.LegUitkomstVast(Uitkomst.SocialeBasis([]), _werker, D(2021, 3, 5), Leeuwarden)).Regel);
    }

    [Fact]
    public void Sociale_basis_vereist_niet_de_volledige_afweging()
    {
        var vraag = VraagMetGesprek(_werker);
        var maatje = Guid.NewGuid();
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([maatje]), _werker, D(2021, 3, 5), Leeuwarden);
        Assert.Equal(VraagStatus.UitkomstVastgelegd, vraag.Status);
        Assert.Equal(maatje, Assert.Single(vraag.Uitkomst!.SocialeKaartAanbodIds));
    }

    [Fact]
    public void Basisondersteuning_vereist_eerst_de_afweging_tot_en_met_sociale_basis()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.SocialeBasis);
        var uitkomst = Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", D(2021, 3, 8));

        var fout = Assert.Throws<DomainException>(() => vraag.LegUitkomstVast(uitkomst, _werker, D(2021, 3, 5), Leeuwarden));
        Assert.Equal("AfwegingDoorlopenVoorUitkomstBovenSocialeBasis", fout.Regel);

        vraag.BeantwoordStap(Afwegingsstap.SocialeBasis, true, "Maatje helpt deels", "Het maatje helpt alleen met contacten, niet met het huishouden");
        vraag.LegUitkomstVast(uitkomst, _werker, D(2021, 3, 5), Leeuwarden);
        Assert.Equal(VraagStatus.UitkomstVastgelegd, vraag.Status);
        Assert.Null(vraag.Aanvraagdatum);
    }

    private Ondersteuningsvraag MetBasisondersteuning(DateOnly start)
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);
        vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", start), _werker, D(2021, 3, 5), Leeuwarden);
        return vraag;
    }

    [Fact]
    public void Einde_van_basisondersteuning_wordt_los_van_het_afsluiten_vastgelegd()
    {
        var vraag = MetBasisondersteuning(D(2021, 3, 8));
        Assert.True(vraag.LooptBasisondersteuning);

        vraag.SluitAf(Afsluitreden.Afgerond, D(2021, 4, 1));
        Assert.Equal(VraagStatus.Afgesloten, vraag.Status);
        Assert.Null(vraag.Uitkomst!.Einddatum); // the vraag is done, the support runs on

        vraag.BeeindigBasisondersteuning(D(2021, 9, 30), _werker);
        Assert.Equal(D(2021, 9, 30), vraag.Uitkomst.Einddatum);
        Assert.False(vraag.LooptBasisondersteuning);

        vraag.BeeindigBasisondersteuning(D(2021, 10, 15), _werker); // a correction
        Assert.Equal(D(2021, 10, 15), vraag.Uitkomst.Einddatum);
    }

    [Fact]
    public void Einde_van_basisondersteuning_niet_voor_de_start_alleen_door_sociaal_werker_en_alleen_bij_basisondersteuning()
    {
        var vraag = MetBasisondersteuning(D(2021, 3, 8));

        Breekt(Regelnamen.EindeNietVoorStart, () => vraag.BeeindigBasisondersteuning(D(2021, 3, 7), _werker));
        Breekt("AlleenBeroepskrachtBeeindigtBasisondersteuning", () => vraag.BeeindigBasisondersteuning(D(2021, 4, 1), Beheerder()));
        Assert.Null(vraag.Uitkomst!.Einddatum);
        vraag.BeeindigBasisondersteuning(D(2021, 3, 8), _werker); // one day of support
        Assert.Equal(D(2021, 3, 8), vraag.Uitkomst.Einddatum);

        var sociaal = VraagMetGesprek(_werker);
        SluitStappenUitTot(sociaal, Afwegingsstap.SocialeBasis);
        sociaal.LegUitkomstVast(Uitkomst.SocialeBasis([Guid.NewGuid()]), _werker, D(2021, 3, 5), Leeuwarden);
        Breekt("EindeAlleenVoorBasisondersteuning", () => sociaal.BeeindigBasisondersteuning(D(2021, 4, 1), _werker));
    }

    [Theory]
    [InlineData(Afsluitreden.Overleden)]
    [InlineData(Afsluitreden.Verhuisd)]
    [InlineData(Afsluitreden.InwonerZietAf)]
    public void Afsluiten_om_een_andere_reden_dan_afgerond_beeindigt_lopende_basisondersteuning(Afsluitreden reden)
    {
        var lopend = MetBasisondersteuning(D(2021, 3, 8));
        lopend.SluitAf(reden, D(2021, 6, 10));
        Assert.Equal(D(2021, 6, 10), lopend.Uitkomst!.Einddatum);

        var alBeeindigd = MetBasisondersteuning(D(2021, 3, 8));
        alBeeindigd.BeeindigBasisondersteuning(D(2021, 5, 31), _werker);
        alBeeindigd.SluitAf(reden, D(2021, 6, 10));
        Assert.Equal(D(2021, 5, 31), alBeeindigd.Uitkomst!.Einddatum);

        var nooitGestart = MetBasisondersteuning(D(2021, 7, 1));
        nooitGestart.SluitAf(reden, D(2021, 6, 10));
        Assert.Equal(D(2021, 6, 30), nooitGestart.Uitkomst!.Einddatum); // before its start: no day of support remains
    }

    [Fact]
    public void Basisondersteuning_vereist_een_beschikking_als_beschikkingsvrij_is_uitgezet()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);
        vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", D(2021, 3, 8)), _werker, D(2021, 3, 5),
            Voorzieningencatalogus.Leeuwarden2021(basisondersteuningBeschikkingsvrij: false));
        Assert.Equal(VraagStatus.AdviesVereist, vraag.Status);
    }

    [Fact]
    public void Regionale_voorziening_loopt_altijd_via_zwaarwegend_advies()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.AanvullendeOndersteuning);
        var fout = Assert.Throws<DomainException>(() => vraag.LegUitkomstVast(
            Uitkomst.AanvullendViaVerwijzing("RV-BW", Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding), _werker, D(2021, 3, 5), Leeuwarden));
        Assert.Equal(Regelnamen.RegionaleVoorzieningAltijdViaAdvies, fout.Regel);

        vraag.LegUitkomstVast(Uitkomst.RegionaleVoorziening("RV-BW"), _werker, D(2021, 3, 5), Leeuwarden);
        Assert.Equal(VraagStatus.AdviesVereist, vraag.Status);
    }

    [Fact]
    public void Verwijzing_gaat_naar_het_perceel_van_de_voorziening()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.AanvullendeOndersteuning);
        Assert.Equal(Regelnamen.UitkomstPastBijVoorziening, Assert.Throws<DomainException>(() => vraag.LegUitkomstVast(
            Uitkomst.AanvullendViaVerwijzing("AO-HH", Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding), _werker, D(2021, 3, 5), Leeuwarden)).Regel);
    }

    [Fact]
    public void Advies_of_doorverwijzing_sluit_de_vraag_af()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.LegUitkomstVast(Uitkomst.AdviesDoorverwijzing("Zorgverzekeraar (Zvw)"), _werker, D(2021, 3, 5), Leeuwarden);
        Assert.Equal(VraagStatus.Afgesloten, vraag.Status);
    }
}

public class AanvraagTests
{
    private readonly Actor _werker = SociaalWerker();

    [Fact]
    public void Inwoner_kan_altijd_een_beschikking_aanvragen_ook_na_advies_sociale_basis()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([Guid.NewGuid()]), _werker, D(2021, 3, 5), Leeuwarden);
        vraag.DienAanvraagIn(D(2021, 3, 22));
        Assert.Equal(VraagStatus.AdviesVereist, vraag.Status);
        Assert.Equal(D(2021, 4, 6), vraag.Beschikkingstermijn(TermijnInstellingen.Wettelijk)!.Einddatum);
    }

    [Fact]
    public void Inwoner_kan_ook_na_een_doorverwijzing_nog_aanvragen()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.LegUitkomstVast(Uitkomst.AdviesDoorverwijzing("Wlz-loket"), _werker, D(2021, 3, 5), Leeuwarden);
        vraag.DienAanvraagIn(D(2021, 3, 20));
        Assert.Equal(VraagStatus.AdviesVereist, vraag.Status);
    }

    [Fact]
    public void Een_lopende_aanvraag_wordt_niet_dubbel_ingediend()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.DienAanvraagIn(D(2021, 3, 20));
        Assert.Equal(Regelnamen.AanvraagLooptAl, Assert.Throws<DomainException>(() => vraag.DienAanvraagIn(D(2021, 3, 21))).Regel);
    }

    [Fact]
    public void Ongeldige_statusovergang_is_een_domeinfout()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        var afwijzing = Wmo.Domain.Besluiten.Beschikking.WijsAf("WMO-2021-000001", vraag.Id, vraag.InwonerId, Toetser(), null, null, "motivering");
        var fout = Assert.Throws<DomainException>(() => vraag.MarkeerBeschikt(afwijzing));
        Assert.Equal(Regelnamen.ToegestaneStatusovergang, fout.Regel);
        Assert.Equal("Deze stap past niet bij waar de ondersteuningsvraag nu staat. Bekijk de stappen op de pagina van de vraag.", fout.Message);
    }
}

public class WlzEnOpschortingTests
{
    private readonly Actor _werker = SociaalWerker();

    [Fact]
    public void Lopende_wlz_aanvraag_houdt_wmo_ondersteuning_in_stand()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([]), _werker, D(2021, 3, 5), Leeuwarden);
        vraag.MeldWlzAanvraag(D(2021, 4, 1));

        var fout = Assert.Throws<DomainException>(() => vraag.SluitAf(Afsluitreden.OvergangNaarWlz, D(2021, 4, 15)));
        Assert.Equal(Regelnamen.WlzAanvraagHoudtWmoOndersteuningInStand, fout.Regel);

        vraag.RondWlzAanvraagAf(toegekend: true, D(2021, 4, 28));
        vraag.SluitAf(Afsluitreden.OvergangNaarWlz, D(2021, 5, 1));
        Assert.Equal(VraagStatus.Afgesloten, vraag.Status);
    }

    [Fact]
    public void Afgewezen_wlz_aanvraag_beeindigt_de_wmo_ondersteuning_niet()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.MeldWlzAanvraag(D(2021, 4, 1));
        vraag.RondWlzAanvraagAf(toegekend: false, D(2021, 4, 28));
        Breekt(Regelnamen.WlzAanvraagHoudtWmoOndersteuningInStand, () => vraag.SluitAf(Afsluitreden.OvergangNaarWlz, D(2021, 5, 1)));
    }

    [Fact]
    public void Opschorting_met_reden_verlengt_de_onderzoekstermijn()
    {
        var vraag = VraagMetGesprek(_werker, D(2021, 3, 1));
        Assert.Equal(Regelnamen.OpschortingHeeftReden, Assert.Throws<DomainException>(() => vraag.SchortOnderzoekOp(D(2021, 3, 10), "", true, TermijnInstellingen.Wettelijk, D(2021, 3, 10))).Regel);

        vraag.SchortOnderzoekOp(D(2021, 3, 10), "Inwoner vraagt bedenktijd", true, TermijnInstellingen.Wettelijk, D(2021, 3, 10));
        Assert.True(vraag.IsOpgeschort);
        Assert.Equal(D(2021, 4, 15), vraag.Onderzoekstermijn(TermijnInstellingen.Wettelijk, D(2021, 3, 12)).Einddatum);

        vraag.HervatOnderzoek(D(2021, 3, 19), D(2021, 3, 19));
        Assert.Equal(D(2021, 4, 22), vraag.Onderzoekstermijn(TermijnInstellingen.Wettelijk, D(2021, 4, 1)).Einddatum);
    }
}

/// <summary>The cross-aggregate steps take the other aggregate and check it belongs to this vraag.</summary>
public class KoppelingAanDeVraagTests
{
    private readonly Actor _werker = SociaalWerker();

    [Fact]
    public void Advies_van_een_andere_vraag_wordt_niet_ingediend_op_deze_vraag()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.DienAanvraagIn(D(2021, 3, 20));
        var anderAdvies = Advies(Guid.NewGuid());

        var fout = Assert.Throws<DomainException>(() => vraag.MarkeerAdviesIngediend(anderAdvies));
        Assert.Equal(Regelnamen.AdviesHoortBijVraag, fout.Regel);
    }

    [Fact]
    public void Het_ingediende_advies_draagt_de_aanvraagdatum_van_de_vraag_ook_na_terugsturen_en_opnieuw_indienen()
    {
        // Issue 15: the toetser's queue sorts on the advies' own copy of the aanvraagdatum; it must be the vraag's at every submission.
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);
        var concept = new Wmo.Domain.Besluiten.ZwaarwegendAdvies(vraag.Id, _werker, "AO-TO", new Wmo.Domain.ValueObjects.Omvang(3, Wmo.Domain.ValueObjects.Eenheid.Uur, Wmo.Domain.ValueObjects.Frequentie.PerWeek),
            new Wmo.Domain.ValueObjects.Periode(D(2021, 4, 1), D(2022, 3, 31)), Wmo.Domain.Besluiten.Leveringsvorm.ZorgInNatura, "Specialistische begeleiding is nodig.");
        Assert.Null(concept.Aanvraagdatum);

        vraag.DienAanvraagIn(D(2021, 3, 20));
        concept.DienIn(D(2021, 3, 22));
        vraag.MarkeerAdviesIngediend(concept);
        Assert.Equal(D(2021, 3, 20), concept.Aanvraagdatum);
        Assert.Equal(vraag.Aanvraagdatum, concept.Aanvraagdatum);

        concept.StuurTerug(Toetser(), null, "Onderbouw de omvang.", new DateTimeOffset(2021, 3, 25, 9, 0, 0, TimeSpan.Zero));
        vraag.MarkeerAdviesTeruggestuurd();
        concept.Herzie(_werker, new Wmo.Domain.ValueObjects.Omvang(4, Wmo.Domain.ValueObjects.Eenheid.Uur, Wmo.Domain.ValueObjects.Frequentie.PerWeek), concept.Periode,
            Wmo.Domain.Besluiten.Leveringsvorm.ZorgInNatura, "Onderbouwd.");
        concept.DienIn(D(2021, 3, 29));
        vraag.MarkeerAdviesIngediend(concept);
        Assert.Equal(vraag.Aanvraagdatum, concept.Aanvraagdatum);
        Assert.Equal(D(2021, 3, 29), concept.IngediendOp);
    }

    [Fact]
    public void Getoetst_alleen_met_het_eigen_ingediende_advies()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);
        vraag.DienAanvraagIn(D(2021, 3, 20));
        var advies = Advies(vraag.Id);
        vraag.MarkeerAdviesIngediend(advies);

        var fout = Assert.Throws<DomainException>(() => vraag.MarkeerGetoetst(Advies(vraag.Id)));
        Assert.Equal(Regelnamen.AdviesHoortBijVraag, fout.Regel);
    }

    [Fact]
    public void Beschikking_van_een_andere_vraag_beschikt_deze_vraag_niet()
    {
        var vraag = VraagMetGesprek(_werker);
        var andere = Wmo.Domain.Besluiten.Beschikking.WijsAf("WMO-2021-000002", Guid.NewGuid(), vraag.InwonerId, Toetser(), null, null, "motivering");

        var fout = Assert.Throws<DomainException>(() => vraag.MarkeerBeschikt(andere));
        Assert.Equal(Regelnamen.BeschikkingHoortBijVraag, fout.Regel);
    }

    [Fact]
    public void KanAfsluiten_zegt_wat_SluitAf_toestaat_ook_niet_terwijl_het_advies_bij_de_toetser_ligt()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);
        vraag.DienAanvraagIn(D(2021, 3, 20));
        vraag.MarkeerAdviesIngediend(Advies(vraag.Id));

        Assert.False(vraag.KanAfsluiten);
        Assert.False(vraag.IsAfgesloten);
        Assert.Equal(Regelnamen.ToegestaneStatusovergang, Assert.Throws<DomainException>(() => vraag.SluitAf(Afsluitreden.Afgerond, D(2021, 3, 21))).Regel);

        var andere = VraagMetGesprek(_werker);
        Assert.True(andere.KanAfsluiten);
        andere.SluitAf(Afsluitreden.Afgerond, D(2021, 3, 21));
        Assert.True(andere.IsAfgesloten);
    }

    private Wmo.Domain.Besluiten.ZwaarwegendAdvies Advies(Guid vraagId)
    {
        var advies = new Wmo.Domain.Besluiten.ZwaarwegendAdvies(vraagId, _werker, "AO-TO", new Wmo.Domain.ValueObjects.Omvang(3, Wmo.Domain.ValueObjects.Eenheid.Uur, Wmo.Domain.ValueObjects.Frequentie.PerWeek),
            new Wmo.Domain.ValueObjects.Periode(D(2021, 4, 1), D(2022, 3, 31)), Wmo.Domain.Besluiten.Leveringsvorm.ZorgInNatura, "Specialistische begeleiding is nodig.");
        advies.DienIn();
        return advies;
    }
}
