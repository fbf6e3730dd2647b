using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class OndersteuningsplanTests
{
    private readonly Actor _werker = SociaalWerker();
    private readonly Ondersteuningsplan _plan;

    public OndersteuningsplanTests() => _plan = new Ondersteuningsplan(Guid.NewGuid(), _werker, D(2021, 1, 5));

    [Fact]
    public void Doel_per_leefgebied_met_acties_van_verschillende_uitvoerders_en_financiers()
    {
        var doel = _plan.VoegDoelToe(Leefgebied.FinancienSchulden, "Administratie op orde", Doelsoort.Ontwikkelen, D(2021, 4, 1));
        _plan.VoegActieToe(doel.Id, "Wekelijks administratie", Uitvoerder.SocialeBasis, "Vrijwilliger formulierenhulp", Financier.Niemand);
        _plan.VoegActieToe(doel.Id, "Schuldsanering voorbereiden", Uitvoerder.Basisondersteuning, "Schuldhulp", Financier.GemeenteWmo);

        Assert.Equal(2, _plan.Acties.Count);
        Assert.All(_plan.Acties, a => Assert.Equal(doel.Id, a.DoelId));
        Assert.Equal(Financier.GemeenteWmo, _plan.Acties[1].Financier);
    }

    [Fact]
    public void Actie_hoort_bij_een_doel_van_het_plan() =>
        Assert.Equal(Regelnamen.ActieHoortBijDoelVanPlan, Assert.Throws<DomainException>(() =>
            _plan.VoegActieToe(Guid.NewGuid(), "los", Uitvoerder.AnderDomein, "JET", Financier.GemeenteJeugdwet)).Regel);

    [Fact]
    public void Actie_van_de_sociale_basis_verwijst_naar_een_aanbod_van_de_sociale_kaart()
    {
        var doel = _plan.VoegDoelToe(Leefgebied.WelzijnSocialeRelaties, "Minder alleen", Doelsoort.Ontwikkelen, D(2021, 4, 1));
        var aanbod = Guid.NewGuid();
        var actie = _plan.VoegActieToe(doel.Id, "Maatje op zaterdag", Uitvoerder.SocialeBasis, "Humanitas", Financier.Niemand, aanbod);
        Assert.Equal(aanbod, actie.SocialeKaartAanbodId);

        Assert.Equal(Regelnamen.SocialeKaartAlleenBijSocialeBasis, Assert.Throws<DomainException>(() =>
            _plan.VoegActieToe(doel.Id, "Begeleiding", Uitvoerder.Basisondersteuning, "Basisteam", Financier.GemeenteWmo, aanbod)).Regel);
    }

    [Fact]
    public void Evaluatiedatum_ligt_na_het_opstellen_van_het_plan() =>
        Breekt(Regelnamen.EvaluatiedatumNaOpstellen, () => _plan.VoegDoelToe(Leefgebied.Wonen, "x", Doelsoort.Stabiliseren, D(2021, 1, 5)));

    [Fact]
    public void Plan_zonder_doelen_kan_niet_actief_worden()
    {
        var huishouden = new Huishouden("X");
        var leeg = new Ondersteuningsplan(huishouden.Id, _werker, D(2021, 1, 1));
        Assert.Equal(Regelnamen.PlanHeeftDoelen, Assert.Throws<DomainException>(() => huishouden.ActiveerPlan(leeg, D(2021, 1, 1))).Regel);
    }

    [Fact]
    public void Alleen_een_actief_plan_wordt_geevalueerd_en_de_uitkomst_wordt_bewaard()
    {
        var huishouden = new Huishouden("X");
        var plan = new Ondersteuningsplan(huishouden.Id, _werker, D(2021, 1, 5));
        var doel = plan.VoegDoelToe(Leefgebied.MeedoenParticipatie, "Sollicitatieclub bezoeken", Doelsoort.Ontwikkelen, D(2021, 4, 1));
        Breekt(Regelnamen.AlleenActiefPlanEvalueren, () => plan.EvalueerDoel(doel.Id, EvaluatieUitkomst.Behaald, "ok", D(2021, 4, 1), null, D(2021, 4, 1)));

        huishouden.ActiveerPlan(plan, D(2021, 1, 6));
        Assert.Single(plan.TeEvaluerenOp(D(2021, 4, 2)));
        plan.EvalueerDoel(doel.Id, EvaluatieUitkomst.DeelsBehaald, "Gaat twee keer per maand", D(2021, 4, 2), D(2021, 10, 1), D(2021, 4, 2));

        Assert.Equal(EvaluatieUitkomst.DeelsBehaald, doel.Evaluatie);
        Assert.Equal(D(2021, 10, 1), doel.Evaluatiedatum);
        Assert.Empty(plan.TeEvaluerenOp(D(2021, 4, 3)));
    }

    [Fact]
    public void Alleen_een_conceptplan_is_corrigeerbaar()
    {
        var huishouden = new Huishouden("X");
        var plan = new Ondersteuningsplan(huishouden.Id, _werker, D(2021, 1, 5));
        var doel = plan.VoegDoelToe(Leefgebied.MeedoenParticipatie, "Sollicitatieclub bezoeken", Doelsoort.Ontwikkelen, D(2021, 4, 1));
        Assert.True(plan.KanCorrigeren);

        huishouden.ActiveerPlan(plan, D(2021, 1, 6));
        Assert.False(plan.KanCorrigeren);
        Breekt(Regelnamen.AlleenConceptplanCorrigeren, () => plan.VerwijderDoel(doel.Id));
    }

    [Fact]
    public void Vrijwilliger_stelt_geen_ondersteuningsplan_op() =>
        Breekt(Regelnamen.PlanDoorBeroepskracht, () => new Ondersteuningsplan(Guid.NewGuid(), Vrijwilliger(), D(2021, 1, 1)));
}
