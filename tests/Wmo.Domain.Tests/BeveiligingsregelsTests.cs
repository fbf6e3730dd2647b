using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Maak;

namespace Wmo.Domain.Tests;

/// <summary>Issue 9: the domain guards what the forms also check.</summary>
public class BeveiligingsregelsTests
{
    private static string Regel(Action actie) => Assert.Throws<DomainException>(actie).Regel;

    [Fact]
    public void Hervatten_met_een_datum_na_2100_wordt_geweigerd()
    {
        var vraag = VraagMetGesprek(SociaalWerker());
        vraag.SchortOnderzoekOp(D(2021, 3, 10), "Bedenktijd", toestemmingInwoner: true, Termijnen.TermijnInstellingen.Wettelijk);
        Assert.Equal("BruikbareDatum", Regel(() => vraag.HervatOnderzoek(new DateOnly(9999, 12, 30))));
        Assert.Null(vraag.Opschortingen.Single().TotEnMet);
    }

    [Fact]
    public void Een_periode_voor_1900_bestaat_niet() =>
        Assert.Equal("BruikbareDatum", Regel(() => new Periode(new DateOnly(1, 1, 1))));

    [Fact]
    public void Een_plandoel_gaat_niet_over_iemand_buiten_het_huishouden()
    {
        var werker = SociaalWerker();
        var huishouden = new Huishouden("Visser");
        var lid = Inwoner();
        huishouden.VoegLidToe(lid.Id, Relatie.Huisgenoot, D(2020, 1, 1), []);
        var plan = new Ondersteuningsplan(huishouden.Id, werker, D(2026, 1, 1));

        Assert.Equal("DoelGaatOverLidVanHuishouden", Regel(() => plan.VoegDoelToe(huishouden, Leefgebied.Wonen, "Doel", Catalogus.Doelsoort.Ontwikkelen, D(2026, 6, 1), Guid.NewGuid(), D(2026, 1, 1))));
        plan.VoegDoelToe(huishouden, Leefgebied.Wonen, "Doel", Catalogus.Doelsoort.Ontwikkelen, D(2026, 6, 1), lid.Id, D(2026, 1, 1));
        Assert.Single(plan.Doelen);
    }
}
