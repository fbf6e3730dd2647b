using System.Globalization;
using Wmo.Domain.Vragen;

namespace Wmo.Web.Weergave;

/// <summary>How far one step of the vraag is.</summary>
public enum StapStand
{
    Gedaan = 1,
    Open = 2,
    NietNodig = 3,
}

/// <summary>Something still missing, with the place where it is filled in.</summary>
public sealed record Ontbrekend(string Tekst, string Url);

/// <summary>One step on the path melding → gesprek → onderzoek → afweging → uitkomst → advies.</summary>
public sealed record VraagStap(string Naam, StapStand Stand, string Toelichting, IReadOnlyList<Ontbrekend> Ontbrekend);

/// <summary>
/// The steps of a vraag with what is done and what is still missing, each missing item a link to its field (issue 12:
/// fewer dead ends). Read from the domain's own facts; the rules stay in <see cref="Ondersteuningsvraag"/>.
/// </summary>
public static class VraagStappen
{
    /// <summary>The ViewData key of the missing items a form's error summary links to.</summary>
    public const string Sleutel = "Ontbrekend";

    public static IReadOnlyList<VraagStap> Van(Ondersteuningsvraag vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        var open = vraag.LooptVraagverheldering;
        var gesprek = open ? VoorGesprek(vraag) : [];
        var onderzoek = open ? VoorOnderzoek(vraag) : [];
        var afweging = open ? VoorAfweging(vraag) : [];
        var afgerond = vraag.Gesprekken.Count(g => g.IsAfgerond);
        return
        [
            new("Melding", StapStand.Gedaan, $"Gemeld op {vraag.Meldingsdatum.Lang()}.", []),
            new("Gesprek", afgerond > 0 && vraag.ClientondersteuningAangebodenOp is not null ? StapStand.Gedaan : StapStand.Open,
                afgerond == 0 ? "Nog geen gesprek afgerond." : afgerond == 1 ? "Eén gesprek afgerond." : $"{afgerond} gesprekken afgerond.", gesprek),
            new("Onderzoek", vraag.VraagAchterDeVraag is not null && vraag.Leefgebieden.Count > 0 ? StapStand.Gedaan : StapStand.Open,
                vraag.Leefgebieden.Count == 0 ? "Nog geen leefgebied beschreven." : $"{vraag.Leefgebieden.Count} leefgebied(en) beschreven.", onderzoek),
            new("Afweging", AfwegingKlaar(vraag) ? StapStand.Gedaan : StapStand.Open,
                vraag.Afweging.Count == 0 ? "Nog geen stap beantwoord." : $"{vraag.Afweging.Count} van de {Enum.GetValues<Afwegingsstap>().Length} stappen beantwoord.", afweging),
            vraag.Uitkomst is { } u
                ? new("Uitkomst", StapStand.Gedaan, $"{u.Soort.Tekst()}, vastgelegd op {vraag.UitkomstDatum.Lang()}.", [])
                : new("Uitkomst", StapStand.Open, "Nog geen uitkomst vastgelegd.", open ? [new("Leg de uitkomst vast", $"/Vraag/Uitkomst/{vraag.Id}")] : []),
            Advies(vraag),
        ];
    }

    /// <summary>
    /// Everything still missing before an uitkomst of <paramref name="soort"/> can be recorded, all at once (a completed
    /// gesprek after cliëntondersteuning was offered, the steps of the fixed order the outcome needs).
    /// </summary>
    public static IReadOnlyList<Ontbrekend> VoorUitkomst(Ondersteuningsvraag vraag, UitkomstSoort? soort)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        if (!vraag.LooptVraagverheldering)
        {
            return [];
        }

        var ontbrekend = new List<Ontbrekend>();
        if (!vraag.HeeftAfgerondGesprek)
        {
            ontbrekend.AddRange(VoorGesprek(vraag));
        }

        if (soort is { } s)
        {
            ontbrekend.AddRange(vraag.OnbeantwoordVoorUitkomst(s).Select(stap => StapLink(vraag, stap)));
        }

        return ontbrekend;
    }

    /// <summary>What must be recorded before a gesprek can be completed (Wmo 2015 art. 2.2.4).</summary>
    public static IReadOnlyList<Ontbrekend> VoorAfronden(Ondersteuningsvraag vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        return vraag.ClientondersteuningAangebodenOp is null ? [ClientondersteuningLink(vraag)] : [];
    }

    private static List<Ontbrekend> VoorGesprek(Ondersteuningsvraag vraag)
    {
        var ontbrekend = new List<Ontbrekend>();
        if (vraag.ClientondersteuningAangebodenOp is null)
        {
            ontbrekend.Add(ClientondersteuningLink(vraag));
        }

        if (vraag.Gesprekken.Count == 0)
        {
            ontbrekend.Add(new("Leg een keukentafelgesprek vast", $"/Vraag/Gesprek/{vraag.Id}"));
        }
        else if (!vraag.HeeftAfgerondGesprek)
        {
            ontbrekend.AddRange(vraag.Gesprekken.OrderBy(g => g.Datum)
                .Select(g => new Ontbrekend($"Rond het gesprek van {g.Datum.Lang()} af met een verslag", $"/Vraag/GesprekAfronden/{vraag.Id}?gesprekId={g.Id}")));
        }

        return ontbrekend;
    }

    private static List<Ontbrekend> VoorOnderzoek(Ondersteuningsvraag vraag)
    {
        var ontbrekend = new List<Ontbrekend>();
        if (vraag.VraagAchterDeVraag is null)
        {
            ontbrekend.Add(new("Beschrijf de vraag achter de vraag", $"/Vraag/Onderzoek/{vraag.Id}#VraagAchterDeVraag"));
        }

        if (vraag.Leefgebieden.Count == 0)
        {
            ontbrekend.Add(new("Beschrijf de situatie op de leefgebieden", $"/Vraag/Onderzoek/{vraag.Id}#leefgebieden"));
        }

        return ontbrekend;
    }

    // The fixed order is done when a step offers a solution with every earlier step answered, or when all are answered.
    private static bool AfwegingKlaar(Ondersteuningsvraag vraag) => VolgendeOnbeantwoord(vraag).Count == 0;

    private static List<Afwegingsstap> VolgendeOnbeantwoord(Ondersteuningsvraag vraag)
    {
        var uit = new List<Afwegingsstap>();
        foreach (var stap in Enum.GetValues<Afwegingsstap>())
        {
            var antwoord = vraag.Afweging.SingleOrDefault(a => a.Stap == stap);
            if (antwoord is null)
            {
                uit.Add(stap);
            }
            else if (antwoord.BiedtOplossing && uit.Count == 0)
            {
                break;
            }
        }

        return uit;
    }

    private static List<Ontbrekend> VoorAfweging(Ondersteuningsvraag vraag) => [.. VolgendeOnbeantwoord(vraag).Select(s => StapLink(vraag, s))];

    private static VraagStap Advies(Ondersteuningsvraag vraag)
    {
        if (vraag.AdviesId is not null)
        {
            return new("Advies", StapStand.Gedaan, vraag.Status.Tekst() + ".", []);
        }

        if (vraag.WachtOpAdvies)
        {
            return new("Advies", StapStand.Open, "Er loopt een aanvraag: het zwaarwegend advies ontbreekt nog.", [new("Schrijf het zwaarwegend advies", $"/Vraag/Advies/{vraag.Id}")]);
        }

        return vraag.Uitkomst is null
            ? new("Advies", StapStand.Open, "Alleen nodig als de uitkomst een aanvraag is.", [])
            : new("Advies", StapStand.NietNodig, "Niet nodig bij deze uitkomst.", []);
    }

    private static Ontbrekend ClientondersteuningLink(Ondersteuningsvraag vraag) =>
        new("Leg vast dat gratis onafhankelijke cliëntondersteuning is aangeboden", $"/Vraag/Onderzoek/{vraag.Id}#ClientondersteuningAangebodenOp");

    private static Ontbrekend StapLink(Ondersteuningsvraag vraag, Afwegingsstap stap) =>
        new($"Beantwoord stap {((int)stap).ToString(CultureInfo.InvariantCulture)} van de vaste volgorde: {stap.Tekst()}", $"/Vraag/Afweging/{vraag.Id}#stap-{(int)stap}");
}
