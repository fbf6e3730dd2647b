using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Transitie;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class TransitieTests
{
    private readonly Actor _werker = SociaalWerker();

    private static LegacyBeschikking Legacy(LegacyProduct product) => new(Guid.NewGuid(), Guid.NewGuid(), product, D(2019, 7, 1), D(2022, 6, 30));

    [Fact]
    public void Maatwerkgesprek_wordt_voor_de_overgangsdatum_gepland()
    {
        var legacy = Legacy(LegacyProduct.TO2);
        Assert.Equal(Regelnamen.MaatwerkgesprekVoorOvergangsdatum, Assert.Throws<DomainException>(() =>
            legacy.PlanMaatwerkgesprek(D(2021, 1, 1), TransitieInstellingen.Leeuwarden)).Regel);
        legacy.PlanMaatwerkgesprek(D(2020, 9, 15), TransitieInstellingen.Leeuwarden);
        Assert.Equal(D(2020, 9, 15), legacy.GeplandGesprekOp);
    }

    [Fact]
    public void Overgangsdatum_is_instelbaar()
    {
        var legacy = Legacy(LegacyProduct.TO2);
        legacy.PlanMaatwerkgesprek(D(2021, 3, 1), new TransitieInstellingen(D(2021, 7, 1)));
        Assert.NotNull(legacy.GeplandGesprekOp);
    }

    [Fact]
    public void Lopende_beschikking_blijft_geldig_tot_haar_einddatum()
    {
        var legacy = Legacy(LegacyProduct.TO2);
        legacy.PlanMaatwerkgesprek(D(2020, 9, 15), TransitieInstellingen.Leeuwarden);
        legacy.LegConclusieVast(Pijler.Basisondersteuning, _werker, LegacyProductTabel.Leeuwarden);
        Assert.True(legacy.IsGeldigOp(D(2022, 6, 30)));
        Assert.False(legacy.IsGeldigOp(D(2022, 7, 1)));
    }

    [Fact]
    public void Conclusie_is_basis_of_aanvullend()
    {
        var legacy = Legacy(LegacyProduct.TO3);
        legacy.PlanMaatwerkgesprek(D(2020, 9, 15), TransitieInstellingen.Leeuwarden);
        Assert.Equal(Regelnamen.ConclusieIsBasisOfAanvullend, Assert.Throws<DomainException>(() =>
            legacy.LegConclusieVast(Pijler.SocialeBasis, _werker, LegacyProductTabel.Leeuwarden)).Regel);
    }

    [Fact]
    public void Conclusie_tegen_de_overgangstabel_vereist_motivering()
    {
        var legacy = Legacy(LegacyProduct.TO4);
        legacy.PlanMaatwerkgesprek(D(2020, 9, 15), TransitieInstellingen.Leeuwarden);
        Assert.Equal(Regelnamen.AfwijkenVanSuggestieVereistMotivering, Assert.Throws<DomainException>(() =>
            legacy.LegConclusieVast(Pijler.Basisondersteuning, _werker, LegacyProductTabel.Leeuwarden)).Regel);
        legacy.LegConclusieVast(Pijler.Basisondersteuning, _werker, LegacyProductTabel.Leeuwarden, "Sterk verbeterd sinds indicatie");
        Assert.Equal(Pijler.Basisondersteuning, legacy.Conclusie);
    }

    [Fact]
    public void Conclusie_volgt_op_een_gepland_gesprek() =>
        Assert.Equal(Regelnamen.ConclusieNaMaatwerkgesprek, Assert.Throws<DomainException>(() =>
            Legacy(LegacyProduct.TO1).LegConclusieVast(Pijler.Basisondersteuning, _werker, LegacyProductTabel.Leeuwarden)).Regel);
}
