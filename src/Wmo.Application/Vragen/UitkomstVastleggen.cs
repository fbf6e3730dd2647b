using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Organisaties;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Vragen;

/// <summary>The uitkomst as the form states it; the ids are checked against what exists before the domain sees them.</summary>
public sealed record UitkomstKeuze(
    UitkomstSoort Soort,
    string? DoorverwezenNaar = null,
    IReadOnlyList<Guid>? AanbodIds = null,
    string? BasisVoorzieningCode = null,
    string? SoortOndersteuning = null,
    DateOnly? Startdatum = null,
    string? VerwijzingVoorzieningCode = null,
    Guid? AanbiederId = null,
    string? Toelichting = null);

/// <summary>
/// "Leg de uitkomst vast" (DOMAIN.md §2.4): sociale basis, basisondersteuning, doorverwijzing — or verwijzen naar
/// een gecontracteerde aanbieder, whose perceel must match the voorziening (the domain checks it).
/// </summary>
[UseCase]
public sealed class UitkomstVastleggen(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    public async Task<Uitkomst> VastleggenAsync(Ondersteuningsvraag vraag, UitkomstKeuze keuze, Actor sociaalWerker, Guid? versie = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        ArgumentNullException.ThrowIfNull(keuze);
        var uitkomst = await MaakAsync(keuze, cancellationToken);
        vraag.LegUitkomstVast(uitkomst, sociaalWerker, Vandaag.Volgens(klok), beleid.Catalogus);
        db.Bewaar(vraag, versie);
        await db.SaveChangesAsync(cancellationToken);
        return uitkomst;
    }

    private async Task<Uitkomst> MaakAsync(UitkomstKeuze keuze, CancellationToken cancellationToken)
    {
        var toelichting = keuze.Toelichting ?? string.Empty;
        var aanbod = (keuze.AanbodIds ?? []).Distinct().ToList();

        // Ticked offers are never dropped silently (issue 12): they go with sociale basis or basisondersteuning, and with
        // another outcome the form says so at the offers instead of saving without them.
        if (aanbod.Count > 0 && keuze.Soort is not (UitkomstSoort.SocialeBasis or UitkomstSoort.Basisondersteuning))
        {
            throw new InvoerFout(nameof(UitkomstKeuze.AanbodIds),
                "Aanbod van de sociale kaart hoort bij de uitkomst sociale basis of basisondersteuning. Kies een van die twee, of haal de vinkjes bij het aanbod weg.");
        }

        switch (keuze.Soort)
        {
            case UitkomstSoort.AdviesDoorverwijzing:
                return Uitkomst.AdviesDoorverwijzing(keuze.DoorverwezenNaar ?? string.Empty, toelichting);
            case UitkomstSoort.SocialeBasis:
                return Uitkomst.SocialeBasis(await ActiefAanbodAsync(aanbod, cancellationToken), toelichting);
            case UitkomstSoort.Basisondersteuning:
                return Uitkomst.Basisondersteuning(keuze.BasisVoorzieningCode ?? string.Empty, keuze.SoortOndersteuning ?? string.Empty,
                    keuze.Startdatum ?? Vandaag.Volgens(klok), toelichting, await ActiefAanbodAsync(aanbod, cancellationToken));
            case UitkomstSoort.AanvullendViaVerwijzing:
                return await VerwijzingAsync(keuze, toelichting, cancellationToken);
            default:
                throw new InvoerFout(nameof(UitkomstKeuze.Soort), "Kies de uitkomst.");
        }
    }

    /// <summary>Only active offers of the sociale kaart; an unknown or inactive one is a field error, never left out.</summary>
    private async Task<List<Guid>> ActiefAanbodAsync(List<Guid> gekozen, CancellationToken cancellationToken)
    {
        var bestaand = await db.SocialeKaart.Where(a => gekozen.Contains(a.Id) && a.IsActief).Select(a => a.Id).ToListAsync(cancellationToken);
        if (bestaand.Count != gekozen.Count)
        {
            throw new InvoerFout(nameof(UitkomstKeuze.AanbodIds), "Kies alleen actief aanbod van de sociale kaart.");
        }

        return bestaand;
    }

    /// <summary>The referral goes to the perceel the aanbieder is contracted for; the domain checks it matches the voorziening.</summary>
    private async Task<Uitkomst> VerwijzingAsync(UitkomstKeuze keuze, string toelichting, CancellationToken cancellationToken)
    {
        var aanbieder = await db.Organisaties.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == keuze.AanbiederId && o.Soort == OrganisatieSoort.Aanbieder && o.IsActief, cancellationToken)
            ?? throw new InvoerFout(nameof(UitkomstKeuze.AanbiederId), "Kies een gecontracteerde aanbieder.");
        var code = keuze.VerwijzingVoorzieningCode ?? string.Empty;
        var voorziening = beleid.Catalogus.Bevat(code) ? beleid.Catalogus.Zoek(code) : null;
        Perceel? perceel = voorziening?.Perceel is { } p && aanbieder.LevertIn(p) ? p : aanbieder.Percelen.FirstOrDefault();
        if (perceel is null)
        {
            throw new InvoerFout(nameof(UitkomstKeuze.AanbiederId), $"{aanbieder.Naam} is voor geen enkel perceel gecontracteerd.");
        }

        return Uitkomst.AanvullendViaVerwijzing(code, aanbieder.Id, perceel.Value, toelichting);
    }
}
