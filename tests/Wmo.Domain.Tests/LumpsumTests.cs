using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Lumpsum;
using static Wmo.Domain.Tests.Maak;

namespace Wmo.Domain.Tests;

public class BegrotingsjaarTests
{
    internal static Begrotingsjaar Jaar2021() => new(2021, 10_000_000m, new Dictionary<Perceel, decimal>
    {
        [Perceel.Basisondersteuning] = 6_000_000m,
        [Perceel.ThuisondersteuningEnDagbesteding] = 3_000_000m,
        [Perceel.HulpBijHetHuishouden] = 900_000m,
        [Perceel.KortdurendVerblijf] = 100_000m,
    }, PerceelInstelling.Leeuwarden);

    [Fact]
    public void Verdeling_over_percelen_is_gelijk_aan_het_totaal() =>
        Assert.Equal("VerdelingIsGelijkAanTotaal", Assert.Throws<DomainException>(() => new Begrotingsjaar(2021, 100m,
            new Dictionary<Perceel, decimal> { [Perceel.Basisondersteuning] = 60m }, PerceelInstelling.Leeuwarden)).Regel);

    [Fact]
    public void Hoofdaanbieders_van_een_perceel_krijgen_gelijke_delen()
    {
        var jaar = Jaar2021();
        var aanbieders = Enumerable.Range(0, 3).Select(_ => jaar.Contracteer(Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Hoofdaanbieder)).ToList();
        var aandelen = jaar.Aandelen(Perceel.ThuisondersteuningEnDagbesteding);

        Assert.Equal(1_000_000m, aandelen[aanbieders[0].AanbiederId]);
        Assert.Equal(3_000_000m, aandelen.Values.Sum());
    }

    [Fact]
    public void Gelijke_delen_worden_op_centen_afgerond_zonder_geld_te_verliezen()
    {
        var jaar = new Begrotingsjaar(2021, 100m, new Dictionary<Perceel, decimal> { [Perceel.HulpBijHetHuishouden] = 100m }, PerceelInstelling.Leeuwarden);
        jaar.Contracteer(Guid.NewGuid(), Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder);
        jaar.Contracteer(Guid.NewGuid(), Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder);
        Assert.Equal(100m, jaar.Aandelen(Perceel.HulpBijHetHuishouden).Values.Sum());
    }

    [Fact]
    public void Hulp_bij_het_huishouden_heeft_hoogstens_twee_aanbieders()
    {
        var jaar = Jaar2021();
        jaar.Contracteer(Guid.NewGuid(), Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder);
        jaar.Contracteer(Guid.NewGuid(), Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder);
        Assert.Equal("MaximaalAantalAanbiedersPerPerceel", Assert.Throws<DomainException>(() =>
            jaar.Contracteer(Guid.NewGuid(), Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder)).Regel);
    }

    [Fact]
    public void Thuisondersteuning_en_dagbesteding_heeft_hoogstens_vijf_aanbieders()
    {
        var jaar = Jaar2021();
        for (var i = 0; i < 5; i++)
        {
            jaar.Contracteer(Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Hoofdaanbieder);
        }

        Breekt("MaximaalAantalAanbiedersPerPerceel", () => jaar.Contracteer(Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Hoofdaanbieder));
        jaar.Contracteer(Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Onderaannemer);
    }

    [Fact]
    public void Hoofdaanbieder_niet_in_beide_pijlers_maar_wel_onderaannemer()
    {
        var jaar = Jaar2021();
        var partij = Guid.NewGuid();
        jaar.Contracteer(partij, Perceel.Basisondersteuning, ContractRol.Hoofdaanbieder);

        Assert.Equal("HoofdaanbiederNietInBeidePijlers", Assert.Throws<DomainException>(() =>
            jaar.Contracteer(partij, Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder)).Regel);
        jaar.Contracteer(partij, Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Onderaannemer);
        Assert.Equal(2, jaar.Contracten.Count);
    }
}

public class HerverdelingTests
{
    private readonly Begrotingsjaar _jaar = BegrotingsjaarTests.Jaar2021();
    private readonly Clientaantallen _clienten = new(1500, 500);

    [Fact]
    public void Herverdeling_alleen_op_gezamenlijk_verzoek() =>
        Assert.Equal("HerverdelingAlleenOpGezamenlijkVerzoek", Assert.Throws<DomainException>(() =>
            _jaar.VraagHerverdelingAan(Perceel.ThuisondersteuningEnDagbesteding, Perceel.Basisondersteuning, 100_000m, true, false, _clienten, "Meer cliënten in basis")).Regel);

    [Fact]
    public void Herverdeling_toont_absolute_aantallen_en_percentages()
    {
        var verzoek = _jaar.VraagHerverdelingAan(Perceel.ThuisondersteuningEnDagbesteding, Perceel.Basisondersteuning, 100_000m, true, true, _clienten, "Meer cliënten in basis");
        Assert.Equal(1500, verzoek.Clienten.Basisondersteuning);
        Assert.Equal(75.0m, verzoek.Clienten.PercentageBasis);
        Assert.Equal(25.0m, verzoek.Clienten.PercentageAanvullend);
    }

    [Fact]
    public void Gemeente_besluit_en_het_totaal_blijft_gelijk()
    {
        var verzoek = _jaar.VraagHerverdelingAan(Perceel.ThuisondersteuningEnDagbesteding, Perceel.Basisondersteuning, 100_000m, true, true, _clienten, "Verschuiving");
        Assert.Equal("GemeenteBesluitOverHerverdeling", Assert.Throws<DomainException>(() =>
            _jaar.BesluitOverHerverdeling(verzoek.Id, SociaalWerker(), true, D(2021, 6, 1))).Regel);

        _jaar.BesluitOverHerverdeling(verzoek.Id, Beheerder(), true, D(2021, 6, 1));
        Assert.Equal(6_100_000m, _jaar.Budget(Perceel.Basisondersteuning).Bedrag);
        Assert.Equal(2_900_000m, _jaar.Budget(Perceel.ThuisondersteuningEnDagbesteding).Bedrag);
        Assert.Equal(_jaar.Totaal, _jaar.Percelen.Sum(p => p.Bedrag));
        Assert.Equal(HerverdelingStatus.Toegekend, verzoek.Status);
    }

    [Fact]
    public void Herverdeling_blijft_binnen_het_initiele_totaal() =>
        Assert.Equal("HerverdelingBinnenInitieelTotaal", Assert.Throws<DomainException>(() =>
            _jaar.VraagHerverdelingAan(Perceel.KortdurendVerblijf, Perceel.Basisondersteuning, 100_001m, true, true, _clienten, "Te veel")).Regel);
}

public class PrognoseTests
{
    [Fact]
    public void Lineaire_prognose_waarschuwt_bij_dreigende_overschrijding()
    {
        var jaar = BegrotingsjaarTests.Jaar2021();
        jaar.RegistreerUitgaven(Perceel.HulpBijHetHuishouden, 1, 80_000m);
        jaar.RegistreerUitgaven(Perceel.HulpBijHetHuishouden, 2, 85_000m);
        jaar.RegistreerUitgaven(Perceel.HulpBijHetHuishouden, 3, 83_000m);

        var prognose = jaar.Prognose(Perceel.HulpBijHetHuishouden);
        Assert.Equal(248_000m, prognose.Gerealiseerd);
        Assert.Equal(992_000m, prognose.VerwachtJaareinde);
        Assert.True(prognose.DreigtOverschrijding);
        Assert.Contains("92.000", prognose.Waarschuwing!.Replace(",", ".", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Prognose_binnen_budget_geeft_geen_waarschuwing()
    {
        var jaar = BegrotingsjaarTests.Jaar2021();
        jaar.RegistreerUitgaven(Perceel.Basisondersteuning, 1, 400_000m);
        jaar.RegistreerUitgaven(Perceel.Basisondersteuning, 1, 450_000m);
        var prognose = jaar.Prognose();
        Assert.Equal(450_000m, prognose.Gerealiseerd);
        Assert.False(prognose.DreigtOverschrijding);
        Assert.Null(prognose.Waarschuwing);
    }
}
