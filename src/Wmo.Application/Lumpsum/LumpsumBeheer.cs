using Microsoft.EntityFrameworkCore;
using Wmo.Application.Monitoring;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Organisaties;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Lumpsum;

/// <summary>Opens a budget year with its total and split (002 §7.1); the number of equal parts comes from the policy.</summary>
[UseCase]
public sealed class BegrotingsjaarOpstellen(WmoDbContext db, WmoBeleid beleid)
{
    public async Task<Begrotingsjaar> VoerUitAsync(int jaar, decimal totaal, IReadOnlyDictionary<Perceel, decimal> verdeling, CancellationToken ct = default)
    {
        // DOMAIN.md §5: one lumpsum per budget year.
        Regel.Eis(!await db.Begrotingsjaren.AnyAsync(b => b.Jaar == jaar, ct), Regelnamen.EenBegrotingPerJaar, $"Er is al een begroting voor {jaar}.");
        var begroting = new Begrotingsjaar(jaar, totaal, verdeling, beleid.Percelen);
        db.Bewaar(begroting);
        await db.SaveChangesAsync(ct);
        return begroting;
    }
}

/// <summary>Changes the total and split of a year before any herverdeling was granted.</summary>
[UseCase]
public sealed class VerdelingWijzigen(WmoDbContext db)
{
    public async Task VoerUitAsync(int jaar, Guid versie, decimal totaal, IReadOnlyDictionary<Perceel, decimal> verdeling, CancellationToken ct = default)
    {
        var begroting = await LumpsumOpslag.LaadAsync(db, jaar, ct);
        begroting.StelVerdelingVast(totaal, verdeling);
        db.Bewaar(begroting, versie);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Contracts an aanbieder (or the basisondersteuning party) in a perceel as hoofdaanbieder or onderaannemer (002 §5.1).</summary>
[UseCase]
public sealed class AanbiederContracteren(WmoDbContext db)
{
    public async Task VoerUitAsync(int jaar, Guid versie, Guid aanbiederId, Perceel perceel, ContractRol rol, DateOnly start, DateOnly? einde, CancellationToken ct = default)
    {
        var begroting = await LumpsumOpslag.LaadAsync(db, jaar, ct);
        var partij = await db.Organisaties.AsNoTracking().SingleOrDefaultAsync(o => o.Id == aanbiederId, ct);
        // 002 §5.1: contract parties are contracted providers (or the basisondersteuning party), not the gemeente or volunteers.
        Regel.Eis(partij is { IsActief: true, Soort: OrganisatieSoort.Aanbieder or OrganisatieSoort.Basisondersteuning }, Regelnamen.ContractpartijIsAanbieder, "Kies een actieve aanbieder.");
        begroting.Contracteer(aanbiederId, perceel, rol, new Periode(start, einde));
        db.Bewaar(begroting, versie);
        await db.SaveChangesAsync(ct);
    }
}

[UseCase]
public sealed class ContractVerwijderen(WmoDbContext db)
{
    public async Task VoerUitAsync(int jaar, Guid contractId, CancellationToken ct = default)
    {
        var begroting = await LumpsumOpslag.LaadAsync(db, jaar, ct);
        begroting.VerwijderContract(contractId);
        db.Bewaar(begroting);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Records a joint request for herverdeling with the client figures of today (002 §2.5).</summary>
[UseCase]
public sealed class HerverdelingAanvragen(WmoDbContext db, TimeProvider klok, Clienttelling telling)
{
    public async Task VoerUitAsync(int jaar, Guid versie, Perceel van, Perceel naar, decimal bedrag, Guid partijBasis, Guid partijAanvullend, string toelichting, CancellationToken ct = default)
    {
        var begroting = await LumpsumOpslag.LaadAsync(db, jaar, ct);
        var vandaag = Gemeentetijd.Vandaag(klok);
        var clienten = await telling.PerPijlerOpAsync(vandaag, ct);
        begroting.VraagHerverdelingAan(van, naar, bedrag, partijBasis, partijAanvullend, clienten, toelichting, vandaag);
        db.Bewaar(begroting, versie);
        await db.SaveChangesAsync(ct);
    }
}

[UseCase]
public sealed class HerverdelingBesluiten(WmoDbContext db, TimeProvider klok)
{
    public async Task VoerUitAsync(int jaar, Guid versie, Guid herverdelingId, Actor gemeente, bool toekennen, string motivering, CancellationToken ct = default)
    {
        var begroting = await LumpsumOpslag.LaadAsync(db, jaar, ct);
        begroting.BesluitOverHerverdeling(herverdelingId, gemeente, toekennen, motivering, Gemeentetijd.Vandaag(klok));
        db.Bewaar(begroting, versie);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Realised spend of one aanbieder in one month, entered on the screen.</summary>
[UseCase]
public sealed class RealisatieRegistreren(WmoDbContext db)
{
    public async Task VoerUitAsync(int jaar, Guid versie, Guid aanbiederId, Perceel perceel, int maand, decimal bedrag, CancellationToken ct = default)
    {
        var begroting = await LumpsumOpslag.LaadAsync(db, jaar, ct);
        begroting.RegistreerUitgaven(aanbiederId, perceel, maand, bedrag);
        db.Bewaar(begroting, versie);
        await db.SaveChangesAsync(ct);
    }
}

internal static class LumpsumOpslag
{
    public static async Task<Begrotingsjaar> LaadAsync(WmoDbContext db, int jaar, CancellationToken ct)
    {
        var begroting = await db.Begrotingsjaren.SingleOrDefaultAsync(b => b.Jaar == jaar, ct);
        Regel.Eis(begroting is not null, Regelnamen.BegrotingBestaat, $"Er is geen begroting voor {jaar}.");
        return begroting!;
    }
}
