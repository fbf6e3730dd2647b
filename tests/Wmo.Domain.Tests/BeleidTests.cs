using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Wmo.Domain.Besluiten;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Gemeentebeleid;
using Wmo.Domain.Lumpsum;
using Wmo.Domain.Termijnen;
using static Wmo.Domain.Tests.Support.Maak;

namespace Wmo.Domain.Tests;

public class BeleidshistorieTests
{
    private static WmoBeleid Versie(DateOnly ingang, int onderzoekDagen) =>
        WmoBeleid.Leeuwarden2021() with { Ingangsdatum = ingang, Termijnen = TermijnInstellingen.Wettelijk with { OnderzoekDagen = onderzoekDagen } };

    [Fact]
    public void Een_datum_krijgt_het_beleid_dat_op_die_dag_gold()
    {
        var historie = new Beleidshistorie([Versie(D(2026, 6, 1), 35), Versie(D(2021, 1, 1), 42)]);

        Assert.Equal(42, historie.Op(D(2026, 5, 31)).Termijnen.OnderzoekDagen);
        Assert.Equal(35, historie.Op(D(2026, 6, 1)).Termijnen.OnderzoekDagen);
        Assert.Equal(35, historie.Op(D(2030, 1, 1)).Termijnen.OnderzoekDagen);
    }

    [Fact]
    public void Een_datum_voor_de_eerste_versie_krijgt_de_eerste_versie() =>
        Assert.Equal(D(2021, 1, 1), new Beleidshistorie([Versie(D(2021, 1, 1), 42)]).Op(D(2019, 5, 1)).Ingangsdatum);

    [Fact]
    public void Twee_versies_met_dezelfde_ingangsdatum_mogen_niet()
    {
        var fout = Assert.Throws<DomainException>(() => new Beleidshistorie([Versie(D(2021, 1, 1), 42), Versie(D(2021, 1, 1), 35)]));
        Assert.Equal(Regelnamen.EenVersiePerIngangsdatum, fout.Regel);
    }
}

public class BeleidsversieTests
{
    private static readonly DateOnly Vandaag = D(2026, 12, 1);

    private static Beleidsversie Leeuwarden() => Beleidsversie.Uit(WmoBeleid.Leeuwarden2021(), D(2021, 1, 1), "Leeuwarden");

    private static Voorziening Maatje(string code = "SB-NIEUW") => new(code, "Nieuw maatje", Pijler.SocialeBasis, null, null, false, false);

    [Fact]
    public void Versie_uit_beleid_geeft_hetzelfde_beleid_terug()
    {
        var beleid = Leeuwarden().NaarBeleid(WmoBeleid.Leeuwarden2021().Tarieven);

        Assert.Equal(WmoBeleid.Leeuwarden2021().Catalogus.Voorzieningen.OrderBy(v => v.Code), beleid.Catalogus.Voorzieningen.OrderBy(v => v.Code));
        Assert.Equal(TermijnInstellingen.Wettelijk, beleid.Termijnen);
        Assert.Equal(Duurbeleid.Leeuwarden, beleid.Duur);
        Assert.Equal(PerceelInstelling.Leeuwarden, beleid.Percelen);
        Assert.Equal(D(2021, 1, 1), beleid.Ingangsdatum);
    }

    [Fact]
    public void Ingegane_versie_ligt_vast()
    {
        var fout = Assert.Throws<DomainException>(() => Leeuwarden().VoegVoorzieningToe(Maatje(), Vandaag));
        Assert.Equal("IngegaanBeleidLigtVast", fout.Regel);
    }

    [Fact]
    public void Nieuwe_versie_gaat_in_na_vandaag_en_begint_als_kopie()
    {
        var fout = Assert.Throws<DomainException>(() => Leeuwarden().NieuweVersieVanaf(Vandaag, "Te vroeg", Vandaag));
        Assert.Equal(Regelnamen.WijzigingGaatInNaVandaag, fout.Regel);

        var nieuw = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        nieuw.VoegVoorzieningToe(Maatje(), Vandaag);
        nieuw.WijzigInstellingen("2027", TermijnInstellingen.Wettelijk with { BinnenkortWerkdagen = 3 }, Duurbeleid.Leeuwarden, DwangsomTarief.Awb, D(2027, 1, 1), Vandaag);

        Assert.Equal(Leeuwarden().Voorzieningen.Count + 1, nieuw.Voorzieningen.Count);
        Assert.Equal(3, nieuw.NaarBeleid(WmoBeleid.Leeuwarden2021().Tarieven).Termijnen.BinnenkortWerkdagen);
    }

    [Theory]
    [InlineData("AO-TO", Regelnamen.VoorzieningcodeIsUniek)]
    [InlineData("ao to", Regelnamen.VoorzieningHeeftGeldigeCode)]
    [InlineData("", Regelnamen.VoorzieningHeeftGeldigeCode)]
    public void Voorzieningcode_is_geldig_en_uniek(string code, string regel)
    {
        var versie = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        Assert.Equal(regel, Assert.Throws<DomainException>(() => versie.VoegVoorzieningToe(Maatje(code), Vandaag)).Regel);
    }

    [Fact]
    public void Sociale_basis_valt_niet_in_een_lumpsumperceel()
    {
        var versie = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        var fout = Assert.Throws<DomainException>(() => versie.VoegVoorzieningToe(Maatje() with { Perceel = Perceel.Basisondersteuning }, Vandaag));
        Assert.Equal(Regelnamen.PerceelAlleenVoorProfessioneleOndersteuning, fout.Regel);
    }

    [Theory]
    [InlineData(0, 5, Regelnamen.TermijnlengtesZijnRedelijk)]
    [InlineData(42, 31, Regelnamen.TermijnlengtesZijnRedelijk)]
    public void Termijnlengtes_zijn_redelijk(int onderzoek, int binnenkort, string regel)
    {
        var versie = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        var fout = Assert.Throws<DomainException>(() => versie.WijzigInstellingen("2027",
            TermijnInstellingen.Wettelijk with { OnderzoekDagen = onderzoek, BinnenkortWerkdagen = binnenkort }, Duurbeleid.Leeuwarden, DwangsomTarief.Awb, D(2027, 1, 1), Vandaag));
        Assert.Equal(regel, fout.Regel);
    }

    [Fact]
    public void Verlengde_duur_is_minstens_de_standaardduur()
    {
        var versie = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        var fout = Assert.Throws<DomainException>(() => versie.WijzigInstellingen("2027", TermijnInstellingen.Wettelijk, new Duurbeleid(24, 12, 80), DwangsomTarief.Awb, D(2027, 1, 1), Vandaag));
        Assert.Equal(Regelnamen.DuurbeleidIsSamenhangend, fout.Regel);
    }

    [Fact]
    public void Dwangsombedragen_zijn_beleidsdata_van_de_versie_en_gaan_mee_naar_het_beleid_en_de_volgende_versie()
    {
        var hoger = new DwangsomTarief(30m, 40m, 50m, 42, "Testbesluit");
        var versie = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        Assert.Equal(DwangsomTarief.Awb, versie.Dwangsom);

        versie.WijzigInstellingen("2027", TermijnInstellingen.Wettelijk, Duurbeleid.Leeuwarden, hoger, D(2027, 1, 1), Vandaag);

        Assert.Equal(hoger, versie.NaarBeleid(WmoBeleid.Leeuwarden2021().Tarieven).Dwangsom);
        Assert.Equal(hoger, versie.NieuweVersieVanaf(Vandaag.AddDays(2), "2028", Vandaag).Dwangsom);
        Assert.Equal(hoger, Beleidsversie.Uit(WmoBeleid.Leeuwarden2021() with { Dwangsom = hoger }, Vandaag, "Uit bestand").Dwangsom);
    }

    [Theory]
    [InlineData(-1, 35, 45, 42, "Awb")]
    [InlineData(23.005, 35, 45, 42, "Awb")]
    [InlineData(23, 20, 45, 42, "Awb")]
    [InlineData(23, 35, 30, 42, "Awb")]
    [InlineData(23, 35, 45, 0, "Awb")]
    [InlineData(23, 35, 45, 366, "Awb")]
    [InlineData(23, 35, 45, 42, " ")]
    public void Dwangsomtarief_is_redelijk(double eerste, double volgende, double daarna, int maximum, string bron)
    {
        var versie = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        var tarief = new DwangsomTarief((decimal)eerste, (decimal)volgende, (decimal)daarna, maximum, bron);
        var fout = Assert.Throws<DomainException>(() => versie.WijzigInstellingen("2027", TermijnInstellingen.Wettelijk, Duurbeleid.Leeuwarden, tarief, D(2027, 1, 1), Vandaag));
        Assert.Equal(nameof(DwangsomTarief.DwangsomTariefIsRedelijk), fout.Regel);
        Assert.Equal(DwangsomTarief.Awb, versie.Dwangsom);
    }

    [Fact]
    public void Een_perceel_heeft_minstens_een_gelijk_deel()
    {
        var versie = Leeuwarden().NieuweVersieVanaf(Vandaag.AddDays(1), "2027", Vandaag);
        var fout = Assert.Throws<DomainException>(() => versie.WijzigPerceel(Perceel.HulpBijHetHuishouden, 0, Vandaag));
        Assert.Equal(Regelnamen.PerceelHeeftGelijkeDelen, fout.Regel);
    }
}

public class VandaagTests
{
    [Fact]
    public void Vandaag_is_de_dag_in_amsterdam_ook_als_het_in_utc_nog_gisteren_is()
    {
        // 23:30 UTC on 31 March is 01:30 on 1 April in Amsterdam (summer time).
        var klok = new FakeTimeProvider(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero));
        klok.SetLocalTimeZone(TimeZoneInfo.Utc);

        Assert.Equal(D(2026, 4, 1), Vandaag.Volgens(klok));
    }

    [Fact]
    public void Termijnstatus_volgens_de_klok_gebruikt_de_dag_in_amsterdam()
    {
        var termijn = Termijn.Bereken(TermijnSoort.Beschikking, D(2026, 3, 18), TermijnInstellingen.Wettelijk);
        var klok = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 22, 30, 0, TimeSpan.Zero));
        klok.SetLocalTimeZone(TimeZoneInfo.Utc);

        // In UTC it is still 1 April (the last day); in Amsterdam it is 2 April and the term has passed.
        Assert.Equal(D(2026, 4, 1), termijn.Einddatum);
        Assert.Equal(TermijnStatus.Verlopen, termijn.Status(klok, TermijnInstellingen.Wettelijk));
    }
}

/// <summary>The domain's namespaces form no cycle (WmoBeleid lives in Gemeentebeleid, which nothing else uses).</summary>
public partial class DomeinNamespaceTests
{
    [Fact]
    public void Gemeentebeleid_en_catalogus_zitten_in_geen_cyclus_van_namespaces()
    {
        var map = Path.Combine(RepoRoot(), "src", "Wmo.Domain");
        var afhankelijk = new Dictionary<string, HashSet<string>>();
        foreach (var bestand in Directory.EnumerateFiles(map, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var tekst = File.ReadAllText(bestand);
            var ns = NamespaceRegel().Match(tekst).Groups[1].Value;
            if (ns.Length == 0)
            {
                continue;
            }

            var doelen = afhankelijk.TryGetValue(ns, out var bestaand) ? bestaand : afhankelijk[ns] = [];
            foreach (Match gebruik in GebruikRegel().Matches(tekst))
            {
                if (gebruik.Groups[1].Value != ns)
                {
                    doelen.Add(gebruik.Groups[1].Value);
                }
            }
        }

        Assert.Contains("Wmo.Domain.Gemeentebeleid", afhankelijk.Keys);
        Assert.DoesNotContain("Wmo.Domain.Gemeentebeleid", afhankelijk["Wmo.Domain.Catalogus"]);
        foreach (var start in new[] { "Wmo.Domain.Gemeentebeleid", "Wmo.Domain.Catalogus" })
        {
            var cyclus = ZoekCyclus(start, start, afhankelijk, [], [start]);
            Assert.True(cyclus is null, $"Cyclus tussen namespaces: {string.Join(" → ", cyclus ?? [])}");
        }
    }

    private static List<string>? ZoekCyclus(string start, string huidig, Dictionary<string, HashSet<string>> graaf, HashSet<string> bezocht, List<string> pad)
    {
        foreach (var volgende in graaf.GetValueOrDefault(huidig, []))
        {
            if (volgende == start)
            {
                return [.. pad, start];
            }

            if (bezocht.Add(volgende) && ZoekCyclus(start, volgende, graaf, bezocht, [.. pad, volgende]) is { } cyclus)
            {
                return cyclus;
            }
        }

        return null;
    }

    private static string RepoRoot()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Wmo.Portal.sln")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("Wmo.Portal.sln niet gevonden.");
    }

    [GeneratedRegex(@"^namespace (Wmo\.Domain(?:\.\w+)?)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceRegel();

    [GeneratedRegex(@"\b(Wmo\.Domain\.\w+)\b")]
    private static partial Regex GebruikRegel();
}
