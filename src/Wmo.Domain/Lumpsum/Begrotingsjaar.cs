using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;

namespace Wmo.Domain.Lumpsum;

/// <summary>
/// A lumpsum perceel's settings, as data (002 §5.1): how many hoofdaanbieders it may have, and into how many equal
/// parts its lumpsum is split ("verdeeld in vijf gelijke delen" for TO&amp;DB, "twee gelijke parten" for HH).
/// </summary>
public sealed record PerceelInstelling(Perceel Perceel, int MaximaalAantalAanbieders, int AantalGelijkeDelen)
{
    public static IReadOnlyList<PerceelInstelling> Leeuwarden { get; } =
    [
        new(Perceel.Basisondersteuning, 1, 1),
        new(Perceel.ThuisondersteuningEnDagbesteding, 5, 5), // 002 §5.1
        new(Perceel.HulpBijHetHuishouden, 2, 2),             // 002 §5.1
        new(Perceel.KortdurendVerblijf, 3, 3),
    ];
}

public enum ContractRol
{
    Hoofdaanbieder = 1,
    Onderaannemer = 2,
}

/// <summary>
/// A lumpsum budget year (002 §2.5, §5.1, §7; DOMAIN.md §5): the total split over the percelen, the contracted
/// providers and their equal shares, herverdelingen, and monthly realisation with a year-end forecast.
/// </summary>
public sealed class Begrotingsjaar
{
    private readonly List<PerceelBudget> _percelen = [];
    private readonly List<LumpsumContract> _contracten = [];
    private readonly List<Herverdeling> _herverdelingen = [];
    private readonly List<Maanduitgave> _uitgaven = [];

    private Begrotingsjaar()
    {
    }

    public Begrotingsjaar(int jaar, decimal totaal, IReadOnlyDictionary<Perceel, decimal> verdeling, IEnumerable<PerceelInstelling> instellingen)
    {
        Regel.Eis(totaal > 0, "LumpsumIsPositief", "Het totale lumpsumbedrag moet positief zijn.");
        var som = Geld.Rond(verdeling.Values.Sum());
        // 002 §5.1: the percelen together are exactly the total lumpsum.
        Regel.Eis(som == Geld.Rond(totaal), "VerdelingIsGelijkAanTotaal", $"De verdeling over de percelen ({som:N2}) is niet gelijk aan het totaal ({totaal:N2}).");
        Id = Guid.CreateVersion7();
        Jaar = jaar;
        Totaal = Geld.Rond(totaal);
        var max = instellingen.ToDictionary(i => i.Perceel, i => i.MaximaalAantalAanbieders);
        foreach (var (perceel, bedrag) in verdeling)
        {
            _percelen.Add(new PerceelBudget(perceel, Geld.Rond(bedrag), max.GetValueOrDefault(perceel, 1)));
        }
    }

    public Guid Id { get; private set; }

    public int Jaar { get; private set; }

    /// <summary>The initial total; herverdelingen never change it (002 §8.4).</summary>
    public decimal Totaal { get; private set; }

    public IReadOnlyList<PerceelBudget> Percelen => _percelen;

    public IReadOnlyList<LumpsumContract> Contracten => _contracten;

    public IReadOnlyList<Herverdeling> Herverdelingen => _herverdelingen;

    public IReadOnlyList<Maanduitgave> Uitgaven => _uitgaven;

    public PerceelBudget Budget(Perceel perceel)
    {
        var budget = _percelen.SingleOrDefault(p => p.Perceel == perceel);
        Regel.Eis(budget is not null, "PerceelInBegroting", $"Perceel {perceel} staat niet in de begroting van {Jaar}.");
        return budget!;
    }

    public LumpsumContract Contracteer(Guid aanbiederId, Perceel perceel, ContractRol rol)
    {
        var budget = Budget(perceel);
        if (rol == ContractRol.Hoofdaanbieder)
        {
            MaximaalAantalAanbiedersPerPerceel(budget);
            HoofdaanbiederNietInBeidePijlers(aanbiederId, perceel);
        }

        Regel.Eis(!_contracten.Any(c => c.AanbiederId == aanbiederId && c.Perceel == perceel), "EenContractPerPerceel", "Deze aanbieder heeft al een contract in dit perceel.");
        var contract = new LumpsumContract(aanbiederId, perceel, rol);
        _contracten.Add(contract);
        return contract;
    }

    /// <summary>002 §5.1: each hoofdaanbieder of a perceel gets an equal share; the last share takes the rounding cents.</summary>
    public IReadOnlyDictionary<Guid, decimal> Aandelen(Perceel perceel)
    {
        var hoofd = _contracten.Where(c => c.Perceel == perceel && c.Rol == ContractRol.Hoofdaanbieder).ToList();
        var bedrag = Budget(perceel).Bedrag;
        var aandelen = new Dictionary<Guid, decimal>();
        if (hoofd.Count == 0)
        {
            return aandelen;
        }

        var deel = Geld.Rond(bedrag / hoofd.Count);
        for (var i = 0; i < hoofd.Count; i++)
        {
            aandelen[hoofd[i].AanbiederId] = i < hoofd.Count - 1 ? deel : bedrag - (deel * (hoofd.Count - 1));
        }

        return aandelen;
    }

    /// <summary>A herverdeling starts as a joint request of both parties (002 §8.4).</summary>
    public Herverdeling VraagHerverdelingAan(Perceel van, Perceel naar, decimal bedrag, bool akkoordBasisondersteuning, bool akkoordAanvullend, Clientaantallen clienten, string toelichting)
    {
        Regel.Eis(akkoordBasisondersteuning && akkoordAanvullend, "HerverdelingAlleenOpGezamenlijkVerzoek", "Een herverdeling kan alleen op gezamenlijk verzoek van beide partijen.");
        Regel.Eis(van != naar && bedrag > 0, "HerverdelingTussenPercelen", "Een herverdeling verschuift een positief bedrag tussen twee verschillende percelen.");
        HerverdelingBinnenInitieelTotaal(van, bedrag);
        var herverdeling = new Herverdeling(van, naar, Geld.Rond(bedrag), clienten, toelichting);
        _herverdelingen.Add(herverdeling);
        return herverdeling;
    }

    /// <summary>The gemeente decides (002 §8.4); on approval the amount moves and the total stays the same.</summary>
    public void BesluitOverHerverdeling(Guid herverdelingId, Actor gemeente, bool toekennen, DateOnly datum)
    {
        Regel.Eis(gemeente.Rol is Rol.Toetser or Rol.Beheerder, "GemeenteBesluitOverHerverdeling", "Alleen de gemeente besluit over een herverdeling.");
        var herverdeling = _herverdelingen.SingleOrDefault(h => h.Id == herverdelingId);
        Regel.Eis(herverdeling is { Status: HerverdelingStatus.Aangevraagd }, "GemeenteBesluitOverHerverdeling", "Er is geen openstaand verzoek tot herverdeling met dit nummer.");
        if (toekennen)
        {
            HerverdelingBinnenInitieelTotaal(herverdeling!.Van, herverdeling.Bedrag);
            Budget(herverdeling.Van).Verschuif(-herverdeling.Bedrag);
            Budget(herverdeling.Naar).Verschuif(herverdeling.Bedrag);
        }

        herverdeling!.Besluit(toekennen, gemeente.GebruikerId, datum);
    }

    public void RegistreerUitgaven(Perceel perceel, int maand, decimal bedrag)
    {
        Budget(perceel);
        Regel.Eis(maand is >= 1 and <= 12, "MaandBinnenJaar", "Kies een maand van 1 tot en met 12.");
        _uitgaven.RemoveAll(u => u.Perceel == perceel && u.Maand == maand);
        _uitgaven.Add(new Maanduitgave(perceel, maand, Geld.Rond(bedrag)));
    }

    /// <summary>
    /// Linear year-end forecast from the months registered so far (002 §9.6: "genoeg geld ... aan het eind van het jaar");
    /// null perceel means the whole lumpsum.
    /// </summary>
    public Prognose Prognose(Perceel? perceel = null)
    {
        var uitgaven = _uitgaven.Where(u => perceel is null || u.Perceel == perceel).ToList();
        var budget = perceel is null ? Totaal : Budget(perceel.Value).Bedrag;
        var gerealiseerd = uitgaven.Sum(u => u.Bedrag);
        var maanden = uitgaven.Count == 0 ? 0 : uitgaven.Max(u => u.Maand);
        var jaareinde = maanden == 0 ? 0 : Geld.Rond(gerealiseerd / maanden * 12);
        return new Prognose(budget, gerealiseerd, maanden, jaareinde);
    }

    // 002 §5.1: at most 5 providers for TO&DB, 2 for HH (PerceelInstelling).
    private void MaximaalAantalAanbiedersPerPerceel(PerceelBudget budget)
    {
        var aantal = _contracten.Count(c => c.Perceel == budget.Perceel && c.Rol == ContractRol.Hoofdaanbieder);
        Regel.Eis(aantal < budget.MaximaalAantalAanbieders, nameof(MaximaalAantalAanbiedersPerPerceel),
            $"Perceel {budget.Perceel} heeft al het maximale aantal van {budget.MaximaalAantalAanbieders} hoofdaanbieder(s).");
    }

    // 002 §5.1: a party is never hoofdaanbieder in both basis and aanvullend.
    private void HoofdaanbiederNietInBeidePijlers(Guid aanbiederId, Perceel perceel)
    {
        var isBasis = perceel == Perceel.Basisondersteuning;
        var inAnderePijler = _contracten.Any(c => c.AanbiederId == aanbiederId && c.Rol == ContractRol.Hoofdaanbieder && (c.Perceel == Perceel.Basisondersteuning) != isBasis);
        Regel.Eis(!inAnderePijler, nameof(HoofdaanbiederNietInBeidePijlers),
            "Een partij kan niet zowel in de basisondersteuning als in de aanvullende ondersteuning hoofdaanbieder zijn.");
    }

    // 002 §8.4: herverdeling stays within the initial total — no perceel goes below zero, the total never grows.
    private void HerverdelingBinnenInitieelTotaal(Perceel van, decimal bedrag) =>
        Regel.Eis(Budget(van).Bedrag >= bedrag, nameof(HerverdelingBinnenInitieelTotaal), "De herverdeling is groter dan het budget van het perceel; het totaal blijft gelijk.");
}

public sealed class PerceelBudget
{
    private PerceelBudget()
    {
    }

    internal PerceelBudget(Perceel perceel, decimal bedrag, int maximaalAantalAanbieders)
    {
        Id = Guid.CreateVersion7();
        Perceel = perceel;
        Bedrag = bedrag;
        InitieelBedrag = bedrag;
        MaximaalAantalAanbieders = maximaalAantalAanbieders;
    }

    public Guid Id { get; private set; }

    public Perceel Perceel { get; private set; }

    public decimal InitieelBedrag { get; private set; }

    public decimal Bedrag { get; private set; }

    public int MaximaalAantalAanbieders { get; private set; }

    public Pijler Pijler => Perceel == Perceel.Basisondersteuning ? Pijler.Basisondersteuning : Pijler.AanvullendeOndersteuning;

    internal void Verschuif(decimal bedrag) => Bedrag += bedrag;
}

public sealed class LumpsumContract
{
    private LumpsumContract()
    {
    }

    internal LumpsumContract(Guid aanbiederId, Perceel perceel, ContractRol rol)
    {
        Id = Guid.CreateVersion7();
        AanbiederId = aanbiederId;
        Perceel = perceel;
        Rol = rol;
    }

    public Guid Id { get; private set; }

    /// <summary>Organisatie id of the provider.</summary>
    public Guid AanbiederId { get; private set; }

    public Perceel Perceel { get; private set; }

    public ContractRol Rol { get; private set; }
}

public sealed class Maanduitgave
{
    private Maanduitgave()
    {
    }

    internal Maanduitgave(Perceel perceel, int maand, decimal bedrag)
    {
        Id = Guid.CreateVersion7();
        Perceel = perceel;
        Maand = maand;
        Bedrag = bedrag;
    }

    public Guid Id { get; private set; }

    public Perceel Perceel { get; private set; }

    public int Maand { get; private set; }

    public decimal Bedrag { get; private set; }
}

/// <summary>Spend to date against the budget and the linear forecast to year end.</summary>
public sealed record Prognose(decimal Budget, decimal Gerealiseerd, int MaandenGerealiseerd, decimal VerwachtJaareinde)
{
    public bool DreigtOverschrijding => VerwachtJaareinde > Budget;

    public decimal VerwachteOverschrijding => Math.Max(0, VerwachtJaareinde - Budget);

    public string? Waarschuwing => DreigtOverschrijding
        ? $"Let op: bij dit uitgavenpatroon wordt de lumpsum met € {VerwachteOverschrijding:N2} overschreden."
        : null;
}
