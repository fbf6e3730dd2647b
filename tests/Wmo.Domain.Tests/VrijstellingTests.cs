using Wmo.Domain.Catalogus;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>
/// The exemptions of the Uitvoeringsbesluit Wmo 2015 (art. 3.8) as catalogue data, one test per exemption, and the
/// abonnementstarief of 2019 for maatwerkvoorzieningen only (from 2020 also the basisondersteuning, Wmo 2015 art. 2.1.4a).
/// </summary>
public class VrijstellingTests
{
    private static readonly Guid Lid = Guid.NewGuid();

    private static IReadOnlyList<Heffing> Bereken(int jaar, GeleverdeOndersteuning ondersteuning) =>
        AbonnementstariefBerekening.Heffingen([ondersteuning], D(jaar, 1, 1), D(jaar, 12, 31), Leeuwarden, TariefTabel.Leeuwarden);

    [Fact]
    public void Rolstoel_is_vrijgesteld()
    {
        Assert.Equal(EigenBijdrageVrijstelling.Rolstoel, Leeuwarden.Zoek("GD-ROLSTOEL").Vrijstelling);
        Assert.Empty(Bereken(2021, new GeleverdeOndersteuning(Lid, "GD-ROLSTOEL", new Periode(D(2021, 1, 1)), true, D(1950, 1, 1))));
    }

    [Fact]
    public void Woningaanpassing_voor_een_minderjarige_is_vrijgesteld_voor_een_volwassene_niet()
    {
        Assert.Equal(EigenBijdrageVrijstelling.WoningaanpassingMinderjarige, Leeuwarden.Zoek("GD-WONING").Vrijstelling);
        Assert.Empty(Bereken(2021, new GeleverdeOndersteuning(Lid, "GD-WONING", new Periode(D(2021, 3, 1)), true, D(2010, 6, 1))));
        Assert.Equal(10, Bereken(2021, new GeleverdeOndersteuning(Lid, "GD-WONING", new Periode(D(2021, 3, 1)), true, D(1950, 6, 1))).Count);
    }

    [Theory]
    [InlineData("RV-BW")]
    [InlineData("RV-THUISPLUS")]
    [InlineData("RV-OPVANG")]
    public void Beschermd_wonen_en_opvang_vallen_buiten_het_abonnementstarief(string code)
    {
        Assert.Equal(EigenBijdrageVrijstelling.BeschermdWonenOfOpvang, Leeuwarden.Zoek(code).Vrijstelling);
        // Even when a gemeente ticks the abonnementstarief in its catalogue, the exemption of the law holds.
        var catalogus = new Voorzieningencatalogus([Leeuwarden.Zoek(code) with { AbonnementstariefVanToepassing = true }]);
        Assert.Empty(AbonnementstariefBerekening.Heffingen([new GeleverdeOndersteuning(Lid, code, new Periode(D(2021, 1, 1)), true)],
            D(2021, 1, 1), D(2021, 12, 31), catalogus, TariefTabel.Leeuwarden));
    }

    [Fact]
    public void Elke_vrijstellingscategorie_heeft_een_test_en_een_voorziening_in_de_catalogus() =>
        Assert.All(Enum.GetValues<EigenBijdrageVrijstelling>().Where(v => v != EigenBijdrageVrijstelling.Geen),
            v => Assert.Contains(Leeuwarden.Voorzieningen, x => x.Vrijstelling == v));

    [Fact]
    public void Abonnementstarief_2019_alleen_voor_maatwerkvoorzieningen()
    {
        // 2019: the basisondersteuning (an algemene voorziening) is not charged, the aanvullende ondersteuning is.
        Assert.Empty(Bereken(2019, new GeleverdeOndersteuning(Lid, "BO-TO", new Periode(D(2019, 1, 1)), true)));
        Assert.Equal(13, Bereken(2019, new GeleverdeOndersteuning(Lid, "AO-TO", new Periode(D(2019, 1, 1)), true)).Count);
        // From 2020 (Wmo 2015 art. 2.1.4a; 002 §4.8) also the basisondersteuning with a structurele hulpverleningsrelatie.
        Assert.Equal(12, Bereken(2020, new GeleverdeOndersteuning(Lid, "BO-TO", new Periode(D(2020, 1, 1)), true)).Count);
    }

    [Fact]
    public void De_sociale_basis_nooit()
    {
        var catalogus = new Voorzieningencatalogus([Leeuwarden.Zoek("SB-MAATJE") with { AbonnementstariefVanToepassing = true }]);
        Assert.Empty(AbonnementstariefBerekening.Heffingen([new GeleverdeOndersteuning(Lid, "SB-MAATJE", new Periode(D(2021, 1, 1)), true)],
            D(2021, 1, 1), D(2021, 12, 31), catalogus, TariefTabel.Leeuwarden));
    }
}

/// <summary>Beschikkingsvrij is policy data (000 L816-828), respected on the verwijzing path as well (issue 11).</summary>
public class BeschikkingsvrijOpElkPadTests
{
    private readonly Common.Actor _werker = SociaalWerker();

    [Fact]
    public void Verwijzing_naar_aanvullende_ondersteuning_is_in_leeuwarden_beschikkingsvrij()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.AanvullendeOndersteuning);
        vraag.LegUitkomstVast(Uitkomst.AanvullendViaVerwijzing("AO-TO", Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding), _werker, D(2021, 3, 5), Leeuwarden);
        Assert.Equal(VraagStatus.UitkomstVastgelegd, vraag.Status);
        Assert.Null(vraag.Aanvraagdatum);
    }

    [Fact]
    public void Verwijzing_levert_een_beschikking_op_als_de_catalogus_dat_zegt()
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.AanvullendeOndersteuning);
        var catalogus = Voorzieningencatalogus.Leeuwarden2021(aanvullendeVerwijzingBeschikkingsvrij: false);
        vraag.LegUitkomstVast(Uitkomst.AanvullendViaVerwijzing("AO-TO", Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding), _werker, D(2021, 3, 5), catalogus);
        Assert.Equal(VraagStatus.AdviesVereist, vraag.Status);
        Assert.Equal(D(2021, 3, 5), vraag.Aanvraagdatum);
    }
}
