using System.Globalization;
using System.Text;

namespace Wmo.Domain.Huishoudens;

/// <summary>
/// The form of a surname that searching by name compares on (issue 15): lower case, without diacritics and without the
/// leading tussenvoegsels, so "Visser", "visser" and "VISSER" are one key, "de Vries", "De Vries" and "vries" are one
/// key, and "Çelik" is found as "celik". A person is then found by a prefix of this key through an index. The
/// tussenvoegsels follow the BRP's "voorvoegsel geslachtsnaam" (Logisch Ontwerp BRP),
/// the ones written before the surname; a name that is nothing but such words keeps them.
/// </summary>
public static class Zoeknaam
{
    /// <summary>Longest first, so "van der" is taken before "van". Also used by the migration that filled existing rows.</summary>
    public static readonly IReadOnlyList<string> Tussenvoegsels =
    [
        "van de ", "van der ", "van den ", "van het ", "van 't ", "van ter ", "van ten ", "uit de ", "uit den ", "uit het ",
        "in de ", "in den ", "in het ", "in 't ", "op de ", "op den ", "op het ", "op 't ", "aan de ", "aan den ", "aan het ",
        "bij de ", "onder de ", "over de ", "voor de ", "voor den ", "de la ", "de las ", "de los ", "van ", "von ", "de ",
        "den ", "der ", "het ", "'t ", "ter ", "ten ", "te ", "la ", "le ", "les ", "du ", "des ", "da ", "das ", "di ",
        "do ", "dos ", "del ", "della ", "el ", "al ", "d'", "l'",
    ];

    /// <summary>The key of a surname as written (with its tussenvoegsel), or of what a user typed in the search field.</summary>
    public static string Van(string achternaam)
    {
        ArgumentNullException.ThrowIfNull(achternaam);
        // Diacritics first: the Turkish capital İ has no invariant lower case, but is an I with a dot above.
        var zonderTekens = ZonderDiakrieten(achternaam.Trim()).ToLowerInvariant();
        var woorden = string.Join(' ', zonderTekens.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var voorvoegsel in Tussenvoegsels.OrderByDescending(v => v.Length))
        {
            if (woorden.Length > voorvoegsel.Length && woorden.StartsWith(voorvoegsel, StringComparison.Ordinal))
            {
                return woorden[voorvoegsel.Length..];
            }
        }

        return woorden;
    }

    /// <summary>
    /// The smallest key above every key that starts with <paramref name="begin"/> (the end of a prefix range), or null
    /// when there is none. Only a last letter a–y or digit 0–8 is raised, because those sort in the same order in
    /// SQLite's binary order and in SQL Server's linguistic collations; after another character the one before it is
    /// raised instead (a wider range, the prefix test narrows it).
    /// </summary>
    public static string? BovengrensVan(string begin)
    {
        ArgumentNullException.ThrowIfNull(begin);
        for (var lengte = begin.Length; lengte > 0; lengte--)
        {
            var laatste = begin[lengte - 1];
            if (laatste is (>= 'a' and < 'z') or (>= '0' and < '9'))
            {
                return string.Concat(begin.AsSpan(0, lengte - 1), ((char)(laatste + 1)).ToString());
            }
        }

        return null;
    }

    private static string ZonderDiakrieten(string tekst)
    {
        var ontleed = tekst.Normalize(NormalizationForm.FormD);
        var zonder = new StringBuilder(ontleed.Length);
        foreach (var teken in ontleed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) != UnicodeCategory.NonSpacingMark)
            {
                zonder.Append(teken);
            }
        }

        return zonder.ToString().Normalize(NormalizationForm.FormC);
    }
}
