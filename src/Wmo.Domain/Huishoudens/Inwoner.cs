using Wmo.Domain.Common;
using Wmo.Domain.ValueObjects;

namespace Wmo.Domain.Huishoudens;

/// <summary>An address (BRP or where the inwoner actually stays).</summary>
public sealed record Adres(string Straat, int Huisnummer, string? Toevoeging, Postcode Postcode, string Woonplaats)
{
    public override string ToString() => $"{Straat} {Huisnummer}{Toevoeging}, {Postcode} {Woonplaats}";
}

/// <summary>A resident known to the portal. Belongs to households through <see cref="Lidmaatschap"/>.</summary>
public sealed class Inwoner
{
    private Inwoner()
    {
        Bsn = null!;
        Voornamen = string.Empty;
        Achternaam = string.Empty;
        ZoekAchternaam = string.Empty;
        BrpAdres = null!;
    }

    public Inwoner(Bsn bsn, string voornamen, string achternaam, DateOnly geboortedatum, Adres brpAdres)
    {
        Id = Guid.CreateVersion7();
        Bsn = bsn;
        Voornamen = Regel.VerplichteTekst(voornamen, Regelnamen.InwonerHeeftNaam, "Vul de voornamen in.");
        Achternaam = Regel.VerplichteTekst(achternaam, Regelnamen.InwonerHeeftNaam, "Vul de achternaam in.");
        ZoekAchternaam = Zoeknaam.Van(Achternaam);
        Geboortedatum = geboortedatum;
        BrpAdres = brpAdres;
    }

    public Guid Id { get; private set; }

    public Bsn Bsn { get; private set; }

    public string Voornamen { get; private set; }

    public string Achternaam { get; private set; }

    /// <summary>The name as screens and letters show it: voornamen and achternaam, as the BRP registers them.</summary>
    public string VolledigeNaam => NaamVan(Voornamen, Achternaam);

    /// <summary>
    /// How a name is shown, from its parts; the one definition behind <see cref="VolledigeNaam"/>. A query may use it on
    /// columns (<c>Inwoner.NaamVan(i.Voornamen, i.Achternaam)</c>): the database layer translates it to the same concatenation in SQL.
    /// </summary>
    public static string NaamVan(string voornamen, string achternaam) => $"{voornamen} {achternaam}";

    /// <summary>
    /// <see cref="Achternaam"/> as searching compares it (<see cref="Zoeknaam"/>), kept with the name so a name search
    /// is a prefix lookup in an index. Set wherever the surname is set.
    /// </summary>
    public string ZoekAchternaam { get; private set; }

    public DateOnly Geboortedatum { get; private set; }

    public Adres BrpAdres { get; private set; }

    /// <summary>Where the inwoner actually mostly stays, when that differs from the BRP (000 L858).</summary>
    public Adres? FeitelijkVerblijfsadres { get; private set; }

    /// <summary>Hoofdverblijf = the actual stay if recorded, else the BRP address (000 L858).</summary>
    public Adres Hoofdverblijf => FeitelijkVerblijfsadres ?? BrpAdres;

    public int LeeftijdOp(DateOnly datum) => Leeftijd.Op(Geboortedatum, datum);

    public void Verhuis(Adres nieuwBrpAdres)
    {
        BrpAdres = nieuwBrpAdres;
        FeitelijkVerblijfsadres = null;
    }

    public void LegFeitelijkVerblijfVast(Adres? adres) => FeitelijkVerblijfsadres = adres;
}
