using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Transitie;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Dossier;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>
/// Bestaande cliënten (002 §6.1): legacy beschikkingen that need a maatwerkgesprek before the transition date, with
/// the pillar the transition table suggests and the conclusion the sociaal werker records.
/// </summary>
[Inzage(Dossierdeel.LegacyBeschikking)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class TransitieController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Index(int? pagina, string? sorteer, string? richting, CancellationToken cancellationToken)
    {
        // Need-to-know drives from the user's own caseload (issue 15): the ids of the households they may see that have a
        // legacy beschikking, each source through its own (covering or partial) index, then those beschikkingen by
        // HuishoudenId. The cost follows the caseload, not the number of legacy beschikkingen in the gemeente (testing each
        // of those grew 7× from leeuwarden to amsterdam). Thirteenth round: with the partial index that set is small (~250
        // on amsterdam), so the counts and the page each read it again instead of passing the keys around; the counts come
        // from the index on (HuishoudenId, Conclusie) alone, and the page is sorted and cut before the inwoners are joined,
        // so 25 inwoners are read instead of every open one (their rows lie scattered over a table of the whole gemeente).
        var zichtbareHuishoudens = toegang.ZichtbareHuishoudenIdsMetLegacyBeschikking(User);
        var zichtbaar = db.LegacyBeschikkingen.AsNoTracking().Where(b => zichtbareHuishoudens.Contains(b.HuishoudenId));
        var aantallen = await zichtbaar.GroupBy(b => b.Conclusie == null).Select(g => new { Open = g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Open, g => g.Aantal, cancellationToken);
        var nummer = Pagina<TransitieRegel>.Normaliseer(pagina);
        var grootte = Pagina<TransitieRegel>.StandaardGrootte;
        // Sorted on a column the user chose (issue 12), by default on Einddatum; in SQL, before the page is cut. Only the
        // sort on the inwoner's name looks up an inwoner per open beschikking.
        var (gesorteerd, sortering) = zichtbaar.Where(b => b.Conclusie == null)
            .Select(b => new { b.Id, b.HuishoudenId, b.InwonerId, b.Product, b.Einddatum, b.GeplandGesprekOp })
            .SorteerOp(Sortering.Lees(sorteer, richting))
            .Kolom("inwoner", r => db.Inwoners.Where(i => i.Id == r.InwonerId).Select(i => i.Achternaam).First())
            .Kolom("product", r => r.Product)
            .Kolom("einddatum", r => r.Einddatum)
            .Kolom("gesprek", r => r.GeplandGesprekOp)
            .Anders(q => q.OrderBy(r => r.Einddatum).ThenBy(r => r.Id), r => r.Id, new Sortering("einddatum", Aflopend: false));
        var open = await gesorteerd.Skip((nummer - 1) * grootte).Take(grootte)
            .Join(db.Inwoners, b => b.InwonerId, i => i.Id, (b, i) => new { b.Id, b.HuishoudenId, Naam = Inwoner.NaamVan(i.Voornamen, i.Achternaam), b.Product, b.Einddatum, b.GeplandGesprekOp })
            .ToListAsync(cancellationToken);
        var regels = open.Select(b => new TransitieRegel(b.Id, b.HuishoudenId, b.Naam, b.Product, beleid.LegacyProducten.Overgang(b.Product), b.Einddatum, b.GeplandGesprekOp)).ToList();
        var aantalOpen = aantallen.GetValueOrDefault(true);
        return View(new TransitieLijst
        {
            Pagina = new Pagina<TransitieRegel>(regels, nummer, grootte, aantalOpen) { Sortering = sortering },
            GesprekkenUiterlijkVoor = beleid.Transitie.GesprekkenUiterlijkVoor,
            AantalAfgerond = aantallen.GetValueOrDefault(false),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Gesprek(Guid id)
    {
        var (beschikking, context) = await LaadAsync(id);
        return beschikking is null ? NotFound() : View(new MaatwerkgesprekModel { Datum = beschikking.GeplandGesprekOp, Context = context });
    }

    [HttpPost]
    public async Task<IActionResult> Gesprek(Guid id, MaatwerkgesprekModel model)
    {
        var (beschikking, context) = await LaadAsync(id);
        model.Context = context;
        return await PostAsync(beschikking, async b =>
        {
            b.PlanMaatwerkgesprek(model.Datum!.Value, beleid.Transitie);
            await BewaarAsync(b);
            return Bevestigd($"Het maatwerkgesprek met {context!.Inwoner} is gepland.", nameof(Index));
        }, _ => Task.FromResult<IActionResult>(View(model)), _ => nameof(model.Datum));
    }

    [HttpGet]
    public async Task<IActionResult> Conclusie(Guid id)
    {
        var (beschikking, context) = await LaadAsync(id);
        return beschikking is null ? NotFound() : View(new ConclusieModel { Context = context });
    }

    [HttpPost]
    public async Task<IActionResult> Conclusie(Guid id, ConclusieModel model)
    {
        var (beschikking, context) = await LaadAsync(id);
        model.Context = context;
        return await PostAsync(beschikking, async b =>
        {
            b.LegConclusieVast(model.Conclusie!.Value, User.AlsActor(), beleid.LegacyProducten, model.Motivering);
            await BewaarAsync(b);
            return Bevestigd($"De conclusie voor {context!.Inwoner} is vastgelegd.", nameof(Index));
        }, _ => View(model));
    }

    private async Task BewaarAsync(LegacyBeschikking beschikking)
    {
        db.Bewaar(beschikking);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private async Task<(LegacyBeschikking? Beschikking, TransitieContext? Context)> LaadAsync(Guid id)
    {
        var beschikking = await db.LegacyBeschikkingen.SingleOrDefaultAsync(b => b.Id == id);
        if (beschikking is null || !await toegang.MagHuishoudenZienAsync(User, beschikking.HuishoudenId))
        {
            return (null, null);
        }

        var naam = await db.Inwoners.Where(i => i.Id == beschikking.InwonerId).Select(i => Inwoner.NaamVan(i.Voornamen, i.Achternaam)).SingleAsync();
        return (beschikking, new TransitieContext(naam, beschikking.Product, beschikking.Voorstel(beleid.LegacyProducten), beschikking.Einddatum, beschikking.GeplandGesprekOp, beleid.Transitie.GesprekkenUiterlijkVoor));
    }
}
