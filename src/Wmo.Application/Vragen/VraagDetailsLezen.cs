using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.SocialeKaart;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Vragen;

/// <summary>Everything the vraag page shows, read once.</summary>
public sealed record VraagDetails(
    Ondersteuningsvraag Vraag,
    Inwoner Inwoner,
    string Buurtkamer,
    EersteContact? Contact,
    ZwaarwegendAdvies? Advies,
    IReadOnlyList<SocialeKaartAanbod> GekozenAanbod,
    string? Aanbieder,
    string? Voorziening,
    string? Behandelaar,
    DateOnly Vandaag,
    Termijn Onderzoekstermijn,
    Termijn? Beschikkingstermijn)
{
    /// <summary>The dwangsom due so far after an ingebrekestelling (Awb 4:17), while no beschikking is given.</summary>
    public decimal Dwangsom { get; init; }

    /// <summary>Whether the verslag of the onderzoek went out within the onderzoekstermijn (Wmo 2015 art. 2.3.2 lid 8); null while not sent.</summary>
    public bool? VerslagBinnenTermijn { get; init; }

    /// <summary>For an aanvraag made before the onderzoek was complete: whether the onderzoek fell within the beslistermijn.</summary>
    public bool? OnderzoekBinnenBeslistermijn { get; init; }
}

/// <summary>The read model of the vraag page (<see cref="VraagDetails"/>); the caller loaded the vraag through the user's access.</summary>
[UseCase]
public sealed class VraagDetailsLezen(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    public async Task<VraagDetails> LeesAsync(Ondersteuningsvraag vraag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        var vandaag = Vandaag.Volgens(klok);
        var inwoner = await db.Inwoners.AsNoTracking().SingleAsync(i => i.Id == vraag.InwonerId, cancellationToken);
        var buurtkamer = await db.Buurtkamers.Where(b => b.Id == vraag.BuurtkamerId).Select(b => b.Naam).SingleOrDefaultAsync(cancellationToken) ?? "–";
        var contact = vraag.EersteContactId is { } cId ? await db.EersteContacten.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cId, cancellationToken) : null;
        var advies = vraag.AdviesId is { } aId ? await db.Adviezen.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aId, cancellationToken) : null;
        var aanbodIds = vraag.Uitkomst?.SocialeKaartAanbodIds.ToList() ?? [];
        var aanbod = aanbodIds.Count == 0 ? [] : await db.SocialeKaart.AsNoTracking().Where(a => aanbodIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var aanbieder = vraag.Uitkomst?.AanbiederId is { } orgId
            ? await db.Organisaties.Where(o => o.Id == orgId).Select(o => o.Naam).SingleOrDefaultAsync(cancellationToken)
            : null;
        var code = vraag.Uitkomst?.VoorzieningCode ?? advies?.VoorzieningCode;
        var voorziening = code is not null && beleid.Catalogus.Bevat(code) ? beleid.Catalogus.Zoek(code).Naam : null;
        var behandelaar = vraag.BehandelaarId is { } bId ? await db.Users.Where(u => u.Id == bId).Select(u => u.Naam).SingleOrDefaultAsync(cancellationToken) : null;
        return new VraagDetails(vraag, inwoner, buurtkamer, contact, advies, aanbod, aanbieder, voorziening, behandelaar, vandaag,
            vraag.Onderzoekstermijn(beleid.Termijnen, vandaag), vraag.Beschikkingstermijn(beleid.Termijnen, vandaag))
        {
            Dwangsom = vraag.BeschikkingId is null ? vraag.DwangsomTotEnMet(vandaag, beleid.Dwangsom) : 0m,
            VerslagBinnenTermijn = vraag.VerslagBinnenOnderzoekstermijn(beleid.Termijnen),
            OnderzoekBinnenBeslistermijn = vraag.OnderzoekBinnenBeslistermijn(beleid.Termijnen),
        };
    }
}
