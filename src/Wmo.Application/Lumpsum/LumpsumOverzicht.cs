using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Organisaties;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Lumpsum;

public sealed record BegrotingsjaarRegel(int Jaar, decimal Totaal, int AantalContracten, int OpenHerverdelingen);

public sealed record ContractRegel(Guid Id, Guid AanbiederId, string Aanbieder, Perceel Perceel, ContractRol Rol, DateOnly Start, DateOnly? Einde, bool HeeftRealisatie);

public sealed record AandeelRegel(string Houder, decimal Bedrag, bool IsVrij);

public sealed record PerceelRegel(Perceel Perceel, decimal InitieelBedrag, decimal Bedrag, int AantalDelen, IReadOnlyList<AandeelRegel> Delen, Prognose Prognose);

public sealed record HerverdelingRegel(Guid Id, Perceel Van, Perceel Naar, decimal Bedrag, string PartijBasis, string PartijAanvullend, Clientaantallen Clienten,
    string Toelichting, DateOnly AangevraagdOp, HerverdelingStatus Status, DateOnly? BesluitOp, string? Motivering, bool WachtOpBesluit);

public sealed record RealisatieRegel(string Aanbieder, Perceel Perceel, IReadOnlyDictionary<int, decimal> PerMaand)
{
    public decimal Totaal => PerMaand.Values.Sum();
}

public sealed record LumpsumOverzicht(int Jaar, Guid Versie, decimal Totaal, IReadOnlyList<PerceelRegel> Percelen, IReadOnlyList<ContractRegel> Contracten,
    IReadOnlyList<HerverdelingRegel> Herverdelingen, IReadOnlyList<RealisatieRegel> Realisatie, Prognose Prognose)
{
    public bool VerdelingWijzigbaar => !Herverdelingen.Any(h => h.Status == HerverdelingStatus.Toegekend);
}

public sealed record Partij(Guid Id, string Naam, OrganisatieSoort Soort);

/// <summary>The read models of the lumpsum pages.</summary>
[UseCase]
public sealed class LumpsumLezen(WmoDbContext db)
{
    public async Task<IReadOnlyList<BegrotingsjaarRegel>> JarenAsync(CancellationToken ct = default) =>
        await db.Begrotingsjaren.AsNoTracking().OrderByDescending(b => b.Jaar)
            .Select(b => new BegrotingsjaarRegel(b.Jaar, b.Totaal, b.Contracten.Count, b.Herverdelingen.Count(h => h.Status == HerverdelingStatus.Aangevraagd)))
            .ToListAsync(ct);

    /// <summary>Active parties that can hold a lumpsum contract: aanbieders and the basisondersteuning party.</summary>
    public async Task<IReadOnlyList<Partij>> PartijenAsync(CancellationToken ct = default) =>
        await db.Organisaties.AsNoTracking()
            .Where(o => o.IsActief && (o.Soort == OrganisatieSoort.Aanbieder || o.Soort == OrganisatieSoort.Basisondersteuning))
            .OrderBy(o => o.Naam).Select(o => new Partij(o.Id, o.Naam, o.Soort)).ToListAsync(ct);

    public async Task<LumpsumOverzicht?> OverzichtAsync(int jaar, CancellationToken ct = default)
    {
        // The version first: should someone save in between, the form carries the older version and the save is refused.
        var versies = await db.Begrotingsjaren.Where(b => b.Jaar == jaar).Select(b => EF.Property<Guid>(b, "Versie")).ToListAsync(ct);
        var begroting = await db.Begrotingsjaren.AsNoTracking().SingleOrDefaultAsync(b => b.Jaar == jaar, ct);
        if (begroting is null || versies.Count == 0)
        {
            return null;
        }

        var versie = versies[0];
        var ids = begroting.Contracten.Select(c => c.AanbiederId)
            .Concat(begroting.Herverdelingen.SelectMany(h => new[] { h.PartijBasisondersteuningId, h.PartijAanvullendId }))
            .Concat(begroting.Uitgaven.Select(u => u.AanbiederId)).Distinct().ToList();
        var namen = await db.Organisaties.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        string Naam(Guid id) => namen.GetValueOrDefault(id, "(onbekend)");

        var percelen = begroting.Percelen.OrderBy(p => p.Perceel).Select(p =>
        {
            var verdeling = begroting.Aandelen(p.Perceel);
            var delen = verdeling.Aandelen.Select(a => new AandeelRegel(Naam(a.AanbiederId), a.Bedrag, false))
                .Concat(Enumerable.Range(0, verdeling.VrijeDelen).Select(i => new AandeelRegel("Niet toegewezen",
                    i == verdeling.VrijeDelen - 1 ? verdeling.NietToegewezen - (verdeling.Deel * (verdeling.VrijeDelen - 1)) : verdeling.Deel, true)))
                .ToList();
            return new PerceelRegel(p.Perceel, p.InitieelBedrag, p.Bedrag, p.AantalGelijkeDelen, delen, begroting.Prognose(p.Perceel));
        }).ToList();
        var contracten = begroting.Contracten.OrderBy(c => c.Perceel).ThenBy(c => c.Rol).ThenBy(c => Naam(c.AanbiederId))
            .Select(c => new ContractRegel(c.Id, c.AanbiederId, Naam(c.AanbiederId), c.Perceel, c.Rol, c.Start, c.Einde,
                begroting.Uitgaven.Any(u => u.AanbiederId == c.AanbiederId && u.Perceel == c.Perceel)))
            .ToList();
        var herverdelingen = begroting.Herverdelingen.OrderByDescending(h => h.AangevraagdOp)
            .Select(h => new HerverdelingRegel(h.Id, h.Van, h.Naar, h.Bedrag, Naam(h.PartijBasisondersteuningId), Naam(h.PartijAanvullendId), h.Clienten,
                h.Toelichting, h.AangevraagdOp, h.Status, h.BesluitOp, h.Motivering, h.WachtOpBesluit))
            .ToList();
        var realisatie = begroting.Uitgaven.GroupBy(u => (u.AanbiederId, u.Perceel))
            .Select(g => new RealisatieRegel(Naam(g.Key.AanbiederId), g.Key.Perceel, g.ToDictionary(u => u.Maand, u => u.Bedrag)))
            .OrderBy(r => r.Perceel).ThenBy(r => r.Aanbieder).ToList();
        return new LumpsumOverzicht(begroting.Jaar, versie, begroting.Totaal, percelen, contracten, herverdelingen, realisatie, begroting.Prognose());
    }
}
