using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Lumpsum;

/// <summary>
/// Into how many equal parts a perceel's lumpsum is divided, as policy data (002 §5.1: TO&amp;DB "vijf gelijke delen",
/// HH "twee gelijke parten"). Each hoofdaanbieder holds one part, so the number of parts is also the maximum number of
/// hoofdaanbieders; parts nobody holds stay unallocated (decision in docs/domein.md).
/// </summary>
public sealed record PerceelInstelling(Perceel Perceel, int AantalGelijkeDelen)
{
    public static IReadOnlyList<PerceelInstelling> Leeuwarden { get; } =
    [
        new(Perceel.Basisondersteuning, 1),               // 002 §5.1: één partij (of samenwerking) voor de basisondersteuning
        new(Perceel.ThuisondersteuningEnDagbesteding, 5), // 002 §5.1: maximaal vijf partijen, vijf gelijke delen
        new(Perceel.HulpBijHetHuishouden, 2),             // 002 §5.1: maximaal twee aanbieders, twee gelijke parten
        new(Perceel.KortdurendVerblijf, 1),               // 002 §5.1: klein, enkelvoudig onderhands gegund
    ];
}

public enum ContractRol
{
    Hoofdaanbieder = 1,
    Onderaannemer = 2,
}

/// <summary>
/// A lumpsum budget year (002 §2.5, §5.1, §7; DOMAIN.md §5): the total split over the percelen, the contracted
/// providers and their equal shares, herverdelingen, and monthly realisation per aanbieder with a year-end forecast.
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
        Regel.Eis(jaar is >= 2000 and <= 2100, Regelnamen.BegrotingsjaarIsEenJaartal, "Vul een jaartal tussen 2000 en 2100 in.");
        Id = Guid.CreateVersion7();
        Jaar = jaar;
        var delen = instellingen.ToDictionary(i => i.Perceel, i => i.AantalGelijkeDelen);
        foreach (var perceel in Enum.GetValues<Perceel>())
        {
            _percelen.Add(new PerceelBudget(perceel, 0m, delen.GetValueOrDefault(perceel, 1)));
        }

        StelVerdelingVast(totaal, verdeling);
    }

    public Guid Id { get; private set; }

    public int Jaar { get; private set; }

    /// <summary>The initial total; herverdelingen never change it (002 §2.5 "binnen de initieel beschikbaar gestelde totale lumpsum").</summary>
    public decimal Totaal { get; private set; }

    public Periode Periode => new(new DateOnly(Jaar, 1, 1), new DateOnly(Jaar, 12, 31));

    public IReadOnlyList<PerceelBudget> Percelen => _percelen;

    public IReadOnlyList<LumpsumContract> Contracten => _contracten;

    public IReadOnlyList<Herverdeling> Herverdelingen => _herverdelingen;

    public IReadOnlyList<Maanduitgave> Uitgaven => _uitgaven;

    /// <summary>
    /// Sets the total and its split (002 §7.1 "Vertaling naar lumpsum"); allowed until the first herverdeling is granted,
    /// after which only a herverdeling moves money.
    /// </summary>
    public void StelVerdelingVast(decimal totaal, IReadOnlyDictionary<Perceel, decimal> verdeling)
    {
        Regel.Eis(totaal > 0, Regelnamen.LumpsumIsPositief, "Het totale lumpsumbedrag moet groter zijn dan € 0.");
        BedragNietNegatief(verdeling.Values);
        var som = Geld.Rond(verdeling.Values.Sum());
        VerdelingIsGelijkAanTotaal(som, Geld.Rond(totaal));
        Regel.Eis(!_herverdelingen.Any(h => h.Status == HerverdelingStatus.Toegekend), Regelnamen.VerdelingVastNaHerverdeling,
            "Er is al een herverdeling toegekend; de verdeling verandert nu alleen nog via een herverdeling.");
        Totaal = Geld.Rond(totaal);
        foreach (var budget in _percelen)
        {
            budget.StelVast(Geld.Rond(verdeling.GetValueOrDefault(budget.Perceel)));
        }
    }

    public PerceelBudget Budget(Perceel perceel)
    {
        var budget = _percelen.SingleOrDefault(p => p.Perceel == perceel);
        Regel.Eis(budget is not null, Regelnamen.PerceelInBegroting, $"Perceel {perceel} staat niet in de begroting van {Jaar}.");
        return budget!;
    }

    public LumpsumContract Contracteer(Guid aanbiederId, Perceel perceel, ContractRol rol, Periode contractperiode)
    {
        var budget = Budget(perceel);
        ContractperiodeInBegrotingsjaar(contractperiode);
        Regel.Eis(!_contracten.Any(c => c.AanbiederId == aanbiederId && c.Perceel == perceel), Regelnamen.EenContractPerPerceel, "Deze aanbieder heeft al een contract in dit perceel.");
        if (rol == ContractRol.Hoofdaanbieder)
        {
            MaximaalAantalAanbiedersPerPerceel(budget);
            HoofdaanbiederNietInBeidePijlers(aanbiederId, perceel);
        }

        var contract = new LumpsumContract(aanbiederId, perceel, rol, contractperiode);
        _contracten.Add(contract);
        return contract;
    }

    /// <summary>Removes a contract entered by mistake; a contract with realised spend stays (the figures refer to it).</summary>
    public void VerwijderContract(Guid contractId)
    {
        var contract = _contracten.SingleOrDefault(c => c.Id == contractId);
        Regel.Eis(contract is not null, Regelnamen.ContractBestaat, "Dit contract bestaat niet (meer).");
        Regel.Eis(!_uitgaven.Any(u => u.AanbiederId == contract!.AanbiederId && u.Perceel == contract.Perceel), Regelnamen.ContractMetRealisatieBlijft,
            "Voor dit contract is al realisatie geregistreerd; het kan niet meer worden verwijderd.");
        _contracten.Remove(contract!);
    }

    /// <summary>
    /// 002 §5.1: the perceel's lumpsum is divided into its equal parts; every hoofdaanbieder holds one part (in order of
    /// contracting), the last part takes the rounding cents, and parts that nobody holds are unallocated.
    /// </summary>
    public Verdeling Aandelen(Perceel perceel)
    {
        var budget = Budget(perceel);
        var hoofd = _contracten.Where(c => c.Perceel == perceel && c.Rol == ContractRol.Hoofdaanbieder).ToList();
        var deel = Geld.Rond(budget.Bedrag / budget.AantalGelijkeDelen);
        var laatsteDeel = budget.Bedrag - (deel * (budget.AantalGelijkeDelen - 1));
        var aandelen = hoofd.Select((c, i) => new Aandeel(c.AanbiederId, i == budget.AantalGelijkeDelen - 1 ? laatsteDeel : deel)).ToList();
        var vrij = budget.AantalGelijkeDelen - hoofd.Count;
        return new Verdeling(perceel, budget.Bedrag, budget.AantalGelijkeDelen, deel, aandelen, vrij, budget.Bedrag - aandelen.Sum(a => a.Bedrag));
    }

    /// <summary>
    /// A herverdeling starts as a joint request of both contract parties — the hoofdaanbieder of the basisondersteuning
    /// and the hoofdaanbieder of the aanvullende perceel — with the client figures at that moment (002 §2.5).
    /// </summary>
    public Herverdeling VraagHerverdelingAan(Perceel van, Perceel naar, decimal bedrag, Guid partijBasisondersteuning, Guid partijAanvullend, Clientaantallen clienten, string toelichting, DateOnly datum)
    {
        HerverdelingTussenBasisEnAanvullend(van, naar);
        Regel.Eis(bedrag > 0, Regelnamen.HerverdelingIsPositief, "Vul een bedrag groter dan € 0 in.");
        var aanvullend = van == Perceel.Basisondersteuning ? naar : van;
        HerverdelingAlleenOpGezamenlijkVerzoek(partijBasisondersteuning, partijAanvullend, aanvullend);
        HerverdelingBinnenInitieelTotaal(van, bedrag);
        var herverdeling = new Herverdeling(van, naar, Geld.Rond(bedrag), partijBasisondersteuning, partijAanvullend, clienten, toelichting, datum);
        _herverdelingen.Add(herverdeling);
        return herverdeling;
    }

    /// <summary>The gemeente decides, with a motivation (002 §2.5); on approval the amount moves and the total stays the same.</summary>
    public void BesluitOverHerverdeling(Guid herverdelingId, Actor gemeente, bool toekennen, string motivering, DateOnly datum)
    {
        Regel.Eis(gemeente.Rol is Rol.Toetser or Rol.Beheerder, Regelnamen.GemeenteBesluitOverHerverdeling, "Alleen de gemeente besluit over een herverdeling.");
        var herverdeling = _herverdelingen.SingleOrDefault(h => h.Id == herverdelingId);
        Regel.Eis(herverdeling is { WachtOpBesluit: true }, Regelnamen.GemeenteBesluitOverHerverdeling, "Er is geen openstaand verzoek tot herverdeling met dit nummer.");
        var reden = Regel.VerplichteTekst(motivering, Regelnamen.BesluitIsGemotiveerd, "Motiveer het besluit over de herverdeling.");
        if (toekennen)
        {
            HerverdelingBinnenInitieelTotaal(herverdeling!.Van, herverdeling.Bedrag);
            Budget(herverdeling.Van).Verschuif(-herverdeling.Bedrag);
            Budget(herverdeling.Naar).Verschuif(herverdeling.Bedrag);
        }

        herverdeling!.Besluit(toekennen, gemeente.GebruikerId, reden, datum);
    }

    /// <summary>Realised spend of one aanbieder in one month of this year; a second entry for the same month replaces the first.</summary>
    public void RegistreerUitgaven(Guid aanbiederId, Perceel perceel, int maand, decimal bedrag)
    {
        Budget(perceel);
        Regel.Eis(maand is >= 1 and <= 12, Regelnamen.MaandBinnenJaar, "Kies een maand van 1 tot en met 12.");
        BedragNietNegatief([bedrag]);
        Regel.Eis(_contracten.Any(c => c.AanbiederId == aanbiederId && c.Perceel == perceel), Regelnamen.RealisatieAlleenVanGecontracteerdeAanbieder,
            "Deze aanbieder heeft in dit jaar geen contract voor dit perceel.");
        var bestaand = _uitgaven.SingleOrDefault(u => u.AanbiederId == aanbiederId && u.Perceel == perceel && u.Maand == maand);
        if (bestaand is not null)
        {
            bestaand.Corrigeer(Geld.Rond(bedrag));
            return;
        }

        _uitgaven.Add(new Maanduitgave(aanbiederId, perceel, maand, Geld.Rond(bedrag)));
    }

    /// <summary>
    /// Year-end forecast (002 §9.6: "genoeg geld ... aan het eind van het jaar"): per perceel the average of the months
    /// that have figures, times twelve — a month without figures is unknown, not € 0. Null means the whole lumpsum:
    /// the sum of the percelen's forecasts.
    /// </summary>
    public Prognose Prognose(Perceel? perceel = null)
    {
        if (perceel is null)
        {
            var delen = _percelen.Select(p => Prognose(p.Perceel)).ToList();
            return new Prognose(Totaal, delen.Sum(d => d.Gerealiseerd), delen.Max(d => d.MaandenGerealiseerd), delen.Sum(d => d.VerwachtJaareinde));
        }

        return LumpsumPrognose.Bereken(Budget(perceel.Value).Bedrag, _uitgaven.Where(u => u.Perceel == perceel).Select(u => (u.Maand, u.Bedrag)));
    }

    // 002 §5.1: the number of equal parts caps the hoofdaanbieders (5 TO&DB, 2 HH).
    private void MaximaalAantalAanbiedersPerPerceel(PerceelBudget budget)
    {
        var aantal = _contracten.Count(c => c.Perceel == budget.Perceel && c.Rol == ContractRol.Hoofdaanbieder);
        Regel.Eis(aantal < budget.AantalGelijkeDelen, nameof(MaximaalAantalAanbiedersPerPerceel),
            $"Het perceel {PerceelTekst(budget.Perceel)} heeft al {budget.AantalGelijkeDelen} hoofdaanbieder(s), het maximum: het budget is verdeeld in {budget.AantalGelijkeDelen} gelijke {(budget.AantalGelijkeDelen == 1 ? "deel" : "delen")}.");
    }

    // 002 §5.1: "Partijen mogen niet hoofdaanbieder zijn in zowel de basisondersteuning- als de aanvullende ondersteuning."
    private void HoofdaanbiederNietInBeidePijlers(Guid aanbiederId, Perceel perceel)
    {
        var isBasis = perceel == Perceel.Basisondersteuning;
        var inAnderePijler = _contracten.Any(c => c.AanbiederId == aanbiederId && c.Rol == ContractRol.Hoofdaanbieder && (c.Perceel == Perceel.Basisondersteuning) != isBasis);
        Regel.Eis(!inAnderePijler, nameof(HoofdaanbiederNietInBeidePijlers),
            "Een partij kan niet zowel in de basisondersteuning als in de aanvullende ondersteuning hoofdaanbieder zijn; onderaannemer mag wel.");
    }

    // DOMAIN.md §5: a contract of this budget year runs (at least partly) in this year.
    private void ContractperiodeInBegrotingsjaar(Periode contractperiode) =>
        Regel.Eis(contractperiode.Overlapt(Periode), nameof(ContractperiodeInBegrotingsjaar), $"De contractperiode valt buiten het begrotingsjaar {Jaar}.");

    // 002 §2.5: herverdeling only moves money between basisondersteuning and aanvullende ondersteuning.
    private static void HerverdelingTussenBasisEnAanvullend(Perceel van, Perceel naar) =>
        Regel.Eis((van == Perceel.Basisondersteuning) != (naar == Perceel.Basisondersteuning), nameof(HerverdelingTussenBasisEnAanvullend),
            "Een herverdeling verschuift budget tussen de basisondersteuning en een perceel van de aanvullende ondersteuning.");

    // 002 §2.5: "wanneer beide partijen zich daarin kunnen vinden en gezamenlijk hiertoe een verzoek indienen".
    private void HerverdelingAlleenOpGezamenlijkVerzoek(Guid partijBasis, Guid partijAanvullend, Perceel aanvullend)
    {
        bool IsHoofdaanbieder(Guid partij, Perceel perceel) =>
            _contracten.Any(c => c.AanbiederId == partij && c.Perceel == perceel && c.Rol == ContractRol.Hoofdaanbieder);
        Regel.Eis(IsHoofdaanbieder(partijBasis, Perceel.Basisondersteuning), nameof(HerverdelingAlleenOpGezamenlijkVerzoek),
            "De partij voor de basisondersteuning moet de hoofdaanbieder van de basisondersteuning in dit jaar zijn.");
        Regel.Eis(IsHoofdaanbieder(partijAanvullend, aanvullend), nameof(HerverdelingAlleenOpGezamenlijkVerzoek),
            $"De partij voor de aanvullende ondersteuning moet een hoofdaanbieder van het perceel {PerceelTekst(aanvullend)} in dit jaar zijn.");
    }

    // 002 §2.5: herverdeling stays within the initial total — no perceel goes below zero, the total never grows.
    private void HerverdelingBinnenInitieelTotaal(Perceel van, decimal bedrag) =>
        Regel.Eis(Budget(van).Bedrag >= bedrag, nameof(HerverdelingBinnenInitieelTotaal),
            $"De herverdeling (€ {bedrag:N2}) is groter dan het budget van {PerceelTekst(van)} (€ {Budget(van).Bedrag:N2}); het totaal blijft altijd gelijk.");

    // DOMAIN.md §5: budgets and spend are never negative.
    private static void BedragNietNegatief(IEnumerable<decimal> bedragen) =>
        Regel.Eis(bedragen.All(b => b >= 0), nameof(BedragNietNegatief), "Een bedrag kan niet negatief zijn.");

    // 002 §7.1: the total lumpsum is split over the percelen without remainder.
    private static void VerdelingIsGelijkAanTotaal(decimal som, decimal totaal) =>
        Regel.Eis(som == totaal, nameof(VerdelingIsGelijkAanTotaal), $"De verdeling over de percelen (€ {som:N2}) is niet gelijk aan het totaal (€ {totaal:N2}).");

    internal static string PerceelTekst(Perceel perceel) => perceel switch
    {
        Perceel.Basisondersteuning => "basisondersteuning",
        Perceel.ThuisondersteuningEnDagbesteding => "thuisondersteuning en dagbesteding",
        Perceel.HulpBijHetHuishouden => "hulp bij het huishouden",
        Perceel.KortdurendVerblijf => "kortdurend verblijf",
        _ => perceel.ToString(),
    };
}

public sealed class PerceelBudget
{
    private PerceelBudget()
    {
    }

    internal PerceelBudget(Perceel perceel, decimal bedrag, int aantalGelijkeDelen)
    {
        Id = Guid.CreateVersion7();
        Perceel = perceel;
        Bedrag = bedrag;
        InitieelBedrag = bedrag;
        AantalGelijkeDelen = Math.Max(1, aantalGelijkeDelen);
    }

    public Guid Id { get; private set; }

    public Perceel Perceel { get; private set; }

    public decimal InitieelBedrag { get; private set; }

    public decimal Bedrag { get; private set; }

    /// <summary>Copied from the policy when the year is created, so a later policy change does not rewrite a past year.</summary>
    public int AantalGelijkeDelen { get; private set; }

    public Pijler Pijler => Perceel == Perceel.Basisondersteuning ? Pijler.Basisondersteuning : Pijler.AanvullendeOndersteuning;

    internal void StelVast(decimal bedrag)
    {
        Bedrag = bedrag;
        InitieelBedrag = bedrag;
    }

    internal void Verschuif(decimal bedrag) => Bedrag += bedrag;
}

public sealed class LumpsumContract
{
    private LumpsumContract()
    {
    }

    internal LumpsumContract(Guid aanbiederId, Perceel perceel, ContractRol rol, Periode contractperiode)
    {
        Id = Guid.CreateVersion7();
        AanbiederId = aanbiederId;
        Perceel = perceel;
        Rol = rol;
        Start = contractperiode.Start;
        Einde = contractperiode.Einde;
    }

    public Guid Id { get; private set; }

    /// <summary>Organisatie id of the provider.</summary>
    public Guid AanbiederId { get; private set; }

    public Perceel Perceel { get; private set; }

    public ContractRol Rol { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly? Einde { get; private set; }

    public Periode Contractperiode => new(Start, Einde);
}

public sealed class Maanduitgave
{
    private Maanduitgave()
    {
    }

    internal Maanduitgave(Guid aanbiederId, Perceel perceel, int maand, decimal bedrag)
    {
        Id = Guid.CreateVersion7();
        AanbiederId = aanbiederId;
        Perceel = perceel;
        Maand = maand;
        Bedrag = bedrag;
    }

    public Guid Id { get; private set; }

    public Guid AanbiederId { get; private set; }

    public Perceel Perceel { get; private set; }

    public int Maand { get; private set; }

    public decimal Bedrag { get; private set; }

    internal void Corrigeer(decimal bedrag) => Bedrag = bedrag;
}

public sealed record Aandeel(Guid AanbiederId, decimal Bedrag);

/// <summary>A perceel divided into its equal parts: who holds which share, and what is left unallocated.</summary>
public sealed record Verdeling(Perceel Perceel, decimal Budget, int AantalDelen, decimal Deel, IReadOnlyList<Aandeel> Aandelen, int VrijeDelen, decimal NietToegewezen);

/// <summary>The forecast rule on its own, so the monitoring can apply it to figures computed in SQL.</summary>
public static class LumpsumPrognose
{
    // 002 §9.6 / DOMAIN.md §5: average of the months with figures × 12; a missing month is unknown, not € 0.
    public static Prognose Bereken(decimal budget, IEnumerable<(int Maand, decimal Bedrag)> uitgaven)
    {
        var perMaand = uitgaven.GroupBy(u => u.Maand).Select(g => g.Sum(u => u.Bedrag)).ToList();
        var gerealiseerd = perMaand.Sum();
        var jaareinde = perMaand.Count == 0 ? 0m : Geld.Rond(gerealiseerd / perMaand.Count * 12);
        return new Prognose(budget, gerealiseerd, perMaand.Count, jaareinde);
    }
}

/// <summary>Spend to date against the budget and the forecast to year end.</summary>
public sealed record Prognose(decimal Budget, decimal Gerealiseerd, int MaandenGerealiseerd, decimal VerwachtJaareinde)
{
    public bool DreigtOverschrijding => VerwachtJaareinde > Budget;

    public decimal VerwachteOverschrijding => Math.Max(0, VerwachtJaareinde - Budget);

    public string? Waarschuwing => DreigtOverschrijding
        ? $"Let op: bij dit uitgavenpatroon wordt de lumpsum met € {VerwachteOverschrijding:N2} overschreden."
        : null;
}
