using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Plannen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Persistence;

/// <summary>Each aggregate survives a round trip through the real SQLite schema, with all its children and value objects.</summary>
public sealed class DomeinOpslagTests : IAsyncLifetime
{
    private static readonly DateOnly Melding = new(2026, 3, 2);
    private readonly TestDatabase _database = new();
    private readonly Actor _vrijwilliger = new(Guid.NewGuid(), "Anna", Rol.Vrijwilliger, Guid.NewGuid());
    private readonly Actor _sociaalWerker = new(Guid.NewGuid(), "Fatima", Rol.SociaalWerker, Guid.NewGuid());
    private readonly Actor _toetser = new(Guid.NewGuid(), "Marieke", Rol.Toetser, Guid.NewGuid());

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Een_huishouden_met_leden_mantelzorger_en_regieoverdracht_komt_volledig_terug()
    {
        var inwoner = NieuweInwoner("111222333");
        var huishouden = new Huishouden("Familie Jansen");
        huishouden.VoegLidToe(inwoner.Id, Relatie.Partner, new DateOnly(2020, 1, 1), []);
        huishouden.VoegMantelzorgerToe("Els Jansen", "dochter", 6.5m, Belastbaarheid.RisicoOpOverbelasting);
        huishouden.WijsRegievoerderToe(_sociaalWerker, _sociaalWerker, DateTimeOffset.UtcNow);
        huishouden.LegJetProcesregieVast(new AndereRegie(RegieDomein.JeugdExpertTeam, "JET Oost", "058-1234567"));

        await using (var db = _database.NieuweContext())
        {
            db.AddRange(inwoner, huishouden);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NieuweContext())
        {
            var terug = await db.Huishoudens.SingleAsync(h => h.Id == huishouden.Id);
            Assert.Equal(inwoner.Id, Assert.Single(terug.Lidmaatschappen).InwonerId);
            Assert.Equal(6.5m, Assert.Single(terug.Mantelzorgers).UrenPerWeek);
            Assert.Equal(_sociaalWerker.GebruikerId, terug.RegievoerderId);
            Assert.Single(terug.Regiehistorie);
            Assert.Equal("JET Oost", terug.JetProcesregie?.Naam);
            Assert.Null(terug.SocialeZakenRegie);

            var inwonerTerug = await db.Inwoners.SingleAsync(i => i.Bsn == Bsn.Parse("111222333"));
            Assert.Equal("8913 AB", inwonerTerug.BrpAdres.Postcode.Value);
            Assert.Null(inwonerTerug.FeitelijkVerblijfsadres);
        }
    }

    [Fact]
    public async Task Een_ondersteuningsvraag_met_gesprek_deelnemers_afweging_en_uitkomst_komt_volledig_terug()
    {
        var (inwoner, huishouden, bewaard) = await BewaarBasisAsync();
        await using var werk = _database.NieuweContext();
        var contact = await werk.EersteContacten.SingleAsync(c => c.Id == bewaard.Id);
        var vraag = new Ondersteuningsvraag(huishouden.Id, inwoner.Id, contact);
        vraag.StartVraagverheldering(_sociaalWerker);
        vraag.LegClientondersteuningAangebodenVast(Melding);
        var gesprek = vraag.PlanGesprek(Melding.AddDays(3), Gesprekslocatie.Thuis,
            [new Deelnemer("Jan Jansen", DeelnemerRol.Inwoner), new Deelnemer("Els Jansen", DeelnemerRol.Mantelzorger)]);
        vraag.RondGesprekAf(gesprek.Id, "Gesprek aan de keukentafel.");
        vraag.BeschrijfLeefgebied(Leefgebied.Wonen, "Woont zelfstandig, trap is lastig.");
        foreach (var stap in Enum.GetValues<Afwegingsstap>().Where(s => s < Afwegingsstap.Basisondersteuning))
        {
            vraag.BeantwoordStap(stap, false, "Biedt geen oplossing.");
        }

        vraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning", Melding.AddDays(10)), _sociaalWerker, Melding.AddDays(5), Voorzieningencatalogus.Leeuwarden2021());

        werk.Add(vraag);
        await werk.SaveChangesAsync();

        await using (var db = _database.NieuweContext())
        {
            var terug = await db.Ondersteuningsvragen.SingleAsync(v => v.Id == vraag.Id);
            Assert.Equal(VraagStatus.UitkomstVastgelegd, terug.Status);
            var gesprekTerug = Assert.Single(terug.Gesprekken);
            Assert.Equal(2, gesprekTerug.Deelnemers.Count);
            Assert.Contains(gesprekTerug.Deelnemers, d => d.Rol == DeelnemerRol.Mantelzorger);
            Assert.Equal(6, terug.Afweging.Count);
            Assert.Equal(UitkomstSoort.Basisondersteuning, terug.Uitkomst?.Soort);
            Assert.Equal("BO-TO", terug.Uitkomst?.VoorzieningCode);
            Assert.Equal(contact.Id, terug.EersteContactId);
            var contactTerug = await db.EersteContacten.SingleAsync(c => c.Id == contact.Id);
            Assert.Equal(vraag.Id, contactTerug.OndersteuningsvraagId);
            Assert.Equal(MelderSoort.Buur, contactTerug.Melder.Soort);
        }
    }

    [Fact]
    public async Task Een_getoetst_advies_en_de_beschikking_bewaren_omvang_en_toetsingen()
    {
        var (inwoner, huishouden, contact) = await BewaarBasisAsync();
        var vraag = new Ondersteuningsvraag(huishouden.Id, inwoner.Id, Melding, contact.BuurtkamerId);
        var advies = new ZwaarwegendAdvies(vraag.Id, _sociaalWerker, "AO-TO", new Omvang(4, Eenheid.Uur, Frequentie.PerWeek),
            new Periode(Melding.AddDays(20), Melding.AddDays(20).AddMonths(12).AddDays(-1)), Leveringsvorm.ZorgInNatura, "Specialistische begeleiding nodig.");
        advies.DienIn();
        advies.Keur(_toetser, null, "Akkoord.", DateTimeOffset.UtcNow);
        var beschikking = Beschikking.KenToe("WMO-2026-000001", advies, inwoner.Id, _toetser, null, Voorzieningencatalogus.Leeuwarden2021(),
            inwoner.Geboortedatum, false, Duurbeleid.Leeuwarden, "Toegekend volgens het zwaarwegend advies.");

        await using (var db = _database.NieuweContext())
        {
            db.AddRange(vraag, advies, beschikking);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NieuweContext())
        {
            var adviesTerug = await db.Adviezen.SingleAsync(a => a.Id == advies.Id);
            Assert.Equal(new Omvang(4, Eenheid.Uur, Frequentie.PerWeek), adviesTerug.Omvang);
            Assert.Equal(AdviesStatus.Goedgekeurd, adviesTerug.Status);
            Assert.Equal(_toetser.GebruikerId, Assert.Single(adviesTerug.Toetsingen).ToetserId);
            var beschikkingTerug = await db.Beschikkingen.SingleAsync(b => b.Nummer == "WMO-2026-000001");
            Assert.Equal(adviesTerug.Omvang, beschikkingTerug.Omvang);
            Assert.Equal(ProductCategorie.Begeleiding, beschikkingTerug.ProductCategorie);
        }
    }

    [Fact]
    public async Task Een_tweede_opslag_op_basis_van_een_oude_versie_wordt_geweigerd()
    {
        var huishouden = new Huishouden("Familie de Boer");
        await using (var db = _database.NieuweContext())
        {
            db.Add(huishouden);
            await db.SaveChangesAsync();
        }

        Guid oudeVersie;
        await using (var eerste = _database.NieuweContext())
        {
            var h = await eerste.Huishoudens.SingleAsync(x => x.Id == huishouden.Id);
            oudeVersie = eerste.VersieVan(h);
            h.VoegMantelzorgerToe("Kees", "buurman", 2, Belastbaarheid.Goed);
            eerste.Bewaar(h, oudeVersie);
            await eerste.SaveChangesAsync();
        }

        await using (var tweede = _database.NieuweContext())
        {
            var h = await tweede.Huishoudens.SingleAsync(x => x.Id == huishouden.Id);
            h.VoegMantelzorgerToe("Truus", "zus", 3, Belastbaarheid.Goed);
            tweede.Bewaar(h, oudeVersie);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => tweede.SaveChangesAsync());
        }

        await using (var controle = _database.NieuweContext())
        {
            var h = await controle.Huishoudens.SingleAsync(x => x.Id == huishouden.Id);
            Assert.Equal("Kees", Assert.Single(h.Mantelzorgers).Naam);
        }
    }

    private static Inwoner NieuweInwoner(string bsn) =>
        new(Bsn.Parse(bsn), "Jan", "Jansen", new DateOnly(1950, 5, 1), new Adres("Vlietsingel", 12, null, Postcode.Parse("8913ab"), "Leeuwarden"));

    private async Task<(Inwoner Inwoner, Huishouden Huishouden, EersteContact Contact)> BewaarBasisAsync()
    {
        var wijk = new Wijk("Oost", false);
        var buurtkamer = new Buurtkamer("Buurtkamer Oost", wijk.Id, "Vlietsingel 1");
        var inwoner = NieuweInwoner("123456782");
        var huishouden = new Huishouden("Familie Jansen");
        huishouden.VoegLidToe(inwoner.Id, Relatie.Partner, new DateOnly(2020, 1, 1), []);
        var contact = new EersteContact(_vrijwilliger, buurtkamer.Id, Melding, new Melder(MelderSoort.Buur, "Buurvrouw", "0612345678", null),
            "Meneer Jansen", "Hij redt het niet meer met het huishouden.", false, null, DateTimeOffset.UtcNow);
        await using var db = _database.NieuweContext();
        db.AddRange(wijk, buurtkamer, inwoner, huishouden, contact);
        await db.SaveChangesAsync();
        return (inwoner, huishouden, contact);
    }
}
