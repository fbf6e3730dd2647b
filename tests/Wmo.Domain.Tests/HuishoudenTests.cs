using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class LidmaatschapTests
{
    [Fact]
    public void Inwoner_kan_niet_tegelijk_in_twee_huishoudens()
    {
        var huishouden = new Huishouden("De Vries");
        var fout = Assert.Throws<DomainException>(() =>
            huishouden.VoegLidToe(Guid.NewGuid(), Relatie.Partner, D(2020, 1, 1), [new Periode(D(2015, 1, 1))]));
        Assert.Equal("InwonerIsInEenHuishoudenTegelijk", fout.Regel);
    }

    [Fact]
    public void Inwoner_kan_niet_twee_keer_lid_zijn_van_hetzelfde_huishouden()
    {
        var huishouden = new Huishouden("De Vries");
        var inwoner = Guid.NewGuid();
        huishouden.VoegLidToe(inwoner, Relatie.Partner, D(2020, 1, 1), []);
        Breekt("InwonerIsInEenHuishoudenTegelijk", () => huishouden.VoegLidToe(inwoner, Relatie.Kind, D(2020, 2, 1), []));
    }

    [Fact]
    public void Verhuizing_beeindigt_het_oude_lidmaatschap_en_bewaart_de_geschiedenis()
    {
        var oud = new Huishouden("De Vries");
        var nieuw = new Huishouden("Bakker");
        var inwoner = Guid.NewGuid();
        oud.VoegLidToe(inwoner, Relatie.Kind, D(2000, 5, 1), []);

        Verhuizing.Verhuis(inwoner, oud, nieuw, Relatie.Partner, D(2021, 6, 1), []);

        var oudLid = Assert.Single(oud.Lidmaatschappen);
        Assert.Equal(D(2021, 5, 31), oudLid.Tot);
        Assert.False(oud.IsLidOp(inwoner, D(2021, 6, 1)));
        Assert.True(oud.IsLidOp(inwoner, D(2021, 5, 31)));
        Assert.True(nieuw.IsLidOp(inwoner, D(2021, 6, 1)));
        Assert.Equal(Relatie.Partner, Assert.Single(nieuw.Lidmaatschappen).Relatie);
    }

    [Fact]
    public void Inwoner_berekent_leeftijd_en_hoofdverblijf()
    {
        var inwoner = Inwoner(geboren: D(1940, 6, 15));
        Assert.Equal(79, inwoner.LeeftijdOp(D(2020, 6, 14)));
        Assert.Equal(80, inwoner.LeeftijdOp(D(2020, 6, 15)));
        Assert.Equal(inwoner.BrpAdres, inwoner.Hoofdverblijf);
        var feitelijk = new Adres("Oostergrachtswal", 10, "a", Postcode.Parse("8921AA"), "Leeuwarden");
        inwoner.LegFeitelijkVerblijfVast(feitelijk);
        Assert.Equal(feitelijk, inwoner.Hoofdverblijf);
    }
}

public class MantelzorgTests
{
    [Fact]
    public void Mantelzorger_met_risico_op_overbelasting_wordt_gesignaleerd()
    {
        var huishouden = new Huishouden("De Vries");
        var mantelzorger = huishouden.VoegMantelzorgerToe("Anna", "dochter", 20, Belastbaarheid.Goed);
        Assert.False(mantelzorger.HeeftOverbelastingsrisico);
        huishouden.WijzigMantelzorg(mantelzorger.Id, 30, Belastbaarheid.RisicoOpOverbelasting);
        Assert.True(mantelzorger.HeeftOverbelastingsrisico);
        Assert.Equal(30, mantelzorger.UrenPerWeek);
    }

    [Fact]
    public void Mantelzorg_kan_niet_meer_uren_dan_een_week_hebben() =>
        Breekt(Regelnamen.MantelzorgUrenBinnenWeek, () => new Huishouden("X").VoegMantelzorgerToe("Anna", "dochter", 169, Belastbaarheid.Goed));
}

public class RegievoerderTests
{
    private readonly Huishouden _huishouden = new("De Vries");
    private readonly Actor _teamleider = SociaalWerker("Teamleider");

    [Fact]
    public void Regievoerder_is_een_beroepskracht_van_de_basisondersteuning()
    {
        var fout = Assert.Throws<DomainException>(() => _huishouden.WijsRegievoerderToe(Vrijwilliger(), _teamleider, Moment));
        Assert.Equal(Regelnamen.RegievoerderIsBeroepskrachtBasisondersteuning, fout.Regel);
    }

    [Fact]
    public void Huishouden_krijgt_nooit_een_tweede_regievoerder()
    {
        _huishouden.WijsRegievoerderToe(SociaalWerker(), _teamleider, Moment);
        var fout = Assert.Throws<DomainException>(() => _huishouden.WijsRegievoerderToe(SociaalWerker(), _teamleider, Moment));
        Assert.Equal("HuishoudenHeeftEenRegievoerder", fout.Regel);
    }

    [Fact]
    public void Regie_overdragen_vervangt_de_regievoerder_en_wordt_gelogd()
    {
        var eerste = SociaalWerker();
        var tweede = SociaalWerker();
        _huishouden.WijsRegievoerderToe(eerste, _teamleider, Moment);
        _huishouden.DraagRegieOver(tweede, "Verhuisd naar andere wijk", _teamleider, Moment.AddDays(30));

        Assert.Equal(tweede.GebruikerId, _huishouden.RegievoerderId);
        Assert.Equal(2, _huishouden.Regiehistorie.Count);
        var overdracht = _huishouden.Regiehistorie[1];
        Assert.Equal(eerste.GebruikerId, overdracht.VorigeRegievoerderId);
        Assert.Equal("Verhuisd naar andere wijk", overdracht.Reden);
    }

    [Fact]
    public void Regie_overdragen_vereist_een_reden()
    {
        _huishouden.WijsRegievoerderToe(SociaalWerker(), _teamleider, Moment);
        Breekt(Regelnamen.OverdrachtHeeftReden, () => _huishouden.DraagRegieOver(SociaalWerker(), " ", _teamleider, Moment));
    }

    [Fact]
    public void Een_beheerder_beslist_over_de_regie_met_reden_en_het_wordt_gelogd()
    {
        var eerste = SociaalWerker();
        var buitenCaseload = SociaalWerker();
        var beheerder = Beheerder();
        _huishouden.WijsRegievoerderToe(eerste, _teamleider, Moment);

        _huishouden.BeslisRegievoerder(buitenCaseload, "Regievoerder uit dienst, geen overdracht mogelijk", beheerder, Moment.AddDays(3));

        Assert.Equal(buitenCaseload.GebruikerId, _huishouden.RegievoerderId);
        var beslissing = _huishouden.Regiehistorie[^1];
        Assert.Equal(eerste.GebruikerId, beslissing.VorigeRegievoerderId);
        Assert.Equal(beheerder.GebruikerId, beslissing.DoorGebruikerId);
        Assert.Equal(Huishouden.BeslissingBeheerder + "Regievoerder uit dienst, geen overdracht mogelijk", beslissing.Reden);
    }

    [Fact]
    public void Alleen_een_beheerder_beslist_over_de_regie_en_nooit_zonder_reden()
    {
        var werker = SociaalWerker();
        Breekt("RegiebeslissingDoorBeheerder", () => _huishouden.BeslisRegievoerder(werker, "Ik neem het zelf over, graag", werker, Moment));
        Breekt("RegiebeslissingDoorBeheerder", () => _huishouden.BeslisRegievoerder(werker, "Ik neem het zelf over, graag", Toetser(), Moment));
        Breekt(Regelnamen.RegiebeslissingHeeftReden, () => _huishouden.BeslisRegievoerder(werker, " ", Beheerder(), Moment));
        Breekt(Regelnamen.RegiebeslissingHeeftReden, () => _huishouden.BeslisRegievoerder(werker, "ok", Beheerder(), Moment));
        Breekt(Regelnamen.RegievoerderIsBeroepskrachtBasisondersteuning, () => _huishouden.BeslisRegievoerder(Toetser(), "Regievoerder uit dienst", Beheerder(), Moment));
        Assert.Null(_huishouden.RegievoerderId);
        Assert.Empty(_huishouden.Regiehistorie);
    }

    [Fact]
    public void Basis_of_aanvullende_ondersteuning_vereist_een_regievoerder()
    {
        var fout = Assert.Throws<DomainException>(_huishouden.StartProfessioneleOndersteuning);
        Assert.Equal("HuishoudenHeeftEenRegievoerder", fout.Regel);
        _huishouden.WijsRegievoerderToe(SociaalWerker(), _teamleider, Moment);
        _huishouden.StartProfessioneleOndersteuning();
        Assert.True(_huishouden.OntvangtProfessioneleOndersteuning);
    }

    [Fact]
    public void Jet_procesregie_en_sociale_zaken_regie_zijn_geen_tweede_regievoerder()
    {
        var regievoerder = SociaalWerker();
        _huishouden.WijsRegievoerderToe(regievoerder, _teamleider, Moment);
        _huishouden.LegJetProcesregieVast(new AndereRegie(RegieDomein.JeugdExpertTeam, "Jeugd Expert Team, Karin", null));
        _huishouden.LegSocialeZakenRegieVast(new AndereRegie(RegieDomein.SocialeZaken, "Werkcoach Ahmed", "058-1234567"));

        Assert.Equal(regievoerder.GebruikerId, _huishouden.RegievoerderId);
        Assert.Single(_huishouden.Regiehistorie);
        Breekt(Regelnamen.AndereRegieInEigenDomein, () => _huishouden.LegJetProcesregieVast(new AndereRegie(RegieDomein.SocialeZaken, "verkeerd", null)));
    }
}

public class ActiefPlanTests
{
    [Fact]
    public void Huishouden_heeft_hoogstens_een_actief_ondersteuningsplan()
    {
        var werker = SociaalWerker();
        var huishouden = new Huishouden("De Vries");
        var eerste = PlanMetDoel(huishouden.Id, werker);
        var tweede = PlanMetDoel(huishouden.Id, werker);
        huishouden.ActiveerPlan(eerste, D(2021, 1, 10));

        var fout = Assert.Throws<DomainException>(() => huishouden.ActiveerPlan(tweede, D(2021, 1, 11)));
        Assert.Equal(Regelnamen.HoogstensEenActiefOndersteuningsplan, fout.Regel);

        huishouden.SluitPlanAf(eerste, D(2021, 6, 1));
        huishouden.ActiveerPlan(tweede, D(2021, 6, 1));
        Assert.Equal(tweede.Id, huishouden.ActiefPlanId);
        Assert.Equal(PlanStatus.Afgesloten, eerste.Status);
    }

    [Fact]
    public void Plan_van_ander_huishouden_kan_niet_worden_geactiveerd() =>
        Breekt(Regelnamen.PlanHoortBijHuishouden, () => new Huishouden("A").ActiveerPlan(PlanMetDoel(Guid.NewGuid(), SociaalWerker()), D(2021, 1, 1)));

    private static Ondersteuningsplan PlanMetDoel(Guid huishoudenId, Actor werker)
    {
        var plan = new Ondersteuningsplan(huishoudenId, werker, D(2021, 1, 5));
        plan.VoegDoelToe(Leefgebied.Wonen, "Woning behouden", Doelsoort.Stabiliseren, D(2021, 7, 1));
        return plan;
    }
}
