using Microsoft.Extensions.Time.Testing;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class FeestdagenTests
{
    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2020, 4, 12)]
    [InlineData(2021, 4, 4)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    public void Paaszondag_wordt_juist_berekend(int jaar, int maand, int dag) => Assert.Equal(D(jaar, maand, dag), Feestdagen.Paaszondag(jaar));

    [Theory]
    [InlineData(2021, 4, 2)]
    [InlineData(2024, 3, 29)]
    [InlineData(2026, 4, 3)]
    public void Goede_vrijdag_is_een_feestdag_volgens_artikel_3_lid_2(int jaar, int maand, int dag)
    {
        Assert.True(Feestdagen.IsFeestdag(D(jaar, maand, dag)));
        Assert.Contains("art. 3 lid 2", Feestdagkalender.Wettelijk.WaaromGeenWerkdag(D(jaar, maand, dag)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2013, 4, 30)]
    [InlineData(2006, 4, 29)]
    [InlineData(1995, 4, 29)]
    public void Koninginnedag_voor_2014_is_30_april_of_29_april_als_30_april_een_zondag_is(int jaar, int maand, int dag)
    {
        Assert.Equal(D(jaar, maand, dag), Feestdagen.Koningsdag(jaar));
        Assert.True(Feestdagen.IsFeestdag(D(jaar, maand, dag)));
        Assert.False(Feestdagen.IsFeestdag(D(jaar, 4, 27)));
    }

    [Fact]
    public void Koningsdag_2014_viel_op_26_april_omdat_27_april_een_zondag_was()
    {
        Assert.Equal(D(2014, 4, 26), Feestdagen.Koningsdag(2014));
        Assert.False(Feestdagen.IsFeestdag(D(2014, 4, 30)));
    }

    [Fact]
    public void Vijf_mei_is_elk_jaar_een_feestdag_ook_buiten_lustrumjaren()
    {
        Assert.True(Feestdagen.IsFeestdag(D(2026, 5, 5)));
        Assert.True(Feestdagen.IsFeestdag(D(2027, 5, 5)));
    }

    [Fact]
    public void Eerste_paasdag_en_pinksterdag_zijn_zondagen_en_dus_geen_werkdag() =>
        Assert.Equal("zondag (Atw art. 1 lid 1)", Feestdagkalender.Wettelijk.WaaromGeenWerkdag(D(2026, 4, 5)));

    [Fact]
    public void Koningsdag_valt_op_26_april_als_27_april_een_zondag_is()
    {
        Assert.Equal(D(2025, 4, 26), Feestdagen.Koningsdag(2025));
        Assert.True(Feestdagen.IsFeestdag(D(2025, 4, 26)));
        Assert.Equal(D(2021, 4, 27), Feestdagen.Koningsdag(2021));
    }

    [Theory]
    [InlineData(2021, 1, 1)]
    [InlineData(2021, 4, 5)]
    [InlineData(2021, 5, 5)]
    [InlineData(2021, 5, 13)]
    [InlineData(2021, 5, 24)]
    [InlineData(2021, 12, 25)]
    [InlineData(2021, 12, 26)]
    public void Algemeen_erkende_feestdagen_zijn_geen_werkdag(int jaar, int maand, int dag) => Assert.False(Feestdagkalender.Wettelijk.IsWerkdag(D(jaar, maand, dag)));
}

public class TermijnBerekeningTests
{
    private static readonly TermijnInstellingen Wet = TermijnInstellingen.Wettelijk;

    [Fact]
    public void Onderzoekstermijn_is_zes_weken_na_melding() =>
        Assert.Equal(D(2021, 4, 12), Termijn.Bereken(TermijnSoort.Onderzoek, D(2021, 3, 1), Wet).Einddatum);

    [Fact]
    public void Termijn_die_op_zaterdag_eindigt_loopt_door_tot_maandag() =>
        Assert.Equal(D(2021, 3, 8), Termijn.Bereken(TermijnSoort.Onderzoek, D(2021, 1, 23), Wet).Einddatum);

    [Fact]
    public void Termijn_die_op_tweede_paasdag_eindigt_loopt_door_tot_dinsdag() =>
        Assert.Equal(D(2021, 4, 6), Termijn.Bereken(TermijnSoort.Beschikking, D(2021, 3, 22), Wet).Einddatum);

    [Fact]
    public void Termijn_die_op_goede_vrijdag_eindigt_loopt_door_tot_na_tweede_paasdag() =>
        Assert.Equal(D(2021, 4, 6), Termijn.Bereken(TermijnSoort.Beschikking, D(2021, 3, 19), Wet).Einddatum);

    [Fact]
    public void Termijn_die_op_koningsdag_eindigt_loopt_door_tot_de_dag_erna() =>
        Assert.Equal(D(2021, 4, 28), Termijn.Bereken(TermijnSoort.Beschikking, D(2021, 4, 13), Wet).Einddatum);

    [Fact]
    public void Termijn_die_op_26_april_koningsdag_eindigt_loopt_door_tot_maandag() =>
        Assert.Equal(D(2025, 4, 28), Termijn.Bereken(TermijnSoort.Beschikking, D(2025, 4, 12), Wet).Einddatum);

    [Fact]
    public void Termijn_die_op_hemelvaartsdag_eindigt_loopt_door_tot_vrijdag() =>
        Assert.Equal(D(2021, 5, 14), Termijn.Bereken(TermijnSoort.Beschikking, D(2021, 4, 29), Wet).Einddatum);

    [Fact]
    public void Bezwaartermijn_over_de_jaarwisseling_eindigt_niet_op_nieuwjaarsdag() =>
        Assert.Equal(D(2021, 1, 4), Termijn.Bereken(TermijnSoort.Bezwaar, D(2020, 11, 20), Wet).Einddatum);

    [Fact]
    public void Opschorting_verlengt_de_termijn_met_de_opgeschorte_dagen()
    {
        var termijn = Termijn.Bereken(TermijnSoort.Onderzoek, D(2021, 3, 1), Wet, [new Periode(D(2021, 3, 10), D(2021, 3, 19))]);
        Assert.Equal(10, termijn.OpgeschorteDagen);
        Assert.Equal(D(2021, 4, 22), termijn.Einddatum);
    }

    [Fact]
    public void Persoonlijk_plan_termijn_is_zeven_dagen() =>
        Assert.Equal(D(2021, 3, 8), Termijn.Bereken(TermijnSoort.PersoonlijkPlan, D(2021, 3, 1), Wet).Einddatum);

    [Fact]
    public void Termijnlengte_komt_uit_de_instellingen()
    {
        var twaalfWeken = Wet with { BeslissingOpBezwaarDagen = 84 };
        Assert.Equal(D(2021, 5, 25), Termijn.Bereken(TermijnSoort.BeslissingOpBezwaar, D(2021, 3, 1), twaalfWeken).Einddatum);
    }
}

public class TermijnStatusTests
{
    private static readonly int Binnenkort = TermijnInstellingen.Wettelijk.BinnenkortWerkdagen;

    private readonly Termijn _termijn = Termijn.Bereken(TermijnSoort.Onderzoek, D(2021, 3, 1), TermijnInstellingen.Wettelijk);

    [Fact]
    public void Termijn_ruim_voor_einde_is_op_schema()
    {
        Assert.Equal(TermijnStatus.OpSchema, _termijn.Status(D(2021, 3, 15), Binnenkort));
        Assert.Equal(28, _termijn.DagenResterend(D(2021, 3, 15)));
    }

    [Fact]
    public void Termijn_binnen_vijf_werkdagen_verloopt_binnenkort() =>
        Assert.Equal(TermijnStatus.BinnenkortVerlopen, _termijn.Status(D(2021, 4, 6), Binnenkort));

    [Fact]
    public void Zes_werkdagen_voor_einde_is_nog_op_schema()
    {
        // 1, 6, 7, 8, 9 and 12 April 2021: Goede Vrijdag (2 April) and tweede Paasdag are no working days (Atw art. 3).
        Assert.Equal(TermijnStatus.OpSchema, _termijn.Status(D(2021, 3, 31), Binnenkort));
        Assert.Equal(TermijnStatus.BinnenkortVerlopen, _termijn.Status(D(2021, 4, 1), Binnenkort));
    }

    [Fact]
    public void Termijn_na_einddatum_is_verlopen_met_negatieve_resterende_dagen()
    {
        Assert.Equal(TermijnStatus.Verlopen, _termijn.Status(D(2021, 4, 13), Binnenkort));
        Assert.Equal(-1, _termijn.DagenResterend(D(2021, 4, 13)));
    }

    [Fact]
    public void Status_volgt_de_klok()
    {
        var klok = new FakeTimeProvider(new DateTimeOffset(2021, 4, 12, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(TermijnStatus.BinnenkortVerlopen, _termijn.Status(klok, TermijnInstellingen.Wettelijk));
        klok.Advance(TimeSpan.FromDays(1));
        Assert.Equal(TermijnStatus.Verlopen, _termijn.Status(klok, TermijnInstellingen.Wettelijk));
    }

    [Fact]
    public void Open_opschorting_kan_niet_worden_meegerekend() =>
        Breekt(Regelnamen.OpschortingHeeftEinde, () => Termijn.Bereken(TermijnSoort.Onderzoek, D(2021, 3, 1), TermijnInstellingen.Wettelijk, [new Periode(D(2021, 3, 10))]));
}
