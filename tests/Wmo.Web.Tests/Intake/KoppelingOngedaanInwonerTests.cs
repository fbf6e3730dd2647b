using Microsoft.EntityFrameworkCore;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Audit;
using Wmo.Web.Tests.Support;

namespace Wmo.Web.Tests.Intake;

/// <summary>
/// Issue 12: undoing a wrong BSN link removes the inwoner (and the one-person household) registered for that pickup only;
/// an inwoner with anything else recorded stays, and the trail says which of the two happened.
/// </summary>
public sealed class KoppelingOngedaanInwonerTests(WmoWebApplicationFactory factory) : IClassFixture<WmoWebApplicationFactory>
{
    [Fact]
    public async Task Een_alleen_voor_deze_koppeling_ingeschreven_inwoner_verdwijnt_met_zijn_huishouden()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var bsn = TestBsn.Nieuw();
        var contactId = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Verkeerdbsn");
        var vraag = await IntakeHulp.VraagAsync(factory, await IntakeHulp.PakOpAsync(fatima, contactId, bsn, "Verkeerdbsn"));

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/KoppelingOngedaan/{vraag.Id}", new Dictionary<string, string> { ["Reden"] = "Verkeerd BSN overgenomen." }));

        Assert.False(await factory.LeesAsync(db => db.Inwoners.AnyAsync(i => i.Id == vraag.InwonerId)));
        var verkeerd = Bsn.Parse(bsn);
        Assert.False(await factory.LeesAsync(db => db.Inwoners.AnyAsync(i => i.Bsn == verkeerd)));
        Assert.False(await factory.LeesAsync(db => db.Huishoudens.AnyAsync(h => h.Id == vraag.HuishoudenId)));
        var regel = await factory.LeesAsync(db => db.AuditTrail.SingleAsync(r => r.Actie == AuditActie.Verwijderen && r.InwonerId == vraag.InwonerId && r.Details!.Contains("ongedaan")));
        Assert.Contains("waren alleen hiervoor ingeschreven en zijn verwijderd", regel.Details, StringComparison.Ordinal);

        // The same BSN can be registered again, correctly this time.
        await IntakeHulp.PakOpAsync(fatima, contactId, bsn, "Juistbsn");
    }

    [Fact]
    public async Task Een_inwoner_met_een_andere_vraag_blijft_bestaan()
    {
        using var anna = await IntakeHulp.InloggenAsync(factory, "anna.devries");
        using var fatima = await IntakeHulp.InloggenAsync(factory, "fatima.elamrani");
        var bsn = TestBsn.Nieuw();
        var eerste = await IntakeHulp.VraagAsync(factory,
            await IntakeHulp.PakOpAsync(fatima, await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Johanna Blijftbestaan"), bsn, "Blijftbestaan"));
        var tweedeContact = await IntakeHulp.LegEersteContactVastAsync(factory, anna, "Buurtkamer Oost", "Iemand Anders");
        var tweede = await IntakeHulp.PakOpAsync(fatima, tweedeContact, bsn, "Blijftbestaan");

        await IntakeHulp.Verwacht302(fatima.PostFormAsync($"/Vraag/KoppelingOngedaan/{tweede}", new Dictionary<string, string> { ["Reden"] = "Dit was de buurvrouw." }));

        Assert.True(await factory.LeesAsync(db => db.Inwoners.AnyAsync(i => i.Id == eerste.InwonerId)));
        Assert.True(await factory.LeesAsync(db => db.Huishoudens.AnyAsync(h => h.Id == eerste.HuishoudenId)));
        Assert.True(await factory.LeesAsync(db => db.Ondersteuningsvragen.AnyAsync(v => v.Id == eerste.Id)));
        Assert.Null(await factory.LeesAsync(db => db.EersteContacten.Where(c => c.Id == tweedeContact).Select(c => c.OndersteuningsvraagId).SingleAsync()));
        var regel = await factory.LeesAsync(db => db.AuditTrail.SingleAsync(r => r.Actie == AuditActie.Verwijderen && r.InwonerId == eerste.InwonerId && r.Details!.Contains("ongedaan")));
        Assert.Contains("De inwoner blijft bestaan", regel.Details, StringComparison.Ordinal);
    }
}
