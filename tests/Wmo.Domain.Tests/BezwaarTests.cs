using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;

using Wmo.Domain.Tests.Support;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public sealed class BezwaarTests
{
    private static readonly Actor Toetser = new(Guid.NewGuid(), "Marieke", Rol.Toetser, Guid.NewGuid());

    // Sent on Monday 2 March 2026: the six weeks run from 3 March and end on Monday 13 April 2026.
    private static Beschikking VerzondenBeschikking()
    {
        var beschikking = Beschikking.WijsAf("WMO-2026-000009", Guid.NewGuid(), Guid.NewGuid(), Toetser, null, "AO-HH", "Geen noodzaak.");
        beschikking.Verzend(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), TermijnInstellingen.Wettelijk);
        return beschikking;
    }

    internal static Beschikking VerzondenBeschikkingVoorTest() => VerzondenBeschikking();

    [Fact]
    public void Wat_het_scherm_aanbiedt_volgt_de_regels_van_het_bezwaar()
    {
        var beschikking = VerzondenBeschikking();
        var laat = new Bezwaar(beschikking, beschikking.BezwaartermijnEinde!.Value.AddDays(1), "Gronden", false, Toetser);
        Assert.True(laat.IsInBehandeling);
        Assert.True(laat.KanVerdagen);
        Assert.True(laat.KanVerschoonbaarVerklaren);
        Assert.False(laat.KanGrondenAanvullen);

        laat.Verdaag(42);
        Assert.False(laat.KanVerdagen);
        Assert.Equal(Regelnamen.VerdagingHoogstensZesWeken, Assert.Throws<DomainException>(() => laat.Verdaag(1)).Regel);

        laat.VerklaarVerschoonbaar("Ziekenhuisopname");
        Assert.False(laat.KanVerschoonbaarVerklaren);

        laat.TrekIn(beschikking.BezwaartermijnEinde!.Value.AddDays(3));
        Assert.False(laat.IsInBehandeling);
        Assert.True(laat.IsIngetrokken);
        Assert.Equal(Regelnamen.BezwaarInBehandeling, Assert.Throws<DomainException>(() => laat.Beslis(BezwaarBeslissing.Ongegrond, "x", beschikking.BezwaartermijnEinde!.Value.AddDays(4))).Regel);
    }

    [Fact]
    public void Bezwaar_op_de_laatste_dag_van_de_termijn_is_tijdig()
    {
        var beschikking = VerzondenBeschikking();
        var bezwaar = new Bezwaar(beschikking, beschikking.BezwaartermijnEinde!.Value, "Ik heb meer hulp nodig.", false, Toetser);
        Assert.True(bezwaar.IsTijdig);
    }

    [Fact]
    public void Bezwaar_een_dag_na_de_termijn_is_te_laat()
    {
        var beschikking = VerzondenBeschikking();
        var bezwaar = new Bezwaar(beschikking, beschikking.BezwaartermijnEinde!.Value.AddDays(1), "Ik heb meer hulp nodig.", false, Toetser);
        Assert.False(bezwaar.IsTijdig);
    }

    [Fact]
    public void Bezwaar_tegen_een_niet_verzonden_beschikking_kan_niet()
    {
        var beschikking = Beschikking.WijsAf("WMO-2026-000010", Guid.NewGuid(), Guid.NewGuid(), Toetser, null, null, "Geen noodzaak.");
        var fout = Assert.Throws<DomainException>(() => new Bezwaar(beschikking, new DateOnly(2026, 3, 10), "Bezwaar", false, Toetser));
        Assert.Equal(Regelnamen.BezwaarTegenVerzondenBeschikking, fout.Regel);
    }

    [Fact]
    public void Beslistermijn_is_zes_weken_na_het_einde_van_de_bezwaartermijn_en_twaalf_met_commissie()
    {
        var beschikking = VerzondenBeschikking();
        var zonder = new Bezwaar(beschikking, new DateOnly(2026, 3, 20), "Gronden", false, Toetser);
        var met = new Bezwaar(beschikking, new DateOnly(2026, 3, 20), "Gronden", true, Toetser);
        var einde = beschikking.BezwaartermijnEinde!.Value;

        Assert.Equal(Feestdagkalender.Wettelijk.VerlengTotWerkdag(einde.AddDays(42)), zonder.Beslistermijn(TermijnInstellingen.Wettelijk).Einddatum);
        Assert.Equal(Feestdagkalender.Wettelijk.VerlengTotWerkdag(einde.AddDays(84)), met.Beslistermijn(TermijnInstellingen.Wettelijk).Einddatum);
    }

    [Fact]
    public void Verdagen_kan_een_keer_met_hoogstens_zes_weken()
    {
        var bezwaar = new Bezwaar(VerzondenBeschikking(), new DateOnly(2026, 3, 20), "Gronden", false, Toetser);
        Breekt(Regelnamen.VerdagingHoogstensZesWeken, () => bezwaar.Verdaag(43));
        bezwaar.Verdaag(42);
        var fout = Assert.Throws<DomainException>(() => bezwaar.Verdaag(7));
        Assert.Equal(Regelnamen.VerdagingHoogstensZesWeken, fout.Regel);
    }

    [Fact]
    public void Een_beslissing_sluit_het_bezwaar_en_vraagt_een_toelichting()
    {
        var bezwaar = new Bezwaar(VerzondenBeschikking(), new DateOnly(2026, 3, 20), "Gronden", false, Toetser);
        Breekt(Regelnamen.BeslissingHeeftToelichting, () => bezwaar.Beslis(BezwaarBeslissing.Ongegrond, " ", new DateOnly(2026, 4, 20)));

        bezwaar.Beslis(BezwaarBeslissing.Ongegrond, "De beschikking blijft in stand.", new DateOnly(2026, 4, 20));

        Assert.Equal(BezwaarStatus.Beslist, bezwaar.Status);
        Breekt(Regelnamen.BezwaarInBehandeling, () => bezwaar.Beslis(BezwaarBeslissing.Gegrond, "Toch gegrond.", new DateOnly(2026, 4, 21)));
    }
}

/// <summary>Awb 6:9 lid 2 (postmark) and the beslistermijn of a late bezwaar (Awb 7:10 lid 1).</summary>
public class BezwaarTijdigheidTests
{
    private static readonly Actor Toetser = Maak.Toetser();

    // Sent on Monday 2 March 2026: the bezwaartermijn ends on Monday 13 April 2026.
    private static Beschikking Verzonden()
    {
        var beschikking = BezwaarTests.VerzondenBeschikkingVoorTest();
        Assert.Equal(new DateOnly(2026, 4, 13), beschikking.BezwaartermijnEinde);
        return beschikking;
    }

    [Fact]
    public void Op_de_post_voor_het_einde_en_binnen_een_week_ontvangen_is_tijdig() =>
        Assert.True(new Bezwaar(Verzonden(), new DateOnly(2026, 4, 20), "Gronden", false, Toetser, poststempelOp: new DateOnly(2026, 4, 13)).IsTijdig);

    [Fact]
    public void Op_de_post_voor_het_einde_maar_later_dan_een_week_ontvangen_is_te_laat() =>
        Assert.False(new Bezwaar(Verzonden(), new DateOnly(2026, 4, 21), "Gronden", false, Toetser, poststempelOp: new DateOnly(2026, 4, 13)).IsTijdig);

    [Fact]
    public void Na_het_einde_op_de_post_is_te_laat() =>
        Assert.False(new Bezwaar(Verzonden(), new DateOnly(2026, 4, 15), "Gronden", false, Toetser, poststempelOp: new DateOnly(2026, 4, 14)).IsTijdig);

    [Fact]
    public void Zonder_poststempel_telt_alleen_de_ontvangst() =>
        Assert.False(new Bezwaar(Verzonden(), new DateOnly(2026, 4, 14), "Gronden", false, Toetser).IsTijdig);

    [Fact]
    public void Poststempel_kan_niet_na_de_ontvangst_liggen() =>
        Assert.Equal(Regelnamen.PoststempelNietNaOntvangst,
            Assert.Throws<DomainException>(() => new Bezwaar(Verzonden(), new DateOnly(2026, 4, 10), "Gronden", false, Toetser, poststempelOp: new DateOnly(2026, 4, 11))).Regel);

    [Fact]
    public void Beslistermijn_van_een_te_laat_bezwaar_loopt_vanaf_de_dag_na_ontvangst()
    {
        var bezwaar = new Bezwaar(Verzonden(), new DateOnly(2026, 5, 1), "Gronden", false, Toetser);
        Assert.False(bezwaar.IsTijdig);

        // 1 May + 42 days = Friday 12 June 2026 (not 13 April + 42 = 25 May).
        Assert.Equal(new DateOnly(2026, 6, 12), bezwaar.Beslistermijn(TermijnInstellingen.Wettelijk).Einddatum);
    }

    [Fact]
    public void Beslistermijn_van_een_per_post_tijdig_bezwaar_loopt_vanaf_het_einde_van_de_bezwaartermijn()
    {
        var bezwaar = new Bezwaar(Verzonden(), new DateOnly(2026, 4, 17), "Gronden", false, Toetser, poststempelOp: new DateOnly(2026, 4, 13));
        Assert.True(bezwaar.IsTijdig);
        Assert.Equal(new DateOnly(2026, 5, 26), bezwaar.Beslistermijn(TermijnInstellingen.Wettelijk).Einddatum);
    }
}
