using Wmo.Domain.Afweging;
using Wmo.Domain.Catalogus;
using Wmo.Domain.Common;
using Wmo.Domain.Tests.Support;

namespace Wmo.Domain.Tests;

public class AfwegingskaderTests
{
    [Fact]
    public void Meerderheid_aanvullende_criteria_suggereert_aanvullende_ondersteuning_met_redenen()
    {
        var resultaat = Afwegingskader.Thuisondersteuning.Beoordeel(new Dictionary<string, Kant>
        {
            ["doel"] = Kant.Aanvullend,
            ["inzicht"] = Kant.Aanvullend,
            ["planbaarheid"] = Kant.Aanvullend,
            ["deskundigheid"] = Kant.Basis,
        });
        Assert.Equal(Pijler.AanvullendeOndersteuning, resultaat.Suggestie);
        Assert.Equal(4, resultaat.Redenen.Count);
        Assert.Contains(resultaat.Redenen, r => r.Contains("vaak direct ingrijpen", StringComparison.Ordinal));
    }

    [Fact]
    public void Gelijke_stand_suggereert_basisondersteuning()
    {
        var resultaat = Afwegingskader.Thuisondersteuning.Beoordeel(new Dictionary<string, Kant>
        {
            ["doel"] = Kant.Aanvullend,
            ["inzicht"] = Kant.Aanvullend,
            ["planbaarheid"] = Kant.Basis,
            ["deskundigheid"] = Kant.Basis,
        });
        Assert.Equal(Pijler.Basisondersteuning, resultaat.Suggestie);
    }

    [Fact]
    public void Alle_criteria_worden_gescoord()
    {
        var fout = Assert.Throws<DomainException>(() => Afwegingskader.Dagbesteding.Beoordeel(new Dictionary<string, Kant> { ["structuur"] = Kant.Basis }));
        Assert.Equal(Regelnamen.AlleCriteriaGescoord, fout.Regel);
        Assert.Contains("Mix in doelgroep", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Afwijken_van_de_suggestie_vereist_een_motivering()
    {
        var resultaat = Afwegingskader.Dagbesteding.Beoordeel(new Dictionary<string, Kant>
        {
            ["structuur"] = Kant.Basis,
            ["doelgroepmix"] = Kant.Basis,
            ["deskundigheid"] = Kant.Basis,
        });
        Assert.Equal(Regelnamen.AfwijkenVanSuggestieVereistMotivering, Assert.Throws<DomainException>(() => resultaat.Kies(Pijler.AanvullendeOndersteuning)).Regel);

        var gekozen = resultaat.Kies(Pijler.AanvullendeOndersteuning, "Recent terugval, tijdelijk strakke structuur nodig");
        Assert.True(gekozen.WijktAfVanSuggestie);
        Assert.False(resultaat.Kies(Pijler.Basisondersteuning).WijktAfVanSuggestie);
    }

    [Fact]
    public void Kader_is_data_en_kan_per_gemeente_anders()
    {
        var eigen = new Afwegingskader(Ondersteuningsvorm.Dagbesteding, [new Criterium("vervoer", "Vervoer", "zelfstandig", "begeleid")]);
        Assert.Equal(Pijler.AanvullendeOndersteuning, eigen.Beoordeel(new Dictionary<string, Kant> { ["vervoer"] = Kant.Aanvullend }).Suggestie);
    }
}

public class KaderBeoordelingTests
{
    [Fact]
    public void Vraag_bewaart_suggestie_keuze_en_motivering_van_het_afwegingskader()
    {
        var werker = Maak.SociaalWerker();
        var vraag = Maak.VraagMetGesprek(werker);
        var resultaat = Afwegingskader.Dagbesteding.Beoordeel(new Dictionary<string, Kant>
        {
            ["structuur"] = Kant.Basis,
            ["doelgroepmix"] = Kant.Basis,
            ["deskundigheid"] = Kant.Aanvullend,
        });
        Assert.Equal(Regelnamen.KeuzeNaAfweging, Assert.Throws<DomainException>(() => vraag.LegAfwegingskaderVast(resultaat, werker)).Regel);

        vraag.LegAfwegingskaderVast(resultaat.Kies(Pijler.AanvullendeOndersteuning, "Prikkelarme omgeving nodig"), werker);
        var beoordeling = Assert.Single(vraag.KaderBeoordelingen);
        Assert.Equal(Pijler.Basisondersteuning, beoordeling.Suggestie);
        Assert.Equal(Pijler.AanvullendeOndersteuning, beoordeling.Keuze);
        Assert.Equal("Prikkelarme omgeving nodig", beoordeling.Motivering);
    }
}

public class VoorzieningencatalogusTests
{
    [Theory]
    [InlineData("AO-HH", ProductCategorie.HulpBijHetHuishouden, 1)]
    [InlineData("AO-TO", ProductCategorie.Begeleiding, 2)]
    [InlineData("BO-PV", ProductCategorie.PersoonlijkeVerzorging, 3)]
    [InlineData("AO-KV", ProductCategorie.KortdurendVerblijf, 4)]
    [InlineData("AO-DB", ProductCategorie.Dagbesteding, 7)]
    [InlineData("RV-BW", ProductCategorie.BeschermdWonen, 15)]
    public void Voorziening_heeft_iwmo_productcategorie(string code, ProductCategorie categorie, int iwmoCode)
    {
        var voorziening = Maak.Leeuwarden.Zoek(code);
        Assert.Equal(categorie, voorziening.ProductCategorie);
        Assert.Equal(iwmoCode, (int)voorziening.ProductCategorie!);
    }

    [Fact]
    public void Basisondersteuning_en_verwijzing_naar_aanvullend_zijn_beschikkingsvrij_tenzij_uitgezet()
    {
        // 002 §3.1: aanvullende ondersteuning goes by verwijzing, a beschikking only when the inwoner asks (the aanvraag path);
        // the catalogue flag is the verwijzing's own (issue 11: beschikkingsvrij respected on every path).
        Assert.False(Maak.Leeuwarden.Zoek("BO-TO").BeschikkingNodig);
        Assert.False(Maak.Leeuwarden.Zoek("AO-TO").BeschikkingNodig);
        Assert.True(Voorzieningencatalogus.Leeuwarden2021(basisondersteuningBeschikkingsvrij: false).Zoek("BO-TO").BeschikkingNodig);
        Assert.True(Voorzieningencatalogus.Leeuwarden2021(aanvullendeVerwijzingBeschikkingsvrij: false).Zoek("AO-TO").BeschikkingNodig);
        Assert.True(Maak.Leeuwarden.Zoek("RV-BW").BeschikkingNodig);
    }

    [Theory]
    [InlineData("GD-VERVOER")]
    [InlineData("RV-BW")]
    [InlineData("RV-OPVANG")]
    public void Geen_abonnementstarief_voor_vervoer_beschermd_wonen_en_opvang(string code) =>
        Assert.False(Maak.Leeuwarden.Zoek(code).AbonnementstariefVanToepassing);

    [Fact]
    public void Onbekende_voorziening_is_een_domeinfout() =>
        Assert.Equal(Regelnamen.VoorzieningStaatInCatalogus, Assert.Throws<DomainException>(() => Maak.Leeuwarden.Zoek("XX")).Regel);
}

public class LegacyProductTests
{
    [Theory]
    [InlineData(LegacyProduct.PraktischeThuisondersteuning, LegacyRichting.Basisondersteuning)]
    [InlineData(LegacyProduct.TO1, LegacyRichting.Basisondersteuning)]
    [InlineData(LegacyProduct.TO2, LegacyRichting.Basisondersteuning)]
    [InlineData(LegacyProduct.TO3, LegacyRichting.PerPersoonBeoordelen)]
    [InlineData(LegacyProduct.TO4, LegacyRichting.AanvullendeOndersteuning)]
    [InlineData(LegacyProduct.DB1, LegacyRichting.Basisondersteuning)]
    [InlineData(LegacyProduct.DB2, LegacyRichting.PerPersoonBeoordelen)]
    [InlineData(LegacyProduct.DB3, LegacyRichting.AanvullendeOndersteuning)]
    [InlineData(LegacyProduct.DB4, LegacyRichting.Basisondersteuning)]
    [InlineData(LegacyProduct.DB5, LegacyRichting.PerPersoonBeoordelen)]
    [InlineData(LegacyProduct.DB6, LegacyRichting.AanvullendeOndersteuning)]
    [InlineData(LegacyProduct.PersoonlijkeVerzorging, LegacyRichting.Basisondersteuning)]
    [InlineData(LegacyProduct.KortdurendVerblijf, LegacyRichting.AanvullendeOndersteuning)]
    [InlineData(LegacyProduct.HulpBijHetHuishouden, LegacyRichting.AanvullendeOndersteuning)]
    public void Legacy_product_gaat_naar_de_pijler_uit_002_paragraaf_4_1(LegacyProduct product, LegacyRichting richting) =>
        Assert.Equal(richting, LegacyProductTabel.Leeuwarden.Overgang(product).Richting);

    [Theory]
    [InlineData(LegacyProduct.DB1, Doelsoort.Stabiliseren)]
    [InlineData(LegacyProduct.DB3, Doelsoort.Stabiliseren)]
    [InlineData(LegacyProduct.DB4, Doelsoort.Ontwikkelen)]
    [InlineData(LegacyProduct.DB6, Doelsoort.Ontwikkelen)]
    public void Dagbesteding_1_tot_3_stabiliseert_en_4_tot_6_ontwikkelt(LegacyProduct product, Doelsoort doelsoort) =>
        Assert.Equal(doelsoort, LegacyProductTabel.Leeuwarden.Overgang(product).Doelsoort);
}
