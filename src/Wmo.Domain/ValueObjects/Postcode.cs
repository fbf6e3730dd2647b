using System.Text.RegularExpressions;
using Wmo.Domain.Common;

namespace Wmo.Domain.ValueObjects;

/// <summary>Dutch postcode, normalised to <c>1234 AB</c>.</summary>
public sealed partial record Postcode
{
    // PostNL never issues the letter combinations SA, SD and SS.
    private static readonly string[] _nietUitgegevenLetters = ["SA", "SD", "SS"];

    private Postcode(string value) => Value = value;

    public string Value { get; }

    public static Postcode Parse(string? tekst)
    {
        var match = PostcodePatroon().Match((tekst ?? string.Empty).Trim());
        Regel.Eis(match.Success, Regelnamen.PostcodeHeeftGeldigFormaat, "Een postcode bestaat uit 4 cijfers (niet beginnend met 0) en 2 letters, bijvoorbeeld 8911 AB.");
        var letters = match.Groups["letters"].Value.ToUpperInvariant();
        Regel.Eis(!_nietUitgegevenLetters.Contains(letters), Regelnamen.PostcodeHeeftGeldigFormaat, $"Postcodes met de letters {letters} bestaan niet.");
        return new Postcode($"{match.Groups["cijfers"].Value} {letters}");
    }

    public static bool TryParse(string? tekst, out Postcode? postcode)
    {
        try
        {
            postcode = Parse(tekst);
            return true;
        }
        catch (DomainException)
        {
            postcode = null;
            return false;
        }
    }

    [GeneratedRegex("^(?<cijfers>[1-9][0-9]{3})\\s?(?<letters>[A-Za-z]{2})$")]
    private static partial Regex PostcodePatroon();

    public override string ToString() => Value;
}
