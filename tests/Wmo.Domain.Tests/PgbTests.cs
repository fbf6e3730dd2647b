using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;
using Wmo.Domain.Common;

namespace Wmo.Domain.Tests;

/// <summary>Wmo 2015 art. 2.3.6: the three pgb conditions recorded and motivated, amount and calculation, only for a maatwerkvoorziening.</summary>
public class PgbTests
{
    internal static PgbOnderbouwing Onderbouwing() =>
        new(PgbBeheer.MetHulp, "Ouders beheren het budget al jaren", "Wil zelf de hulp kiezen die bij de gezinssituatie past",
            "De gekozen hulp heeft een VOG en werkt met een ondersteuningsplan", 7_488m, "3 uur per week × 52 weken × € 48 per uur (tarief verordening)");

    private static ZwaarwegendAdvies Advies(PgbOnderbouwing? pgb, string code = "AO-HH") =>
        new(Guid.NewGuid(), SociaalWerker(), code, new Omvang(3, Eenheid.Uur, Frequentie.PerWeek), new Periode(D(2021, 4, 1), D(2022, 3, 31)),
            Leveringsvorm.Pgb, "HH nodig", pgb);

    [Fact]
    public void Alle_drie_voorwaarden_en_bedrag_met_berekening_worden_vastgelegd()
    {
        var advies = Advies(Onderbouwing());
        Assert.Equal(PgbBeheer.MetHulp, advies.PgbBeheer);
        Assert.Equal(7_488m, advies.PgbBedrag);
        Assert.Equal(Onderbouwing(), advies.Pgb);

        advies.DienIn();
        advies.Keur(Toetser(), null, null, Moment);
        var beschikking = Beschikking.KenToe("WMO-2021-0001", advies, Guid.NewGuid(), Toetser(), null, Leeuwarden, D(1980, 1, 1), false, Duurbeleid.Leeuwarden, "Conform advies");
        Assert.Equal("Wil zelf de hulp kiezen die bij de gezinssituatie past", beschikking.PgbEigenMotivatie);
        Assert.Equal("De gekozen hulp heeft een VOG en werkt met een ondersteuningsplan", beschikking.PgbKwaliteitMotivering);
        Assert.Equal(7_488m, beschikking.PgbBedrag);
        Assert.StartsWith("3 uur per week", beschikking.PgbBerekening, StringComparison.Ordinal);
    }

    [Fact]
    public void Zonder_beheermotivering_geen_pgb() =>
        Breekt(Regelnamen.PgbVereistVaardigheidsmotivering, () => Advies(Onderbouwing() with { BeheerMotivering = " " }));

    [Fact]
    public void Zonder_eigen_motivatie_van_de_inwoner_geen_pgb() =>
        Breekt(Regelnamen.PgbVereistEigenMotivatie, () => Advies(Onderbouwing() with { EigenMotivatie = "" }));

    [Fact]
    public void Zonder_kwaliteitswaarborg_geen_pgb() =>
        Breekt(Regelnamen.PgbVereistKwaliteitswaarborg, () => Advies(Onderbouwing() with { KwaliteitMotivering = " " }));

    [Fact]
    public void Zonder_bedrag_of_berekening_geen_pgb()
    {
        Breekt(Regelnamen.PgbVereistBedragEnBerekening, () => Advies(Onderbouwing() with { Bedrag = 0m }));
        Breekt(Regelnamen.PgbVereistBedragEnBerekening, () => Advies(Onderbouwing() with { Berekening = "" }));
    }

    [Fact]
    public void Zorg_in_natura_bewaart_geen_pgb_gegevens()
    {
        var advies = new ZwaarwegendAdvies(Guid.NewGuid(), SociaalWerker(), "AO-HH", new Omvang(3, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(D(2021, 4, 1), D(2022, 3, 31)), Leveringsvorm.ZorgInNatura, "HH nodig", Onderbouwing());
        Assert.Null(advies.Pgb);
        Assert.Null(advies.PgbBedrag);
    }

    [Theory]
    [InlineData("BO-TO")]
    [InlineData("SB-MAATJE")]
    public void Geen_pgb_voor_een_algemene_voorziening(string code) =>
        Breekt(Regelnamen.GeenPgbVoorAlgemeneVoorziening, () => ZwaarwegendAdvies.GeenPgbVoorAlgemeneVoorziening(Leeuwarden.Zoek(code), Leveringsvorm.Pgb));

    [Fact]
    public void Een_toekenning_als_pgb_van_een_algemene_voorziening_wordt_geweigerd()
    {
        var advies = Advies(Onderbouwing(), "BO-TO");
        advies.DienIn();
        advies.Keur(Toetser(), null, null, Moment);
        Breekt(Regelnamen.GeenPgbVoorAlgemeneVoorziening, () =>
            Beschikking.KenToe("WMO-2021-0002", advies, Guid.NewGuid(), Toetser(), null, Leeuwarden, D(1980, 1, 1), false, Duurbeleid.Leeuwarden, "m"));
    }

    [Theory]
    [InlineData("AO-HH")]
    [InlineData("RV-BW")]
    [InlineData("GD-ROLSTOEL")]
    public void Pgb_kan_voor_een_maatwerkvoorziening(string code)
    {
        ZwaarwegendAdvies.GeenPgbVoorAlgemeneVoorziening(Leeuwarden.Zoek(code), Leveringsvorm.Pgb);
        Assert.True(Leeuwarden.Zoek(code).Pijler.IsMaatwerkvoorziening());
    }
}
