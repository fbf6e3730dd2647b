using Wmo.Domain.Huishoudens;

namespace Wmo.Domain.Tests;

/// <summary>DOMAIN.md §8: which keys put a household in a sociaal werker's caseload (the caseload index is built from these).</summary>
public sealed class CaseloadsleutelsTests
{
    private static readonly Guid Oost = Guid.NewGuid();
    private static readonly Guid Stiens = Guid.NewGuid();
    private static readonly Guid Fatima = Guid.NewGuid();
    private static readonly Guid Jeroen = Guid.NewGuid();

    [Fact]
    public void Een_vraag_opent_het_huishouden_voor_zijn_buurtkamer_en_zijn_behandelaar()
    {
        var sleutels = Caseloadsleutels.Van(null, [new CaseloadVraag(Oost, Fatima, false), new CaseloadVraag(Stiens, null, false)]);
        Assert.Equal(new[] { Oost, Fatima, Stiens }.Order(), sleutels.Order());
    }

    [Fact]
    public void Een_vraag_opgepakt_met_afgeschermd_huishouden_opent_het_huishouden_niet()
    {
        Assert.Empty(Caseloadsleutels.Van(null, [new CaseloadVraag(Oost, Fatima, true)]));
        Assert.Equal([Stiens], Caseloadsleutels.Van(null, [new CaseloadVraag(Oost, Fatima, true), new CaseloadVraag(Stiens, null, false)]));
    }

    [Fact]
    public void De_regievoerder_houdt_het_huishouden_ook_zonder_vraag()
    {
        Assert.Equal([Jeroen], Caseloadsleutels.Van(Jeroen, []));
        Assert.Empty(Caseloadsleutels.Van(null, []));
    }

    [Fact]
    public void Een_sociaal_werker_houdt_de_sleutels_van_de_eigen_buurtkamers_en_het_eigen_account()
    {
        Assert.Equal(new[] { Oost, Stiens, Fatima }, Caseloadsleutels.VanSociaalWerker(Fatima, [Oost, Stiens, Oost]));
        Assert.Equal(new[] { Fatima }, Caseloadsleutels.VanSociaalWerker(Fatima, []));
    }
}
