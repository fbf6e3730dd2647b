using Wmo.Domain.Besluiten;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

/// <summary>Issue 12: the right person at pickup, a wrong link undone, the duration warning from the policy data.</summary>
public class JuistePersoonTests
{
    private static EersteContact Contact(string naam, DateOnly? geboren = null, int? leeftijd = null) =>
        new(Vrijwilliger(), Guid.NewGuid(), D(2021, 3, 1), new Melder(MelderSoort.Inwoner, naam, null, null), null, "Hulp bij de post", false, null, Moment, geboren, leeftijd);

    [Fact]
    public void Dezelfde_naam_en_geboortedatum_geven_geen_verschil() =>
        Assert.Empty(Contact("Jelle de Vries (44)", D(1977, 2, 1)).VerschillenMet("Jelle", "de Vries", D(1977, 2, 1)));

    [Fact]
    public void Een_andere_naam_of_geboortedatum_wordt_genoemd()
    {
        var verschillen = Contact("Mariska Bos", D(1982, 3, 4)).VerschillenMet("Frank", "Hoekstra", D(1950, 1, 1));
        Assert.Equal(2, verschillen.Count);
        Assert.Contains("Mariska Bos", verschillen[0], StringComparison.Ordinal);
        Assert.Contains("04-03-1982", verschillen[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Een_leeftijd_die_niet_past_bij_de_geboortedatum_wordt_genoemd()
    {
        Assert.Single(Contact("Pieter", leeftijd: 30).VerschillenMet("Pieter", "Zandstra", D(1950, 1, 1)));
        Assert.Empty(Contact("Pieter", leeftijd: 71).VerschillenMet("Pieter", "Zandstra", D(1950, 1, 1)));
    }

    [Fact]
    public void Een_koppeling_wordt_ongedaan_gemaakt_zolang_er_geen_gesprek_is_afgerond()
    {
        var werker = SociaalWerker();
        var contact = Contact("Jelle");
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), contact);
        vraag.StartVraagverheldering(werker);
        Breekt("AlleenBeroepskrachtDoetOnderzoek", () => vraag.MaakKoppelingOngedaan(contact, Vrijwilliger()));

        vraag.MaakKoppelingOngedaan(contact, werker);

        Assert.Null(contact.OndersteuningsvraagId);
        Assert.Null(vraag.EersteContactId);
        Assert.NotNull(new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), contact).EersteContactId);
    }

    [Fact]
    public void Na_een_afgerond_gesprek_wordt_een_koppeling_niet_ongedaan_gemaakt()
    {
        var werker = SociaalWerker();
        var contact = Contact("Jelle");
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), contact);
        vraag.StartVraagverheldering(werker);
        vraag.LegClientondersteuningAangebodenVast(D(2021, 3, 2));
        var gesprek = vraag.PlanGesprek(D(2021, 3, 2), Gesprekslocatie.Thuis, [new Deelnemer("Jelle", DeelnemerRol.Inwoner)]);
        vraag.RondGesprekAf(gesprek.Id, "verslag");

        Assert.False(vraag.KanKoppelingOngedaanMaken);
        Breekt("KoppelingOngedaanAlleenVoorEenBesluit", () => vraag.MaakKoppelingOngedaan(contact, werker));
        Assert.Equal(vraag.Id, contact.OndersteuningsvraagId);
    }

    [Fact]
    public void De_duur_boven_het_beleidsmaximum_volgt_uit_de_beleidsdata()
    {
        var beleid = Duurbeleid.Leeuwarden;
        var start = D(2026, 1, 1);
        Assert.False(beleid.Overschrijdt(new Periode(start, start.AddMonths(24).AddDays(-1)), 44, false));
        Assert.True(beleid.Overschrijdt(new Periode(start, start.AddMonths(24)), 44, false));
        Assert.False(beleid.Overschrijdt(new Periode(start, start.AddMonths(24)), 44, true));
        Assert.False(beleid.Overschrijdt(new Periode(start, start.AddMonths(30)), 80, false));
        Assert.True(beleid.Overschrijdt(new Periode(start), 44, false));
        Assert.True(new Duurbeleid(12, 24, 80).Overschrijdt(new Periode(start, start.AddMonths(13)), 44, false));
    }
}
