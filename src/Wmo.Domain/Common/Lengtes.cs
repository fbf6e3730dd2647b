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
}
