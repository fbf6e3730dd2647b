using Wmo.Domain.Besluiten;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Tests.Support;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>
/// A bezwaar without gronden (Awb 6:5, 6:6) with its hersteltermijn and the suspension of the beslistermijn (7:10 lid 2),
/// further postponement with consent (7:10 lid 4), and a late bezwaar declared excusable (6:11).
/// </summary>
public class BezwaarHerstelTests
{
    private static readonly Actor Toetser = Maak.Toetser();
    private static readonly TermijnInstellingen Wet = TermijnInstellingen.Wettelijk;

    // Sent on Monday 2 March 2026: the bezwaartermijn ends on Monday 13 April 2026; six weeks later is 25 May 2026.
    private static Beschikking Verzonden() => BezwaarTests.VerzondenBeschikkingVoorTest();

    [Fact]
    public void Bezwaar_zonder_gronden_wordt_geregistreerd_en_krijgt_een_hersteltermijn()
    {
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 3, 20), "  ", false, Toetser);
        Assert.True(bezwaar.GrondenOntbreken);
        Assert.Equal(BezwaarStatus.InBehandeling, bezwaar.Status);

        bezwaar.VraagOmHerstel(D(2026, 3, 23), D(2026, 4, 6));
        Assert.Equal(D(2026, 4, 6), bezwaar.HersteltermijnTot);
        Breekt(Regelnamen.EenHersteltermijn, () => bezwaar.VraagOmHerstel(D(2026, 3, 24), D(2026, 4, 7)));
    }

    [Fact]
    public void Hersteltermijn_alleen_als_de_gronden_ontbreken_en_na_het_verzoek()
    {
        Breekt(Regelnamen.HerstelAlleenBijOntbrekendeGronden, () => new Bezwaar(Verzonden(), D(2026, 3, 20), "Gronden", false, Toetser).VraagOmHerstel(D(2026, 3, 23), D(2026, 4, 6)));
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 3, 20), null, false, Toetser);
        Breekt(Regelnamen.HersteltermijnNaVerzoek, () => bezwaar.VraagOmHerstel(D(2026, 3, 23), D(2026, 3, 23)));
        Breekt(Regelnamen.HerstelNaOntvangst, () => bezwaar.VraagOmHerstel(D(2026, 3, 19), D(2026, 4, 6)));
    }

    [Fact]
    public void Beslistermijn_is_opgeschort_tot_de_gronden_binnen_zijn()
    {
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 3, 20), "", false, Toetser);
        Assert.Equal(D(2026, 5, 26), bezwaar.Beslistermijn(Wet).Einddatum); // 25 May 2026 is tweede Pinksterdag (Atw art. 1)

        bezwaar.VraagOmHerstel(D(2026, 3, 23), D(2026, 4, 6));
        // Running on 30 March: suspended 24-30 March (7 days) so far.
        Assert.Equal(7, bezwaar.OpgeschortVoorHerstel(D(2026, 3, 30))!.Value.Dagen);

        bezwaar.VulGrondenAan("De hulp is te krap toegekend.", D(2026, 4, 1));
        Assert.False(bezwaar.GrondenOntbreken);
        // Suspended from 24 March up to (not including) 1 April: 8 days; 25 May + 8 = Tuesday 2 June 2026.
        var termijn = bezwaar.Beslistermijn(Wet);
        Assert.Equal(8, termijn.OpgeschorteDagen);
        Assert.Equal(D(2026, 6, 2), termijn.Einddatum);
        Assert.Contains(termijn.Uitleg, r => r.Contains("Awb 7:10 lid 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_ongebruikte_hersteltermijn_schort_op_tot_en_met_zijn_laatste_dag()
    {
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 3, 20), "", false, Toetser);
        bezwaar.VraagOmHerstel(D(2026, 3, 23), D(2026, 4, 6));
        Assert.Equal(14, bezwaar.OpgeschortVoorHerstel(D(2026, 5, 1))!.Value.Dagen); // 24 March through 6 April
    }

    [Fact]
    public void Zonder_gronden_alleen_niet_ontvankelijk_na_de_hersteltermijn()
    {
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 3, 20), "", false, Toetser);
        Breekt(Regelnamen.ZonderGrondenNaHersteltermijn, () => bezwaar.Beslis(BezwaarBeslissing.NietOntvankelijk, "Geen gronden.", D(2026, 4, 1)));
        bezwaar.VraagOmHerstel(D(2026, 3, 23), D(2026, 4, 6));
        Breekt(Regelnamen.ZonderGrondenNaHersteltermijn, () => bezwaar.Beslis(BezwaarBeslissing.NietOntvankelijk, "Geen gronden.", D(2026, 4, 6)));
        Breekt(Regelnamen.ZonderGrondenNaHersteltermijn, () => bezwaar.Beslis(BezwaarBeslissing.Ongegrond, "Ongegrond.", D(2026, 4, 8)));

        bezwaar.Beslis(BezwaarBeslissing.NietOntvankelijk, "De gronden zijn niet binnen de hersteltermijn aangevuld (Awb 6:6).", D(2026, 4, 8));
        Assert.Equal(BezwaarStatus.Beslist, bezwaar.Status);
    }

    [Fact]
    public void Verder_uitstel_alleen_met_vastgelegde_instemming_van_de_indiener()
    {
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 3, 20), "Gronden", false, Toetser);
        Breekt(Regelnamen.UitstelMetInstemmingIndiener, () => bezwaar.StelUitMetInstemming(14, false, "Telefonisch"));
        Breekt(Regelnamen.UitstelInstemmingVastgelegd, () => bezwaar.StelUitMetInstemming(14, true, " "));

        bezwaar.StelUitMetInstemming(14, true, "Per e-mail van 10 mei 2026 ingestemd met uitstel tot na de hoorzitting");
        var termijn = bezwaar.Beslistermijn(Wet);
        Assert.Equal(D(2026, 6, 8), termijn.Einddatum); // 25 May + 14 days
        Assert.Equal(14, bezwaar.UitstelMetInstemmingDagen);
        Assert.Contains(termijn.Uitleg, r => r.Contains("Awb 7:10 lid 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Te_laat_bezwaar_alleen_inhoudelijk_na_gemotiveerde_verschoonbaarverklaring()
    {
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 4, 20), "Gronden", false, Toetser);
        Assert.False(bezwaar.IsTijdig);
        Breekt(Regelnamen.TelaatBezwaarMotiveren, () => bezwaar.Beslis(BezwaarBeslissing.Gegrond, "Gegrond.", D(2026, 5, 1)));
        Breekt(Regelnamen.VerschoonbaarheidGemotiveerd, () => bezwaar.VerklaarVerschoonbaar(" "));

        bezwaar.VerklaarVerschoonbaar("De inwoner lag in het ziekenhuis toen de beschikking kwam.");
        Assert.True(bezwaar.IsVerschoonbaar);
        bezwaar.Beslis(BezwaarBeslissing.Gegrond, "Gegrond.", D(2026, 5, 1));
        Assert.Equal(BezwaarBeslissing.Gegrond, bezwaar.Beslissing);
    }

    [Fact]
    public void Een_tijdig_bezwaar_wordt_niet_verschoonbaar_verklaard() =>
        Breekt(Regelnamen.VerschoonbaarAlleenBijTelaatBezwaar, () => new Bezwaar(Verzonden(), D(2026, 3, 20), "Gronden", false, Toetser).VerklaarVerschoonbaar("Reden"));

    [Fact]
    public void Te_laat_bezwaar_kan_zonder_verschoonbaarheid_niet_ontvankelijk_worden_verklaard()
    {
        var bezwaar = new Bezwaar(Verzonden(), D(2026, 4, 20), "Gronden", false, Toetser);
        bezwaar.Beslis(BezwaarBeslissing.NietOntvankelijk, "Te laat zonder verschoonbare reden (Awb 6:11).", D(2026, 5, 1));
        Assert.Equal(BezwaarStatus.Beslist, bezwaar.Status);
    }
}
