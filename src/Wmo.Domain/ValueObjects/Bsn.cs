using System.Diagnostics.CodeAnalysis;
using Wmo.Domain.Common;

namespace Wmo.Domain.ValueObjects;

/// <summary>Burgerservicenummer: 9 digits passing the elfproef (iWmo CS002); stored as its 9-digit string.</summary>
public sealed record Bsn
{
    private Bsn(string value) => Value = value;

    public string Value { get; }

    /// <summary>Only the last four digits, for lists and letters that must not show the full BSN (AVG data minimisation).</summary>
    public string Gemaskeerd => "*****" + Value[5..];

    public static Bsn Parse(string? tekst)
    {
        var schoon = (tekst ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        Regel.Eis(schoon.Length == 9 && schoon.All(char.IsAsciiDigit), Regelnamen.BsnHeeftNegenCijfers, "Een BSN bestaat uit precies 9 cijfers.");
        Regel.Eis(schoon != "000000000", nameof(BsnVoldoetAanElfproef), "Dit BSN is ongeldig.");
        Regel.Eis(BsnVoldoetAanElfproef(schoon), nameof(BsnVoldoetAanElfproef), "Dit BSN voldoet niet aan de elfproef.");
        return new Bsn(schoon);
    }

    public static bool TryParse(string? tekst, [NotNullWhen(true)] out Bsn? bsn)
    {
        try
        {
            bsn = Parse(tekst);
            return true;
        }
        catch (DomainException)
        {
            bsn = null;
            return false;
        }
    }

    // iWmo CS002 / BRP: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11.
    private static bool BsnVoldoetAanElfproef(string cijfers)
    {
        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (cijfers[i] - '0');
        }

        som -= cijfers[8] - '0';
        return som % 11 == 0;
    }

    public override string ToString() => Gemaskeerd;
}
