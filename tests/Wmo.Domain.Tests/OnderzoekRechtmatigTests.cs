using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>Independence of the cliëntondersteuner (Wmo 2015 art. 2.2.4; 001 §3.3): never the sociaal werker who handles the vraag.</summary>
public class OnafhankelijkeClientondersteunerTests
{
    [Fact]
    public void De_behandelaar_kan_niet_de_onafhankelijke_clientondersteuner_zijn()
    {
        var werker = SociaalWerker();
        var vraag = VraagMetGesprek(werker);
        Breekt(Regelnamen.BehandelaarIsGeenOnafhankelijkeClientondersteuner, () => vraag.WijsClientondersteunerToe(werker.GebruikerId, werker.Naam));
        Assert.Null(vraag.ClientondersteunerId);
        Assert.Null(vraag.ClientondersteunerNaam);
    }

    [Fact]
    public void Een_andere_gebruiker_kan_clientondersteuner_zijn()
    {
        var vraag = VraagMetGesprek(SociaalWerker());
        var collega = SociaalWerker("Marieke (MEE)");
        vraag.WijsClientondersteunerToe(collega.GebruikerId, collega.Naam, "MEE Friesland");
        Assert.Equal(collega.GebruikerId, vraag.ClientondersteunerId);
        Assert.Equal("MEE Friesland", vraag.ClientondersteunerOrganisatie);
    }

    [Fact]
    public void Een_clientondersteuner_buiten_het_portaal_heeft_naam_en_organisatie()
    {
        var vraag = VraagMetGesprek(SociaalWerker());
        vraag.WijsClientondersteunerToe(null, "  Henk Bakker ", " Zorgbelang ");
        Assert.Null(vraag.ClientondersteunerId);
        Assert.Equal("Henk Bakker", vraag.ClientondersteunerNaam);
        Assert.Equal("Zorgbelang", vraag.ClientondersteunerOrganisatie);
        Breekt(Regelnamen.ClientondersteunerHeeftNaam, () => vraag.WijsClientondersteunerToe(null, " ", "Zorgbelang"));
    }

    [Fact]
    public void De_clientondersteuner_kan_daarna_niet_de_vraag_in_behandeling_nemen()
    {
        var ondersteuner = SociaalWerker("Marieke");
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        vraag.WijsClientondersteunerToe(ondersteuner.GebruikerId, ondersteuner.Naam);
        Breekt(Regelnamen.BehandelaarIsGeenOnafhankelijkeClientondersteuner, () => vraag.StartVraagverheldering(ondersteuner));
        vraag.StartVraagverheldering(SociaalWerker());
        Assert.Equal(VraagStatus.InVraagverheldering, vraag.Status);
    }
}

/// <summary>Wmo 2015 art. 2.3.2 lid 2 and lid 8: the persoonlijk plan was pointed out, and the verslag of the onderzoek was given.</summary>
public class OnderzoeksverslagTests
{
    [Fact]
    public void Gewezen_op_het_persoonlijk_plan_wordt_met_datum_vastgelegd()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        vraag.LegGewezenOpPersoonlijkPlanVast(D(2021, 3, 1));
        Assert.Equal(D(2021, 3, 1), vraag.GewezenOpPersoonlijkPlanOp);
        Breekt(Regelnamen.GewezenOpPersoonlijkPlanNaMelding, () => vraag.LegGewezenOpPersoonlijkPlanVast(D(2021, 2, 28)));
    }

    [Fact]
    public void Verslag_verstrekt_wordt_met_datum_vastgelegd_en_binnen_de_termijn_getoetst()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        Assert.Null(vraag.VerslagBinnenOnderzoekstermijn(TermijnInstellingen.Wettelijk));
        vraag.LegVerslagVerstrektVast(D(2021, 3, 10));
        Assert.Equal(D(2021, 3, 10), vraag.VerslagVerstrektOp);
        Assert.True(vraag.VerslagBinnenOnderzoekstermijn(TermijnInstellingen.Wettelijk));

        vraag.LegVerslagVerstrektVast(D(2021, 4, 20)); // six weeks from 1 March end on 12 April
        Assert.False(vraag.VerslagBinnenOnderzoekstermijn(TermijnInstellingen.Wettelijk));
    }

    [Fact]
    public void Verslag_kan_pas_na_een_afgerond_gesprek()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        vraag.StartVraagverheldering(SociaalWerker());
        Breekt(Regelnamen.VerslagNaAfgerondGesprek, () => vraag.LegVerslagVerstrektVast(D(2021, 3, 5)));

        var metGesprek = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1)); // gesprek on 3 March
        Breekt(Regelnamen.VerslagNaAfgerondGesprek, () => metGesprek.LegVerslagVerstrektVast(D(2021, 3, 2)));
    }
}

/// <summary>Closing a vraag as "overgang naar Wlz" needs the recorded Wlz-aanvraag and its CIZ-besluit (000 L450).</summary>
public class OvergangNaarWlzTests
{
    [Fact]
    public void Overgang_naar_wlz_zonder_vastgelegde_wlz_aanvraag_wordt_geweigerd()
    {
        var werker = SociaalWerker();
        var vraag = VraagMetGesprek(werker);
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([]), werker, D(2021, 3, 5), Leeuwarden);
        Breekt(Regelnamen.OvergangNaarWlzVereistWlzAanvraag, () => vraag.SluitAf(Afsluitreden.OvergangNaarWlz, D(2021, 5, 1)));
        Assert.NotEqual(VraagStatus.Afgesloten, vraag.Status);
    }

    [Fact]
    public void Overgang_naar_wlz_legt_aanvraag_en_ciz_besluit_vast()
    {
        var werker = SociaalWerker();
        var vraag = VraagMetGesprek(werker);
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([]), werker, D(2021, 3, 5), Leeuwarden);
        vraag.MeldWlzAanvraag(D(2021, 4, 1));
        Breekt(Regelnamen.WlzBesluitNaAanvraag, () => vraag.RondWlzAanvraagAf(true, D(2021, 3, 31)));
        vraag.RondWlzAanvraagAf(true, D(2021, 4, 29));
        vraag.SluitAf(Afsluitreden.OvergangNaarWlz, D(2021, 5, 1));

        Assert.Equal(Afsluitreden.OvergangNaarWlz, vraag.Afsluitreden);
        Assert.Equal(D(2021, 4, 1), vraag.WlzAanvraagSinds);
        Assert.Equal(D(2021, 4, 29), vraag.WlzBesluitOp);
    }

    [Fact]
    public void Andere_afsluitredenen_vragen_geen_wlz_aanvraag()
    {
        var werker = SociaalWerker();
        var vraag = VraagMetGesprek(werker);
        vraag.SluitAf(Afsluitreden.InwonerZietAf, D(2021, 3, 20));
        Assert.Equal(VraagStatus.Afgesloten, vraag.Status);
    }
}

/// <summary>000 L727-731: a step of the order of checks that solves the question stops the path, unless motivated otherwise.</summary>
public class OplossendeStapTests
{
    private readonly Actor _werker = SociaalWerker();

    [Fact]
    public void Een_oplossende_stap_stopt_de_afweging()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.BeantwoordStap(Afwegingsstap.EigenKracht, false, "Kan niet meer zelf koken");
        vraag.BeantwoordStap(Afwegingsstap.GebruikelijkeHulp, true, "Partner neemt het huishouden over");
        var fout = Breekt("OplossendeStapStoptAfweging", () => vraag.BeantwoordStap(Afwegingsstap.Mantelzorg, false, "Geen mantelzorger"));
        Assert.Contains("GebruikelijkeHulp", fout.Message, StringComparison.Ordinal);
        Assert.True(vraag.Afweging.Single(a => a.Stap == Afwegingsstap.GebruikelijkeHulp).StoptAfweging);
    }

    [Fact]
    public void Met_motivering_waarom_het_niet_volstaat_gaat_de_afweging_door()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.BeantwoordStap(Afwegingsstap.EigenKracht, true, "Kan een deel zelf", "Persoonlijke verzorging lukt niet zelf");
        vraag.BeantwoordStap(Afwegingsstap.GebruikelijkeHulp, false, "Woont alleen");
        Assert.Equal(2, vraag.Afweging.Count);
        Assert.False(vraag.Afweging[0].StoptAfweging);
        Assert.Equal("Persoonlijke verzorging lukt niet zelf", vraag.Afweging[0].WaaromNietToereikend);
    }

    [Fact]
    public void Een_uitkomst_voorbij_een_oplossende_stap_wordt_geweigerd()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.SocialeBasis);
        vraag.BeantwoordStap(Afwegingsstap.SocialeBasis, true, "Maatje en sollicitatieclub");
        Breekt("OplossendeStapStoptAfweging", () =>
            vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", D(2021, 3, 8)), _werker, D(2021, 3, 5), Leeuwarden));

        // The sociale basis itself remains a lawful uitkomst: the path stopped there.
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([]), _werker, D(2021, 3, 5), Leeuwarden);
        Assert.Equal(VraagStatus.UitkomstVastgelegd, vraag.Status);
    }
}

/// <summary>No besluit without a lawful path (issue 11): a completed onderzoek, and an afwijzing without advies only explicitly by a toetser.</summary>
public class RechtmatigPadTests
{
    private readonly Actor _werker = SociaalWerker();

    private Wmo.Domain.Besluiten.ZwaarwegendAdvies Advies(Ondersteuningsvraag vraag) =>
        new(vraag.Id, _werker, "AO-TO", new Wmo.Domain.ValueObjects.Omvang(3, Wmo.Domain.ValueObjects.Eenheid.Uur, Wmo.Domain.ValueObjects.Frequentie.PerWeek),
            new Wmo.Domain.ValueObjects.Periode(D(2021, 4, 1), D(2022, 3, 31)), Wmo.Domain.Besluiten.Leveringsvorm.ZorgInNatura, "Specialistische begeleiding nodig.");

    [Fact]
    public void Advies_zonder_afgerond_onderzoek_wordt_niet_ingediend()
    {
        var vraag = VraagMetGesprek(_werker);
        vraag.DienAanvraagIn(D(2021, 3, 20));
        Assert.True(vraag.AanvraagVoorOnderzoek);
        var advies = Advies(vraag);
        advies.DienIn();
        Breekt("BesluitNaAfgerondOnderzoek", () => vraag.MarkeerAdviesIngediend(advies));

        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning); // the onderzoek goes on while the aanvraag waits for its advies
        vraag.MarkeerAdviesIngediend(advies);
        Assert.Equal(VraagStatus.AdviesIngediend, vraag.Status);
    }

    [Fact]
    public void Directe_aanvraag_zonder_melding_wordt_binnen_de_beslistermijn_onderzocht_en_zo_vastgelegd()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        vraag.DienAanvraagIn(D(2021, 3, 1));
        Assert.True(vraag.AanvraagVoorOnderzoek);
        Assert.Null(vraag.OnderzoekBinnenBeslistermijn(TermijnInstellingen.Wettelijk));
        Assert.True(vraag.OnderzoekLoopt);

        vraag.LegClientondersteuningAangebodenVast(D(2021, 3, 2));
        var gesprek = vraag.PlanGesprek(D(2021, 3, 8), Gesprekslocatie.Thuis, [new Deelnemer("Inwoner", DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "Onderzoek na de aanvraag.");
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);

        Assert.True(vraag.OnderzoekAfgerond);
        Assert.True(vraag.OnderzoekBinnenBeslistermijn(TermijnInstellingen.Wettelijk)); // the beslistermijn ends on 15 March
    }

    [Fact]
    public void Een_onderzoek_na_de_beslistermijn_wordt_zo_getoond()
    {
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid());
        vraag.DienAanvraagIn(D(2021, 3, 1));
        vraag.LegClientondersteuningAangebodenVast(D(2021, 3, 2));
        var gesprek = vraag.PlanGesprek(D(2021, 3, 22), Gesprekslocatie.Thuis, [new Deelnemer("Inwoner", DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "Te laat gesprek.");
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);
        Assert.False(vraag.OnderzoekBinnenBeslistermijn(TermijnInstellingen.Wettelijk));
    }

    [Fact]
    public void Een_afgewezen_aanvraag_zonder_advies_vraagt_een_toetser_en_een_afgerond_onderzoek()
    {
        var inwoner = Inwoner();
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), inwoner.Id, D(2021, 3, 1), Guid.NewGuid());
        vraag.DienAanvraagIn(D(2021, 3, 1));
        Breekt("BesluitNaAfgerondOnderzoek", () => Beschikken.WijsAanvraagAf(vraag, inwoner, Toetser(), "Geen noodzaak.", "WMO-2021-000100", D(2021, 3, 10)));
        Assert.Null(vraag.BeschikkingId);

        vraag.LegClientondersteuningAangebodenVast(D(2021, 3, 2));
        var gesprek = vraag.PlanGesprek(D(2021, 3, 3), Gesprekslocatie.Thuis, [new Deelnemer("Inwoner", DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "Onderzoek.");
        vraag.BeantwoordStap(Afwegingsstap.EigenKracht, true, "Kan het huishouden zelf met aanpassingen"); // stops the afweging: complete
        Breekt(Regelnamen.AlleenGemeenteBeschikt, () => Beschikken.WijsAanvraagAf(vraag, inwoner, _werker, "Geen noodzaak.", "WMO-2021-000100", D(2021, 3, 10)));
        Breekt(Regelnamen.BeschikkingIsGemotiveerd, () => Beschikken.WijsAanvraagAf(vraag, inwoner, Toetser(), " ", "WMO-2021-000100", D(2021, 3, 10)));

        var afwijzing = Beschikken.WijsAanvraagAf(vraag, inwoner, Toetser(), "Eigen kracht volstaat.", "WMO-2021-000100", D(2021, 3, 10));
        Assert.Equal(Wmo.Domain.Besluiten.BeschikkingSoort.Afwijzing, afwijzing.Soort);
        Assert.Equal(VraagStatus.Beschikt, vraag.Status);
        Assert.Equal(D(2021, 3, 10), afwijzing.GenomenOp);
    }

    [Fact]
    public void Zonder_advies_geen_toekenning()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.Basisondersteuning);
        vraag.DienAanvraagIn(D(2021, 3, 20));
        var advies = Advies(vraag);
        advies.DienIn();
        advies.Keur(Toetser(), null, null, Moment);
        var toekenning = Wmo.Domain.Besluiten.Beschikking.KenToe("WMO-2021-000101", advies, vraag.InwonerId, Toetser(), null, Leeuwarden, D(1976, 3, 1), false,
            Wmo.Domain.Besluiten.Duurbeleid.Leeuwarden, "m");
        Breekt(Regelnamen.ToekenningNaAanvaardAdvies, () => vraag.MarkeerBeschikt(toekenning));
    }
}
