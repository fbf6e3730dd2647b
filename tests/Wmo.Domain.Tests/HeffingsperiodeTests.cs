using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;
using Wmo.Domain.Common;

namespace Wmo.Domain.Tests;

/// <summary>Charge periods per household and the CAK deliveries built from them (002 §4.8, §5.3; docs/cak-export.md).</summary>
public class HeffingsperiodeTests
{
    private static readonly Guid Huishouden = Guid.NewGuid();
    private static readonly Guid Partner1 = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Partner2 = new("00000000-0000-0000-0000-000000000002");
    private static readonly Heffingsmaand Maart = new(2026, 3);

    private static HuishoudenOndersteuning Hh(params GeleverdeOndersteuning[] ondersteuning) => new(Huishouden, ondersteuning);

    private static GeleverdeOndersteuning Steun(Guid lid, string code, DateOnly start, DateOnly? stop = null) => new(lid, code, new Periode(start, stop), true);

    private static IReadOnlyList<Huishoudheffing> Bereken(Heffingsmaand maand, params GeleverdeOndersteuning[] ondersteuning) =>
        Heffingsperiodes.Bereken([Hh(ondersteuning)], maand, Leeuwarden, TariefTabel.Leeuwarden);

    [Fact]
    public void Huishouden_met_overlappende_ondersteuning_van_twee_leden_krijgt_een_heffing_per_periode()
    {
        GeleverdeOndersteuning[] steun = [Steun(Partner2, "AO-HH", D(2026, 1, 20)), Steun(Partner1, "BO-TO", D(2026, 2, 10), D(2026, 4, 15))];

        var perMaand = Enumerable.Range(1, 5).Select(m => Bereken(new Heffingsmaand(2026, m), steun)).ToList();

        Assert.All(perMaand, heffingen => Assert.Single(heffingen));
        var maart = perMaand[2].Single();
        Assert.Equal(19.00m, maart.Bedrag);
        Assert.Equal(Partner2, maart.GehevenInwonerId);
        Assert.Equal(D(2026, 1, 20), maart.Start);
        Assert.Null(maart.Stop);
    }

    [Fact]
    public void Heffing_gaat_over_op_het_andere_lid_als_de_ondersteuning_van_het_geheven_lid_stopt()
    {
        var april = Bereken(new Heffingsmaand(2026, 4), Steun(Partner1, "AO-TO", D(2026, 1, 1), D(2026, 3, 31)), Steun(Partner2, "BO-DB", D(2026, 3, 1))).Single();

        Assert.Equal(Partner2, april.GehevenInwonerId);
        Assert.Equal(D(2026, 1, 1), april.Start);
    }

    [Fact]
    public void Aansluitende_ondersteuning_is_een_doorlopende_periode_en_een_gat_begint_opnieuw()
    {
        var aansluitend = Heffingsperiodes.AaneengeslotenOndersteuning([new Periode(D(2026, 1, 1), D(2026, 1, 31)), new Periode(D(2026, 2, 1), D(2026, 2, 28))]);
        var metGat = Heffingsperiodes.AaneengeslotenOndersteuning([new Periode(D(2026, 1, 1), D(2026, 1, 31)), new Periode(D(2026, 2, 2))]);

        Assert.Equal([new Periode(D(2026, 1, 1), D(2026, 2, 28))], aansluitend);
        Assert.Equal(2, metGat.Count);
        Assert.Equal(D(2026, 2, 2), Bereken(new Heffingsmaand(2026, 3), Steun(Partner1, "AO-TO", D(2026, 1, 1), D(2026, 1, 31)), Steun(Partner1, "AO-TO", D(2026, 2, 2))).Single().Start);
    }

    [Theory]
    [InlineData("BO-SCHULD")]
    [InlineData("BO-MANTELZORG")]
    [InlineData("GD-VERVOER")]
    [InlineData("RV-BW")]
    [InlineData("RV-OPVANG")]
    public void Vrijstelling_uit_de_catalogus_geeft_geen_heffing(string code) =>
        Assert.Empty(Bereken(Maart, Steun(Partner1, code, D(2026, 1, 1))));

    [Fact]
    public void Vrijgestelde_ondersteuning_telt_niet_mee_voor_start_en_geheven_lid()
    {
        var heffing = Bereken(Maart, Steun(Partner1, "BO-SCHULD", D(2025, 6, 1)), Steun(Partner2, "AO-HH", D(2026, 3, 10))).Single();

        Assert.Equal(Partner2, heffing.GehevenInwonerId);
        Assert.Equal(D(2026, 3, 10), heffing.Start);
    }

    [Fact]
    public void Een_maand_met_een_vierwekentarief_kan_niet_per_maand_worden_geheven() =>
        Breekt(nameof(Heffingsperiodes.TariefVoorMaand), () => Bereken(new Heffingsmaand(2019, 5), Steun(Partner1, "AO-HH", D(2019, 1, 1))));

    [Theory]
    [InlineData("2026-3")]
    [InlineData("2026-13")]
    [InlineData("maart")]
    [InlineData("")]
    [InlineData("2026-03-01")]
    public void Periode_is_jaar_en_maand(string tekst) => Breekt(Regelnamen.PeriodeIsJaarEnMaand, () => Heffingsmaand.Lees(tekst));

    [Fact]
    public void Overzicht_ten_opzichte_van_de_vorige_periode_noemt_nieuw_beeindigd_en_vervallen()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var februari = new Periode(D(2026, 2, 1), D(2026, 2, 28));
        Huishoudheffing[] vorige = [new(a, Partner1, februari, 19m, D(2025, 1, 1), null), new(b, Partner1, februari, 19m, D(2025, 1, 1), D(2026, 2, 20))];
        Huishoudheffing[] huidige = [new(a, Partner1, Maart.Periode, 19m, D(2025, 1, 1), D(2026, 3, 12)), new(c, Partner2, Maart.Periode, 19m, D(2026, 3, 2), null)];

        var wijzigingen = HeffingMutaties.Bepaal(vorige, huidige).ToDictionary(w => w.HuishoudenId, w => w.Reden);

        Assert.Equal(RedenWijzigingHeffing.Beeindigd, wijzigingen[a]);
        Assert.Equal(RedenWijzigingHeffing.Vervallen, wijzigingen[b]);
        Assert.Equal(RedenWijzigingHeffing.Nieuw, wijzigingen[c]);
    }

    [Fact]
    public void Eerste_aanlevering_van_een_periode_is_volledig()
    {
        var heffingen = Bereken(Maart, Steun(Partner1, "AO-TO", D(2026, 1, 5)));
        var februari = Bereken(Maart.Vorige, Steun(Partner1, "AO-TO", D(2026, 1, 5)));

        var eerste = CakAanlevering.Maak(Maart, heffingen, februari, [], D(2026, 4, 2), Moment, null)!;

        Assert.Equal(AanleveringSoort.Volledig, eerste.Soort);
        Assert.Equal(1, eerste.Volgnummer);
        var regel = Assert.Single(eerste.Regels);
        Assert.Equal(RedenWijzigingHeffing.Ongewijzigd, regel.Reden);
        Assert.Equal(19.00m, eerste.Totaal);
    }

    [Fact]
    public void Mutatie_export_na_een_stop_bevat_alleen_de_beeindigde_heffing()
    {
        var ander = new HuishoudenOndersteuning(Guid.NewGuid(), [Steun(Partner2, "AO-HH", D(2025, 11, 1))]);
        var voorStop = Heffingsperiodes.Bereken([Hh(Steun(Partner1, "AO-TO", D(2026, 1, 5))), ander], Maart, Leeuwarden, TariefTabel.Leeuwarden);
        var eerste = CakAanlevering.Maak(Maart, voorStop, [], [], D(2026, 3, 10), Moment, null)!;
        Assert.Equal(2, eerste.Regels.Count);

        var naStop = Heffingsperiodes.Bereken([Hh(Steun(Partner1, "AO-TO", D(2026, 1, 5), D(2026, 3, 15))), ander], Maart, Leeuwarden, TariefTabel.Leeuwarden);
        var tweede = CakAanlevering.Maak(Maart, naStop, [], [eerste], D(2026, 3, 20), Moment, null)!;

        Assert.Equal(AanleveringSoort.Mutaties, tweede.Soort);
        Assert.Equal(2, tweede.Volgnummer);
        var regel = Assert.Single(tweede.Regels);
        Assert.Equal((Huishouden, RedenWijzigingHeffing.Beeindigd, D(2026, 3, 15), 19.00m), (regel.HuishoudenId, regel.Reden, regel.Stop, regel.Bedrag));
        Assert.Null(CakAanlevering.Maak(Maart, naStop, [], [eerste, tweede], D(2026, 3, 21), Moment, null));
    }

    [Fact]
    public void Een_stop_met_terugwerkende_kracht_voor_de_periode_laat_de_heffing_vervallen()
    {
        var eerste = CakAanlevering.Maak(Maart, Bereken(Maart, Steun(Partner1, "AO-TO", D(2026, 1, 5))), [], [], D(2026, 3, 10), Moment, null)!;

        var tweede = CakAanlevering.Maak(Maart, Bereken(Maart, Steun(Partner1, "AO-TO", D(2026, 1, 5), D(2026, 2, 27))), [], [eerste], D(2026, 3, 20), Moment, null)!;

        var regel = Assert.Single(tweede.Regels);
        Assert.Equal((RedenWijzigingHeffing.Vervallen, 0m), (regel.Reden, regel.Bedrag));
        Assert.Empty(CakAanlevering.GeleverdeStand(Maart, [eerste, tweede]));
    }

    [Fact]
    public void Een_maand_die_nog_niet_begonnen_is_wordt_niet_aangeleverd() =>
        Breekt("AlleenVerstrekenOfLopendeMaand", () => CakAanlevering.Maak(Maart, [], [], [], D(2026, 2, 28), Moment, null));
}
