using Wmo.Domain.Huishoudens;
using Wmo.Domain.Tests.Support;

namespace Wmo.Domain.Tests;

/// <summary>The key a name search compares on (issue 15): what a user types and the stored surname meet there.</summary>
public class ZoeknaamTests
{
    [Theory]
    [InlineData("Visser", "visser")]
    [InlineData("VISSER", "visser")]
    [InlineData("de Vries", "vries")]
    [InlineData("De Vries", "vries")]
    [InlineData("  de   Vries ", "vries")]
    [InlineData("van der Meer", "meer")]
    [InlineData("van den Berg", "berg")]
    [InlineData("'t Hart", "hart")]
    [InlineData("de Vries-Kramer", "vries-kramer")]
    [InlineData("Çelik", "celik")]
    [InlineData("Brontë", "bronte")]
    [InlineData("ÖZDEMİR", "ozdemir")]
    [InlineData("el Amrani", "amrani")]
    [InlineData("d'Ancona", "ancona")]
    [InlineData("Vandermeer", "vandermeer")]
    [InlineData("de", "de")]
    [InlineData("van", "van")]
    public void Achternaam_wordt_kleine_letters_zonder_tekens_en_tussenvoegsel(string achternaam, string sleutel) =>
        Assert.Equal(sleutel, Zoeknaam.Van(achternaam));

    [Fact]
    public void Een_nieuwe_inwoner_krijgt_de_zoeknaam_van_zijn_achternaam() =>
        Assert.Equal("vries", Maak.Inwoner().ZoekAchternaam);

    [Theory]
    [InlineData("vis", "vit")]
    [InlineData("viz", "vj")]
    [InlineData("vries-", "vriet")]
    [InlineData("a1", "a2")]
    [InlineData("zz", null)]
    public void De_bovengrens_van_een_prefix_ligt_boven_elke_naam_die_ermee_begint(string begin, string? tot) =>
        Assert.Equal(tot, Zoeknaam.BovengrensVan(begin));
}
