using System.Text.RegularExpressions;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Transitie;

namespace Wmo.Domain.Gemeentebeleid;

/// <summary>
/// The gemeente's policy from one <see cref="Ingangsdatum"/> until the next version starts: the catalogue of
/// voorzieningen, the lumpsum percelen, the term lengths, the duurbeleid, the dwangsom amounts and the transition date. A decision uses the
/// version that held on its date (<see cref="Beleidshistorie"/>), so a version that has started is never changed:
/// a change is a new version from a later day.
/// </summary>
public sealed partial class Beleidsversie
{
    public const int OmschrijvingLengte = 200;

    private readonly List<CatalogusRegel> _voorzieningen = [];
    private readonly List<PerceelRegel> _percelen = [];

    private Beleidsversie()
    {
        Omschrijving = string.Empty;
        Termijnen = TermijnInstellingen.Wettelijk;
        Duur = Duurbeleid.Leeuwarden;
        Dwangsom = DwangsomTarief.Awb;
    }

    private Beleidsversie(DateOnly ingangsdatum, string omschrijving, TermijnInstellingen termijnen, Duurbeleid duur, DwangsomTarief dwangsom, DateOnly transitieGesprekkenUiterlijkVoor)
    {
        Id = Guid.CreateVersion7();
        Ingangsdatum = ingangsdatum;
        Omschrijving = Regel.VerplichteTekst(omschrijving, Regelnamen.VersieHeeftOmschrijving, "Geef de beleidsversie een omschrijving.");
        VersieHeeftOmschrijving(Omschrijving);
        TermijnlengtesZijnRedelijk(termijnen);
        DuurbeleidIsSamenhangend(duur);
        dwangsom.DwangsomTariefIsRedelijk();
        Termijnen = termijnen;
        Duur = duur;
        Dwangsom = dwangsom with { Bron = dwangsom.Bron.Trim() };
        TransitieGesprekkenUiterlijkVoor = transitieGesprekkenUiterlijkVoor;
    }

    public Guid Id { get; private set; }

    /// <summary>The first day this version holds.</summary>
    public DateOnly Ingangsdatum { get; private set; }

    public string Omschrijving { get; private set; }

    public TermijnInstellingen Termijnen { get; private set; }

    public Duurbeleid Duur { get; private set; }

    /// <summary>The dwangsom bij niet tijdig beslissen (Awb 4:17) as it holds from this version's ingangsdatum.</summary>
    public DwangsomTarief Dwangsom { get; private set; }

    public DateOnly TransitieGesprekkenUiterlijkVoor { get; private set; }

    public IReadOnlyList<CatalogusRegel> Voorzieningen => _voorzieningen;

    public IReadOnlyList<PerceelRegel> Percelen => _percelen;

    /// <summary>A version holds from its ingangsdatum; from then on it is history and stays as it was.</summary>
    public bool IsIngegaan(DateOnly vandaag) => Ingangsdatum <= vandaag;

    /// <summary>Stores a whole policy as a version (the seed of a new database, or another gemeente's policy as data).</summary>
    public static Beleidsversie Uit(WmoBeleid beleid, DateOnly ingangsdatum, string omschrijving)
    {
        ArgumentNullException.ThrowIfNull(beleid);
        var versie = new Beleidsversie(ingangsdatum, omschrijving, beleid.Termijnen, beleid.Duur, beleid.Dwangsom, beleid.Transitie.GesprekkenUiterlijkVoor);
        foreach (var perceel in beleid.Percelen)
        {
            versie._percelen.Add(new PerceelRegel(perceel));
        }

        foreach (var voorziening in beleid.Catalogus.Voorzieningen.OrderBy(v => v.Code, StringComparer.Ordinal))
        {
            versie.Controleer(voorziening, null);
            versie._voorzieningen.Add(new CatalogusRegel(voorziening));
        }

        return versie;
    }

    /// <summary>A new version from <paramref name="ingangsdatum"/>, starting as a copy of this one.</summary>
    public Beleidsversie NieuweVersieVanaf(DateOnly ingangsdatum, string omschrijving, DateOnly vandaag)
    {
        WijzigingGaatInNaVandaag(ingangsdatum, vandaag);
        var versie = new Beleidsversie(ingangsdatum, omschrijving, Termijnen, Duur, Dwangsom, TransitieGesprekkenUiterlijkVoor);
        versie._percelen.AddRange(_percelen.Select(p => new PerceelRegel(p.NaarInstelling())));
        versie._voorzieningen.AddRange(_voorzieningen.Select(v => new CatalogusRegel(v.NaarVoorziening())));
        return versie;
    }

    public void WijzigInstellingen(string omschrijving, TermijnInstellingen termijnen, Duurbeleid duur, DwangsomTarief dwangsom, DateOnly transitieGesprekkenUiterlijkVoor, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dwangsom);
        IngegaanBeleidLigtVast(vandaag);
        var tekst = Regel.VerplichteTekst(omschrijving, Regelnamen.VersieHeeftOmschrijving, "Geef de beleidsversie een omschrijving.");
        VersieHeeftOmschrijving(tekst);
        TermijnlengtesZijnRedelijk(termijnen);
        DuurbeleidIsSamenhangend(duur);
        dwangsom.DwangsomTariefIsRedelijk();
        Omschrijving = tekst;
        Termijnen = termijnen;
        Duur = duur;
        Dwangsom = dwangsom with { Bron = dwangsom.Bron.Trim() };
        TransitieGesprekkenUiterlijkVoor = transitieGesprekkenUiterlijkVoor;
    }

    /// <summary>Only a version that has not started yet may be discarded; one that held is history (Awb 3:46).</summary>
    public void ControleerVerwijderen(DateOnly vandaag) => IngegaanBeleidLigtVast(vandaag);

    public CatalogusRegel VoegVoorzieningToe(Voorziening voorziening, DateOnly vandaag)
    {
        IngegaanBeleidLigtVast(vandaag);
        Controleer(voorziening, null);
        var regel = new CatalogusRegel(voorziening);
        _voorzieningen.Add(regel);
        return regel;
    }

    public void WijzigVoorziening(Guid regelId, Voorziening voorziening, DateOnly vandaag)
    {
        IngegaanBeleidLigtVast(vandaag);
        var regel = Voorziening(regelId);
        Controleer(voorziening, regel);
        regel.Wijzig(voorziening);
    }

    public void VerwijderVoorziening(Guid regelId, DateOnly vandaag)
    {
        IngegaanBeleidLigtVast(vandaag);
        _voorzieningen.Remove(Voorziening(regelId));
    }

    public void WijzigPerceel(Perceel perceel, int aantalGelijkeDelen, DateOnly vandaag)
    {
        IngegaanBeleidLigtVast(vandaag);
        var regel = _percelen.SingleOrDefault(p => p.Perceel == perceel);
        Regel.Eis(regel is not null, Regelnamen.PerceelInVersie, "Dit perceel staat niet in deze beleidsversie.");
        regel!.Wijzig(aantalGelijkeDelen);
    }

    public CatalogusRegel Voorziening(Guid regelId)
    {
        var regel = _voorzieningen.SingleOrDefault(v => v.Id == regelId);
        Regel.Eis(regel is not null, Regelnamen.VoorzieningStaatInCatalogus, "Deze voorziening staat niet in deze beleidsversie.");
        return regel!;
    }

    /// <summary>The policy of this version as the domain uses it; tariffs are per year and kept apart.</summary>
    public WmoBeleid NaarBeleid(TariefTabel tarieven) =>
        new(new Voorzieningencatalogus(_voorzieningen.Select(v => v.NaarVoorziening())),
            LegacyProductTabel.Leeuwarden,
            Termijnen,
            tarieven,
            Duur,
            [.. _percelen.OrderBy(p => p.Perceel).Select(p => p.NaarInstelling())],
            new TransitieInstellingen(TransitieGesprekkenUiterlijkVoor))
        {
            Ingangsdatum = Ingangsdatum,
            Dwangsom = Dwangsom,
        };

    private void Controleer(Voorziening voorziening, CatalogusRegel? zelf)
    {
        VoorzieningHeeftGeldigeCode(voorziening.Code);
        Regel.Eis(!string.IsNullOrWhiteSpace(voorziening.Naam) && voorziening.Naam.Trim().Length <= CatalogusRegel.NaamLengte, Regelnamen.VoorzieningHeeftNaam,
            $"Geef de voorziening een naam van hoogstens {CatalogusRegel.NaamLengte} tekens.");
        Regel.Eis(voorziening.Productcode is null || ProductcodeVorm().IsMatch(voorziening.Productcode), Regelnamen.ProductcodeIsIwmoCode,
            "Een productcode bestaat uit hoogstens 5 letters of cijfers (iWmo, LDT_Productcode).");
        Regel.Eis(voorziening.Productcode is null || voorziening.ProductCategorie is not null, Regelnamen.ProductcodeHoortBijCategorie,
            "Een productcode hoort bij een productcategorie: kies ook de categorie.");
        VoorzieningcodeIsUniek(voorziening.Code, zelf);
        PerceelAlleenVoorProfessioneleOndersteuning(voorziening);
        Regel.Eis(Enum.IsDefined(voorziening.Vrijstelling), Regelnamen.VrijstellingBestaat, "Kies een vrijstelling uit de lijst.");
        Regel.Eis(voorziening.Perceel is null || _percelen.Exists(p => p.Perceel == voorziening.Perceel), Regelnamen.PerceelInVersie,
            "Dit perceel staat niet in deze beleidsversie.");
    }

    // Versioning by ingangsdatum: what held on a day stays what held, so decisions can be explained later (Awb 3:46).
    private void IngegaanBeleidLigtVast(DateOnly vandaag) =>
        Regel.Eis(!IsIngegaan(vandaag), nameof(IngegaanBeleidLigtVast),
            $"Deze beleidsversie geldt al sinds {Ingangsdatum:dd-MM-yyyy} en ligt vast. Maak een nieuwe versie vanaf een latere datum.");

    // Same reason: a new version can only start after today.
    private static void WijzigingGaatInNaVandaag(DateOnly ingangsdatum, DateOnly vandaag) =>
        Regel.Eis(ingangsdatum > vandaag, Regelnamen.WijzigingGaatInNaVandaag,
            "Een nieuwe beleidsversie gaat in na vandaag; beleid dat al gold verandert niet met terugwerkende kracht.");

    private static void VersieHeeftOmschrijving(string omschrijving) =>
        Regel.Eis(omschrijving.Length <= OmschrijvingLengte, Regelnamen.VersieHeeftOmschrijving, $"De omschrijving is hoogstens {OmschrijvingLengte} tekens.");

    private static void VoorzieningHeeftGeldigeCode(string? code) =>
        Regel.Eis(code is not null && CodeVorm().IsMatch(code), Regelnamen.VoorzieningHeeftGeldigeCode,
            $"Een code bestaat uit 1 tot {CatalogusRegel.CodeLengte} hoofdletters, cijfers of streepjes, zoals AO-HH.");

    private void VoorzieningcodeIsUniek(string code, CatalogusRegel? zelf) =>
        Regel.Eis(!_voorzieningen.Exists(v => v != zelf && string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase)), Regelnamen.VoorzieningcodeIsUniek,
            $"De code {code} is al in gebruik in deze beleidsversie.");

    // 002 §5.1: the lumpsum percelen pay for basis- and aanvullende ondersteuning only.
    private static void PerceelAlleenVoorProfessioneleOndersteuning(Voorziening voorziening) =>
        Regel.Eis(voorziening.Perceel is null || voorziening.Pijler.IsProfessioneel(), Regelnamen.PerceelAlleenVoorProfessioneleOndersteuning,
            "Alleen basisondersteuning en aanvullende ondersteuning vallen in een lumpsumperceel.");

    // The Wmo and Awb set maximum terms in weeks; a length of zero or more than a year is a typing error, not policy.
    private static void TermijnlengtesZijnRedelijk(TermijnInstellingen t)
    {
        int[] dagen = [t.OnderzoekDagen, t.PersoonlijkPlanDagen, t.BeschikkingDagen, t.BezwaarDagen, t.BeslissingOpBezwaarDagen];
        Regel.Eis(Array.TrueForAll(dagen, d => d is >= 1 and <= 365), Regelnamen.TermijnlengtesZijnRedelijk, "Een termijn duurt 1 tot en met 365 dagen.");
        Regel.Eis(t.BinnenkortWerkdagen is >= 0 and <= 30, Regelnamen.TermijnlengtesZijnRedelijk, "\"Bijna verlopen\" begint 0 tot en met 30 werkdagen voor het einde.");
    }

    // 002 §3.1: the longer duration (80+, chronic) is at least the standard one.
    private static void DuurbeleidIsSamenhangend(Duurbeleid duur)
    {
        Regel.Eis(duur.StandaardMaanden is >= 1 and <= 120, Regelnamen.DuurbeleidIsSamenhangend, "De standaardduur is 1 tot en met 120 maanden.");
        Regel.Eis(duur.VerlengdMaanden >= duur.StandaardMaanden && duur.VerlengdMaanden <= 120, Regelnamen.DuurbeleidIsSamenhangend,
            "De verlengde duur is minstens de standaardduur en hoogstens 120 maanden.");
        Regel.Eis(duur.LeeftijdVoorVerlenging is >= 18 and <= 120, Regelnamen.DuurbeleidIsSamenhangend, "De leeftijd voor de verlengde duur ligt tussen 18 en 120 jaar.");
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,19}$")]
    private static partial Regex CodeVorm();

    [GeneratedRegex("^[A-Za-z0-9]{1,5}$")]
    private static partial Regex ProductcodeVorm();
}

/// <summary>One voorziening in a <see cref="Beleidsversie"/>; a change is stored field by field (audit old → new).</summary>
public sealed class CatalogusRegel
{
    public const int CodeLengte = 20;
    public const int NaamLengte = 200;
    public const int ProductcodeLengte = 5;

    private CatalogusRegel()
    {
        Code = string.Empty;
        Naam = string.Empty;
    }

    internal CatalogusRegel(Voorziening voorziening)
        : this()
    {
        Id = Guid.CreateVersion7();
        Wijzig(voorziening);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Naam { get; private set; }

    public Pijler Pijler { get; private set; }

    public Perceel? Perceel { get; private set; }

    public ProductCategorie? ProductCategorie { get; private set; }

    public string? Productcode { get; private set; }

    public bool BeschikkingNodig { get; private set; }

    public bool AbonnementstariefVanToepassing { get; private set; }

    public Doelsoort? Doelsoort { get; private set; }

    /// <summary>The exemption category of the Uitvoeringsbesluit Wmo 2015 art. 3.8 this voorziening falls in.</summary>
    public EigenBijdrageVrijstelling Vrijstelling { get; private set; }

    public Voorziening NaarVoorziening() =>
        new(Code, Naam, Pijler, Perceel, ProductCategorie, BeschikkingNodig, AbonnementstariefVanToepassing, Productcode, Doelsoort, Vrijstelling);

    internal void Wijzig(Voorziening v)
    {
        Code = v.Code;
        Naam = v.Naam.Trim();
        Pijler = v.Pijler;
        Perceel = v.Perceel;
        ProductCategorie = v.ProductCategorie;
        Productcode = string.IsNullOrWhiteSpace(v.Productcode) ? null : v.Productcode.ToUpperInvariant();
        BeschikkingNodig = v.BeschikkingNodig;
        AbonnementstariefVanToepassing = v.AbonnementstariefVanToepassing;
        Doelsoort = v.Doelsoort;
        Vrijstelling = v.Vrijstelling;
    }
}

/// <summary>One lumpsum perceel in a <see cref="Beleidsversie"/> (002 §5.1).</summary>
public sealed class PerceelRegel
{
    private PerceelRegel()
    {
    }

    internal PerceelRegel(PerceelInstelling instelling)
    {
        Id = Guid.CreateVersion7();
        Perceel = instelling.Perceel;
        Wijzig(instelling.AantalGelijkeDelen);
    }

    public Guid Id { get; private set; }

    public Perceel Perceel { get; private set; }

    public int AantalGelijkeDelen { get; private set; }

    public PerceelInstelling NaarInstelling() => new(Perceel, AantalGelijkeDelen);

    internal void Wijzig(int aantalGelijkeDelen)
    {
        // 002 §5.1: each hoofdaanbieder holds one equal part, so a perceel has at least one part.
        Regel.Eis(aantalGelijkeDelen is >= 1 and <= 50, Regelnamen.PerceelHeeftGelijkeDelen, "Een perceel heeft 1 tot en met 50 gelijke delen.");
        AantalGelijkeDelen = aantalGelijkeDelen;
    }
}

/// <summary>
/// The abonnementstarief of one year as a stored row (DOMAIN.md §7); a year's tariff starts on 1 January and, like a
/// policy version, is history from then on.
/// </summary>
public sealed class Tariefjaar
{
    private Tariefjaar()
    {
    }

    /// <summary>A year's tariff as it was decided (seeding, or loading a gemeente's history).</summary>
    public Tariefjaar(int jaar, decimal bedrag, Tariefperiode periode)
    {
        Regel.Eis(jaar is >= 2015 and <= 2100, Regelnamen.TariefjaarBestaat, "Kies een jaar vanaf 2015 (Wmo 2015) tot en met 2100.");
        Jaar = jaar;
        Zet(bedrag, periode);
    }

    public int Jaar { get; private set; }

    public decimal Bedrag { get; private set; }

    public Tariefperiode Periode { get; private set; }

    /// <summary>A tariff for a coming year, set by the beheerder.</summary>
    public static Tariefjaar StelVast(int jaar, decimal bedrag, Tariefperiode periode, DateOnly vandaag)
    {
        var tarief = new Tariefjaar(jaar, bedrag, periode);
        tarief.IngegaanTariefLigtVast(vandaag);
        return tarief;
    }

    public Abonnementstarief NaarTarief() => new(Jaar, Bedrag, Periode);

    public void Wijzig(decimal bedrag, Tariefperiode periode, DateOnly vandaag)
    {
        IngegaanTariefLigtVast(vandaag);
        Zet(bedrag, periode);
    }

    /// <summary>Only a tariff that has not started yet may go.</summary>
    public void ControleerVerwijderen(DateOnly vandaag) => IngegaanTariefLigtVast(vandaag);

    // The CAK charges per period from 1 January (DOMAIN.md §7): a started year is not changed afterwards.
    private void IngegaanTariefLigtVast(DateOnly vandaag) =>
        Regel.Eis(Jaar > vandaag.Year, Regelnamen.IngegaanTariefLigtVast,
            $"Het tarief van {Jaar} is al ingegaan en ligt vast; u kunt alleen een tarief voor een komend jaar vaststellen of wijzigen.");

    private void Zet(decimal bedrag, Tariefperiode periode)
    {
        // A negative or absurd amount is a typing error, not policy (the Uitvoeringsbesluit Wmo 2015 caps the tariff).
        Regel.Eis(bedrag is >= 0 and <= 1000, Regelnamen.TariefIsBedragPerPeriode, "Het tarief is een bedrag van € 0 tot en met € 1.000 per periode.");
        Regel.Eis(Enum.IsDefined(periode), Regelnamen.TariefIsBedragPerPeriode, "Kies een tariefperiode.");
        Bedrag = Geld.Rond(bedrag);
        Periode = periode;
    }
}
