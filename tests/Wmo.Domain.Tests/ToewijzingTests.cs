using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Toewijzingen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class ToewijzingTests
{
    private readonly Actor _werker = SociaalWerker();
    private readonly Organisatie _aanbieder = Aanbieder(Perceel.ThuisondersteuningEnDagbesteding);
    private readonly Omvang _omvang = new(4, Eenheid.Uur, Frequentie.PerWeek);

    /// <summary>The gemeente's today in these tests: the toewijzingsdatum of <see cref="Toewijzing"/>.</summary>
    private static readonly DateOnly Vandaag = D(2021, 4, 1);

    private static Organisatie Aanbieder(Perceel perceel, string? agb = "12345678")
    {
        var aanbieder = new Organisatie("Zorggroep Noord", OrganisatieSoort.Aanbieder, agb);
        aanbieder.ZetPercelen([perceel]);
        return aanbieder;
    }

    private Ondersteuningsvraag Verwijzing(string code = "AO-TO", Organisatie? aanbieder = null)
    {
        var vraag = VraagMetGesprek(_werker);
        SluitStappenUitTot(vraag, Afwegingsstap.AanvullendeOndersteuning);
        var perceel = Leeuwarden.Zoek(code).Perceel!.Value;
        vraag.LegUitkomstVast(Uitkomst.AanvullendViaVerwijzing(code, (aanbieder ?? _aanbieder).Id, perceel), _werker, D(2021, 4, 1), Leeuwarden);
        return vraag;
    }

    private Toewijzing Toewijzing(Ondersteuningsvraag? vraag = null, IEnumerable<Toewijzing>? eerdere = null) =>
        Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), vraag ?? Verwijzing(), _aanbieder, Leeuwarden.Zoek("AO-TO"), _omvang,
            new Periode(D(2021, 4, 5), D(2022, 4, 4)), _werker, Moment, D(2021, 4, 1), eerdere ?? []);

    [Fact]
    public void Een_verwijzing_leidt_tot_een_toewijzing_die_op_verzending_wacht()
    {
        var toewijzing = Toewijzing();
        Assert.Equal(ToewijzingBron.Verwijzing, toewijzing.Bron);
        Assert.Equal(ProductCategorie.Begeleiding, toewijzing.ProductCategorie);
        Assert.True(toewijzing.MoetVerstuurdWorden);
        Assert.Null(toewijzing.WachttijdInDagen);
    }

    [Fact]
    public void Een_toewijzing_gaat_naar_de_aanbieder_van_de_verwijzing()
    {
        var ander = Aanbieder(Perceel.ThuisondersteuningEnDagbesteding);
        var fout = Assert.Throws<DomainException>(() => Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), Verwijzing(), ander, Leeuwarden.Zoek("AO-TO"),
            _omvang, new Periode(D(2021, 4, 5)), _werker, Moment, D(2021, 4, 1), []));
        Assert.Equal(Regelnamen.VerwijzingLeidtTotToewijzing, fout.Regel);
    }

    [Fact]
    public void Een_aanbieder_zonder_agb_code_krijgt_geen_toewijzing()
    {
        var zonderAgb = Aanbieder(Perceel.ThuisondersteuningEnDagbesteding, agb: null);
        var fout = Assert.Throws<DomainException>(() => Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), Verwijzing(aanbieder: zonderAgb), zonderAgb,
            Leeuwarden.Zoek("AO-TO"), _omvang, new Periode(D(2021, 4, 5)), _werker, Moment, D(2021, 4, 1), []));
        Assert.Equal(Regelnamen.AanbiederHeeftAgbCode, fout.Regel);
    }

    [Fact]
    public void Een_tweede_lopende_toewijzing_op_dezelfde_vraag_wordt_geweigerd()
    {
        var vraag = Verwijzing();
        var eerste = Toewijzing(vraag);
        Assert.Equal("EenLopendeToewijzingPerBesluit", Assert.Throws<DomainException>(() => Toewijzing(vraag, [eerste])).Regel);
    }

    [Fact]
    public void De_start_geeft_de_wachttijd_vanaf_de_toewijzingsdatum()
    {
        var toewijzing = Toewijzing();
        toewijzing.MeldStart(D(2021, 4, 19), Vandaag);
        Assert.Equal(18, toewijzing.WachttijdInDagen);
    }

    [Fact]
    public void Een_start_voor_de_ingangsdatum_wordt_geweigerd() =>
        Assert.Equal(Regelnamen.StartNietVoorIngangsdatum, Assert.Throws<DomainException>(() => Toewijzing().MeldStart(D(2021, 4, 4), Vandaag)).Regel);

    [Fact]
    public void Een_start_na_de_einddatum_wordt_geweigerd() =>
        Assert.Equal(Regelnamen.StartBinnenToewijzing, Assert.Throws<DomainException>(() => Toewijzing().MeldStart(D(2022, 4, 5), Vandaag)).Regel);

    [Fact]
    public void Een_stop_zonder_start_wordt_geweigerd() =>
        Assert.Equal(Regelnamen.StopVereistStart, Assert.Throws<DomainException>(() => Toewijzing().MeldStop(D(2021, 6, 1), RedenBeeindiging.VolgensPlanBeeindigd, Vandaag)).Regel);

    [Fact]
    public void Een_stop_voor_de_start_wordt_geweigerd()
    {
        var toewijzing = Toewijzing();
        toewijzing.MeldStart(D(2021, 5, 1), Vandaag);
        Assert.Equal(Regelnamen.StopNietVoorStart, Assert.Throws<DomainException>(() => toewijzing.MeldStop(D(2021, 4, 30), RedenBeeindiging.VolgensPlanBeeindigd, Vandaag)).Regel);
    }

    [Fact]
    public void Een_stop_beeindigt_de_toewijzing_met_reden()
    {
        var toewijzing = Toewijzing();
        toewijzing.MeldStart(D(2021, 5, 1), Vandaag);
        toewijzing.MeldStop(D(2021, 9, 30), RedenBeeindiging.OverstapNaarAndereAanbieder, Vandaag);
        Assert.False(toewijzing.IsActueelOp(D(2021, 10, 1)));
        Assert.Equal(RedenBeeindiging.OverstapNaarAndereAanbieder, toewijzing.RedenBeeindiging);
    }

    [Fact]
    public void Een_wijziging_draagt_de_reden_en_wacht_opnieuw_op_verzending()
    {
        var toewijzing = Toewijzing();
        toewijzing.MarkeerVerstuurd();
        toewijzing.Wijzig(new Omvang(6, Eenheid.Uur, Frequentie.PerWeek), new Periode(D(2021, 4, 5), D(2022, 10, 4)), RedenWijziging.Verlenging, Moment.AddDays(30), Vandaag);
        Assert.True(toewijzing.MoetVerstuurdWorden);
        Assert.Equal(RedenWijziging.Verlenging, toewijzing.RedenWijziging);
    }

    [Fact]
    public void Basisondersteuning_gaat_niet_via_een_iwmo_toewijzing()
    {
        var fout = Assert.Throws<DomainException>(() => Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), Verwijzing(), _aanbieder, Leeuwarden.Zoek("BO-TO"),
            _omvang, new Periode(D(2021, 4, 5)), _werker, Moment, D(2021, 4, 1), []));
        Assert.Equal("ToewijzingVoorAanvullendeOndersteuning", fout.Regel);
    }

    public static TheoryData<int> DatumsBuitenBereik => new() { -3000, -5 * 366 - 1, 5 * 366 + 1, 25_000 };

    [Theory]
    [MemberData(nameof(DatumsBuitenBereik))]
    public void Een_toewijzing_met_een_ingangs_of_einddatum_buiten_het_datumbereik_wordt_geweigerd(int dagen)
    {
        var buiten = Vandaag.AddDays(dagen);
        var ingang = Assert.Throws<DomainException>(() => Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), Verwijzing(), _aanbieder,
            Leeuwarden.Zoek("AO-TO"), _omvang, new Periode(buiten), _werker, Moment, Vandaag, []));
        Assert.Equal(nameof(Datumbereik.PlanOfTermijnDatum), ingang.Regel);
    }

    // The end of a period is judged from its start: a 60-month toekenning (002 §3.1, chronic limitation) that starts in two
    // weeks ends more than five years from today and is lawful; an end beyond the longest toekenning is a typing error.
    [Fact]
    public void Een_toewijzing_loopt_hoogstens_de_langste_toekenningsduur_vanaf_haar_ingangsdatum()
    {
        var start = Vandaag.AddDays(14);
        var vijfJaar = Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), Verwijzing(), _aanbieder, Leeuwarden.Zoek("AO-TO"), _omvang,
            new Periode(start, start.AddMonths(60).AddDays(-1)), _werker, Moment, Vandaag, []);
        Assert.True(vijfJaar.Einddatum > Datumbereik.Laatste(Vandaag));

        var teLang = Assert.Throws<DomainException>(() => Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), Verwijzing(), _aanbieder,
            Leeuwarden.Zoek("AO-TO"), _omvang, new Periode(start, start.AddYears(Datumbereik.LangstePeriodeJaren).AddDays(1)), _werker, Moment, Vandaag, []));
        Assert.Equal(nameof(Datumbereik.PeriodeEinde), teLang.Regel);
    }

    [Fact]
    public void Een_wijziging_naar_een_datum_buiten_bereik_wordt_geweigerd_en_verandert_niets()
    {
        var toewijzing = Toewijzing();
        var fout = Assert.Throws<DomainException>(() => toewijzing.Wijzig(_omvang, new Periode(D(2021, 4, 5), D(2090, 12, 30)), RedenWijziging.Verlenging, Moment, Vandaag));
        Assert.Equal(nameof(Datumbereik.PeriodeEinde), fout.Regel);
        Assert.Equal(D(2022, 4, 4), toewijzing.Einddatum);
    }

    [Fact]
    public void Een_lang_lopende_toewijzing_kan_worden_verlengd_ook_als_de_ingangsdatum_buiten_het_bereik_van_nu_ligt()
    {
        var toewijzing = Toewijzing();
        var jarenLater = Vandaag.AddYears(Datumbereik.Jaren + 1);
        toewijzing.Wijzig(_omvang, new Periode(D(2021, 4, 5), jarenLater.AddYears(1)), RedenWijziging.Verlenging, Moment, jarenLater);
        Assert.Equal(jarenLater.AddYears(1), toewijzing.Einddatum);
    }

    [Fact]
    public void Een_start_of_stop_buiten_het_datumbereik_wordt_geweigerd()
    {
        var open = Toewijzingen.Toewijzing.VoorVerwijzing(new ToewijzingNummer(1), Verwijzing(), _aanbieder, Leeuwarden.Zoek("AO-TO"), _omvang,
            new Periode(D(2021, 4, 5)), _werker, Moment, Vandaag, []);
        Assert.Equal(nameof(Datumbereik.PlanOfTermijnDatum), Assert.Throws<DomainException>(() => open.MeldStart(new DateOnly(9999, 12, 30), Vandaag)).Regel);
        Assert.Null(open.Begindatum);

        open.MeldStart(D(2021, 5, 1), Vandaag);
        Assert.Equal(nameof(Datumbereik.PlanOfTermijnDatum),
            Assert.Throws<DomainException>(() => open.MeldStop(Vandaag.AddYears(Datumbereik.Jaren).AddDays(1), RedenBeeindiging.VolgensPlanBeeindigd, Vandaag)).Regel);
        Assert.False(open.IsBeeindigd);
    }
}
