using System.Globalization;
using System.Xml.Linq;

namespace Wmo.Infrastructure.Iwmo;

/// <summary>
/// iWmo retourcodes used by the portal, all from the standard's own code list (LDT_RetourCode in basisschema.xsd),
/// so the schema validation of every retour message also checks the code.
/// </summary>
public static class Retourcode
{
    /// <summary>Geen opmerking over deze berichtklasse: accepted.</summary>
    public const string Goedgekeurd = "0200";

    /// <summary>Bericht is afgekeurd om technische redenen (a constraint such as CS002 elfproef, another gemeente, an unknown sender).</summary>
    public const string TechnischAfgekeurd = "0001";

    /// <summary>Berichtklasse is niet beoordeeld: the line was not judged because another part of the message was refused.</summary>
    public const string NietBeoordeeld = "0233";

    /// <summary>Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.</summary>
    public const string DagtekeningInToekomst = "8848";

    /// <summary>Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.</summary>
    public const string IdentificatieNietUniek = "9056";

    /// <summary>Het regiebericht kan niet gekoppeld worden aan een toewijzing.</summary>
    public const string GeenToewijzing = "9019";

    /// <summary>Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is (a change or removal without an original).</summary>
    public const string GeenEerderBericht = "9063";

    /// <summary>Er is geen actueel startbericht met dezelfde sleutel (a stop without a matching start).</summary>
    public const string GeenActueelStartbericht = "9069";

    /// <summary>Het eerdere startbericht kan niet verwijderd worden omdat de zorg al beëindigd is.</summary>
    public const string ZorgAlBeeindigd = "9071";

    /// <summary>Er is al een eerder bericht ontvangen met dezelfde sleutel.</summary>
    public const string AlOntvangen = "9074";

    /// <summary>Begindatum ligt niet tussen de ingangsdatum en einddatum van de toewijzing.</summary>
    public const string BegindatumBuitenToewijzing = "9307";

    /// <summary>Einddatum ligt niet tussen de ingangsdatum en einddatum van de toewijzing (or before the start).</summary>
    public const string EinddatumBuitenToewijzing = "9308";

    /// <summary>Er is al een StopProduct met gelijk Bsn, ToewijzingNummer en Begindatum.</summary>
    public const string StopAlOntvangen = "9415";
}

/// <summary>
/// Builds the retour message (WMO306, 308, 316) of a received WMO305, 307 or 315: the heenbericht itself in the retour
/// namespace with the retour identification in the header and retourcodes on header, client and every product line.
/// </summary>
public static class IwmoRetour
{
    private static readonly Dictionary<string, string> _productElement = new()
    {
        ["WMO305"] = "StartProduct",
        ["WMO307"] = "StopProduct",
        ["WMO315"] = "AangevraagdProduct",
    };

    public static string RetourSoort(string heen) => "WMO" + (int.Parse(heen[3..], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

    public static string ProductElement(string soort) => _productElement[soort];

    public static XDocument Bouw(XDocument heen, string soort, string identificatie, DateOnly dagtekening, string kopCode, string clientCode, IReadOnlyList<string> productCodes)
    {
        ArgumentNullException.ThrowIfNull(heen);
        ArgumentNullException.ThrowIfNull(productCodes);
        var retourSoort = RetourSoort(soort);
        XNamespace oud = IwmoSchemas.Namespace(soort);
        XNamespace ns = IwmoSchemas.Namespace(retourSoort);
        var root = Hernoem(heen.Root!, oud, ns);
        var kop = root.Element(ns + "Header")!;
        kop.Element(ns + "BerichtCode")!.Value = IwmoSchemas.BerichtCodes[retourSoort];
        kop.Element(ns + "XsdVersie")!.AddAfterSelf(
            new XElement(ns + "IdentificatieRetour", identificatie),
            new XElement(ns + "DagtekeningRetour", Wmo301Bouwer.Datum(dagtekening)),
            Wmo301Bouwer.XsdVersie(ns + "XsdVersieRetour"),
            Codes(ns, kopCode));
        var client = root.Element(ns + "Client")!;
        var producten = client.Descendants(ns + ProductElement(soort)).ToList();
        for (var i = 0; i < producten.Count; i++)
        {
            producten[i].Add(Codes(ns, productCodes[i]));
        }

        client.Add(Codes(ns, clientCode));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    private static XElement Codes(XNamespace ns, string code) => new(ns + "RetourCodes", new XElement(ns + "RetourCode", code));

    private static XElement Hernoem(XElement element, XNamespace oud, XNamespace nieuw) =>
        new(element.Name.Namespace == oud ? nieuw + element.Name.LocalName : element.Name,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration),
            element.Nodes().Select<XNode, XNode?>(n => n is XElement kind ? Hernoem(kind, oud, nieuw) : n is XText tekst ? new XText(tekst.Value) : null));
}
