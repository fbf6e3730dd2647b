using Wmo.Browser.Tests.Support;

namespace Wmo.Browser.Tests;

/// <summary>The scan every journey runs on every page (<see cref="Toegankelijkheid"/>) finds the code's names and lets Dutch text pass.</summary>
public sealed class IdentifierScanTests
{
    [Theory]
    [InlineData("Stap EigenKracht: motiveer waarom.", "EigenKracht")]
    [InlineData("Rol: SociaalWerker", "SociaalWerker")]
    [InlineData("Wijziging in Ondersteuningsvraag.StapAntwoord", "Ondersteuningsvraag.StapAntwoord")]
    [InlineData("Product 06 OverigeOndersteuningIndividu", "OverigeOndersteuningIndividu")]
    public void Een_naam_uit_de_code_wordt_gevonden(string tekst, string verwacht) =>
        Assert.Contains(verwacht, Toegankelijkheid.Identifiers(tekst));

    [Theory]
    [InlineData("Stap 'Eigen kracht': motiveer waarom deze stap geen oplossing biedt.")]
    [InlineData("U bent ingelogd als Sociaal werker voor Buurtkamer Oost. De Wmo 2015, art. 2.3.5.")]
    [InlineData("Mail aanmelden.taalcafe@welzijn.nl of bel 058-2345678.")]
    public void Gewone_tekst_gaat_erdoor(string tekst) => Assert.Empty(Toegankelijkheid.Identifiers(tekst));
}
