using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Plannen;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Transitie;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Seeding;

/// <summary>
/// Demo households at different stages of the workflow (Development only), built with <see cref="DossierBouwer"/>
/// so every step obeys the domain rules. Dates are relative to today, so deadlines always show a mix of
/// "op schema", "bijna verlopen" and "verlopen". Names and BSNs are fictitious (test BSNs that pass the elfproef).
/// </summary>
[UseCase]
public sealed class DemoDossiers(WmoDbContext db, DossierBouwer bouwer, WmoBeleid beleid, TimeProvider klok)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Huishoudens.AnyAsync(cancellationToken))
        {
            return;
        }

        var vandaag = Domain.Termijnen.Vandaag.Volgens(klok);
        await ContracteerAanbiedersAsync(cancellationToken);
        await VulSocialeKaartAsync(cancellationToken);

        var anna = await bouwer.ActorAsync("anna.devries");
        var henk = await bouwer.ActorAsync("henk.visser");
        var fatima = await bouwer.ActorAsync("fatima.elamrani");
        var jeroen = await bouwer.ActorAsync("jeroen.bakker");

        // Eerste contacten that wait for a sociaal werker: one urgent.
        await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag, "Sanne Mulder",
            "Mijn partner wordt steeds bozer, ik durf niet meer naar huis.", Veiligheidssignaal.HuiselijkGeweld);
        await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag.AddDays(-2), "Gerrit Kuipers",
            "Sinds mijn vrouw is overleden lukt het huishouden niet meer en zit ik veel alleen.");
        await bouwer.EersteContactAsync(henk, "Dorpskamer Stiens", vandaag.AddDays(-1), "Tineke Bosma",
            "Ik zorg voor mijn moeder en ik kan het niet meer aan.");

        // Pieter (002 §4.1): TO2 + DB2, in vraagverheldering; his melding is 50 days ago, so the onderzoekstermijn is overdue.
        var (pieter, pieterHuis) = await bouwer.HuishoudenAsync("999999990", "Pieter", "de Boer", vandaag.AddYears(-28), "Vlietsingel", 14, "8913 AB", "Leeuwarden");
        var pieterContact = await bouwer.EersteContactAsync(anna, "Buurtkamer Oost", vandaag.AddDays(-50), "Pieter de Boer",
            "Ik wil graag weer ergens naartoe overdag en hulp bij mijn post.");
        await bouwer.VraagInVraagverheldering(pieterHuis, pieter, fatima, "Buurtkamer Oost", vandaag.AddDays(-50), pieterContact, Afwegingsstap.SocialeBasis);

        // Mariska (002 §4.1): TO3 + DB5, aanvullend; she asked for a beschikking, the advies awaits toetsing.
        var (mariska, mariskaHuis) = await bouwer.HuishoudenAsync("111222333", "Mariska", "Hoekstra", vandaag.AddYears(-25), "Aldlânsdyk", 22, "8924 CE", "Leeuwarden");
        var mariskaVraag = await bouwer.VraagInVraagverheldering(mariskaHuis, mariska, fatima, "Buurtkamer Vrijheidswijk", vandaag.AddDays(-12));
        await bouwer.IngediendAdviesAsync(mariskaVraag, fatima, vandaag.AddDays(-5), "AO-DB");
        db.LegacyBeschikkingen.Add(new LegacyBeschikking(mariska.Id, mariskaHuis.Id, LegacyProduct.TO3, vandaag.AddYears(-2), vandaag.AddMonths(4)));

        // Jelle (002 §3.1): TO2, basisondersteuning with a volunteer; regievoerder and an active plan.
        var (jelle, jelleHuis) = await bouwer.HuishoudenAsync("123456782", "Jelle", "Visser", vandaag.AddYears(-44), "Valeriusstraat", 8, "8932 AA", "Leeuwarden");
        var jelleVraag = await bouwer.VraagInVraagverheldering(jelleHuis, jelle, fatima, "Buurtkamer Oost", vandaag.AddDays(-30), totStap: Afwegingsstap.Basisondersteuning);
        jelleVraag.LegUitkomstVast(Uitkomst.Basisondersteuning("BO-TO", "Thuisondersteuning, 2 uur per week", vandaag.AddDays(-20)), fatima, vandaag.AddDays(-21), beleid.Catalogus);
        jelleHuis.WijsRegievoerderToe(fatima, fatima, klok.GetUtcNow().AddDays(-21));
        jelleHuis.StartProfessioneleOndersteuning();
        var plan = new Ondersteuningsplan(jelleHuis.Id, fatima, vandaag.AddDays(-21));
        var doel = plan.VoegDoelToe(Leefgebied.FinancienSchulden, "Jelle houdt zelf overzicht over zijn post en rekeningen.", Doelsoort.Ontwikkelen, vandaag.AddMonths(3));
        plan.VoegActieToe(doel.Id, "Wekelijks samen de post doornemen", Uitvoerder.Basisondersteuning, "Basisteam Leeuwarden", Financier.GemeenteWmo);
        plan.VoegActieToe(doel.Id, "Maatje voor de zaterdag", Uitvoerder.SocialeBasis, "Humanitas", Financier.GemeenteWmo);
        db.Ondersteuningsplannen.Add(plan);
        jelleHuis.ActiveerPlan(plan, vandaag.AddDays(-20));
        db.Bewaar(jelleVraag);
        db.Bewaar(jelleHuis);

        // Frank (002 §4.5): autism, in a village; Jeroen does the vraagverheldering.
        var (frank, frankHuis) = await bouwer.HuishoudenAsync("234567818", "Frank", "Dijkstra", vandaag.AddYears(-32), "Hegebrechtswei", 5, "9051 BA", "Stiens");
        await bouwer.VraagInVraagverheldering(frankHuis, frank, jeroen, "Dorpskamer Stiens", vandaag.AddDays(-38));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ContracteerAanbiedersAsync(CancellationToken cancellationToken)
    {
        var organisaties = await db.Organisaties.ToListAsync(cancellationToken);
        organisaties.Single(o => o.Naam == "Basisteam Leeuwarden").ZetPercelen([Perceel.Basisondersteuning]);
        organisaties.Single(o => o.Naam == "Zorggroep Noord").ZetPercelen([Perceel.ThuisondersteuningEnDagbesteding, Perceel.KortdurendVerblijf]);
        organisaties.Single(o => o.Naam == "Thuishulp Friesland").ZetPercelen([Perceel.HulpBijHetHuishouden]);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task VulSocialeKaartAsync(CancellationToken cancellationToken)
    {
        var wijken = await db.Wijken.ToDictionaryAsync(w => w.Naam, w => w.Id, cancellationToken);
        db.SocialeKaart.AddRange(
            new SocialeKaartAanbod("Humanitas Leeuwarden", "Maatjesproject", AanbodSoort.Maatje, "Een vaste vrijwilliger die wekelijks langskomt voor een wandeling, koffie of een boodschap.", null, "Op afspraak", "Bij u thuis", "058-2345678"),
            new SocialeKaartAanbod("Vrijwilligerscentrale Leeuwarden", "Formulierenhulp", AanbodSoort.Formulierenhulp, "Hulp bij formulieren, toeslagen en post.", wijken["Oost"], "Dinsdag 10.00-12.00 uur", "Buurtkamer Oost", "Inloop, geen afspraak nodig"),
            new SocialeKaartAanbod("Buurtkamer Vrijheidswijk", "Sollicitatieclub", AanbodSoort.Sollicitatieclub, "Samen vacatures zoeken en brieven schrijven.", wijken["Vrijheidswijk"], "Donderdag 13.30-15.30 uur", "Buurtkamer Vrijheidswijk", "058-3456789"),
            new SocialeKaartAanbod("Dorpsbelang Stiens", "Koffie-inloop", AanbodSoort.Inloop, "Elkaar ontmoeten bij koffie en een spelletje.", wijken["Stiens"], "Woensdag 10.00-12.00 uur", "Dorpskamer Stiens", "Inloop"),
            new SocialeKaartAanbod("Steunpunt Mantelzorg", "Respijtzorg", AanbodSoort.Respijtzorg, "Een vrijwilliger neemt de zorg even over, zodat de mantelzorger op adem kan komen.", null, "Op afspraak", "Bij u thuis", "058-4567890"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
