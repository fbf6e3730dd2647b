using Microsoft.EntityFrameworkCore;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Plannen;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure.Persistence;
using static Wmo.Infrastructure.Persistence.Rijen;

namespace Wmo.Application.Huishoudens;

/// <summary>Everything of one household that its dossier page shows, read once (no N+1).</summary>
public sealed record HuishoudenGegevens(
    Huishouden Huishouden,
    IReadOnlyDictionary<Guid, Inwoner> Inwoners,
    IReadOnlyDictionary<Guid, string> Gebruikers,
    IReadOnlyList<DossierVraag> Vragen,
    IReadOnlyList<ZwaarwegendAdvies> Adviezen,
    IReadOnlyList<Beschikking> Beschikkingen,
    IReadOnlyList<Ondersteuningsplan> Plannen,
    IReadOnlyList<Klacht> Klachten,
    DateOnly Vandaag)
{
    /// <summary>People registered for this household who are not a member (yet): "aangemeld" or "niet bevestigd" (issue 9).</summary>
    public IReadOnlyList<LidAanmelding> Aanmeldingen { get; init; } = [];

    /// <summary>Open aanmeldingen of members of this household elsewhere: the regievoerder confirms the move or not (issue 9).</summary>
    public IReadOnlyList<TeBeslissenAanmelding> TeBeslissen { get; init; } = [];
}

/// <summary>
/// What the household page shows of a vraag: its row and its moments on the timeline. Not the aggregate, whose six owned
/// collections (afweging, leefgebieden, opschortingen, ...) cost six more SQL commands per dossier view and are never shown
/// (issue 15, docs/performance.md, eighth round).
/// </summary>
public sealed record DossierVraag(Guid Id, Guid InwonerId, DateOnly Meldingsdatum, VraagStatus Status, Uitkomst? Uitkomst, DateOnly? UitkomstDatum,
    DateOnly? AfgeslotenOp, DateOnly? Aanvraagdatum, Guid? BehandelaarId, IReadOnlyList<DossierGesprek> Gesprekken);

/// <summary>A gesprek of a <see cref="DossierVraag"/> on the timeline.</summary>
public sealed record DossierGesprek(DateOnly Datum, bool IsAfgerond);

/// <summary>
/// The read model of the household page; the caller loaded the household through the user's access. Every part is one SQL
/// command (single queries: split, the vragen, adviezen, plannen and klachten took two or three each) and the fixed ones are
/// compiled once, so a view does not translate LINQ again (issue 15, docs/performance.md, ninth round).
/// </summary>
[UseCase]
public sealed class HuishoudenDossierLezen(WmoDbContext db, LidAanmeldingBeslissen aanmeldingen, TimeProvider klok)
{
    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<DossierVraag>>> VragenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, Guid id) =>
            db.Ondersteuningsvragen.AsNoTracking().AsSingleQuery().Where(v => v.HuishoudenId == id).OrderByDescending(v => v.Meldingsdatum)
                .Select(v => new DossierVraag(v.Id, v.InwonerId, v.Meldingsdatum, v.Status, v.Uitkomst, v.UitkomstDatum, v.AfgeslotenOp, v.Aanvraagdatum, v.BehandelaarId,
                    v.Gesprekken.Select(g => new DossierGesprek(g.Datum, g.IsAfgerond)).ToList()))));

    // The household's vragen as "VraagId IN (SELECT …)": a fixed shape (compiled once), looked up per vraag through the index on VraagId.
    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<ZwaarwegendAdvies>>> AdviezenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, Guid id) =>
            db.Adviezen.AsNoTracking().AsSingleQuery().Where(a => db.Ondersteuningsvragen.Where(v => v.HuishoudenId == id).Select(v => v.Id).Contains(a.VraagId))));

    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<Beschikking>>> BeschikkingenVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, Guid id) =>
            db.Beschikkingen.AsNoTracking().AsSingleQuery().Where(b => db.Ondersteuningsvragen.Where(v => v.HuishoudenId == id).Select(v => v.Id).Contains(b.VraagId))));

    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<Ondersteuningsplan>>> PlannenVan = new(() =>
        EF.CompileAsyncQuery<WmoDbContext, Guid, Ondersteuningsplan>((WmoDbContext db, Guid id) =>
            db.Ondersteuningsplannen.AsNoTracking().AsSingleQuery().Where(p => p.HuishoudenId == id).OrderByDescending(p => p.OpgesteldOp)));

    private static readonly PerModel<Func<WmoDbContext, Guid, IAsyncEnumerable<Klacht>>> KlachtenVan = new(() =>
        EF.CompileAsyncQuery<WmoDbContext, Guid, Klacht>((WmoDbContext db, Guid id) =>
            db.Klachten.AsNoTracking().AsSingleQuery().Where(k => k.HuishoudenId == id).OrderByDescending(k => k.OntvangenOp)));

    private static readonly PerModel<Func<WmoDbContext, List<Guid>, IAsyncEnumerable<Inwoner>>> InwonersVan = new(() =>
        EF.CompileAsyncQuery((WmoDbContext db, List<Guid> ids) => db.Inwoners.AsNoTracking().Where(i => ids.Contains(i.Id))));

    public async Task<HuishoudenGegevens> LeesAsync(Huishouden huishouden, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        var id = huishouden.Id;
        var inwonerIds = huishouden.Lidmaatschappen.Select(l => l.InwonerId).Distinct().ToList();
        var inwoners = (await LijstAsync(InwonersVan.Voor(db)(db, inwonerIds), cancellationToken)).ToDictionary(i => i.Id);
        var vragen = await LijstAsync(VragenVan.Voor(db)(db, id), cancellationToken);
        var adviezen = await LijstAsync(AdviezenVan.Voor(db)(db, id), cancellationToken);
        var beschikkingen = await LijstAsync(BeschikkingenVan.Voor(db)(db, id), cancellationToken);
        var plannen = await LijstAsync(PlannenVan.Voor(db)(db, id), cancellationToken);
        var klachten = await LijstAsync(KlachtenVan.Voor(db)(db, id), cancellationToken);

        // Only the names the page shows, not whole account rows (password hash, stamps, ...).
        var gebruikerIds = huishouden.Regiehistorie.SelectMany(r => new[] { r.NieuweRegievoerderId, r.DoorGebruikerId })
            .Concat(vragen.Where(v => v.BehandelaarId is not null).Select(v => v.BehandelaarId!.Value))
            .Append(huishouden.RegievoerderId ?? Guid.Empty)
            .Distinct().ToList();
        var gebruikers = await GebruikerNamen.VanAsync(db, gebruikerIds, cancellationToken);
        return new HuishoudenGegevens(huishouden, inwoners, gebruikers, vragen, adviezen, beschikkingen, plannen, klachten, Vandaag.Volgens(klok))
        {
            Aanmeldingen = await aanmeldingen.VanHuishoudenAsync(id, cancellationToken),
            TeBeslissen = huishouden.RegievoerderId is null ? [] : await aanmeldingen.VoorHuishoudenAsync(id, cancellationToken),
        };
    }
}
