using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Termijnen;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Besluiten;

/// <summary>The content of a zwaarwegend advies as the sociaal werker writes it (DOMAIN.md §2.5).</summary>
/// <param name="AanbiederId">The aanbieder that delivers the voorziening, when one is named (contracted in its perceel).</param>
public sealed record AdviesInhoud(string VoorzieningCode, Omvang Omvang, Periode Periode, Leveringsvorm Leveringsvorm, string Motivering, PgbOnderbouwing? Pgb = null, Guid? AanbiederId = null);

/// <summary>
/// "Dien het zwaarwegend advies in" (DOMAIN.md §2.5): when no aanvraag runs yet the uitkomst becomes one
/// (aanvullend via aanvraag, or regionaal), the advies is written and submitted, and the vraag waits for the toetser.
/// After a return with remarks the author revises it and submits it again.
/// </summary>
[UseCase]
public sealed class AdviesIndienen(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    /// <param name="datum">The day of the aanvraag when none runs yet: today, unless the seeder builds a dossier in the past.</param>
    public async Task<ZwaarwegendAdvies> IndienenAsync(Ondersteuningsvraag vraag, AdviesInhoud inhoud, Actor auteur, DateOnly? datum = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentNullException.ThrowIfNull(inhoud);
        if (vraag.Status != VraagStatus.AdviesVereist)
        {
            var voorziening = beleid.Catalogus.Zoek(inhoud.VoorzieningCode);
            var uitkomst = voorziening.Pijler == Pijler.Regionaal
                ? Uitkomst.RegionaleVoorziening(voorziening.Code, "Zwaarwegend advies voor een regionale voorziening.")
                : Uitkomst.AanvullendViaAanvraag(voorziening.Code, "Aanvraag met zwaarwegend advies.");
            vraag.LegUitkomstVast(uitkomst, auteur, datum ?? Vandaag.Volgens(klok), beleid.Catalogus);
        }

        ZwaarwegendAdvies.GeenPgbVoorAlgemeneVoorziening(beleid.Catalogus.Zoek(inhoud.VoorzieningCode), inhoud.Leveringsvorm);
        var advies = new ZwaarwegendAdvies(vraag.Id, auteur, inhoud.VoorzieningCode, inhoud.Omvang, inhoud.Periode, inhoud.Leveringsvorm, inhoud.Motivering, inhoud.Pgb);
        advies.NoemAanbieder(await AanbiederAsync(inhoud.AanbiederId, cancellationToken), beleid.Catalogus.Zoek(inhoud.VoorzieningCode));
        advies.DienIn(datum ?? Vandaag.Volgens(klok));
        vraag.MarkeerAdviesIngediend(advies);
        db.Add(advies);
        db.Bewaar(vraag);
        await db.SaveChangesAsync(cancellationToken);
        return advies;
    }

    /// <summary>
    /// What the sociaal werker is warned about before submitting (issue 12), from the policy data and the adviezen the user
    /// may see: a duration over the policy maximum (002 §3.1 HH, the toetser's rule <c>MaximaleDuurVanToekenning</c>), and
    /// another advies for the same voorziening for this inwoner that is still pending.
    /// </summary>
    public async Task<IReadOnlyList<Waarschuwing>> WaarschuwingenAsync(
        Ondersteuningsvraag vraag, AdviesInhoud inhoud, IQueryable<ZwaarwegendAdvies> zichtbareAdviezen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentNullException.ThrowIfNull(inhoud);
        var waarschuwingen = new List<Waarschuwing>();
        var inwonerId = vraag.InwonerId;
        var geboren = await db.Inwoners.Where(i => i.Id == inwonerId).Select(i => i.Geboortedatum).SingleAsync(cancellationToken);
        var leeftijd = Leeftijd.Op(geboren, inhoud.Periode.Start);
        if (beleid.Duur.Overschrijdt(inhoud.Periode, leeftijd, chronischeBeperking: false))
        {
            waarschuwingen.Add(new Waarschuwing("Einddatum",
                $"Deze duur is langer dan het beleidsmaximum van {beleid.Duur.MaximaleMaanden(leeftijd, false)} maanden. Alleen bij een chronische beperking kan de toetser tot {beleid.Duur.VerlengdMaanden} maanden toekennen. Pas de einddatum aan, of kies 'Toch indienen' en motiveer de langere duur."));
        }

        var vraagId = vraag.Id;
        var code = inhoud.VoorzieningCode;
        var vragenVanInwoner = db.Ondersteuningsvragen.Where(v => v.InwonerId == inwonerId && v.Id != vraagId).Select(v => v.Id);
        var lopend = await zichtbareAdviezen
            .Where(a => a.VoorzieningCode == code && vragenVanInwoner.Contains(a.VraagId)
                && (a.Status == AdviesStatus.Concept || a.Status == AdviesStatus.Ingediend || a.Status == AdviesStatus.Teruggestuurd))
            .AnyAsync(cancellationToken);
        if (lopend)
        {
            waarschuwingen.Add(new Waarschuwing("VoorzieningCode",
                $"Voor deze inwoner is al een advies voor '{beleid.Catalogus.Zoek(code).Naam}' in behandeling. Controleer of dit geen dubbele aanvraag is, of kies 'Toch indienen'."));
        }

        return waarschuwingen;
    }

    /// <summary>The author revises a returned advies (its voorziening stays) and submits it again.</summary>
    public async Task HerzienAsync(ZwaarwegendAdvies advies, Ondersteuningsvraag vraag, AdviesInhoud inhoud, Actor auteur, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(advies);
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentNullException.ThrowIfNull(inhoud);
        ZwaarwegendAdvies.GeenPgbVoorAlgemeneVoorziening(beleid.Catalogus.Zoek(advies.VoorzieningCode), inhoud.Leveringsvorm);
        advies.Herzie(auteur, inhoud.Omvang, inhoud.Periode, inhoud.Leveringsvorm, inhoud.Motivering, inhoud.Pgb);
        advies.NoemAanbieder(await AanbiederAsync(inhoud.AanbiederId, cancellationToken), beleid.Catalogus.Zoek(advies.VoorzieningCode));
        advies.DienIn(Vandaag.Volgens(klok));
        vraag.MarkeerAdviesIngediend(advies);
        db.Bewaar(advies);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The named aanbieder; an id that is no organisation at all breaks the same rule as one in the wrong perceel.</summary>
    private async Task<Organisatie?> AanbiederAsync(Guid? aanbiederId, CancellationToken cancellationToken)
    {
        if (aanbiederId is not { } id)
        {
            return null;
        }

        var aanbieder = await db.Organisaties.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        Regel.Eis(aanbieder is not null, nameof(Organisatie.AanbiederLevertInPerceel), "Kies een aanbieder uit de lijst.");
        return aanbieder;
    }
}
