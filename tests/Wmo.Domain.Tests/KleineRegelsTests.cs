using Wmo.Domain.Termijnen;
using Wmo.Domain.Afweging;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Plannen;
using Wmo.Domain.Transitie;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>The small guard rules, one test each, so every named rule is known to fire.</summary>
public class KleineRegelsTests
{
    private static string Regel(Action actie) => Assert.Throws<DomainException>(actie).Regel;

    [Fact]
    public void Regie_overdragen_kan_pas_als_er_een_regievoerder_is() =>
        Assert.Equal(Regelnamen.OverdrachtVereistRegievoerder, Regel(() => new Huishouden("X").DraagRegieOver(SociaalWerker(), "reden", SociaalWerker(), Moment)));

    [Fact]
    public void Regie_overdragen_aan_de_huidige_regievoerder_is_geen_overdracht()
    {
        var huishouden = new Huishouden("X");
        var werker = SociaalWerker();
        huishouden.WijsRegievoerderToe(werker, werker, Moment);
        Assert.Equal(Regelnamen.OverdrachtAanAnderePersoon, Regel(() => huishouden.DraagRegieOver(werker, "reden", werker, Moment)));
    }

    [Fact]
    public void Alleen_een_lid_kan_zijn_lidmaatschap_beeindigen() =>
        Assert.Equal(Regelnamen.LidmaatschapBestaat, Regel(() => new Huishouden("X").BeeindigLidmaatschap(Guid.NewGuid(), D(2021, 1, 1))));

    [Fact]
    public void Afgerond_gesprek_wordt_niet_nogmaals_afgerond()
    {
        var vraag = VraagMetGesprek(SociaalWerker());
        Assert.Equal(Regelnamen.GesprekIsNogOpen, Regel(() => vraag.RondGesprekAf(vraag.Gesprekken[0].Id, "nogmaals")));
    }

    [Fact]
    public void Onderzoek_wordt_niet_tweemaal_tegelijk_opgeschort()
    {
        var vraag = VraagMetGesprek(SociaalWerker());
        vraag.SchortOnderzoekOp(D(2021, 3, 10), "wacht op huisarts", true, TermijnInstellingen.Wettelijk, D(2021, 3, 10));
        Assert.Equal(Regelnamen.OpschortingTijdensOnderzoek, Regel(() => vraag.SchortOnderzoekOp(D(2021, 3, 11), "nog eens", true, TermijnInstellingen.Wettelijk, D(2021, 3, 11))));
    }

    [Fact]
    public void Wlz_aanvraag_kan_pas_worden_afgerond_als_hij_bekend_is() =>
        Assert.Equal(Regelnamen.WlzAanvraagBekend, Regel(() => VraagMetGesprek(SociaalWerker()).RondWlzAanvraagAf(true, D(2021, 4, 1))));

    [Fact]
    public void Aanbieder_heeft_een_contract_per_perceel()
    {
        var jaar = BegrotingsjaarTests.Jaar2021();
        var partij = Guid.NewGuid();
        jaar.Contracteer(partij, Perceel.HulpBijHetHuishouden, ContractRol.Onderaannemer, BegrotingsjaarTests.HeelJaar);
        Assert.Equal(Regelnamen.EenContractPerPerceel, Regel(() => jaar.Contracteer(partij, Perceel.HulpBijHetHuishouden, ContractRol.Onderaannemer, BegrotingsjaarTests.HeelJaar)));
    }

    [Fact]
    public void Herverdeling_gaat_tussen_twee_verschillende_percelen() =>
        Assert.Equal("HerverdelingTussenBasisEnAanvullend", Regel(() => BegrotingsjaarTests.Jaar2021().VraagHerverdelingAan(
            Perceel.Basisondersteuning, Perceel.Basisondersteuning, 1m, Guid.NewGuid(), Guid.NewGuid(), new Clientaantallen(1, 1), "x", D(2021, 1, 1))));

    [Fact]
    public void Uitgaven_horen_bij_een_maand_van_het_jaar() =>
        Assert.Equal(Regelnamen.MaandBinnenJaar, Regel(() => BegrotingsjaarTests.Jaar2021().RegistreerUitgaven(Guid.NewGuid(), Perceel.Basisondersteuning, 13, 1m)));

    [Fact]
    public void Evaluatie_heeft_een_toelichting()
    {
        var huishouden = new Huishouden("X");
        var plan = new Ondersteuningsplan(huishouden.Id, SociaalWerker(), D(2021, 1, 1));
        var doel = plan.VoegDoelToe(Leefgebied.Gezondheid, "Gezond eten", Doelsoort.Stabiliseren, D(2021, 6, 1));
        huishouden.ActiveerPlan(plan, D(2021, 1, 2));
        Assert.Equal(Regelnamen.EvaluatieHeeftToelichting, Regel(() => plan.EvalueerDoel(doel.Id, EvaluatieUitkomst.Behaald, " ", D(2021, 6, 1), null, D(2021, 6, 1))));
    }

    [Fact]
    public void Afgesloten_plan_wordt_niet_meer_gewijzigd()
    {
        var huishouden = new Huishouden("X");
        var plan = new Ondersteuningsplan(huishouden.Id, SociaalWerker(), D(2021, 1, 1));
        plan.VoegDoelToe(Leefgebied.Gezondheid, "Gezond eten", Doelsoort.Stabiliseren, D(2021, 6, 1));
        huishouden.ActiveerPlan(plan, D(2021, 1, 2));
        huishouden.SluitPlanAf(plan, D(2021, 12, 31));
        Assert.Equal(Regelnamen.PlanIsNietAfgesloten, Regel(() => plan.VoegDoelToe(Leefgebied.Wonen, "x", Doelsoort.Stabiliseren, D(2022, 6, 1))));
    }

    [Fact]
    public void Maatwerkgesprek_wordt_geconcludeerd_door_een_beroepskracht()
    {
        var legacy = new LegacyBeschikking(Guid.NewGuid(), Guid.NewGuid(), LegacyProduct.TO1, D(2019, 1, 1), D(2021, 12, 31));
        legacy.PlanMaatwerkgesprek(D(2020, 10, 1), TransitieInstellingen.Leeuwarden);
        Assert.Equal(Regelnamen.ConclusieDoorBeroepskracht, Regel(() => legacy.LegConclusieVast(Pijler.Basisondersteuning, Vrijwilliger(), LegacyProductTabel.Leeuwarden)));
    }

    [Fact]
    public void Keuze_na_afweging_is_basis_of_aanvullend()
    {
        var resultaat = Afwegingskader.Dagbesteding.Beoordeel(new Dictionary<string, Kant>
        {
            ["structuur"] = Kant.Basis,
            ["doelgroepmix"] = Kant.Basis,
            ["deskundigheid"] = Kant.Basis,
        });
        Assert.Equal(Regelnamen.KeuzeIsBasisOfAanvullend, Regel(() => resultaat.Kies(Pijler.Regionaal, "motivering")));
    }

    [Fact]
    public void Vraagverheldering_start_maar_een_keer()
    {
        var vraag = VraagMetGesprek(SociaalWerker());
        Assert.Equal(Regelnamen.ToegestaneStatusovergang, Regel(() => vraag.StartVraagverheldering(SociaalWerker())));
    }
}
