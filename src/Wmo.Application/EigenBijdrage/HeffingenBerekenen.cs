using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.ValueObjects;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Beleid;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.EigenBijdrage;

/// <summary>
/// The charges of a month, computed by the domain (<see cref="Heffingsperiodes"/>) from what is registered: basisondersteuning
/// registrations (uitkomst with soort, start- and einddatum) and the started aanvullende toewijzingen (WMO305 start, WMO307 stop
/// or the end of the toewijzing) of every member (002 §4.8, §5.3; DOMAIN.md §7).
/// Tariff and exemptions come from the gemeente's policy as it held in the charged month (<see cref="Beleidsbron.Op"/>, the
/// version in force on the month's first day), never from a copy and never from today's policy for an earlier month.
/// </summary>
[UseCase]
public sealed class HeffingenBerekenen(WmoDbContext db, Beleidsbron beleidsbron)
{
    /// <summary>The charges of <paramref name="maand"/> and of the month before it, from one read of the registrations.</summary>
    public async Task<(IReadOnlyList<Huishoudheffing> Huidig, IReadOnlyList<Huishoudheffing> Vorig)> MetVorigeMaandAsync(Heffingsmaand maand, CancellationToken ct = default)
    {
        var beleid = BeleidVan(maand);
        Heffingsperiodes.TariefVoorMaand(maand, beleid.Tarieven);
        var venster = new Periode(maand.Vorige.Periode.Start, maand.Periode.Einde);
        var huishoudens = await OndersteuningAsync(venster, ct);
        var vorigBeleid = BeleidVan(maand.Vorige);
        var vorigeMaandTelt = maand.Vorige.Jaar == maand.Jaar || vorigBeleid.Tarieven.Voor(maand.Vorige.Jaar).Periode == Tariefperiode.Maand;
        return (Heffingsperiodes.Bereken(huishoudens, maand, beleid.Catalogus, beleid.Tarieven),
            vorigeMaandTelt ? Heffingsperiodes.Bereken(huishoudens, maand.Vorige, vorigBeleid.Catalogus, vorigBeleid.Tarieven) : []);
    }

    public async Task<IReadOnlyList<Huishoudheffing>> VoorMaandAsync(Heffingsmaand maand, CancellationToken ct = default)
    {
        var beleid = BeleidVan(maand);
        Heffingsperiodes.TariefVoorMaand(maand, beleid.Tarieven);
        return Heffingsperiodes.Bereken(await OndersteuningAsync(maand.Periode, ct), maand, beleid.Catalogus, beleid.Tarieven);
    }

    // A charge period is one month (002 §4.8); the policy of its first day decides it, like a decision uses the policy of its date.
    private WmoBeleid BeleidVan(Heffingsmaand maand) => beleidsbron.Op(maand.Periode.Start);

    /// <summary>
    /// All support of the households that had any support in <paramref name="venster"/>: the earlier support too, because the
    /// start of an uninterrupted run may lie long before it.
    /// </summary>
    private async Task<IReadOnlyList<HuishoudenOndersteuning>> OndersteuningAsync(Periode venster, CancellationToken ct)
    {
        var van = venster.Start;
        var tot = venster.Einde!.Value;
        var basis = Basisondersteuning();
        var gestart = db.Toewijzingen.AsNoTracking().Where(t => t.Begindatum != null);
        // The households as a subquery, never as a list of parameters: a city has more of them than SQLite (32,766) or SQL
        // Server (2,100) accept as parameters of one command.
        var metOndersteuning = basis.Where(b => b.Start <= tot && (b.Stop == null || b.Stop >= van)).Select(b => b.HuishoudenId)
            .Union(gestart.Where(t => t.Begindatum <= tot && ((t.BeeindigdOp ?? t.Einddatum) == null || (t.BeeindigdOp ?? t.Einddatum) >= van)).Select(t => t.HuishoudenId));
        var registraties = await basis.Where(b => metOndersteuning.Contains(b.HuishoudenId)).ToListAsync(ct);
        var toewijzingen = await gestart.Where(t => metOndersteuning.Contains(t.HuishoudenId))
            .Select(t => new Registratie
            {
                HuishoudenId = t.HuishoudenId, InwonerId = t.InwonerId, VoorzieningCode = t.VoorzieningCode, Start = t.Begindatum!.Value, Stop = t.BeeindigdOp ?? t.Einddatum,
                Geboren = db.Inwoners.Where(i => i.Id == t.InwonerId).Select(i => (DateOnly?)i.Geboortedatum).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return
        [
            .. registraties.Concat(toewijzingen)
                .Where(r => r.Stop is null || r.Stop >= r.Start) // closed before it started: there was no support
                .GroupBy(r => r.HuishoudenId)
                .Select(g => new HuishoudenOndersteuning(g.Key, [.. g.Select(r => new GeleverdeOndersteuning(r.InwonerId, r.VoorzieningCode, new Periode(r.Start, r.Stop), Structureel: true, r.Geboren))])),
        ];
    }

    /// <summary>
    /// 002 §5.3, §9.6: basisondersteuning is registered for a structurele hulpverleningsrelatie, with start and end (the
    /// einddatum recorded on the registration, not the closing of the vraag). It counts once it needs no beschikking, or its
    /// beschikking granted it.
    /// </summary>
    private IQueryable<Registratie> Basisondersteuning() =>
        from v in db.Ondersteuningsvragen.AsNoTracking()
        where v.Uitkomst != null && v.Uitkomst.Soort == UitkomstSoort.Basisondersteuning && v.Uitkomst.Startdatum != null && v.Uitkomst.VoorzieningCode != null
        where (v.BeschikkingId == null && v.Aanvraagdatum == null)
            || db.Beschikkingen.Any(b => b.Id == v.BeschikkingId && b.Soort == BeschikkingSoort.Toekenning)
        select new Registratie
        {
            HuishoudenId = v.HuishoudenId,
            InwonerId = v.InwonerId,
            VoorzieningCode = v.Uitkomst!.VoorzieningCode!,
            Start = v.Uitkomst.Startdatum!.Value,
            Stop = v.Uitkomst.Einddatum,
            Geboren = db.Inwoners.Where(i => i.Id == v.InwonerId).Select(i => (DateOnly?)i.Geboortedatum).FirstOrDefault(),
        };

    private sealed class Registratie
    {
        public Guid HuishoudenId { get; init; }

        public Guid InwonerId { get; init; }

        public string VoorzieningCode { get; init; } = string.Empty;

        public DateOnly Start { get; init; }

        public DateOnly? Stop { get; init; }

        /// <summary>The birth date decides the exemption of a woningaanpassing for a minor (Uitvoeringsbesluit Wmo 2015 art. 3.8 lid 4).</summary>
        public DateOnly? Geboren { get; init; }
    }
}
