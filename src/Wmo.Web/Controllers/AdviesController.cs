using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Besluiten;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Organisaties;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;
using Wmo.Web.Weergave;

namespace Wmo.Web.Controllers;

/// <summary>The zwaarwegend advies (DOMAIN.md §2.5): writing and submitting it, and revising it after the toetser sent it back.</summary>
[Scherm("Vraag")]
[Inzage(Dossierdeel.Vraag)]
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class AdviesController(WmoDbContext db, DossierToegang toegang, WmoBeleid beleid, AdviesIndienen adviezen, TimeProvider klok) : WmoController
{
    [HttpGet]
    public async Task<IActionResult> Advies(Guid id)
    {
        var vraag = await toegang.ZichtbareVragen(User).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        if (vraag is null)
        {
            return NotFound();
        }

        var model = new AdviesModel { VoorzieningCode = vraag.Uitkomst?.VoorzieningCode, Ingangsdatum = klok.Vandaag(), Eenheid = Eenheid.Uur, Frequentie = Frequentie.PerWeek, Leveringsvorm = Leveringsvorm.ZorgInNatura };
        return await FormulierAsync(new AdviesPagina(id, null, model, Voorzieningen(), [], false));
    }

    /// <summary>"Dien het zwaarwegend advies in".</summary>
    [HttpPost]
    public async Task<IActionResult> Advies(Guid id, AdviesModel model) =>
        await PostAsync(
            await toegang.ZichtbareVragen(User).SingleOrDefaultAsync(v => v.Id == id),
            async vraag =>
            {
                var inhoud = model.Inhoud();
                if (!model.TochOpslaan && this.Waarschuw(await adviezen.WaarschuwingenAsync(vraag, inhoud, toegang.ZichtbareAdviezen(User)), "Toch indienen"))
                {
                    return await FormulierAsync(new AdviesPagina(id, null, model, Voorzieningen(), [], false));
                }

                await adviezen.IndienenAsync(vraag, inhoud, User.AlsActor());
                return Bevestigd("Het zwaarwegend advies is ingediend voor toetsing door de gemeente.", nameof(VraagController.Details), new { id });
            },
            _ => FormulierAsync(new AdviesPagina(id, null, model, Voorzieningen(), [], false)),
            AdviesModel.VeldVanRegel);

    [Inzage(Dossierdeel.Advies)]
    [HttpGet]
    public async Task<IActionResult> AdviesHerzien(Guid id)
    {
        var advies = await toegang.ZichtbareAdviezen(User).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        return advies is null ? NotFound() : await FormulierAsync(new AdviesPagina(advies.VraagId, advies.Id, AdviesModel.Van(advies), Voorzieningen(), Opmerkingen(advies), true));
    }

    /// <summary>"Dien het herziene advies opnieuw in"; the voorziening stays what it was.</summary>
    [Inzage(Dossierdeel.Advies)]
    [HttpPost]
    public async Task<IActionResult> AdviesHerzien(Guid id, AdviesModel model)
    {
        var advies = await toegang.ZichtbareAdviezen(User).SingleOrDefaultAsync(a => a.Id == id);
        var vraag = advies is null ? null : await toegang.ZichtbareVragen(User).SingleOrDefaultAsync(v => v.Id == advies.VraagId);
        model.VoorzieningCode = advies?.VoorzieningCode;
        return await PostAsync(
            vraag,
            async v =>
            {
                var inhoud = model.Inhoud();
                if (!model.TochOpslaan && this.Waarschuw(await adviezen.WaarschuwingenAsync(v, inhoud, toegang.ZichtbareAdviezen(User)), "Toch indienen"))
                {
                    return await FormulierAsync(new AdviesPagina(v.Id, advies!.Id, model, Voorzieningen(), Opmerkingen(advies), true));
                }

                await adviezen.HerzienAsync(advies!, v, inhoud, User.AlsActor());
                return Bevestigd("Het herziene advies is opnieuw ingediend voor toetsing.", nameof(VraagController.Details), new { id = v.Id });
            },
            v => FormulierAsync(new AdviesPagina(v.Id, advies!.Id, model, Voorzieningen(), Opmerkingen(advies), true)),
            AdviesModel.VeldVanRegel);
    }

    /// <summary>
    /// The advies form, with the duration limits from the policy data as the hint at the end date, and the active aanbieders
    /// with their percelen (the domain refuses one outside the voorziening's perceel, at the field).
    /// </summary>
    private async Task<IActionResult> FormulierAsync(AdviesPagina pagina)
    {
        var aanbieders = await db.Organisaties.AsNoTracking().Where(o => o.Soort == OrganisatieSoort.Aanbieder && o.IsActief).OrderBy(o => o.Naam).ToListAsync();
        ViewData["Aanbieders"] = aanbieders
            .Select(o => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(o.Percelen.Count == 0 ? o.Naam : $"{o.Naam} ({string.Join(", ", o.Percelen.Select(p => p.Tekst()))})", o.Id.ToString()))
            .ToList();
        ViewData["DuurHint"] = $"Standaard hoogstens {beleid.Duur.StandaardMaanden} maanden; vanaf {beleid.Duur.LeeftijdVoorVerlenging} jaar en bij een chronische beperking hoogstens {beleid.Duur.VerlengdMaanden} maanden.";
        return View(nameof(Advies), pagina);
    }

    private List<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Voorzieningen() => beleid.Keuzelijst(Pijler.AanvullendeOndersteuning, Pijler.Regionaal);

    private static List<Toetsing> Opmerkingen(ZwaarwegendAdvies advies) =>
        [.. advies.Toetsingen.Where(t => t.Uitkomst == ToetsUitkomst.TerugsturenMetOpmerkingen).OrderByDescending(t => t.Moment)];
}
