namespace Wmo.Domain.Common;

/// <summary>
/// The length of each kind of text as the database stores it: one source for the column (EF configuration) and the
/// form's validator, so a value the form accepts always fits its column (on SQL Server a longer one is refused).
/// Texts that belong to one aggregate keep their constant there (e.g. <c>Beleidsversie.OmschrijvingLengte</c>).
/// </summary>
public static class Lengtes
{
    /// <summary>The name of an organisation (aanbieder, gemeente), a person's first names or surname, a melder.</summary>
    public const int Naam = 200;

    /// <summary>The name of a buurt- or dorpskamer.</summary>
    public const int BuurtkamerNaam = 120;

    /// <summary>The name of a wijk or dorp.</summary>
    public const int WijkNaam = 100;

    /// <summary>The name of a user as it stands in the header and on letters.</summary>
    public const int GebruikerNaam = 120;

    /// <summary>The address of a buurt- or dorpskamer (street, number, place).</summary>
    public const int Adres = 200;

    /// <summary>An AGB code (Vektis): eight digits.</summary>
    public const int AgbCode = 8;

    /// <summary>The motivation of a besluit: a zwaarwegend advies or a beschikking (Awb 3:46).</summary>
    public const int Besluitmotivering = 8000;

    /// <summary>A report or a complaint in full: a gespreksverslag, a klacht, a bezwaarschrift and the decision on it.</summary>
    public const int Verslag = 8000;

    /// <summary>A free text: a note, a toelichting, a motivering, a situation, the gronden of a bezwaar.</summary>
    public const int Tekst = 4000;

    /// <summary>A shorter free text: the description of a goal, an action or an aanbod, a step of the afweging.</summary>
    public const int Omschrijving = 2000;

    /// <summary>A reason: for a suspension, a postponement, a look outside the caseload; a short statement.</summary>
    public const int Reden = 1000;

    /// <summary>The street of an address (BRP).</summary>
    public const int Straat = 200;

    /// <summary>The addition to a house number (BRP: letter and toevoeging together).</summary>
    public const int Toevoeging = 10;

    /// <summary>The woonplaats of an address.</summary>
    public const int Woonplaats = 100;

    /// <summary>A relation described in words (a mantelzorger's relation to the inwoner).</summary>
    public const int Relatie = 100;

    /// <summary>Contact details in one line (telephone, e-mail or both).</summary>
    public const int Contact = 200;

    /// <summary>A telephone number.</summary>
    public const int Telefoon = 30;

    /// <summary>An e-mail address (RFC 5321: at most 254 characters).</summary>
    public const int Email = 254;

    /// <summary>A burgerservicenummer: nine digits.</summary>
    public const int Bsn = 9;

    /// <summary>A postcode as stored: four digits, a space, two letters.</summary>
    public const int Postcode = 7;

    /// <summary>A beschikkingsnummer such as WMO-2026-000001.</summary>
    public const int Beschikkingsnummer = 30;

    /// <summary>The aanbieder's own reference on a verzoek om toewijzing (iWmo LDT_Referentie, WMO315: at most 36).</summary>
    public const int ReferentieAanbieder = 36;
}
