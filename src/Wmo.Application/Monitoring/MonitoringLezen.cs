using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wmo.Application.Weergave;
using Wmo.Domain.Bezwaren;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Vragen;
using Wmo.Infrastructure;
using Wmo.Infrastructure.Persistence;

namespace Wmo.Application.Monitoring;

/// <summary>
/// The figures the gemeenteraad asks for (002 §5.3, §9.6; DOMAIN.md §5, §7): every aggregate is computed by the database
/// (GROUP BY), never by loading rows; only the few grouped rows come back and get their labels here.
/// </summary>
[UseCase]
public sealed class MonitoringLezen(WmoDbContext db, WmoBeleid beleid, TimeProvider klok)
{
    public static readonly IReadOnlyList<string> Sleutels = ["clienten", "stromen", "wachttijd", "termijnen", "lumpsum", "eerstecontacten"];

    private const int SocialeBasis = 1;
    private const int Basis = 2;
    private const int Aanvullend = 3;
    private const int Regionaal = 4;

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<Figuur> FiguurAsync(string sleutel, MonitoringFilter filter, CancellationToken ct = default) => sleutel switch
    {
        "clienten" => await ClientenPerPijlerAsync(filter, ct),
        "stromen" => await StromenAsync(filter, ct),
        "wachttijd" => await WachttijdAsync(filter, ct),
        "termijnen" => await TermijnenAsync(filter, ct),
        "lumpsum" => await LumpsumAsync(filter, ct),
        "eerstecontacten" => await EersteContactenAsync(filter, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(sleutel), sleutel, "Onbekende figuur."),
    };

    public async Task<IReadOnlyList<(Guid Id, string Naam)>> WijkenAsync(CancellationToken ct = default) =>
        (await db.Wijken.AsNoTracking().OrderBy(w => w.Naam).Select(w => new { w.Id, w.Naam }).ToListAsync(ct)).Select(w => (w.Id, w.Naam)).ToList();

    private IQueryable<Ondersteuningsvraag> Vragen(MonitoringFilter filter)
    {
        var vragen = db.Ondersteuningsvragen.AsNoTracking();
        if (filter.WijkId is { } wijk)
        {
            var buurtkamers = db.Buurtkamers.Where(b => b.WijkId == wijk).Select(b => b.Id);
            vragen = vragen.Where(v => buurtkamers.Contains(v.BuurtkamerId));
        }

        return vragen;
    }

    /// <summary>Distinct inwoners with an outcome in each pillar, per month of the outcome; absolute and % (002 §2.5, §9.6).</summary>
    private async Task<Figuur> ClientenPerPijlerAsync(MonitoringFilter filter, CancellationToken ct)
    {
        var rijen = await Vragen(filter)
            .Where(v => v.Uitkomst != null && v.UitkomstDatum >= filter.Van && v.UitkomstDatum <= filter.TotEnMet)
            .GroupBy(v => new
            {
                v.UitkomstDatum!.Value.Year,
                v.UitkomstDatum.Value.Month,
                Pijler = v.Uitkomst!.Soort == UitkomstSoort.Basisondersteuning ? Basis
                    : v.Uitkomst.Soort == UitkomstSoort.AanvullendViaVerwijzing || v.Uitkomst.Soort == UitkomstSoort.AanvullendViaAanvraag ? Aanvullend
                    : v.Uitkomst.Soort == UitkomstSoort.RegionaleVoorziening ? Regionaal : SocialeBasis,
            })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Pijler, Aantal = g.Select(v => v.InwonerId).Distinct().Count() })
            .ToListAsync(ct);
        var maanden = Maanden(filter);
        decimal Tel(int jaar, int maand, int pijler) => rijen.Where(r => r.Year == jaar && r.Month == maand && r.Pijler == pijler).Sum(r => r.Aantal);
        var reeksen = new[] { (SocialeBasis, "Sociale basis"), (Basis, "Basisondersteuning"), (Aanvullend, "Aanvullende ondersteuning") }
            .Select(p => new Reeks(p.Item2, maanden.Select(m => Tel(m.Year, m.Month, p.Item1)).ToList())).ToList();
        var procenten = reeksen.Select(r => new Reeks($"% {r.Naam.ToLowerInvariant()}", r.Waarden.Select((w, i) =>
        {
            var totaal = reeksen.Sum(x => x.Waarden[i]);
            return totaal == 0 ? 0m : Math.Round(100m * w / totaal, 1, MidpointRounding.AwayFromZero);
        }).ToList())).ToList();
        return new Figuur("clienten", "Cliënten per pijler per maand",
            "Aantal verschillende inwoners met een uitkomst in de pijler, vastgelegd in de maand; met het percentage van de drie pijlers samen.",
            "Maand", maanden.Select(m => m.ToString("MMM yyyy", Nl)).ToList(), reeksen, Grafiektype.Lijn, "cliënten")
        { ExtraKolommen = procenten };
    }

    /// <summary>
    /// Flows between pillars (002 §5.3 "verschuiving tussen de cliënten"): an inwoner whose new outcome lies in another pillar
    /// than their previous one, and the transition of legacy clients (002 §6.1) by the concluded pillar.
    /// </summary>
    private async Task<Figuur> StromenAsync(MonitoringFilter filter, CancellationToken ct)
    {
        var alle = db.Ondersteuningsvragen.AsNoTracking().Where(w => w.Uitkomst != null);
        var stromen = await Vragen(filter)
            .Where(v => v.Uitkomst != null && v.UitkomstDatum >= filter.Van && v.UitkomstDatum <= filter.TotEnMet)
            .Select(v => new
            {
                Nu = v.Uitkomst!.Soort == UitkomstSoort.Basisondersteuning ? Basis
                    : v.Uitkomst.Soort == UitkomstSoort.AanvullendViaVerwijzing || v.Uitkomst.Soort == UitkomstSoort.AanvullendViaAanvraag ? Aanvullend
                    : v.Uitkomst.Soort == UitkomstSoort.RegionaleVoorziening ? Regionaal : SocialeBasis,
                Vorige = alle.Where(w => w.InwonerId == v.InwonerId && (w.UitkomstDatum < v.UitkomstDatum || (w.UitkomstDatum == v.UitkomstDatum && w.Id.CompareTo(v.Id) < 0)))
                    .OrderByDescending(w => w.UitkomstDatum).ThenByDescending(w => w.Id)
                    .Select(w => (int?)(w.Uitkomst!.Soort == UitkomstSoort.Basisondersteuning ? Basis
                        : w.Uitkomst.Soort == UitkomstSoort.AanvullendViaVerwijzing || w.Uitkomst.Soort == UitkomstSoort.AanvullendViaAanvraag ? Aanvullend
                        : w.Uitkomst.Soort == UitkomstSoort.RegionaleVoorziening ? Regionaal : SocialeBasis))
                    .FirstOrDefault(),
            })
            .Where(x => x.Vorige != null && x.Vorige != x.Nu)
            .GroupBy(x => new { x.Vorige, x.Nu })
            .Select(g => new { g.Key.Vorige, g.Key.Nu, Aantal = g.Count() })
            .ToListAsync(ct);

        // Legacy clients (002 §6.1): the maatwerkgesprek in the period concluded their new pillar. Not per wijk: a legacy
        // beschikking has no buurtkamer.
        var legacy = await db.LegacyBeschikkingen.AsNoTracking()
            .Where(l => l.Conclusie != null && l.GeplandGesprekOp >= filter.Van && l.GeplandGesprekOp <= filter.TotEnMet)
            .GroupBy(l => l.Conclusie)
            .Select(g => new { Naar = g.Key, Aantal = g.Count() })
            .ToListAsync(ct);

        var categorieen = new List<string>();
        var waarden = new List<decimal>();
        foreach (var s in stromen.OrderBy(s => s.Vorige).ThenBy(s => s.Nu))
        {
            categorieen.Add($"{PijlerNaam(s.Vorige!.Value)} → {PijlerNaam(s.Nu)}");
            waarden.Add(s.Aantal);
        }

        if (filter.WijkId is null)
        {
            foreach (var l in legacy.OrderBy(l => l.Naar))
            {
                categorieen.Add($"Bestaande cliënt (oude beschikking) → {PijlerNaam(l.Naar!.Value)}");
                waarden.Add(l.Aantal);
            }
        }

        return new Figuur("stromen", "Stromen tussen de pijlers",
            "Inwoners van wie de nieuwe uitkomst in de periode in een andere pijler ligt dan hun vorige, en bestaande cliënten (oude beschikking) naar hun nieuwe pijler. De overgang van bestaande cliënten staat alleen in het overzicht van de hele gemeente.",
            "Stroom", categorieen, [new Reeks("Aantal", waarden)], Grafiektype.Staaf, "inwoners");
    }

    /// <summary>Wachttijd = start − toewijzing (DOMAIN.md §7), for toewijzingen started in the period, per perceel and aanbieder.</summary>
    private async Task<Figuur> WachttijdAsync(MonitoringFilter filter, CancellationToken ct)
    {
        var toewijzingen = db.Toewijzingen.AsNoTracking().Where(t => t.Begindatum != null && t.Begindatum >= filter.Van && t.Begindatum <= filter.TotEnMet);
        if (filter.WijkId is not null)
        {
            var vragen = Vragen(filter).Select(v => v.Id);
            toewijzingen = toewijzingen.Where(t => vragen.Contains(t.VraagId));
        }

        var rijen = await toewijzingen
            .GroupBy(t => new { t.VoorzieningCode, t.AanbiederId })
            .Select(g => new { g.Key.VoorzieningCode, g.Key.AanbiederId, Aantal = g.Count(), Dagen = g.Sum(t => t.Begindatum!.Value.DayNumber - t.Toewijzingsdatum.DayNumber) })
            .ToListAsync(ct);
        var ids = rijen.Select(r => r.AanbiederId).Distinct().ToList();
        var namen = await db.Organisaties.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var perRegel = rijen
            .GroupBy(r => (Perceel: beleid.Catalogus.Bevat(r.VoorzieningCode) ? beleid.Catalogus.Zoek(r.VoorzieningCode).Perceel : null, r.AanbiederId))
            .Select(g => (Label: $"{PerceelNaam(g.Key.Perceel)} — {namen.GetValueOrDefault(g.Key.AanbiederId, "(onbekend)")}",
                Aantal: g.Sum(r => r.Aantal), Dagen: g.Sum(r => (long)r.Dagen)))
            .OrderBy(r => r.Label, StringComparer.Ordinal).ToList();
        return new Figuur("wachttijd", "Wachttijd van toewijzing tot start",
            "Gemiddeld aantal dagen tussen de toewijzing en het startbericht, voor de toewijzingen die in de periode zijn gestart, per perceel en aanbieder.",
            "Perceel en aanbieder", perRegel.Select(r => r.Label).ToList(),
            [new Reeks("Gemiddelde wachttijd (dagen)", perRegel.Select(r => Math.Round((decimal)r.Dagen / r.Aantal, 1, MidpointRounding.AwayFromZero)).ToList())],
            Grafiektype.Staaf, "dagen")
        { ExtraKolommen = [new Reeks("Aantal gestart", perRegel.Select(r => (decimal)r.Aantal).ToList())] };
    }

    /// <summary>
    /// Statutory terms met or overdue (DOMAIN.md §6): the database groups the cases by the facts their term follows from
    /// (start, suspended days, verdaging, end), the domain computes each group's deadline once with the same rule as the
    /// dossier (Algemene termijnenwet, Awb 4:14-4:15, 6:9, 7:10), so no case row is loaded.
    /// </summary>
    private async Task<Figuur> TermijnenAsync(MonitoringFilter filter, CancellationToken ct)
    {
        var vandaag = Gemeentetijd.Vandaag(klok);
        var instellingen = beleid.Termijnen;
        var onderzoek = await Vragen(filter)
            .Where(v => v.Meldingsdatum >= filter.Van && v.Meldingsdatum <= filter.TotEnMet)
            .GroupBy(v => new
            {
                v.Meldingsdatum,
                Einde = v.UitkomstDatum ?? v.AfgeslotenOp,
                // A running opschorting counts up to today (as Ondersteuningsvraag.OnderzoekstermijnVan).
                Opgeschort = v.Opschortingen.Sum(o => (o.TotEnMet ?? (vandaag < o.Van ? o.Van : vandaag)).DayNumber - o.Van.DayNumber + 1),
            })
            .Select(g => new { g.Key.Meldingsdatum, g.Key.Einde, g.Key.Opgeschort, Aantal = g.Count() })
            .ToListAsync(ct);
        var vragenInWijk = Vragen(filter);
        var beschikking = await vragenInWijk
            .Where(v => v.Aanvraagdatum != null && v.Aanvraagdatum >= filter.Van && v.Aanvraagdatum <= filter.TotEnMet)
            .GroupBy(v => new
            {
                v.Aanvraagdatum,
                v.VerdaagdTot,
                // A running opschorting of the beslistermijn counts up to today (as Ondersteuningsvraag.BeschikkingstermijnVan).
                Opgeschort = v.BeslistermijnOpschortingen.Sum(o => (o.TotEnMet ?? (vandaag > o.Van ? vandaag : o.Van)).DayNumber - o.Van.DayNumber + 1),
                Einde = db.Beschikkingen.Where(b => b.Id == v.BeschikkingId).Select(b => b.Verzenddatum).FirstOrDefault(),
            })
            .Select(g => new { g.Key.Aanvraagdatum, g.Key.VerdaagdTot, g.Key.Opgeschort, g.Key.Einde, Aantal = g.Count() })
            .ToListAsync(ct);
        var bezwaren = db.Bezwaren.AsNoTracking().Where(z => z.OntvangenOp >= filter.Van && z.OntvangenOp <= filter.TotEnMet);
        if (filter.WijkId is not null)
        {
            var beschikkingen = vragenInWijk.Where(v => v.BeschikkingId != null).Select(v => v.BeschikkingId!.Value);
            bezwaren = bezwaren.Where(z => beschikkingen.Contains(z.BeschikkingId));
        }

        var bezwaar = await bezwaren
            .GroupBy(z => new
            {
                z.BezwaartermijnEinde, z.OntvangenOp, z.PoststempelOp, z.Adviescommissie, z.VerdagingDagen, z.UitstelMetInstemmingDagen,
                z.HerstelVerzochtOp, z.HersteltermijnTot, z.GrondenAangevuldOp, z.BeslistOp,
            })
            .Select(g => new { g.Key, Aantal = g.Count() })
            .ToListAsync(ct);

        var telling = new[]
        {
            Tel(onderzoek.Select(o => (Ondersteuningsvraag.OnderzoekstermijnVan(o.Meldingsdatum, o.Opgeschort, instellingen), o.Einde, o.Aantal)), vandaag),
            Tel(beschikking.Select(b => (Ondersteuningsvraag.BeschikkingstermijnVan(b.Aanvraagdatum, b.Opgeschort,
                b.VerdaagdTot is { } tot ? new Verdaging(tot, tot, string.Empty) : null, instellingen)!, b.Einde, b.Aantal)), vandaag),
            Tel(bezwaar.Select(z => (new BeslistermijnFeiten(z.Key.BezwaartermijnEinde, z.Key.OntvangenOp, z.Key.PoststempelOp, z.Key.Adviescommissie,
                z.Key.VerdagingDagen, z.Key.UitstelMetInstemmingDagen, z.Key.HerstelVerzochtOp, z.Key.HersteltermijnTot, z.Key.GrondenAangevuldOp)
                .Beslistermijn(instellingen, vandaag), z.Key.BeslistOp, z.Aantal)), vandaag),
        };
        return new Figuur("termijnen", "Wettelijke termijnen: op tijd of te laat",
            "Per termijn de zaken die in de periode begonnen (melding, aanvraag, ontvangst bezwaar): afgerond binnen de termijn, afgerond na de termijn, nog lopend binnen de termijn, en nog lopend maar al verlopen.",
            "Termijn", ["Onderzoek (6 weken)", "Beschikking (2 weken)", "Beslissing op bezwaar"],
            [
                new Reeks("Op tijd afgerond", telling.Select(t => (decimal)t.OpTijd).ToList()),
                new Reeks("Te laat afgerond", telling.Select(t => (decimal)t.TeLaat).ToList()),
                new Reeks("Lopend, binnen termijn", telling.Select(t => (decimal)t.Lopend).ToList()),
                new Reeks("Lopend, verlopen", telling.Select(t => (decimal)t.Verlopen).ToList()),
            ],
            Grafiektype.Staaf, "zaken");
    }

    private static (int OpTijd, int TeLaat, int Lopend, int Verlopen) Tel(IEnumerable<(Termijn Termijn, DateOnly? Einde, int Aantal)> groepen, DateOnly vandaag)
    {
        var (opTijd, teLaat, lopend, verlopen) = (0, 0, 0, 0);
        foreach (var (termijn, einde, aantal) in groepen)
        {
            if (einde is { } e)
            {
                if (e <= termijn.Einddatum)
                {
                    opTijd += aantal;
                }
                else
                {
                    teLaat += aantal;
                }
            }
            else if (vandaag <= termijn.Einddatum)
            {
                lopend += aantal;
            }
            else
            {
                verlopen += aantal;
            }
        }

        return (opTijd, teLaat, lopend, verlopen);
    }

    /// <summary>Lumpsum spend vs budget per perceel with the year-end forecast (002 §9.6), for the budget year of the period's end.</summary>
    private async Task<Figuur> LumpsumAsync(MonitoringFilter filter, CancellationToken ct)
    {
        var jaar = filter.TotEnMet.Year;
        var begrotingen = db.Begrotingsjaren.AsNoTracking().Where(b => b.Jaar == jaar);
        var budgetten = await begrotingen.SelectMany(b => b.Percelen).Select(p => new { p.Perceel, p.Bedrag }).ToListAsync(ct);
        var uitgaven = await begrotingen.SelectMany(b => b.Uitgaven)
            .GroupBy(u => new { u.Perceel, u.Maand })
            .Select(g => new { g.Key.Perceel, g.Key.Maand, Bedrag = g.Sum(u => u.Bedrag) })
            .ToListAsync(ct);
        var percelen = budgetten.OrderBy(b => b.Perceel).ToList();
        var prognoses = percelen.Select(p => LumpsumPrognose.Bereken(p.Bedrag, uitgaven.Where(u => u.Perceel == p.Perceel).Select(u => (u.Maand, u.Bedrag)))).ToList();
        return new Figuur("lumpsum", $"Lumpsum {jaar}: uitgaven tegen budget per perceel",
            "Budget na herverdelingen, gerealiseerde uitgaven en de verwachting voor het jaareinde (gemiddelde van de maanden met cijfers × 12). Voor de hele gemeente; de lumpsum is niet per wijk verdeeld.",
            "Perceel", percelen.Select(p => PerceelNaam(p.Perceel)).ToList(),
            [
                new Reeks("Budget", prognoses.Select(p => p.Budget).ToList()),
                new Reeks("Gerealiseerd", prognoses.Select(p => p.Gerealiseerd).ToList()),
                new Reeks("Prognose jaareinde", prognoses.Select(p => p.VerwachtJaareinde).ToList()),
            ],
            Grafiektype.Staaf, "euro")
        { ExtraKolommen = [new Reeks("Maanden met cijfers", prognoses.Select(p => (decimal)p.MaandenGerealiseerd).ToList())] };
    }

    /// <summary>First contacts per buurtkamer in the period and how many became an ondersteuningsvraag (002 §3.1).</summary>
    private async Task<Figuur> EersteContactenAsync(MonitoringFilter filter, CancellationToken ct)
    {
        var contacten = db.EersteContacten.AsNoTracking().Where(c => c.Meldingsdatum >= filter.Van && c.Meldingsdatum <= filter.TotEnMet);
        if (filter.WijkId is { } wijk)
        {
            var buurtkamers = db.Buurtkamers.Where(b => b.WijkId == wijk).Select(b => b.Id);
            contacten = contacten.Where(c => buurtkamers.Contains(c.BuurtkamerId));
        }

        var rijen = await contacten
            .GroupBy(c => c.BuurtkamerId)
            .Select(g => new { BuurtkamerId = g.Key, Aantal = g.Count(), Vragen = g.Count(c => c.OndersteuningsvraagId != null) })
            .ToListAsync(ct);
        var namen = await db.Buurtkamers.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Naam, ct);
        var lijst = rijen.Select(r => (Naam: namen.GetValueOrDefault(r.BuurtkamerId, "(onbekend)"), r.Aantal, r.Vragen)).OrderBy(r => r.Naam, StringComparer.Ordinal).ToList();
        return new Figuur("eerstecontacten", "Eerste contacten per buurt- of dorpskamer",
            "Eerste contacten met een meldingsdatum in de periode, en hoeveel daarvan een ondersteuningsvraag werden.",
            "Buurt- of dorpskamer", lijst.Select(r => r.Naam).ToList(),
            [new Reeks("Eerste contacten", lijst.Select(r => (decimal)r.Aantal).ToList()), new Reeks("Werd een vraag", lijst.Select(r => (decimal)r.Vragen).ToList())],
            Grafiektype.Staaf, "contacten")
        {
            ExtraKolommen = [new Reeks("% werd een vraag", lijst.Select(r => r.Aantal == 0 ? 0m : Math.Round(100m * r.Vragen / r.Aantal, 1, MidpointRounding.AwayFromZero)).ToList())],
        };
    }

    private static List<DateOnly> Maanden(MonitoringFilter filter)
    {
        var maanden = new List<DateOnly>();
        for (var m = new DateOnly(filter.Van.Year, filter.Van.Month, 1); m <= filter.TotEnMet; m = m.AddMonths(1))
        {
            maanden.Add(m);
        }

        return maanden;
    }

    private static string PijlerNaam(int pijler) => pijler switch
    {
        SocialeBasis => Pijler.SocialeBasis.Naam(),
        Basis => Pijler.Basisondersteuning.Naam(),
        Aanvullend => Pijler.AanvullendeOndersteuning.Naam(),
        _ => Pijler.Regionaal.Naam(),
    };

    private static string PijlerNaam(Pijler pijler) => pijler.Naam();

    private static string PerceelNaam(Perceel? perceel) => perceel?.Naam() ?? "Overig";
}
