using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>Opschorting of the onderzoekstermijn (Wmo 2015 art. 2.3.2 lid 1): consent, no overlap, not before the melding, not after expiry.</summary>
public class OpschortingOnderzoekTests
{
    private static readonly TermijnInstellingen Wet = TermijnInstellingen.Wettelijk;

    private static string Regel(Action actie) => Assert.Throws<DomainException>(actie).Regel;

    [Fact]
    public void Opschorting_legt_de_toestemming_van_de_inwoner_vast()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        vraag.SchortOnderzoekOp(D(2021, 3, 10), "Inwoner wil eerst met zijn dochter overleggen", true, Wet, D(2021, 3, 10));
        Assert.True(vraag.Opschortingen[0].ToestemmingInwoner);
    }

    [Fact]
    public void Opschorting_zonder_toestemming_van_de_inwoner_wordt_geweigerd()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        Assert.Equal(Regelnamen.OpschortingMetToestemmingInwoner, Regel(() => vraag.SchortOnderzoekOp(D(2021, 3, 10), "Wacht op huisarts", false, Wet, D(2021, 3, 10))));
        Assert.Empty(vraag.Opschortingen);
    }

    [Fact]
    public void Opschorting_kan_niet_voor_de_melding_beginnen()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        Assert.Equal(Regelnamen.OpschortingNietVoorMelding, Regel(() => vraag.SchortOnderzoekOp(D(2021, 2, 28), "Bedenktijd", true, Wet, D(2021, 2, 28))));
    }

    [Fact]
    public void Tweede_opschorting_mag_niet_overlappen_met_de_eerste()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        vraag.SchortOnderzoekOp(D(2021, 3, 10), "Bedenktijd", true, Wet, D(2021, 3, 10));
        vraag.HervatOnderzoek(D(2021, 3, 19), D(2021, 3, 19));

        Assert.Equal(Regelnamen.OpschortingenOverlappenNiet, Regel(() => vraag.SchortOnderzoekOp(D(2021, 3, 15), "Nog eens", true, Wet, D(2021, 3, 15))));
        Assert.Equal(Regelnamen.OpschortingenOverlappenNiet, Regel(() => vraag.SchortOnderzoekOp(D(2021, 3, 19), "Nog eens", true, Wet, D(2021, 3, 19))));
        vraag.SchortOnderzoekOp(D(2021, 3, 20), "Wacht op huisarts", true, Wet, D(2021, 3, 20));
        Assert.Equal(2, vraag.Opschortingen.Count);
    }

    [Fact]
    public void Opschorting_na_het_verstrijken_van_de_termijn_doet_hem_niet_herleven()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));

        // The term ends on 12 April 2021; suspending from the 13th would revive it.
        Assert.Equal(D(2021, 4, 12), vraag.Onderzoekstermijn(Wet, D(2021, 4, 12)).Einddatum);
        Assert.Equal(Regelnamen.OpschortingNietNaVerlopenTermijn, Regel(() => vraag.SchortOnderzoekOp(D(2021, 4, 13), "Te laat", true, Wet, D(2021, 4, 13))));
        vraag.SchortOnderzoekOp(D(2021, 4, 12), "Op de laatste dag", true, Wet, D(2021, 4, 12));
        Assert.True(vraag.IsOpgeschort);
    }

    [Fact]
    public void Na_een_eerdere_opschorting_telt_de_verlengde_termijn_voor_de_volgende()
    {
        var vraag = VraagMetGesprek(SociaalWerker(), D(2021, 3, 1));
        vraag.SchortOnderzoekOp(D(2021, 3, 10), "Bedenktijd", true, Wet, D(2021, 3, 10));
        vraag.HervatOnderzoek(D(2021, 3, 19), D(2021, 3, 19));

        // 42 + 10 days: the term now ends on 22 April 2021, so a suspension from 20 April is still in time.
        vraag.SchortOnderzoekOp(D(2021, 4, 20), "Wacht op huisarts", true, Wet, D(2021, 4, 20));
        Assert.Equal(2, vraag.Opschortingen.Count);
    }
}
