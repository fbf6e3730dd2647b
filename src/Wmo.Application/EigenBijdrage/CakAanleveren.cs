using Microsoft.EntityFrameworkCore;
using Wmo.Domain.EigenBijdrage;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Audit;
using Wmo.Infrastructure.Cak;
using Wmo.Infrastructure.Iwmo;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.EigenBijdrage;

/// <summary>A CAK file as it is handed over.</summary>
public sealed record CakBestandUit(Guid AanleveringId, string Bestandsnaam, string Inhoud, int AantalRegels, AanleveringSoort Soort, int Volgnummer);

/// <summary>
/// The outcome of a delivery: a file, or nothing to deliver (no change since the last delivery of the month), or the
/// format errors that stopped it (then nothing is saved or written).
/// </summary>
public sealed record CakAanleverResultaat(CakBestandUit? Bestand, IReadOnlyList<CakBestandFout> Fouten)
{
    public bool IsGeslaagd => Fouten.Count == 0;

    public bool GeenWijzigingen => Bestand is null && Fouten.Count == 0;
}

/// <summary>
/// Delivers the charges of a month to the CAK (002 §5.3, §9.6; DOMAIN.md §7): the first delivery of a month holds every
/// household charged, a later one only the mutations since; the file is validated against its format before anything is
/// saved, and every delivery and every download is recorded in the audit trail. Shared by the portal and <c>cak export</c>.
/// </summary>
[UseCase]
public sealed class CakAanleveren(WmoDbContext db, HeffingenBerekenen heffingen, HeffingenCache bewaard, IwmoInstellingen instellingen, TimeProvider klok)
{
    public async Task<CakAanleverResultaat> LeverAanAsync(Heffingsmaand maand, Guid? doorId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(maand);
        (IReadOnlyList<Huishoudheffing> Huidig, IReadOnlyList<Huishoudheffing> Vorig, DateTimeOffset Op)? berekend = null;
        var resultaat = await db.InTransactieAsync(async token =>
        {
            var eerdere = await db.CakAanleveringen.Where(a => a.Jaar == maand.Jaar && a.Maand == maand.Maand).ToListAsync(token);
            // Always computed fresh from the database, never taken from HeffingenCache: this is what the CAK receives.
            var op = klok.GetUtcNow();
            var (huidig, vorig) = await heffingen.MetVorigeMaandAsync(maand, token);
            berekend = (huidig, vorig, op);
            var aanlevering = CakAanlevering.Maak(maand, huidig, vorig, eerdere, Gemeentetijd.Vandaag(klok), klok.GetLocalNow(), doorId);
            if (aanlevering is null)
            {
                return new CakAanleverResultaat(null, []);
            }

            var bestand = await BestandVanAsync(aanlevering, token);
            var fouten = CakBestand.Valideer(bestand.Inhoud);
            if (fouten.Count > 0)
            {
                db.ChangeTracker.Clear();
                return new CakAanleverResultaat(null, fouten);
            }

            try
            {
                // A first delivery of a large city holds 70,000 regels: written without the change tracker (on SQLite), with
                // the same rows and the same audit entries as a tracked save (issue 15, CakAanleverenSnelleWegTests).
                await db.VoegNieuwToeAsync(aanlevering, token);
                db.LegVast(new AuditGebeurtenis(AuditActie.Exporteren, "CakAanlevering", aanlevering.Id.ToString(),
                    Details: $"{bestand.Bestandsnaam}: periode {maand}, {aanlevering.Soort.ToString().ToLowerInvariant()}, {aanlevering.Regels.Count} regels"));
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException) when (!token.IsCancellationRequested)
            {
                // The unique (jaar, maand, volgnummer): someone delivered the same month at the same moment; theirs stands.
                db.BeginOpnieuw();
                throw new Domain.Common.DomainException("EenAanleveringTegelijk",
                    $"Er is zojuist een andere aanlevering van {maand} gemaakt. Er is niets opgeslagen; bekijk de aanleveringen en lever zo nodig opnieuw aan.");
            }

            return new CakAanleverResultaat(bestand, []);
        }, ct);

        // The overview shows next what was just computed (and delivered), not heffingen of up to five minutes before (issue 15).
        if (berekend is { } b)
        {
            bewaard.Bewaar(maand, b.Huidig, b.Vorig, b.Op);
        }

        return resultaat;
    }

    /// <summary>The file of an earlier delivery, as it was delivered (download); the download is recorded.</summary>
    public async Task<CakBestandUit?> BestandAsync(Guid aanleveringId, CancellationToken ct = default)
    {
        var aanlevering = await db.CakAanleveringen.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aanleveringId, ct);
        if (aanlevering is null)
        {
            return null;
        }

        var bestand = await BestandVanAsync(aanlevering, ct);
        await db.LegVastAsync(new AuditGebeurtenis(AuditActie.Exporteren, "CakAanlevering", aanlevering.Id.ToString(),
            Details: $"{bestand.Bestandsnaam} opnieuw gedownload, {aanlevering.Regels.Count} regels"), ct);
        return bestand;
    }

    private async Task<CakBestandUit> BestandVanAsync(CakAanlevering aanlevering, CancellationToken ct)
    {
        var inwoners = await PerDeel.LeesAsync(aanlevering.Regels.Select(r => r.InwonerId),
            (deel, token) => db.Inwoners.AsNoTracking().Where(i => deel.Contains(i.Id)).Select(i => new { i.Id, i.Bsn }).ToListAsync(token), ct);
        var bsns = inwoners.ToDictionary(i => i.Id, i => i.Bsn.Value);
        var kop = new CakBestandKop(instellingen.Gemeentecode, aanlevering.Heffingsmaand, aanlevering.Volgnummer, aanlevering.Soort, aanlevering.AangemaaktOp);
        var inhoud = CakBestand.Schrijf(kop, aanlevering.Regels.OrderBy(r => r.HuishoudenId)
            .Select(r => new CakBestandRegel(bsns.GetValueOrDefault(r.InwonerId, string.Empty), r.HuishoudenId, r.Bedrag, r.Start, r.Stop, r.Reden)));
        return new CakBestandUit(aanlevering.Id, CakBestand.Bestandsnaam(kop), inhoud, aanlevering.Regels.Count, aanlevering.Soort, aanlevering.Volgnummer);
    }
}
