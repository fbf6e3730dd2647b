using System.Security.Cryptography;
using System.Text;

namespace Wmo.Infrastructure.Identity;

/// <summary>
/// The one-time code that binds the first enrolment of two-factor sign-in to the person (issue 9): the beheerder sees it
/// once when making or resetting the account and hands it over; the user enters it next to the password before a key for
/// the authenticator app is made. Only its SHA-256 is stored (a random code of 60 bits needs no slow hash), it works for
/// <see cref="Geldigheid"/>, and it is used up when the app is linked.
/// </summary>
public static class Inrichtingscodes
{
    /// <summary>How long a handed-out code works.</summary>
    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(3);

    // No 0/O, 1/I/L: the code is read aloud or copied from paper.
    private const string Tekens = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A new code for <paramref name="gebruiker"/>, valid until <paramref name="nu"/> + <see cref="Geldigheid"/>; returns the code to show once.</summary>
    public static string GeefUit(Gebruiker gebruiker, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        var code = new StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                code.Append('-');
            }

            code.Append(Tekens[RandomNumberGenerator.GetInt32(Tekens.Length)]);
        }

        gebruiker.InrichtingscodeHash = Hash(code.ToString());
        gebruiker.InrichtingscodeGeldigTot = nu + Geldigheid;
        return code.ToString();
    }

    /// <summary>True when <paramref name="code"/> is the user's unused, unexpired code (spaces, dashes and case do not matter).</summary>
    public static bool Klopt(Gebruiker gebruiker, string? code, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        if (string.IsNullOrWhiteSpace(code) || gebruiker.InrichtingscodeHash is not { } opgeslagen || gebruiker.InrichtingscodeGeldigTot is not { } tot || nu > tot)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(opgeslagen));
    }

    /// <summary>True while the user has an unused, unexpired code.</summary>
    public static bool IsGeldig(Gebruiker gebruiker, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return gebruiker.InrichtingscodeHash is not null && gebruiker.InrichtingscodeGeldigTot is { } tot && nu <= tot;
    }

    /// <summary>Uses the code up: it works once.</summary>
    public static void Verbruik(Gebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        gebruiker.InrichtingscodeHash = null;
        gebruiker.InrichtingscodeGeldigTot = null;
    }

    private static string Hash(string code)
    {
        var genormaliseerd = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(genormaliseerd)));
    }
}
