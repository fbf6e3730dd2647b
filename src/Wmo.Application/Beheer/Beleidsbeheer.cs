using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Termijnen;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Beheer;

/// <summary>Every policy version, the chosen one in full, and the abonnementstarieven: what the beleid screen shows.</summary>
public sealed record BeleidGegevens(IReadOnlyList<Beleidsversie> Versies, Beleidsversie Gekozen, Guid GekozenVersie, IReadOnlyList<Tariefjaar> Tarieven, DateOnly Vandaag)
{
    /// <summary>The version that holds today: the latest that has started.</summary>
    public Beleidsversie? Geldend => Versies.Where(v => v.IsIngegaan(Vandaag)).MaxBy(v => v.Ingangsdatum);
}

/// <summary>Reads the policy tables for the beleid screen (policy is data, issue 10).</summary>
[UseCase]
public sealed class BeleidLezen(WmoDbContext db, TimeProvider klok)
{
    /// <summary>The versions, and <paramref name="versieId"/> in full (or the version of today); null when that id is unknown.</summary>
    public async Task<BeleidGegevens?> LeesAsync(Guid? versieId, CancellationToken ct = default)
    {
        var versies = await db.Beleidsversies.AsNoTracking().AsSplitQuery().OrderBy(v => v.Ingangsdatum).ToListAsync(ct);
        var vandaag = Gemeentetijd.Vandaag(klok);
        var gekozen = versieId is { } id
            ? versies.SingleOrDefault(v => v.Id == id)
            : versies.Where(v => v.IsIngegaan(vandaag)).MaxBy(v => v.Ingangsdatum) ?? versies.FirstOrDefault();
        if (gekozen is null)
        {
            return null;
        }

        var versie = await db.Beleidsversies.Where(v => v.Id == gekozen.Id).Select(v => EF.Property<Guid>(v, "Versie")).SingleAsync(ct);
        var tarieven = await db.Abonnementstarieven.AsNoTracking().OrderBy(t => t.Jaar).ToListAsync(ct);
        return new BeleidGegevens(versies, gekozen, versie, tarieven, vandaag);
    }
}

/// <summary>
/// The beheerder's changes to the policy: a new version from a coming date (a copy of the policy that would otherwise hold
/// then), its settings, catalogue and percelen, and the abonnementstarief per year. The domain refuses changes to what has
/// started (Awb 3:46: a decision is explained by the policy of its day); every change is audited old → new by the
/// database context; after a change the cached policy is read again.
/// </summary>
[UseCase]
public sealed class BeleidsversieVastleggen(WmoDbContext db, Beleidsbron bron, TimeProvider klok)
{
    /// <summary>What the beheerder is told when another beheerder saved the same version first (optimistic concurrency).</summary>
    public const string Conflictmelding = "Iemand anders heeft deze beleidsversie intussen gewijzigd. Open hem opnieuw en voer uw wijziging nog eens in.";

    public async Task<Beleidsversie> NieuweVersieAsync(DateOnly ingangsdatum, string omschrijving, CancellationToken ct = default)
    {
        var vandaag = Gemeentetijd.Vandaag(klok);
        // One version per ingangsdatum: "the policy of a day" must be unambiguous.
        Regel.Eis(!await db.Beleidsversies.AnyAsync(v => v.Ingangsdatum == ingangsdatum, ct), Regelnamen.EenVersiePerIngangsdatum,
            $"Er is al een beleidsversie vanaf {ingangsdatum:dd-MM-yyyy}. Kies een andere datum of wijzig die versie.");
        var basis = await db.Beleidsversies.AsNoTracking().AsSplitQuery()
            .Where(v => v.Ingangsdatum < ingangsdatum).OrderByDescending(v => v.Ingangsdatum).FirstOrDefaultAsync(ct);
        Regel.Eis(basis is not null, Regelnamen.NieuweVersieVolgtOpBeleid, "Een nieuwe versie begint na de eerste beleidsversie.");
        var versie = basis!.NieuweVersieVanaf(ingangsdatum, omschrijving, vandaag);
        db.Bewaar(versie);
        await BewaarAsync(ct);
        return versie;
    }

    public Task InstellingenAsync(Guid id, Guid versie, string omschrijving, TermijnInstellingen termijnen, Duurbeleid duur, DwangsomTarief dwangsom, DateOnly transitie, CancellationToken ct = default) =>
        WijzigAsync(id, versie, (v, vandaag) => v.WijzigInstellingen(omschrijving, termijnen, duur, dwangsom, transitie, vandaag), ct);

    public Task VoorzieningToevoegenAsync(Guid id, Guid versie, Voorziening voorziening, CancellationToken ct = default) =>
        WijzigAsync(id, versie, (v, vandaag) => v.VoegVoorzieningToe(voorziening, vandaag), ct);

    public Task VoorzieningWijzigenAsync(Guid id, Guid versie, Guid regelId, Voorziening voorziening, CancellationToken ct = default) =>
        WijzigAsync(id, versie, (v, vandaag) => v.WijzigVoorziening(regelId, voorziening, vandaag), ct);

    public Task VoorzieningVerwijderenAsync(Guid id, Guid regelId, CancellationToken ct = default) =>
        WijzigAsync(id, null, (v, vandaag) => v.VerwijderVoorziening(regelId, vandaag), ct);

    public Task PerceelAsync(Guid id, Guid versie, Perceel perceel, int aantalGelijkeDelen, CancellationToken ct = default) =>
        WijzigAsync(id, versie, (v, vandaag) => v.WijzigPerceel(perceel, aantalGelijkeDelen, vandaag), ct);

    /// <summary>Discards a version that has not started yet.</summary>
    public async Task VerwijderAsync(Guid id, CancellationToken ct = default)
    {
        var versie = await LaadAsync(id, ct);
        versie.ControleerVerwijderen(Gemeentetijd.Vandaag(klok));
        db.Beleidsversies.Remove(versie);
        await BewaarAsync(ct);
    }

    public async Task<Beleidsversie?> ZoekAsync(Guid id, CancellationToken ct = default) =>
        await db.Beleidsversies.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(v => v.Id == id, ct);

    private async Task WijzigAsync(Guid id, Guid? verwachteVersie, Action<Beleidsversie, DateOnly> wijziging, CancellationToken ct)
    {
        var versie = await LaadAsync(id, ct);
        wijziging(versie, Gemeentetijd.Vandaag(klok));
        db.Bewaar(versie, verwachteVersie);
        await BewaarAsync(ct);
    }

    private async Task<Beleidsversie> LaadAsync(Guid id, CancellationToken ct) =>
        await db.Beleidsversies.AsSplitQuery().SingleOrDefaultAsync(v => v.Id == id, ct)
        ?? throw new DomainException(Regelnamen.BeleidsversieBestaat, "Deze beleidsversie bestaat niet (meer).");

    private async Task BewaarAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        bron.Vergeet();
    }
}

/// <summary>The abonnementstarief per year (DOMAIN.md §7): set or changed for a coming year only; a started year is history.</summary>
[UseCase]
public sealed class AbonnementstariefVaststellen(WmoDbContext db, Beleidsbron bron, TimeProvider klok)
{
    public async Task VaststellenAsync(int jaar, decimal bedrag, Tariefperiode periode, CancellationToken ct = default)
    {
        Regel.Eis(!await db.Abonnementstarieven.AnyAsync(t => t.Jaar == jaar, ct), Regelnamen.EenTariefPerJaar,
            $"Voor {jaar} is al een tarief vastgesteld; wijzig dat tarief.");
        db.Abonnementstarieven.Add(Tariefjaar.StelVast(jaar, bedrag, periode, Gemeentetijd.Vandaag(klok)));
        await BewaarAsync(ct);
    }

    public async Task WijzigenAsync(int jaar, decimal bedrag, Tariefperiode periode, CancellationToken ct = default)
    {
        var tarief = await LaadAsync(jaar, ct);
        tarief.Wijzig(bedrag, periode, Gemeentetijd.Vandaag(klok));
        await BewaarAsync(ct);
    }

    public async Task VerwijderenAsync(int jaar, CancellationToken ct = default)
    {
        var tarief = await LaadAsync(jaar, ct);
        tarief.ControleerVerwijderen(Gemeentetijd.Vandaag(klok));
        db.Abonnementstarieven.Remove(tarief);
        await BewaarAsync(ct);
    }

    public async Task<Tariefjaar?> ZoekAsync(int jaar, CancellationToken ct = default) =>
        await db.Abonnementstarieven.AsNoTracking().SingleOrDefaultAsync(t => t.Jaar == jaar, ct);

    private async Task<Tariefjaar> LaadAsync(int jaar, CancellationToken ct) =>
        await db.Abonnementstarieven.SingleOrDefaultAsync(t => t.Jaar == jaar, ct)
        ?? throw new DomainException(Regelnamen.TariefjaarBestaat, $"Voor {jaar} is geen tarief vastgesteld.");

    private async Task BewaarAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        bron.Vergeet();
    }
}
