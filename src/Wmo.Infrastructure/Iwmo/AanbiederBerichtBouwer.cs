using System.Globalization;
using System.Xml.Linq;
using Wmo.Domain.Toewijzingen;

namespace Wmo.Infrastructure.Iwmo;

/// <summary>The client as an aanbieder names it in its messages (CDT_VerkorteNaam).</summary>
public sealed record AanbiederClient(string Bsn, DateOnly Geboortedatum, string Achternaam);

/// <summary>
/// Builds the messages an aanbieder sends (WMO305 start, WMO307 stop, WMO315 verzoek om toewijzing) the way an
/// aanbieder's system would. The portal itself only receives these; this builder serves the demo data, the
/// benchmark and the tests, so they exercise the import with real, schema-valid files.
/// </summary>
public static class AanbiederBerichtBouwer
{
    private static readonly XNamespace B = IwmoSchemas.BasisNamespace;

    public static XDocument Start(string agbCode, string gemeentecode, string identificatie, DateOnly dagtekening, AanbiederClient client,
        int toewijzingNummer, DateOnly begindatum, string statusAanlevering = "1") =>
        Bericht("WMO305", agbCode, gemeentecode, identificatie, dagtekening, client, "StartProducten",
            ns => new XElement(ns + "StartProduct",
                new XElement(ns + "ToewijzingNummer", toewijzingNummer.ToString(CultureInfo.InvariantCulture)),
                new XElement(ns + "Begindatum", Wmo301Bouwer.Datum(begindatum)),
                new XElement(ns + "StatusAanlevering", statusAanlevering)));

    public static XDocument Stop(string agbCode, string gemeentecode, string identificatie, DateOnly dagtekening, AanbiederClient client,
        int toewijzingNummer, DateOnly begindatum, DateOnly einddatum, RedenBeeindiging reden, string statusAanlevering = "1") =>
        Bericht("WMO307", agbCode, gemeentecode, identificatie, dagtekening, client, "StopProducten",
            ns => new XElement(ns + "StopProduct",
                new XElement(ns + "ToewijzingNummer", toewijzingNummer.ToString(CultureInfo.InvariantCulture)),
                new XElement(ns + "Begindatum", Wmo301Bouwer.Datum(begindatum)),
                new XElement(ns + "RedenBeeindiging", ((int)reden).ToString("D2", CultureInfo.InvariantCulture)),
                new XElement(ns + "Einddatum", Wmo301Bouwer.Datum(einddatum)),
                new XElement(ns + "StatusAanlevering", statusAanlevering)));

    public static XDocument VerzoekOmToewijzing(string agbCode, string gemeentecode, string identificatie, DateOnly dagtekening, AanbiederClient client,
        string referentie, string productCategorie, DateOnly gewensteIngangsdatum, int volume, string eenheid, string frequentie, string commentaar) =>
        Bericht("WMO315", agbCode, gemeentecode, identificatie, dagtekening, client, "AangevraagdeProducten",
            ns => new XElement(ns + "AangevraagdProduct",
                new XElement(ns + "ReferentieAanbieder", referentie),
                new XElement(ns + "Product", new XElement(B + "Categorie", productCategorie)),
                new XElement(ns + "ToewijzingIngangsdatum", Wmo301Bouwer.Datum(gewensteIngangsdatum)),
                new XElement(ns + "Omvang",
                    new XElement(B + "Volume", volume.ToString(CultureInfo.InvariantCulture)),
                    new XElement(B + "Eenheid", eenheid),
                    new XElement(B + "Frequentie", frequentie)),

                // Type 06: zelfverwijzer / geen verwijzer (the aanbieder asks on the client's behalf).
                new XElement(ns + "Verwijzer", new XElement(B + "Type", "06")),
                new XElement(ns + "Commentaar", commentaar)));

    private static XDocument Bericht(string soort, string agbCode, string gemeentecode, string identificatie, DateOnly dagtekening, AanbiederClient client,
        string lijst, Func<XNamespace, XElement> product)
    {
        XNamespace ns = IwmoSchemas.Namespace(soort);
        var (voorvoegsel, achternaam) = Wmo301Bouwer.SplitsAchternaam(client.Achternaam);
        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(ns + "Bericht",
                Wmo301Bouwer.Kop(ns, soort, agbCode, gemeentecode, identificatie, dagtekening),
                new XElement(ns + "Client",
                    new XElement(ns + "Bsn", client.Bsn),
                    new XElement(ns + "Geboortedatum", new XElement(B + "Datum", Wmo301Bouwer.Datum(client.Geboortedatum))),
                    new XElement(ns + "Geslacht", "0"),
                    new XElement(ns + "Naam",
                        new XElement(B + "Geslachtsnaam",
                            new XElement(B + "Achternaam", achternaam),
                            voorvoegsel is null ? null : new XElement(B + "Voorvoegsel", voorvoegsel))),
                    new XElement(ns + lijst, product(ns)))));
    }
}
