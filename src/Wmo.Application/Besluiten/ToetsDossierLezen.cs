using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Besluiten;

public sealed record Huisgenoot(string Naam, Relatie Relatie, int Leeftijd);

/// <summary>What the toetser needs from the dossier to decide on the advies — and no more (AVG data minimisation).</summary>
public sealed record ToetsDossier(
    ZwaarwegendAdvies Advies,
    Ondersteuningsvraag Vraag,
    Voorziening Voorziening,
    string Auteur,
    string InwonerNaam,
    int InwonerLeeftijd,
    string Adres,
    IReadOnlyList<Huisgenoot> Huisgenoten,
    IReadOnlyDictionary<Guid, string> Toetsers,
    Termijn? Beslistermijn,
    DateOnly Vandaag,
    string? Belemmering)
{
    /// <summary>The aanbieder the advies names for the voorziening, if any (issue 12).</summary>
    public string? Aanbieder { get; init; }
}

/// <summary>The read model of the toets page; <see cref="ToetsDossier.Belemmering"/> says why <c>toetser</c> cannot toets (buttons hidden).</summary>
[UseCase]
public sealed class ToetsDossierLezen(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    public async Task<ToetsDossier> LeesAsync(Guid adviesId, Actor toetser, CancellationToken cancellationToken = default)
    {
        var advies = await db.Adviezen.AsNoTracking().SingleAsync(a => a.Id == adviesId, cancellationToken);
        var vraag = await db.Ondersteuningsvragen.AsNoTracking().SingleAsync(v => v.Id == advies.VraagId, cancellationToken);
        var vandaag = Vandaag.Volgens(klok);
        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == vraag.InwonerId, cancellationToken);
        var huishouden = await db.Huishoudens.AsNoTracking().SingleAsync(h => h.Id == vraag.HuishoudenId, cancellationToken);
        var leden = huishouden.LedenOp(vandaag).Where(l => l.InwonerId != inwoner.Id).ToList();
        var ledenIds = leden.Select(l => l.InwonerId).ToList();
        var personen = await db.Inwoners.AsNoTracking().Where(i => ledenIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var huisgenoten = leden.Where(l => personen.ContainsKey(l.InwonerId))
            .Select(l => new Huisgenoot(personen[l.InwonerId].VolledigeNaam, l.Relatie, personen[l.InwonerId].LeeftijdOp(vandaag)))
            .ToList();
        var gebruikerIds = advies.Toetsingen.Select(t => t.ToetserId).Append(advies.AuteurId).Distinct().ToList();
        var namen = await db.Users.AsNoTracking().Where(u => gebruikerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Naam, cancellationToken);
        return new ToetsDossier(advies, vraag, beleid.Catalogus.Zoek(advies.VoorzieningCode), namen.GetValueOrDefault(advies.AuteurId, "–"),
            inwoner.VolledigeNaam, inwoner.LeeftijdOp(vandaag), inwoner.Hoofdverblijf.ToString(), huisgenoten, namen,
            vraag.Beschikkingstermijn(beleid.Termijnen), vandaag, advies.BelemmeringVoorToetsing(toetser, vraag.ClientondersteunerId))
        {
            Aanbieder = advies.AanbiederId is { } aanbiederId
                ? await db.Organisaties.AsNoTracking().Where(o => o.Id == aanbiederId).Select(o => o.Naam).SingleOrDefaultAsync(cancellationToken)
                : null,
        };
    }
}
