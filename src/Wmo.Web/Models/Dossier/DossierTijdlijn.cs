using Wmo.Domain.Besluiten;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Klachten;
using Wmo.Domain.Plannen;
using Wmo.Domain.Vragen;
using Wmo.Web.Weergave;

namespace Wmo.Web.Models.Dossier;

/// <summary>
/// The dossier's timeline, derived from what is stored (no separate event log to keep in sync): melding, gesprekken,
/// uitkomsten, adviezen and toetsingen, beschikkingen, regie, memberships, plans and klachten — newest first.
/// </summary>
public static class DossierTijdlijn
{
    public static IReadOnlyList<TijdlijnItem> Bouw(
        Huishouden huishouden,
        IEnumerable<Wmo.Application.Huishoudens.DossierVraag> vragen,
        IEnumerable<ZwaarwegendAdvies> adviezen,
        IEnumerable<Beschikking> beschikkingen,
        IEnumerable<Ondersteuningsplan> plannen,
        IEnumerable<Klacht> klachten,
        IReadOnlyDictionary<Guid, string> gebruikers,
        IReadOnlyDictionary<Guid, Inwoner> inwoners)
    {
        string Gebruiker(Guid? id) => id is { } g && gebruikers.TryGetValue(g, out var n) ? n : "onbekend";
        string Inwoner(Guid id) => inwoners.TryGetValue(id, out var i) ? i.VolledigeNaam : "een inwoner";
        static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Klok.Amsterdam).DateTime);

        var items = new List<TijdlijnItem>();
        var vraagLijst = vragen.ToList();
        foreach (var vraag in vraagLijst)
        {
            var url = $"/Vraag/Details/{vraag.Id}";
            items.Add(new(vraag.Meldingsdatum, $"Melding van een ondersteuningsvraag voor {Inwoner(vraag.InwonerId)}", url));
            items.AddRange(vraag.Gesprekken.Select(g => new TijdlijnItem(g.Datum, g.IsAfgerond ? "Keukentafelgesprek gevoerd" : "Keukentafelgesprek gepland", url)));
            if (vraag is { Uitkomst: { } uitkomst, UitkomstDatum: { } uitkomstDatum })
            {
                items.Add(new(uitkomstDatum, $"Uitkomst vastgelegd: {uitkomst.Soort.Tekst()}", url));
            }

            if (vraag.AfgeslotenOp is { } afgesloten)
            {
                items.Add(new(afgesloten, "Ondersteuningsvraag afgesloten", url));
            }
        }

        foreach (var advies in adviezen.Where(a => a.Status != AdviesStatus.Concept))
        {
            var vraag = vraagLijst.SingleOrDefault(v => v.Id == advies.VraagId);
            if ((vraag?.Aanvraagdatum ?? vraag?.UitkomstDatum) is { } ingediend)
            {
                items.Add(new(ingediend, "Zwaarwegend advies ingediend voor toetsing", $"/Brief/Advies/{advies.Id}"));
            }

            items.AddRange(advies.Toetsingen.Select(t => new TijdlijnItem(Dag(t.Moment), t.Uitkomst switch
            {
                ToetsUitkomst.Goedkeuren => "Advies getoetst: goedgekeurd",
                ToetsUitkomst.TerugsturenMetOpmerkingen => "Advies getoetst: teruggestuurd met opmerkingen",
                _ => "Advies getoetst: afgeweken met motivering",
            }, $"/Brief/Advies/{advies.Id}")));
        }

        items.AddRange(beschikkingen.Where(b => b.Verzenddatum is not null).Select(b => new TijdlijnItem(b.Verzenddatum!.Value,
            $"Beschikking {b.Nummer} verzonden ({(b.Soort == BeschikkingSoort.Toekenning ? "toekenning" : "afwijzing")})", $"/Brief/Beschikking/{b.Id}")));

        items.AddRange(huishouden.Regiehistorie.Select(r => new TijdlijnItem(Dag(r.Moment), r.VorigeRegievoerderId is null
            ? $"Regievoerder toegewezen: {Gebruiker(r.NieuweRegievoerderId)}"
            : $"Regie overgedragen van {Gebruiker(r.VorigeRegievoerderId)} aan {Gebruiker(r.NieuweRegievoerderId)}: {r.Reden}")));

        foreach (var lid in huishouden.Lidmaatschappen)
        {
            items.Add(new(lid.Vanaf, $"{Inwoner(lid.InwonerId)} lid van het huishouden ({lid.Relatie.Tekst().ToLowerInvariant()})"));
            if (lid.Tot is { } tot)
            {
                items.Add(new(tot, $"Lidmaatschap van {Inwoner(lid.InwonerId)} beëindigd"));
            }
        }

        foreach (var plan in plannen)
        {
            var url = $"/Plan/Bewerken/{plan.Id}";
            items.Add(new(plan.OpgesteldOp, "Ondersteuningsplan opgesteld", url));
            if (plan.ActiefVanaf is { } actief)
            {
                items.Add(new(actief, "Ondersteuningsplan geactiveerd", url));
            }

            if (plan.AfgeslotenOp is { } afgesloten)
            {
                items.Add(new(afgesloten, "Ondersteuningsplan afgesloten", url));
            }

            items.AddRange(plan.Doelen.Where(d => d.LaatsteEvaluatieOp is not null).Select(d =>
                new TijdlijnItem(d.LaatsteEvaluatieOp!.Value, $"Doel geëvalueerd: {d.Omschrijving} ({d.Evaluatie?.Tekst().ToLowerInvariant()})", url)));
        }

        foreach (var klacht in klachten)
        {
            var url = $"/Klacht/Details/{klacht.Id}";
            items.Add(new(klacht.OntvangenOp, "Klacht ontvangen", url));
            items.AddRange(klacht.Stappen.Where(s => s.Niveau != KlachtNiveau.MetDeOndersteuner)
                .Select(s => new TijdlijnItem(s.Vanaf, $"Klacht doorgezet naar: {s.Niveau.Tekst().ToLowerInvariant()}", url)));
            items.AddRange(klacht.Stappen.Where(s => s.AfgehandeldOp is not null)
                .Select(s => new TijdlijnItem(s.AfgehandeldOp!.Value, $"Klacht afgehandeld ({s.Niveau.Tekst().ToLowerInvariant()}): {s.Uitkomst?.Tekst().ToLowerInvariant()}", url)));
        }

        return [.. items.OrderByDescending(i => i.Datum)];
    }
}
