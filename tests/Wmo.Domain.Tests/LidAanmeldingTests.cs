using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.ValueObjects;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>Issue 9: "lid toevoegen" is an aanmelding that the one who may release the person confirms (no BSN oracle).</summary>
public class LidAanmeldingTests
{
    private readonly Actor _aanmelder = SociaalWerker("Fatima");
    private readonly Actor _regievoerder = SociaalWerker("Jeroen");
    private readonly Huishouden _naar = new("Ontvanger");
    private readonly Huishouden _van = new("Vertrek");
    private readonly Guid _inwoner = Guid.NewGuid();

    public LidAanmeldingTests()
    {
        _van.VoegLidToe(_inwoner, Relatie.Kind, D(2000, 5, 1), []);
        _van.WijsRegievoerderToe(_regievoerder, _regievoerder, Moment);
    }

    private LidAanmelding Aanmelding(Guid? inwonerId, Guid? van) =>
        LidAanmelding.Meld(_naar, Bsn.Parse("999999990"), "Iemand", "Anders", D(1980, 1, 1), Adres(), Relatie.Partner, D(2021, 6, 1), inwonerId, van, _aanmelder, Moment);

    [Fact]
    public void Een_aanmelding_maakt_nog_geen_lid()
    {
        var aanmelding = Aanmelding(_inwoner, _van.Id);
        Assert.Equal(AanmeldingStatus.Aangemeld, aanmelding.Status);
        Assert.Empty(_naar.Lidmaatschappen);
    }

    [Fact]
    public void De_regievoerder_van_het_huidige_huishouden_bevestigt_de_verhuizing_en_de_geschiedenis_blijft()
    {
        var aanmelding = Aanmelding(_inwoner, _van.Id);
        aanmelding.Bevestig(_naar, _van, _inwoner, [], _regievoerder, Moment);

        Assert.Equal(AanmeldingStatus.Bevestigd, aanmelding.Status);
        Assert.True(_naar.IsLidOp(_inwoner, D(2021, 6, 1)));
        Assert.Equal(D(2021, 5, 31), Assert.Single(_van.Lidmaatschappen).Tot);
    }

    [Fact]
    public void De_aanmelder_en_een_beheerder_bevestigen_geen_verhuizing_uit_een_huishouden_met_regievoerder()
    {
        var aanmelding = Aanmelding(_inwoner, _van.Id);
        Breekt("AanmeldingBeslistDoorWieDeInwonerVrijgeeft", () => aanmelding.Bevestig(_naar, _van, _inwoner, [], _aanmelder, Moment));
        Breekt("AanmeldingBeslistDoorWieDeInwonerVrijgeeft", () => aanmelding.Bevestig(_naar, _van, _inwoner, [], Beheerder(), Moment));
        Assert.Empty(_naar.Lidmaatschappen);
        Assert.Null(Assert.Single(_van.Lidmaatschappen).Tot);
    }

    [Fact]
    public void Een_persoon_die_nergens_lid_is_wordt_door_een_beheerder_bevestigd_niet_door_de_aanmelder()
    {
        var aanmelding = Aanmelding(null, null);
        Breekt("AanmeldingBeslistDoorWieDeInwonerVrijgeeft", () => aanmelding.Bevestig(_naar, null, Guid.NewGuid(), [], _aanmelder, Moment));

        var nieuw = Guid.NewGuid();
        aanmelding.Bevestig(_naar, null, nieuw, [], Beheerder(), Moment);
        Assert.True(_naar.IsLidOp(nieuw, D(2021, 6, 1)));
    }

    [Fact]
    public void Over_een_aanmelding_wordt_een_keer_beslist()
    {
        var aanmelding = Aanmelding(_inwoner, _van.Id);
        aanmelding.BevestigNiet(_van, _regievoerder, Moment);

        Assert.Equal(AanmeldingStatus.NietBevestigd, aanmelding.Status);
        Breekt("AanmeldingWordtEenKeerBeslist", () => aanmelding.Bevestig(_naar, _van, _inwoner, [], _regievoerder, Moment));
        Assert.Empty(_naar.Lidmaatschappen);
    }

    [Fact]
    public void Alleen_een_sociaal_werker_meldt_aan_en_niet_wie_al_lid_is()
    {
        Breekt("AanmeldingDoorSociaalWerker", () =>
            LidAanmelding.Meld(_naar, Bsn.Parse("999999990"), "Iemand", "Anders", D(1980, 1, 1), Adres(), Relatie.Partner, D(2021, 6, 1), null, null, Vrijwilliger(), Moment));
        _naar.VoegLidToe(_inwoner, Relatie.Partner, D(2021, 1, 1), []);
        Breekt("InwonerIsInEenHuishoudenTegelijk", () => Aanmelding(_inwoner, null));
    }
}
