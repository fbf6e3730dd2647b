using Wmo.Domain.Common;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class AbonnementstariefTests
{
    private static readonly Guid Partner1 = Guid.NewGuid();
    private static readonly Guid Partner2 = Guid.NewGuid();

    private static IReadOnlyList<Heffing> Bereken(DateOnly van, DateOnly tot, params GeleverdeOndersteuning[] ondersteuning) =>
        AbonnementstariefBerekening.Heffingen(ondersteuning, van, tot, Leeuwarden, TariefTabel.Leeuwarden);

    [Fact]
    public void Een_heffing_per_huishouden_per_maand_ook_met_twee_leden_in_zorg()
    {
        var heffingen = Bereken(D(2020, 1, 1), D(2020, 3, 31),
            new GeleverdeOndersteuning(Partner1, "AO-HH", new Periode(D(2020, 1, 15)), true),
            new GeleverdeOndersteuning(Partner2, "BO-TO", new Periode(D(2020, 2, 1)), true));

        Assert.Equal(3, heffingen.Count);
        Assert.All(heffingen, h => Assert.Equal(19.00m, h.Bedrag));
        Assert.Equal(new Periode(D(2020, 1, 1), D(2020, 1, 31)), heffingen[0].Periode);
    }

    [Fact]
    public void In_2019_wordt_per_vier_weken_geheven()
    {
        var heffingen = Bereken(D(2019, 1, 1), D(2019, 12, 31), new GeleverdeOndersteuning(Partner1, "AO-HH", new Periode(D(2019, 1, 1)), true));
        Assert.Equal(13, heffingen.Count);
        Assert.Equal(17.50m, heffingen[0].Bedrag);
        Assert.Equal(D(2019, 1, 28), heffingen[0].Periode.Einde);
        Assert.Equal(D(2019, 12, 31), heffingen[12].Periode.Einde);
    }

    [Fact]
    public void Heffing_stopt_na_de_einddatum_van_de_ondersteuning()
    {
        var heffingen = Bereken(D(2020, 1, 1), D(2020, 12, 31), new GeleverdeOndersteuning(Partner1, "AO-TO", new Periode(D(2020, 3, 10), D(2020, 5, 2)), true));
        Assert.Equal([3, 4, 5], heffingen.Select(h => h.Periode.Start.Month));
    }

    [Theory]
    [InlineData("GD-VERVOER")]
    [InlineData("RV-BW")]
    [InlineData("RV-OPVANG")]
    [InlineData("SB-MAATJE")]
    public void Geen_heffing_voor_vervoer_beschermd_wonen_opvang_of_sociale_basis(string code) =>
        Assert.Empty(Bereken(D(2020, 1, 1), D(2020, 12, 31), new GeleverdeOndersteuning(Partner1, code, new Periode(D(2020, 1, 1)), true)));

    [Fact]
    public void Geen_heffing_voor_niet_structurele_ondersteuning() =>
        Assert.Empty(Bereken(D(2020, 1, 1), D(2020, 12, 31), new GeleverdeOndersteuning(Partner1, "BO-TO", new Periode(D(2020, 1, 1), D(2020, 1, 20)), false)));

    [Fact]
    public void Tarief_is_data_per_jaar_en_latere_jaren_volgen_het_laatste_tarief()
    {
        Assert.Equal(19.00m, TariefTabel.Leeuwarden.Voor(2022).Bedrag);
        Assert.Equal(Regelnamen.TariefBekendVoorJaar, Assert.Throws<DomainException>(() => TariefTabel.Leeuwarden.Voor(2018)).Regel);
        var eigen = new TariefTabel([new Abonnementstarief(2021, 20.00m, Tariefperiode.Maand)]);
        Assert.Equal(20.00m, eigen.Voor(2021).Bedrag);
    }
}
