using Wmo.Domain.Common;
using Wmo.Domain.Tests.Support;
using Wmo.Domain.ValueObjects;

using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("1112.22.333")]
    public void Geldig_bsn_wordt_geaccepteerd(string tekst) => Assert.Equal(tekst.Replace(".", "", StringComparison.Ordinal), Bsn.Parse(tekst).Value);

    [Fact]
    public void Bsn_dat_niet_aan_elfproef_voldoet_wordt_geweigerd()
    {
        var fout = Assert.Throws<DomainException>(() => Bsn.Parse("123456789"));
        Assert.Equal("BsnVoldoetAanElfproef", fout.Regel);
        Assert.Contains("elfproef", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bsn_met_alleen_nullen_wordt_geweigerd() => Breekt("BsnVoldoetAanElfproef", () => Bsn.Parse("000000000"));

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    [InlineData(null)]
    public void Bsn_zonder_negen_cijfers_wordt_geweigerd(string? tekst) =>
        Assert.Equal(Regelnamen.BsnHeeftNegenCijfers, Assert.Throws<DomainException>(() => Bsn.Parse(tekst)).Regel);

    [Fact]
    public void Gemaskeerd_bsn_toont_alleen_laatste_vier_cijfers()
    {
        var bsn = Bsn.Parse("111222333");
        Assert.Equal("*****2333", bsn.Gemaskeerd);
        Assert.Equal("*****2333", bsn.ToString());
    }

    [Fact]
    public void TryParse_geeft_false_bij_ongeldig_bsn() => Assert.False(Bsn.TryParse("123", out _));
}

public class PostcodeTests
{
    [Theory]
    [InlineData("8911cj", "8911 CJ")]
    [InlineData(" 8911 CJ ", "8911 CJ")]
    [InlineData("1234AB", "1234 AB")]
    public void Postcode_wordt_genormaliseerd(string invoer, string verwacht) => Assert.Equal(verwacht, Postcode.Parse(invoer).Value);

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("123 AB")]
    [InlineData("1234 A")]
    [InlineData("")]
    public void Ongeldige_postcode_wordt_geweigerd(string invoer) => Breekt(Regelnamen.PostcodeHeeftGeldigFormaat, () => Postcode.Parse(invoer));

    [Theory]
    [InlineData("1234 SA")]
    [InlineData("1234 SD")]
    [InlineData("1234 ss")]
    public void Postcode_met_niet_uitgegeven_letters_wordt_geweigerd(string invoer) => Breekt(Regelnamen.PostcodeHeeftGeldigFormaat, () => Postcode.Parse(invoer));
}

public class OmvangTests
{
    [Fact]
    public void Omvang_gebruikt_iwmo_codes()
    {
        var omvang = new Omvang(3, Eenheid.Uur, Frequentie.PerWeek);
        Assert.Equal("04", omvang.EenheidCode);
        Assert.Equal("2", omvang.FrequentieCode);
        Assert.Equal("3 uur per week", omvang.ToString());
    }

    [Fact]
    public void Omvang_uit_iwmo_codes_wordt_herkend()
    {
        var omvang = Omvang.VanIwmoCodes(4, "16", "2");
        Assert.Equal(new Omvang(4, Eenheid.Dagdeel, Frequentie.PerWeek), omvang);
    }

    [Theory]
    [InlineData("05", "2")]
    [InlineData("04", "3")]
    public void Onbekende_iwmo_code_wordt_geweigerd(string eenheid, string frequentie) =>
        Breekt(Regelnamen.OmvangGebruiktIwmoCode, () => Omvang.VanIwmoCodes(1, eenheid, frequentie));

    [Theory]
    [InlineData(0)]
    [InlineData(100_000_000)]
    public void Volume_buiten_bereik_wordt_geweigerd(int volume) =>
        Breekt(Regelnamen.OmvangHeeftPositiefVolume, () => new Omvang(volume, Eenheid.Uur, Frequentie.PerWeek));
}

public class ToewijzingNummerTests
{
    [Fact]
    public void Toewijzingnummer_van_negen_cijfers_is_geldig() => Assert.Equal(999999999, ToewijzingNummer.Parse("999999999").Value);

    [Theory]
    [InlineData("1000000000")]
    [InlineData("12a")]
    [InlineData("-1")]
    public void Toewijzingnummer_buiten_iwmo_bereik_wordt_geweigerd(string tekst) => Breekt(Regelnamen.ToewijzingNummerBinnenIwmoBereik, () => ToewijzingNummer.Parse(tekst));
}

public class PeriodeTests
{
    [Fact]
    public void Periode_bevat_begin_en_einddag()
    {
        var periode = new Periode(Maak.D(2020, 1, 1), Maak.D(2020, 1, 31));
        Assert.True(periode.Bevat(Maak.D(2020, 1, 1)));
        Assert.True(periode.Bevat(Maak.D(2020, 1, 31)));
        Assert.False(periode.Bevat(Maak.D(2020, 2, 1)));
        Assert.Equal(31, periode.AantalDagen);
    }

    [Fact]
    public void Einde_voor_begin_wordt_geweigerd() => Breekt(Regelnamen.PeriodeEindigtNietVoorStart, () => new Periode(Maak.D(2020, 2, 1), Maak.D(2020, 1, 31)));

    [Fact]
    public void Open_periode_overlapt_alles_erna()
    {
        var open = new Periode(Maak.D(2020, 1, 1));
        Assert.True(open.Overlapt(new Periode(Maak.D(2030, 1, 1), Maak.D(2030, 1, 2))));
        Assert.False(open.Overlapt(new Periode(Maak.D(2019, 1, 1), Maak.D(2019, 12, 31))));
        Assert.True(new Periode(Maak.D(2020, 1, 1), Maak.D(2020, 1, 31)).Overlapt(new Periode(Maak.D(2020, 1, 31), Maak.D(2020, 2, 5))));
    }
}
