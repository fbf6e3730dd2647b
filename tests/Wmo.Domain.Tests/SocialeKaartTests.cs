using Wmo.Domain.Common;
using Wmo.Domain.SocialeKaart;

namespace Wmo.Domain.Tests;

public sealed class SocialeKaartTests
{
    [Fact]
    public void Aanbod_zonder_contactgegevens_kan_niet_op_de_sociale_kaart()
    {
        var fout = Assert.Throws<DomainException>(() =>
            new SocialeKaartAanbod("Humanitas", "Maatjesproject", AanbodSoort.Maatje, "Een vrijwilliger als maatje.", null, "Op afspraak", "Thuis", " "));
        Assert.Equal(Regelnamen.AanbodHeeftContact, fout.Regel);
    }

    [Fact]
    public void Gestopt_aanbod_wordt_gedeactiveerd_en_blijft_bestaan()
    {
        var aanbod = new SocialeKaartAanbod("Humanitas", "Formulierenhulp", AanbodSoort.Formulierenhulp, "Hulp bij formulieren.", null, "Dinsdag 10-12", "Buurtkamer Oost", "058-1234567");
        aanbod.Deactiveer();
        Assert.False(aanbod.IsActief);
        Assert.Equal("Formulierenhulp", aanbod.Naam);
    }
}
