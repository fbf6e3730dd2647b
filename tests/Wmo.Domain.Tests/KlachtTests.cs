using Wmo.Domain.Common;
using Wmo.Domain.Klachten;

using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public sealed class KlachtTests
{
    private static readonly Actor SociaalWerker = new(Guid.NewGuid(), "Fatima", Rol.SociaalWerker, Guid.NewGuid());
    private static readonly DateOnly Ontvangen = new(2026, 5, 4);

    private static Klacht NieuweKlacht() => new(Guid.NewGuid(), null, Ontvangen, "De begeleider kwam drie keer niet opdagen.", SociaalWerker);

    [Fact]
    public void Een_klacht_begint_bij_de_ondersteuner_zelf()
    {
        Assert.Equal(KlachtNiveau.MetDeOndersteuner, NieuweKlacht().Niveau);
    }

    [Fact]
    public void Escaleren_gaat_een_niveau_tegelijk_en_pas_na_een_uitkomst()
    {
        var klacht = NieuweKlacht();
        var fout = Assert.Throws<DomainException>(() => klacht.Escaleer(Ontvangen.AddDays(3)));
        Assert.Equal(Regelnamen.KlachtEscalatieNaUitkomst, fout.Regel);

        klacht.HandelAf(KlachtUitkomst.Ongegrond, "Roosterfout hersteld; inwoner niet tevreden.", Ontvangen.AddDays(7));
        klacht.Escaleer(Ontvangen.AddDays(8));

        Assert.Equal(KlachtNiveau.Leidinggevende, klacht.Niveau);
        Assert.Equal(2, klacht.Stappen.Count);
        Assert.False(klacht.IsAfgehandeld);
    }

    [Fact]
    public void Na_de_externe_commissie_rest_alleen_de_nationale_ombudsman()
    {
        var klacht = NieuweKlacht();
        var datum = Ontvangen;
        for (var i = 0; i < 4; i++)
        {
            datum = datum.AddDays(10);
            klacht.HandelAf(KlachtUitkomst.Ongegrond, "Toelichting", datum);
            klacht.Escaleer(datum);
        }

        Assert.Equal(KlachtNiveau.NationaleOmbudsman, klacht.Niveau);
        klacht.HandelAf(KlachtUitkomst.Ongegrond, "Oordeel ombudsman", datum.AddDays(30));
        Assert.True(klacht.IsAfgehandeld);
        Breekt(Regelnamen.KlachtHoogsteNiveau, () => klacht.Escaleer(datum.AddDays(31)));
    }

    [Fact]
    public void Een_ingetrokken_klacht_kan_niet_worden_doorgezet()
    {
        var klacht = NieuweKlacht();
        klacht.HandelAf(KlachtUitkomst.Ingetrokken, "Inwoner trekt klacht in.", Ontvangen.AddDays(1));
        Breekt(Regelnamen.KlachtEscalatieNaUitkomst, () => klacht.Escaleer(Ontvangen.AddDays(2)));
        Assert.True(klacht.IsAfgehandeld);
    }
}
