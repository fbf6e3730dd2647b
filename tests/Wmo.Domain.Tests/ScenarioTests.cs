using Wmo.Domain.Afweging;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Transitie;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>The worked examples of seed 002 §4.1 and §4.5 (DOMAIN.md §3).</summary>
public class ScenarioTests
{
    private readonly Actor _regievoerder = SociaalWerker("Regievoerder");

    /// <summary>002 §4.1: Mariska (25), TO3 + DB5, borderline and PTSS — stays aanvullend.</summary>
    [Fact]
    public void Mariska_met_TO3_en_DB5_blijft_in_de_aanvullende_ondersteuning()
    {
        var tabel = LegacyProductTabel.Leeuwarden;
        var to3 = new LegacyBeschikking(Guid.NewGuid(), Guid.NewGuid(), LegacyProduct.TO3, D(2019, 1, 1), D(2021, 12, 31));
        Assert.Equal(LegacyRichting.PerPersoonBeoordelen, to3.Voorstel(tabel).Richting);
        Assert.Equal(LegacyRichting.PerPersoonBeoordelen, tabel.Overgang(LegacyProduct.DB5).Richting);
        to3.PlanMaatwerkgesprek(D(2020, 6, 15), TransitieInstellingen.Leeuwarden);

        // Specific expertise on borderline/PTSS, often direct intervention; strict structure, low-stimulus setting.
        var thuis = Afwegingskader.Thuisondersteuning.Beoordeel(new Dictionary<string, Kant>
        {
            ["doel"] = Kant.Aanvullend,
            ["inzicht"] = Kant.Basis,
            ["planbaarheid"] = Kant.Aanvullend,
            ["deskundigheid"] = Kant.Aanvullend,
        });
        var dag = Afwegingskader.Dagbesteding.Beoordeel(new Dictionary<string, Kant>
        {
            ["structuur"] = Kant.Aanvullend,
            ["doelgroepmix"] = Kant.Aanvullend,
            ["deskundigheid"] = Kant.Aanvullend,
        });

        Assert.Equal(Pijler.AanvullendeOndersteuning, thuis.Suggestie);
        Assert.Equal(Pijler.AanvullendeOndersteuning, dag.Suggestie);
        to3.LegConclusieVast(thuis.Kies(Pijler.AanvullendeOndersteuning).Keuze!.Value, _regievoerder, tabel);
        Assert.Equal(Pijler.AanvullendeOndersteuning, to3.Conclusie);
        Assert.True(to3.IsGeldigOp(D(2021, 6, 1)));
    }

    /// <summary>002 §4.1: Pieter (28), TO2 + DB2, after the opvang — moves to basis.</summary>
    [Fact]
    public void Pieter_met_TO2_en_DB2_gaat_naar_de_basisondersteuning()
    {
        var tabel = LegacyProductTabel.Leeuwarden;
        Assert.Equal(LegacyRichting.Basisondersteuning, tabel.Overgang(LegacyProduct.TO2).Richting);
        var db2 = new LegacyBeschikking(Guid.NewGuid(), Guid.NewGuid(), LegacyProduct.DB2, D(2019, 1, 1), D(2021, 6, 30));
        db2.PlanMaatwerkgesprek(D(2020, 9, 10), TransitieInstellingen.Leeuwarden);

        // Broad generic expertise, mostly plannable; needs structure and help functioning in the group.
        var dag = Afwegingskader.Dagbesteding.Beoordeel(new Dictionary<string, Kant>
        {
            ["structuur"] = Kant.Basis,
            ["doelgroepmix"] = Kant.Basis,
            ["deskundigheid"] = Kant.Basis,
        });
        Assert.Equal(Pijler.Basisondersteuning, dag.Suggestie);
        db2.LegConclusieVast(dag.Suggestie, _regievoerder, tabel);

        Assert.Equal(Pijler.Basisondersteuning, db2.Conclusie);
        Assert.True(db2.IsGeldigOp(D(2021, 1, 1)), "De lopende beschikking blijft geldig tot haar einddatum.");
    }

    /// <summary>002 §3.1: Jelle (44), TO2 — basisondersteuning without beschikking plus a vrijwilliger, one regievoerder.</summary>
    [Fact]
    public void Jelle_krijgt_basisondersteuning_zonder_beschikking_en_een_vrijwilliger()
    {
        var jelle = Inwoner("Jelle", D(1976, 3, 1));
        var huishouden = new Huishouden("Jelle de Vries");
        huishouden.VoegLidToe(jelle.Id, Relatie.Huisgenoot, D(2020, 1, 1), []);

        var vraag = new Ondersteuningsvraag(huishouden.Id, jelle.Id, D(2021, 1, 11), Guid.NewGuid());
        vraag.StartVraagverheldering(_regievoerder);
        vraag.LegClientondersteuningAangebodenVast(D(2021, 1, 12));
        var gesprek = vraag.PlanGesprek(D(2021, 1, 14), Gesprekslocatie.Thuis, [new Deelnemer("Jelle", DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "Bang om terug te vallen; schulden; weinig contacten.");
        vraag.BeschrijfLeefgebied(Leefgebied.FinancienSchulden, "Schulden uit de periode op straat");
        vraag.BeantwoordStap(Afwegingsstap.EigenKracht, false, "Kan zijn financiën nog niet zelf op orde houden");
        vraag.BeantwoordStap(Afwegingsstap.GebruikelijkeHulp, false, "Woont alleen");
        vraag.BeantwoordStap(Afwegingsstap.Mantelzorg, false, "Geen mantelzorger");
        vraag.BeantwoordStap(Afwegingsstap.SociaalNetwerk, false, "Weinig sociale contacten");
        vraag.BeantwoordStap(Afwegingsstap.VoorliggendeVoorzieningen, false, "Geen Zvw- of Wlz-zorg aan de orde");
        vraag.BeantwoordStap(Afwegingsstap.SocialeBasis, true, "Vrijwilliger voor administratie, sollicitatieclub",
            "Lost de terugval niet op: hij heeft ook een vaste begeleider nodig die signaleert");

        vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Vaste begeleider, gemiddeld 3 uur per week", D(2021, 2, 1)), _regievoerder, D(2021, 1, 20), Leeuwarden);
        Assert.Equal(VraagStatus.UitkomstVastgelegd, vraag.Status);
        Assert.Null(vraag.Aanvraagdatum);
        Assert.False(Leeuwarden.Zoek("BO-TO").BeschikkingNodig);

        huishouden.WijsRegievoerderToe(_regievoerder, _regievoerder, Moment);
        huishouden.StartProfessioneleOndersteuning();
        var plan = new Ondersteuningsplan(huishouden.Id, _regievoerder, D(2021, 1, 20));
        var financien = plan.VoegDoelToe(Leefgebied.FinancienSchulden, "Financiën op orde en schuldsanering voorbereiden", Doelsoort.Ontwikkelen, D(2021, 7, 1), jelle.Id);
        var meedoen = plan.VoegDoelToe(Leefgebied.MeedoenParticipatie, "Weer participeren", Doelsoort.Ontwikkelen, D(2021, 7, 1), jelle.Id);
        plan.VoegActieToe(financien.Id, "Twee uur per week hulp bij administratie", Uitvoerder.SocialeBasis, "Vrijwilliger", Financier.Niemand);
        plan.VoegActieToe(meedoen.Id, "Sollicitatieclub op dinsdagmiddag", Uitvoerder.SocialeBasis, "Buurtkamer", Financier.Niemand);
        plan.VoegActieToe(meedoen.Id, "Vaste begeleider signaleert terugval", Uitvoerder.Basisondersteuning, "Sociaal werk", Financier.GemeenteWmo);
        huishouden.ActiveerPlan(plan, D(2021, 2, 1));

        Assert.Equal(_regievoerder.GebruikerId, huishouden.RegievoerderId);
        Assert.Equal(2, plan.Acties.Count(a => a.Uitvoerder == Uitvoerder.SocialeBasis));
    }

    /// <summary>002 §4.5: Frank (32), autism — too specific for basis, aanvullend paid from a PGB his parents manage.</summary>
    [Fact]
    public void Frank_krijgt_aanvullende_ondersteuning_via_pgb() => FranksBeschikking();

    private static readonly WmoBeleid Beleid = WmoBeleid.Leeuwarden2021();

    private Beschikking FranksBeschikking()
    {
        var (frank, vraag, advies) = FranksAdvies();

        // The one toetsing sequence (Beschikken.Toets), as the portal and the seeder run it.
        var beschikking = Beschikken.Toets(vraag, advies, frank, Toetser(), new Toetsbesluit(ToetsBesluit.Goedkeuren, Motivering: "Conform zwaarwegend advies"),
            "WMO-2021-0042", Moment, D(2021, 3, 26), Beleid)!;

        Assert.Equal(VraagStatus.Beschikt, vraag.Status);
        Assert.Equal(Leveringsvorm.Pgb, beschikking.Leveringsvorm);
        Assert.Equal(D(2021, 3, 26), beschikking.GenomenOp);
        Assert.Null(beschikking.BezwaartermijnEinde);
        return beschikking;
    }

    /// <summary>Issue 9: a toetser who deviates with another period gives plan dates within a few years of today (Datumbereik).</summary>
    [Fact]
    public void Een_andere_periode_bij_de_toetsing_ligt_binnen_een_paar_jaar_van_vandaag()
    {
        var (frank, vraag, advies) = FranksAdvies();
        var besluit = new Toetsbesluit(ToetsBesluit.Afwijken, Motivering: "Een langere periode", AnderePeriode: new Periode(D(2021, 4, 1), D(2099, 3, 31)));

        var fout = Assert.Throws<DomainException>(() => Beschikken.Toets(vraag, advies, frank, Toetser(), besluit, "WMO-2021-0043", Moment, D(2021, 3, 26), Beleid));

        Assert.Equal(Regelnamen.PlanOfTermijnDatum, fout.Regel);
        Assert.Equal(VraagStatus.AdviesIngediend, vraag.Status);
    }

    private (Inwoner Frank, Ondersteuningsvraag Vraag, ZwaarwegendAdvies Advies) FranksAdvies()
    {
        var frank = Inwoner("Frank", D(1988, 5, 1));
        var vraag = VraagMetGesprek(_regievoerder, D(2021, 3, 1));
        SluitStappenUitTot(vraag, Afwegingsstap.AanvullendeOndersteuning);

        var thuis = Afwegingskader.Thuisondersteuning.Beoordeel(new Dictionary<string, Kant>
        {
            ["doel"] = Kant.Aanvullend,
            ["inzicht"] = Kant.Aanvullend,
            ["planbaarheid"] = Kant.Basis,
            ["deskundigheid"] = Kant.Aanvullend,
        });
        Assert.Equal(Pijler.AanvullendeOndersteuning, thuis.Suggestie);

        // A PGB needs a beschikking (Wmo 2015 art. 2.3.6), so the parents ask for one.
        vraag.LegUitkomstVast(Uitkomst.AanvullendViaAanvraag("AO-TO", "Hulpvraag te specifiek voor de basisondersteuning"), _regievoerder, D(2021, 3, 15), Leeuwarden);
        Assert.Equal(VraagStatus.AdviesVereist, vraag.Status);
        Assert.Equal(D(2021, 3, 29), vraag.Beschikkingstermijn(TermijnInstellingen.Wettelijk)!.Einddatum);

        var advies = new ZwaarwegendAdvies(vraag.Id, _regievoerder, "AO-TO", new Omvang(4, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(D(2021, 4, 1), D(2022, 3, 31)), Leveringsvorm.Pgb, "Specialistische begeleiding bij autisme en dwanghandelingen",
            new PgbOnderbouwing(PgbBeheer.MetHulp, "Ouders beheren het PGB", "Frank wil één vaste begeleider die hij zelf kiest",
                "De begeleider is een geregistreerd agoog met ervaring met autisme", 14_976m, "4 uur per week × 52 weken × € 72 per uur (tarief verordening)"));
        advies.DienIn();
        vraag.MarkeerAdviesIngediend(advies);
        return (frank, vraag, advies);
    }

    /// <summary>Awb 6:8 lid 1: the bezwaartermijn starts the day after the letter is actually sent, not on the day of the toetsing.</summary>
    [Fact]
    public void Bezwaartermijn_loopt_vanaf_de_dag_na_de_echte_verzending()
    {
        var beschikking = FranksBeschikking();

        // Taken on Friday 26 March 2021, posted on Wednesday 31 March: six weeks from 1 April end on Wednesday 12 May.
        beschikking.Verzend(D(2021, 3, 31), D(2021, 4, 1), Beleid.Termijnen);
        Assert.Equal(D(2021, 3, 31), beschikking.Verzenddatum);
        Assert.Equal(D(2021, 5, 12), beschikking.BezwaartermijnEinde);
    }

    [Fact]
    public void Verzending_ligt_niet_in_de_toekomst_en_niet_voor_het_besluit()
    {
        var beschikking = FranksBeschikking();

        Assert.Equal(Regelnamen.VerzendingNietInDeToekomst, Assert.Throws<DomainException>(() => beschikking.Verzend(D(2021, 3, 29), D(2021, 3, 26), Beleid.Termijnen)).Regel);
        Assert.Equal(Regelnamen.VerzendingNietVoorHetBesluit, Assert.Throws<DomainException>(() => beschikking.Verzend(D(2021, 3, 25), D(2021, 3, 26), Beleid.Termijnen)).Regel);
        Assert.Null(beschikking.Verzenddatum);
        beschikking.Verzend(D(2021, 3, 26), D(2021, 3, 26), Beleid.Termijnen);
        Assert.Equal(D(2021, 5, 7), beschikking.BezwaartermijnEinde);
    }
}
