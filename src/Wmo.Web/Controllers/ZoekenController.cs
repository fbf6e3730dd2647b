using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wmo.Domain.ValueObjects;
using Wmo.Infrastructure.Persistence;
using Wmo.Web.Authorization;
using Wmo.Web.Models.Intake;

namespace Wmo.Web.Controllers;

/// <summary>Find an inwoner among the households the sociaal werker may see (need-to-know, DOMAIN.md §8).</summary>
[Authorize(Policy = Beleid.MagDossierInzien)]
public sealed class ZoekenController(WmoDbContext db, DossierToegang toegang) : Controller
{
    private const int MaximaalAantal = 50;

    [HttpGet]
    public IActionResult Index() => View(new ZoekPagina(new ZoekModel(), null));

    [HttpPost]
    public async Task<IActionResult> Index(ZoekModel zoek)
    {
        if (!ModelState.IsValid)
        {
            return View(new ZoekPagina(zoek, null));
        }

        var leden = toegang.ZichtbareHuishoudens(User)
            .SelectMany(h => h.Lidmaatschappen.Where(l => l.Tot == null).Select(l => new { HuishoudenId = h.Id, l.InwonerId }));
        var inwoners = db.Inwoners.AsNoTracking();
        if (Bsn.TryParse(zoek.Bsn, out var bsn))
        {
            inwoners = inwoners.Where(i => i.Bsn == bsn);
        }

        if (!string.IsNullOrWhiteSpace(zoek.Achternaam))
        {
            var naam = zoek.Achternaam.Trim().ToLower();
            inwoners = inwoners.Where(i => i.Achternaam.ToLower().Contains(naam));
        }

        if (zoek.Geboortedatum is { } geboren)
        {
            inwoners = inwoners.Where(i => i.Geboortedatum == geboren);
        }

        if (Postcode.TryParse(zoek.Postcode, out var postcode) && zoek.Huisnummer is { } huisnummer)
        {
            inwoners = inwoners.Where(i => i.BrpAdres.Postcode == postcode && i.BrpAdres.Huisnummer == huisnummer);
        }

        var gevonden = await inwoners
            .Join(leden, i => i.Id, l => l.InwonerId, (i, l) => new { l.HuishoudenId, Inwoner = i })
            .OrderBy(r => r.Inwoner.Achternaam).ThenBy(r => r.Inwoner.Voornamen)
            .Take(MaximaalAantal)
            .ToListAsync();
        var resultaten = gevonden
            .Select(r => new ZoekResultaat(r.HuishoudenId, r.Inwoner.Id, r.Inwoner.Voornamen + " " + r.Inwoner.Achternaam, r.Inwoner.Bsn, r.Inwoner.Geboortedatum, r.Inwoner.BrpAdres.ToString()))
            .ToList();
        return View(new ZoekPagina(zoek, resultaten));
    }
}
