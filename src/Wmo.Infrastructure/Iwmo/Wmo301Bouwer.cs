using System.Globalization;
using System.Xml.Linq;
using Wmo.Domain.Huishoudens;
using Wmo.Domain.Toewijzingen;

namespace Wmo.Infrastructure.Iwmo;

/// <summary>The header of an outgoing message: who sends to whom, its identification and dagtekening.</summary>
public sealed record IwmoKop(string Gemeentecode, string AgbCode, string Identificatie, DateOnly Dagtekening);

/// <summary>
/// Builds the WMO301 toewijzingbericht: one client with all current toegewezen producten at one aanbieder
/// (iWmo 3.2: a WMO301 always carries every current toewijzing of that client at that aanbieder).
/// </summary>
public static class Wmo301Bouwer
{
    private static readonly string[] _voorvoegsels =
        ["van der", "van den", "van de", "van 't", "in 't", "in de", "op de", "van", "de", "den", "der", "het", "'t", "ter", "ten", "te", "la", "le", "du"];

    public static XDocument Bouw(IwmoKop kop, Inwoner client, IEnumerable<Toewijzing> toewijzingen)
    {
        ArgumentNullException.ThrowIfNull(kop);
        ArgumentNullException.ThrowIfNull(client);
        XNamespace ns = IwmoSchemas.Namespace("WMO301");
        XNamespace b = IwmoSchemas.BasisNamespace;
        var adres = client.Hoofdverblijf;
        var (voorvoegsel, achternaam) = SplitsAchternaam(client.Achternaam);
        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(ns + "Bericht",
                Kop(ns, "WMO301", kop.Gemeentecode, kop.AgbCode, kop.Identificatie, kop.Dagtekening),
                new XElement(ns + "Client",
                    new XElement(ns + "Bsn", client.Bsn.Value),
                    new XElement(ns + "Geboortedatum", new XElement(b + "Datum", Datum(client.Geboortedatum))),

                    // The portal does not record gender; iWmo code 0 = onbekend.
                    new XElement(ns + "Geslacht", "0"),
                    new XElement(ns + "Naam",
                        new XElement(b + "Geslachtsnaam",
                            new XElement(b + "Achternaam", achternaam),
                            voorvoegsel is null ? null : new XElement(b + "Voorvoegsel", voorvoegsel)),
                        new XElement(b + "Voornamen", client.Voornamen),
                        Voorletters(client.Voornamen) is { Length: > 0 } letters ? new XElement(b + "Voorletters", letters) : null,

                        // NaamGebruik 1: eigen naam.
                        new XElement(b + "NaamGebruik", "1")),
                    new XElement(ns + "Contactgegevens",
                        new XElement(ns + "Contact",
                            // AdresSoort 01 = BRP-adres, 03 = verblijfadres (000 L858: hoofdverblijf).
                            new XElement(ns + "Soort", client.FeitelijkVerblijfsadres is null ? "01" : "03"),
                            new XElement(ns + "Adres",
                                new XElement(b + "Huis",
                                    new XElement(b + "Huisnummer", adres.Huisnummer.ToString(CultureInfo.InvariantCulture)),
                                    string.IsNullOrWhiteSpace(adres.Toevoeging) ? null : new XElement(b + "HuisnummerToevoeging", Kort(adres.Toevoeging.Trim(), 4))),
                                new XElement(b + "Postcode", adres.Postcode.Value.Replace(" ", string.Empty, StringComparison.Ordinal)),

                                // LDT_Straatnaam holds 24 characters (the BRP short street name).
                                new XElement(b + "Straatnaam", Kort(adres.Straat, 24)),
                                new XElement(b + "Plaatsnaam", Kort(adres.Woonplaats, 80)),
                                new XElement(b + "LandCode", "NL")))),
                    new XElement(ns + "ToegewezenProducten", toewijzingen.OrderBy(t => t.Nummer.Value).Select(t => Product(ns, t))))));
    }

    internal static XElement Kop(XNamespace ns, string soort, string afzender, string ontvanger, string identificatie, DateOnly dagtekening) =>
        new(ns + "Header",
            new XElement(ns + "BerichtCode", IwmoSchemas.BerichtCodes[soort]),
            new XElement(ns + "BerichtVersie", "3"),
            new XElement(ns + "BerichtSubversie", "2"),
            new XElement(ns + "Afzender", afzender),
            new XElement(ns + "Ontvanger", ontvanger),
            new XElement(ns + "BerichtIdentificatie",
                new XElement(Basis + "Identificatie", identificatie),
                new XElement(Basis + "Dagtekening", Datum(dagtekening))),
            XsdVersie(ns + "XsdVersie"));

    internal static XElement XsdVersie(XName naam) =>
        new(naam,
            new XElement(Basis + "BasisschemaXsdVersie", IwmoSchemas.XsdVersie),
            new XElement(Basis + "BerichtXsdVersie", IwmoSchemas.XsdVersie));

    internal static readonly XNamespace Basis = IwmoSchemas.BasisNamespace;

    internal static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static XElement Product(XNamespace ns, Toewijzing t)
    {
        var b = Basis;
        var gewijzigd = TimeZoneInfo.ConvertTime(t.GewijzigdOp, Gemeentetijd.Amsterdam).DateTime;
        return new XElement(ns + "ToegewezenProduct",
            new XElement(ns + "ToewijzingNummer", t.Nummer.ToString()),
            new XElement(ns + "Product",
                new XElement(b + "Categorie", ((int)t.ProductCategorie).ToString("D2", CultureInfo.InvariantCulture)),
                t.Productcode is null ? null : new XElement(b + "Code", t.Productcode)),
            new XElement(ns + "Toewijzingsdatum", Datum(DateOnly.FromDateTime(gewijzigd))),
            new XElement(ns + "Toewijzingstijd", gewijzigd.ToString("HH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement(ns + "Ingangsdatum", Datum(t.Ingangsdatum)),
            t.Einddatum is { } einde ? new XElement(ns + "Einddatum", Datum(einde)) : null,
            t.RedenWijziging is { } reden ? new XElement(ns + "RedenWijziging", ((int)reden).ToString("D2", CultureInfo.InvariantCulture)) : null,
            new XElement(ns + "Omvang",
                new XElement(b + "Volume", t.Omvang.Volume.ToString(CultureInfo.InvariantCulture)),
                new XElement(b + "Eenheid", t.Omvang.EenheidCode),
                new XElement(b + "Frequentie", t.Omvang.FrequentieCode)));
    }

    /// <summary>"de Vries" → ("de", "Vries"): iWmo keeps the voorvoegsel apart from the achternaam.</summary>
    internal static (string? Voorvoegsel, string Achternaam) SplitsAchternaam(string volledig)
    {
        var naam = volledig.Trim();
        foreach (var voorvoegsel in _voorvoegsels)
        {
            if (naam.Length > voorvoegsel.Length + 1 && naam.StartsWith(voorvoegsel + " ", StringComparison.Ordinal))
            {
                return (voorvoegsel, naam[(voorvoegsel.Length + 1)..].Trim());
            }
        }

        return (null, naam);
    }

    private static string Voorletters(string voornamen) =>
        new([.. voornamen.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => v[0]).Where(char.IsLetter).Take(6)]);

    private static string Kort(string tekst, int lengte) => tekst.Length <= lengte ? tekst : tekst[..lengte];
}
