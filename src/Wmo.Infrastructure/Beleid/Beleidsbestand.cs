using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.EigenBijdrage;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Termijnen;
using Wmo.Domain.Transitie;

namespace Wmo.Infrastructure.Beleid;

/// <summary>
/// A gemeente's whole policy as one file (format WMO-BELEID, version 1; <c>docs/beleid-als-data.md</c>): catalogue,
/// percelen, term lengths, duurbeleid, dwangsom amounts, transition date and abonnementstarieven. A gemeente starts the portal with its own
/// policy by pointing <c>Beleid:Startbestand</c> at such a file (no code change), and the command line writes the policy of
/// a database to one (<c>wmo beleid exporteren</c>) and checks one (<c>wmo beleid controleren</c>). Reading checks the
/// format here and every policy rule in the domain (<see cref="Beleidsversie.Uit"/>), and reports all problems at once.
/// </summary>
public static class Beleidsbestand
{
    public const string Formaat = "WMO-BELEID";

    public const int Versie = 1;

    private static readonly JsonSerializerOptions Opties = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads a policy file: the policy and its tariffs, or every problem found (in Dutch, with the field it is about).</summary>
    public static Leesresultaat Lees(string json)
    {
        BestandDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<BestandDto>(json, Opties);
        }
        catch (JsonException fout)
        {
            var waar = fout.LineNumber is { } regel ? $" (regel {regel + 1})" : string.Empty;
            var wat = fout.Path is { Length: > 1 } pad ? $" bij '{pad.TrimStart('$', '.')}'" : string.Empty;
            return Leesresultaat.Fout($"Het bestand is geen geldig beleidsbestand{waar}{wat}: controleer de JSON-opmaak, de veldnamen en de soorten waarden.");
        }

        if (dto is null)
        {
            return Leesresultaat.Fout("Het bestand is leeg.");
        }

        var fouten = new List<string>();
        if (dto.Formaat != Formaat || dto.Versie != Versie)
        {
            return Leesresultaat.Fout($"Dit is geen beleidsbestand in formaat {Formaat} versie {Versie} (gevonden: '{dto.Formaat}' versie {dto.Versie}).");
        }

        var ingangsdatum = Datum(dto.Ingangsdatum, "ingangsdatum", fouten);
        var transitie = Datum(dto.TransitieGesprekkenUiterlijkVoor, "transitieGesprekkenUiterlijkVoor", fouten);
        if (string.IsNullOrWhiteSpace(dto.Omschrijving))
        {
            fouten.Add("omschrijving: geef de beleidsversie een omschrijving (bijvoorbeeld gemeente en beleidsstuk).");
        }

        if (dto.Termijnen is null)
        {
            fouten.Add("termijnen: ontbreekt.");
        }

        if (dto.Duur is null)
        {
            fouten.Add("duur: ontbreekt.");
        }

        var percelen = new List<PerceelInstelling>();
        foreach (var (perceel, i) in (dto.Percelen ?? []).Select((p, i) => (p, i)))
        {
            if (Keuze<Perceel>(perceel.Perceel, $"percelen[{i}].perceel", fouten) is { } p)
            {
                if (perceel.AantalGelijkeDelen is < 1 or > 20)
                {
                    fouten.Add($"percelen[{i}].aantalGelijkeDelen: 1 tot en met 20.");
                }

                percelen.Add(new PerceelInstelling(p, perceel.AantalGelijkeDelen));
            }
        }

        var voorzieningen = new List<Voorziening>();
        if (dto.Voorzieningen is not { Count: > 0 })
        {
            fouten.Add("voorzieningen: de catalogus heeft minstens één voorziening.");
        }

        foreach (var (v, i) in (dto.Voorzieningen ?? []).Select((v, i) => (v, i)))
        {
            var veld = $"voorzieningen[{i}] ({v.Code})";
            var pijler = Keuze<Pijler>(v.Pijler, veld + ".pijler", fouten);
            var perceel = v.Perceel is null ? null : Keuze<Perceel>(v.Perceel, veld + ".perceel", fouten);
            var categorie = v.ProductCategorie is null ? null : Keuze<ProductCategorie>(v.ProductCategorie, veld + ".productCategorie", fouten);
            var doelsoort = v.Doelsoort is null ? null : Keuze<Doelsoort>(v.Doelsoort, veld + ".doelsoort", fouten);
            var vrijstelling = v.Vrijstelling is null ? EigenBijdrageVrijstelling.Geen : Keuze<EigenBijdrageVrijstelling>(v.Vrijstelling, veld + ".vrijstelling", fouten) ?? EigenBijdrageVrijstelling.Geen;
            if (pijler is { } geldigePijler)
            {
                voorzieningen.Add(new Voorziening(v.Code ?? string.Empty, v.Naam ?? string.Empty, geldigePijler, perceel, categorie,
                    v.BeschikkingNodig, v.Abonnementstarief, v.Productcode, doelsoort, vrijstelling));
            }
        }

        var tarieven = new List<Abonnementstarief>();
        foreach (var (t, i) in (dto.Abonnementstarieven ?? []).Select((t, i) => (t, i)))
        {
            if (Keuze<Tariefperiode>(t.Periode, $"abonnementstarieven[{i}].periode", fouten) is { } periode)
            {
                if (t.Bedrag is < 0 or > 1000 || t.Jaar is < 2015 or > 2100)
                {
                    fouten.Add($"abonnementstarieven[{i}]: een jaar vanaf 2015 en een bedrag van € 0 tot € 1.000.");
                }

                tarieven.Add(new Abonnementstarief(t.Jaar, t.Bedrag, periode));
            }
        }

        if (tarieven.GroupBy(t => t.Jaar).FirstOrDefault(g => g.Count() > 1) is { } dubbel)
        {
            fouten.Add($"abonnementstarieven: het jaar {dubbel.Key} staat er meer dan eens in.");
        }

        if (voorzieningen.GroupBy(v => v.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } dubbeleCode)
        {
            fouten.Add($"voorzieningen: de code {dubbeleCode.Key} staat er meer dan eens in.");
        }

        if (fouten.Count > 0 || dto.Termijnen is null || dto.Duur is null)
        {
            return Leesresultaat.Fout([.. fouten]);
        }

        var t2 = dto.Termijnen;
        var d = dto.Dwangsom;
        var beleid = new WmoBeleid(
            new Voorzieningencatalogus(voorzieningen),
            LegacyProductTabel.Leeuwarden,
            new TermijnInstellingen(t2.OnderzoekDagen, t2.PersoonlijkPlanDagen, t2.BeschikkingDagen, t2.BezwaarDagen, t2.BeslissingOpBezwaarDagen, t2.BinnenkortWerkdagen),
            new TariefTabel(tarieven),
            new Duurbeleid(dto.Duur.StandaardMaanden, dto.Duur.VerlengdMaanden, dto.Duur.LeeftijdVoorVerlenging),
            percelen,
            new TransitieInstellingen(transitie))
        {
            Ingangsdatum = ingangsdatum,
            // Absent means the statutory amounts (Awb 4:17); a file written by the portal always names them.
            Dwangsom = d is null ? DwangsomTarief.Awb : new DwangsomTarief(d.EersteVeertienDagenPerDag, d.VolgendeVeertienDagenPerDag, d.DaarnaPerDag, d.MaximumDagen, d.Bron ?? string.Empty),
        };

        try
        {
            // Every policy rule (codes, percelen, term lengths, duurbeleid) is the domain's: the same as on the beheer screen.
            var versie = Beleidsversie.Uit(beleid, ingangsdatum, dto.Omschrijving!);
            return new Leesresultaat(versie, beleid, []);
        }
        catch (DomainException fout)
        {
            return Leesresultaat.Fout(fout.Message);
        }
    }

    /// <summary>Writes <paramref name="versie"/> with the tariffs of <paramref name="tarieven"/> in the file format.</summary>
    public static string Schrijf(Beleidsversie versie, IEnumerable<Abonnementstarief> tarieven, string? toelichting = null)
    {
        ArgumentNullException.ThrowIfNull(versie);
        ArgumentNullException.ThrowIfNull(tarieven);
        var t = versie.Termijnen;
        var dto = new BestandDto
        {
            Formaat = Formaat,
            Versie = Versie,
            Omschrijving = versie.Omschrijving,
            Toelichting = toelichting,
            Ingangsdatum = Tekst(versie.Ingangsdatum),
            TransitieGesprekkenUiterlijkVoor = Tekst(versie.TransitieGesprekkenUiterlijkVoor),
            Termijnen = new TermijnenDto
            {
                OnderzoekDagen = t.OnderzoekDagen,
                PersoonlijkPlanDagen = t.PersoonlijkPlanDagen,
                BeschikkingDagen = t.BeschikkingDagen,
                BezwaarDagen = t.BezwaarDagen,
                BeslissingOpBezwaarDagen = t.BeslissingOpBezwaarDagen,
                BinnenkortWerkdagen = t.BinnenkortWerkdagen,
            },
            Duur = new DuurDto
            {
                StandaardMaanden = versie.Duur.StandaardMaanden,
                VerlengdMaanden = versie.Duur.VerlengdMaanden,
                LeeftijdVoorVerlenging = versie.Duur.LeeftijdVoorVerlenging,
            },
            Dwangsom = new DwangsomDto
            {
                EersteVeertienDagenPerDag = versie.Dwangsom.EersteVeertienDagenPerDag,
                VolgendeVeertienDagenPerDag = versie.Dwangsom.VolgendeVeertienDagenPerDag,
                DaarnaPerDag = versie.Dwangsom.DaarnaPerDag,
                MaximumDagen = versie.Dwangsom.MaximumDagen,
                Bron = versie.Dwangsom.Bron,
            },
            Percelen = [.. versie.Percelen.OrderBy(p => p.Perceel).Select(p => new PerceelDto { Perceel = p.Perceel.ToString(), AantalGelijkeDelen = p.AantalGelijkeDelen })],
            Voorzieningen = [.. versie.Voorzieningen.OrderBy(v => v.Code, StringComparer.Ordinal).Select(v => new VoorzieningDto
            {
                Code = v.Code,
                Naam = v.Naam,
                Pijler = v.Pijler.ToString(),
                Perceel = v.Perceel?.ToString(),
                ProductCategorie = v.ProductCategorie?.ToString(),
                Productcode = v.Productcode,
                BeschikkingNodig = v.BeschikkingNodig,
                Abonnementstarief = v.AbonnementstariefVanToepassing,
                Doelsoort = v.Doelsoort?.ToString(),
                Vrijstelling = v.Vrijstelling == EigenBijdrageVrijstelling.Geen ? null : v.Vrijstelling.ToString(),
            })],
            Abonnementstarieven = [.. tarieven.OrderBy(a => a.Jaar).Select(a => new TariefDto { Jaar = a.Jaar, Bedrag = a.Bedrag, Periode = a.Periode.ToString() })],
        };
        return JsonSerializer.Serialize(dto, Opties) + Environment.NewLine;
    }

    private static string Tekst(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Datum(string? tekst, string veld, List<string> fouten)
    {
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            && datum >= Regel.VroegsteDatum && datum <= Regel.LaatsteDatum)
        {
            return datum;
        }

        fouten.Add($"{veld}: een datum als jjjj-mm-dd tussen 1900 en 2100 (gevonden: '{tekst}').");
        return default;
    }

    private static T? Keuze<T>(string? tekst, string veld, List<string> fouten)
        where T : struct, Enum
    {
        if (tekst is not null && Enum.TryParse<T>(tekst, ignoreCase: false, out var waarde) && Enum.IsDefined(waarde)
            && !int.TryParse(tekst, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return waarde;
        }

        fouten.Add($"{veld}: '{tekst}' is geen geldige waarde; kies uit {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }

    public sealed record Leesresultaat(Beleidsversie? Versie, WmoBeleid? Beleid, IReadOnlyList<string> Fouten)
    {
        public bool IsGelukt => Versie is not null && Fouten.Count == 0;

        /// <summary>The tariffs as rows for the reference table.</summary>
        public IReadOnlyList<Tariefjaar> Tariefjaren =>
            Beleid is null ? [] : [.. Beleid.Tarieven.Tarieven.Select(t => new Tariefjaar(t.Jaar, t.Bedrag, t.Periode))];

        internal static Leesresultaat Fout(params string[] fouten) => new(null, null, fouten);
    }

    private sealed class BestandDto
    {
        public string? Formaat { get; set; }

        public int Versie { get; set; }

        public string? Omschrijving { get; set; }

        /// <summary>Free text for the reader: sources, assumptions. Not used by the portal.</summary>
        public string? Toelichting { get; set; }

        public string? Ingangsdatum { get; set; }

        public string? TransitieGesprekkenUiterlijkVoor { get; set; }

        public TermijnenDto? Termijnen { get; set; }

        public DuurDto? Duur { get; set; }

        /// <summary>The dwangsom bij niet tijdig beslissen (Awb 4:17); absent means the statutory amounts.</summary>
        public DwangsomDto? Dwangsom { get; set; }

        public List<PerceelDto>? Percelen { get; set; }

        public List<VoorzieningDto>? Voorzieningen { get; set; }

        public List<TariefDto>? Abonnementstarieven { get; set; }
    }

    private sealed class TermijnenDto
    {
        public int OnderzoekDagen { get; set; }

        public int PersoonlijkPlanDagen { get; set; }

        public int BeschikkingDagen { get; set; }

        public int BezwaarDagen { get; set; }

        public int BeslissingOpBezwaarDagen { get; set; }

        public int BinnenkortWerkdagen { get; set; }
    }

    private sealed class DuurDto
    {
        public int StandaardMaanden { get; set; }

        public int VerlengdMaanden { get; set; }

        public int LeeftijdVoorVerlenging { get; set; }
    }

    private sealed class DwangsomDto
    {
        public decimal EersteVeertienDagenPerDag { get; set; }

        public decimal VolgendeVeertienDagenPerDag { get; set; }

        public decimal DaarnaPerDag { get; set; }

        public int MaximumDagen { get; set; }

        public string? Bron { get; set; }
    }

    private sealed class PerceelDto
    {
        public string? Perceel { get; set; }

        public int AantalGelijkeDelen { get; set; }
    }

    private sealed class VoorzieningDto
    {
        public string? Code { get; set; }

        public string? Naam { get; set; }

        public string? Pijler { get; set; }

        public string? Perceel { get; set; }

        public string? ProductCategorie { get; set; }

        public string? Productcode { get; set; }

        public bool BeschikkingNodig { get; set; }

        public bool Abonnementstarief { get; set; }

        public string? Doelsoort { get; set; }

        /// <summary>Exemption category of the Uitvoeringsbesluit Wmo 2015 art. 3.8 (Rolstoel, WoningaanpassingMinderjarige, BeschermdWonenOfOpvang); absent is none.</summary>
        public string? Vrijstelling { get; set; }

        /// <summary>Free text (the source in the policy document). Not used by the portal.</summary>
        public string? Bron { get; set; }
    }

    private sealed class TariefDto
    {
        public int Jaar { get; set; }

        public decimal Bedrag { get; set; }

        public string? Periode { get; set; }
    }
}
