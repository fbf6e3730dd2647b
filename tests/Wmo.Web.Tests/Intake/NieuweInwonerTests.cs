using Wmo.Domain.Common;
using Wmo.Web.Models;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

/// <summary>
/// The one model and validator behind the two forms that register a person (pickup of an eerste contact and a new
/// member of a household; issue 10): BSN with the elfproef, postcode, the required person fields and the column lengths.
/// </summary>
public sealed class NieuweInwonerTests
{
    private sealed class Persoon : NieuweInwoner;

    private static readonly NieuweInwonerValidator Validator = new();

    private static Persoon Geldig() => new()
    {
        Bsn = TestBsn.Nieuw(), Voornamen = "Marieke", Achternaam = "de Boer", Geboortedatum = new DateOnly(1950, 3, 1),
        Straat = "Nieuwestad", Huisnummer = 12, Toevoeging = "A", Postcode = "8911 AB", Woonplaats = "Leeuwarden",
    };

    private static List<string> FoutVelden(Persoon persoon) => [.. Validator.Validate(persoon).Errors.Select(e => e.PropertyName)];

    [Fact]
    public void Volledige_geldige_invoer_geeft_geen_fouten_en_alle_gegevens()
    {
        var persoon = Geldig();
        Assert.Empty(FoutVelden(persoon));
        Assert.Empty(persoon.Ontbrekend());
        Assert.Equal("Marieke", persoon.Gegevens()!.Voornamen);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789")]
    [InlineData("12345678")]
    [InlineData("12345678a")]
    public void Een_BSN_zonder_elfproef_of_negen_cijfers_wordt_geweigerd(string bsn)
    {
        var persoon = Geldig();
        persoon.Bsn = bsn;
        Assert.Equal([nameof(NieuweInwoner.Bsn)], FoutVelden(persoon).Distinct());
    }

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("8911 SA")]
    [InlineData("89111AB")]
    [InlineData("AB 8911")]
    public void Een_ongeldige_postcode_wordt_geweigerd(string postcode)
    {
        var persoon = Geldig();
        persoon.Postcode = postcode;
        Assert.Equal([nameof(NieuweInwoner.Postcode)], FoutVelden(persoon).Distinct());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(NieuweInwoner.HoogsteHuisnummer + 1)]
    public void Een_huisnummer_buiten_het_bereik_wordt_geweigerd(int huisnummer)
    {
        var persoon = Geldig();
        persoon.Huisnummer = huisnummer;
        Assert.Equal([nameof(NieuweInwoner.Huisnummer)], FoutVelden(persoon));
    }

    [Fact]
    public void Te_lange_teksten_worden_bij_hun_veld_geweigerd()
    {
        var persoon = Geldig();
        persoon.Voornamen = new string('a', Lengtes.Naam + 1);
        persoon.Achternaam = new string('b', Lengtes.Naam + 1);
        persoon.Straat = new string('c', Lengtes.Straat + 1);
        persoon.Toevoeging = new string('d', Lengtes.Toevoeging + 1);
        persoon.Woonplaats = new string('e', Lengtes.Woonplaats + 1);
        Assert.Equal(
            [nameof(NieuweInwoner.Voornamen), nameof(NieuweInwoner.Achternaam), nameof(NieuweInwoner.Straat), nameof(NieuweInwoner.Toevoeging), nameof(NieuweInwoner.Woonplaats)],
            FoutVelden(persoon));

        var precies = Geldig();
        precies.Voornamen = new string('a', Lengtes.Naam);
        precies.Woonplaats = new string('e', Lengtes.Woonplaats);
        Assert.Empty(FoutVelden(precies));
    }

    [Fact]
    public void Ontbrekende_persoonsgegevens_worden_per_veld_genoemd()
    {
        var persoon = new Persoon { Bsn = TestBsn.Nieuw() };
        Assert.Equal(
            [nameof(NieuweInwoner.Voornamen), nameof(NieuweInwoner.Achternaam), nameof(NieuweInwoner.Geboortedatum), nameof(NieuweInwoner.Straat),
                nameof(NieuweInwoner.Huisnummer), nameof(NieuweInwoner.Postcode), nameof(NieuweInwoner.Woonplaats)],
            persoon.Ontbrekend().Select(o => o.Veld));
        Assert.Null(persoon.Gegevens());
        Assert.Empty(FoutVelden(persoon));
    }
}
