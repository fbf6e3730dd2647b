using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class ZwaarwegendAdviesTests
{
    private readonly Actor _auteur = SociaalWerker();
    private readonly Actor _toetser = Toetser();

    private ZwaarwegendAdvies IngediendAdvies()
    {
        var advies = new ZwaarwegendAdvies(Guid.NewGuid(), _auteur, "AO-TO", new Omvang(4, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(D(2021, 4, 1), D(2022, 3, 31)), Leveringsvorm.ZorgInNatura, "Specifieke deskundigheid nodig");
        advies.DienIn();
        return advies;
    }

    [Fact]
    public void Een_advies_noemt_de_einddatum_van_de_voorgestelde_toekenning() =>
        Assert.Equal(Regelnamen.AdviesNoemtEinddatum, Assert.Throws<DomainException>(() => new ZwaarwegendAdvies(Guid.NewGuid(), _auteur, "AO-TO",
            new Omvang(4, Eenheid.Uur, Frequentie.PerWeek), new Periode(D(2021, 3, 1)), Leveringsvorm.ZorgInNatura, "Motivering")).Regel);

    [Fact]
    public void Toetser_kan_eigen_advies_niet_goedkeuren()
    {
        var auteurDieOokToetsRolHeeft = _auteur with { Rol = Rol.Toetser };
        var fout = Assert.Throws<DomainException>(() => IngediendAdvies().Keur(auteurDieOokToetsRolHeeft, null, null, Moment));
        Assert.Equal("ToetserMagEigenAdviesNietToetsen", fout.Regel);
    }

    [Fact]
    public void Clientondersteuner_van_de_zaak_kan_niet_toetsen() =>
        Assert.Equal("ClientondersteunerIsNooitBeslisser", Assert.Throws<DomainException>(() =>
            IngediendAdvies().Keur(_toetser, _toetser.GebruikerId, null, Moment)).Regel);

    [Fact]
    public void Alleen_een_gemeentelijke_toetser_toetst() =>
        Assert.Equal("AlleenGemeenteToetserToetst", Assert.Throws<DomainException>(() =>
            IngediendAdvies().Keur(SociaalWerker(), null, null, Moment)).Regel);

    [Fact]
    public void Vrijwilliger_schrijft_geen_zwaarwegend_advies() =>
        Breekt(Regelnamen.AdviesDoorBasisondersteuning, () => new ZwaarwegendAdvies(Guid.NewGuid(), Vrijwilliger(), "AO-TO", new Omvang(1, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(D(2021, 1, 1), D(2021, 12, 31)), Leveringsvorm.ZorgInNatura, "x"));

    [Fact]
    public void Goedkeuren_legt_de_toetsing_vast()
    {
        var advies = IngediendAdvies();
        advies.Keur(_toetser, null, "Akkoord", Moment);
        Assert.Equal(AdviesStatus.Goedgekeurd, advies.Status);
        Assert.Equal(ToetsUitkomst.Goedkeuren, Assert.Single(advies.Toetsingen).Uitkomst);
        Assert.Equal(_toetser.GebruikerId, advies.BeslisserId);
    }

    [Fact]
    public void Terugsturen_vereist_opmerkingen_en_de_auteur_herziet_en_dient_opnieuw_in()
    {
        var advies = IngediendAdvies();
        Assert.Equal(Regelnamen.TerugsturenMetOpmerkingen, Assert.Throws<DomainException>(() => advies.StuurTerug(_toetser, null, " ", Moment)).Regel);

        advies.StuurTerug(_toetser, null, "Omvang onderbouwen", Moment);
        Assert.Equal(AdviesStatus.Teruggestuurd, advies.Status);
        Breekt(Regelnamen.AlleenAuteurHerzietAdvies, () => advies.Herzie(SociaalWerker(), advies.Omvang, advies.Periode, Leveringsvorm.ZorgInNatura, "x"));

        advies.Herzie(_auteur, new Omvang(3, Eenheid.Uur, Frequentie.PerWeek), advies.Periode, Leveringsvorm.ZorgInNatura, "Onderbouwd met planbaarheid");
        advies.DienIn();
        Assert.Equal(AdviesStatus.Ingediend, advies.Status);
        Assert.Equal(3, advies.Omvang.Volume);
    }

    [Fact]
    public void Afwijken_vereist_een_motivering_en_past_het_advies_aan()
    {
        var advies = IngediendAdvies();
        Assert.Equal(Regelnamen.AfwijkenVereistMotivering, Assert.Throws<DomainException>(() => advies.WijkAf(_toetser, null, "", null, null, Moment)).Regel);

        advies.WijkAf(_toetser, null, "Twee uur volstaat gezien het netwerk", new Omvang(2, Eenheid.Uur, Frequentie.PerWeek), null, Moment);
        Assert.Equal(AdviesStatus.Afgeweken, advies.Status);
        Assert.Equal(2, advies.Omvang.Volume);
        Assert.True(advies.IsAanvaard);
    }

    [Fact]
    public void Pgb_vereist_een_motivering_van_de_pgb_vaardigheid()
    {
        var fout = Assert.Throws<DomainException>(() => new ZwaarwegendAdvies(Guid.NewGuid(), _auteur, "AO-TO", new Omvang(4, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(D(2021, 4, 1), D(2022, 3, 31)), Leveringsvorm.Pgb, "Passende begeleider gevonden"));
        Assert.Equal(Regelnamen.PgbVereistVaardigheidsmotivering, fout.Regel);
    }

    [Fact]
    public void Concept_advies_kan_niet_worden_getoetst()
    {
        var advies = new ZwaarwegendAdvies(Guid.NewGuid(), _auteur, "AO-TO", new Omvang(4, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(D(2021, 4, 1), D(2022, 3, 31)), Leveringsvorm.ZorgInNatura, "m");
        Assert.Equal(Regelnamen.AdviesStatusovergang, Assert.Throws<DomainException>(() => advies.Keur(_toetser, null, null, Moment)).Regel);
    }
}

public class BeschikkingTests
{
    private readonly Actor _auteur = SociaalWerker();
    private readonly Actor _beslisser = Toetser();

    private ZwaarwegendAdvies GoedgekeurdAdvies(DateOnly start, DateOnly einde, Leveringsvorm vorm = Leveringsvorm.ZorgInNatura, string code = "AO-HH")
    {
        var advies = new ZwaarwegendAdvies(Guid.NewGuid(), _auteur, code, new Omvang(3, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(start, einde), vorm, "HH nodig", vorm == Leveringsvorm.Pgb ? PgbTests.Onderbouwing() : null);
        advies.DienIn();
        advies.Keur(Toetser(), null, null, Moment);
        return advies;
    }

    private Beschikking KenToe(ZwaarwegendAdvies advies, DateOnly geboren, bool chronisch = false, Guid? clientondersteuner = null) =>
        Beschikking.KenToe("WMO-2021-0001", advies, Guid.NewGuid(), _beslisser, clientondersteuner, Leeuwarden, geboren, chronisch, Duurbeleid.Leeuwarden, "Conform zwaarwegend advies");

    [Fact]
    public void Toekenning_neemt_product_omvang_periode_en_leveringsvorm_van_het_advies_over()
    {
        var beschikking = KenToe(GoedgekeurdAdvies(D(2021, 4, 1), D(2022, 3, 31)), D(1960, 1, 1));
        Assert.Equal(BeschikkingSoort.Toekenning, beschikking.Soort);
        Assert.Equal(Domain.Catalogus.ProductCategorie.HulpBijHetHuishouden, beschikking.ProductCategorie);
        Assert.Equal("3 uur per week", beschikking.Omvang!.ToString());
        Assert.Equal(D(2022, 3, 31), beschikking.Einddatum);
        Assert.Equal(Leveringsvorm.ZorgInNatura, beschikking.Leveringsvorm);
        Assert.NotNull(beschikking.EigenBijdrageVermelding);
    }

    [Fact]
    public void Toekenning_volgt_alleen_op_een_aanvaard_advies()
    {
        var advies = new ZwaarwegendAdvies(Guid.NewGuid(), _auteur, "AO-HH", new Omvang(3, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(D(2021, 4, 1), D(2022, 3, 31)), Leveringsvorm.ZorgInNatura, "m");
        Assert.Equal(Regelnamen.ToekenningNaAanvaardAdvies, Assert.Throws<DomainException>(() => KenToe(advies, D(1960, 1, 1))).Regel);
    }

    [Fact]
    public void Clientondersteuner_van_de_zaak_is_nooit_de_beslisser() =>
        Assert.Equal("ClientondersteunerIsNooitBeslisser", Assert.Throws<DomainException>(() =>
            KenToe(GoedgekeurdAdvies(D(2021, 4, 1), D(2022, 3, 31)), D(1960, 1, 1), clientondersteuner: _beslisser.GebruikerId)).Regel);

    [Fact]
    public void Standaardduur_is_begrensd_maar_langer_voor_tachtigplussers_en_chronisch_beperkten()
    {
        Assert.Equal("MaximaleDuurVanToekenning", Assert.Throws<DomainException>(() =>
            KenToe(GoedgekeurdAdvies(D(2021, 4, 1), D(2024, 3, 31)), D(1960, 1, 1))).Regel);

        Assert.NotNull(KenToe(GoedgekeurdAdvies(D(2021, 4, 1), D(2024, 3, 31)), D(1941, 3, 31)));
        Assert.NotNull(KenToe(GoedgekeurdAdvies(D(2021, 4, 1), D(2024, 3, 31)), D(1960, 1, 1), chronisch: true));
        Breekt("MaximaleDuurVanToekenning", () => KenToe(GoedgekeurdAdvies(D(2021, 4, 1), D(2024, 3, 31)), D(1941, 4, 2)));
    }

    [Fact]
    public void Pgb_toekenning_bevat_de_pgb_vaardigheidsmotivering()
    {
        var beschikking = KenToe(GoedgekeurdAdvies(D(2021, 4, 1), D(2022, 3, 31), Leveringsvorm.Pgb, "AO-TO"), D(1989, 1, 1));
        Assert.Equal(Leveringsvorm.Pgb, beschikking.Leveringsvorm);
        Assert.Equal("Ouders beheren het budget al jaren", beschikking.PgbVaardigheidMotivering);
        Assert.Equal(PgbBeheer.MetHulp, beschikking.PgbBeheer);
    }

    [Fact]
    public void Verzenden_berekent_het_einde_van_de_bezwaartermijn()
    {
        var beschikking = KenToe(GoedgekeurdAdvies(D(2021, 1, 1), D(2021, 12, 31)), D(1960, 1, 1));
        beschikking.Verzend(D(2020, 11, 20), D(2020, 11, 20), TermijnInstellingen.Wettelijk);
        Assert.Equal(D(2021, 1, 4), beschikking.BezwaartermijnEinde);
        Breekt(Regelnamen.BeschikkingEenmaalVerzonden, () => beschikking.Verzend(D(2020, 11, 21), D(2020, 11, 21), TermijnInstellingen.Wettelijk));
    }

    [Fact]
    public void Afwijzing_is_gemotiveerd_en_door_de_gemeente()
    {
        var afwijzing = Beschikking.WijsAf("WMO-2021-0002", Guid.NewGuid(), Guid.NewGuid(), _beslisser, null, "AO-HH", "Gebruikelijke hulp door partner");
        Assert.Equal(BeschikkingSoort.Afwijzing, afwijzing.Soort);
        Breekt(Regelnamen.BeschikkingIsGemotiveerd, () => Beschikking.WijsAf("WMO-2021-0003", Guid.NewGuid(), Guid.NewGuid(), _beslisser, null, null, ""));
        Assert.Equal(Regelnamen.AlleenGemeenteBeschikt, Assert.Throws<DomainException>(() =>
            Beschikking.WijsAf("WMO-2021-0004", Guid.NewGuid(), Guid.NewGuid(), SociaalWerker(), null, null, "m")).Regel);
    }
}
