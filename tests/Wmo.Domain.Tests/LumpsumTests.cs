using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class BegrotingsjaarTests
{
    internal static readonly Periode HeelJaar = new(D(2021, 1, 1), D(2021, 12, 31));

    internal static Begrotingsjaar Jaar2021() => new(2021, 10_000_000m, new Dictionary<Perceel, decimal>
    {
        [Perceel.Basisondersteuning] = 6_000_000m,
        [Perceel.ThuisondersteuningEnDagbesteding] = 3_000_000m,
        [Perceel.HulpBijHetHuishouden] = 900_000m,
        [Perceel.KortdurendVerblijf] = 100_000m,
    }, PerceelInstelling.Leeuwarden);

    internal static LumpsumContract Hoofd(Begrotingsjaar jaar, Perceel perceel, Guid? partij = null) =>
        jaar.Contracteer(partij ?? Guid.NewGuid(), perceel, ContractRol.Hoofdaanbieder, HeelJaar);

    [Fact]
    public void Verdeling_over_percelen_is_gelijk_aan_het_totaal() =>
        Assert.Equal("VerdelingIsGelijkAanTotaal", Assert.Throws<DomainException>(() => new Begrotingsjaar(2021, 100m,
            new Dictionary<Perceel, decimal> { [Perceel.Basisondersteuning] = 60m }, PerceelInstelling.Leeuwarden)).Regel);

    [Fact]
    public void Een_negatief_bedrag_in_de_verdeling_wordt_geweigerd() =>
        Assert.Equal("BedragNietNegatief", Assert.Throws<DomainException>(() => new Begrotingsjaar(2021, 100m,
            new Dictionary<Perceel, decimal> { [Perceel.Basisondersteuning] = 150m, [Perceel.HulpBijHetHuishouden] = -50m }, PerceelInstelling.Leeuwarden)).Regel);

    [Fact]
    public void Thuisondersteuning_en_dagbesteding_is_in_vijf_gelijke_delen_verdeeld_en_vrije_delen_zijn_niet_toegewezen()
    {
        var jaar = Jaar2021();
        var aanbieders = Enumerable.Range(0, 3).Select(_ => Hoofd(jaar, Perceel.ThuisondersteuningEnDagbesteding)).ToList();

        var verdeling = jaar.Aandelen(Perceel.ThuisondersteuningEnDagbesteding);

        Assert.Equal(5, verdeling.AantalDelen);
        Assert.All(verdeling.Aandelen, a => Assert.Equal(600_000m, a.Bedrag));
        Assert.Equal(aanbieders.Select(a => a.AanbiederId), verdeling.Aandelen.Select(a => a.AanbiederId));
        Assert.Equal(2, verdeling.VrijeDelen);
        Assert.Equal(1_200_000m, verdeling.NietToegewezen);
    }

    [Fact]
    public void Gelijke_delen_worden_op_centen_afgerond_zonder_geld_te_verliezen()
    {
        var jaar = new Begrotingsjaar(2021, 100.01m, new Dictionary<Perceel, decimal> { [Perceel.HulpBijHetHuishouden] = 100.01m }, PerceelInstelling.Leeuwarden);
        Hoofd(jaar, Perceel.HulpBijHetHuishouden);
        Hoofd(jaar, Perceel.HulpBijHetHuishouden);
        var verdeling = jaar.Aandelen(Perceel.HulpBijHetHuishouden);
        Assert.Equal(100.01m, verdeling.Aandelen.Sum(a => a.Bedrag));
        Assert.Equal(0m, verdeling.NietToegewezen);
    }

    [Fact]
    public void Het_aantal_gelijke_delen_is_beleid_van_de_gemeente()
    {
        var anders = new Begrotingsjaar(2021, 300m, new Dictionary<Perceel, decimal> { [Perceel.HulpBijHetHuishouden] = 300m },
            [new PerceelInstelling(Perceel.HulpBijHetHuishouden, 3)]);
        Hoofd(anders, Perceel.HulpBijHetHuishouden);
        Assert.Equal(100m, anders.Aandelen(Perceel.HulpBijHetHuishouden).Deel);
        Assert.Equal(2, anders.Aandelen(Perceel.HulpBijHetHuishouden).VrijeDelen);
    }

    [Fact]
    public void Hulp_bij_het_huishouden_heeft_hoogstens_twee_aanbieders()
    {
        var jaar = Jaar2021();
        Hoofd(jaar, Perceel.HulpBijHetHuishouden);
        Hoofd(jaar, Perceel.HulpBijHetHuishouden);
        Assert.Equal("MaximaalAantalAanbiedersPerPerceel", Assert.Throws<DomainException>(() => Hoofd(jaar, Perceel.HulpBijHetHuishouden)).Regel);
    }

    [Fact]
    public void Thuisondersteuning_en_dagbesteding_heeft_hoogstens_vijf_aanbieders()
    {
        var jaar = Jaar2021();
        for (var i = 0; i < 5; i++)
        {
            Hoofd(jaar, Perceel.ThuisondersteuningEnDagbesteding);
        }

        Assert.Equal("MaximaalAantalAanbiedersPerPerceel", Assert.Throws<DomainException>(() => Hoofd(jaar, Perceel.ThuisondersteuningEnDagbesteding)).Regel);
        jaar.Contracteer(Guid.NewGuid(), Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Onderaannemer, HeelJaar);
    }

    [Fact]
    public void Hoofdaanbieder_niet_in_beide_pijlers_maar_wel_onderaannemer()
    {
        var jaar = Jaar2021();
        var partij = Guid.NewGuid();
        Hoofd(jaar, Perceel.Basisondersteuning, partij);

        Assert.Equal("HoofdaanbiederNietInBeidePijlers", Assert.Throws<DomainException>(() => Hoofd(jaar, Perceel.HulpBijHetHuishouden, partij)).Regel);
        jaar.Contracteer(partij, Perceel.ThuisondersteuningEnDagbesteding, ContractRol.Onderaannemer, HeelJaar);
        Assert.Equal(2, jaar.Contracten.Count);
    }

    [Fact]
    public void Een_contract_valt_in_het_begrotingsjaar() =>
        Assert.Equal("ContractperiodeInBegrotingsjaar", Assert.Throws<DomainException>(() =>
            Jaar2021().Contracteer(Guid.NewGuid(), Perceel.HulpBijHetHuishouden, ContractRol.Hoofdaanbieder, new Periode(D(2022, 1, 1)))).Regel);

    [Fact]
    public void Een_contract_met_realisatie_kan_niet_worden_verwijderd()
    {
        var jaar = Jaar2021();
        var contract = Hoofd(jaar, Perceel.HulpBijHetHuishouden);
        var leeg = Hoofd(jaar, Perceel.KortdurendVerblijf);
        jaar.RegistreerUitgaven(contract.AanbiederId, Perceel.HulpBijHetHuishouden, 1, 10m);

        Assert.Equal(Regelnamen.ContractMetRealisatieBlijft, Assert.Throws<DomainException>(() => jaar.VerwijderContract(contract.Id)).Regel);
        jaar.VerwijderContract(leeg.Id);
        Assert.Single(jaar.Contracten);
    }
}

public class HerverdelingTests
{
    private readonly Begrotingsjaar _jaar = BegrotingsjaarTests.Jaar2021();
    private readonly Clientaantallen _clienten = new(1500, 500);
    private readonly Guid _basis;
    private readonly Guid _aanvullend;

    public HerverdelingTests()
    {
        _basis = BegrotingsjaarTests.Hoofd(_jaar, Perceel.Basisondersteuning).AanbiederId;
        _aanvullend = BegrotingsjaarTests.Hoofd(_jaar, Perceel.ThuisondersteuningEnDagbesteding).AanbiederId;
    }

    private Herverdeling Verzoek(decimal bedrag = 100_000m) =>
        _jaar.VraagHerverdelingAan(Perceel.ThuisondersteuningEnDagbesteding, Perceel.Basisondersteuning, bedrag, _basis, _aanvullend, _clienten, "Meer cliënten in basis", D(2021, 5, 1));

    [Fact]
    public void Herverdeling_alleen_op_verzoek_van_de_echte_contractpartijen() =>
        Assert.Equal("HerverdelingAlleenOpGezamenlijkVerzoek", Assert.Throws<DomainException>(() =>
            _jaar.VraagHerverdelingAan(Perceel.ThuisondersteuningEnDagbesteding, Perceel.Basisondersteuning, 100_000m, _basis, Guid.NewGuid(), _clienten, "x", D(2021, 5, 1))).Regel);

    [Fact]
    public void Herverdeling_alleen_tussen_basis_en_aanvullend() =>
        Assert.Equal("HerverdelingTussenBasisEnAanvullend", Assert.Throws<DomainException>(() =>
            _jaar.VraagHerverdelingAan(Perceel.ThuisondersteuningEnDagbesteding, Perceel.HulpBijHetHuishouden, 1m, _basis, _aanvullend, _clienten, "x", D(2021, 5, 1))).Regel);

    [Fact]
    public void Herverdeling_legt_de_partijen_en_de_clientaantallen_van_dat_moment_vast()
    {
        var verzoek = Verzoek();
        Assert.Equal(_basis, verzoek.PartijBasisondersteuningId);
        Assert.Equal(_aanvullend, verzoek.PartijAanvullendId);
        Assert.Equal(1500, verzoek.Clienten.Basisondersteuning);
        Assert.Equal(75.0m, verzoek.Clienten.PercentageBasis);
        Assert.Equal(25.0m, verzoek.Clienten.PercentageAanvullend);
    }

    [Fact]
    public void Gemeente_besluit_gemotiveerd_en_het_totaal_blijft_gelijk()
    {
        var verzoek = Verzoek();
        Assert.Equal(Regelnamen.GemeenteBesluitOverHerverdeling, Assert.Throws<DomainException>(() =>
            _jaar.BesluitOverHerverdeling(verzoek.Id, SociaalWerker(), true, "ok", D(2021, 6, 1))).Regel);
        Assert.Equal(Regelnamen.BesluitIsGemotiveerd, Assert.Throws<DomainException>(() =>
            _jaar.BesluitOverHerverdeling(verzoek.Id, Beheerder(), true, " ", D(2021, 6, 1))).Regel);

        Assert.True(verzoek.WachtOpBesluit);
        _jaar.BesluitOverHerverdeling(verzoek.Id, Beheerder(), true, "Verschuiving aangetoond", D(2021, 6, 1));
        Assert.False(verzoek.WachtOpBesluit);
        Assert.Equal(Regelnamen.GemeenteBesluitOverHerverdeling, Assert.Throws<DomainException>(() =>
            _jaar.BesluitOverHerverdeling(verzoek.Id, Beheerder(), false, "Nog eens", D(2021, 6, 2))).Regel);
        Assert.Equal(6_100_000m, _jaar.Budget(Perceel.Basisondersteuning).Bedrag);
        Assert.Equal(2_900_000m, _jaar.Budget(Perceel.ThuisondersteuningEnDagbesteding).Bedrag);
        Assert.Equal(_jaar.Totaal, _jaar.Percelen.Sum(p => p.Bedrag));
        Assert.Equal(HerverdelingStatus.Toegekend, verzoek.Status);
        Assert.Equal("Verschuiving aangetoond", verzoek.Motivering);
    }

    [Fact]
    public void Herverdeling_blijft_binnen_het_initiele_totaal() =>
        Assert.Equal("HerverdelingBinnenInitieelTotaal", Assert.Throws<DomainException>(() => Verzoek(3_000_000.01m)).Regel);
}

public class PrognoseTests
{
    [Fact]
    public void Prognose_waarschuwt_bij_dreigende_overschrijding()
    {
        var jaar = BegrotingsjaarTests.Jaar2021();
        var hh = BegrotingsjaarTests.Hoofd(jaar, Perceel.HulpBijHetHuishouden).AanbiederId;
        jaar.RegistreerUitgaven(hh, Perceel.HulpBijHetHuishouden, 1, 80_000m);
        jaar.RegistreerUitgaven(hh, Perceel.HulpBijHetHuishouden, 2, 85_000m);
        jaar.RegistreerUitgaven(hh, Perceel.HulpBijHetHuishouden, 3, 83_000m);

        var prognose = jaar.Prognose(Perceel.HulpBijHetHuishouden);
        Assert.Equal(248_000m, prognose.Gerealiseerd);
        Assert.Equal(992_000m, prognose.VerwachtJaareinde);
        Assert.True(prognose.DreigtOverschrijding);
        Assert.Contains("92.000", prognose.Waarschuwing!.Replace(",", ".", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Een_ontbrekende_maand_telt_niet_als_nul_euro()
    {
        var jaar = BegrotingsjaarTests.Jaar2021();
        var hh = BegrotingsjaarTests.Hoofd(jaar, Perceel.HulpBijHetHuishouden).AanbiederId;
        jaar.RegistreerUitgaven(hh, Perceel.HulpBijHetHuishouden, 1, 70_000m);
        jaar.RegistreerUitgaven(hh, Perceel.HulpBijHetHuishouden, 4, 80_000m);

        var prognose = jaar.Prognose(Perceel.HulpBijHetHuishouden);

        Assert.Equal(2, prognose.MaandenGerealiseerd);
        Assert.Equal(900_000m, prognose.VerwachtJaareinde);
        Assert.False(prognose.DreigtOverschrijding);
    }

    [Fact]
    public void Een_tweede_registratie_voor_dezelfde_maand_vervangt_de_eerste()
    {
        var jaar = BegrotingsjaarTests.Jaar2021();
        var basis = BegrotingsjaarTests.Hoofd(jaar, Perceel.Basisondersteuning).AanbiederId;
        jaar.RegistreerUitgaven(basis, Perceel.Basisondersteuning, 1, 400_000m);
        jaar.RegistreerUitgaven(basis, Perceel.Basisondersteuning, 1, 450_000m);
        var prognose = jaar.Prognose();
        Assert.Equal(450_000m, prognose.Gerealiseerd);
        Assert.False(prognose.DreigtOverschrijding);
        Assert.Null(prognose.Waarschuwing);
    }

    [Fact]
    public void Realisatie_alleen_van_een_gecontracteerde_aanbieder_en_nooit_negatief()
    {
        var jaar = BegrotingsjaarTests.Jaar2021();
        var hh = BegrotingsjaarTests.Hoofd(jaar, Perceel.HulpBijHetHuishouden).AanbiederId;
        Assert.Equal(Regelnamen.RealisatieAlleenVanGecontracteerdeAanbieder, Assert.Throws<DomainException>(() =>
            jaar.RegistreerUitgaven(Guid.NewGuid(), Perceel.HulpBijHetHuishouden, 1, 1m)).Regel);
        Assert.Equal("BedragNietNegatief", Assert.Throws<DomainException>(() =>
            jaar.RegistreerUitgaven(hh, Perceel.HulpBijHetHuishouden, 1, -1m)).Regel);
    }
}
