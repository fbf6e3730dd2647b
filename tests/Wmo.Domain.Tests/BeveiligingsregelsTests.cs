using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>Issue 9: the domain guards what the forms also check.</summary>
public class BeveiligingsregelsTests
{
    private static string Regel(Action actie) => Assert.Throws<DomainException>(actie).Regel;

    [Fact]
    public void Hervatten_met_een_datum_na_2100_wordt_geweigerd()
    {
        var vraag = VraagMetGesprek(SociaalWerker());
        vraag.SchortOnderzoekOp(D(2021, 3, 10), "Bedenktijd", toestemmingInwoner: true, Termijnen.TermijnInstellingen.Wettelijk, D(2021, 3, 10));
        Assert.Equal(Regelnamen.BruikbareDatum, Regel(() => vraag.HervatOnderzoek(new DateOnly(9999, 12, 30), D(2021, 3, 20))));
        Assert.Null(vraag.Opschortingen.Single().TotEnMet);
    }

    [Fact]
    public void Een_periode_voor_1900_bestaat_niet() =>
        Assert.Equal(Regelnamen.BruikbareDatum, Regel(() => new Periode(new DateOnly(1, 1, 1))));

    [Fact]
    public void Een_plandoel_gaat_niet_over_iemand_buiten_het_huishouden()
    {
        var werker = SociaalWerker();
        var huishouden = new Huishouden("Visser");
        var lid = Inwoner();
        huishouden.VoegLidToe(lid.Id, Relatie.Huisgenoot, D(2020, 1, 1), []);
        var plan = new Ondersteuningsplan(huishouden.Id, werker, D(2026, 1, 1));

        Assert.Equal("DoelGaatOverLidVanHuishouden", Regel(() => plan.VoegDoelToe(huishouden, Leefgebied.Wonen, "Doel", Catalogus.Doelsoort.Ontwikkelen, D(2026, 6, 1), Guid.NewGuid(), D(2026, 1, 1))));
        plan.VoegDoelToe(huishouden, Leefgebied.Wonen, "Doel", Catalogus.Doelsoort.Ontwikkelen, D(2026, 6, 1), lid.Id, D(2026, 1, 1));
        Assert.Single(plan.Doelen);
    }

    [Fact]
    public void Een_plan_of_termijndatum_ligt_binnen_vijf_jaar_van_vandaag()
    {
        var vandaag = D(2026, 3, 10);
        Assert.Equal(D(2021, 3, 10), Datumbereik.Vroegste(vandaag));
        Assert.Equal(D(2031, 3, 10), Datumbereik.Laatste(vandaag));
        Assert.Equal(D(2031, 3, 10), Datumbereik.PlanOfTermijnDatum(D(2031, 3, 10), vandaag));
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => Datumbereik.PlanOfTermijnDatum(D(2031, 3, 11), vandaag)));
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => Datumbereik.PlanOfTermijnDatum(D(2021, 3, 9), vandaag)));
    }

    [Fact]
    public void Opschorten_hervatten_verdagen_en_ingebrekestelling_weigeren_een_datum_jaren_ver_weg()
    {
        var vandaag = D(2021, 3, 10);
        var vraag = VraagMetGesprek(SociaalWerker());
        var wet = Termijnen.TermijnInstellingen.Wettelijk;
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => vraag.SchortOnderzoekOp(D(2071, 3, 10), "Bedenktijd", toestemmingInwoner: true, wet, vandaag)));
        Assert.Empty(vraag.Opschortingen);
        vraag.SchortOnderzoekOp(vandaag, "Bedenktijd", toestemmingInwoner: true, wet, vandaag);
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => vraag.HervatOnderzoek(D(2071, 3, 10), vandaag)));
        Assert.Null(vraag.Opschortingen.Single().TotEnMet);
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => vraag.SchortBeslistermijnOp(D(2071, 3, 10), Vragen.BeslistermijnOpschortingGrond.ToestemmingInwoner, "Bedenktijd", wet, vandaag)));
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => vraag.HervatBeslistermijn(D(1999, 3, 10), vandaag)));
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => vraag.VerdaagBeslistermijn(vandaag, D(2071, 3, 10), "Advies nodig", wet, vandaag)));
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => vraag.RegistreerIngebrekestelling(D(2071, 3, 10), wet, vandaag)));
    }

    [Fact]
    public void Een_doel_en_zijn_evaluatie_liggen_binnen_vijf_jaar_van_vandaag()
    {
        var werker = SociaalWerker();
        var huishouden = new Huishouden("Visser");
        var plan = new Ondersteuningsplan(huishouden.Id, werker, D(2026, 1, 1));

        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => plan.VoegDoelToe(huishouden, Leefgebied.Wonen, "Doel", Catalogus.Doelsoort.Ontwikkelen, D(2076, 1, 1), null, D(2026, 1, 1))));
        Assert.Equal(Regelnamen.PlanOfTermijnDatum, Regel(() => plan.VoegDoelToe(Leefgebied.Wonen, "Doel", Catalogus.Doelsoort.Ontwikkelen, D(9999, 12, 30))));
        Assert.Empty(plan.Doelen);
    }
}
