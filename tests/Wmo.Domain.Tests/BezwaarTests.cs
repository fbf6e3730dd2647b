using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;

using static Wmo.Domain.Tests.Maak;

namespace Wmo.Domain.Tests;

public sealed class BezwaarTests
{
    private static readonly Actor Toetser = new(Guid.NewGuid(), "Marieke", Rol.Toetser, Guid.NewGuid());

    // Sent on Monday 2 March 2026: the six weeks run from 3 March and end on Monday 13 April 2026.
    private static Beschikking VerzondenBeschikking()
    {
        var beschikking = Beschikking.WijsAf("WMO-2026-000009", Guid.NewGuid(), Guid.NewGuid(), Toetser, null, "AO-HH", "Geen noodzaak.");
        beschikking.Verzend(new DateOnly(2026, 3, 2), TermijnInstellingen.Wettelijk);
        return beschikking;
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
        Assert.Equal("BezwaarTegenVerzondenBeschikking", fout.Regel);
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
        Breekt("VerdagingHoogstensZesWeken", () => bezwaar.Verdaag(43));
        bezwaar.Verdaag(42);
        var fout = Assert.Throws<DomainException>(() => bezwaar.Verdaag(7));
        Assert.Equal("VerdagingHoogstensZesWeken", fout.Regel);
    }

    [Fact]
    public void Een_beslissing_sluit_het_bezwaar_en_vraagt_een_toelichting()
    {
        var bezwaar = new Bezwaar(VerzondenBeschikking(), new DateOnly(2026, 3, 20), "Gronden", false, Toetser);
        Breekt("BeslissingHeeftToelichting", () => bezwaar.Beslis(BezwaarBeslissing.Ongegrond, " ", new DateOnly(2026, 4, 20)));

        bezwaar.Beslis(BezwaarBeslissing.Ongegrond, "De beschikking blijft in stand.", new DateOnly(2026, 4, 20));

        Assert.Equal(BezwaarStatus.Beslist, bezwaar.Status);
        Breekt("BezwaarInBehandeling", () => bezwaar.Beslis(BezwaarBeslissing.Gegrond, "Toch gegrond.", new DateOnly(2026, 4, 21)));
    }
}
