using System.Text;
using Wmo.Domain.Huishoudens;

namespace Wmo.Infrastructure.Persistence;

/// <summary>
/// Fills <c>Inwoners.ZoekAchternaam</c> of rows written before the column existed, in SQL that both providers run
/// (migration <c>Zoeken_NaamEnAdresIndex</c>): the same key as <see cref="Zoeknaam.Van"/> for the letters Dutch
/// surnames use (lower case, the common diacritics, the leading tussenvoegsels in one pass, longest first). New rows
/// get the key from the domain; <c>ZoeknaamSqlTests</c> checks both give the same key.
/// </summary>
public static class ZoeknaamSql
{
    // Lower case; the capitals are added below (SQLite's lower() only knows ASCII). İ is the Turkish capital I with its dot.
    private static readonly (string Letters, char Zonder)[] Diakrieten =
    [
        ("àáâãäåāăą", 'a'), ("çćčĉċ", 'c'), ("èéêëēėęěĕ", 'e'), ("ğĝģ", 'g'), ("ìíîïīįĭİ", 'i'), ("ľĺļ", 'l'),
        ("ñńňņ", 'n'), ("òóôõöōőŏ", 'o'), ("řŕ", 'r'), ("šśşșŝ", 's'), ("ťţț", 't'), ("ď", 'd'), ("ùúûüūůűŭų", 'u'), ("ýÿŷ", 'y'),
        ("žźż", 'z'),

        // Letters of their own (no diacritic to drop), only lowered: SQLite's lower() leaves Ł, Ø, ... as they are.
        // Scripts other than Latin (Greek, Cyrillic) are not lowered for old rows on SQLite; new rows are.
        ("ł", 'ł'), ("ø", 'ø'), ("æ", 'æ'), ("œ", 'œ'), ("đ", 'đ'), ("þ", 'þ'),
    ];

    /// <summary>The UPDATE statements, in order; <paramref name="sqlServer"/> chooses the function names.</summary>
    public static IReadOnlyList<string> VulBestaandeRijen(bool sqlServer)
    {
        var kolom = sqlServer ? "[ZoekAchternaam]" : "\"ZoekAchternaam\"";
        var tabel = sqlServer ? "[Inwoners]" : "\"Inwoners\"";
        var achternaam = sqlServer ? "[Achternaam]" : "\"Achternaam\"";
        var lengte = sqlServer ? "LEN" : "length";

        var nPrefix = sqlServer ? "N" : string.Empty;
        var opdrachten = new List<string> { $"UPDATE {tabel} SET {kolom} = LOWER(TRIM({achternaam}));" };

        // SQLite's lower() only knows ASCII, so each accented capital is replaced as well; one statement per letter
        // group keeps the REPLACE nesting shallow (SQL Server limits nesting).
        foreach (var (letters, zonder) in Diakrieten)
        {
            var vervangen = new StringBuilder(kolom);
            foreach (var letter in (letters + letters.ToUpperInvariant()).Distinct())
            {
                vervangen.Insert(0, "REPLACE(").Append($", {nPrefix}'{letter}', '{zonder}')");
            }

            opdrachten.Add($"UPDATE {tabel} SET {kolom} = {vervangen};");
        }

        var zonderVoorvoegsel = new StringBuilder("CASE");
        foreach (var voorvoegsel in Zoeknaam.Tussenvoegsels.OrderByDescending(v => v.Length))
        {
            var n = voorvoegsel.Length;
            var rest = sqlServer ? $"SUBSTRING({kolom}, {n + 1}, 400)" : $"substr({kolom}, {n + 1})";
            var begin = sqlServer ? $"SUBSTRING({kolom}, 1, {n})" : $"substr({kolom}, 1, {n})";
            zonderVoorvoegsel.Append($" WHEN {begin} = '{voorvoegsel.Replace("'", "''", StringComparison.Ordinal)}' AND {lengte}({kolom}) > {n} THEN {rest}");
        }

        zonderVoorvoegsel.Append($" ELSE {kolom} END");
        opdrachten.Add($"UPDATE {tabel} SET {kolom} = {zonderVoorvoegsel};");
        return opdrachten;
    }
}
