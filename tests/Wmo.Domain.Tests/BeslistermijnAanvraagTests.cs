using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>The Awb around the beslistermijn on an aanvraag: verdaging (4:14), opschorting (4:15, 4:5), niet tijdig beslissen (4:17).</summary>
public class BeslistermijnAanvraagTests
{
    private static readonly TermijnInstellingen Wet = TermijnInstellingen.Wettelijk;

    private static string Regel(Action actie) => Assert.Throws<DomainException>(actie).Regel;

    // Aanvraag on Monday 1 March 2021: the beslistermijn of 2 weeks ends on Monday 15 March.
    private static Ondersteuningsvraag Aanvraag()
    {
        var werker = SociaalWerker();
        var vraag = VraagMetGesprek(werker, D(2021, 2, 15));
        vraag.LegUitkomstVast(Uitkomst.SocialeBasis([Guid.NewGuid()]), werker, D(2021, 2, 20), Leeuwarden);
        vraag.DienAanvraagIn(D(2021, 3, 1));
        Assert.Equal(D(2021, 3, 15), vraag.Beschikkingstermijn(Wet)!.Einddatum);
        return vraag;
    }

    [Fact]
    public void Verdaging_met_bericht_voor_het_einde_geeft_de_nieuwe_datum()
    {
        var vraag = Aanvraag();
        vraag.VerdaagBeslistermijn(D(2021, 3, 12), D(2021, 3, 29), "Advies van de ergotherapeut is nodig", Wet, D(2021, 3, 12));

        Assert.True(vraag.IsVerdaagd);
        Assert.Equal(D(2021, 3, 29), vraag.Beschikkingstermijn(Wet)!.Einddatum);
        Assert.Contains(vraag.Beschikkingstermijn(Wet)!.Uitleg, r => r.StartsWith("verdaagd (Awb 4:14) bij bericht van 2021-03-12 tot 2021-03-29", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdaging_na_het_einde_van_de_termijn_wordt_geweigerd() =>
        Assert.Equal(Regelnamen.VerdagingVoorEindeTermijn, Regel(() => Aanvraag().VerdaagBeslistermijn(D(2021, 3, 16), D(2021, 3, 29), "Te laat", Wet, D(2021, 3, 16))));

    [Fact]
    public void Verdaging_moet_een_latere_datum_en_een_reden_noemen()
    {
        Assert.Equal(Regelnamen.VerdagingNaarLatereDatum, Regel(() => Aanvraag().VerdaagBeslistermijn(D(2021, 3, 10), D(2021, 3, 15), "Reden", Wet, D(2021, 3, 10))));
        Assert.Equal(Regelnamen.VerdagingHeeftReden, Regel(() => Aanvraag().VerdaagBeslistermijn(D(2021, 3, 10), D(2021, 3, 22), " ", Wet, D(2021, 3, 10))));
    }

    [Fact]
    public void Opschorting_bij_aanvulling_van_de_aanvraag_verlengt_de_beslistermijn()
    {
        var vraag = Aanvraag();
        vraag.SchortBeslistermijnOp(D(2021, 3, 3), BeslistermijnOpschortingGrond.AanvullingAanvraag, "Inwoner levert het medisch advies na (Awb 4:5)", Wet, D(2021, 3, 3));
        Assert.True(vraag.IsBeslistermijnOpgeschort);
        vraag.HervatBeslistermijn(D(2021, 3, 9), D(2021, 3, 9));

        // 14 + 7 suspended days: 22 March 2021.
        Assert.Equal(D(2021, 3, 22), vraag.Beschikkingstermijn(Wet)!.Einddatum);
        Assert.Equal(BeslistermijnOpschortingGrond.AanvullingAanvraag, vraag.BeslistermijnOpschortingen[0].Grond);
    }

    [Fact]
    public void Lopende_opschorting_telt_tot_vandaag()
    {
        var vraag = Aanvraag();
        vraag.SchortBeslistermijnOp(D(2021, 3, 3), BeslistermijnOpschortingGrond.ToestemmingInwoner, "Inwoner wil eerst een second opinion", Wet, D(2021, 3, 3));
        Assert.Equal(D(2021, 3, 18), vraag.Beschikkingstermijn(Wet, D(2021, 3, 5))!.Einddatum);
    }

    [Fact]
    public void Opschorting_van_de_beslistermijn_voor_de_aanvraag_overlappend_of_na_het_einde_wordt_geweigerd()
    {
        var vraag = Aanvraag();
        Assert.Equal(Regelnamen.OpschortingNietVoorAanvraag, Regel(() => vraag.SchortBeslistermijnOp(D(2021, 2, 28), BeslistermijnOpschortingGrond.ToestemmingInwoner, "Eerder", Wet, D(2021, 2, 28))));
        Assert.Equal(Regelnamen.OpschortingNietNaVerlopenTermijn, Regel(() => vraag.SchortBeslistermijnOp(D(2021, 3, 16), BeslistermijnOpschortingGrond.ToestemmingInwoner, "Later", Wet, D(2021, 3, 16))));
        vraag.SchortBeslistermijnOp(D(2021, 3, 3), BeslistermijnOpschortingGrond.ToestemmingInwoner, "Bedenktijd", Wet, D(2021, 3, 3));
        vraag.HervatBeslistermijn(D(2021, 3, 5), D(2021, 3, 5));
        Assert.Equal(Regelnamen.OpschortingenOverlappenNiet, Regel(() => vraag.SchortBeslistermijnOp(D(2021, 3, 5), BeslistermijnOpschortingGrond.ToestemmingInwoner, "Nog eens", Wet, D(2021, 3, 5))));
    }

    [Fact]
    public void Ingebrekestelling_kan_pas_na_het_einde_van_de_beslistermijn()
    {
        var vraag = Aanvraag();
        Assert.Equal(Regelnamen.IngebrekestellingNaVerlopenTermijn, Regel(() => vraag.RegistreerIngebrekestelling(D(2021, 3, 15), Wet, D(2021, 3, 15))));
        vraag.RegistreerIngebrekestelling(D(2021, 3, 16), Wet, D(2021, 3, 16));
        Assert.Equal(Regelnamen.EenIngebrekestelling, Regel(() => vraag.RegistreerIngebrekestelling(D(2021, 3, 17), Wet, D(2021, 3, 17))));
    }

    [Fact]
    public void Dwangsom_begint_twee_weken_na_de_ingebrekestelling()
    {
        var vraag = Aanvraag();
        vraag.RegistreerIngebrekestelling(D(2021, 3, 16), Wet, D(2021, 3, 16));

        Assert.Equal(D(2021, 3, 30), vraag.Ingebrekestelling!.EersteDwangsomdag);
        Assert.Equal(0m, vraag.DwangsomTotEnMet(D(2021, 3, 29), DwangsomTarief.Awb));
        Assert.Equal(23m, vraag.DwangsomTotEnMet(D(2021, 3, 30), DwangsomTarief.Awb));
        Assert.Equal(0m, Aanvraag().DwangsomTotEnMet(D(2021, 6, 1), DwangsomTarief.Awb));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 23)]
    [InlineData(14, 322)]
    [InlineData(15, 357)]
    [InlineData(28, 812)]
    [InlineData(29, 857)]
    [InlineData(42, 1442)]
    [InlineData(100, 1442)]
    public void Dwangsom_volgt_de_wettelijke_bedragen_en_is_hoogstens_1442_euro(int dagen, int euro) =>
        Assert.Equal(euro, DwangsomTarief.Awb.Bedrag(dagen));

    [Theory]
    [InlineData(1, 30)]
    [InlineData(14, 420)]
    [InlineData(15, 460)]
    [InlineData(28, 980)]
    [InlineData(29, 1030)]
    [InlineData(30, 1080)]
    [InlineData(31, 1080)]
    public void Dwangsom_volgt_de_bedragen_en_het_maximum_van_het_beleid(int dagen, int euro) =>
        Assert.Equal(euro, new DwangsomTarief(30m, 40m, 50m, 30, "Ander besluit").Bedrag(dagen));

    [Fact]
    public void Wettelijk_maximum_is_1442_euro_na_42_dagen()
    {
        Assert.Equal(1442m, DwangsomTarief.Awb.Maximum);
        Assert.Equal(42, DwangsomTarief.Awb.MaximumDagen);
        Assert.Contains("4:17", DwangsomTarief.Awb.Bron, StringComparison.Ordinal);
    }

    [Fact]
    public void Zonder_lopende_aanvraag_kan_niet_worden_verdaagd()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        Assert.Equal(Regelnamen.AlleenBijLopendeAanvraag, Regel(() => vraag.VerdaagBeslistermijn(D(2021, 3, 2), D(2021, 4, 1), "Reden", Wet, D(2021, 3, 2))));
    }
}
