using Wmo.Domain.Common;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class EersteContactTests
{
    private static EersteContact Contact(Actor auteur, Veiligheidssignaal? signaal = null, MelderSoort soort = MelderSoort.Inwoner, string? overWie = null) =>
        new(auteur, Guid.NewGuid(), D(2021, 3, 1), new Melder(soort, "Jelle", "06-12345678", null), overWie, "Ik ben bang mijn huis kwijt te raken", false, signaal, Moment);

    [Fact]
    public void Vrijwilliger_legt_een_eerste_contact_vast_met_meldingsdatum()
    {
        var contact = Contact(Vrijwilliger());
        Assert.Equal(D(2021, 3, 1), contact.Meldingsdatum);
        Assert.False(contact.BeroepskrachtIngeschakeld);
    }

    [Fact]
    public void Toetser_legt_geen_eerste_contact_vast() =>
        Assert.Equal(Regelnamen.EersteContactInBuurtkamer, Assert.Throws<DomainException>(() => Contact(Toetser())).Regel);

    [Fact]
    public void Veiligheidssignaal_schakelt_altijd_een_beroepskracht_in()
    {
        var contact = Contact(Vrijwilliger(), Veiligheidssignaal.HuiselijkGeweld);
        Assert.True(contact.IsUrgent);
        Assert.True(contact.BeroepskrachtIngeschakeld);
    }

    [Fact]
    public void In_behandeling_is_elke_status_behalve_beschikt_en_afgesloten()
    {
        var verwacht = Enum.GetValues<VraagStatus>().Where(s => s is not (VraagStatus.Beschikt or VraagStatus.Afgesloten));
        Assert.Equal(verwacht.Order(), Ondersteuningsvraag.StatussenInBehandeling.Order());
        var inBehandeling = Ondersteuningsvraag.InBehandeling.Compile();
        Assert.True(inBehandeling(new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid())));
    }

    [Fact]
    public void Een_vraag_uit_een_signaal_is_urgent_tot_de_koppeling_ongedaan_wordt()
    {
        var werker = SociaalWerker();
        var signaal = Contact(Vrijwilliger(), Veiligheidssignaal.DreigendeHuisuitzetting);
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), signaal);
        Assert.True(vraag.IsUrgent);
        Assert.False(new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), Contact(Vrijwilliger())).IsUrgent);
        Assert.False(new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), D(2021, 3, 1), Guid.NewGuid()).IsUrgent);

        vraag.StartVraagverheldering(werker);
        vraag.MaakKoppelingOngedaan(signaal, werker);
        Assert.False(vraag.IsUrgent);
    }

    [Fact]
    public void Signaal_van_een_buur_noemt_over_wie_het_gaat()
    {
        Assert.Equal(Regelnamen.SignaalNoemtOverWie, Assert.Throws<DomainException>(() => Contact(Vrijwilliger(), soort: MelderSoort.Buur)).Regel);
        Assert.Equal("Mevrouw op nr. 3", Contact(Vrijwilliger(), soort: MelderSoort.Buur, overWie: "Mevrouw op nr. 3").OverWie);
    }

    [Fact]
    public void Alleen_de_auteur_voegt_vervolgnotities_toe()
    {
        var auteur = Vrijwilliger();
        var contact = Contact(auteur);
        contact.VoegNotitieToe(auteur, "Komt dinsdag terug", Moment);
        Assert.Single(contact.Notities);
        Assert.Equal(Regelnamen.AlleenAuteurVultEersteContactAan, Assert.Throws<DomainException>(() => contact.VoegNotitieToe(Vrijwilliger("ander"), "x", Moment)).Regel);
    }

    [Fact]
    public void Vraag_uit_eerste_contact_neemt_de_meldingsdatum_over()
    {
        var contact = Contact(Vrijwilliger());
        var vraag = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), contact);
        Assert.Equal(D(2021, 3, 1), vraag.Meldingsdatum);
        Assert.Equal(vraag.Id, contact.OndersteuningsvraagId);
        Assert.Equal(contact.BuurtkamerId, vraag.BuurtkamerId);
    }

    [Fact]
    public void Een_eerste_contact_wordt_maar_een_keer_opgepakt()
    {
        var contact = Contact(Vrijwilliger());
        _ = new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), contact);
        var fout = Assert.Throws<DomainException>(() => new Ondersteuningsvraag(Guid.NewGuid(), Guid.NewGuid(), contact));
        Assert.Equal(Regelnamen.EersteContactEenmaalOpgepakt, fout.Regel);
    }

    private static EersteContact MetLeeftijd(DateOnly? geboortedatum, int? leeftijd) =>
        new(Vrijwilliger(), Guid.NewGuid(), D(2021, 3, 1), new Melder(MelderSoort.Inwoner, "Jelle", null, null), null, "Hulp bij de administratie", false, null, Moment, geboortedatum, leeftijd);

    [Fact]
    public void Een_opgegeven_leeftijd_telt_door_vanaf_de_melding()
    {
        var contact = MetLeeftijd(null, 44);

        Assert.Equal("Jelle", contact.Melder.Naam);
        Assert.Equal(44, contact.LeeftijdOp(D(2021, 3, 1)));
        Assert.Equal(45, contact.LeeftijdOp(D(2022, 3, 1)));
    }

    [Fact]
    public void Een_geboortedatum_geeft_de_leeftijd_op_elke_dag()
    {
        var contact = MetLeeftijd(D(1977, 3, 2), null);

        Assert.Equal(43, contact.LeeftijdOp(D(2021, 3, 1)));
        Assert.Equal(44, contact.LeeftijdOp(D(2021, 3, 2)));
        Assert.Null(MetLeeftijd(null, null).LeeftijdOp(D(2021, 3, 1)));
    }

    [Theory]
    [InlineData(1977, 44)]
    [InlineData(2021, null)]
    [InlineData(null, 121)]
    [InlineData(null, -1)]
    public void Geboortedatum_of_leeftijd_is_een_van_beide_en_kan_kloppen(int? jaar, int? leeftijd)
    {
        // 2021 is a birth date after the melding of 1 March 2021.
        DateOnly? geboortedatum = jaar is { } j ? D(j, 12, 1) : null;

        Assert.Equal(Regelnamen.GeboortedatumOfLeeftijd, Assert.Throws<DomainException>(() => MetLeeftijd(geboortedatum, leeftijd)).Regel);
    }
}
