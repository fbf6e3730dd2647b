using Wmo.Domain.Common;
using Wmo.Domain.Vragen;
using static Wmo.Domain.Tests.Maak;

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
        Assert.Equal("EersteContactInBuurtkamer", Assert.Throws<DomainException>(() => Contact(Toetser())).Regel);

    [Fact]
    public void Veiligheidssignaal_schakelt_altijd_een_beroepskracht_in()
    {
        var contact = Contact(Vrijwilliger(), Veiligheidssignaal.HuiselijkGeweld);
        Assert.True(contact.IsUrgent);
        Assert.True(contact.BeroepskrachtIngeschakeld);
    }

    [Fact]
    public void Signaal_van_een_buur_noemt_over_wie_het_gaat()
    {
        Assert.Equal("SignaalNoemtOverWie", Assert.Throws<DomainException>(() => Contact(Vrijwilliger(), soort: MelderSoort.Buur)).Regel);
        Assert.Equal("Mevrouw op nr. 3", Contact(Vrijwilliger(), soort: MelderSoort.Buur, overWie: "Mevrouw op nr. 3").OverWie);
    }

    [Fact]
    public void Alleen_de_auteur_voegt_vervolgnotities_toe()
    {
        var auteur = Vrijwilliger();
        var contact = Contact(auteur);
        contact.VoegNotitieToe(auteur, "Komt dinsdag terug", Moment);
        Assert.Single(contact.Notities);
        Assert.Equal("AlleenAuteurVultEersteContactAan", Assert.Throws<DomainException>(() => contact.VoegNotitieToe(Vrijwilliger("ander"), "x", Moment)).Regel);
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
        Assert.Equal("EersteContactEenmaalOpgepakt", fout.Regel);
    }
}
