using Wmo.Domain.Termijnen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>The Algemene termijnenwet article by article (art. 1, 2 and 3 lid 1-3).</summary>
public class AlgemeneTermijnenwetTests
{
    private static readonly Feestdagkalender MetBesluiten2023Tot2028 = new(
        OnafhankelijkeAtw.GelijkgesteldeDagen.Select(d => new GelijkgesteldeDag(d, "Besluit gelijkstelling (test)")));

    [Fact]
    public void Artikel_1_termijn_die_op_zondag_eindigt_loopt_door_tot_maandag() =>
        Assert.Equal(D(2026, 3, 9), Termijn.Bereken(TermijnSoort.PersoonlijkPlan, D(2026, 3, 1), 7, Feestdagkalender.Wettelijk).Einddatum);

    [Fact]
    public void Artikel_2_termijn_van_drie_dagen_over_kerst_bevat_twee_werkdagen()
    {
        // 25, 26 and 27 December 2026 (vrijdag, zaterdag, zondag); art. 1 alone gives maandag 28, which holds only one working day.
        var termijn = Termijn.Bereken(TermijnSoort.PersoonlijkPlan, D(2026, 12, 24), 3, Feestdagkalender.Wettelijk);
        Assert.Equal(D(2026, 12, 29), termijn.Einddatum);
        Assert.Contains(termijn.Uitleg, r => r.StartsWith("Atw art. 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_verdaagde_beslistermijn_eindigt_op_de_nieuwe_datum_en_de_uitleg_sluit_met_de_verdaging()
    {
        // Awb 4:14 after the Atw's own lines; the explanation is written when it is read (issue 15), with the same lines.
        var gewoon = Wmo.Domain.Vragen.Ondersteuningsvraag.BeschikkingstermijnVan(D(2026, 12, 15), 0, null, TermijnInstellingen.Wettelijk)!;
        var verdaagd = Wmo.Domain.Vragen.Ondersteuningsvraag.BeschikkingstermijnVan(D(2026, 12, 15), 0,
            new Wmo.Domain.Vragen.Verdaging(D(2026, 12, 22), D(2027, 1, 15), "advies van de GGD"), TermijnInstellingen.Wettelijk)!;

        Assert.Equal(D(2027, 1, 15), verdaagd.Einddatum);
        Assert.Equal(gewoon.Uitleg, verdaagd.Uitleg.Take(gewoon.Uitleg.Count));
        Assert.Equal("verdaagd (Awb 4:14) bij bericht van 2026-12-22 tot 2027-01-15: advies van de GGD", verdaagd.Uitleg[^1]);
        Assert.Equal(gewoon.Uitleg.Count + 1, verdaagd.Uitleg.Count);
        Assert.Contains(gewoon.Uitleg, r => r.Contains("eerste Kerstdag", StringComparison.Ordinal));
    }

    [Fact]
    public void Artikel_2_termijn_van_drie_dagen_over_pasen_bevat_twee_werkdagen() =>
        Assert.Equal(D(2026, 4, 8), Termijn.Bereken(TermijnSoort.PersoonlijkPlan, D(2026, 4, 2), 3, Feestdagkalender.Wettelijk).Einddatum);

    [Fact]
    public void Artikel_2_geldt_niet_voor_een_termijn_korter_dan_drie_dagen() =>
        Assert.Equal(D(2026, 12, 28), Termijn.Bereken(TermijnSoort.PersoonlijkPlan, D(2026, 12, 24), 2, Feestdagkalender.Wettelijk).Einddatum);

    [Fact]
    public void Artikel_3_lid_3_gelijkgestelde_dag_verlengt_de_termijn()
    {
        var kalender = new Feestdagkalender([new GelijkgesteldeDag(D(2026, 5, 15), "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028")]);
        Assert.Equal(D(2026, 5, 15), Termijn.Bereken(TermijnSoort.Beschikking, D(2026, 5, 1), TermijnInstellingen.Wettelijk).Einddatum);

        var termijn = Termijn.Bereken(TermijnSoort.Beschikking, D(2026, 5, 1), TermijnInstellingen.Wettelijk with { Kalender = kalender });

        Assert.Equal(D(2026, 5, 18), termijn.Einddatum);
        Assert.Contains(termijn.Uitleg, r => r.StartsWith("2026-05-15 (vrijdag) overgeslagen: gelijkgestelde dag, Besluit gelijkstelling van 2 januari 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Uitleg_noemt_elke_overgeslagen_dag_met_het_artikel()
    {
        // Beschikking on an aanvraag of 20 March 2026: nominal end Goede Vrijdag 3 April, then zaterdag, zondag, tweede Paasdag.
        var termijn = Termijn.Bereken(TermijnSoort.Beschikking, D(2026, 3, 20), TermijnInstellingen.Wettelijk);

        Assert.Equal(D(2026, 4, 7), termijn.Einddatum);
        Assert.Equal(
            [
                "aanvang: 2026-03-20 (vrijdag); de termijn begint de dag erna",
                "termijn: 14 dagen (Wmo 2015 art. 2.3.5 lid 1)",
                "laatste dag zonder Algemene termijnenwet: 2026-04-03 (vrijdag)",
                "2026-04-03 (vrijdag) overgeslagen: Goede Vrijdag (Atw art. 3 lid 2)",
                "2026-04-04 (zaterdag) overgeslagen: zaterdag (Atw art. 1 lid 1)",
                "2026-04-05 (zondag) overgeslagen: zondag (Atw art. 1 lid 1)",
                "2026-04-06 (maandag) overgeslagen: tweede Paasdag (Atw art. 3 lid 1)",
                "verlengd tot de eerstvolgende werkdag: 2026-04-07 (dinsdag)",
            ],
            termijn.Uitleg);
    }

    [Fact]
    public void Feestdag_binnen_de_termijn_verlengt_niet_maar_wordt_wel_genoemd()
    {
        var termijn = Termijn.Bereken(TermijnSoort.Beschikking, D(2026, 4, 1), TermijnInstellingen.Wettelijk);
        Assert.Equal(D(2026, 4, 15), termijn.Einddatum);
        Assert.Contains("2026-04-03 (vrijdag) valt binnen de termijn: Goede Vrijdag (Atw art. 3 lid 2); telt gewoon mee (de Atw verlengt alleen een termijn die op zo'n dag eindigt)", termijn.Uitleg);
    }

    public static TheoryData<int, int> JarenEnLengtes()
    {
        var data = new TheoryData<int, int>();
        for (var jaar = 2023; jaar <= 2028; jaar++)
        {
            foreach (var lengte in new[] { 7, 14, 42 })
            {
                data.Add(jaar, lengte);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(JarenEnLengtes))]
    public void Elke_startdatum_geeft_dezelfde_einddatum_als_een_onafhankelijke_berekening(int jaar, int lengte)
    {
        var afwijkingen = new List<string>();
        for (var aanvang = new DateOnly(jaar, 1, 1); aanvang.Year == jaar; aanvang = aanvang.AddDays(1))
        {
            var verwacht = OnafhankelijkeAtw.Einde(aanvang, lengte);
            var berekend = Termijn.Bereken(TermijnSoort.Onderzoek, aanvang, lengte, MetBesluiten2023Tot2028).Einddatum;
            if (verwacht != berekend)
            {
                afwijkingen.Add($"{aanvang:yyyy-MM-dd} + {lengte}: verwacht {verwacht:yyyy-MM-dd}, berekend {berekend:yyyy-MM-dd}");
            }
        }

        Assert.Empty(afwijkingen);
    }

    [Fact]
    public void De_onafhankelijke_berekening_kent_de_bekende_lastige_gevallen()
    {
        Assert.Equal(D(2024, 12, 30), OnafhankelijkeAtw.Einde(D(2024, 12, 18), 7));   // 25, 26, 27 (besluit), 28, 29 December
        Assert.Equal(D(2026, 4, 7), OnafhankelijkeAtw.Einde(D(2026, 3, 20), 14));     // Goede Vrijdag to tweede Paasdag
        Assert.Equal(D(2025, 4, 28), OnafhankelijkeAtw.Einde(D(2025, 4, 12), 14));    // Koningsdag on 26 April
    }

    [Fact]
    public void De_overgenomen_paasdata_kloppen_met_de_paasformule_van_gauss()
    {
        // A third, independent source for the almanac table: Gauss's Easter formula (not the production's anonymous algorithm).
        foreach (var pasen in OnafhankelijkeAtw.PaaszondagenUitAlmanak)
        {
            Assert.Equal(pasen, GaussPasen(pasen.Year));
        }
    }

    private static DateOnly GaussPasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar % 4;
        var c = jaar % 7;
        var k = jaar / 100;
        var p = (13 + (8 * k)) / 25;
        var q = k / 4;
        var m = (15 - p + k - q) % 30;
        var n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        var dag = 22 + d + e;
        if (d == 29 && e == 6)
        {
            return new DateOnly(jaar, 4, 19);
        }

        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19)
        {
            return new DateOnly(jaar, 4, 18);
        }

        return dag <= 31 ? new DateOnly(jaar, 3, dag) : new DateOnly(jaar, 4, dag - 31);
    }

    /// <summary>
    /// The Atw written out a second time, from the statute and a hand-copied table of the days (not the production code):
    /// the term is the days after the aanvang; art. 2 adds days until two working days lie in it; art. 1 moves the end off a
    /// Saturday, Sunday or feestdag.
    /// </summary>
    private static class OnafhankelijkeAtw
    {
        // Easter Sundays copied from the almanac.
        private static readonly DateOnly[] Paaszondagen =
            [D(2022, 4, 17), D(2023, 4, 9), D(2024, 3, 31), D(2025, 4, 20), D(2026, 4, 5), D(2027, 3, 28), D(2028, 4, 16), D(2029, 4, 1)];

        // Koningsdag per year (27 April, 26 April in 2025 because the 27th is a Sunday).
        private static readonly DateOnly[] Koningsdagen =
            [D(2022, 4, 27), D(2023, 4, 27), D(2024, 4, 27), D(2025, 4, 26), D(2026, 4, 27), D(2027, 4, 27), D(2028, 4, 27), D(2029, 4, 27)];

        // The two published besluiten gelijkstelling (2023-2025 and 2026-2028).
        public static readonly DateOnly[] GelijkgesteldeDagen =
            [D(2023, 4, 28), D(2023, 5, 19), D(2024, 5, 10), D(2024, 12, 27), D(2025, 5, 30), D(2026, 1, 2), D(2026, 5, 15), D(2027, 5, 7), D(2028, 4, 28), D(2028, 5, 26)];

        private static readonly HashSet<DateOnly> GeenWerkdag = BouwGeenWerkdagen();

        public static DateOnly Einde(DateOnly aanvang, int dagen)
        {
            var laatste = aanvang.AddDays(dagen);
            if (dagen >= 3)
            {
                while (Enumerable.Range(1, laatste.DayNumber - aanvang.DayNumber).Count(i => IsWerkdag(aanvang.AddDays(i))) < 2)
                {
                    laatste = laatste.AddDays(1);
                }
            }

            while (!IsWerkdag(laatste))
            {
                laatste = laatste.AddDays(1);
            }

            return laatste;
        }

        private static bool IsWerkdag(DateOnly dag) =>
            dag.DayOfWeek != DayOfWeek.Saturday && dag.DayOfWeek != DayOfWeek.Sunday && !GeenWerkdag.Contains(dag);

        public static IReadOnlyList<DateOnly> PaaszondagenUitAlmanak => Paaszondagen;

        private static HashSet<DateOnly> BouwGeenWerkdagen()
        {
            var dagen = new HashSet<DateOnly>(GelijkgesteldeDagen.Concat(Koningsdagen));
            foreach (var pasen in Paaszondagen)
            {
                dagen.UnionWith([pasen.AddDays(-2), pasen.AddDays(1), pasen.AddDays(39), pasen.AddDays(50)]);
                dagen.UnionWith([D(pasen.Year, 1, 1), D(pasen.Year, 5, 5), D(pasen.Year, 12, 25), D(pasen.Year, 12, 26)]);
            }

            return dagen;
        }
    }
}
